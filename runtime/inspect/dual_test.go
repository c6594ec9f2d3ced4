package inspect

import (
	"math"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/dsl"
	"gonum.org/v1/gonum/mat"
)

// Small models covering every kind, mask, feature map and norm the
// inspection reads.
var testModels = []struct{ name, src string }{
	{"softmax", `model m { vocab 11; d_model 8; context 12
  attention softmax { heads 2; d_head 3; d_value 4 }
  attention softmax { heads 1; d_head 4; mask window 3; norm layernorm }
  unembed }`},
	{"linear", `model m { vocab 11; d_model 8; context 12
  attention linear { heads 2; d_head 3; feature elu1; norm rmsnorm }
  attention linear { heads 2; d_head 4; mask strict; output off; scale 0.5 }
  norm rmsnorm; unembed tied }`},
	{"delta", `model m { vocab 11; d_model 8; context 12
  attention delta { heads 2; d_head 3; d_value 4; feature l2 }
  attention delta { heads 2; d_head 4; beta 0.3; mask strict; norm rmsnorm }
  attention softmax { heads 2; d_head 4; mask none }
  unembed }`},
	{"vectors", `model m { d_in 5; d_model 8; context 12
  attention delta { heads 2; d_head 4; scale 0.5; feature l2 }
  attention linear { heads 2; d_head 4; mask none }
  attention softmax { heads 2; d_head 4 }
  readout 3 }`},
}

// TestTraceMatchesReference: the activations a trace records are those of
// the f64 reference, for every layer and head.
func TestTraceMatchesReference(t *testing.T) {
	for _, tm := range testModels {
		t.Run(tm.name, func(t *testing.T) {
			f := newFixture(t, tm.src, 3)
			x := f.input(2, 9, 5)
			tr, err := f.mm.Run(x)
			if err != nil {
				t.Fatal(err)
			}
			ref, out := f.ref(x)
			if e := relDiff(to64(tr.Output), out); e > 1e-4 {
				t.Errorf("output: relative error %.3g", e)
			}
			for i, rl := range ref {
				lt := tr.Layers[i]
				for _, c := range []struct {
					what      string
					got       []float32
					want      []float64
					mustExist bool
				}{{"h", lt.H, rl.h, true}, {"q", lt.Q, rl.q, true}, {"k", lt.K, rl.k, true}, {"v", lt.V, rl.v, true}, {"o", lt.O, rl.o, true}, {"p", lt.P, rl.p, rl.p != nil}} {
					if !c.mustExist {
						continue
					}
					if len(c.got) != len(c.want) {
						t.Errorf("layer %d %s: %d values, want %d", i, c.what, len(c.got), len(c.want))
						continue
					}
					if e := relDiff(to64(c.got), c.want); e > 1e-4 || math.IsNaN(e) {
						t.Errorf("layer %d %s: relative error %.3g", i, c.what, e)
					}
				}
				if rl.L.Kind == dsl.Delta {
					for b := 0; b < 2; b++ {
						for h := 0; h < rl.L.Heads; h++ {
							for tt := 0; tt < 9; tt++ {
								if d := lt.BetaAt(b, h, tt) - rl.beta[(b*9+tt)*rl.L.Heads+h]; math.Abs(d) > 1e-5 {
									t.Fatalf("layer %d β[%d,%d,%d]: off by %.3g", i, b, tt, h, d)
								}
							}
						}
					}
				}
			}
		})
	}
}

