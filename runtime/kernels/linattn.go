package kernels

import "fmt"

// AttnShape gives the dimensions of a dual-form attention call:
// q, k [B,H,T,DK]; v, o [B,H,T,DV]; fast-weight state [B,H,DV,DK] (S per
// (b,h) is DV×DK row-major, always float32); delta-rule beta [B,T,H].
type AttnShape struct {
	B, H, T, DK, DV int
}

func (s AttnShape) check(kernel string, mask MaskKind) {
	needDims(kernel, s.B, s.H, s.T, s.DK, s.DV)
	if mask != MaskCausal && mask != MaskStrict {
		panic(fmt.Sprintf("kernels.%s: mask %s, want causal or strict", kernel, mask))
	}
}

func (s AttnShape) checkQKV(kernel string, q, k, v []float32) {
	n := s.B * s.H * s.T
	need(kernel, "q", q, n*s.DK)
	need(kernel, "k", k, n*s.DK)
	need(kernel, "v", v, n*s.DV)
}

func checkChunk(kernel string, chunk int) {
	if chunk < 1 {
		panic(fmt.Sprintf("kernels.%s: chunk size %d, want ≥ 1", kernel, chunk))
	}
}

// LinearAttention is sum-rule linear attention in the recurrent dual form
// (DESIGN.md "Why dual form"). Per (b,h), with S₀ = 0:
//
//	causal: S_t = S_{t−1} + v_t k_tᵀ,  o_t = scale·S_t q_t
//	strict: o_t = scale·S_{t−1} q_t,   then S_t = S_{t−1} + v_t k_tᵀ
//
// It writes o [B,H,T,DV] and, if state is not nil, the final S into state
// [B,H,DV,DK] (overwritten). It equals Scores + Mask(fill 0) + Mix (the
// parallel form) with the causal/strict mask. Cost O(T·DV·DK) per (b,h); one
// rank-1 Ger and one Gemv per token (with AVX2 and DK a multiple of 8:
// dualToken, one pass over each row of S); (b,h) pairs are split over
// workers.
func LinearAttention(o, state, q, k, v []float32, sh AttnShape, mask MaskKind, scale float32) {
	const name = "LinearAttention"
	sh.check(name, mask)
	sh.checkQKV(name, q, k, v)
	T, dk, dv := sh.T, sh.DK, sh.DV
	need(name, "o", o, sh.B*sh.H*T*dv)
	needOpt(name, "state", state, sh.B*sh.H*dv*dk)
	parallelFor(sh.B*sh.H, func(lo, hi int) {
		S := make([]float32, dv*dk)
		for bh := lo; bh < hi; bh++ {
			clear(S)
			for t := 0; t < T; t++ {
				r := bh*T + t
				qt, kt, vt, ot := q[r*dk:(r+1)*dk], k[r*dk:(r+1)*dk], v[r*dv:(r+1)*dv], o[r*dv:(r+1)*dv]
				if dualToken(S, kt, qt, vt, ot, dv, dk, 1, scale, false, mask == MaskStrict) {
					continue
				}
				if mask == MaskStrict {
					gemv(false, dv, dk, scale, S, dk, qt, 0, ot)
				}
				ger(dv, dk, 1, vt, kt, S, dk)
				if mask == MaskCausal {
					gemv(false, dv, dk, scale, S, dk, qt, 0, ot)
				}
			}
			if state != nil {
				copy(state[bh*dv*dk:(bh+1)*dv*dk], S)
			}
		}
	})
}

