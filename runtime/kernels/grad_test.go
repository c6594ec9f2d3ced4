package kernels

import (
	"fmt"
	"math"
	"testing"
)

// Backward kernels are checked against central differences (h = 1e-5) of
// loss = Σ out·dy taken on the float64 reference forward, tolerance fdTol.
// Gradients documented as overwritten start as NaN garbage; accumulated
// weight gradients start from random values that are subtracted again.

func sub(got, prior []float32) []float32 {
	d := make([]float32, len(got))
	for i := range got {
		d[i] = got[i] - prior[i]
	}
	return d
}

func TestLinearBackward(t *testing.T) {
	for _, c := range []struct{ rows, K, N int }{{1, 1, 1}, {7, 5, 3}, {20, 4, 6}} {
		t.Run(fmt.Sprintf("%dx%dx%d", c.rows, c.K, c.N), func(t *testing.T) {
			r := newRand(20)
			x, w, dy := randVec(r, c.rows*c.K, 1), randVec(r, c.N*c.K, 1), randVec(r, c.rows*c.N, 1)
			dx := fill32NaN(len(x))
			prior := randVec(r, len(w), 1)
			dw := append([]float32(nil), prior...)
			LinearBackward(dx, dw, dy, x, w, c.rows, c.K, c.N)
			x64, w64, dy64 := f64(x), f64(w), f64(dy)
			ref := func() []float64 { return refLinear(x64, w64, c.rows, c.K, c.N) }
			fdCheck(t, "dx", dx, x64, dy64, ref)
			fdCheck(t, "dw (accumulated)", sub(dw, prior), w64, dy64, ref)
		})
	}
}

func TestEmbedBackward(t *testing.T) {
	r := newRand(21)
	V, D := 7, 3
	table := randVec(r, V*D, 1)
	ids := []int32{2, 0, 2, 6, 2, 1} // repeated id 2
	dy := randVec(r, len(ids)*D, 1)
	prior := randVec(r, V*D, 1)
	dtable := append([]float32(nil), prior...)
	if err := EmbedBackward(dtable, dy, ids, V, D); err != nil {
		t.Fatal(err)
	}
	t64 := f64(table)
	fdCheck(t, "dtable (accumulated)", sub(dtable, prior), t64, f64(dy), func() []float64 { return refEmbed(ids, t64, D) })
	// Large enough to run in parallel over the vocabulary.
	V, D = 50, 64
	ids = make([]int32, 1000)
	for i := range ids {
		ids[i] = int32(r.IntN(V))
	}
	dy = randVec(r, len(ids)*D, 1)
	dtable = make([]float32, V*D)
	if err := EmbedBackward(dtable, dy, ids, V, D); err != nil {
		t.Fatal(err)
	}
	want := make([]float64, V*D)
	for p, id := range ids {
		for j := 0; j < D; j++ {
			want[int(id)*D+j] += float64(dy[p*D+j])
		}
	}
	closeTo(t, "large scatter-add", dtable, want, fwdTol)
}

func TestEmbedPosBackward(t *testing.T) {
	r := newRand(22)
	B, T, D, ctx := 3, 4, 2, 6
	x, table, dy := randVec(r, B*T*D, 1), randVec(r, ctx*D, 1), randVec(r, B*T*D, 1)
	dx := fill32NaN(len(x))
	prior := randVec(r, len(table), 1)
	dt := append([]float32(nil), prior...)
	if err := EmbedPosBackward(dx, dt, dy, B, T, D, ctx); err != nil {
		t.Fatal(err)
	}
	x64, t64, dy64 := f64(x), f64(table), f64(dy)
	refT := func() []float64 {
		// pad the reference to the whole table: rows ≥ T get no gradient
		return refEmbedPos(x64, t64[:T*D], B, T, D)
	}
	fdCheck(t, "dx", dx, x64, dy64, refT)
	got := sub(dt, prior)
	fdCheck(t, "dtable[0:T] (accumulated)", got[:T*D], t64[:T*D], dy64, refT)
	closeTo(t, "dtable[T:]", got[T*D:], make([]float64, (ctx-T)*D), 0)
}

