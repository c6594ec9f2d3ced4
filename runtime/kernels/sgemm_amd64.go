//go:build amd64 && !purego && !openblas

package kernels

import "sync"

// useSgemm selects sgemm, the AVX2 GEMM below, for every matrix product
// of the default build on CPUs with AVX2 and FMA (gemm in blas.go).
var useSgemm = useAVX2

// The register tile: 6×16 in ymm registers (AVX2), or 6×32 in zmm
// registers where the CPU has AVX-512 F (sgemmWide).
var (
	sgemmWide   = useAVX2 && cpuHasAVX512()
	sgemmNR     = 16
	sgemmKernel = sgemmKernel6x16
)

func init() { setSgemmWide(sgemmWide) }

// setSgemmWide picks the 6×32 zmm tile (wide) or the 6×16 ymm one; the
// tests run both.
func setSgemmWide(wide bool) {
	sgemmWide, sgemmNR, sgemmKernel = false, 16, sgemmKernel6x16
	if wide {
		sgemmWide, sgemmNR, sgemmKernel = true, 32, sgemmKernel6x32
	}
}

//go:noescape
func sgemmKernel6x16(k int, a *float32, ars, aks int, b *float32, bks int, c *float32, ldc int, alpha float32, add int)

//go:noescape
func sgemmKernel6x32(k int, a *float32, ars, aks int, b *float32, bks int, c *float32, ldc int, alpha float32, add int)

// Blocking of sgemm. C is computed in 6×16 (or 6×32) register tiles
// (sgemmKernel), k in blocks of sgemmKC, rows in blocks of sgemmMC so that
// a block of A (72 KiB at most) stays in L2 while every 16- or 32-column
// strip of B (16 or 32 KiB, in L1) meets it. The kernel reads A in place with
// any strides (so op(A) is never copied, transposed or not) and B in place
// when its rows are contiguous (op(B) = B); a transposed B is packed into
// strips of the tile's width per k block, as are the last rows of A and the last
// columns of B when they do not fill a tile (zero-padded, so the kernel
// never reads past the matrices).
const (
	sgemmMR = 6
	sgemmKC = 256
	sgemmMC = 72 // a multiple of sgemmMR
	sgemmNC = 1024
)

// sgemmBufs are one call's packing buffers (calls run concurrently, one per
// worker).
type sgemmBufs struct {
	a    []float32 // one 6-row strip of A, k-major
	b    []float32 // B's k block, in strips of the tile's width
	tile [sgemmMR * 32]float32
}

var sgemmPool = sync.Pool{New: func() any {
	return &sgemmBufs{a: make([]float32, sgemmMR*sgemmKC), b: make([]float32, sgemmKC*sgemmNC)}
}}

