package inspect

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// variance is the variance of an image's pixel values (R, G and B
// together) inside r.
func variance(img image.Image, r image.Rectangle) float64 {
	var s, s2, n float64
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			for _, c := range []uint32{cr, cg, cb} {
				v := float64(c >> 8)
				s += v
				s2 += v * v
				n++
			}
		}
	}
	return s2/n - (s/n)*(s/n)
}

func TestHeatmap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, sz := range [][2]int{{7, 5}, {1, 1}, {300, 2}, {32, 32}, {600, 600}} {
		rows, cols := sz[0], sz[1]
		vals := make([]float64, rows*cols)
		for i := range vals {
			vals[i] = r.NormFloat64()
		}
		img, err := Heatmap(vals, rows, cols)
		if err != nil {
			t.Fatal(err)
		}
		c := HeatmapCell(rows, cols)
		w, h := HeatmapSize(rows, cols)
		if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
			t.Errorf("%d×%d: image %v, want %d×%d", rows, cols, b, w, h)
		}
		if wantW := 8 + cols*c + 10 + 14 + 4 + 84 + 8; w != wantW || h != 16+max(rows*c, 120) {
			t.Errorf("%d×%d: HeatmapSize = %d×%d, want %d×%d", rows, cols, w, h, wantW, 16+max(rows*c, 120))
		}
		if c < 1 || c > 32 || (max(rows, cols) <= 480 && max(rows, cols)*c > 480) {
			t.Errorf("%d×%d: cell %d px", rows, cols, c)
		}
		plot := image.Rect(8, 8, 8+cols*c, 8+rows*c)
		if rows*cols > 1 && variance(img, plot) <= 0 {
			t.Errorf("%d×%d: the plot is blank", rows, cols)
		}
		if variance(img, img.Bounds()) <= 0 {
			t.Errorf("%d×%d: the image is blank", rows, cols)
		}
		// The largest |value| gets an end of the colour map.
		at, m := 0, 0.0
		for i, v := range vals {
			if math.Abs(v) > m {
				at, m = i, math.Abs(v)
			}
		}
		want := Diverging(math.Copysign(1, vals[at]))
		if got := img.RGBAAt(8+(at%cols)*c, 8+(at/cols)*c); got != want {
			t.Errorf("%d×%d: the largest entry is drawn %v, want %v", rows, cols, got, want)
		}
	}
	// A zero matrix is white, but the legend and its labels are drawn.
	img, err := Heatmap(make([]float64, 12), 3, 4)
	if err != nil {
		t.Fatal(err)
	}
	c := HeatmapCell(3, 4)
	if v := variance(img, image.Rect(8, 8, 8+4*c, 8+3*c)); v != 0 {
		t.Errorf("zero matrix: plot variance %g, want 0", v)
	}
	if variance(img, img.Bounds()) <= 0 {
		t.Error("zero matrix: no legend")
	}
	// NaN is grey, not a crash.
	img, err = Heatmap([]float64{math.NaN(), 1, math.Inf(1), -1}, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := img.RGBAAt(8, 8); got != (color.RGBA{128, 128, 128, 255}) {
		t.Errorf("NaN drawn as %v", got)
	}
	if _, err := Heatmap([]float64{1, 2, 3}, 2, 2); err == nil {
		t.Error("3 values for a 2×2 heatmap: want an error")
	}
	if _, err := Heatmap(nil, 0, 0); err == nil {
		t.Error("0×0 heatmap: want an error")
	}
	// The colour map: blue, white, red.
	if b, w, rd := Diverging(-1), Diverging(0), Diverging(1); !(b.B > b.R && w.R == w.G && w.G == w.B && rd.R > rd.B) {
		t.Errorf("Diverging(−1, 0, 1) = %v %v %v", b, w, rd)
	}
}

func TestLabelFont(t *testing.T) {
	for _, v := range []float64{0, 1, -1, 21.8, -1.23456e-5, 123456789, math.NaN()} {
		s := label(v)
		if len(s) > 9 {
			t.Errorf("label(%g) = %q: longer than 9 characters", v, s)
		}
		for _, r := range s {
			if _, ok := glyphs[r]; !ok {
				t.Errorf("label(%g) = %q: no glyph for %q", v, s, r)
			}
		}
	}
}

