package kernels

import (
	"fmt"
	"math"
	"testing"
)

// TestGemm checks gemm (the packed AVX2 sgemm where it is in use, else
// gonum or OpenBLAS) against a float64 triple loop written from the
// definition C = alpha·op(A)·op(B) + beta·C: every transpose pair, shapes
// on and off the 6×16 register tile and across the k, m and n blocks,
// padded leading dimensions, alpha and beta 0, 1 and other, and NaN in C
// (overwritten when beta is 0). Where the CPU has AVX-512 both register
// tiles are tested.
func TestGemm(t *testing.T) {
	defer setSgemmWide(sgemmWide)
	for _, wide := range sgemmTiles() {
		setSgemmWide(wide)
		t.Logf("BLAS %s, AVX2 sgemm in use: %v, 6×32 zmm tile: %v", BLAS, useSgemm, wide)
		testGemm(t)
	}
}

func testGemm(t *testing.T) {
	r := newRand(21)
	type shape struct{ m, n, k int }
	shapes := []shape{
		{1, 1, 1}, {6, 16, 8}, {5, 15, 7}, {7, 17, 9}, {12, 32, 256}, {13, 33, 257},
		{37, 20, 3}, {72, 16, 1}, {64, 64, 32}, {2, 600, 40}, {40, 530, 300}, {0, 5, 5}, {5, 0, 5}, {4, 5, 0},
	}
	for _, s := range shapes {
		for _, tA := range []bool{false, true} {
			for _, tB := range []bool{false, true} {
				for _, ab := range [][2]float32{{1, 0}, {0.5, 1}, {-1.5, 0.25}, {0, 2}} {
					alpha, beta := ab[0], ab[1]
					name := fmt.Sprintf("%dx%dx%d/tA=%v/tB=%v/alpha=%v/beta=%v", s.m, s.n, s.k, tA, tB, alpha, beta)
					ar, ac := s.m, s.k
					if tA {
						ar, ac = s.k, s.m
					}
					br, bc := s.k, s.n
					if tB {
						br, bc = s.n, s.k
					}
					lda, ldb, ldc := ac+3, bc+1, s.n+2
					a := randVec(r, ar*lda, 1)
					b := randVec(r, br*ldb, 1)
					c := randVec(r, s.m*ldc, 1)
					if beta == 0 && len(c) > 0 {
						c[len(c)/2] = float32(math.NaN()) // padding or C: must not propagate
					}
					want := make([]float64, len(c))
					for i := range c {
						want[i] = float64(c[i])
					}
					opA := func(i, p int) float64 {
						if tA {
							return float64(a[p*lda+i])
						}
						return float64(a[i*lda+p])
					}
					opB := func(p, j int) float64 {
						if tB {
							return float64(b[j*ldb+p])
						}
						return float64(b[p*ldb+j])
					}
					scale := 0.0 // |alpha|·Σ|a||b|, for the tolerance
					for i := 0; i < s.m; i++ {
						for j := 0; j < s.n; j++ {
							var sum, mag float64
							for p := 0; p < s.k; p++ {
								sum += opA(i, p) * opB(p, j)
								mag += math.Abs(opA(i, p) * opB(p, j))
							}
							old := float64(beta) * want[i*ldc+j]
							if beta == 0 {
								old = 0
							}
							want[i*ldc+j] = float64(alpha)*sum + old
							scale = max(scale, math.Abs(float64(alpha))*mag)
						}
					}
					gemm(tA, tB, s.m, s.n, s.k, alpha, a, lda, b, ldb, beta, c, ldc)
					for i := range c {
						inC := i/ldc < s.m && i%ldc < s.n
						if !inC { // padding between rows: untouched
							if !(c[i] == float32(want[i]) || c[i] != c[i] && want[i] != want[i]) {
								t.Fatalf("%s: padding c[%d] changed to %v", name, i, c[i])
							}
							continue
						}
						tol := 1e-6 * (scale + 1) * float64(s.k+2)
						if d := math.Abs(float64(c[i]) - want[i]); !(d <= tol) {
							t.Fatalf("%s: c[%d,%d] = %v, want %v (tolerance %.2g)", name, i/ldc, i%ldc, c[i], want[i], tol)
						}
					}
				}
			}
		}
	}
}
