package kernels

// Scores computes s = scale·q·kᵀ per (b,h) for q [B,H,T,d] and k [B,H,S,d],
// writing s [B,H,T,S] (the IR op scores). One Gemm per (b,h), k read
// transposed in place; (b,h) pairs are split over workers.
func Scores(s, q, k []float32, B, H, T, S, d int, scale float32) {
	const name = "Scores"
	needDims(name, B, H, T, S, d)
	need(name, "s", s, B*H*T*S)
	need(name, "q", q, B*H*T*d)
	need(name, "k", k, B*H*S*d)
	parallelFor(B*H, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			gemm(false, true, T, S, d, scale, q[bh*T*d:], d, k[bh*S*d:], d, 0, s[bh*T*S:], S)
		}
	})
}

// ScoresBackward is the backward of Scores given ds [B,H,T,S]:
// dq = scale·ds·k and dk = scale·dsᵀ·q (both OVERWRITTEN; either may be nil).
func ScoresBackward(dq, dk, ds, q, k []float32, B, H, T, S, d int, scale float32) {
	const name = "ScoresBackward"
	needDims(name, B, H, T, S, d)
	need(name, "ds", ds, B*H*T*S)
	need(name, "q", q, B*H*T*d)
	need(name, "k", k, B*H*S*d)
	needOpt(name, "dq", dq, B*H*T*d)
	needOpt(name, "dk", dk, B*H*S*d)
	parallelFor(B*H, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			if dq != nil {
				gemm(false, false, T, d, S, scale, ds[bh*T*S:], S, k[bh*S*d:], d, 0, dq[bh*T*d:], d)
			}
			if dk != nil {
				gemm(true, false, S, d, T, scale, ds[bh*T*S:], S, q[bh*T*d:], d, 0, dk[bh*S*d:], d)
			}
		}
	})
}

// Mix computes o = p·v per (b,h) for p [B,H,T,S] and v [B,H,S,DV], writing
// o [B,H,T,DV] (the IR op mix).
func Mix(o, p, v []float32, B, H, T, S, DV int) {
	const name = "Mix"
	needDims(name, B, H, T, S, DV)
	need(name, "o", o, B*H*T*DV)
	need(name, "p", p, B*H*T*S)
	need(name, "v", v, B*H*S*DV)
	parallelFor(B*H, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			gemm(false, false, T, DV, S, 1, p[bh*T*S:], S, v[bh*S*DV:], DV, 0, o[bh*T*DV:], DV)
		}
	})
}

// MixBackward is the backward of Mix given do [B,H,T,DV]: dp = do·vᵀ and
// dv = pᵀ·do (both OVERWRITTEN; either may be nil).
func MixBackward(dp, dv, do, p, v []float32, B, H, T, S, DV int) {
	const name = "MixBackward"
	needDims(name, B, H, T, S, DV)
	need(name, "do", do, B*H*T*DV)
	need(name, "p", p, B*H*T*S)
	need(name, "v", v, B*H*S*DV)
	needOpt(name, "dp", dp, B*H*T*S)
	needOpt(name, "dv", dv, B*H*S*DV)
	parallelFor(B*H, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			if dp != nil {
				gemm(false, true, T, S, DV, 1, do[bh*T*DV:], DV, v[bh*S*DV:], DV, 0, dp[bh*T*S:], S)
			}
			if dv != nil {
				gemm(true, false, S, DV, T, 1, p[bh*T*S:], S, do[bh*T*DV:], DV, 0, dv[bh*S*DV:], DV)
			}
		}
	})
}