func TestSplitMergeBackward(t *testing.T) {
	r := newRand(23)
	B, T, H, d := 2, 3, 2, 2
	n := B * T * H * d
	x, dy := randVec(r, n, 1), randVec(r, n, 1)
	x64, dy64 := f64(x), f64(dy)
	dx := fill32NaN(n)
	MergeHeads(dx, dy, B, T, H, d) // backward of SplitHeads
	fdCheck(t, "split dx", dx, x64, dy64, func() []float64 { return refSplit(x64, B, T, H, d) })
	SplitHeads(dx, dy, B, T, H, d) // backward of MergeHeads
	fdCheck(t, "merge dx", dx, x64, dy64, func() []float64 { return refMerge(x64, B, T, H, d) })
}

func TestElementwiseBackward(t *testing.T) {
	r := newRand(24)
	n := 40
	x, dy := randVec(r, n, 4), randVec(r, n, 1)
	x64, dy64 := f64(x), f64(dy)
	dx := fill32NaN(n)
	Elu1Backward(dx, x, dy)
	fdCheck(t, "elu1", dx, x64, dy64, func() []float64 { return refElu1(x64) })
	y := make([]float32, n)
	Sigmoid(y, x)
	dx = fill32NaN(n)
	SigmoidBackward(dx, y, dy)
	fdCheck(t, "sigmoid", dx, x64, dy64, func() []float64 { return refSigmoid(x64) })
	b := randVec(r, n, 1)
	b64 := f64(b)
	da, db := fill32NaN(n), fill32NaN(n)
	AddBackward(da, db, dy)
	add := func() []float64 {
		s := make([]float64, n)
		for i := range s {
			s[i] = x64[i] + b64[i]
		}
		return s
	}
	fdCheck(t, "add da", da, x64, dy64, add)
	fdCheck(t, "add db", db, b64, dy64, add)
}

func TestScoresMixBackward(t *testing.T) {
	for _, s := range []struct{ B, H, T, S, d int }{{1, 1, 1, 1, 1}, {2, 2, 3, 4, 2}, {3, 1, 5, 5, 3}} {
		t.Run(fmt.Sprintf("%v", s), func(t *testing.T) {
			r := newRand(25)
			BH := s.B * s.H
			q, k := randVec(r, BH*s.T*s.d, 1), randVec(r, BH*s.S*s.d, 1)
			ds := randVec(r, BH*s.T*s.S, 1)
			const scale = 0.37
			dq, dk := fill32NaN(len(q)), fill32NaN(len(k))
			ScoresBackward(dq, dk, ds, q, k, s.B, s.H, s.T, s.S, s.d, scale)
			q64, k64, ds64 := f64(q), f64(k), f64(ds)
			ref := func() []float64 { return refScores(q64, k64, BH, s.T, s.S, s.d, scale) }
			fdCheck(t, "dq", dq, q64, ds64, ref)
			fdCheck(t, "dk", dk, k64, ds64, ref)

			dv := s.d + 1
			p, v, do := randVec(r, BH*s.T*s.S, 1), randVec(r, BH*s.S*dv, 1), randVec(r, BH*s.T*dv, 1)
			dp, dvv := fill32NaN(len(p)), fill32NaN(len(v))
			MixBackward(dp, dvv, do, p, v, s.B, s.H, s.T, s.S, dv)
			p64, v64, do64 := f64(p), f64(v), f64(do)
			refM := func() []float64 { return refMix(p64, v64, BH, s.T, s.S, dv) }
			fdCheck(t, "dp", dp, p64, do64, refM)
			fdCheck(t, "dv", dvv, v64, do64, refM)
		})
	}
}

