// Package cuda renders kernel IR (codegen/kir) as CUDA C. Like tinygrad's
// C-style renderer it is a table of settings and per-op spellings; the
// kernel IR decides what is computed, the renderer only how it is written.
package cuda

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Renderer holds the spellings of one C dialect.
type Renderer struct {
	KernelPrefix string              // before the kernel's name
	Barrier      string              // the block barrier statement
	Types        map[kir.Type]string // C type of each kernel IR type
	Special      map[kir.SpecialKind]string
	Includes     []string
}

// CUDA is the renderer for nvcc (sm_80 and later).
var CUDA = &Renderer{
	KernelPrefix: `extern "C" __global__ void`,
	Barrier:      "__syncthreads();",
	Types: map[kir.Type]string{
		kir.Bool: "bool", kir.I32: "int", kir.I64: "long long",
		kir.F32: "float", kir.F16: "__half", kir.BF16: "__nv_bfloat16",
	},
	Special: map[kir.SpecialKind]string{
		kir.ThreadIdxX: "(long long)threadIdx.x", kir.ThreadIdxY: "(long long)threadIdx.y", kir.ThreadIdxZ: "(long long)threadIdx.z",
		kir.BlockIdxX: "(long long)blockIdx.x", kir.BlockIdxY: "(long long)blockIdx.y", kir.BlockIdxZ: "(long long)blockIdx.z",
		kir.BlockDimX: "(long long)blockDim.x", kir.BlockDimY: "(long long)blockDim.y", kir.BlockDimZ: "(long long)blockDim.z",
		kir.GridDimX: "(long long)gridDim.x", kir.GridDimY: "(long long)gridDim.y", kir.GridDimZ: "(long long)gridDim.z",
	},
	Includes: []string{"cuda_fp16.h", "cuda_bf16.h"},
}

// File renders kernels into one .cu file with a header comment.
func (r *Renderer) File(header string, ks []*kir.Kernel) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		b.WriteString("// " + l + "\n")
	}
	for _, inc := range r.Includes {
		fmt.Fprintf(&b, "#include <%s>\n", inc)
	}
	bodies := make([]string, len(ks))
	for i, k := range ks {
		bodies[i] = r.Kernel(k)
	}
	for _, k := range ks {
		if k.UsesWgmma() {
			b.WriteString(packHelpers)
			break
		}
	}
	for _, body := range bodies {
		if strings.Contains(body, "hopf_exp2(") {
			b.WriteString(exp2Helper)
			break
		}
	}
	for _, body := range bodies {
		b.WriteString("\n")
		b.WriteString(body)
	}
	return b.String()
}

// exp2Helper renders kir.Exp2 (files that use it): one MUFU.EX2, results
// below 2^-126 flushed to 0. exp2f without --use_fast_math keeps
// subnormal results at the price of a compare and two predicated
// multiplies around every MUFU.EX2; in a softmax those are three
// instructions per score for values that are 0 to within 2^-126.
const exp2Helper = `
__device__ __forceinline__ float hopf_exp2(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x));
  return y;
}
`

// packHelpers render kir.Pack2 (files with a wgmma kernel): two f32 values
// rounded to one f16x2/bf16x2 register (one cvt.rn.{f16x2,bf16x2}.f32).
const packHelpers = `
__device__ __forceinline__ int hopf_pack_f16x2(float lo, float hi) {
  __half2 h = __floats2half2_rn(lo, hi);
  return *reinterpret_cast<int*>(&h);
}
__device__ __forceinline__ int hopf_pack_bf16x2(float lo, float hi) {
  __nv_bfloat162 h = __floats2bfloat162_rn(lo, hi);
  return *reinterpret_cast<int*>(&h);
}
`

