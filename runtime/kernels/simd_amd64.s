//go:build amd64 && !purego

#include "textflag.h"

// AVX2 loops of the softmax (simd_amd64.go): the eight-lane float32 exp of
// expShiftSum, with the same Cody–Waite reduction and Cephes polynomial as
// exp32 (exp.go) and fused multiply-adds (each constant is stored eight
// times over, one ymm word); the row maximum; scaling a row.
DATA expv<>+0(SB)/4, $0xc2aeac4f // lo = -87.33654
DATA expv<>+4(SB)/4, $0xc2aeac4f
DATA expv<>+8(SB)/4, $0xc2aeac4f
DATA expv<>+12(SB)/4, $0xc2aeac4f
DATA expv<>+16(SB)/4, $0xc2aeac4f
DATA expv<>+20(SB)/4, $0xc2aeac4f
DATA expv<>+24(SB)/4, $0xc2aeac4f
DATA expv<>+28(SB)/4, $0xc2aeac4f
DATA expv<>+32(SB)/4, $0x42b0c09d // hi = 88.3762
DATA expv<>+36(SB)/4, $0x42b0c09d
DATA expv<>+40(SB)/4, $0x42b0c09d
DATA expv<>+44(SB)/4, $0x42b0c09d
DATA expv<>+48(SB)/4, $0x42b0c09d
DATA expv<>+52(SB)/4, $0x42b0c09d
DATA expv<>+56(SB)/4, $0x42b0c09d
DATA expv<>+60(SB)/4, $0x42b0c09d
DATA expv<>+64(SB)/4, $0x3fb8aa3b // log2e = 1.44269504089
DATA expv<>+68(SB)/4, $0x3fb8aa3b
DATA expv<>+72(SB)/4, $0x3fb8aa3b
DATA expv<>+76(SB)/4, $0x3fb8aa3b
DATA expv<>+80(SB)/4, $0x3fb8aa3b
DATA expv<>+84(SB)/4, $0x3fb8aa3b
DATA expv<>+88(SB)/4, $0x3fb8aa3b
DATA expv<>+92(SB)/4, $0x3fb8aa3b
DATA expv<>+96(SB)/4, $0x4b400000 // magic = 12582912.0
DATA expv<>+100(SB)/4, $0x4b400000
DATA expv<>+104(SB)/4, $0x4b400000
DATA expv<>+108(SB)/4, $0x4b400000
DATA expv<>+112(SB)/4, $0x4b400000
DATA expv<>+116(SB)/4, $0x4b400000
DATA expv<>+120(SB)/4, $0x4b400000
DATA expv<>+124(SB)/4, $0x4b400000
DATA expv<>+128(SB)/4, $0x3f318000 // c1 = 0.693359375
DATA expv<>+132(SB)/4, $0x3f318000
DATA expv<>+136(SB)/4, $0x3f318000
DATA expv<>+140(SB)/4, $0x3f318000
DATA expv<>+144(SB)/4, $0x3f318000
DATA expv<>+148(SB)/4, $0x3f318000
DATA expv<>+152(SB)/4, $0x3f318000
DATA expv<>+156(SB)/4, $0x3f318000
DATA expv<>+160(SB)/4, $0xb95e8083 // c2 = -0.00021219444
DATA expv<>+164(SB)/4, $0xb95e8083
DATA expv<>+168(SB)/4, $0xb95e8083
DATA expv<>+172(SB)/4, $0xb95e8083
DATA expv<>+176(SB)/4, $0xb95e8083
DATA expv<>+180(SB)/4, $0xb95e8083
DATA expv<>+184(SB)/4, $0xb95e8083
DATA expv<>+188(SB)/4, $0xb95e8083
DATA expv<>+192(SB)/4, $0x39506967 // p0 = 0.000198756915
DATA expv<>+196(SB)/4, $0x39506967
DATA expv<>+200(SB)/4, $0x39506967
DATA expv<>+204(SB)/4, $0x39506967
DATA expv<>+208(SB)/4, $0x39506967
DATA expv<>+212(SB)/4, $0x39506967
DATA expv<>+216(SB)/4, $0x39506967
DATA expv<>+220(SB)/4, $0x39506967
DATA expv<>+224(SB)/4, $0x3ab743ce // p1 = 0.0013981999507
DATA expv<>+228(SB)/4, $0x3ab743ce
DATA expv<>+232(SB)/4, $0x3ab743ce
DATA expv<>+236(SB)/4, $0x3ab743ce
DATA expv<>+240(SB)/4, $0x3ab743ce
DATA expv<>+244(SB)/4, $0x3ab743ce
DATA expv<>+248(SB)/4, $0x3ab743ce
DATA expv<>+252(SB)/4, $0x3ab743ce
DATA expv<>+256(SB)/4, $0x3c088908 // p2 = 0.0083334519073
DATA expv<>+260(SB)/4, $0x3c088908
DATA expv<>+264(SB)/4, $0x3c088908
DATA expv<>+268(SB)/4, $0x3c088908
DATA expv<>+272(SB)/4, $0x3c088908
DATA expv<>+276(SB)/4, $0x3c088908
DATA expv<>+280(SB)/4, $0x3c088908
DATA expv<>+284(SB)/4, $0x3c088908
DATA expv<>+288(SB)/4, $0x3d2aa9c1 // p3 = 0.041665795894
DATA expv<>+292(SB)/4, $0x3d2aa9c1
DATA expv<>+296(SB)/4, $0x3d2aa9c1
DATA expv<>+300(SB)/4, $0x3d2aa9c1
DATA expv<>+304(SB)/4, $0x3d2aa9c1
DATA expv<>+308(SB)/4, $0x3d2aa9c1
DATA expv<>+312(SB)/4, $0x3d2aa9c1
DATA expv<>+316(SB)/4, $0x3d2aa9c1
DATA expv<>+320(SB)/4, $0x3e2aaaaa // p4 = 0.16666665459
DATA expv<>+324(SB)/4, $0x3e2aaaaa
DATA expv<>+328(SB)/4, $0x3e2aaaaa
DATA expv<>+332(SB)/4, $0x3e2aaaaa
DATA expv<>+336(SB)/4, $0x3e2aaaaa
DATA expv<>+340(SB)/4, $0x3e2aaaaa
DATA expv<>+344(SB)/4, $0x3e2aaaaa
DATA expv<>+348(SB)/4, $0x3e2aaaaa
DATA expv<>+352(SB)/4, $0x3f000000 // p5 = 0.50000001201
DATA expv<>+356(SB)/4, $0x3f000000
DATA expv<>+360(SB)/4, $0x3f000000
DATA expv<>+364(SB)/4, $0x3f000000
DATA expv<>+368(SB)/4, $0x3f000000
DATA expv<>+372(SB)/4, $0x3f000000
DATA expv<>+376(SB)/4, $0x3f000000
DATA expv<>+380(SB)/4, $0x3f000000
DATA expv<>+384(SB)/4, $0x3f800000 // one = 1.0
DATA expv<>+388(SB)/4, $0x3f800000
DATA expv<>+392(SB)/4, $0x3f800000
DATA expv<>+396(SB)/4, $0x3f800000
DATA expv<>+400(SB)/4, $0x3f800000
DATA expv<>+404(SB)/4, $0x3f800000
DATA expv<>+408(SB)/4, $0x3f800000
DATA expv<>+412(SB)/4, $0x3f800000
DATA expv<>+416(SB)/4, $0x4b3fff81 // bias: bits of magic less 127
DATA expv<>+420(SB)/4, $0x4b3fff81
DATA expv<>+424(SB)/4, $0x4b3fff81
DATA expv<>+428(SB)/4, $0x4b3fff81
DATA expv<>+432(SB)/4, $0x4b3fff81
DATA expv<>+436(SB)/4, $0x4b3fff81
DATA expv<>+440(SB)/4, $0x4b3fff81
DATA expv<>+444(SB)/4, $0x4b3fff81
GLOBL expv<>(SB), RODATA|NOPTR, $448