func TestMaskSoftmaxBackward(t *testing.T) {
	for _, m := range maskCases {
		t.Run(m.String(), func(t *testing.T) {
			r := newRand(26)
			BH, T := 2, 5
			S := T
			x, dy := randVec(r, BH*T*S, 3), randVec(r, BH*T*S, 1)
			x64, dy64 := f64(x), f64(dy)
			n := len(x)

			dx := fill32NaN(n)
			MaskBackward(dx, dy, BH, T, S, m.kind, m.window)
			fdCheck(t, "mask(fill 0)", dx, x64, dy64, func() []float64 { return refMask(x64, BH, T, S, m.kind, m.window, 0) })

			// softmax alone
			y := make([]float32, n)
			Softmax(y, x, BH*T, S)
			dx = fill32NaN(n)
			SoftmaxBackward(dx, dy, y, BH*T, S)
			fdCheck(t, "softmax", dx, x64, dy64, func() []float64 { return refSoftmax(x64, BH*T, S) })

			// softmax ∘ mask(−∞), unfused and fused; rows without keys
			// (strict t=0) must give zero gradients.
			ref := func() []float64 {
				return refSoftmax(refMask(x64, BH, T, S, m.kind, m.window, math.Inf(-1)), BH*T, S)
			}
			Mask(y, x, BH, T, S, m.kind, m.window, FillNegInf)
			Softmax(y, y, BH*T, S)
			g := make([]float32, n)
			SoftmaxBackward(g, dy, y, BH*T, S)
			dx = fill32NaN(n)
			MaskBackward(dx, g, BH, T, S, m.kind, m.window)
			fdCheck(t, "softmax∘mask", dx, x64, dy64, ref)
			MaskedSoftmax(y, x, BH, T, S, m.kind, m.window)
			dx = fill32NaN(n)
			SoftmaxBackward(dx, dy, y, BH*T, S)
			fdCheck(t, "masked softmax", dx, x64, dy64, ref)
		})
	}
}

func TestNormBackward(t *testing.T) {
	for _, c := range []struct{ rows, n int }{{1, 2}, {3, 5}, {20, 4}} {
		t.Run(fmt.Sprintf("%dx%d", c.rows, c.n), func(t *testing.T) {
			r := newRand(27)
			x := randVec(r, c.rows*c.n, 2)
			w, b, dy := randVec(r, c.n, 1), randVec(r, c.n, 1), randVec(r, c.rows*c.n, 1)
			const eps = 1e-3
			x64, w64, b64, dy64 := f64(x), f64(w), f64(b), f64(dy)

			dx := fill32NaN(len(x))
			pw, pb := randVec(r, c.n, 1), randVec(r, c.n, 1)
			dw, db := append([]float32(nil), pw...), append([]float32(nil), pb...)
			LayerNormBackward(dx, dw, db, dy, x, w, c.rows, c.n, eps)
			ln := func() []float64 { return refLayerNorm(x64, w64, b64, c.rows, c.n, eps) }
			fdCheck(t, "layernorm dx", dx, x64, dy64, ln)
			fdCheck(t, "layernorm dweight (accumulated)", sub(dw, pw), w64, dy64, ln)
			fdCheck(t, "layernorm dbias (accumulated)", sub(db, pb), b64, dy64, ln)

			dx = fill32NaN(len(x))
			dw = append([]float32(nil), pw...)
			RMSNormBackward(dx, dw, dy, x, w, c.rows, c.n, eps)
			rms := func() []float64 { return refRMSNorm(x64, w64, c.rows, c.n, eps) }
			fdCheck(t, "rmsnorm dx", dx, x64, dy64, rms)
			fdCheck(t, "rmsnorm dweight (accumulated)", sub(dw, pw), w64, dy64, rms)

			// in place: dx may be dy
			g := append([]float32(nil), dy...)
			RMSNormBackward(g, nil, g, x, w, c.rows, c.n, eps)
			fdCheck(t, "rmsnorm dx in place", g, x64, dy64, rms)
			g = append([]float32(nil), dy...)
			LayerNormBackward(g, nil, nil, g, x, w, c.rows, c.n, eps)
			fdCheck(t, "layernorm dx in place", g, x64, dy64, ln)
		})
	}
	// Many rows: the weight-gradient reduction runs over several parts.
	r := newRand(28)
	rows, n := 300, 3
	x, w, dy := randVec(r, rows*n, 2), randVec(r, n, 1), randVec(r, rows*n, 1)
	dw, db := make([]float32, n), make([]float32, n)
	LayerNormBackward(nil, dw, db, dy, x, w, rows, n, 1e-3)
	x64, w64, b64 := f64(x), f64(w), make([]float64, n)
	ln := func() []float64 { return refLayerNorm(x64, w64, b64, rows, n, 1e-3) }
	fdCheck(t, "layernorm dweight, 300 rows", dw, w64, f64(dy), ln)
	fdCheck(t, "layernorm dbias, 300 rows", db, b64, f64(dy), ln)
}