// Kernel renders one kernel, opening with a comment naming the IR op and
// DSL position it came from.
func (r *Renderer) Kernel(k *kir.Kernel) string {
	var b strings.Builder
	if k.Origin != "" {
		for _, l := range strings.Split(k.Origin, "\n") {
			b.WriteString("// " + l + "\n")
		}
	}
	var params []string
	for _, p := range k.Params {
		switch {
		case p.Map != nil: // the address of a CUtensorMap in global memory (cu passes 8-byte parameters)
			params = append(params, fmt.Sprintf("const void* __restrict__ %s", p.Name))
		case p.Ptr && p.ReadOnly:
			params = append(params, fmt.Sprintf("const %s* __restrict__ %s", r.Types[p.Type], p.Name))
		case p.Ptr:
			params = append(params, fmt.Sprintf("%s* __restrict__ %s", r.Types[p.Type], p.Name))
		default:
			params = append(params, fmt.Sprintf("%s %s", r.Types[p.Type], p.Name))
		}
	}
	fmt.Fprintf(&b, "%s __launch_bounds__(%d) %s(%s) {\n", r.KernelPrefix, k.Threads(), k.Name, strings.Join(params, ", "))
	// Shared arrays are 16-byte aligned (vector copies, cp.async and
	// ldmatrix rows). Up to 48 KiB they are static arrays; beyond, they are
	// carved out of the dynamic shared memory at kir's offsets (the launch
	// passes SharedBytes and the runtime raises the kernel's limit).
	// Arrays aligned beyond 16 bytes (TMA destinations, swizzled tiles:
	// kir.Shared.Align) are declared so; in dynamic shared memory the
	// offsets are kir's from a base that must be aligned as much, which the
	// kernel checks (a trap, rather than wrong results, if it is not).
	if k.DynamicShared() {
		off, total := k.SharedOffsets()
		a := k.SharedAlignMax()
		fmt.Fprintf(&b, "  extern __shared__ __align__(%d) unsigned char hopf_smem[]; // %d bytes, dynamic (more than 48 KiB)\n", a, total)
		if a > kir.SharedAlign {
			fmt.Fprintf(&b, "  if ((unsigned)__cvta_generic_to_shared(hopf_smem) & %d) __trap(); // the arrays' %d-byte alignment\n", a-1, a)
		}
		for i, s := range k.Shared {
			fmt.Fprintf(&b, "  %s* const %s = reinterpret_cast<%s*>(hopf_smem + %d); // [%d]\n", r.Types[s.Type], s.Name, r.Types[s.Type], off[i], s.Len)
		}
	} else {
		for _, s := range k.Shared {
			fmt.Fprintf(&b, "  __shared__ __align__(%d) %s %s[%d];\n", max(s.Align, kir.SharedAlign), r.Types[s.Type], s.Name, s.Len)
		}
	}
	r.stmts(&b, k.Body, 1)
	b.WriteString("}\n")
	return b.String()
}