DATA neginf<>+0(SB)/4, $0xff800000 // −Inf
GLOBL neginf<>(SB), RODATA|NOPTR, $4

// EXP8 sets Y5 = exp(Y0) lane by lane for Y0 in [expLo, expHi]: t = x·log2e
// + magic puts n = round(x·log2e) in t's low bits; r = x − n·c1 − n·c2;
// e^r = p(r)·r² + r + 1 (Cephes; the small terms first); 2ⁿ from n's bits.
// Clobbers Y0–Y4.
#define EXP8 \
	VMOVUPS expv<>+96(SB), Y1; \
	VFMADD231PS expv<>+64(SB), Y0, Y1; \
	VSUBPS  expv<>+96(SB), Y1, Y2; \
	VFNMADD231PS expv<>+128(SB), Y2, Y0; \
	VFNMADD231PS expv<>+160(SB), Y2, Y0; \
	VMOVUPS expv<>+192(SB), Y3; \
	VFMADD213PS expv<>+224(SB), Y0, Y3; \
	VFMADD213PS expv<>+256(SB), Y0, Y3; \
	VFMADD213PS expv<>+288(SB), Y0, Y3; \
	VFMADD213PS expv<>+320(SB), Y0, Y3; \
	VFMADD213PS expv<>+352(SB), Y0, Y3; \
	VMULPS  Y0, Y0, Y4; \
	VMOVAPS Y0, Y5; \
	VFMADD231PS Y4, Y3, Y5; \
	VADDPS  expv<>+384(SB), Y5, Y5; \
	VPSUBD  expv<>+416(SB), Y1, Y1; \
	VPSLLD  $23, Y1, Y1; \
	VMULPS  Y1, Y5, Y5

