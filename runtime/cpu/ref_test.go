package cpu

// An f64 reference of a whole model, written from the formulas with plain
// loops straight from the checked dsl.Model — it shares no code with the
// lowering, the IR or the kernels, so agreement means all of them are right.

import (
	"math"

	"github.com/hopf-ml/hopf/dsl"
)

type refWeights map[string][]float64

// refInput is one batch: token ids [B,T] or vectors [B,T,d_in].
type refInput struct {
	B, T   int
	tokens []int32
	x      []float64
}

// matT computes y[r] = W x[r] for W [out,in] over rows of x.
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
		return x
	}
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		row := x[r*n : (r+1)*n]
		if kind == dsl.NormLayer {
			mean, vr := 0.0, 0.0
			for _, v := range row {
				mean += v
			}
			mean /= float64(n)
			for _, v := range row {
				vr += (v - mean) * (v - mean)
			}
			vr /= float64(n)
			for i, v := range row {
				y[r*n+i] = (v-mean)/math.Sqrt(vr+1e-5)*w[i] + b[i]
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

func visible(m dsl.Mask, t, i int) bool {
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

// phiVec applies the feature map to one head vector.
func phiVec(f dsl.FeatureMap, x []float64) []float64 {
	y := make([]float64, len(x))
	if f == dsl.FeatureL2 {
		s := 0.0
		for _, v := range x {
			s += v * v
		}
		for i, v := range x {
			y[i] = v / math.Sqrt(s+1e-6)
		}
		return y
	}
	for i, v := range x {
		y[i] = phi(f, v)
	}
	return y
}

func phi(f dsl.FeatureMap, x float64) float64 {
	if f == dsl.FeatureELU1 {
		if x > 0 {
			return x + 1
		}
		return math.Exp(x)
	}
	return x
}

// refForward returns the model output [B,T,out] in f64.
func refForward(m *dsl.Model, w refWeights, in refInput) []float64 {
	B, T, D := in.B, in.T, m.DModel
	rows := B * T
	var x []float64
	switch m.Embed {
	case dsl.EmbedToken:
		x = make([]float64, rows*D)
		for r, id := range in.tokens {
			copy(x[r*D:(r+1)*D], w["tok_embed"][int(id)*D:(int(id)+1)*D])
		}
	case dsl.EmbedLinear:
		x = matT(in.x, rows, m.DIn, w["in_proj"], D)
	case dsl.EmbedIdentity:
		x = append([]float64(nil), in.x...)
	}
	if m.Position == dsl.PosLearned {
		for b := 0; b < B; b++ {
			for t := 0; t < T; t++ {
				for d := 0; d < D; d++ {
					x[(b*T+t)*D+d] += w["pos_embed"][t*D+d]
				}
			}
		}
	}
	for _, L := range m.Layers {
		p := "L" + itoa(L.Index) + "."
		h := refNorm(L.Norm, x, rows, D, w[p+"norm.weight"], w[p+"norm.bias"])
		H, dk, dv := L.Heads, L.DHead, L.DValue
		q := matT(h, rows, D, w[p+"w_q"], H*dk)
		k := matT(h, rows, D, w[p+"w_k"], H*dk)
		v := matT(h, rows, D, w[p+"w_v"], H*dv)
		var beta []float64
		if L.Kind == dsl.Delta && L.Beta.Learned {
			beta = matT(h, rows, D, w[p+"w_beta"], H)
			for i := range beta {
				beta[i] = 1 / (1 + math.Exp(-beta[i]))
			}
		}
		o := make([]float64, rows*H*dv)
		for b := 0; b < B; b++ {
			for hd := 0; hd < H; hd++ {
				Q := func(t, j int) float64 { return q[(b*T+t)*H*dk+hd*dk+j] }
				K := func(t, j int) float64 { return k[(b*T+t)*H*dk+hd*dk+j] }
				Vv := func(t, j int) float64 { return v[(b*T+t)*H*dv+hd*dv+j] }
				out := func(t, j int) *float64 { return &o[(b*T+t)*H*dv+hd*dv+j] }
				if L.Kind != dsl.Softmax {
					// φ per head vector, precomputed for every token.
					fq, fk := make([][]float64, T), make([][]float64, T)
					for t := 0; t < T; t++ {
						qv, kv := make([]float64, dk), make([]float64, dk)
						for j := 0; j < dk; j++ {
							qv[j], kv[j] = Q(t, j), K(t, j)
						}
						fq[t], fk[t] = phiVec(L.Feature, qv), phiVec(L.Feature, kv)
					}
					Q = func(t, j int) float64 { return fq[t][j] }
					K = func(t, j int) float64 { return fk[t][j] }
				}
				switch L.Kind {
				case dsl.Softmax, dsl.Linear:
					for t := 0; t < T; t++ {
						sc := make([]float64, T)
						mx := math.Inf(-1)
						for i := 0; i < T; i++ {
							for j := 0; j < dk; j++ {
								sc[i] += Q(t, j) * K(i, j)
							}
							sc[i] *= L.Scale
							if visible(L.Mask, t, i) && sc[i] > mx {
								mx = sc[i]
							}
						}
						if L.Kind == dsl.Softmax {
							z := 0.0
							for i := range sc {
								if visible(L.Mask, t, i) {
									sc[i] = math.Exp(sc[i] - mx)
									z += sc[i]
								}
							}
							for i := range sc {
								sc[i] /= z
							}
						}
						for i := 0; i < T; i++ {
							if !visible(L.Mask, t, i) {
								continue
							}
							for j := 0; j < dv; j++ {
								*out(t, j) += sc[i] * Vv(i, j)
							}
						}
					}
				case dsl.Delta:
					S := make([]float64, dv*dk) // S[j][i]: d_v × d_k
					read := func(t int) {
						for j := 0; j < dv; j++ {
							s := 0.0
							for i := 0; i < dk; i++ {
								s += S[j*dk+i] * Q(t, i)
							}
							*out(t, j) = L.Scale * s
						}
					}
					for t := 0; t < T; t++ {
						if L.Mask.Kind == dsl.MaskStrict {
							read(t)
						}
						bt := L.Beta.Value
						if beta != nil {
							bt = beta[(b*T+t)*H+hd]
						}
						e := make([]float64, dv)
						for j := 0; j < dv; j++ {
							e[j] = Vv(t, j)
							for i := 0; i < dk; i++ {
								e[j] -= S[j*dk+i] * K(t, i)
							}
						}
						for j := 0; j < dv; j++ {
							for i := 0; i < dk; i++ {
								S[j*dk+i] += bt * e[j] * K(t, i)
							}
						}
						if L.Mask.Kind == dsl.MaskCausal {
							read(t)
						}
					}
				}
			}
		}
		y := o
		if L.Output {
			y = matT(o, rows, H*dv, w[p+"w_o"], D)
		}
		if L.Residual {
			for i := range x {
				x[i] += y[i]
			}
		} else {
			x = y
		}
	}
	x = refNorm(m.FinalNorm, x, rows, D, w["norm_f.weight"], w["norm_f.bias"])
	switch {
	case m.Readout.Kind == dsl.ReadoutLinear:
		return matT(x, rows, D, w["readout"], m.Readout.DOut)
	case m.Readout.Tied:
		return matT(x, rows, D, w["tok_embed"], m.Vocab)
	default:
		return matT(x, rows, D, w["unembed"], m.Vocab)
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
