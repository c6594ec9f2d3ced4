package kernels

import (
	"fmt"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// This file wraps gonum's blas32 for row-major slices. Only these helpers
// call blas32, so every matrix product in the package follows a later
// blas32.Use(netlib).

func trans(t bool) blas.Transpose {
	if t {
		return blas.Trans
	}
	return blas.NoTrans
}

func ld(n int) int {
	if n < 1 {
		return 1
	}
	return n
}

// gemm computes C = alpha·op(A)·op(B) + beta·C with op(A) m×k, op(B) k×n and
// C m×n, all row-major with leading dimensions lda, ldb, ldc. A is stored
// k×m when tA (and B n×k when tB): transposes are read in place. With
// beta == 0, C is overwritten (NaNs in it do not propagate).
func gemm(tA, tB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if useSgemm {
		sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	ar, ac := m, k
	if tA {
		ar, ac = k, m
	}
	br, bc := k, n
	if tB {
		br, bc = n, k
	}
	blas32.Gemm(trans(tA), trans(tB), alpha,
		blas32.General{Rows: ar, Cols: ac, Stride: ld(lda), Data: a},
		blas32.General{Rows: br, Cols: bc, Stride: ld(ldb), Data: b},
		beta,
		blas32.General{Rows: m, Cols: n, Stride: ld(ldc), Data: c})
}

// gemv computes y = alpha·op(A)·x + beta·y for a row-major m×n matrix A
// (op(A) = Aᵀ when tA) and unit-stride vectors.
func gemv(tA bool, m, n int, alpha float32, a []float32, lda int, x []float32, beta float32, y []float32) {
	blas32.Gemv(trans(tA), alpha,
		blas32.General{Rows: m, Cols: n, Stride: ld(lda), Data: a},
		blas32.Vector{N: len(x), Inc: 1, Data: x}, beta,
		blas32.Vector{N: len(y), Inc: 1, Data: y})
}

// ger performs the rank-1 update A += alpha·x·yᵀ on a row-major m×n matrix.
func ger(m, n int, alpha float32, x, y []float32, a []float32, lda int) {
	blas32.Ger(alpha,
		blas32.Vector{N: m, Inc: 1, Data: x},
		blas32.Vector{N: n, Inc: 1, Data: y},
		blas32.General{Rows: m, Cols: n, Stride: ld(lda), Data: a})
}

// trmmLowerUnit computes B = A·B for an n×n unit lower-triangular A (only its
// strict lower part is read) and an n×m matrix B, in place.
func trmmLowerUnit(n, m int, a []float32, lda int, b []float32, ldb int) {
	if n == 0 || m == 0 {
		return
	}
	blas32.Trmm(blas.Left, blas.NoTrans, 1,
		blas32.Triangular{N: n, Stride: ld(lda), Data: a, Uplo: blas.Lower, Diag: blas.Unit},
		blas32.General{Rows: n, Cols: m, Stride: ld(ldb), Data: b})
}

// need panics unless s has exactly n elements; kernel and arg name the
// offender. Callers use it to validate every slice argument up front.
func need(kernel, arg string, s []float32, n int) {
	if len(s) != n {
		panic(fmt.Sprintf("kernels.%s: %s has %d elements, want %d", kernel, arg, len(s), n))
	}
}

// needOpt is need for an optional argument: nil is accepted.
func needOpt(kernel, arg string, s []float32, n int) {
	if s != nil {
		need(kernel, arg, s, n)
	}
}

// needDims panics unless every dimension is non-negative.
func needDims(kernel string, dims ...int) {
	for _, d := range dims {
		if d < 0 {
			panic(fmt.Sprintf("kernels.%s: negative dimension %d in %v", kernel, d, dims))
		}
	}
}