func (r *Renderer) stmts(b *strings.Builder, ss []kir.Stmt, depth int) {
	ind := strings.Repeat("  ", depth)
	for _, s := range ss {
		switch s := s.(type) {
		case *kir.Decl:
			fmt.Fprintf(b, "%s%s %s = %s;\n", ind, r.Types[s.V.Type], s.V.Name, r.Expr(s.Init))
		case *kir.Assign:
			fmt.Fprintf(b, "%s%s = %s;\n", ind, s.V.Name, r.Expr(s.X))
		case *kir.Store:
			fmt.Fprintf(b, "%s%s[%s] = %s;\n", ind, s.Buf.BufName(), r.Expr(s.Index), r.Expr(s.X))
		case *kir.For:
			fmt.Fprintf(b, "%sfor (long long %s = %s; %s < %s; %s += %s) {\n", ind, s.V.Name, r.Expr(s.From), s.V.Name, r.Expr(s.To), s.V.Name, r.Expr(s.Step))
			r.stmts(b, s.Body, depth+1)
			b.WriteString(ind + "}\n")
		case *kir.If:
			fmt.Fprintf(b, "%sif (%s) {\n", ind, strip(r.Expr(s.Cond)))
			r.stmts(b, s.Then, depth+1)
			if len(s.Else) > 0 {
				b.WriteString(ind + "} else {\n")
				r.stmts(b, s.Else, depth+1)
			}
			b.WriteString(ind + "}\n")
		case *kir.Barrier:
			b.WriteString(ind + r.Barrier + "\n")
		case *kir.NamedBarrier:
			op := "sync"
			if s.Arrive {
				op = "arrive"
			}
			fmt.Fprintf(b, "%sasm volatile(\"bar.%s %%0, %d;\" :: \"r\"((unsigned)(%s)) : \"memory\");\n", ind, op, s.Count, strip(r.Expr(s.ID)))
		case *kir.Comment:
			fmt.Fprintf(b, "%s// %s\n", ind, s.Text)
		case *kir.Mma:
			r.mma(b, s, ind)
		case *kir.LdMatrix:
			r.ldmatrix(b, s, ind)
		case *kir.CopyAsync:
			if s.Valid != nil { // src-size 0: nothing read, 16 bytes of zeros
				fmt.Fprintf(b, "%sasm volatile(\"cp.async.cg.shared.global [%%0], [%%1], 16, %%2;\" :: \"r\"((unsigned)__cvta_generic_to_shared(&%s[%s])), \"l\"(&%s[%s]), \"r\"(%s ? 16 : 0) : \"memory\"); // %d × %s, zeros where not valid\n",
					ind, s.Dst.Name, strip(r.Expr(s.DstIndex)), s.Src.Name, strip(r.Expr(s.SrcIndex)), r.Expr(s.Valid), s.N, s.Src.Type)
				break
			}
			fmt.Fprintf(b, "%sasm volatile(\"cp.async.cg.shared.global [%%0], [%%1], 16;\" :: \"r\"((unsigned)__cvta_generic_to_shared(&%s[%s])), \"l\"(&%s[%s]) : \"memory\"); // %d × %s\n",
				ind, s.Dst.Name, strip(r.Expr(s.DstIndex)), s.Src.Name, strip(r.Expr(s.SrcIndex)), s.N, s.Src.Type)
		case *kir.AsyncCommit:
			fmt.Fprintf(b, "%sasm volatile(\"cp.async.commit_group;\" ::: \"memory\");\n", ind)
		case *kir.AsyncWait:
			fmt.Fprintf(b, "%sasm volatile(\"cp.async.wait_group %d;\" ::: \"memory\");\n", ind, s.N)
		case *kir.Wgmma:
			r.wgmma(b, s, ind)
		case *kir.WgmmaFence:
			r.pin(b, s.Regs, ind)
			fmt.Fprintf(b, "%sasm volatile(\"wgmma.fence.sync.aligned;\" ::: \"memory\");\n", ind)
		case *kir.WgmmaCommit:
			fmt.Fprintf(b, "%sasm volatile(\"wgmma.commit_group.sync.aligned;\" ::: \"memory\");\n", ind)
		case *kir.WgmmaWait:
			fmt.Fprintf(b, "%sasm volatile(\"wgmma.wait_group.sync.aligned %d;\" ::: \"memory\");\n", ind, s.N)
			r.pin(b, s.Regs, ind)
		case *kir.SetMaxNReg:
			op := "dec"
			if s.Inc {
				op = "inc"
			}
			fmt.Fprintf(b, "%sasm volatile(\"setmaxnreg.%s.sync.aligned.u32 %d;\" ::: \"memory\");\n", ind, op, s.N)
		case *kir.FenceProxyAsync:
			fmt.Fprintf(b, "%sasm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n", ind)
		case *kir.MbarInit:
			fmt.Fprintf(b, "%sasm volatile(\"mbarrier.init.shared::cta.b64 [%%0], %d;\" :: \"r\"(%s) : \"memory\");\n", ind, s.Count, r.smem(s.Bar, s.Index))
		case *kir.FenceMbarInit:
			fmt.Fprintf(b, "%sasm volatile(\"fence.mbarrier_init.release.cluster;\" ::: \"memory\");\n", ind)
		case *kir.MbarArriveTx:
			if s.Bytes == 0 {
				fmt.Fprintf(b, "%sasm volatile(\"mbarrier.arrive.shared::cta.b64 _, [%%0];\" :: \"r\"(%s) : \"memory\");\n", ind, r.smem(s.Bar, s.Index))
				break
			}
			fmt.Fprintf(b, "%sasm volatile(\"mbarrier.arrive.expect_tx.shared::cta.b64 _, [%%0], %d;\" :: \"r\"(%s) : \"memory\");\n", ind, s.Bytes, r.smem(s.Bar, s.Index))
		case *kir.MbarWait:
			// try_wait suspends the thread for a while in hardware; the loop
			// retries until the phase has completed. Labels in braces are
			// local to the block, so the asm may appear many times.
			fmt.Fprintf(b, "%sasm volatile(\"{\\n.reg .pred p;\\nHOPF_WAIT:\\nmbarrier.try_wait.parity.shared::cta.b64 p, [%%0], %%1;\\n@!p bra HOPF_WAIT;\\n}\" :: \"r\"(%s), \"r\"((unsigned)(%s)) : \"memory\");\n",
				ind, r.smem(s.Bar, s.Index), strip(r.Expr(s.Parity)))
		case *kir.TmaLoad:
			r.tmaLoad(b, s, ind)
		case *kir.Copy:
			vec := map[int]string{4: "unsigned", 8: "uint2", 16: "uint4"}[s.N*s.Src.ElemType().Size()]
			fmt.Fprintf(b, "%s*reinterpret_cast<%s*>(&%s[%s]) = *reinterpret_cast<const %s*>(&%s[%s]); // %d × %s\n",
				ind, vec, s.Dst.BufName(), strip(r.Expr(s.DstIndex)), vec, s.Src.BufName(), strip(r.Expr(s.SrcIndex)), s.N, s.Src.ElemType())
		default:
			panic(fmt.Sprintf("cuda: unknown statement %T", s))
		}
	}
}

