package inspect

// An f64 reference written from the formulas with plain loops, straight
// from the checked dsl.Model: it shares no code with the lowering, the
// kernels or the package under test, and records what every layer
// computed so the tests can rebuild each figure independently.

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"gorgonia.org/tensor"
)

type refWeights map[string][]float64

// refLayer is one layer's activations: h [B,T,D], q/k [B,H,T,dk] after φ,
// v/o [B,H,T,dv], p [B,H,T,T] (softmax), beta [B,T,H] (delta).
type refLayer struct {
	L             dsl.Layer
	h, q, k, v, o []float64
	p, beta       []float64
}

// fixture is a model with random weights in f32 (for the code under test)
// and the same values in f64 (for the reference).
type fixture struct {
	m   *dsl.Model
	w   cpu.Weights
	w64 refWeights
	mm  *Model
}

func newFixture(t *testing.T, src string, seed uint64) *fixture {
	t.Helper()
	m, err := dsl.Load("m.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	g, err := compiler.Compile(m, compiler.Options{StopAfter: "dce"})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	f := &fixture{m: m, w: cpu.Weights{}, w64: refWeights{}}
	for _, wt := range g.Weights {
		var shape []int
		n := 1
		for _, d := range wt.Type.Shape {
			shape = append(shape, d.N)
			n *= d.N
		}
		d32 := make([]float32, n)
		d64 := make([]float64, n)
		for i := range d32 {
			if len(shape) == 1 { // norm weights near 1
				d32[i] = float32(1 + 0.3*r.NormFloat64())
			} else {
				d32[i] = float32(r.NormFloat64() / math.Sqrt(float64(shape[1])))
			}
			d64[i] = float64(d32[i])
		}
		f.w[wt.Name] = tensor.New(tensor.WithShape(shape...), tensor.WithBacking(d32))
		f.w64[wt.Name] = d64
	}
	if f.mm, err = New(m, f.w); err != nil {
		t.Fatal(err)
	}
	return f
}

// input returns a random batch: tokens or vectors U(−½, ½).
func (f *fixture) input(B, T int, seed uint64) *tensor.Dense {
	r := rand.New(rand.NewPCG(seed, 2))
	if f.m.Input == dsl.InputTokens {
		ids := make([]int32, B*T)
		for i := range ids {
			ids[i] = int32(r.IntN(f.m.Vocab))
		}
		return tensor.New(tensor.WithShape(B, T), tensor.WithBacking(ids))
	}
	xs := make([]float32, B*T*f.m.DIn)
	for i := range xs {
		xs[i] = float32(r.Float64() - 0.5)
	}
	return tensor.New(tensor.WithShape(B, T, f.m.DIn), tensor.WithBacking(xs))
}

// matT computes y[r] = W x[r] for W [out,in].
func matT(x []float64, rows, in int, w []float64, out int) []float64 {
	y := make([]float64, rows*out)
	for r := 0; r < rows; r++ {
		for o := 0; o < out; o++ {
			s := 0.0
			for i := 0; i < in; i++ {
				s += w[o*in+i] * x[r*in+i]
			}
			y[r*out+o] = s
		}
	}
	return y
}

func refNorm(kind dsl.NormKind, x []float64, rows, n int, w, b []float64) []float64 {
	if kind == dsl.NormNone {
		return append([]float64(nil), x...)
	}
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		row := x[r*n : (r+1)*n]
		if kind == dsl.NormLayer {
			mu, vr := 0.0, 0.0
			for _, v := range row {
				mu += v
			}
			mu /= float64(n)
			for _, v := range row {
				vr += (v - mu) * (v - mu)
			}
			vr /= float64(n)
			for i, v := range row {
				y[r*n+i] = (v-mu)/math.Sqrt(vr+1e-5)*w[i] + b[i]
			}
		} else {
			ms := 0.0
			for _, v := range row {
				ms += v * v
			}
			ms /= float64(n)
			for i, v := range row {
				y[r*n+i] = v / math.Sqrt(ms+1e-6) * w[i]
			}
		}
	}
	return y
}

func refVisible(m dsl.Mask, t, i int) bool {
	switch m.Kind {
	case dsl.MaskCausal:
		return i <= t
	case dsl.MaskStrict:
		return i < t
	case dsl.MaskWindow:
		return i <= t && i > t-m.Window
	}
	return true
}

