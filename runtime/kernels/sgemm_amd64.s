//go:build amd64 && !purego && !openblas

#include "textflag.h"

// func sgemmKernel6x16(k int, a *float32, ars, aks int, b *float32, bks int, c *float32, ldc int, alpha float32, add int)
//
// The register-blocked core of sgemm (sgemm_amd64.go): for i < 6, j < 16,
//
//	c[i·ldc + j] += alpha · Σ_{p<k} A(i, p)·B(p, j)
//
// (= instead of += when add is 0: C is not read),
// where A(i, p) is the float32 at a + i·ars + p·aks bytes and B(p, j) the
// one at b + p·bks + 4j: A by any strides (rows of a row-major or a
// transposed matrix, or a packed strip), B by rows of 16 contiguous
// elements. The 6×16 accumulators are 12 ymm registers; each step loads two
// ymm of B, broadcasts six elements of A and does twelve fused
// multiply-adds.
TEXT ·sgemmKernel6x16(SB), NOSPLIT, $0-80
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), SI
	MOVQ ars+16(FP), R9
	MOVQ aks+24(FP), R12
	MOVQ b+32(FP), DI
	MOVQ bks+40(FP), R13
	MOVQ c+48(FP), DX
	MOVQ ldc+56(FP), R8
	SHLQ $2, R8
	LEAQ (R9)(R9*2), R10 // 3·ars
	LEAQ (R9)(R9*4), R11 // 5·ars
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11
	TESTQ CX, CX
	JEQ   store

loop:
	VMOVUPS (DI), Y12
	VMOVUPS 32(DI), Y13
	VBROADCASTSS (SI), Y14
	VFMADD231PS Y12, Y14, Y0
	VFMADD231PS Y13, Y14, Y1
	VBROADCASTSS (SI)(R9*1), Y15
	VFMADD231PS Y12, Y15, Y2
	VFMADD231PS Y13, Y15, Y3
	VBROADCASTSS (SI)(R9*2), Y14
	VFMADD231PS Y12, Y14, Y4
	VFMADD231PS Y13, Y14, Y5
	VBROADCASTSS (SI)(R10*1), Y15
	VFMADD231PS Y12, Y15, Y6
	VFMADD231PS Y13, Y15, Y7
	VBROADCASTSS (SI)(R9*4), Y14
	VFMADD231PS Y12, Y14, Y8
	VFMADD231PS Y13, Y14, Y9
	VBROADCASTSS (SI)(R11*1), Y15
	VFMADD231PS Y12, Y15, Y10
	VFMADD231PS Y13, Y15, Y11
	ADDQ R12, SI
	ADDQ R13, DI
	DECQ CX
	JNE  loop

store:
	VBROADCASTSS alpha+64(FP), Y15
	CMPQ add+72(FP), $0
	JEQ  set
	VMULPS  Y15, Y0, Y0
	VADDPS  (DX), Y0, Y0
	VMOVUPS Y0, (DX)
	VMULPS  Y15, Y1, Y1
	VADDPS  32(DX), Y1, Y1
	VMOVUPS Y1, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y2, Y2
	VADDPS  (DX), Y2, Y2
	VMOVUPS Y2, (DX)
	VMULPS  Y15, Y3, Y3
	VADDPS  32(DX), Y3, Y3
	VMOVUPS Y3, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y4, Y4
	VADDPS  (DX), Y4, Y4
	VMOVUPS Y4, (DX)
	VMULPS  Y15, Y5, Y5
	VADDPS  32(DX), Y5, Y5
	VMOVUPS Y5, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y6, Y6
	VADDPS  (DX), Y6, Y6
	VMOVUPS Y6, (DX)
	VMULPS  Y15, Y7, Y7
	VADDPS  32(DX), Y7, Y7
	VMOVUPS Y7, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y8, Y8
	VADDPS  (DX), Y8, Y8
	VMOVUPS Y8, (DX)
	VMULPS  Y15, Y9, Y9
	VADDPS  32(DX), Y9, Y9
	VMOVUPS Y9, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y10, Y10
	VADDPS  (DX), Y10, Y10
	VMOVUPS Y10, (DX)
	VMULPS  Y15, Y11, Y11
	VADDPS  32(DX), Y11, Y11
	VMOVUPS Y11, 32(DX)
	VZEROUPPER
	RET

set:
	VMULPS  Y15, Y0, Y0
	VMOVUPS Y0, (DX)
	VMULPS  Y15, Y1, Y1
	VMOVUPS Y1, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y2, Y2
	VMOVUPS Y2, (DX)
	VMULPS  Y15, Y3, Y3
	VMOVUPS Y3, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y4, Y4
	VMOVUPS Y4, (DX)
	VMULPS  Y15, Y5, Y5
	VMOVUPS Y5, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y6, Y6
	VMOVUPS Y6, (DX)
	VMULPS  Y15, Y7, Y7
	VMOVUPS Y7, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y8, Y8
	VMOVUPS Y8, (DX)
	VMULPS  Y15, Y9, Y9
	VMOVUPS Y9, 32(DX)
	ADDQ    R8, DX
	VMULPS  Y15, Y10, Y10
	VMOVUPS Y10, (DX)
	VMULPS  Y15, Y11, Y11
	VMOVUPS Y11, 32(DX)
	VZEROUPPER
	RET
