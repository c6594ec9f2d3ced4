package kernels

// Float64 references written straight from the formulas with plain nested
// loops, and test helpers. Nothing here calls the kernels' code (only their
// exported types for arguments): masks, softmax, norms and the attention
// forms are re-derived from their definitions.

import (
	"math"
	"math/rand/v2"
	"testing"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)) }

// randVec returns n uniform values in [−scale, scale).
func randVec(r *rand.Rand, n int, scale float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32((2*r.Float64() - 1) * scale)
	}
	return x
}

// randPos returns n uniform values in [lo, hi).
func randPos(r *rand.Rand, n int, lo, hi float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(lo + (hi-lo)*r.Float64())
	}
	return x
}

func f64(x []float32) []float64 {
	if x == nil {
		return nil
	}
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = float64(v)
	}
	return y
}

// fill returns n copies of v (garbage to prove outputs are overwritten).
func fill(n int, v float32) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = v
	}
	return x
}

// closeTo checks ‖got−want‖/‖want‖ ≤ rel and max|got−want| ≤ 4·rel·max|want|
// over the whole tensor; NaN anywhere fails. An all-zero want needs an
// all-zero got.
func closeTo(t *testing.T, what string, got []float32, want []float64, rel float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	var num, den, maxd, maxw float64
	worst := -1
	for i, g := range got {
		d := float64(g) - want[i]
		if math.IsNaN(d) && !(math.IsInf(want[i], 0) && float64(g) == want[i]) {
			t.Fatalf("%s: element %d is %v, want %v", what, i, g, want[i])
		}
		if math.IsInf(want[i], 0) {
			if float64(g) != want[i] {
				t.Fatalf("%s: element %d is %v, want %v", what, i, g, want[i])
			}
			continue
		}
		num += d * d
		den += want[i] * want[i]
		if math.Abs(d) > maxd {
			maxd, worst = math.Abs(d), i
		}
		maxw = math.Max(maxw, math.Abs(want[i]))
	}
	if den == 0 {
		if num != 0 {
			t.Errorf("%s: want all zeros, max |got| = %g at %d", what, maxd, worst)
		}
		return
	}
	r := math.Sqrt(num / den)
	if !(r <= rel) || !(maxd <= 4*rel*maxw) {
		t.Errorf("%s: relative error %.3g (max abs %.3g at %d: got %v want %v, max |want| %.3g), tolerance %.g",
			what, r, maxd, worst, got[worst], want[worst], maxw, rel)
	}
}

// fdGrad returns ∂loss/∂x by central differences with step h, perturbing x
// in place (and restoring it).
func fdGrad(x []float64, h float64, loss func() float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		x0 := x[i]
		x[i] = x0 + h
		lp := loss()
		x[i] = x0 - h
		lm := loss()
		x[i] = x0
		g[i] = (lp - lm) / (2 * h)
	}
	return g
}

func dotF64(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// fdTol is the relative tolerance of gradient checks. The brief asked for
// 1e-3; the worst error measured over all checks is ~1.2e-6 (float32
// rounding in the kernels; the float64 central differences are good to
// ~1e-9), so 1e-4 keeps a 100× margin and catches more mistakes.
const fdTol = 1e-4

// fdCheck compares the float32 gradient got with the central-difference
// gradient of loss = Σ out(x)·dy taken on the float64 reference.
func fdCheck(t *testing.T, what string, got []float32, x []float64, dy []float64, ref func() []float64) {
	t.Helper()
	want := fdGrad(x, 1e-5, func() float64 { return dotF64(ref(), dy) })
	closeTo(t, what, got, want, fdTol)
}

// --- references ---------------------------------------------------------

func refLinear(x, w []float64, rows, K, N int) []float64 {
	y := make([]float64, rows*N)
	for r := 0; r < rows; r++ {
		for n := 0; n < N; n++ {
			var s float64
			for k := 0; k < K; k++ {
				s += x[r*K+k] * w[n*K+k]
			}
			y[r*N+n] = s
		}
	}
	return y
}

func refEmbed(ids []int32, table []float64, D int) []float64 {
	y := make([]float64, len(ids)*D)
	for p, id := range ids {
		for j := 0; j < D; j++ {
			y[p*D+j] = table[int(id)*D+j]
		}
	}
	return y
}

func refEmbedPos(x, table []float64, B, T, D int) []float64 {
	y := make([]float64, B*T*D)
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			for j := 0; j < D; j++ {
				y[(b*T+t)*D+j] = x[(b*T+t)*D+j] + table[t*D+j]
			}
		}
	}
	return y
}