// TestReportFiles writes the tensors, pictures and HTML page of a small
// model's inspection and reads them back.
func TestReportFiles(t *testing.T) {
	f := newFixture(t, testModels[0].src, 2)
	x := f.input(1, 6, 3)
	tr, err := f.mm.Run(x)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Dual(tr, 0, DefaultSpan(6))
	if err != nil {
		t.Fatal(err)
	}
	cs, err := f.mm.Circuits(3, true)
	if err != nil {
		t.Fatal(err)
	}
	rep := &Report{Model: "m", File: "m.hopf", Input: "test", T: 6, Span: DefaultSpan(6), Dual: ds, Circ: cs, Comp: f.mm.Compositions(), Notes: []string{"a <note>"}}
	dir := t.TempDir()
	st := filepath.Join(dir, "dual.safetensors")
	if err := rep.WriteDual(st); err != nil {
		t.Fatal(err)
	}
	sf, err := safetensors.ReadFile(st)
	if err != nil {
		t.Fatal(err)
	}
	if len(sf.Tensors) != len(ds) {
		t.Errorf("%d tensors, want %d", len(sf.Tensors), len(ds))
	}
	for _, d := range ds {
		name := "L" + itoa(d.Layer) + ".H" + itoa(d.Head) + ".dW"
		tt, ok := sf.Tensors[name]
		r, c := d.DW.Dims()
		if !ok || len(tt.Shape) != 2 || tt.Shape[0] != r || tt.Shape[1] != c {
			t.Errorf("%s: %v, want f32 [%d %d]", name, tt.Shape, r, c)
			continue
		}
		v, _ := tt.Float32s()
		if e := relDiff(to64(v), MatrixValues(d.DW)); e > 1e-6 {
			t.Errorf("%s: values differ by %.3g", name, e)
		}
	}
	for _, d := range ds {
		if err := rep.AddPicture(dir, "L"+itoa(d.Layer)+".H"+itoa(d.Head)+".dW.png", "ΔW", "dual", MatrixValues(d.DW), d.DW.RawMatrix().Rows, d.DW.RawMatrix().Cols); err != nil {
			t.Fatal(err)
		}
	}
	for _, lt := range tr.Layers {
		for h := 0; h < lt.L.Heads; h++ {
			if err := rep.AddPicture(dir, "L"+itoa(lt.L.Index)+".H"+itoa(h)+".attn.png", "attention", "dual", lt.Pattern(0, h), 6, 6); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := rep.AddPicture(dir, "L0.H0.OV.png", "OV", "circuits", MatrixValues(cs[0].OV), 11, 11); err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Pics {
		data, err := os.ReadFile(filepath.Join(dir, p.File))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", p.File, err)
		}
		if variance(img, img.Bounds()) <= 0 {
			t.Errorf("%s is blank", p.File)
		}
	}
	page := filepath.Join(dir, "index.html")
	if err := rep.WriteHTML(page); err != nil {
		t.Fatal(err)
	}
	html, _ := os.ReadFile(page)
	for _, want := range []string{"<table", `<img src="L0.H0.attn.png"`, `<img src="L1.H0.dW.png"`, `<img src="L0.H0.OV.png"`, "a &lt;note&gt;", "Composition", "L0.H1</td><td>L1.H0"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	if n := strings.Count(string(html), "<tr>"); n < len(ds)+len(cs) {
		t.Errorf("index.html has %d table rows, want at least %d", n, len(ds)+len(cs))
	}
	var text bytes.Buffer
	rep.WriteText(&text)
	for _, want := range []string{"implicit updates ΔW over span 0:5", "relax", "copy(eig)", "L0.H0  L1.H0"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	// Attention patterns: softmax rows sum to 1 and respect the mask.
	for _, lt := range tr.Layers {
		p := lt.Pattern(0, 0)
		for q := 0; q < 6; q++ {
			s := 0.0
			for k := 0; k < 6; k++ {
				if !visible(lt.L.Mask, q, k) && p[q*6+k] != 0 {
					t.Errorf("layer %d: attention from %d to invisible %d", lt.L.Index, q, k)
				}
				s += p[q*6+k]
			}
			if math.Abs(s-1) > 1e-5 {
				t.Errorf("layer %d row %d sums to %g", lt.L.Index, q, s)
			}
		}
	}
}