// refDW is ΔW from the definition: Σ_{i∈span} v_i φ(k_i)ᵀ, or the delta
// recurrence over the span from 0. d_value × d_head row-major.
func refDW(rl refLayer, T, b, h int, sp Span) []float64 {
	L := rl.L
	dk, dv, H := L.DHead, L.DValue, L.Heads
	S := make([]float64, dv*dk)
	for t := sp.A; t < sp.B; t++ {
		k := rl.k[((b*H+h)*T+t)*dk:][:dk]
		v := rl.v[((b*H+h)*T+t)*dv:][:dv]
		if L.Kind != dsl.Delta {
			for i := 0; i < dv; i++ {
				for j := 0; j < dk; j++ {
					S[i*dk+j] += v[i] * k[j]
				}
			}
			continue
		}
		beta := rl.beta[(b*T+t)*H+h]
		e := make([]float64, dv)
		for i := 0; i < dv; i++ {
			e[i] = v[i]
			for j := 0; j < dk; j++ {
				e[i] -= S[i*dk+j] * k[j]
			}
		}
		for i := 0; i < dv; i++ {
			for j := 0; j < dk; j++ {
				S[i*dk+j] += beta * e[i] * k[j]
			}
		}
	}
	return S
}

// refRelax is the relaxation error and cosine at query t, built
// literally: W_ZSL and ΔW_vis as matrices, R = c(W_ZSL + ΔW_vis) q.
func refRelax(rl refLayer, T, b, h int, sp Span, t int) (float64, float64) {
	L := rl.L
	dk, dv, H := L.DHead, L.DValue, L.Heads
	zsl := make([]float64, dv*dk)
	dw := make([]float64, dv*dk)
	for i := 0; i < T; i++ {
		if !refVisible(L.Mask, t, i) {
			continue
		}
		k := rl.k[((b*H+h)*T+i)*dk:][:dk]
		v := rl.v[((b*H+h)*T+i)*dv:][:dv]
		dst := zsl
		if i >= sp.A && i < sp.B {
			dst = dw
		}
		for r := 0; r < dv; r++ {
			for c := 0; c < dk; c++ {
				dst[r*dk+c] += v[r] * k[c]
			}
		}
	}
	c := 1.0
	if L.Kind == dsl.Linear {
		c = L.Scale
	}
	q := rl.q[((b*H+h)*T+t)*dk:][:dk]
	F := rl.o[((b*H+h)*T+t)*dv:][:dv]
	var num, nf, nr, fr float64
	for r := 0; r < dv; r++ {
		R := 0.0
		for j := 0; j < dk; j++ {
			R += c * (zsl[r*dk+j] + dw[r*dk+j]) * q[j]
		}
		num += (F[r] - R) * (F[r] - R)
		nf += F[r] * F[r]
		nr += R * R
		fr += F[r] * R
	}
	return math.Sqrt(num / nf), fr / math.Sqrt(nf*nr)
}