// refSplit maps [B,T,H·d] to [B,H,T,d].
func refSplit(x []float64, B, T, H, d int) []float64 {
	y := make([]float64, len(x))
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			for h := 0; h < H; h++ {
				for j := 0; j < d; j++ {
					y[((b*H+h)*T+t)*d+j] = x[(b*T+t)*H*d+h*d+j]
				}
			}
		}
	}
	return y
}

func refMerge(x []float64, B, T, H, d int) []float64 {
	y := make([]float64, len(x))
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			for h := 0; h < H; h++ {
				for j := 0; j < d; j++ {
					y[(b*T+t)*H*d+h*d+j] = x[((b*H+h)*T+t)*d+j]
				}
			}
		}
	}
	return y
}

func refElu1(x []float64) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		if v > 0 {
			y[i] = v + 1
		} else {
			y[i] = math.Exp(v)
		}
	}
	return y
}

func refSigmoid(x []float64) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = 1 / (1 + math.Exp(-v))
	}
	return y
}

// refVisible is the mask definition from the op table, written out again.
func refVisible(kind MaskKind, W, t, i int) bool {
	switch kind {
	case MaskCausal:
		return i <= t
	case MaskStrict:
		return i < t
	case MaskNone:
		return true
	case MaskWindow:
		return t-W < i && i <= t
	}
	panic("bad kind")
}

func refScores(q, k []float64, BH, T, S, d int, scale float64) []float64 {
	s := make([]float64, BH*T*S)
	for bh := 0; bh < BH; bh++ {
		for t := 0; t < T; t++ {
			for i := 0; i < S; i++ {
				var a float64
				for j := 0; j < d; j++ {
					a += q[(bh*T+t)*d+j] * k[(bh*S+i)*d+j]
				}
				s[(bh*T+t)*S+i] = scale * a
			}
		}
	}
	return s
}

func refMask(x []float64, BH, T, S int, kind MaskKind, W int, fill float64) []float64 {
	y := make([]float64, len(x))
	for bh := 0; bh < BH; bh++ {
		for t := 0; t < T; t++ {
			for i := 0; i < S; i++ {
				p := (bh*T+t)*S + i
				if refVisible(kind, W, t, i) {
					y[p] = x[p]
				} else {
					y[p] = fill
				}
			}
		}
	}
	return y
}

// refSoftmax: y_i = exp(x_i) / Σ_j exp(x_j), evaluated as exp(x_i − m)/Σ
// with m the row max; a row of −∞ is all zeros by definition.
func refSoftmax(x []float64, rows, n int) []float64 {
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		m := math.Inf(-1)
		for j := 0; j < n; j++ {
			m = math.Max(m, x[r*n+j])
		}
		if math.IsInf(m, -1) {
			continue
		}
		var s float64
		for j := 0; j < n; j++ {
			s += math.Exp(x[r*n+j] - m)
		}
		for j := 0; j < n; j++ {
			y[r*n+j] = math.Exp(x[r*n+j]-m) / s
		}
	}
	return y
}

func refMix(p, v []float64, BH, T, S, dv int) []float64 {
	o := make([]float64, BH*T*dv)
	for bh := 0; bh < BH; bh++ {
		for t := 0; t < T; t++ {
			for j := 0; j < dv; j++ {
				var a float64
				for i := 0; i < S; i++ {
					a += p[(bh*T+t)*S+i] * v[(bh*S+i)*dv+j]
				}
				o[(bh*T+t)*dv+j] = a
			}
		}
	}
	return o
}

