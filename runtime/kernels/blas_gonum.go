//go:build !openblas

package kernels

// BLAS names the BLAS in use: "go-avx2" where gemm is the packed AVX2
// sgemm of sgemm_amd64.go (amd64 with AVX2 and FMA; gemv, ger and trmm stay
// gonum's), "gonum" elsewhere (pure Go: other architectures, -tags
// purego). Build with -tags openblas for OpenBLAS (see blas_openblas.go).
var BLAS = map[bool]string{true: "go-avx2", false: "gonum"}[useSgemm]