// TestDualMatchesReference checks ΔW, its norm, rank and singular values,
// the queries and the relaxation errors of every head against the f64
// reference, for spans at the start, in the middle and to the end.
func TestDualMatchesReference(t *testing.T) {
	const T = 9
	for _, tm := range testModels {
		t.Run(tm.name, func(t *testing.T) {
			f := newFixture(t, tm.src, 7)
			x := f.input(2, T, 8)
			tr, err := f.mm.Run(x)
			if err != nil {
				t.Fatal(err)
			}
			ref, _ := f.ref(x)
			for _, sp := range []Span{DefaultSpan(T), {2, 5}, {0, T}, {3, 4}} {
				ds, err := Dual(tr, 1, sp)
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for _, rl := range ref {
					n += rl.L.Heads
				}
				if len(ds) != n {
					t.Fatalf("span %s: %d heads, want %d", sp, len(ds), n)
				}
				for _, d := range ds {
					rl := ref[d.Layer]
					L := rl.L
					want := refDW(rl, T, 1, d.Head, sp)
					if r, c := d.DW.Dims(); r != L.DValue || c != L.DHead {
						t.Fatalf("L%d.H%d: ΔW is %d×%d, want d_value×d_head = %d×%d", d.Layer, d.Head, r, c, L.DValue, L.DHead)
					}
					if e := relDiff(MatrixValues(d.DW), want); e > 1e-5 {
						t.Errorf("span %s L%d.H%d (%s): ΔW relative error %.3g", sp, d.Layer, d.Head, kindName(d.Kind), e)
					}
					frob := math.Sqrt(dot(want, want))
					if math.Abs(d.Frob-frob) > 1e-5*frob {
						t.Errorf("span %s L%d.H%d: ‖ΔW‖_F = %.7g, want %.7g", sp, d.Layer, d.Head, d.Frob, frob)
					}
					// Σσ² = ‖ΔW‖_F², and ΔW is a sum of |span| outer
					// products, so its rank is min(|span|, d_value, d_head)
					// for weights in general position.
					ss := 0.0
					for _, s := range d.Sing {
						ss += s * s
					}
					if math.Abs(ss-frob*frob) > 1e-6*frob*frob || len(d.Sing) != min(L.DValue, L.DHead) {
						t.Errorf("span %s L%d.H%d: singular values %v do not match ‖ΔW‖_F = %g", sp, d.Layer, d.Head, d.Sing, frob)
					}
					// The singular values of ΔW (as computed; its values
					// are checked above): σ_max² is the largest eigenvalue
					// of ΔWᵀΔW (power iteration), Σσ⁴ = ‖ΔWᵀΔW‖_F².
					dk, got := L.DHead, MatrixValues(d.DW)
					g := make([]float64, dk*dk)
					for a := 0; a < dk; a++ {
						for b := 0; b < dk; b++ {
							for r := 0; r < L.DValue; r++ {
								g[a*dk+b] += got[r*dk+a] * got[r*dk+b]
							}
						}
					}
					vec := make([]float64, dk)
					for a := range vec {
						vec[a] = 1 + float64(a)
					}
					lam := 0.0
					for it := 0; it < 2000; it++ {
						nv := make([]float64, dk)
						for a := 0; a < dk; a++ {
							for b := 0; b < dk; b++ {
								nv[a] += g[a*dk+b] * vec[b]
							}
						}
						lam = math.Sqrt(dot(nv, nv))
						for a := range nv {
							nv[a] /= lam
						}
						vec = nv
					}
					s4 := 0.0
					for _, s := range d.Sing {
						s4 += s * s * s * s
					}
					if math.Abs(d.Sing[0]-math.Sqrt(lam)) > 1e-8*d.Sing[0] || math.Abs(s4-dot(g, g)) > 1e-9*dot(g, g) {
						t.Errorf("span %s L%d.H%d: σ_max %.7g, Σσ⁴ %.7g; want %.7g, %.7g", sp, d.Layer, d.Head, d.Sing[0], s4, math.Sqrt(lam), dot(g, g))
					}
					for j := 1; j < len(d.Sing); j++ {
						if d.Sing[j] > d.Sing[j-1] {
							t.Errorf("singular values not descending: %v", d.Sing)
						}
					}
					if r := min(sp.Len(), L.DValue, L.DHead); d.Rank != r {
						t.Errorf("span %s L%d.H%d: rank %d, want %d", sp, d.Layer, d.Head, d.Rank, r)
					}
					if L.Kind == dsl.Delta {
						if d.Relax != nil || d.Queries != nil {
							t.Errorf("L%d.H%d: a delta head has no relaxation error", d.Layer, d.Head)
						}
						continue
					}
					wantQ := []int{T - 1}
					if sp.B < T {
						wantQ = nil
						for q := sp.B; q < T; q++ {
							wantQ = append(wantQ, q)
						}
					}
					if len(d.Queries) != len(wantQ) || d.Queries[0] != wantQ[0] || len(d.Relax) != len(wantQ) {
						t.Fatalf("span %s: queries %v, want %v", sp, d.Queries, wantQ)
					}
					for j, q := range d.Queries {
						e, c := refRelax(rl, T, 1, d.Head, sp, q)
						if math.Abs(d.Relax[j]-e) > 1e-4*math.Max(e, 1) || math.Abs(d.RelaxCos[j]-c) > 1e-4 {
							t.Errorf("span %s L%d.H%d query %d: relaxation %.6g (cos %.6g), want %.6g (cos %.6g)", sp, d.Layer, d.Head, q, d.Relax[j], d.RelaxCos[j], e, c)
						}
						if L.Kind == dsl.Linear && d.Relax[j] > 1e-5 {
							t.Errorf("span %s L%d.H%d query %d: linear attention is exactly (W_ZSL + ΔW)q, relaxation error %.3g", sp, d.Layer, d.Head, q, d.Relax[j])
						}
					}
				}
			}
		})
	}
}