var gradAttnShapes = []AttnShape{
	{B: 1, H: 1, T: 1, DK: 2, DV: 2},
	{B: 2, H: 2, T: 6, DK: 3, DV: 2},
	{B: 1, H: 2, T: 5, DK: 1, DV: 3},
	{B: 1, H: 1, T: 10, DK: 3, DV: 2}, // delta: 3 checkpoint segments, short last
	{B: 3, H: 1, T: 17, DK: 2, DV: 2},
}

func TestLinearAttentionBackward(t *testing.T) {
	for _, sh := range gradAttnShapes {
		for _, mask := range []MaskKind{MaskCausal, MaskStrict} {
			t.Run(sh.String()+"/"+mask.String(), func(t *testing.T) {
				q, k, v, _ := attnInputs(30, sh)
				do := randVec(newRand(31), len(v), 1)
				const scale = 0.6
				dq, dk, dv := fill32NaN(len(q)), fill32NaN(len(k)), fill32NaN(len(v))
				LinearAttentionBackward(dq, dk, dv, do, q, k, v, sh, mask, scale)
				q64, k64, v64, do64 := f64(q), f64(k), f64(v), f64(do)
				ref := func() []float64 { o, _ := refLinearAttn(q64, k64, v64, sh, mask, scale); return o }
				fdCheck(t, "dq", dq, q64, do64, ref)
				fdCheck(t, "dk", dk, k64, do64, ref)
				fdCheck(t, "dv", dv, v64, do64, ref)
			})
		}
	}
}

func TestDeltaRuleBackward(t *testing.T) {
	for _, sh := range gradAttnShapes {
		for _, mask := range []MaskKind{MaskCausal, MaskStrict} {
			for _, perToken := range []bool{true, false} {
				name := sh.String() + "/" + mask.String() + "/tokenβ"
				if !perToken {
					name = sh.String() + "/" + mask.String() + "/constβ"
				}
				t.Run(name, func(t *testing.T) {
					q, k, v, beta := attnInputs(32, sh)
					const bc = 0.8
					var dbeta []float32
					if perToken {
						dbeta = fill32NaN(len(beta))
					} else {
						beta = nil
					}
					do := randVec(newRand(33), len(v), 1)
					const scale = 0.6
					dq, dk, dv := fill32NaN(len(q)), fill32NaN(len(k)), fill32NaN(len(v))
					DeltaRuleBackward(dq, dk, dv, dbeta, do, q, k, v, beta, bc, sh, mask, scale)
					q64, k64, v64, b64, do64 := f64(q), f64(k), f64(v), f64(beta), f64(do)
					ref := func() []float64 {
						o, _ := refDelta(q64, k64, v64, b64, bc, sh, mask, scale)
						return o
					}
					fdCheck(t, "dq", dq, q64, do64, ref)
					fdCheck(t, "dk", dk, k64, do64, ref)
					fdCheck(t, "dv", dv, v64, do64, ref)
					if perToken {
						fdCheck(t, "dβ", dbeta, b64, do64, ref)
					}
				})
			}
		}
	}
}