func refLayerNorm(x, w, b []float64, rows, n int, eps float64) []float64 {
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		var mu, v float64
		for j := 0; j < n; j++ {
			mu += x[r*n+j]
		}
		mu /= float64(n)
		for j := 0; j < n; j++ {
			v += (x[r*n+j] - mu) * (x[r*n+j] - mu)
		}
		v /= float64(n)
		for j := 0; j < n; j++ {
			y[r*n+j] = (x[r*n+j]-mu)/math.Sqrt(v+eps)*w[j] + b[j]
		}
	}
	return y
}

func refRMSNorm(x, w []float64, rows, n int, eps float64) []float64 {
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		var ms float64
		for j := 0; j < n; j++ {
			ms += x[r*n+j] * x[r*n+j]
		}
		ms /= float64(n)
		for j := 0; j < n; j++ {
			y[r*n+j] = x[r*n+j] / math.Sqrt(ms+eps) * w[j]
		}
	}
	return y
}

// refLinearAttn is linear attention by its definition (no state):
// o_t = scale·Σ_{i visible to t} v_i (k_iᵀ q_t); the final state is
// Σ_i v_i k_iᵀ.
func refLinearAttn(q, k, v []float64, sh AttnShape, mask MaskKind, scale float64) (o, state []float64) {
	T, dk, dv := sh.T, sh.DK, sh.DV
	BH := sh.B * sh.H
	o = make([]float64, BH*T*dv)
	state = make([]float64, BH*dv*dk)
	for bh := 0; bh < BH; bh++ {
		for t := 0; t < T; t++ {
			for i := 0; i < T; i++ {
				if !refVisible(mask, 0, t, i) {
					continue
				}
				var kq float64
				for j := 0; j < dk; j++ {
					kq += k[(bh*T+i)*dk+j] * q[(bh*T+t)*dk+j]
				}
				for j := 0; j < dv; j++ {
					o[(bh*T+t)*dv+j] += scale * kq * v[(bh*T+i)*dv+j]
				}
			}
		}
		for i := 0; i < T; i++ {
			for a := 0; a < dv; a++ {
				for c := 0; c < dk; c++ {
					state[(bh*dv+a)*dk+c] += v[(bh*T+i)*dv+a] * k[(bh*T+i)*dk+c]
				}
			}
		}
	}
	return o, state
}

// refDelta is the delta rule token by token with explicit matrices:
// S_t = S_{t−1} + β_t (v_t − S_{t−1} k_t) k_tᵀ, o_t = scale·S_t q_t (causal)
// or scale·S_{t−1} q_t (strict). beta [B,T,H] or the constant when nil.
func refDelta(q, k, v, beta []float64, betaConst float64, sh AttnShape, mask MaskKind, scale float64) (o, state []float64) {
	T, dk, dv, H := sh.T, sh.DK, sh.DV, sh.H
	o = make([]float64, sh.B*H*T*dv)
	state = make([]float64, sh.B*H*dv*dk)
	for b := 0; b < sh.B; b++ {
		for h := 0; h < H; h++ {
			bh := b*H + h
			S := make([][]float64, dv)
			for a := range S {
				S[a] = make([]float64, dk)
			}
			out := func(t int) {
				for a := 0; a < dv; a++ {
					var s float64
					for c := 0; c < dk; c++ {
						s += S[a][c] * q[(bh*T+t)*dk+c]
					}
					o[(bh*T+t)*dv+a] = scale * s
				}
			}
			for t := 0; t < T; t++ {
				if mask == MaskStrict {
					out(t)
				}
				bt := betaConst
				if beta != nil {
					bt = beta[(b*T+t)*H+h]
				}
				kt := k[(bh*T+t)*dk : (bh*T+t+1)*dk]
				u := make([]float64, dv)
				for a := 0; a < dv; a++ {
					var sk float64
					for c := 0; c < dk; c++ {
						sk += S[a][c] * kt[c]
					}
					u[a] = bt * (v[(bh*T+t)*dv+a] - sk)
				}
				for a := 0; a < dv; a++ {
					for c := 0; c < dk; c++ {
						S[a][c] += u[a] * kt[c]
					}
				}
				if mask == MaskCausal {
					out(t)
				}
			}
			for a := 0; a < dv; a++ {
				copy(state[(bh*dv+a)*dk:], S[a])
			}
		}
	}
	return o, state
}
