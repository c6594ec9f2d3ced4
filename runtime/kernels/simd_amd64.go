//go:build amd64 && !purego

package kernels

// useAVX2 selects the AVX2 loops of simd_amd64.s (expShiftSum, max32,
// scale32, elu1Row, dualToken) and, in the default build, sgemm.
var useAVX2 = cpuHasAVX2FMA()

// cpuHasAVX2FMA reports whether the CPU has AVX2 and FMA and the OS saves
// the ymm registers (cpuid, xgetbv).
func cpuHasAVX2FMA() bool

// cpuHasAVX512 reports whether the CPU has AVX-512 F and the OS saves the
// zmm and opmask registers; ask only where cpuHasAVX2FMA holds.
func cpuHasAVX512() bool

//go:noescape
func expShiftBlocksAVX2(dst, src *float32, n int, shift float32) (done int, sum float64)

//go:noescape
func maxAVX2(x *float32, n int) (m float32, done int)

//go:noescape
func scaleAVX2(y *float32, n int, a float32) (done int)

// expShiftBlocks runs the eight-lane exp over dst and src from the start
// (see simd_amd64.s); done is a multiple of 8.
func expShiftBlocks(dst, src []float32, shift float32) (done int, sum float64) {
	if len(dst) < 8 {
		return 0, 0
	}
	return expShiftBlocksAVX2(&dst[0], &src[0], len(dst), shift)
}

// maxBlocks is the largest entry of x's whole blocks of 8 (−Inf if none).
func maxBlocks(x []float32) (m float32, done int) {
	if len(x) < 8 {
		return negInf32, 0
	}
	return maxAVX2(&x[0], len(x))
}

// scaleBlocks multiplies y's whole blocks of 8 by a.
func scaleBlocks(y []float32, a float32) (done int) {
	if len(y) < 8 {
		return 0
	}
	return scaleAVX2(&y[0], len(y), a)
}

//go:noescape
func dualTokenAVX2(s *float32, dv, dk int, k, q, v, o *float32, beta, scale float32, mode int)

// dualToken runs one token of the recurrent dual forms on S [dv, dk] in
// place, row by row in one or two passes (simd_amd64.s), and reports
// whether it did (AVX2, dk a positive multiple of 8): with c_i = β(v_i −
// S_i·k) for the delta rule (delta) or v_i for the sum rule, S_i += c_i·k
// and o_i = scale·S_i·q after the update, or before it when strict.
func dualToken(S, k, q, v, o []float32, dv, dk int, beta, scale float32, delta, strict bool) bool {
	if !useAVX2 || dk <= 0 || dk%8 != 0 || dv <= 0 {
		return false
	}
	_, _, _, _, _ = S[dv*dk-1], k[dk-1], q[dk-1], v[dv-1], o[dv-1]
	mode := 0
	if strict {
		mode |= 1
	}
	if delta {
		mode |= 2
	}
	dualTokenAVX2(&S[0], dv, dk, &k[0], &q[0], &v[0], &o[0], beta, scale, mode)
	return true
}

//go:noescape
func elu1AVX2(dst, src *float32, n int) (done int)

// elu1Blocks runs φ(x) = elu(x) + 1 eight lanes at a time over y and x
// from the start (simd_amd64.s); done is a multiple of 8.
func elu1Blocks(y, x []float32) (done int) {
	if len(x) < 8 {
		return 0
	}
	_ = y[len(x)-1]
	return elu1AVX2(&y[0], &x[0], len(x))
}
