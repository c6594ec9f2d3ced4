package kernels

import (
	"fmt"
	"math"
)

// betaAt returns β for token t of head h in batch b: beta [B,T,H], or the
// constant when beta is nil.
func betaAt(beta []float32, betaConst float32, sh AttnShape, b, h, t int) float32 {
	if beta == nil {
		return betaConst
	}
	return beta[(b*sh.T+t)*sh.H+h]
}

func checkBeta(kernel string, beta []float32, sh AttnShape) {
	needOpt(kernel, "beta", beta, sh.B*sh.T*sh.H)
}

// deltaStep applies one delta-rule update in place:
// e = v − S k (written to e), S += β e kᵀ.
func deltaStep(S, e, kt, vt []float32, beta float32, dv, dk int) {
	copy(e, vt)
	gemv(false, dv, dk, -1, S, dk, kt, 1, e)
	ger(dv, dk, beta, e, kt, S, dk)
}

// DeltaRule is delta-rule attention in the recurrent dual form. Per (b,h),
// with S₀ = 0 and β_t = beta[b,t,h] (or betaConst when beta is nil):
//
//	S_t = S_{t−1} + β_t (v_t − S_{t−1} k_t) k_tᵀ
//	causal: o_t = scale·S_t q_t      strict: o_t = scale·S_{t−1} q_t
//
// It writes o [B,H,T,DV] and, if state is not nil, the final S into state
// [B,H,DV,DK] (overwritten). Two Gemv and one Ger per token (with AVX2 and
// DK a multiple of 8: dualToken, two passes over each row of S); (b,h)
// pairs are split over workers; scratch DV·DK + DV floats per worker.
func DeltaRule(o, state, q, k, v, beta []float32, betaConst float32, sh AttnShape, mask MaskKind, scale float32) {
	const name = "DeltaRule"
	sh.check(name, mask)
	sh.checkQKV(name, q, k, v)
	checkBeta(name, beta, sh)
	T, dk, dv := sh.T, sh.DK, sh.DV
	need(name, "o", o, sh.B*sh.H*T*dv)
	needOpt(name, "state", state, sh.B*sh.H*dv*dk)
	parallelFor(sh.B*sh.H, func(lo, hi int) {
		S := make([]float32, dv*dk)
		e := make([]float32, dv)
		for bh := lo; bh < hi; bh++ {
			b, h := bh/sh.H, bh%sh.H
			clear(S)
			for t := 0; t < T; t++ {
				r := bh*T + t
				qt, ot := q[r*dk:(r+1)*dk], o[r*dv:(r+1)*dv]
				bt := betaAt(beta, betaConst, sh, b, h, t)
				if dualToken(S, k[r*dk:(r+1)*dk], qt, v[r*dv:(r+1)*dv], ot, dv, dk, bt, scale, true, mask == MaskStrict) {
					continue
				}
				if mask == MaskStrict {
					gemv(false, dv, dk, scale, S, dk, qt, 0, ot)
				}
				deltaStep(S, e, k[r*dk:(r+1)*dk], v[r*dv:(r+1)*dv], bt, dv, dk)
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

// DeltaRuleChunked computes the same as DeltaRule in the chunked WY form
// (as in flash-linear-attention) with chunk size chunk ≥ 1; T need not be a
// multiple, the last chunk is short. For a chunk of c' ≤ chunk tokens with
// Q, K (c'×DK), V (c'×DV), β (c') and the incoming S:
//
//	A  = −strict_lower(diag(β) K Kᵀ),  Tc = (I − A)⁻¹ (forward substitution)
//	W  = Tc diag(β) K,  U = Tc diag(β) V,  V' = U − W Sᵀ
//	O  = scale·(Q Sᵀ + (Q Kᵀ ⊙ M) V'),  then S ← S + V'ᵀ K
//
// Row i of V' is the delta-rule correction u_i = β_i (v_i − S_{i−1} k_i), so
// S after token i of the chunk is S + Σ_{j≤i} u_j k_jᵀ. Hence M is
// lower-triangular including the diagonal for causal (o_i reads S after
// token i) and strictly lower for strict (o_i reads S before token i); V'
// and the state update are the same for both. Per-worker scratch is
// DV·DK + 2·chunk² + chunk·(DK+DV) floats.
func DeltaRuleChunked(o, state, q, k, v, beta []float32, betaConst float32, sh AttnShape, mask MaskKind, scale float32, chunk int) {
	const name = "DeltaRuleChunked"
	sh.check(name, mask)
	sh.checkQKV(name, q, k, v)
	checkBeta(name, beta, sh)
	checkChunk(name, chunk)
	T, dk, dv := sh.T, sh.DK, sh.DV
	need(name, "o", o, sh.B*sh.H*T*dv)
	needOpt(name, "state", state, sh.B*sh.H*dv*dk)
	c := min(chunk, max(T, 1))
	parallelFor(sh.B*sh.H, func(lo, hi int) {
		S := make([]float32, dv*dk)
		Tc := make([]float32, c*c) // K Kᵀ, then Tc in its strict lower part
		P := make([]float32, c*c)
		W := make([]float32, c*dk)
		U := make([]float32, c*dv)
		bs := make([]float32, c)
		for bh := lo; bh < hi; bh++ {
			b, h := bh/sh.H, bh%sh.H
			clear(S)
			for t0 := 0; t0 < T; t0 += c {
				L := min(c, T-t0)
				r := bh*T + t0
				Q, K, V, O := q[r*dk:], k[r*dk:], v[r*dv:], o[r*dv:]
				for i := 0; i < L; i++ {
					bs[i] = betaAt(beta, betaConst, sh, b, h, t0+i)
				}
				gemm(false, true, L, L, dk, 1, K, dk, K, dk, 0, Tc, L)
				wyInverse(Tc, bs[:L], L)
				for i := 0; i < L; i++ {
					for j, x := range K[i*dk : (i+1)*dk] {
						W[i*dk+j] = bs[i] * x
					}
					for j, x := range V[i*dv : (i+1)*dv] {
						U[i*dv+j] = bs[i] * x
					}
				}
				trmmLowerUnit(L, dk, Tc, L, W, dk)
				trmmLowerUnit(L, dv, Tc, L, U, dv)
				gemm(false, true, L, dv, dk, -1, W, dk, S, dk, 1, U, dv) // U ← V' = U − W Sᵀ
				gemm(false, true, L, dv, dk, scale, Q, dk, S, dk, 0, O, dv)
				gemm(false, true, L, L, dk, 1, Q, dk, K, dk, 0, P, L)
				maskChunk(P, L, mask)
				gemm(false, false, L, dv, L, scale, P, L, U, dv, 1, O, dv)
				gemm(true, false, dv, dk, L, 1, U, dv, K, dk, 1, S, dk)
			}
			if state != nil {
				copy(state[bh*dv*dk:(bh+1)*dv*dk], S)
			}
		}
	})
}

// wyInverse turns the L×L matrix KK = K Kᵀ (row-major, stride L) into
// Tc = (I − A)⁻¹ with A = −strict_lower(diag(β) K Kᵀ), stored in the strict
// lower part (Tc is unit lower-triangular; diagonal and upper part are left
// as garbage and never read). Forward substitution, in place: with
// N = I − A = I + strict_lower(diag(β) KKᵀ), N·Tc = I gives for j < i
//
//	Tc[i][j] = −N[i][j] − Σ_{j<m<i} N[i][m]·Tc[m][j],
//
// Running j upwards overwrites N[i][j] only after its last use (computing
// Tc[i][j′] for j′ > j reads N[i][m] with m > j′ only).
func wyInverse(KK, beta []float32, L int) {
	for i := 1; i < L; i++ {
		row := KK[i*L : i*L+i]
		for m := range row {
			row[m] *= beta[i]
		}
		for j := 0; j < i; j++ {
			s := row[j]
			for m := j + 1; m < i; m++ {
				s += row[m] * KK[m*L+j]
			}
			row[j] = -s
		}
	}
}

// DeltaRuleBackward is the backward of DeltaRule (either form) by
// hand-written backpropagation through time, given do [B,H,T,DV]. dq, dk
// [B,H,T,DK] and dv [B,H,T,DV] are OVERWRITTEN; dbeta [B,T,H] is
// OVERWRITTEN with ∂L/∂β_t (it must be nil when beta is nil, i.e. for a
// constant β). Any gradient may be nil.
//
// With e_t = v_t − S_{t−1} k_t and G = ∂L/∂S_t, going backwards:
//
//	causal: G += scale·do_t q_tᵀ, dq_t = scale·S_tᵀ do_t
//	strict: dq_t = scale·S_{t−1}ᵀ do_t
//	dβ_t = e_tᵀ G k_t,  dv_t = β_t G k_t,
//	dk_t = β_t Gᵀ e_t − S_{t−1}ᵀ dv_t,
//	G ← G − dv_t k_tᵀ  (+ scale·do_t q_tᵀ for strict).
//
// Memory: the states are recomputed, not stored. A first forward sweep keeps
// a checkpoint of S every s = ⌈√T⌉ tokens; the backward sweep recomputes the
// s+1 states and s error vectors of one segment at a time from its
// checkpoint. Per worker that is (⌈T/s⌉ + s + 2)·DV·DK + s·DV floats (about
// 2√T state matrices: 34 for T = 256, 182 for T = 8192) instead of T·DV·DK
// for storing every state; the price is one extra forward sweep.
func DeltaRuleBackward(dq, dk, dv, dbeta, do, q, k, v, beta []float32, betaConst float32, sh AttnShape, mask MaskKind, scale float32) {
	const name = "DeltaRuleBackward"
	sh.check(name, mask)
	sh.checkQKV(name, q, k, v)
	checkBeta(name, beta, sh)
	T, nk, nv := sh.T, sh.DK, sh.DV
	n := sh.B * sh.H * T
	need(name, "do", do, n*nv)
	needOpt(name, "dq", dq, n*nk)
	needOpt(name, "dk", dk, n*nk)
	needOpt(name, "dv", dv, n*nv)
	if dbeta != nil && beta == nil {
		panic(fmt.Sprintf("kernels.%s: dbeta given for a constant beta", name))
	}
	needOpt(name, "dbeta", dbeta, sh.B*T*sh.H)
	if T == 0 {
		return
	}
	seg := max(1, int(math.Ceil(math.Sqrt(float64(T)))))
	nseg := (T + seg - 1) / seg
	sz := nv * nk
	parallelFor(sh.B*sh.H, func(lo, hi int) {
		ckpt := make([]float32, nseg*sz)
		states := make([]float32, (seg+1)*sz)
		errs := make([]float32, seg*nv)
		G := make([]float32, sz)
		Gk := make([]float32, nv)
		de := make([]float32, nv)
		for bh := lo; bh < hi; bh++ {
			b, h := bh/sh.H, bh%sh.H
			// Forward sweep: checkpoints only.
			S := states[:sz]
			clear(S)
			for t := 0; t < T; t++ {
				if t%seg == 0 {
					copy(ckpt[(t/seg)*sz:], S)
				}
				r := bh*T + t
				deltaStep(S, errs[:nv], k[r*nk:(r+1)*nk], v[r*nv:(r+1)*nv], betaAt(beta, betaConst, sh, b, h, t), nv, nk)
			}
			clear(G)
			for s := nseg - 1; s >= 0; s-- {
				t0 := s * seg
				L := min(seg, T-t0)
				// Recompute S_{t0}, …, S_{t0+L} and e_{t0+1…}.
				copy(states[:sz], ckpt[s*sz:(s+1)*sz])
				for j := 0; j < L; j++ {
					r := bh*T + t0 + j
					next := states[(j+1)*sz : (j+2)*sz]
					copy(next, states[j*sz:(j+1)*sz])
					deltaStep(next, errs[j*nv:(j+1)*nv], k[r*nk:(r+1)*nk], v[r*nv:(r+1)*nv], betaAt(beta, betaConst, sh, b, h, t0+j), nv, nk)
				}
				for j := L - 1; j >= 0; j-- {
					t := t0 + j
					r := bh*T + t
					prev, cur := states[j*sz:(j+1)*sz], states[(j+1)*sz:(j+2)*sz]
					dot, qt, kt := do[r*nv:(r+1)*nv], q[r*nk:(r+1)*nk], k[r*nk:(r+1)*nk]
					e := errs[j*nv : (j+1)*nv]
					bt := betaAt(beta, betaConst, sh, b, h, t)
					if mask == MaskCausal {
						ger(nv, nk, scale, dot, qt, G, nk)
						if dq != nil {
							gemv(true, nv, nk, scale, cur, nk, dot, 0, dq[r*nk:(r+1)*nk])
						}
					} else if dq != nil {
						gemv(true, nv, nk, scale, prev, nk, dot, 0, dq[r*nk:(r+1)*nk])
					}
					gemv(false, nv, nk, 1, G, nk, kt, 0, Gk)
					if dbeta != nil {
						var s float64
						for i, x := range e {
							s += float64(x) * float64(Gk[i])
						}
						dbeta[(b*T+t)*sh.H+h] = float32(s)
					}
					for i, x := range Gk {
						de[i] = bt * x
					}
					if dv != nil {
						copy(dv[r*nv:(r+1)*nv], de)
					}
					if dk != nil {
						dkt := dk[r*nk : (r+1)*nk]
						gemv(true, nv, nk, bt, G, nk, e, 0, dkt)
						gemv(true, nv, nk, -1, prev, nk, de, 1, dkt)
					}
					ger(nv, nk, -1, de, kt, G, nk)
					if mask == MaskStrict {
						ger(nv, nk, scale, dot, qt, G, nk)
					}
				}
			}
		}
	})
}
