//go:build !amd64 || purego

package kernels

// useAVX2 is false: no vector loops on this architecture (or with -tags
// purego).
const useAVX2 = false

func expShiftBlocks(dst, src []float32, shift float32) (done int, sum float64) { return 0, 0 }
func maxBlocks(x []float32) (m float32, done int)                              { return negInf32, 0 }
func scaleBlocks(y []float32, a float32) (done int)                            { return 0 }
func dualToken(S, k, q, v, o []float32, dv, dk int, beta, scale float32, delta, strict bool) bool {
	return false
}
func elu1Blocks(y, x []float32) (done int) { return 0 }
