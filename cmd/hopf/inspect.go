package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/inspect"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gonum.org/v1/gonum/mat"
	"gorgonia.org/tensor"
)

// inspectCmd looks inside a model: implicit updates ΔW, gradient-step
// checks, circuits and attention patterns (runtime/inspect).
type inspectCmd struct {
	File      string  `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Dual      bool    `help:"Implicit updates ΔW per layer and head over --span: norm, numerical rank, singular values, relaxation error of softmax heads."`
	GD        bool    `name:"gd" help:"Gradient-step checks: in-context regression models against one GD step (von Oswald et al.); delta heads token by token."`
	Circuits  bool    `help:"QK and OV circuits, copying scores, composition scores, prefix matching on repeated sequences (token models)."`
	Span      string  `placeholder:"A:B" help:"Tokens A … B−1 whose outer products make ΔW (default: all but the last token, 0:T−1). \"A:\" runs to the end."`
	Seq       int     `default:"0" help:"Which sequence of the batch ΔW, the state checks and the pictures are of."`
	Weights   string  `placeholder:"W.safetensors" help:"Weights to load. Without it: the seeded init (--seed), or --construct."`
	Construct string  `placeholder:"gd" help:"Build weights instead of loading them: \"gd\" is von Oswald et al.'s one-GD-step construction (in-context regression models; needs --eta)."`
	Eta       float64 `placeholder:"X" help:"GD step size η: of --construct gd, and the η the check compares with (default: fitted by least squares)."`
	W0        string  `name:"w0" default:"zero" enum:"zero,random" help:"W0 of --construct gd: zero, or random N(0, 1/4) from --seed."`
	Seed      uint64  `default:"1" help:"Seed of the init, the random input and the repeated sequences."`
	Tokens    string  `placeholder:"\"1 2 3\"" help:"Token ids of one sequence (token models); repeated --batch times."`
	Input     string  `placeholder:"IN.safetensors" help:"Input tensor: \"tokens\" i32/i64 [B,T] or \"inputs\" f32 [B,T,d_in]."`
	Batch     int     `default:"1" help:"Batch size of --tokens or the random input."`
	Len       int     `default:"0" placeholder:"T" help:"Length of the random input (default: min(context, 16))."`
	Top       int     `default:"5" help:"How many singular values and circuit entries to print."`
	RepeatLen int     `default:"0" placeholder:"L" help:"Length L of the random half of the repeated sequences (default: min(context/2, vocab, 16))."`
	Repeats   int     `default:"4" placeholder:"N" help:"How many repeated sequences to score."`
	Out       string  `placeholder:"DIR" help:"Write dual.safetensors (L{i}.H{h}.dW, d_value×d_head), gd.safetensors and the pictures (PNG) here."`
	Report    string  `placeholder:"DIR" help:"Write everything --out writes plus index.html, a report with the tables and pictures, here."`
}

func (c *inspectCmd) Help() string {
	return `Looks inside a model (weights from --weights, the seeded init, or
--construct) on an input (--tokens, --input, or a seeded random one; for
vector models random in-context regression tasks [x; wᵀx] with the query
[x_q; 0] last). Without --dual, --gd or --circuits it runs every analysis
that applies to the model. Exact definitions: go doc ./runtime/inspect.

--dual: per layer and head the implicit update (Dai et al. 2022)
ΔW = Σ_{i∈span} v_i φ(k_i)ᵀ, d_value × d_head, with v = W_V x, k = W_K x, x
the layer input after its pre-norm and φ the feature map (identity for
softmax). For delta heads ΔW is the delta-rule state after running the
recurrence over the span starting from zero. Linear and delta heads whose span
starts at 0 are checked against the state S the fused graph exports ("vs
S"). Printed: ‖ΔW‖_F, the numerical rank (singular values above
max(dims)·σ_max·2⁻²³), the top singular values, and for softmax heads the
relaxation error ‖F(q) − (W_ZSL + ΔW)q‖/‖F(q)‖, F the head's actual output at
each position after the span (or at the last position when the span reaches
the end), W_ZSL the same sum over the query's visible tokens outside the
span.

--gd: for in-context regression models (examples/icl_regression.hopf) the
layer's update in W-space, Σ_h scale·r P_h ΔW_h W_Q,h on the x-columns (r the
readout), against −η∇L(W0) (gorgonia Grad; L(W) = 1/(2N) Σ (W x_j − y_j)²,
W0 the readout's x-columns, the span's tokens the examples, the last token
the query); the cosine between the sensitivities ∂ŷ/∂x_q of the model
(gorgonia Grad through the graph) and of GD, and the distance between the
predictions. For delta heads: S_t − S_{t−1} = −β_t ∇_S ½‖S_{t−1}k_t − v_t‖² at
every token.

