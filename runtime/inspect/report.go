package inspect

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"gonum.org/v1/gonum/mat"
)

// Report gathers what an inspection found, for the text tables, the files
// and the HTML page.
type Report struct {
	Model  string // model name
	File   string // model file
	Input  string // how the input was made
	Seq    int    // the sequence ΔW and the pictures are of
	T      int
	Span   Span
	Dual   []HeadDual
	GD     *GDCheck
	Delta  []DeltaStep
	Circ   []HeadCircuit
	Comp   []Composition
	Repeat []RepeatScore
	RepL   int // L of the repeated sequences
	RepN   int
	Top    int // how many top entries/singular values to print
	Notes  []string
	Pics   []Picture
}

// Picture is a PNG the report shows.
type Picture struct {
	File    string // base name, in the report directory
	Caption string
	Section string // "dual" or "circuits"
}

func kindName(k dsl.AttnKind) string {
	switch k {
	case dsl.Softmax:
		return "softmax"
	case dsl.Linear:
		return "linear"
	}
	return "delta"
}

// num formats a float for the tables: 4 significant digits, "—" for NaN.
func num(v float64) string {
	if math.IsNaN(v) {
		return "—"
	}
	return fmt.Sprintf("%.4g", v)
}

func nums(v []float64, n int) string {
	var parts []string
	for _, x := range v[:min(n, len(v))] {
		parts = append(parts, num(x))
	}
	s := strings.Join(parts, " ")
	if len(v) > n {
		s += " …"
	}
	return s
}

func entries(es []Entry, arrow string, swap bool) string {
	var parts []string
	for _, e := range es {
		a, b := e.Row, e.Col
		if swap {
			a, b = b, a
		}
		parts = append(parts, fmt.Sprintf("%d%s%d (%s)", a, arrow, b, num(e.Val)))
	}
	return strings.Join(parts, ", ")
}

// dualRow is one line of the ΔW table.
type dualRow struct{ Layer, Head, Kind, Frob, Rank, Sing, Relax, Cos, State string }

func (r *Report) dualRows() []dualRow {
	var rows []dualRow
	for _, d := range r.Dual {
		dv, dk := d.DW.Dims()
		rows = append(rows, dualRow{
			fmt.Sprint(d.Layer), fmt.Sprint(d.Head), kindName(d.Kind), num(d.Frob),
			fmt.Sprintf("%d/%d", d.Rank, min(dv, dk)), nums(d.Sing, r.top()),
			num(d.MeanRelax()), num(d.MeanRelaxCos()), num(d.StateErr),
		})
	}
	return rows
}

func (r *Report) top() int {
	if r.Top < 1 {
		return 5
	}
	return r.Top
}

func (r *Report) queries() string {
	if len(r.Dual) == 0 {
		return ""
	}
	q := r.Span.Queries(r.T)
	if len(q) == 1 {
		return fmt.Sprintf("position %d", q[0])
	}
	return fmt.Sprintf("positions %d … %d", q[0], q[len(q)-1])
}