// mma renders a kir.Mma as inline PTX: the f16/bf16 operands are packed
// in pairs (the lower index in the lower half, as PTX wants) and read as
// 32-bit registers.
func (r *Renderer) mma(b *strings.Builder, s *kir.Mma, ind string) {
	ptx, pair, mk, cvt := "f16", "__half2", "__halves2half2", "__floats2half2_rn"
	if s.A[0].Type() == kir.BF16 {
		ptx, pair, mk, cvt = "bf16", "__nv_bfloat162", "__halves2bfloat162", "__floats2bfloat162_rn"
	}
	ops := append(s.A[:], s.B[:]...)
	var packs []string
	for i := 0; i < len(ops); i += 2 {
		// Two f32 values converted (the P operand of attention): one
		// cvt.rn.f16x2.f32 for the pair, rounding each as __float2half does.
		x, xok := ops[i].(*kir.Cast)
		y, yok := ops[i+1].(*kir.Cast)
		if xok && yok && x.X.Type() == kir.F32 && y.X.Type() == kir.F32 {
			packs = append(packs, fmt.Sprintf("%s(%s, %s)", cvt, strip(r.Expr(x.X)), strip(r.Expr(y.X))))
			continue
		}
		packs = append(packs, fmt.Sprintf("%s(%s, %s)", mk, strip(r.Expr(ops[i])), strip(r.Expr(ops[i+1]))))
	}
	fmt.Fprintf(b, "%s{ // D = A·B + C on the warp's tensor cores (m16n8k16, %s in, f32 accumulate)\n", ind, ptx)
	fmt.Fprintf(b, "%s  const %s mma_h[6] = {%s};\n", ind, pair, strings.Join(packs, ", "))
	fmt.Fprintf(b, "%s  const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);\n", ind)
	fmt.Fprintf(b, "%s  asm volatile(\"mma.sync.aligned.m16n8k16.row.col.f32.%s.%s.f32 {%%0, %%1, %%2, %%3}, {%%4, %%5, %%6, %%7}, {%%8, %%9}, {%%10, %%11, %%12, %%13};\"\n", ind, ptx, ptx)
	fmt.Fprintf(b, "%s      : \"=f\"(%s), \"=f\"(%s), \"=f\"(%s), \"=f\"(%s)\n", ind, s.D[0].Name, s.D[1].Name, s.D[2].Name, s.D[3].Name)
	fmt.Fprintf(b, "%s      : \"r\"(mma_r[0]), \"r\"(mma_r[1]), \"r\"(mma_r[2]), \"r\"(mma_r[3]), \"r\"(mma_r[4]), \"r\"(mma_r[5]),\n", ind)
	fmt.Fprintf(b, "%s        \"f\"(%s), \"f\"(%s), \"f\"(%s), \"f\"(%s));\n", ind, strip(r.Expr(s.C[0])), strip(r.Expr(s.C[1])), strip(r.Expr(s.C[2])), strip(r.Expr(s.C[3])))
	fmt.Fprintf(b, "%s}\n", ind)
}