// func cpuHasAVX2FMA() bool
TEXT ·cpuHasAVX2FMA(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	// ECX: bit 12 FMA, bit 27 OSXSAVE, bit 28 AVX.
	ANDL $0x18001000, CX
	CMPL CX, $0x18001000
	JNE  no
	// XCR0 bits 1 and 2: the OS saves xmm and ymm state.
	XORL CX, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE  no
	// Leaf 7, EBX bit 5: AVX2.
	MOVL $7, AX
	XORL CX, CX
	CPUID
	BTL  $5, BX
	JCC  no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET

// func cpuHasAVX512() bool
//
// AVX-512 F on top of AVX2 and FMA (callers check those first): leaf 7,
// EBX bit 16, and XCR0 bits 5–7, the OS saves the opmask and zmm state.
TEXT ·cpuHasAVX512(SB), NOSPLIT, $0-1
	XORL CX, CX
	XGETBV
	ANDL $0xe6, AX
	CMPL AX, $0xe6
	JNE  no512
	MOVL $7, AX
	XORL CX, CX
	CPUID
	BTL  $16, BX
	JCC  no512
	MOVB $1, ret+0(FP)
	RET
no512:
	MOVB $0, ret+0(FP)
	RET

// func expShiftBlocksAVX2(dst, src *float32, n int, shift float32) (done int, sum float64)
//
// dst[i] = exp(src[i] − shift) for whole blocks of 8 from the start, while
// every x = src[i] − shift of a block lies in [expLo, expHi] (NaN does
// not); stops before the first block that does not, or the last partial
// one. done counts the elements written, sum is their sum (in float64).
TEXT ·expShiftBlocksAVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSS shift+24(FP), Y15
	VXORPD Y7, Y7, Y7
	XORQ AX, AX

loop:
	MOVQ CX, DX
	SUBQ AX, DX
	CMPQ DX, $8
	JLT  done
	VMOVUPS (SI)(AX*4), Y0
	VSUBPS  Y15, Y0, Y0                     // x = src − shift
	VCMPPS  $0x1d, expv<>+0(SB), Y0, Y1    // x ≥ lo (ordered: NaN fails)
	VCMPPS  $0x12, expv<>+32(SB), Y0, Y2    // x ≤ hi
	VANDPS  Y2, Y1, Y1
	VMOVMSKPS Y1, DX
	CMPL    DX, $0xff
	JNE     done
	EXP8
	VMOVUPS Y5, (DI)(AX*4)
	VCVTPS2PD X5, Y6
	VADDPD  Y6, Y7, Y7
	VEXTRACTF128 $1, Y5, X6
	VCVTPS2PD X6, Y6
	VADDPD  Y6, Y7, Y7
	ADDQ    $8, AX
	JMP     loop

done:
	VEXTRACTF128 $1, Y7, X6
	VADDPD  X6, X7, X7
	VHADDPD X7, X7, X7
	VZEROUPPER
	MOVQ    AX, done+32(FP)
	MOVSD   X7, sum+40(FP)
	RET

// func maxAVX2(x *float32, n int) (m float32, done int)
//
// The largest entry of x's whole blocks of 8 (NaN entries are skipped, as
// max32 skips them), starting from −Inf; done = n rounded down to 8.
TEXT ·maxAVX2(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	ANDQ $-8, CX
	VBROADCASTSS neginf<>(SB), Y0
	VMOVAPS Y0, Y1
	XORQ DX, DX
max16:
	MOVQ CX, BX
	SUBQ DX, BX
	CMPQ BX, $16
	JLT  max8
	VMOVUPS (SI)(DX*4), Y2
	VMOVUPS 32(SI)(DX*4), Y3
	VMAXPS  Y0, Y2, Y0 // m = x > m ? x : m (NaN x: m)
	VMAXPS  Y1, Y3, Y1
	ADDQ    $16, DX
	JMP     max16
max8:
	CMPQ BX, $8
	JLT  maxdone
	VMOVUPS (SI)(DX*4), Y2
	VMAXPS  Y0, Y2, Y0
	ADDQ    $8, DX
maxdone:
	VMAXPS Y0, Y1, Y0
	VEXTRACTF128 $1, Y0, X1
	VMAXPS X0, X1, X0
	VPERMILPS $0x4e, X0, X1
	VMAXPS X0, X1, X0
	VPERMILPS $0xb1, X0, X1
	VMAXPS X0, X1, X0
	VZEROUPPER
	MOVSS X0, m+16(FP)
	MOVQ  CX, done+24(FP)
	RET

// func scaleAVX2(y *float32, n int, a float32) (done int)
//
// y[i] *= a over y's whole blocks of 8; done = n rounded down to 8.
TEXT ·scaleAVX2(SB), NOSPLIT, $0-32
	MOVQ y+0(FP), DI
	MOVQ n+8(FP), CX
	ANDQ $-8, CX
	VBROADCASTSS a+16(FP), Y1
	XORQ DX, DX
scale8:
	CMPQ DX, CX
	JGE  scaledone
	VMULPS (DI)(DX*4), Y1, Y0
	VMOVUPS Y0, (DI)(DX*4)
	ADDQ $8, DX
	JMP  scale8
scaledone:
	VZEROUPPER
	MOVQ CX, done+24(FP)
	RET

// func dualTokenAVX2(s *float32, dv, dk int, k, q, v, o *float32, beta, scale float32, mode int)
//
// One token of the recurrent dual forms (dualToken in simd_amd64.go) on
// the state S [dv, dk] (dk a positive multiple of 8), row by row: for row
// i, c = β(v_i − S_i·k) (mode bit 1: delta rule) or v_i (sum rule);
// S_i += c·k; o_i = scale·S_i·q with S_i after the update, or before it
// (mode bit 0: strict mask). One pass over the row for the dot with q and
// the update, one more before it for the delta rule's S_i·k.
TEXT ·dualTokenAVX2(SB), NOSPLIT, $0-72
	MOVQ s+0(FP), SI
	MOVQ dv+8(FP), R8
	MOVQ dk+16(FP), R9
	MOVQ k+24(FP), R10
	MOVQ q+32(FP), R11
	MOVQ v+40(FP), R12
	MOVQ o+48(FP), R13
	VMOVSS beta+56(FP), X14
	VMOVSS scale+60(FP), X13
	MOVQ mode+64(FP), BX
	XORQ AX, AX

row:
	CMPQ AX, R8
	JGE  rowsdone
	VMOVSS (R12)(AX*4), X0 // v_i
	TESTQ $2, BX
	JEQ  coef
	VXORPS Y1, Y1, Y1
	XORQ CX, CX
dotk:
	VMOVUPS (SI)(CX*4), Y2
	VFMADD231PS (R10)(CX*4), Y2, Y1
	ADDQ $8, CX
	CMPQ CX, R9
	JLT  dotk
	VEXTRACTF128 $1, Y1, X4
	VADDPS X4, X1, X1
	VHADDPS X1, X1, X1
	VHADDPS X1, X1, X1
	VSUBSS X1, X0, X0 // v_i − S_i·k
	VMULSS X14, X0, X0

coef:
	VBROADCASTSS X0, Y0
	VXORPS Y3, Y3, Y3
	XORQ CX, CX
	TESTQ $1, BX
	JNE  strict

causal:
	VMOVUPS (SI)(CX*4), Y2
	VFMADD231PS (R10)(CX*4), Y0, Y2 // S_i += c·k
	VMOVUPS Y2, (SI)(CX*4)
	VFMADD231PS (R11)(CX*4), Y2, Y3 // + S_i·q, after
	ADDQ $8, CX
	CMPQ CX, R9
	JLT  causal
	JMP  out

strict:
	VMOVUPS (SI)(CX*4), Y2
	VFMADD231PS (R11)(CX*4), Y2, Y3 // + S_i·q, before
	VFMADD231PS (R10)(CX*4), Y0, Y2
	VMOVUPS Y2, (SI)(CX*4)
	ADDQ $8, CX
	CMPQ CX, R9
	JLT  strict

out:
	VEXTRACTF128 $1, Y3, X4
	VADDPS X4, X3, X3
	VHADDPS X3, X3, X3
	VHADDPS X3, X3, X3
	VMULSS X13, X3, X3
	VMOVSS X3, (R13)(AX*4)
	LEAQ (SI)(R9*4), SI
	INCQ AX
	JMP  row

rowsdone:
	VZEROUPPER
	RET

// func elu1AVX2(dst, src *float32, n int) (done int)
//
// dst[i] = src[i] + 1 where src[i] > 0, exp(src[i]) elsewhere, for whole
// blocks of 8 from the start while every entry of a block is ≥ expLo (NaN
// is not); stops before the first block that is not, or the last partial
// one.
TEXT ·elu1AVX2(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	VXORPS Y8, Y8, Y8
	XORQ AX, AX

eluloop:
	MOVQ CX, DX
	SUBQ AX, DX
	CMPQ DX, $8
	JLT  eludone
	VMOVUPS (SI)(AX*4), Y6
	VCMPPS  $0x1d, expv<>+0(SB), Y6, Y1 // x ≥ lo (ordered: NaN fails)
	VMOVMSKPS Y1, DX
	CMPL    DX, $0xff
	JNE     eludone
	VMINPS  Y8, Y6, Y0 // min(x, 0): exp only where it is kept
	EXP8
	VADDPS  expv<>+384(SB), Y6, Y7 // x + 1
	VCMPPS  $0x1e, Y8, Y6, Y9      // x > 0
	VBLENDVPS Y9, Y7, Y5, Y5
	VMOVUPS Y5, (DI)(AX*4)
	ADDQ    $8, AX
	JMP     eluloop

eludone:
	VZEROUPPER
	MOVQ AX, done+24(FP)
	RET