--circuits (token models): per head the QK circuit W_Eᵀ W_Qᵀ W_K W_E and the
OV circuit W_U W_O W_V W_E (vocab × vocab, top entries), copy = Σ Re λ/Σ|λ|
over OV's eigenvalues, Q/K/V composition scores between consecutive layers,
and on repeated random sequences the prefix-matching score (attention from t
to t−L+1) and the copying score (how many standard deviations the head's
direct logits W_U W_O o_t raise the tokens it attends to).

--out DIR writes dual.safetensors (L{i}.H{h}.dW), gd.safetensors and PNG
heatmaps (L{i}.H{h}.attn.png, .dW.png, .OV.png, .QK.png, .repeat.png; blue
negative, white 0, red positive, with a scale strip); --report DIR writes the
same and index.html, a page with every table and picture.

Examples:
  hopf inspect examples/induction.hopf --dual --tokens "5 9 2 7 5 9 2"
  hopf inspect examples/induction.hopf --circuits --report induction-report
  hopf inspect examples/icl_regression.hopf --construct gd --eta 0.5 --batch 4
  hopf inspect examples/icl_regression.hopf --gd --weights trained.safetensors --len 21
  hopf inspect examples/fastweight.hopf --dual --span 0:8 --out fw-dual
  hopf inspect examples/fastweight.hopf --gd --len 12`
}

func (c *inspectCmd) Run(e *env) error {
	switch {
	case c.Tokens != "" && c.Input != "":
		return errors.New("give --tokens or --input, not both")
	case c.Batch < 1:
		return fmt.Errorf("--batch %d: want ≥ 1", c.Batch)
	case c.Seq < 0:
		return fmt.Errorf("--seq %d: want ≥ 0", c.Seq)
	case c.Top < 1:
		return fmt.Errorf("--top %d: want ≥ 1", c.Top)
	case c.Len < 0:
		return fmt.Errorf("--len %d: want ≥ 1 tokens (0: the default, min(context, 16))", c.Len)
	case c.Repeats < 1:
		return fmt.Errorf("--repeats %d: want ≥ 1 repeated sequence to score", c.Repeats)
	case c.RepeatLen < 0 || c.RepeatLen == 1:
		return fmt.Errorf("--repeat-len %d: want L ≥ 2 (the repeat of token t−L+1 follows t; 0: the default, min(context/2, vocab, 16))", c.RepeatLen)
	case c.Eta < 0:
		return fmt.Errorf("--eta %g: want a positive step size", c.Eta)
	case c.Construct != "" && c.Construct != "gd":
		return fmt.Errorf("--construct %q: the one construction is \"gd\" (von Oswald et al.'s one-GD-step weights)", c.Construct)
	case c.Construct != "" && c.Weights != "":
		return errors.New("give --weights or --construct, not both")
	case c.Construct == "gd" && c.Eta == 0:
		return errors.New("--construct gd needs the step size: --eta X (e.g. --eta 0.5)")
	}
	m, g, err := load(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	auto := !c.Dual && !c.GD && !c.Circuits
	dual, circ := c.Dual || auto, c.Circuits
	iclErr := inspect.CheckICL(m)
	hasDelta := false
	for _, L := range m.Layers {
		hasDelta = hasDelta || L.Kind == dsl.Delta
	}
	gdICL, gdDelta := c.GD && iclErr == nil, c.GD && hasDelta
	var notes []string
	if c.GD && !gdICL && !gdDelta {
		return fmt.Errorf("--gd: %v; and it has no delta layer for the per-token check", iclErr)
	}
	if c.Circuits {
		if err := inspect.CheckTokens(m); err != nil {
			return fmt.Errorf("--circuits: %v", err)
		}
	}
	// The repeated sequences of --circuits: an explicit --repeat-len that
	// does not fit is an error, a default that does not fit a note.
	repL := c.RepeatLen
	if repL == 0 {
		repL = min(m.Context/2, m.Vocab, 16)
	}
	repFits := repL >= 2 && 2*repL <= m.Context
	if c.Construct == "gd" && iclErr != nil {
		return fmt.Errorf("--construct gd: %v", iclErr)
	}
	if auto {
		gdICL, gdDelta = iclErr == nil, hasDelta
		circ = inspect.CheckTokens(m) == nil
		if !gdICL && !gdDelta {
			notes = append(notes, "no gradient-step check: the model is neither an in-context regression model nor has delta layers")
		}
		if !circ {
			notes = append(notes, "no circuits: the model reads vectors, not tokens")
		}
	}
	if circ && c.RepeatLen != 0 && !repFits {
		return fmt.Errorf("--repeat-len %d: repeated sequences of 2×%d tokens do not fit the context %d (want 2 ≤ L ≤ %d)", c.RepeatLen, c.RepeatLen, m.Context, m.Context/2)
	}
	if circ && repFits {
		if err := compiler.CheckSize(m, c.Repeats, 2*repL); err != nil {
			return fmt.Errorf("--repeats %d: %v; lower --repeats", c.Repeats, err)
		}
	}

	x, desc, err := c.input(m)
	if err != nil {
		return err
	}
	B, T := x.Shape()[0], x.Shape()[1]
	if c.Seq >= B {
		return fmt.Errorf("--seq %d: the batch has %d sequences (0 … %d)", c.Seq, B, B-1)
	}
	span, err := inspect.ParseSpan(c.Span, T)
	if err != nil {
		return fmt.Errorf("--span: %v", err)
	}
	if gdICL && span.B > T-1 && auto {
		notes = append(notes, fmt.Sprintf("no gradient-step check: the span %s includes the query (the last token)", span))
		gdICL = false
	}
	if gdICL && span.B > T-1 {
		return fmt.Errorf("--span %s: the gradient-step check takes the last token (position %d) as the query, so the examples must end before it (want B ≤ %d)", span, T-1, T-1)
	}

	var w cpu.Weights
	switch {
	case c.Construct == "gd":
		var w0 []float64
		if c.W0 == "random" {
			r := rand.New(rand.NewPCG(c.Seed, 0x30))
			w0 = make([]float64, m.DIn-1)
			for i := range w0 {
				w0[i] = r.NormFloat64() / 2
			}
		}
		if w, err = inspect.ConstructGD(m, c.Eta, span.Len(), w0); err != nil {
			return fmt.Errorf("--construct gd: %v", err)
		}
		desc += fmt.Sprintf("; weights: von Oswald et al.'s GD construction, η = %g, N = %d, W0 %s", c.Eta, span.Len(), c.W0)
	case c.Weights != "":
		ws, err := loadWeights(c.Weights, g, c.File)
		if err != nil {
			return err
		}
		w = denseWeights(ws)
		desc += "; weights " + c.Weights
	default:
		ws, err := weights.Init(g, c.Seed)
		if err != nil {
			return err
		}
		w = denseWeights(ws)
		desc += fmt.Sprintf("; weights: seeded init (seed %d)", c.Seed)
	}

	mm, err := inspect.New(m, w)
	if err != nil {
		return err
	}
	tr, err := mm.Run(x)
	if err != nil {
		return err
	}
	rep := &inspect.Report{Model: m.Name, File: c.File, Input: desc, Seq: c.Seq, T: T, Span: span, Top: c.Top, Notes: notes}
	if dual {
		if rep.Dual, err = inspect.Dual(tr, c.Seq, span); err != nil {
			return err
		}
		if err := mm.CheckStates(x, c.Seq, rep.Dual); err != nil {
			return err
		}
	}
	if gdICL {
		if rep.GD, err = mm.GradientStep(tr, span, c.Eta); err != nil {
			return err
		}
	}
	if gdDelta {
		if rep.Delta, err = mm.DeltaSteps(tr, c.Seq); err != nil {
			return err
		}
	}
	var repTrace *inspect.Trace
	if circ {
		keep := c.Out != "" || c.Report != ""
		if keep && m.Vocab > inspect.MaxKeepVocab {
			rep.Notes = append(rep.Notes, fmt.Sprintf("no circuit pictures: the vocabulary (%d) is larger than %d", m.Vocab, inspect.MaxKeepVocab))
		}
		if rep.Circ, err = mm.Circuits(c.Top, keep); err != nil {
			return err
		}
		rep.Comp = mm.Compositions()
		L := repL
		if !repFits {
			rep.Notes = append(rep.Notes, fmt.Sprintf("no prefix-matching or copying scores: repeated sequences of 2×%d tokens do not fit the context %d", L, m.Context))
		} else {
			var scores []inspect.RepeatScore
			if scores, repTrace, err = mm.Repeats(L, c.Repeats, c.Seed); err != nil {
				return err
			}
			rep.RepL, rep.RepN = L, c.Repeats
			for _, s := range scores {
				for i := range rep.Circ {
					if rep.Circ[i].Layer == s.Layer && rep.Circ[i].Head == s.Head {
						rep.Circ[i].PrefixMatch, rep.Circ[i].Copying = s.PrefixMatch, s.Copying
					}
				}
			}
		}
	}
	rep.WriteText(e.stdout)
	for _, dir := range []string{c.Out, c.Report} {
		if dir == "" {
			continue
		}
		if err := c.writeFiles(e, rep, tr, repTrace, dir, dir == c.Report); err != nil {
			return err
		}
	}
	return nil
}

// writeFiles writes the tensors, the pictures and (html) the report page
// into dir.
func (c *inspectCmd) writeFiles(e *env, rep *inspect.Report, tr, repTrace *inspect.Trace, dir string, html bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var wrote []string
	rep.Pics = nil
	if len(rep.Dual) > 0 {
		p := filepath.Join(dir, "dual.safetensors")
		if err := rep.WriteDual(p); err != nil {
			return err
		}
		wrote = append(wrote, p)
		for _, lt := range tr.Layers {
			L := lt.L
			for h := 0; h < L.Heads; h++ {
				if pat := lt.Pattern(c.Seq, h); pat != nil {
					what := "softmax attention probabilities"
					if L.Kind == dsl.Linear {
						what = "linear attention weights scale·φ(q)·φ(k)"
					}
					name := fmt.Sprintf("L%d.H%d.attn.png", L.Index, h)
					if err := rep.AddPicture(dir, name, fmt.Sprintf("layer %d head %d: %s of sequence %d (row: query, column: key)", L.Index, h, what, c.Seq), "dual", pat, tr.T, tr.T); err != nil {
						return err
					}
				}
			}
		}
		for _, d := range rep.Dual {
			rows, cols := d.DW.Dims()
			name := fmt.Sprintf("L%d.H%d.dW.png", d.Layer, d.Head)
			if err := rep.AddPicture(dir, name, fmt.Sprintf("layer %d head %d: ΔW over span %s (%d×%d, rows: value, columns: key)", d.Layer, d.Head, d.Span, rows, cols), "dual", inspect.MatrixValues(d.DW), rows, cols); err != nil {
				return err
			}
		}
	}
	if rep.GD != nil {
		p := filepath.Join(dir, "gd.safetensors")
		if err := rep.WriteGD(p); err != nil {
			return err
		}
		wrote = append(wrote, p)
	}
	for _, hc := range rep.Circ {
		for _, mx := range []struct {
			what    string
			m       *mat.Dense
			caption string
		}{{"OV", hc.OV, "OV circuit W_U W_O W_V W_E (row: logit token, column: attended token)"}, {"QK", hc.QK, "QK circuit W_Eᵀ W_Qᵀ W_K W_E (row: query token, column: key token)"}} {
			if mx.m == nil {
				continue
			}
			r, cl := mx.m.Dims()
			name := fmt.Sprintf("L%d.H%d.%s.png", hc.Layer, hc.Head, mx.what)
			if err := rep.AddPicture(dir, name, fmt.Sprintf("layer %d head %d: %s", hc.Layer, hc.Head, mx.caption), "circuits", inspect.MatrixValues(mx.m), r, cl); err != nil {
				return err
			}
		}
	}
	if repTrace != nil {
		for _, lt := range repTrace.Layers {
			if lt.L.Kind != dsl.Softmax {
				continue
			}
			for h := 0; h < lt.L.Heads; h++ {
				name := fmt.Sprintf("L%d.H%d.repeat.png", lt.L.Index, h)
				if err := rep.AddPicture(dir, name, fmt.Sprintf("layer %d head %d: attention on a repeated random sequence of 2×%d tokens (induction heads attend to t−L+1)", lt.L.Index, h, rep.RepL), "circuits", lt.Pattern(0, h), repTrace.T, repTrace.T); err != nil {
					return err
				}
			}
		}
	}
	if html {
		p := filepath.Join(dir, "index.html")
		if err := rep.WriteHTML(p); err != nil {
			return err
		}
		wrote = append(wrote, p)
	}
	fmt.Fprintf(e.stdout, "\nwrote %s", strings.Join(wrote, ", "))
	if len(rep.Pics) > 0 {
		fmt.Fprintf(e.stdout, " and %d pictures in %s", len(rep.Pics), dir)
	}
	fmt.Fprintln(e.stdout)
	return nil
}

// input builds the model input and describes it.
func (c *inspectCmd) input(m *dsl.Model) (*tensor.Dense, string, error) {
	tokens := m.Input == dsl.InputTokens
	switch {
	case c.Tokens != "":
		if !tokens {
			return nil, "", fmt.Errorf("model %s reads vectors (d_in %d), not tokens: use --input FILE.safetensors with an \"inputs\" tensor", m.Name, m.DIn)
		}
		var ids []int32
		for _, f := range strings.Fields(strings.ReplaceAll(c.Tokens, ",", " ")) {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, "", fmt.Errorf("--tokens: %q is not an integer", f)
			}
			if n < 0 || n >= m.Vocab {
				return nil, "", fmt.Errorf("--tokens: id %d is outside the vocabulary [0, %d)", n, m.Vocab)
			}
			ids = append(ids, int32(n))
		}
		if len(ids) == 0 {
			return nil, "", errors.New("--tokens is empty")
		}
		if err := c.checkSize(m, len(ids), "--tokens"); err != nil {
			return nil, "", err
		}
		all := make([]int32, 0, len(ids)*c.Batch)
		for b := 0; b < c.Batch; b++ {
			all = append(all, ids...)
		}
		return tensor.New(tensor.WithShape(c.Batch, len(ids)), tensor.WithBacking(all)), fmt.Sprintf("--tokens [%d %d]", c.Batch, len(ids)), nil
	case c.Input != "":
		x, err := readInput(c.Input, m)
		if err != nil {
			return nil, "", err
		}
		if T := x.Shape()[1]; T > m.Context {
			return nil, "", fmt.Errorf("%s: sequence length %d exceeds the model's context %d", c.Input, T, m.Context)
		}
		if err := compiler.CheckSize(m, x.Shape()[0], x.Shape()[1]); err != nil {
			return nil, "", fmt.Errorf("%s: %v; use fewer or shorter sequences", c.Input, err)
		}
		return x, fmt.Sprintf("%s %v", c.Input, []int(x.Shape())), nil
	}
	T := c.Len
	if T == 0 {
		T = min(m.Context, 16)
	}
	if err := c.checkSize(m, T, "--len"); err != nil {
		return nil, "", err
	}
	if tokens {
		r := rand.New(rand.NewPCG(c.Seed, 0x1a7))
		ids := make([]int32, c.Batch*T)
		for i := range ids {
			ids[i] = int32(r.IntN(m.Vocab))
		}
		return tensor.New(tensor.WithShape(c.Batch, T), tensor.WithBacking(ids)), fmt.Sprintf("random tokens [%d %d] (seed %d)", c.Batch, T, c.Seed), nil
	}
	if m.DIn < 2 {
		r := rand.New(rand.NewPCG(c.Seed, 0x1a7))
		xs := make([]float32, c.Batch*T*m.DIn)
		for i := range xs {
			xs[i] = float32(r.Float64() - 0.5)
		}
		return tensor.New(tensor.WithShape(c.Batch, T, m.DIn), tensor.WithBacking(xs)), fmt.Sprintf("random vectors [%d %d %d] (seed %d)", c.Batch, T, m.DIn, c.Seed), nil
	}
	return inspect.ICLTasks(m.DIn, c.Batch, T, c.Seed), fmt.Sprintf("random in-context regression tasks [%d %d %d] (seed %d): tokens [x; wᵀx], query [x_q; 0] last", c.Batch, T, m.DIn, c.Seed), nil
}

// checkSize refuses --batch sequences of T tokens (T from the flag named
// by what) longer than the context or with a tensor past
// compiler.MaxElems, before anything is allocated.
func (c *inspectCmd) checkSize(m *dsl.Model, T int, what string) error {
	if T > m.Context {
		if what == "--len" {
			return fmt.Errorf("--len %d exceeds the model's context %d", T, m.Context)
		}
		return fmt.Errorf("%s: sequence length %d exceeds the model's context %d", what, T, m.Context)
	}
	if err := compiler.CheckSize(m, c.Batch, T); err != nil {
		if c.Batch == 1 {
			return fmt.Errorf("%v: the model is too large to inspect", err)
		}
		return fmt.Errorf("--batch %d: %v; lower --batch", c.Batch, err)
	}
	return nil
}
