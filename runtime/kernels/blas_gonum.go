//go:build !openblas

package kernels

// BLAS names the BLAS implementation in use: gonum's pure Go. Build with
// -tags openblas for OpenBLAS (see blas_openblas.go).
const BLAS = "gonum"
