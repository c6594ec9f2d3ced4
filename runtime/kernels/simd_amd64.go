//go:build amd64 && !purego

package kernels

// useAVX2 selects the AVX2 loops of simd_amd64.s in the softmax helpers
// (expShiftSum, max32, scale32).
var useAVX2 = cpuHasAVX2FMA()

// cpuHasAVX2FMA reports whether the CPU has AVX2 and FMA and the OS saves
// the ymm registers (cpuid, xgetbv).
func cpuHasAVX2FMA() bool

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
