package inspect

import (
	"math"
	"math/cmplx"
	"testing"

	"github.com/hopf-ml/hopf/dsl"
	"gonum.org/v1/gonum/mat"
	"gorgonia.org/tensor"
)

// Circuit test models: pre-norms and final norms (whose scales fold into
// the circuits), untied and tied unembeddings, a layer without W_O.
var circuitModels = []string{
	`model c { vocab 9; d_model 6; context 10
  attention softmax { heads 2; d_head 3; d_value 2; norm rmsnorm }
  attention linear { heads 1; d_head 2; d_value 6; output off; norm layernorm }
  attention softmax { heads 3; d_head 2; d_value 3 }
  norm layernorm; unembed }`,
	`model t { vocab 7; d_model 4; context 10; position none
  attention softmax { heads 2; d_head 2 }
  attention delta { heads 1; d_head 4; beta 0.5 }
  unembed tied }`,
}

// refHead holds a head's matrices as plain arrays: W_Q,h·diag(g),
// W_K,h·diag(g) [dk,D], W_V,h·diag(g) [dv,D], W_O,h [D,dv].
type refHead struct{ q, k, v, o []float64 }

func (f *fixture) refHead(L dsl.Layer, h int) refHead {
	D, dk, dv := f.m.DModel, L.DHead, L.DValue
	p := "L" + itoa(L.Index) + "."
	g := make([]float64, D)
	for i := range g {
		g[i] = 1
		if L.Norm != dsl.NormNone {
			g[i] = f.w64[p+"norm.weight"][i]
		}
	}
	var r refHead
	rows := func(w string, n int) []float64 {
		out := make([]float64, n*D)
		for i := 0; i < n; i++ {
			for j := 0; j < D; j++ {
				out[i*D+j] = f.w64[p+w][(h*n+i)*D+j] * g[j]
			}
		}
		return out
	}
	r.q, r.k, r.v = rows("w_q", dk), rows("w_k", dk), rows("w_v", dv)
	r.o = make([]float64, D*dv)
	for d := 0; d < D; d++ {
		for j := 0; j < dv; j++ {
			if L.Output {
				r.o[d*dv+j] = f.w64[p+"w_o"][d*L.Heads*dv+h*dv+j]
			} else if d == h*dv+j {
				r.o[d*dv+j] = 1
			}
		}
	}
	return r
}

// refUnembed is W_U·diag(g_final) [V, D].
func (f *fixture) refUnembed() []float64 {
	name := "unembed"
	if f.m.Readout.Tied {
		name = "tok_embed"
	}
	D := f.m.DModel
	u := append([]float64(nil), f.w64[name]...)
	if f.m.FinalNorm != dsl.NormNone {
		for i := range u {
			u[i] *= f.w64["norm_f.weight"][i%D]
		}
	}
	return u
}