// TestStateMatchesExported: for linear and delta heads, ΔW over [0, B)
// is the state the fused graph's dual kernels export after B tokens.
func TestStateMatchesExported(t *testing.T) {
	for _, tm := range testModels[1:] {
		t.Run(tm.name, func(t *testing.T) {
			f := newFixture(t, tm.src, 9)
			x := f.input(2, 10, 4)
			tr, err := f.mm.Run(x)
			if err != nil {
				t.Fatal(err)
			}
			ref, _ := f.ref(x)
			for _, sp := range []Span{{0, 7}, {0, 10}, {2, 7}} {
				ds, err := Dual(tr, 1, sp)
				if err != nil {
					t.Fatal(err)
				}
				if err := f.mm.CheckStates(x, 1, ds); err != nil {
					t.Fatal(err)
				}
				for _, d := range ds {
					// Only causal and strict layers become fast weights
					// (mask none has no state to export).
					mk := ref[d.Layer].L.Mask.Kind
					checked := d.Kind != dsl.Softmax && sp.A == 0 && (mk == dsl.MaskCausal || mk == dsl.MaskStrict)
					switch {
					case checked && !(d.StateErr < 1e-5):
						t.Errorf("span %s L%d.H%d (%s): ‖ΔW − S‖/‖S‖ = %.3g", sp, d.Layer, d.Head, kindName(d.Kind), d.StateErr)
					case !checked && !math.IsNaN(d.StateErr):
						t.Errorf("span %s L%d.H%d: state error %g, want NaN (not checked)", sp, d.Layer, d.Head, d.StateErr)
					}
				}
			}
		})
	}
}

func TestNumRank(t *testing.T) {
	for _, c := range []struct {
		sing       []float64
		rows, cols int
		want       int
	}{
		{[]float64{3, 2, 1}, 3, 3, 3},
		{[]float64{1, 1e-7}, 2, 2, 1}, // tol = 2·1·2⁻²³ ≈ 2.4e-7
		{[]float64{1, 3e-7}, 2, 2, 2}, // above it
		{[]float64{1, 3e-7}, 4, 2, 1}, // tol grows with max(dims)
		{[]float64{0, 0}, 2, 2, 0},    // zero matrix
		{nil, 0, 0, 0},
		{[]float64{5, 4, 5e-6, 1e-12}, 32, 8, 2}, // tol = 32·5·2⁻²³ ≈ 1.9e-5
	} {
		if got := NumRank(c.sing, c.rows, c.cols); got != c.want {
			t.Errorf("NumRank(%v, %d, %d) = %d, want %d", c.sing, c.rows, c.cols, got, c.want)
		}
	}
	// A rank-2 matrix built from two outer products.
	a := mat.NewDense(4, 5, nil)
	addOuter(a, 1, []float64{1, 2, 3, 4}, []float64{1, 0, 1, 0, 2})
	addOuter(a, 1, []float64{0, 1, 0, -1}, []float64{3, 1, 4, 1, 5})
	if r := NumRank(SingularValues(a), 4, 5); r != 2 {
		t.Errorf("rank of a sum of two outer products: %d, want 2", r)
	}
}