// pin renders empty asm statements that read and write regs, so that the
// C compiler keeps their ordinary accesses on their side of a wgmma fence
// or wait (CUTLASS's warpgroup_fence_operand).
func (r *Renderer) pin(b *strings.Builder, regs []*kir.Var, ind string) {
	for i := 0; i < len(regs); i += 8 {
		var ops []string
		for _, v := range regs[i:min(i+8, len(regs))] {
			c := "f"
			if v.Type != kir.F32 {
				c = "r"
			}
			ops = append(ops, fmt.Sprintf("\"+%s\"(%s)", c, v.Name))
		}
		fmt.Fprintf(b, "%sasm volatile(\"\" : %s :: \"memory\");\n", ind, strings.Join(ops, ", "))
	}
}

// desc renders the 64-bit wgmma matrix descriptor of o: the shared-memory
// address and both byte offsets, each encoded as (x & 0x3FFFF) >> 4, and
// the layout in bits 62–63 (0 no swizzle, 1 the 128-byte swizzle; the
// base offset, bits 49–51, is 0: swizzled arrays start on 1024 bytes).
//
// A swizzled operand at x + c (c constant) is rendered as the descriptor
// of x plus c's 16-byte units, so that the wgmma of one batch share one
// descriptor computation: in the SASS of the TMA kernels 18–20 fewer
// uniform instructions a key tile, registers unchanged (ptxas 12.4). The
// address field cannot carry over: shared addresses stay below 256 KiB.
// The unswizzled operands keep one computation each: there the shared
// form cost registers, up to a block an SM (docs/RATIONALE.md).
func (r *Renderer) desc(o *kir.WgmmaSmem) string {
	layout := ""
	if o.Swizzle == 128 {
		layout = " | (1ull << 62)"
	}
	start, off := o.Start, int64(0)
	if bin, ok := o.Start.(*kir.Bin); ok && bin.Op == kir.OpAdd && o.Swizzle == 128 {
		if c, ok := bin.B.(*kir.Const); ok && c.I*int64(o.Src.Type.Size())%16 == 0 {
			start, off = bin.A, c.I*int64(o.Src.Type.Size())/16
		}
	}
	d := fmt.Sprintf("((unsigned long long)(((unsigned)__cvta_generic_to_shared(&%s[%s]) & 0x3FFFF) >> 4) | (%dull << 16) | (%dull << 32)%s)",
		o.Src.Name, strip(r.Expr(start)), o.LBO>>4, o.SBO>>4, layout)
	if off != 0 {
		d = fmt.Sprintf("(%s + %dull)", d, off)
	}
	return d
}

