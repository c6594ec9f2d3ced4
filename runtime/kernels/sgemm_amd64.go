//go:build amd64 && !purego && !openblas

package kernels

import "sync"

// useSgemm selects sgemm, the packed AVX2 GEMM below, for every matrix
// product of the pure-Go build on CPUs with AVX2 and FMA (gemm in blas.go).
var useSgemm = useAVX2

//go:noescape
func sgemmKernel6x16(k int, a, b, c *float32, ldc int)

// Blocking of sgemm, in the manner of BLIS and GotoBLAS: C is computed in
// 6×16 register tiles (sgemmKernel6x16) from a packed kc×16 strip of B
// and a packed 6×kc strip of A; a packed mc×kc block of A (36 KiB) stays
// in L1/L2 while it meets every strip of a packed kc×nc panel of B
// (512 KiB).
const (
	sgemmMR = 6
	sgemmNR = 16
	sgemmKC = 256
	sgemmMC = 36 // a multiple of sgemmMR
	sgemmNC = 512
)

// sgemmBufs are one call's packing buffers (calls run concurrently, one per
// worker).
type sgemmBufs struct {
	a, b []float32
	tile [sgemmMR * sgemmNR]float32
}

var sgemmPool = sync.Pool{New: func() any {
	return &sgemmBufs{a: make([]float32, sgemmMC*sgemmKC), b: make([]float32, sgemmKC*sgemmNC)}
}}

// sgemm is gemm (blas.go) on AVX2: C = alpha·op(A)·op(B) + beta·C, all
// row-major. beta == 0 overwrites C; alpha is folded into the packed A.
// Sums run in float32 with fused multiply-adds, k in blocks of sgemmKC.
func sgemm(tA, tB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	switch beta {
	case 0:
		for i := 0; i < m; i++ {
			clear(c[i*ldc : i*ldc+n])
		}
	case 1:
	default:
		for i := 0; i < m; i++ {
			row := c[i*ldc : i*ldc+n]
			for j := range row {
				row[j] *= beta
			}
		}
	}
	if k == 0 || alpha == 0 {
		return
	}
	bufs := sgemmPool.Get().(*sgemmBufs)
	defer sgemmPool.Put(bufs)
	for jc := 0; jc < n; jc += sgemmNC {
		nb := min(sgemmNC, n-jc)
		for pc := 0; pc < k; pc += sgemmKC {
			kb := min(sgemmKC, k-pc)
			packB(bufs.b, b, ldb, tB, pc, jc, kb, nb)
			for ic := 0; ic < m; ic += sgemmMC {
				mb := min(sgemmMC, m-ic)
				packA(bufs.a, a, lda, tA, ic, pc, mb, kb, alpha)
				for jr := 0; jr < nb; jr += sgemmNR {
					nr := min(sgemmNR, nb-jr)
					bp := &bufs.b[jr*kb]
					for ir := 0; ir < mb; ir += sgemmMR {
						mr := min(sgemmMR, mb-ir)
						ap := &bufs.a[ir*kb]
						ci := (ic+ir)*ldc + jc + jr
						if mr == sgemmMR && nr == sgemmNR {
							sgemmKernel6x16(kb, ap, bp, &c[ci], ldc)
							continue
						}
						// An edge tile: into a zeroed 6×16 tile, then its
						// mr×nr part added to C.
						t := &bufs.tile
						clear(t[:])
						sgemmKernel6x16(kb, ap, bp, &t[0], sgemmNR)
						for i := 0; i < mr; i++ {
							row := c[ci+i*ldc : ci+i*ldc+nr]
							for j := range row {
								row[j] += t[i*sgemmNR+j]
							}
						}
					}
				}
			}
		}
	}
}

// packA copies alpha·op(A)[ic:ic+mb, pc:pc+kb] into dst as strips of 6
// rows, each k-major (dst[s·6·kb + 6p + i]), the last strip padded with 0.
func packA(dst, a []float32, lda int, tA bool, ic, pc, mb, kb int, alpha float32) {
	for s := 0; s < mb; s += sgemmMR {
		mr := min(sgemmMR, mb-s)
		d := dst[s*kb : s*kb+sgemmMR*kb]
		for i := 0; i < sgemmMR; i++ {
			if i >= mr {
				for p := 0; p < kb; p++ {
					d[p*sgemmMR+i] = 0
				}
				continue
			}
			r := ic + s + i
			if tA { // op(A)[r][c] = a[c·lda + r]
				for p := 0; p < kb; p++ {
					d[p*sgemmMR+i] = alpha * a[(pc+p)*lda+r]
				}
			} else {
				row := a[r*lda+pc : r*lda+pc+kb]
				for p, v := range row {
					d[p*sgemmMR+i] = alpha * v
				}
			}
		}
	}
}

// packB copies op(B)[pc:pc+kb, jc:jc+nb] into dst as strips of 16 columns,
// each k-major (dst[t·16·kb + 16p + j]), the last strip padded with 0.
func packB(dst, b []float32, ldb int, tB bool, pc, jc, kb, nb int) {
	for t := 0; t < nb; t += sgemmNR {
		nr := min(sgemmNR, nb-t)
		d := dst[t*kb : t*kb+sgemmNR*kb]
		for p := 0; p < kb; p++ {
			dp := d[p*sgemmNR : p*sgemmNR+sgemmNR]
			if tB { // op(B)[r][c] = b[c·ldb + r]
				for j := 0; j < nr; j++ {
					dp[j] = b[(jc+t+j)*ldb+pc+p]
				}
			} else {
				r := (pc+p)*ldb + jc + t
				copy(dp[:nr], b[r:r+nr])
			}
			clear(dp[nr:])
		}
	}
}