func TestParseSpan(t *testing.T) {
	for _, c := range []struct {
		in   string
		T    int
		want Span
		err  string
	}{
		{"", 10, Span{0, 9}, ""},
		{"", 1, Span{0, 1}, ""},
		{"2:5", 10, Span{2, 5}, ""},
		{"3:", 10, Span{3, 10}, ""},
		{":4", 10, Span{0, 4}, ""},
		{" 1 : 2 ", 10, Span{1, 2}, ""},
		{"5:5", 10, Span{}, "out of range"},
		{"4:2", 10, Span{}, "out of range"},
		{"0:11", 10, Span{}, "out of range"},
		{"-1:3", 10, Span{}, "out of range"},
		{"3", 10, Span{}, "want A:B"},
		{"a:3", 10, Span{}, "not an integer"},
		{"1:b", 10, Span{}, "not an integer"},
	} {
		got, err := ParseSpan(c.in, c.T)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseSpan(%q, %d): error %v, want one containing %q", c.in, c.T, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseSpan(%q, %d) = %v, %v; want %v", c.in, c.T, got, err, c.want)
		}
	}
}

// TestBadInputs: wrong requests are errors that say what is wrong, never
// panics.
func TestBadInputs(t *testing.T) {
	f := newFixture(t, testModels[0].src, 1)
	x := f.input(2, 6, 1)
	tr, err := f.mm.Run(x)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, err error, want string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one containing %q", what, err, want)
		}
	}
	_, err = Dual(tr, 2, Span{0, 3})
	check("sequence 2 of 2", err, "out of range")
	_, err = Dual(tr, 0, Span{0, 7})
	check("span 0:7 of 6 tokens", err, "out of range")
	_, err = f.mm.DeltaSteps(tr, 0)
	check("delta steps without delta layers", err, "no delta layer")
	_, err = f.mm.GradientStep(tr, Span{0, 5}, 0.1)
	check("gradient step on a token model", err, "not an in-context regression model")
	_, err = f.mm.Run(f.input(1, 13, 1))
	check("T beyond the context", err, "exceeds the model's context")
	vf := newFixture(t, testModels[3].src, 1)
	_, err = vf.mm.Circuits(3, false)
	check("circuits on a vector model", err, "token model")
	_, _, err = vf.mm.Repeats(3, 2, 1)
	check("repeats on a vector model", err, "token model")
	_, _, err = f.mm.Repeats(7, 2, 1)
	check("repeats beyond the context", err, "2L ≤ context")
	_, err = New(f.m, nil)
	check("no weights", err, "missing")
	_, err = ConstructGD(f.m, 0.1, 5, nil)
	check("construction on a token model", err, "not an in-context regression model")
}

// TestPatterns: softmax patterns are the probabilities, linear ones
// scale·φ(q_t)·φ(k_i) on visible keys and 0 elsewhere, delta heads have
// none.
func TestPatterns(t *testing.T) {
	const T = 7
	for _, tm := range testModels {
		f := newFixture(t, tm.src, 31)
		x := f.input(2, T, 1)
		tr, err := f.mm.Run(x)
		if err != nil {
			t.Fatal(err)
		}
		ref, _ := f.ref(x)
		for i, rl := range ref {
			L := rl.L
			for h := 0; h < L.Heads; h++ {
				got := tr.Layers[i].Pattern(1, h)
				if L.Kind == dsl.Delta {
					if got != nil {
						t.Errorf("%s L%d: a delta head has no pattern", tm.name, i)
					}
					continue
				}
				want := make([]float64, T*T)
				for q := 0; q < T; q++ {
					for k := 0; k < T; k++ {
						switch {
						case L.Kind == dsl.Softmax:
							want[q*T+k] = rl.p[((1*L.Heads+h)*T+q)*T+k]
						case refVisible(L.Mask, q, k):
							for j := 0; j < L.DHead; j++ {
								want[q*T+k] += L.Scale * rl.q[((1*L.Heads+h)*T+q)*L.DHead+j] * rl.k[((1*L.Heads+h)*T+k)*L.DHead+j]
							}
						}
					}
				}
				if e := relDiff(got, want); e > 1e-5 {
					t.Errorf("%s L%d.H%d: pattern relative error %.3g", tm.name, i, h, e)
				}
			}
		}
	}
}