// smem renders the 32-bit shared-memory address of a[i].
func (r *Renderer) smem(a *kir.Shared, i kir.Expr) string {
	return fmt.Sprintf("(unsigned)__cvta_generic_to_shared(&%s[%s])", a.Name, strip(r.Expr(i)))
}

// tmaLoad renders a kir.TmaLoad as cp.async.bulk.tensor (tile mode,
// completing on an mbarrier): the map by its generic address, the
// coordinates as 32-bit integers.
func (r *Renderer) tmaLoad(b *strings.Builder, s *kir.TmaLoad, ind string) {
	n := len(s.Coords)
	var cs, ins []string
	for i, c := range s.Coords {
		cs = append(cs, fmt.Sprintf("%%%d", i+2))
		ins = append(ins, fmt.Sprintf("\"r\"((int)(%s))", strip(r.Expr(c))))
	}
	fmt.Fprintf(b, "%sasm volatile(\"cp.async.bulk.tensor.%dd.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%%0], [%%1, {%s}], [%%%d];\"\n", ind, n, strings.Join(cs, ", "), n+2)
	fmt.Fprintf(b, "%s    :: \"r\"(%s), \"l\"(%s), %s, \"r\"(%s) : \"memory\"); // box %v of %s, swizzle %d\n",
		ind, r.smem(s.Dst, s.Start), s.Map.Name, strings.Join(ins, ", "), r.smem(s.Bar, s.BarIndex), s.Map.Map.Box, s.Map.Type, s.Map.Map.Swizzle)
}

// wgmma renders a kir.Wgmma as inline PTX: the accumulators are read-write
// operands, A is a descriptor or four packed registers, B a descriptor;
// scale-d is a predicate set from the Accumulate constant.
func (r *Renderer) wgmma(b *strings.Builder, s *kir.Wgmma, ind string) {
	ptx := "f16"
	if s.B.Src.Type == kir.BF16 {
		ptx = "bf16"
	}
	n := s.N / 2
	var dregs, douts []string
	for i, v := range s.D {
		dregs = append(dregs, fmt.Sprintf("%%%d", i))
		douts = append(douts, fmt.Sprintf("\"+f\"(%s)", v.Name))
	}
	var aop, ins []string
	transA := ", 0"
	if s.ASmem != nil {
		aop = []string{fmt.Sprintf("%%%d", n)}
		ins = append(ins, fmt.Sprintf("\"l\"(%s)", r.desc(s.ASmem)))
		if s.ASmem.MNMajor {
			transA = ", 1"
		}
	} else {
		for j, x := range s.A {
			aop = append(aop, fmt.Sprintf("%%%d", n+j))
			ins = append(ins, fmt.Sprintf("\"r\"(%s)", strip(r.Expr(x))))
		}
		transA = "" // register A: no imm-trans-a
	}
	bi := n + len(aop)
	ins = append(ins, fmt.Sprintf("\"l\"(%s)", r.desc(&s.B)))
	acc := 0
	if s.Accumulate {
		acc = 1
	}
	ins = append(ins, fmt.Sprintf("\"n\"(%d)", acc))
	transB := 0
	if s.B.MNMajor {
		transB = 1
	}
	a := strings.Join(aop, ", ")
	if s.ASmem == nil {
		a = "{" + a + "}"
	}
	what := "A, B in shared memory"
	if s.ASmem == nil {
		what = "A in registers, B in shared memory"
	}
	fmt.Fprintf(b, "%s{ // D = A·B%s on the warpgroup's tensor cores (wgmma m64n%dk16, %s in, f32 accumulate; %s)\n",
		ind, map[bool]string{true: " + D", false: ""}[s.Accumulate], s.N, ptx, what)
	fmt.Fprintf(b, "%s  asm volatile(\"{\\n.reg .pred p;\\nsetp.ne.b32 p, %%%d, 0;\\n\"\n", ind, bi+1)
	fmt.Fprintf(b, "%s      \"wgmma.mma_async.sync.aligned.m64n%dk16.f32.%s.%s {%s}, %s, %%%d, p, 1, 1%s, %d;\\n}\\n\"\n",
		ind, s.N, ptx, ptx, strings.Join(dregs, ", "), a, bi, transA, transB)
	for i := 0; i < len(douts); i += 8 {
		lead := "  "
		if i == 0 {
			lead = ": "
		}
		sep := ","
		if i+8 >= len(douts) {
			sep = ""
		}
		fmt.Fprintf(b, "%s      %s%s%s\n", ind, lead, strings.Join(douts[i:min(i+8, len(douts))], ", "), sep)
	}
	fmt.Fprintf(b, "%s      : %s);\n", ind, strings.Join(ins, ", "))
	fmt.Fprintf(b, "%s}\n", ind)
}

