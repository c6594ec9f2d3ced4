//go:build !openblas

package kernels

// BLAS names the BLAS in use: "go-avx2" or "go-avx512" where gemm is the
// assembly sgemm of sgemm_amd64.go (amd64 with AVX2 and FMA, and AVX-512
// for its wider tile; gemv, ger and trmm stay gonum's), "gonum" elsewhere
// (pure Go: other architectures, -tags purego). Build with -tags openblas
// for OpenBLAS (see blas_openblas.go).
var BLAS = blasName()

func blasName() string {
	switch {
	case useSgemm && sgemmWide:
		return "go-avx512"
	case useSgemm:
		return "go-avx2"
	}
	return "gonum"
}