// sgemm is gemm (blas.go) on AVX2: C = alpha·op(A)·op(B) + beta·C, all
// row-major. beta == 0 overwrites C (the first k block stores its tiles
// without reading C). Sums run in float32 with fused multiply-adds, k in
// blocks of sgemmKC; alpha scales each block's sum.
func sgemm(tA, tB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	overwrite := beta == 0 && k > 0 && alpha != 0
	switch {
	case beta == 0 && !overwrite:
		for i := 0; i < m; i++ {
			clear(c[i*ldc : i*ldc+n])
		}
	case beta != 0 && beta != 1:
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
	// Byte strides of op(A)'s rows and columns.
	ars, aks := 4*lda, 4
	if tA {
		ars, aks = 4, 4*lda
	}
	for jc := 0; jc < n; jc += sgemmNC {
		nb := min(sgemmNC, n-jc)
		for pc := 0; pc < k; pc += sgemmKC {
			kb := min(sgemmKC, k-pc)
			add := 1
			if overwrite && pc == 0 {
				add = 0
			}
			if tB {
				packB(bufs.b, b, ldb, true, pc, jc, kb, nb)
			}
			for ic := 0; ic < m; ic += sgemmMC {
				mb := min(sgemmMC, m-ic)
				for jr := 0; jr < nb; jr += sgemmNR {
					nr := min(sgemmNR, nb-jr)
					// This strip of op(B): in place, or packed.
					var bp *float32
					var bks int
					switch {
					case tB:
						bp, bks = &bufs.b[jr*kb], 4*sgemmNR
					case nr < sgemmNR:
						packB(bufs.b, b, ldb, false, pc, jc+jr, kb, nr)
						bp, bks = &bufs.b[0], 4*sgemmNR
					default:
						bp, bks = &b[pc*ldb+jc+jr], 4*ldb
					}
					for ir := 0; ir < mb; ir += sgemmMR {
						mr := min(sgemmMR, mb-ir)
						r := ic + ir
						ci := r*ldc + jc + jr
						// This strip of op(A): in place, or packed.
						var ap *float32
						rs, ks := ars, aks
						switch {
						case mr < sgemmMR:
							packA(bufs.a, a, lda, tA, r, pc, mr, kb)
							ap, rs, ks = &bufs.a[0], 4, 4*sgemmMR
						case tA:
							ap = &a[pc*lda+r]
						default:
							ap = &a[r*lda+pc]
						}
						if mr == sgemmMR && nr == sgemmNR {
							sgemmKernel(kb, ap, rs, ks, bp, bks, &c[ci], ldc, alpha, add)
							continue
						}
						// An edge tile: into the 6×NR tile, then its mr×nr
						// part stored or added to C.
						t := &bufs.tile
						sgemmKernel(kb, ap, rs, ks, bp, bks, &t[0], sgemmNR, alpha, 0)
						for i := 0; i < mr; i++ {
							row := c[ci+i*ldc : ci+i*ldc+nr]
							if add == 0 {
								copy(row, t[i*sgemmNR:])
								continue
							}
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

// packA copies op(A)[r:r+mr, pc:pc+kb] (mr < 6) into dst as one 6-row
// strip, k-major (dst[6p + i]), rows mr… zero.
func packA(dst, a []float32, lda int, tA bool, r, pc, mr, kb int) {
	d := dst[:sgemmMR*kb]
	clear(d)
	for i := 0; i < mr; i++ {
		if tA { // op(A)[r][c] = a[c·lda + r]
			for p := 0; p < kb; p++ {
				d[p*sgemmMR+i] = a[(pc+p)*lda+r+i]
			}
			continue
		}
		row := (r+i)*lda + pc
		for p, v := range a[row : row+kb] {
			d[p*sgemmMR+i] = v
		}
	}
}

// packB copies op(B)[pc:pc+kb, jc:jc+nb] into dst as strips of sgemmNR
// columns, each k-major (dst[t·NR·kb + NR·p + j]), the last strip padded
// with 0.
func packB(dst, b []float32, ldb int, tB bool, pc, jc, kb, nb int) {
	for t := 0; t < nb; t += sgemmNR {
		nr := min(sgemmNR, nb-t)
		d := dst[t*kb : t*kb+sgemmNR*kb]
		if tB { // op(B)[r][c] = b[c·ldb + r]: column j of the strip is contiguous
			if nr < sgemmNR {
				clear(d)
			}
			for j := 0; j < nr; j++ {
				c := (jc+t+j)*ldb + pc
				for p, v := range b[c : c+kb] {
					d[p*sgemmNR+j] = v
				}
			}
			continue
		}
		for p := 0; p < kb; p++ {
			dp := d[p*sgemmNR : p*sgemmNR+sgemmNR]
			r := (pc+p)*ldb + jc + t
			copy(dp[:nr], b[r:r+nr])
			clear(dp[nr:])
		}
	}
}

// sgemmTiles lists the tiles this CPU can run (false: 6×16 ymm, true:
// 6×32 zmm), for the tests.
func sgemmTiles() []bool {
	if useAVX2 && cpuHasAVX512() {
		return []bool{false, true}
	}
	return []bool{false}
}