// ldmatrix renders a kir.LdMatrix as inline PTX into 32-bit registers,
// then splits each into its two halves (the lower half is the first).
func (r *Renderer) ldmatrix(b *strings.Builder, s *kir.LdMatrix, ind string) {
	n := len(s.D) / 2
	pair, lo, hi := "__half2", "__low2half", "__high2half"
	if s.Src.Type == kir.BF16 {
		pair, lo, hi = "__nv_bfloat162", "__low2bfloat16", "__high2bfloat16"
	}
	trans := ""
	if s.Trans {
		trans = ".trans"
	}
	var regs, outs []string
	for j := 0; j < n; j++ {
		regs = append(regs, fmt.Sprintf("%%%d", j))
		outs = append(outs, fmt.Sprintf("\"=r\"(lm_r[%d])", j))
	}
	fmt.Fprintf(b, "%s{ // %d 8×8 matrices of %s from shared memory%s\n", ind, n, s.Src.Name, map[bool]string{true: ", transposed", false: ""}[s.Trans])
	fmt.Fprintf(b, "%s  unsigned lm_r[%d];\n", ind, n)
	fmt.Fprintf(b, "%s  asm volatile(\"ldmatrix.sync.aligned.m8n8.x%d%s.shared.b16 {%s}, [%%%d];\"\n", ind, n, trans, strings.Join(regs, ", "), n)
	fmt.Fprintf(b, "%s      : %s\n", ind, strings.Join(outs, ", "))
	fmt.Fprintf(b, "%s      : \"r\"((unsigned)__cvta_generic_to_shared(&%s[%s])));\n", ind, s.Src.Name, strip(r.Expr(s.Row)))
	for j := 0; j < n; j++ {
		fmt.Fprintf(b, "%s  %s = %s(*reinterpret_cast<const %s*>(&lm_r[%d]));\n", ind, s.D[2*j].Name, lo, pair, j)
		fmt.Fprintf(b, "%s  %s = %s(*reinterpret_cast<const %s*>(&lm_r[%d]));\n", ind, s.D[2*j+1].Name, hi, pair, j)
	}
	fmt.Fprintf(b, "%s}\n", ind)
}

// strip removes one pair of outer parentheses.
func strip(s string) string {
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && balanced(s[1:len(s)-1]) {
		return s[1 : len(s)-1]
	}
	return s
}

func balanced(s string) bool {
	d := 0
	for _, c := range s {
		switch c {
		case '(':
			d++
		case ')':
			d--
			if d < 0 {
				return false
			}
		}
	}
	return d == 0
}