func refPhi(f dsl.FeatureMap, x []float64) []float64 {
	y := make([]float64, len(x))
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	for i, v := range x {
		switch f {
		case dsl.FeatureL2:
			y[i] = v / math.Sqrt(s+1e-6)
		case dsl.FeatureELU1:
			if v > 0 {
				y[i] = v + 1
			} else {
				y[i] = math.Exp(v)
			}
		default:
			y[i] = v
		}
	}
	return y
}

// refRun runs the model in f64 on tokens [B,T] or vectors x [B,T,d_in] and
// returns every layer's activations and the output [B,T,out].
func refRun(m *dsl.Model, w refWeights, tokens []int32, xin []float64, B, T int) ([]refLayer, []float64) {
	D := m.DModel
	rows := B * T
	var x []float64
	switch m.Embed {
	case dsl.EmbedToken:
		x = make([]float64, rows*D)
		for r, id := range tokens {
			copy(x[r*D:(r+1)*D], w["tok_embed"][int(id)*D:(int(id)+1)*D])
		}
	case dsl.EmbedLinear:
		x = matT(xin, rows, m.DIn, w["in_proj"], D)
	default:
		x = append([]float64(nil), xin...)
	}
	if m.Position == dsl.PosLearned {
		for r := 0; r < rows; r++ {
			for d := 0; d < D; d++ {
				x[r*D+d] += w["pos_embed"][(r%T)*D+d]
			}
		}
	}
	var layers []refLayer
	for _, L := range m.Layers {
		p := "L" + itoa(L.Index) + "."
		H, dk, dv := L.Heads, L.DHead, L.DValue
		rl := refLayer{L: L}
		rl.h = refNorm(L.Norm, x, rows, D, w[p+"norm.weight"], w[p+"norm.bias"])
		q := matT(rl.h, rows, D, w[p+"w_q"], H*dk)
		k := matT(rl.h, rows, D, w[p+"w_k"], H*dk)
		v := matT(rl.h, rows, D, w[p+"w_v"], H*dv)
		if L.Kind == dsl.Delta {
			rl.beta = make([]float64, rows*H)
			if L.Beta.Learned {
				bl := matT(rl.h, rows, D, w[p+"w_beta"], H)
				for i := range bl {
					rl.beta[i] = 1 / (1 + math.Exp(-bl[i]))
				}
			} else {
				for i := range rl.beta {
					rl.beta[i] = L.Beta.Value
				}
			}
		}
		// Per head [B,H,T,d], with φ applied to q and k (linear, delta).
		rl.q, rl.k = make([]float64, B*H*T*dk), make([]float64, B*H*T*dk)
		rl.v, rl.o = make([]float64, B*H*T*dv), make([]float64, B*H*T*dv)
		if L.Kind == dsl.Softmax {
			rl.p = make([]float64, B*H*T*T)
		}
		for b := 0; b < B; b++ {
			for hd := 0; hd < H; hd++ {
				for t := 0; t < T; t++ {
					r := b*T + t
					qv := append([]float64(nil), q[r*H*dk+hd*dk:r*H*dk+(hd+1)*dk]...)
					kv := append([]float64(nil), k[r*H*dk+hd*dk:r*H*dk+(hd+1)*dk]...)
					if L.Kind != dsl.Softmax {
						qv, kv = refPhi(L.Feature, qv), refPhi(L.Feature, kv)
					}
					at := ((b*H+hd)*T + t)
					copy(rl.q[at*dk:], qv)
					copy(rl.k[at*dk:], kv)
					copy(rl.v[at*dv:], v[r*H*dv+hd*dv:r*H*dv+(hd+1)*dv])
				}
				Q := func(t int) []float64 { return rl.q[((b*H+hd)*T+t)*dk:][:dk] }
				K := func(t int) []float64 { return rl.k[((b*H+hd)*T+t)*dk:][:dk] }
				V := func(t int) []float64 { return rl.v[((b*H+hd)*T+t)*dv:][:dv] }
				O := func(t int) []float64 { return rl.o[((b*H+hd)*T+t)*dv:][:dv] }
				switch L.Kind {
				case dsl.Softmax, dsl.Linear:
					for t := 0; t < T; t++ {
						sc := make([]float64, T)
						mx := math.Inf(-1)
						for i := 0; i < T; i++ {
							for j := 0; j < dk; j++ {
								sc[i] += Q(t)[j] * K(i)[j]
							}
							sc[i] *= L.Scale
							if refVisible(L.Mask, t, i) {
								mx = math.Max(mx, sc[i])
							}
						}
						for i := 0; i < T; i++ {
							if !refVisible(L.Mask, t, i) {
								sc[i] = 0
							} else if L.Kind == dsl.Softmax {
								sc[i] = math.Exp(sc[i] - mx)
							}
						}
						if L.Kind == dsl.Softmax {
							z := 0.0
							for _, s := range sc {
								z += s
							}
							for i := range sc {
								sc[i] /= z
								rl.p[((b*H+hd)*T+t)*T+i] = sc[i]
							}
						}
						for i := 0; i < T; i++ {
							for j := 0; j < dv; j++ {
								O(t)[j] += sc[i] * V(i)[j]
							}
						}
					}
				case dsl.Delta:
					S := make([]float64, dv*dk)
					read := func(t int) {
						for j := 0; j < dv; j++ {
							s := 0.0
							for i := 0; i < dk; i++ {
								s += S[j*dk+i] * Q(t)[i]
							}
							O(t)[j] = L.Scale * s
						}
					}
					for t := 0; t < T; t++ {
						if L.Mask.Kind == dsl.MaskStrict {
							read(t)
						}
						e := make([]float64, dv)
						for j := 0; j < dv; j++ {
							e[j] = V(t)[j]
							for i := 0; i < dk; i++ {
								e[j] -= S[j*dk+i] * K(t)[i]
							}
						}
						bt := rl.beta[(b*T+t)*H+hd]
						for j := 0; j < dv; j++ {
							for i := 0; i < dk; i++ {
								S[j*dk+i] += bt * e[j] * K(t)[i]
							}
						}
						if L.Mask.Kind == dsl.MaskCausal {
							read(t)
						}
					}
				}
			}
		}
		// merge heads, W_O, residual
		om := make([]float64, rows*H*dv)
		for b := 0; b < B; b++ {
			for hd := 0; hd < H; hd++ {
				for t := 0; t < T; t++ {
					copy(om[(b*T+t)*H*dv+hd*dv:], rl.o[((b*H+hd)*T+t)*dv:][:dv])
				}
			}
		}
		y := om
		if L.Output {
			y = matT(om, rows, H*dv, w[p+"w_o"], D)
		}
		if L.Residual {
			for i := range x {
				x[i] += y[i]
			}
		} else {
			x = y
		}
		layers = append(layers, rl)
	}
	x = refNorm(m.FinalNorm, x, rows, D, w["norm_f.weight"], w["norm_f.bias"])
	switch {
	case m.Readout.Kind == dsl.ReadoutLinear:
		return layers, matT(x, rows, D, w["readout"], m.Readout.DOut)
	case m.Readout.Tied:
		return layers, matT(x, rows, D, w["tok_embed"], m.Vocab)
	default:
		return layers, matT(x, rows, D, w["unembed"], m.Vocab)
	}
}

// ref runs the reference on the fixture's input x.
func (f *fixture) ref(x *tensor.Dense) ([]refLayer, []float64) {
	B, T := x.Shape()[0], x.Shape()[1]
	switch d := x.Data().(type) {
	case []int32:
		return refRun(f.m, f.w64, d, nil, B, T)
	case []float32:
		xs := make([]float64, len(d))
		for i, v := range d {
			xs[i] = float64(v)
		}
		return refRun(f.m, f.w64, nil, xs, B, T)
	}
	panic("input type")
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// relDiff is ‖got − want‖ / ‖want‖ (absolute when want is 0).
func relDiff(got, want []float64) float64 {
	var num, den float64
	for i := range want {
		num += (got[i] - want[i]) * (got[i] - want[i])
		den += want[i] * want[i]
	}
	if den == 0 {
		return math.Sqrt(num)
	}
	return math.Sqrt(num / den)
}

func to64(x []float32) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = float64(v)
	}
	return y
}
