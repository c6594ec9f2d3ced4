package kernels

import (
	"fmt"
	"math"
	"testing"
)

// attnShapes: T=1, odd T, H=1, d=1, B=3, T not a multiple of most chunk
// sizes, dk ≠ dv.
var attnShapes = []AttnShape{
	{B: 1, H: 1, T: 1, DK: 1, DV: 1},
	{B: 3, H: 2, T: 13, DK: 4, DV: 3},
	{B: 2, H: 1, T: 7, DK: 3, DV: 5},
	{B: 1, H: 3, T: 16, DK: 8, DV: 8},
	{B: 2, H: 2, T: 9, DK: 1, DV: 2},
	{B: 1, H: 1, T: 70, DK: 6, DV: 4},
	// d_k a multiple of 8: the recurrent forms run dualToken (AVX2) there.
	{B: 1, H: 2, T: 21, DK: 16, DV: 5},
	{B: 2, H: 1, T: 33, DK: 32, DV: 32},
}

func (s AttnShape) String() string {
	return fmt.Sprintf("B%dH%dT%dk%dv%d", s.B, s.H, s.T, s.DK, s.DV)
}

func chunkSizes(T int) []int { return []int{1, 2, 3, 5, 8, T, T + 3} }

// attnInputs returns q, k, v with k scaled so that β‖k‖² < 1 (the delta
// rule is then a contraction, as with normalised keys) and per-token β in
// [0.05, 1).
func attnInputs(seed uint64, sh AttnShape) (q, k, v, beta []float32) {
	r := newRand(seed)
	n := sh.B * sh.H * sh.T
	q = randVec(r, n*sh.DK, 1)
	k = randVec(r, n*sh.DK, 1.5/math.Sqrt(float64(sh.DK)))
	v = randVec(r, n*sh.DV, 1)
	beta = randPos(r, sh.B*sh.T*sh.H, 0.05, 1)
	return
}

func TestLinearAttentionForms(t *testing.T) {
	for _, sh := range attnShapes {
		for _, mask := range []MaskKind{MaskCausal, MaskStrict} {
			t.Run(sh.String()+"/"+mask.String(), func(t *testing.T) {
				q, k, v, _ := attnInputs(10, sh)
				scale := 1 / math.Sqrt(float64(sh.DK))
				wantO, wantS := refLinearAttn(f64(q), f64(k), f64(v), sh, mask, scale)
				BH, T := sh.B*sh.H, sh.T

				o, st := fill32NaN(BH*T*sh.DV), fill32NaN(BH*sh.DV*sh.DK)
				LinearAttention(o, st, q, k, v, sh, mask, float32(scale))
				closeTo(t, "recurrent o", o, wantO, fwdTol)
				closeTo(t, "recurrent state", st, wantS, fwdTol)
				rec := o

				for _, c := range chunkSizes(T) {
					o, st := fill32NaN(BH*T*sh.DV), fill32NaN(BH*sh.DV*sh.DK)
					LinearAttentionChunked(o, st, q, k, v, sh, mask, float32(scale), c)
					closeTo(t, fmt.Sprintf("chunked c=%d o", c), o, wantO, fwdTol)
					closeTo(t, fmt.Sprintf("chunked c=%d state", c), st, wantS, fwdTol)
					closeTo(t, fmt.Sprintf("chunked c=%d vs recurrent", c), o, f64(rec), fwdTol)
				}

				// Parallel form: Scores + Mask(fill 0) + Mix.
				s := make([]float32, BH*T*T)
				Scores(s, q, k, sh.B, sh.H, T, T, sh.DK, float32(scale))
				Mask(s, s, BH, T, T, mask, 0, FillZero)
				o = fill32NaN(BH * T * sh.DV)
				Mix(o, s, v, sh.B, sh.H, T, T, sh.DV)
				closeTo(t, "parallel o", o, wantO, fwdTol)
				closeTo(t, "parallel vs recurrent", o, f64(rec), fwdTol)

				// The final state is optional.
				LinearAttention(o, nil, q, k, v, sh, mask, float32(scale))
				LinearAttentionChunked(o, nil, q, k, v, sh, mask, float32(scale), 4)
				closeTo(t, "no state", o, wantO, fwdTol)
			})
		}
	}
}

func TestDeltaRuleForms(t *testing.T) {
	for _, sh := range attnShapes {
		for _, mask := range []MaskKind{MaskCausal, MaskStrict} {
			for _, perToken := range []bool{false, true} {
				name := sh.String() + "/" + mask.String() + "/constβ"
				if perToken {
					name = sh.String() + "/" + mask.String() + "/tokenβ"
				}
				t.Run(name, func(t *testing.T) {
					q, k, v, beta := attnInputs(11, sh)
					const bc = 0.7
					if !perToken {
						beta = nil
					}
					scale := 1 / math.Sqrt(float64(sh.DK))
					wantO, wantS := refDelta(f64(q), f64(k), f64(v), f64(beta), bc, sh, mask, scale)
					BH, T := sh.B*sh.H, sh.T

					o, st := fill32NaN(BH*T*sh.DV), fill32NaN(BH*sh.DV*sh.DK)
					DeltaRule(o, st, q, k, v, beta, bc, sh, mask, float32(scale))
					closeTo(t, "recurrent o", o, wantO, fwdTol)
					closeTo(t, "recurrent state", st, wantS, fwdTol)
					rec := o

					for _, c := range chunkSizes(T) {
						o, st := fill32NaN(BH*T*sh.DV), fill32NaN(BH*sh.DV*sh.DK)
						DeltaRuleChunked(o, st, q, k, v, beta, bc, sh, mask, float32(scale), c)
						closeTo(t, fmt.Sprintf("chunked c=%d o", c), o, wantO, fwdTol)
						closeTo(t, fmt.Sprintf("chunked c=%d state", c), st, wantS, fwdTol)
						closeTo(t, fmt.Sprintf("chunked c=%d vs recurrent", c), o, f64(rec), fwdTol)
					}
				})
			}
		}
	}
}

// With β = 1 and orthonormal keys the delta rule stores v_t exactly: reading
// with q = k_t after the write returns v_t (causal), and nothing before it
// (strict, first write). A hand-checkable case on top of the reference.
func TestDeltaRuleRecall(t *testing.T) {
	sh := AttnShape{B: 1, H: 1, T: 3, DK: 3, DV: 2}
	k := []float32{1, 0, 0, 0, 1, 0, 1, 0, 0} // third token overwrites key 0
	v := []float32{1, 2, 3, 4, 5, 6}
	q := k
	for _, form := range []string{"recurrent", "chunked"} {
		o := make([]float32, 6)
		st := make([]float32, 6)
		if form == "recurrent" {
			DeltaRule(o, st, q, k, v, nil, 1, sh, MaskCausal, 1)
		} else {
			DeltaRuleChunked(o, st, q, k, v, nil, 1, sh, MaskCausal, 1, 2)
		}
		closeTo(t, form+" o", o, []float64{1, 2, 3, 4, 5, 6}, 1e-6)
		// S = [[5,3,0],[6,4,0]] (key 0 now maps to (5,6), key 1 to (3,4)).
		closeTo(t, form+" state", st, []float64{5, 3, 0, 6, 4, 0}, 1e-6)
		if form == "recurrent" {
			DeltaRule(o, nil, q, k, v, nil, 1, sh, MaskStrict, 1)
		} else {
			DeltaRuleChunked(o, nil, q, k, v, nil, 1, sh, MaskStrict, 1, 2)
		}
		closeTo(t, form+" strict o", o, []float64{0, 0, 0, 0, 1, 2}, 1e-6)
	}
}