// Expr renders an expression; every compound is parenthesised.
func (r *Renderer) Expr(x kir.Expr) string {
	switch x := x.(type) {
	case *kir.Const:
		return r.constant(x)
	case *kir.ParamRef:
		return x.P.Name
	case *kir.VarRef:
		return x.V.Name
	case *kir.Special:
		return r.Special[x.Kind]
	case *kir.Bin:
		a, b := r.Expr(x.A), r.Expr(x.B)
		t := x.A.Type()
		switch x.Op {
		case kir.OpMin, kir.OpMax:
			fn := map[kir.BinOp]string{kir.OpMin: "min", kir.OpMax: "max"}[x.Op]
			if t == kir.F32 {
				fn = "f" + fn + "f"
			}
			return fmt.Sprintf("%s(%s, %s)", fn, a, b)
		}
		return fmt.Sprintf("(%s %s %s)", a, x.Op, b)
	case *kir.Un:
		v := r.Expr(x.X)
		switch x.Op {
		case kir.OpNeg:
			return "(-" + v + ")"
		case kir.OpNot:
			return "(!" + v + ")"
		case kir.OpAbs:
			if x.X.Type() == kir.F32 {
				return "fabsf(" + v + ")"
			}
			return "llabs(" + v + ")"
		case kir.OpRcp:
			return "__fdividef(1.0f, " + v + ")"
		case kir.OpExp2:
			return "hopf_exp2(" + v + ")"
		}
		return map[kir.UnOp]string{kir.OpExp: "expf", kir.OpLog: "logf", kir.OpSqrt: "sqrtf", kir.OpRsqrt: "rsqrtf"}[x.Op] + "(" + v + ")"
	case *kir.Cast:
		from := x.X.Type()
		v := r.Expr(x.X)
		switch {
		case from == x.T:
			return v
		case x.T == kir.F16:
			return "__float2half(" + r.Expr(kir.To(kir.F32, x.X)) + ")"
		case x.T == kir.BF16:
			return "__float2bfloat16(" + r.Expr(kir.To(kir.F32, x.X)) + ")"
		case from == kir.F16:
			return fmt.Sprintf("((%s)__half2float(%s))", r.Types[x.T], v)
		case from == kir.BF16:
			return fmt.Sprintf("((%s)__bfloat162float(%s))", r.Types[x.T], v)
		}
		return fmt.Sprintf("((%s)%s)", r.Types[x.T], v)
	case *kir.Load:
		return fmt.Sprintf("%s[%s]", x.Buf.BufName(), strip(r.Expr(x.Index)))
	case *kir.Select:
		return fmt.Sprintf("(%s ? %s : %s)", r.Expr(x.Cond), r.Expr(x.A), r.Expr(x.B))
	case *kir.Pack2:
		fn := "hopf_pack_f16x2"
		if x.T == kir.BF16 {
			fn = "hopf_pack_bf16x2"
		}
		return fmt.Sprintf("%s(%s, %s)", fn, strip(r.Expr(kir.To(kir.F32, x.Lo))), strip(r.Expr(kir.To(kir.F32, x.Hi))))
	case *kir.Shfl:
		fn := map[kir.ShflKind]string{kir.ShflKindXor: "__shfl_xor_sync", kir.ShflKindDown: "__shfl_down_sync", kir.ShflKindIdx: "__shfl_sync"}[x.Kind]
		return fmt.Sprintf("%s(0xffffffffu, %s, (int)%s)", fn, r.Expr(x.X), r.Expr(x.Arg))
	}
	panic(fmt.Sprintf("cuda: unknown expression %T", x))
}

func (r *Renderer) constant(c *kir.Const) string {
	switch c.T {
	case kir.Bool:
		if c.I != 0 {
			return "true"
		}
		return "false"
	case kir.I32:
		return strconv.FormatInt(c.I, 10)
	case kir.I64:
		return strconv.FormatInt(c.I, 10) + "LL"
	}
	f := c.F
	var s string
	switch {
	case math.IsInf(f, 1):
		s = "INFINITY"
	case math.IsInf(f, -1):
		s = "(-INFINITY)"
	case math.IsNaN(f):
		s = "NAN"
	default:
		s = strconv.FormatFloat(float64(float32(f)), 'g', -1, 32)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		s += "f"
	}
	switch c.T {
	case kir.F16:
		return "__float2half(" + s + ")"
	case kir.BF16:
		return "__float2bfloat16(" + s + ")"
	}
	return s
}
