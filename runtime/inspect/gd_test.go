package inspect

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/dsl"
)

// refGrad is ∇L(W0) for L(W) = 1/(2N) Σ_j (W x_j − y_j)², from the
// formula: (1/N) Σ_j (W0 x_j − y_j) x_j, over the span of sequence b.
func refGrad(in []float32, T, D, b int, sp Span, w0 []float64) []float64 {
	dx := D - 1
	g := make([]float64, dx)
	for j := sp.A; j < sp.B; j++ {
		row := in[(b*T+j)*D:]
		res := -float64(row[dx])
		for i := 0; i < dx; i++ {
			res += w0[i] * float64(row[i])
		}
		for i := 0; i < dx; i++ {
			g[i] += res * float64(row[i]) / float64(sp.Len())
		}
	}
	return g
}

// TestGDConstruction: with von Oswald et al.'s weights the layer's update
// in W-space is −η∇L(W0) (relative error < 1e-5), the model's
// sensitivity is GD's (cosine 1) and the predictions agree.
func TestGDConstruction(t *testing.T) {
	src, err := os.ReadFile("../../examples/icl_regression.hopf")
	if err != nil {
		t.Fatal(err)
	}
	m, err := dsl.Load("icl_regression.hopf", src)
	if err != nil {
		t.Fatal(err)
	}
	const B, T = 3, 12
	D := m.DModel
	r := rand.New(rand.NewPCG(5, 5))
	for _, eta := range []float64{0.1, 0.8} {
		for _, zero := range []bool{true, false} {
			w0 := make([]float64, D-1)
			if !zero {
				for i := range w0 {
					w0[i] = float64(float32(r.NormFloat64() / 2))
				}
			}
			sp := DefaultSpan(T)
			w, err := ConstructGD(m, eta, sp.Len(), w0)
			if err != nil {
				t.Fatal(err)
			}
			mm, err := New(m, w)
			if err != nil {
				t.Fatal(err)
			}
			x := ICLTasks(D, B, T, 7)
			tr, err := mm.Run(x)
			if err != nil {
				t.Fatal(err)
			}
			c, err := mm.GradientStep(tr, sp, eta)
			if err != nil {
				t.Fatal(err)
			}
			if c.Fitted || c.Eta != eta || c.N != T-1 || len(c.Seqs) != B {
				t.Fatalf("check: η %g (fitted %v), N %d, %d sequences", c.Eta, c.Fitted, c.N, len(c.Seqs))
			}
			in := x.Data().([]float32)
			for _, s := range c.Seqs {
				g := refGrad(in, T, D, s.Seq, sp, w0)
				if e := relDiff(s.Grad, g); e > 1e-12 {
					t.Errorf("η=%g seq %d: gorgonia's ∇L differs from the formula by %.3g", eta, s.Seq, e)
				}
				if s.RelErr > 1e-5 || s.Cos < 1-1e-9 || s.Dist > 1e-5 {
					t.Errorf("η=%g W0=0:%v seq %d: rel. error %.3g, cos %.12f, |ŷ − ŷ_GD| %.3g", eta, zero, s.Seq, s.RelErr, s.Cos, s.Dist)
				}
			}
			// A fitted η recovers the construction's.
			cf, err := mm.GradientStep(tr, sp, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !cf.Fitted || math.Abs(cf.Eta-eta) > 1e-6*eta {
				t.Errorf("fitted η = %.9g, want %g", cf.Eta, eta)
			}
		}
	}
}

// TestGDAgainstReference: on ICL-shaped models with several heads, the
// output projection on or off and random weights, the W-space update,
// the fitted η, the sensitivities and the predictions all match their
// definitions computed with f64 loops (sensitivities by central finite
// differences of the reference forward pass).
func TestGDAgainstReference(t *testing.T) {
	for _, src := range []string{
		`model a { d_in 5; d_model 5; context 16; embed input identity; position none
  attention linear { heads 2; d_head 3; d_value 4; mask strict; scale 0.7 }
  readout 1 }`,
		`model b { d_in 5; d_model 5; context 16; embed input identity; position none
  attention linear { heads 1; d_head 3; d_value 5; mask causal; output off }
  readout 1 }`,
	} {
		f := newFixture(t, src, 21)
		const B, T = 2, 9
		D, dx := f.m.DModel, f.m.DModel-1
		L := f.m.Layers[0]
		H, dk, dv := L.Heads, L.DHead, L.DValue
		x := ICLTasks(D, B, T, 3)
		tr, err := f.mm.Run(x)
		if err != nil {
			t.Fatal(err)
		}
		sp := Span{1, 7}
		c, err := f.mm.GradientStep(tr, sp, 0)
		if err != nil {
			t.Fatal(err)
		}
		ref, out := f.ref(x)
		rl := ref[0]
		in := x.Data().([]float32)
		ro := f.w64["readout"]
		w0 := ro[:dx]
		var num, den float64
		ups := make([][]float64, B)
		for b := 0; b < B; b++ {
			// u = Σ_h scale · r P_h ΔW_h W_Q,h[:, :dx]
			u := make([]float64, dx)
			for h := 0; h < H; h++ {
				dw := refDW(rl, T, b, h, sp)
				rp := make([]float64, dv) // scale · r P_h
				for j := 0; j < dv; j++ {
					for d := 0; d < D; d++ {
						p := 0.0
						if L.Output {
							p = f.w64["L0.w_o"][d*H*dv+h*dv+j]
						} else if d == h*dv+j {
							p = 1
						}
						rp[j] += L.Scale * ro[d] * p
					}
				}
				for col := 0; col < dx; col++ {
					for i := 0; i < dv; i++ {
						for j := 0; j < dk; j++ {
							u[col] += rp[i] * dw[i*dk+j] * f.w64["L0.w_q"][(h*dk+j)*D+col]
						}
					}
				}
			}
			ups[b] = u
			g := refGrad(in, T, D, b, sp, w0)
			num -= dot(u, g)
			den += dot(g, g)
		}
		eta := num / den
		if math.Abs(c.Eta-eta) > 1e-5*math.Abs(eta) {
			t.Errorf("%s: fitted η %.7g, want %.7g", f.m.Name, c.Eta, eta)
		}
		for b, s := range c.Seqs {
			if e := relDiff(s.Update, ups[b]); e > 1e-5 {
				t.Errorf("%s seq %d: W-space update relative error %.3g", f.m.Name, b, e)
			}
			g := refGrad(in, T, D, b, sp, w0)
			var n2, d2 float64
			sgd := make([]float64, dx)
			for i := range g {
				n2 += (ups[b][i] + eta*g[i]) * (ups[b][i] + eta*g[i])
				d2 += eta * g[i] * eta * g[i]
				sgd[i] = w0[i] - eta*g[i]
			}
			if e := math.Sqrt(n2 / d2); math.Abs(s.RelErr-e) > 1e-4*e {
				t.Errorf("%s seq %d: rel. error %.6g, want %.6g", f.m.Name, b, s.RelErr, e)
			}
			if e := relDiff(s.SensGD, sgd); e > 1e-5 {
				t.Errorf("%s seq %d: GD sensitivity relative error %.3g", f.m.Name, b, e)
			}
			// ∂ŷ/∂x_q by central differences of the reference.
			fd := make([]float64, dx)
			xs := to64(in)
			for i := 0; i < dx; i++ {
				const h = 1e-5
				at := (b*T+T-1)*D + i
				orig := xs[at]
				xs[at] = orig + h
				_, op := refRun(f.m, f.w64, nil, xs, B, T)
				xs[at] = orig - h
				_, om := refRun(f.m, f.w64, nil, xs, B, T)
				xs[at] = orig
				fd[i] = (op[b*T+T-1] - om[b*T+T-1]) / (2 * h)
			}
			if e := relDiff(s.SensModel, fd); e > 1e-4 {
				t.Errorf("%s seq %d: model sensitivity %v, finite differences %v (rel. error %.3g)", f.m.Name, b, s.SensModel, fd, e)
			}
			cos := dot(fd, sgd) / math.Sqrt(dot(fd, fd)*dot(sgd, sgd))
			if math.Abs(s.Cos-cos) > 1e-4 {
				t.Errorf("%s seq %d: cos %.6f, want %.6f", f.m.Name, b, s.Cos, cos)
			}
			q := in[(b*T+T-1)*D:]
			pgd := 0.0
			for i := 0; i < dx; i++ {
				pgd += sgd[i] * float64(q[i])
			}
			if math.Abs(s.PredModel-out[b*T+T-1]) > 1e-5 || math.Abs(s.PredGD-pgd) > 1e-5 || math.Abs(s.Dist-math.Abs(out[b*T+T-1]-pgd)) > 1e-5 {
				t.Errorf("%s seq %d: predictions %g / %g (dist %g), want %g / %g", f.m.Name, b, s.PredModel, s.PredGD, s.Dist, out[b*T+T-1], pgd)
			}
		}
	}
}

func TestICLErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`model m { vocab 5; d_model 4; context 8; attention linear { heads 1; d_head 4 }; unembed }`, "reads token ids"},
		{`model m { d_in 4; d_model 4; context 8; position none; attention linear { heads 1; d_head 4 }; readout 1 }`, "embed input identity"},
		{`model m { d_in 4; d_model 4; context 8; embed input identity; position none; attention softmax { heads 1; d_head 4 }; readout 1 }`, "not linear attention"},
		{`model m { d_in 4; d_model 4; context 8; embed input identity; position none; attention linear { heads 1; d_head 4; feature elu1 }; readout 1 }`, "feature map"},
		{`model m { d_in 4; d_model 4; context 8; embed input identity; position none; attention linear { heads 1; d_head 4 }; readout 2 }`, "readout 1"},
		{`model m { d_in 4; d_model 4; context 8; embed input identity; position none
		  attention linear { heads 1; d_head 4 }; attention linear { heads 1; d_head 4 }; readout 1 }`, "2 layers"},
	} {
		m, err := dsl.Load("m.hopf", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckICL(m); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("CheckICL: %v, want an error containing %q", err, c.want)
		}
	}
	m, _ := dsl.Load("m.hopf", []byte(`model m { d_in 4; d_model 4; context 8; embed input identity; position none
	  attention linear { heads 2; d_head 2 }; readout 1 }`))
	if _, err := ConstructGD(m, 0.1, 3, nil); err == nil || !strings.Contains(err.Error(), "one head") {
		t.Errorf("construction with two heads: %v", err)
	}
	src, _ := os.ReadFile("../../examples/icl_regression.hopf")
	icl, _ := dsl.Load("icl.hopf", src)
	for _, c := range []struct {
		eta  float64
		n    int
		w0   []float64
		want string
	}{{0, 3, nil, "positive"}, {-1, 3, nil, "positive"}, {math.NaN(), 3, nil, "positive"}, {0.1, 0, nil, "at least one"}, {0.1, 3, []float64{1}, "dx = 10"}} {
		if _, err := ConstructGD(icl, c.eta, c.n, c.w0); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ConstructGD(η=%g, N=%d): %v, want %q", c.eta, c.n, err, c.want)
		}
	}
	// The query must come after the span.
	w, _ := ConstructGD(icl, 0.1, 5, nil)
	mm, _ := New(icl, w)
	tr, err := mm.Run(ICLTasks(11, 1, 6, 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mm.GradientStep(tr, Span{0, 6}, 0.1); err == nil || !strings.Contains(err.Error(), "query") {
		t.Errorf("span over the query: %v", err)
	}
	// ICLTasks: y = wᵀx in the examples, 0 in the query.
	x := ICLTasks(3, 2, 5, 9)
	d := x.Data().([]float32)
	if x.Shape()[2] != 3 || d[(0*5+4)*3+2] != 0 || d[(1*5+4)*3+2] != 0 || d[2] == 0 {
		t.Errorf("ICLTasks: %v", d)
	}
}

// TestDeltaSteps: every step of the model's delta-rule kernel is −β_t
// times the gradient of ½‖S k_t − v_t‖², and the gradient itself (gorgonia)
// is (S k − v) kᵀ.
func TestDeltaSteps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	S, k, v := make([]float64, 12), make([]float64, 4), make([]float64, 3)
	for _, a := range [][]float64{S, k, v} {
		for i := range a {
			a[i] = r.NormFloat64()
		}
	}
	g, err := stepGrad(S, k, v)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float64, 12)
	for i := 0; i < 3; i++ {
		e := -v[i]
		for j := 0; j < 4; j++ {
			e += S[i*4+j] * k[j]
		}
		for j := 0; j < 4; j++ {
			want[i*4+j] = e * k[j]
		}
	}
	if e := relDiff(g, want); e > 1e-12 {
		t.Errorf("∇_S ½‖Sk − v‖²: relative error %.3g", e)
	}
	for _, tm := range []int{2, 3} {
		f := newFixture(t, testModels[tm].src, 4)
		x := f.input(2, 8, 6)
		tr, err := f.mm.Run(x)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := f.mm.DeltaSteps(tr, 1)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, L := range f.m.Layers {
			if L.Kind == dsl.Delta {
				n += L.Heads
			}
		}
		if len(ds) != n {
			t.Fatalf("%s: %d checks, want one per delta head (%d)", testModels[tm].name, len(ds), n)
		}
		for _, d := range ds {
			if d.Steps != 8 || d.MaxRelErr > 1e-4 || d.MeanRelErr > d.MaxRelErr || math.IsNaN(d.MaxRelErr) {
				t.Errorf("%s L%d.H%d: %d steps, max rel. error %.3g (t=%d), mean %.3g", testModels[tm].name, d.Layer, d.Head, d.Steps, d.MaxRelErr, d.WorstT, d.MeanRelErr)
			}
		}
	}
}