// TestCircuitsMatchReference: QK and OV from the formulas with loops, the
// top entries, and the eigenvalue copying score against the eigenvalues of
// the full vocab×vocab OV matrix (the package uses the d_value×d_value
// reduction) and its trace.
func TestCircuitsMatchReference(t *testing.T) {
	for _, src := range circuitModels {
		f := newFixture(t, src, 13)
		V, D := f.m.Vocab, f.m.DModel
		E := f.w64["tok_embed"]
		U := f.refUnembed()
		cs, err := f.mm.Circuits(4, true)
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		for _, L := range f.m.Layers {
			for h := 0; h < L.Heads; h++ {
				c := cs[i]
				i++
				if c.Layer != L.Index || c.Head != h {
					t.Fatalf("circuit %d is L%d.H%d, want L%d.H%d", i, c.Layer, c.Head, L.Index, h)
				}
				r := f.refHead(L, h)
				dk, dv := L.DHead, L.DValue
				qk := make([]float64, V*V)
				ov := make([]float64, V*V)
				for a := 0; a < V; a++ {
					for b := 0; b < V; b++ {
						// QK[a,b] = Σ_j (W_Q e_a)_j (W_K e_b)_j
						for j := 0; j < dk; j++ {
							qa, kb := 0.0, 0.0
							for d := 0; d < D; d++ {
								qa += r.q[j*D+d] * E[a*D+d]
								kb += r.k[j*D+d] * E[b*D+d]
							}
							qk[a*V+b] += qa * kb
						}
						// OV[a,b] = Σ_d U[a,d] (W_O W_V e_b)_d
						for d := 0; d < D; d++ {
							s := 0.0
							for j := 0; j < dv; j++ {
								vb := 0.0
								for d2 := 0; d2 < D; d2++ {
									vb += r.v[j*D+d2] * E[b*D+d2]
								}
								s += r.o[d*dv+j] * vb
							}
							ov[a*V+b] += U[a*D+d] * s
						}
					}
				}
				if e := relDiff(MatrixValues(c.QK), qk); e > 1e-10 {
					t.Errorf("L%d.H%d: QK relative error %.3g", L.Index, h, e)
				}
				if e := relDiff(MatrixValues(c.OV), ov); e > 1e-10 {
					t.Errorf("L%d.H%d: OV relative error %.3g", L.Index, h, e)
				}
				// Top entries: descending, the largest of the matrix first.
				mx, at := math.Inf(-1), 0
				for k, v := range ov {
					if v > mx {
						mx, at = v, k
					}
				}
				if len(c.TopOV) != 4 || c.TopOV[0].Row != at/V || c.TopOV[0].Col != at%V || math.Abs(c.TopOV[0].Val-mx) > 1e-10 {
					t.Errorf("L%d.H%d: top OV %v, want the largest entry (%d,%d) = %g first", L.Index, h, c.TopOV, at/V, at%V, mx)
				}
				for k := 1; k < len(c.TopOV); k++ {
					if c.TopOV[k].Val > c.TopOV[k-1].Val {
						t.Errorf("L%d.H%d: top OV not descending: %v", L.Index, h, c.TopOV)
					}
				}
				// Eigenvalues of the full matrix.
				var eig mat.Eigen
				if !eig.Factorize(mat.NewDense(V, V, ov), mat.EigenNone) {
					t.Fatal("eigen decomposition failed")
				}
				full := eig.Values(nil)
				var re, abs, tr float64
				for _, l := range full {
					re += real(l)
					abs += cmplx.Abs(l)
				}
				for a := 0; a < V; a++ {
					tr += ov[a*V+a]
				}
				if math.Abs(c.CopyEig-re/abs) > 1e-8 {
					t.Errorf("L%d.H%d: copying score %.10g, full eigenvalues give %.10g", L.Index, h, c.CopyEig, re/abs)
				}
				sum := 0.0
				for _, l := range c.Eig {
					sum += real(l)
				}
				if len(c.Eig) != dv || math.Abs(sum-tr) > 1e-9*math.Max(1, math.Abs(tr)) {
					t.Errorf("L%d.H%d: %d eigenvalues summing to %g, want d_value = %d and tr(OV) = %g", L.Index, h, len(c.Eig), sum, dv, tr)
				}
			}
		}
	}
}

// TestTopEntriesStreamed: top entries found block by block (the path for
// large vocabularies) equal those of the whole matrix.
func TestTopEntriesStreamed(t *testing.T) {
	f := newFixture(t, circuitModels[0], 23)
	whole, err := f.mm.Circuits(6, true)
	if err != nil {
		t.Fatal(err)
	}
	defer func(b int) { productBlock = b }(productBlock)
	productBlock = 20 // two rows of 9 at a time
	streamed, err := f.mm.Circuits(6, false)
	if err != nil {
		t.Fatal(err)
	}
	for i := range whole {
		for _, p := range [][2][]Entry{{whole[i].TopQK, streamed[i].TopQK}, {whole[i].TopOV, streamed[i].TopOV}} {
			if len(p[0]) != 6 || len(p[1]) != 6 {
				t.Fatalf("head %d: %d and %d entries, want 6", i, len(p[0]), len(p[1]))
			}
			for j := range p[0] {
				if p[0][j].Row != p[1][j].Row || p[0][j].Col != p[1][j].Col || math.Abs(p[0][j].Val-p[1][j].Val) > 1e-12 {
					t.Errorf("head %d entry %d: streamed %v, whole %v", i, j, p[1][j], p[0][j])
				}
			}
		}
	}
	if m := TopEntries(mat.NewDense(2, 2, []float64{1, 3, 3, 2}), 3); len(m) != 3 || m[0] != (Entry{0, 1, 3}) || m[1] != (Entry{1, 0, 3}) || m[2] != (Entry{1, 1, 2}) {
		t.Errorf("TopEntries: %v, want (0,1) 3, (1,0) 3, (1,1) 2", m)
	}
}

