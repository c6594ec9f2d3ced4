//go:build !amd64 || purego || openblas

package kernels

// useSgemm is false: gemm goes to gonum's blas32 (or, with -tags openblas,
// OpenBLAS).
const useSgemm = false

func sgemm(tA, tB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	panic("kernels: sgemm is not built in")
}

const sgemmWide = false

func setSgemmWide(bool)  {}
func sgemmTiles() []bool { return []bool{false} }