// WriteText prints the tables.
func (r *Report) WriteText(w io.Writer) {
	fmt.Fprintf(w, "model %s (%s), input %s\n", r.Model, r.File, r.Input)
	for _, n := range r.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	if len(r.Dual) > 0 {
		fmt.Fprintf(w, "\nimplicit updates ΔW over span %s (%d tokens) of sequence %d; relaxation at the query %s\n", r.Span, r.Span.Len(), r.Seq, r.queries())
		fmt.Fprintf(w, "  ΔW = Σ_{i∈span} v_i φ(k_i)ᵀ (softmax: φ = id; delta: the recurrence over the span from S = 0), d_value × d_head\n")
		fmt.Fprintf(w, "  rank: singular values > max(dims)·σ_max·2⁻²³; relax = ‖F(q) − c(W_ZSL + ΔW)q‖/‖F(q)‖ (c = 1 softmax, scale linear); vs S = ‖ΔW − S‖/‖S‖ (exported state)\n")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "layer\thead\tkind\t‖ΔW‖_F\trank\tsingular values\trelax\tcos(F,R)\tvs S")
		for _, row := range r.dualRows() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", row.Layer, row.Head, row.Kind, row.Frob, row.Rank, row.Sing, row.Relax, row.Cos, row.State)
		}
		tw.Flush()
	}
	if g := r.GD; g != nil {
		how := "given"
		if g.Fitted {
			how = "fitted by least squares"
		}
		fmt.Fprintf(w, "\ngradient-step check (von Oswald et al. 2023): N = %d examples (span %s), query = last position, η = %s (%s)\n", g.N, g.Span, num(g.Eta), how)
		fmt.Fprintf(w, "  ΔW_W = Σ_h scale·r P_h ΔW_h W_Q,h [x-columns] vs −η∇L(W0), L(W) = 1/(2N) Σ (W x_j − y_j)², W0 = readout x-columns\n")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "seq\trel err\tcos(∂ŷ/∂x_q)\t|ŷ − ŷ_GD|\tŷ\tŷ_GD")
		for _, s := range g.Seqs {
			fmt.Fprintf(tw, "%d\t%.3g\t%.7f\t%.3g\t%s\t%s\n", s.Seq, s.RelErr, s.Cos, s.Dist, num(s.PredModel), num(s.PredGD))
		}
		fmt.Fprintf(tw, "mean\t%.3g\t%.7f\t%.3g\t\t\n", g.MeanRelErr(), g.MeanCos(), g.MeanDist())
		tw.Flush()
	}
	if len(r.Delta) > 0 {
		fmt.Fprintf(w, "\ndelta-rule steps as gradient steps (sequence %d): S_t − S_{t−1} = −β_t ∇_S ½‖S_{t−1}k_t − v_t‖²\n", r.Seq)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "layer\thead\ttokens\tmax rel err\tat t\tmean rel err")
		for _, d := range r.Delta {
			fmt.Fprintf(tw, "%d\t%d\t%d\t%.3g\t%d\t%.3g\n", d.Layer, d.Head, d.Steps, d.MaxRelErr, d.WorstT, d.MeanRelErr)
		}
		tw.Flush()
	}
	if len(r.Circ) > 0 {
		fmt.Fprintf(w, "\ncircuits (Elhage et al. 2021): copy = Σ Re λ/Σ|λ| over the OV circuit's eigenvalues;\n")
		fmt.Fprintf(w, "  prefix/copying on %d repeated random sequences of 2×%d tokens (softmax heads)\n", r.RepN, r.RepL)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "layer\thead\tkind\tcopy(eig)\tprefix\tcopying\ttop OV (attended→logit)\ttop QK (query→key)")
		for _, c := range r.Circ {
			fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Layer, c.Head, kindName(c.Kind), num(c.CopyEig), num(c.PrefixMatch), num(c.Copying),
				entries(c.TopOV, "→", true), entries(c.TopQK, "→", false))
		}
		tw.Flush()
	}
	if len(r.Comp) > 0 {
		fmt.Fprintf(w, "\ncomposition scores between consecutive layers (‖W_B W_A‖_F/(‖W_B‖_F‖W_A‖_F))\n")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "from\tto\tQ\tK\tV")
		for _, c := range r.Comp {
			fmt.Fprintf(tw, "L%d.H%d\tL%d.H%d\t%.3f\t%.3f\t%.3f\n", c.LayerA, c.HeadA, c.LayerB, c.HeadB, c.Q, c.K, c.V)
		}
		tw.Flush()
	}
}

// WriteDual saves every ΔW as L{i}.H{h}.dW, f32 d_value × d_head.
func (r *Report) WriteDual(path string) error {
	f := &safetensors.File{Tensors: map[string]safetensors.Tensor{}, Metadata: map[string]string{
		"model": r.Model, "format": "hopf", "span": r.Span.String(), "sequence": fmt.Sprint(r.Seq),
		"layout": "dW is d_value x d_head, row-major: sum over the span of v_i phi(k_i)^T (delta: the recurrence from 0)",
	}}
	for _, d := range r.Dual {
		rows, cols := d.DW.Dims()
		t, err := safetensors.FromFloat32(safetensors.F32, []int{rows, cols}, f32(d.DW))
		if err != nil {
			return err
		}
		f.Tensors[fmt.Sprintf("L%d.H%d.dW", d.Layer, d.Head)] = t
	}
	return safetensors.WriteFile(path, f)
}