// LinearAttentionChunked computes the same as LinearAttention in the chunked
// dual form with chunk size chunk ≥ 1 (T need not be a multiple; the last
// chunk is short). Per chunk of c' ≤ chunk tokens, with the incoming S:
//
//	O = scale·(Q Sᵀ + (Q Kᵀ ⊙ M) V),  then S ← S + Vᵀ K
//
// where M is lower-triangular including the diagonal for causal and strictly
// lower for strict. Four Gemms per chunk; per-worker scratch is
// DV·DK + chunk² floats.
func LinearAttentionChunked(o, state, q, k, v []float32, sh AttnShape, mask MaskKind, scale float32, chunk int) {
	const name = "LinearAttentionChunked"
	sh.check(name, mask)
	sh.checkQKV(name, q, k, v)
	checkChunk(name, chunk)
	T, dk, dv := sh.T, sh.DK, sh.DV
	need(name, "o", o, sh.B*sh.H*T*dv)
	needOpt(name, "state", state, sh.B*sh.H*dv*dk)
	c := min(chunk, max(T, 1))
	parallelFor(sh.B*sh.H, func(lo, hi int) {
		S := make([]float32, dv*dk)
		P := make([]float32, c*c)
		for bh := lo; bh < hi; bh++ {
			clear(S)
			for t0 := 0; t0 < T; t0 += c {
				L := min(c, T-t0)
				r := bh*T + t0
				Q, K, V, O := q[r*dk:], k[r*dk:], v[r*dv:], o[r*dv:]
				gemm(false, true, L, dv, dk, scale, Q, dk, S, dk, 0, O, dv)
				gemm(false, true, L, L, dk, 1, Q, dk, K, dk, 0, P, L)
				maskChunk(P, L, mask)
				gemm(false, false, L, dv, L, scale, P, L, V, dv, 1, O, dv)
				gemm(true, false, dv, dk, L, 1, V, dv, K, dk, 1, S, dk)
			}
			if state != nil {
				copy(state[bh*dv*dk:(bh+1)*dv*dk], S)
			}
		}
	})
}

// maskChunk zeroes the entries of the L×L intra-chunk matrix P that the
// causal or strict mask hides (token i of the chunk sees j iff Visible).
func maskChunk(P []float32, L int, mask MaskKind) {
	for i := 0; i < L; i++ {
		_, hi := VisibleRange(mask, 0, i, L)
		clear(P[i*L+hi : (i+1)*L])
	}
}

// LinearAttentionBackward is the backward of LinearAttention (either form)
// given do [B,H,T,DV]; dq, dk [B,H,T,DK] and dv [B,H,T,DV] are OVERWRITTEN
// (each may be nil). It stores no states: a forward sweep rebuilds S_t for
// dq_t = scale·S_tᵀ do_t (S_{t−1} for strict), and a backward sweep keeps
// G_t = scale·Σ_{τ≥t} do_τ q_τᵀ (τ > t for strict), giving dv_t = G_t k_t and
// dk_t = G_tᵀ v_t. Per-worker scratch is 2·DV·DK floats.
func LinearAttentionBackward(dq, dk, dv, do, q, k, v []float32, sh AttnShape, mask MaskKind, scale float32) {
	const name = "LinearAttentionBackward"
	sh.check(name, mask)
	sh.checkQKV(name, q, k, v)
	T, nk, nv := sh.T, sh.DK, sh.DV
	n := sh.B * sh.H * T
	need(name, "do", do, n*nv)
	needOpt(name, "dq", dq, n*nk)
	needOpt(name, "dk", dk, n*nk)
	needOpt(name, "dv", dv, n*nv)
	parallelFor(sh.B*sh.H, func(lo, hi int) {
		S := make([]float32, nv*nk)
		for bh := lo; bh < hi; bh++ {
			if dq != nil {
				clear(S)
				for t := 0; t < T; t++ {
					r := bh*T + t
					dot, dqt := do[r*nv:(r+1)*nv], dq[r*nk:(r+1)*nk]
					if mask == MaskStrict {
						gemv(true, nv, nk, scale, S, nk, dot, 0, dqt)
					}
					ger(nv, nk, 1, v[r*nv:(r+1)*nv], k[r*nk:(r+1)*nk], S, nk)
					if mask == MaskCausal {
						gemv(true, nv, nk, scale, S, nk, dot, 0, dqt)
					}
				}
			}
			if dk == nil && dv == nil {
				continue
			}
			G := S
			clear(G)
			for t := T - 1; t >= 0; t-- {
				r := bh*T + t
				dot, qt := do[r*nv:(r+1)*nv], q[r*nk:(r+1)*nk]
				if mask == MaskCausal {
					ger(nv, nk, scale, dot, qt, G, nk)
				}
				if dv != nil {
					gemv(false, nv, nk, 1, G, nk, k[r*nk:(r+1)*nk], 0, dv[r*nv:(r+1)*nv])
				}
				if dk != nil {
					gemv(true, nv, nk, 1, G, nk, v[r*nv:(r+1)*nv], 0, dk[r*nk:(r+1)*nk])
				}
				if mask == MaskStrict {
					ger(nv, nk, scale, dot, qt, G, nk)
				}
			}
		}
	})
}