// TestCopyingScoreSign: a head whose OV circuit is c·I (tok_embed = I,
// W_V = I, W_O = c·I, unembed = I) scores sign(c).
func TestCopyingScoreSign(t *testing.T) {
	m, err := dsl.Load("m.hopf", []byte(`model m { vocab 5; d_model 5; context 4; position none
	  attention softmax { heads 1; d_head 5 }; unembed }`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []float64{2, -3} {
		eye := func(s float64) *tensor.Dense {
			d := make([]float32, 25)
			for i := 0; i < 5; i++ {
				d[i*6] = float32(s)
			}
			return tensor.New(tensor.WithShape(5, 5), tensor.WithBacking(d))
		}
		w := map[string]*tensor.Dense{"tok_embed": eye(1), "L0.w_q": eye(1), "L0.w_k": eye(1), "L0.w_v": eye(1), "L0.w_o": eye(c), "unembed": eye(1)}
		mm, err := New(m, w)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := mm.Circuits(5, false)
		if err != nil {
			t.Fatal(err)
		}
		if want := math.Copysign(1, c); math.Abs(cs[0].CopyEig-want) > 1e-12 {
			t.Errorf("OV = %g·I: copying score %g, want %g", c, cs[0].CopyEig, want)
		}
		if cs[0].QK != nil || cs[0].OV != nil {
			t.Error("matrices kept without keep")
		}
	}
	if s := CopyingScore(nil); s != 0 {
		t.Errorf("CopyingScore(no eigenvalues) = %g, want 0", s)
	}
	if s := CopyingScore([]complex128{complex(1, 1), complex(1, -1), -2}); math.Abs(s-0) > 1e-15 {
		t.Errorf("CopyingScore(1±i, −2) = %g, want 0", s)
	}
}

// TestCompositionsMatchReference forms W_OV = W_O W_V and W_QK = W_Qᵀ W_K
// as d_model×d_model matrices with loops and computes the scores from
// their definition.
func TestCompositionsMatchReference(t *testing.T) {
	for _, src := range circuitModels {
		f := newFixture(t, src, 17)
		D := f.m.DModel
		type full struct{ ov, qk []float64 }
		per := map[[2]int]full{}
		for _, L := range f.m.Layers {
			for h := 0; h < L.Heads; h++ {
				r := f.refHead(L, h)
				ov, qk := make([]float64, D*D), make([]float64, D*D)
				for a := 0; a < D; a++ {
					for b := 0; b < D; b++ {
						for j := 0; j < L.DValue; j++ {
							ov[a*D+b] += r.o[a*L.DValue+j] * r.v[j*D+b]
						}
						for j := 0; j < L.DHead; j++ {
							qk[a*D+b] += r.q[j*D+a] * r.k[j*D+b]
						}
					}
				}
				per[[2]int{L.Index, h}] = full{ov, qk}
			}
		}
		mul := func(x []float64, tx bool, y []float64) []float64 {
			z := make([]float64, D*D)
			for i := 0; i < D; i++ {
				for j := 0; j < D; j++ {
					for k := 0; k < D; k++ {
						xik := x[i*D+k]
						if tx {
							xik = x[k*D+i]
						}
						z[i*D+j] += xik * y[k*D+j]
					}
				}
			}
			return z
		}
		fro := func(x []float64) float64 { return math.Sqrt(dot(x, x)) }
		cs := f.mm.Compositions()
		n := 0
		for l := 0; l+1 < len(f.m.Layers); l++ {
			n += f.m.Layers[l].Heads * f.m.Layers[l+1].Heads
		}
		if len(cs) != n {
			t.Fatalf("%d compositions, want %d", len(cs), n)
		}
		for _, c := range cs {
			A, B := per[[2]int{c.LayerA, c.HeadA}], per[[2]int{c.LayerB, c.HeadB}]
			if c.LayerB != c.LayerA+1 {
				t.Errorf("composition of layers %d and %d: want consecutive layers", c.LayerA, c.LayerB)
			}
			q := fro(mul(B.qk, true, A.ov)) / (fro(B.qk) * fro(A.ov))
			k := fro(mul(B.qk, false, A.ov)) / (fro(B.qk) * fro(A.ov))
			v := fro(mul(B.ov, false, A.ov)) / (fro(B.ov) * fro(A.ov))
			if math.Abs(c.Q-q) > 1e-9 || math.Abs(c.K-k) > 1e-9 || math.Abs(c.V-v) > 1e-9 {
				t.Errorf("L%d.H%d → L%d.H%d: Q %g K %g V %g, want %g %g %g", c.LayerA, c.HeadA, c.LayerB, c.HeadB, c.Q, c.K, c.V, q, k, v)
			}
		}
	}
}

// TestRepeatsMatchReference: prefix-matching and copying scores from the
// reference's attention and head outputs on the same repeated sequences.
func TestRepeatsMatchReference(t *testing.T) {
	f := newFixture(t, circuitModels[0], 19)
	const L, N = 4, 3
	scores, tr, err := f.mm.Repeats(L, N, 5)
	if err != nil {
		t.Fatal(err)
	}
	x := RepeatTokens(f.m.Vocab, L, N, 5)
	ids := x.Data().([]int32)
	for b := 0; b < N; b++ {
		seen := map[int32]bool{}
		for i := 0; i < L; i++ {
			if ids[b*2*L+i] != ids[b*2*L+L+i] || seen[ids[b*2*L+i]] {
				t.Fatalf("sequence %d: %v is not L distinct tokens repeated", b, ids[b*2*L:(b+1)*2*L])
			}
			seen[ids[b*2*L+i]] = true
		}
	}
	if tr.T != 2*L || tr.B != N {
		t.Fatalf("trace is %d×%d, want %d×%d", tr.B, tr.T, N, 2*L)
	}
	ref, _ := f.ref(x)
	U := f.refUnembed()
	V, D, T := f.m.Vocab, f.m.DModel, 2*L
	i := 0
	for _, Ly := range f.m.Layers {
		if Ly.Kind != dsl.Softmax {
			continue
		}
		rl := ref[Ly.Index]
		for h := 0; h < Ly.Heads; h++ {
			s := scores[i]
			i++
			r := f.refHead(Ly, h)
			dv := Ly.DValue
			var pm, cp float64
			for b := 0; b < N; b++ {
				for t := L; t < T; t++ {
					P := func(k int) float64 { return rl.p[((b*Ly.Heads+h)*T+t)*T+k] }
					pm += P(t-L+1) / float64(N*L)
					o := rl.o[((b*Ly.Heads+h)*T+t)*dv:][:dv]
					logit := make([]float64, V)
					for a := 0; a < V; a++ {
						for d := 0; d < D; d++ {
							for j := 0; j < dv; j++ {
								logit[a] += U[a*D+d] * r.o[d*dv+j] * o[j]
							}
						}
					}
					mu, sd := 0.0, 0.0
					for _, l := range logit {
						mu += l / float64(V)
					}
					for _, l := range logit {
						sd += (l - mu) * (l - mu) / float64(V)
					}
					sd = math.Sqrt(sd)
					for k := 0; k < T; k++ {
						cp += P(k) * (logit[ids[b*T+k]] - mu) / sd / float64(N*L)
					}
				}
			}
			if s.Layer != Ly.Index || s.Head != h || math.Abs(s.PrefixMatch-pm) > 1e-5 || math.Abs(s.Copying-cp) > 1e-4*math.Max(1, math.Abs(cp)) {
				t.Errorf("L%d.H%d: prefix %.6g copying %.6g, want L%d.H%d %.6g %.6g", s.Layer, s.Head, s.PrefixMatch, s.Copying, Ly.Index, h, pm, cp)
			}
		}
	}
	if i != len(scores) {
		t.Errorf("%d scores, want one per softmax head (%d)", len(scores), i)
	}
}

// TestInductionHeadScores: a hand-built two-layer induction circuit — a
// previous-token head in layer 0 and, in layer 1, a head whose key reads
// the previous token and whose OV copies — has a prefix-matching score
// near 1, a copying score above 1 standard deviation, OV eigenvalue score
// 1 and K-composition with the previous-token head, which itself scores
// about 0 on prefix matching.
func TestInductionHeadScores(t *testing.T) {
	// The residual stream: [token one-hot (V) | position one-hot (C) | previous token (V)].
	const V, C = 6, 12
	D := 2*V + C
	src := `model ind { vocab 6; d_model 24; context 12
  attention softmax { heads 1; d_head 12; d_value 6; scale 1 }
  attention softmax { heads 1; d_head 6; d_value 6; scale 1 }
  unembed }`
	m, err := dsl.Load("ind.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	z := func(r, c int) []float32 { return make([]float32, r*c) }
	tok, pos := z(V, D), z(C, D)
	for a := 0; a < V; a++ {
		tok[a*D+a] = 1
	}
	for p := 0; p < C; p++ {
		pos[p*D+V+p] = 1
	}
	// Layer 0: query at position p matches key at position p−1 (strongly);
	// its value is the token, written into the "previous token" block.
	q0, k0, v0, o0 := z(C, D), z(C, D), z(V, D), z(D, V)
	for p := 0; p < C; p++ {
		q0[p*D+V+p] = 20
		if p > 0 {
			k0[p*D+V+p-1] = 1
		}
	}
	for a := 0; a < V; a++ {
		v0[a*D+a] = 1
		o0[(V+C+a)*V+a] = 1
	}
	// Layer 1: query = current token, key = previous token block; OV copies.
	q1, k1, v1, o1 := z(V, D), z(V, D), z(V, D), z(D, V)
	for a := 0; a < V; a++ {
		q1[a*D+a] = 20
		k1[a*D+V+C+a] = 1
		v1[a*D+a] = 1
		o1[a*V+a] = 1
	}
	un := z(V, D)
	for a := 0; a < V; a++ {
		un[a*D+a] = 1
	}
	dense := func(d []float32, s ...int) *tensor.Dense {
		return tensor.New(tensor.WithShape(s...), tensor.WithBacking(d))
	}
	w := map[string]*tensor.Dense{
		"tok_embed": dense(tok, V, D), "pos_embed": dense(pos, C, D), "unembed": dense(un, V, D),
		"L0.w_q": dense(q0, C, D), "L0.w_k": dense(k0, C, D), "L0.w_v": dense(v0, V, D), "L0.w_o": dense(o0, D, V),
		"L1.w_q": dense(q1, V, D), "L1.w_k": dense(k1, V, D), "L1.w_v": dense(v1, V, D), "L1.w_o": dense(o1, D, V),
	}
	mm, err := New(m, w)
	if err != nil {
		t.Fatal(err)
	}
	scores, _, err := mm.Repeats(V, 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	// Position 0's previous-token head can only read itself, so key 0 also
	// carries r_0 as its "previous token": at t = L the induction head
	// splits its attention between keys 0 and 1, and the score is
	// (5 + ½)/6 = 0.9167.
	ind := scores[1]
	if math.Abs(ind.PrefixMatch-5.5/6) > 1e-3 || ind.Copying < 1 {
		t.Errorf("induction head: prefix matching %.4g, copying %.4g; want 5.5/6 and > 1", ind.PrefixMatch, ind.Copying)
	}
	if prev := scores[0]; prev.PrefixMatch > 0.05 {
		t.Errorf("previous-token head: prefix matching %.4g, want ≈ 0", prev.PrefixMatch)
	}
	cs, err := mm.Circuits(3, false)
	if err != nil {
		t.Fatal(err)
	}
	if cs[1].CopyEig < 0.999 {
		t.Errorf("induction head OV = I: copying score %g, want 1", cs[1].CopyEig)
	}
	comp := mm.Compositions()
	if comp[0].K < 0.3 || comp[0].K < 2*comp[0].Q {
		t.Errorf("previous-token → induction head: K-composition %.3g should dominate Q-composition %.3g", comp[0].K, comp[0].Q)
	}
}