// WriteGD saves the gradient-step check's vectors: "update" (ΔW in
// W-space) and "neg_eta_grad" (−η∇L(W0)), f32 [B, dx].
func (r *Report) WriteGD(path string) error {
	g := r.GD
	if g == nil || len(g.Seqs) == 0 {
		return nil
	}
	dx := len(g.Seqs[0].Update)
	var up, ref []float32
	for _, s := range g.Seqs {
		for j := 0; j < dx; j++ {
			up = append(up, float32(s.Update[j]))
			ref = append(ref, float32(-g.Eta*s.Grad[j]))
		}
	}
	f := &safetensors.File{Tensors: map[string]safetensors.Tensor{}, Metadata: map[string]string{
		"model": r.Model, "format": "hopf", "span": g.Span.String(), "eta": fmt.Sprint(g.Eta)}}
	for name, d := range map[string][]float32{"update": up, "neg_eta_grad": ref} {
		t, err := safetensors.FromFloat32(safetensors.F32, []int{len(g.Seqs), dx}, d)
		if err != nil {
			return err
		}
		f.Tensors[name] = t
	}
	return safetensors.WriteFile(path, f)
}

func f32(m *mat.Dense) []float32 {
	r, c := m.Dims()
	out := make([]float32, 0, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			out = append(out, float32(m.At(i, j)))
		}
	}
	return out
}

// AddPicture draws vals (rows×cols) as a heatmap into dir/file and lists
// it in the report.
func (r *Report) AddPicture(dir, file, caption, section string, vals []float64, rows, cols int) error {
	img, err := Heatmap(vals, rows, cols)
	if err != nil {
		return err
	}
	if err := WritePNG(filepath.Join(dir, file), img); err != nil {
		return err
	}
	r.Pics = append(r.Pics, Picture{File: file, Caption: caption, Section: section})
	return nil
}

// MatrixValues returns a's entries row-major.
func MatrixValues(a mat.Matrix) []float64 {
	r, c := a.Dims()
	v := make([]float64, 0, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			v = append(v, a.At(i, j))
		}
	}
	return v
}

var page = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>hopf inspect: {{.R.Model}}</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; font-size: 90%; }
th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: right; }
th { background: #eee; }
td.l { text-align: left; }
figure { display: inline-block; margin: 0.5em; vertical-align: top; }
figcaption { font-size: 85%; max-width: 600px; }
.note { color: #855; }
</style></head><body>
<h1>hopf inspect: model {{.R.Model}}</h1>
<p>File {{.R.File}}, input {{.R.Input}}.</p>
{{range .R.Notes}}<p class="note">{{.}}</p>{{end}}
{{if .R.Dual}}
<h2>Implicit updates ΔW</h2>
<p>Sequence {{.R.Seq}}, span {{.R.Span}} ({{.R.Span.Len}} tokens), relaxation measured at the query {{.Queries}}.
ΔW = Σ<sub>i∈span</sub> v<sub>i</sub> φ(k<sub>i</sub>)ᵀ (d_value × d_head; φ = identity for softmax; for delta heads the delta-rule recurrence over the span from S = 0).
Rank: singular values above max(d_value, d_head)·σ<sub>max</sub>·2<sup>−23</sup>.
Relaxation error ‖F(q) − c(W<sub>ZSL</sub> + ΔW)q‖ / ‖F(q)‖, F the head's actual output, W<sub>ZSL</sub> the same sum over the query's visible tokens outside the span, c = 1 (softmax) or the layer's scale (linear).
“vs S”: ‖ΔW − S‖/‖S‖ against the state the fused graph exports.</p>
<table><tr><th>layer</th><th>head</th><th>kind</th><th>‖ΔW‖<sub>F</sub></th><th>rank</th><th>singular values</th><th>relax</th><th>cos(F, R)</th><th>vs S</th></tr>
{{range .Dual}}<tr><td>{{.Layer}}</td><td>{{.Head}}</td><td class="l">{{.Kind}}</td><td>{{.Frob}}</td><td>{{.Rank}}</td><td class="l">{{.Sing}}</td><td>{{.Relax}}</td><td>{{.Cos}}</td><td>{{.State}}</td></tr>
{{end}}</table>
{{range .R.Pics}}{{if eq .Section "dual"}}<figure><img src="{{.File}}" alt="{{.Caption}}"><figcaption>{{.File}}: {{.Caption}}</figcaption></figure>{{end}}{{end}}
{{end}}
{{with .R.GD}}
<h2>Gradient-step check</h2>
<p>von Oswald et al. 2023: N = {{.N}} examples (span {{.Span}}), the query is the last token, η = {{$.Eta}}.
The layer's update mapped into W-space, ΔW<sub>W</sub> = Σ<sub>h</sub> scale · r P<sub>h</sub> ΔW<sub>h</sub> W<sub>Q,h</sub> restricted to the x-columns (r the readout), against −η∇L(W<sub>0</sub>), L(W) = 1/(2N) Σ<sub>j</sub> (W x<sub>j</sub> − y<sub>j</sub>)², W<sub>0</sub> the readout's x-columns.</p>
<table><tr><th>seq</th><th>rel. error</th><th>cos(∂ŷ/∂x<sub>q</sub>)</th><th>|ŷ − ŷ<sub>GD</sub>|</th><th>ŷ</th><th>ŷ<sub>GD</sub></th></tr>
{{range $.GDRows}}<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{end}}</table>
{{end}}
{{if .R.Delta}}
<h2>Delta-rule steps</h2>
<p>Per token: S<sub>t</sub> − S<sub>t−1</sub> (states exported by the model's kernel) against −β<sub>t</sub> ∇<sub>S</sub> ½‖S<sub>t−1</sub>k<sub>t</sub> − v<sub>t</sub>‖² (gorgonia Grad).</p>
<table><tr><th>layer</th><th>head</th><th>tokens</th><th>max rel. error</th><th>at t</th><th>mean rel. error</th></tr>
{{range .R.Delta}}<tr><td>{{.Layer}}</td><td>{{.Head}}</td><td>{{.Steps}}</td><td>{{printf "%.3g" .MaxRelErr}}</td><td>{{.WorstT}}</td><td>{{printf "%.3g" .MeanRelErr}}</td></tr>
{{end}}</table>
{{end}}
{{if .R.Circ}}
<h2>Circuits</h2>
<p>QK = W<sub>E</sub>ᵀW<sub>Q,h</sub>ᵀW<sub>K,h</sub>W<sub>E</sub>, OV = W<sub>U</sub>W<sub>O,h</sub>W<sub>V,h</sub>W<sub>E</sub> (vocab × vocab). copy = Σ Re λ / Σ |λ| over OV's eigenvalues.
Prefix matching and copying on {{.R.RepN}} repeated random sequences of 2×{{.R.RepL}} tokens.</p>
<table><tr><th>layer</th><th>head</th><th>kind</th><th>copy (eig)</th><th>prefix</th><th>copying</th><th>top OV (attended→logit)</th><th>top QK (query→key)</th></tr>
{{range .Circ}}<tr>{{range $i, $c := .}}<td{{if ge $i 6}} class="l"{{end}}>{{$c}}</td>{{end}}</tr>
{{end}}</table>
{{if .R.Comp}}<h3>Composition</h3>
<table><tr><th>from</th><th>to</th><th>Q</th><th>K</th><th>V</th></tr>
{{range .R.Comp}}<tr><td>L{{.LayerA}}.H{{.HeadA}}</td><td>L{{.LayerB}}.H{{.HeadB}}</td><td>{{printf "%.3f" .Q}}</td><td>{{printf "%.3f" .K}}</td><td>{{printf "%.3f" .V}}</td></tr>
{{end}}</table>{{end}}
{{range .R.Pics}}{{if eq .Section "circuits"}}<figure><img src="{{.File}}" alt="{{.Caption}}"><figcaption>{{.File}}: {{.Caption}}</figcaption></figure>{{end}}{{end}}
{{end}}
</body></html>
`))

// WriteHTML writes the report page (the pictures must already be in the
// same directory).
func (r *Report) WriteHTML(path string) error {
	data := struct {
		R       *Report
		Dual    []dualRow
		Queries string
		Eta     string
		GDRows  [][]string
		Circ    [][]string
	}{R: r, Dual: r.dualRows(), Queries: r.queries()}
	if g := r.GD; g != nil {
		data.Eta = num(g.Eta)
		if g.Fitted {
			data.Eta += " (fitted)"
		}
		for _, s := range g.Seqs {
			data.GDRows = append(data.GDRows, []string{fmt.Sprint(s.Seq), fmt.Sprintf("%.3g", s.RelErr), fmt.Sprintf("%.7f", s.Cos), fmt.Sprintf("%.3g", s.Dist), num(s.PredModel), num(s.PredGD)})
		}
	}
	for _, c := range r.Circ {
		data.Circ = append(data.Circ, []string{fmt.Sprint(c.Layer), fmt.Sprint(c.Head), kindName(c.Kind), num(c.CopyEig), num(c.PrefixMatch), num(c.Copying),
			entries(c.TopOV, "→", true), entries(c.TopQK, "→", false)})
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := page.Execute(f, data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
