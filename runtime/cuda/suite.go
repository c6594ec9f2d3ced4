package cuda

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
)

// The device check and the GPU benchmark: what runs, at which sizes. The
// hopfcuda tests (device_test.go, bench_test.go), the module prebuild
// (scripts/device/prebuild) and scripts/device/build.sh (which computes the
// CPU references) all read these lists, so what is compiled and referenced
// here is what runs on the GPU host.

// CheckCase is one example at one (B, T), compared with the CPU backend.
type CheckCase struct {
	Name string // e.g. "induction_2x17"
	File string // the model file, relative to the repository root
	B, T int
	Seed uint64 // weights (hopf init --seed) and input (hopf run --seed)
}

// CheckCases are every example at two shapes: a short ragged one and a
// longer one (fastweight's longer one takes the chunked form with a short
// last chunk).
func CheckCases() []CheckCase {
	shapes := map[string][2][2]int{
		"induction":      {{2, 17}, {4, 256}},
		"icl_regression": {{3, 11}, {8, 64}},
		"fastweight":     {{2, 17}, {2, 300}},
		"hybrid":         {{1, 33}, {2, 256}},
	}
	var out []CheckCase
	for _, name := range []string{"induction", "icl_regression", "fastweight", "hybrid"} {
		for _, s := range shapes[name] {
			out = append(out, CheckCase{Name: fmt.Sprintf("%s_%dx%d", name, s[0], s[1]), File: "examples/" + name + ".hopf", B: s[0], T: s[1], Seed: 7})
		}
	}
	return out
}

// LoadModel reads and checks a model file.
func LoadModel(path string) (*dsl.Model, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return dsl.Load(path, src)
}

// CompileModel compiles a model for a GPU of architecture arch ("sm_90";
// "" for any) at (B, T): target cuda, as hopf run --backend cuda does on
// that GPU.
func CompileModel(m *dsl.Model, B, T int, state bool, arch string) (*codegen.Program, error) {
	return CompileModelWith(m, B, T, state, codegen.Options{Arch: arch})
}

// CompileModelWith is CompileModel with a choice of kernels (hopf run
// --tile) and the architecture in opts.
func CompileModelWith(m *dsl.Model, B, T int, state bool, opts codegen.Options) (*codegen.Program, error) {
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: B, Len: T, ExportState: state})
	if err != nil {
		return nil, err
	}
	return codegen.CompileWith(g, opts)
}

// CheckArch is the architecture of the GPU the device check is lent (an
// H200): prebuild compiles the modules it ships for it, and the host-side
// tests validate the plans compiled for it.
const CheckArch = "sm_90"

// CheckTile is the tiling (hopf run --tile) the device check also runs the
// f16 example's cases with (scripts/device/run.sh reads it from
// refs/tile.txt, which prebuild writes): Hopper's pipelined wgmma kernels
// with K/V by TMA, without swizzle, which its d_head 32 layer needs.
const CheckTile = "wgmma,overlap,earlys,tma,plain"

// CheckOptions are the kernel options of CheckTile on a GPU of
// architecture arch.
func CheckOptions(arch string) (codegen.Options, error) {
	t, err := codegen.ParseTCTile(CheckTile)
	return codegen.Options{Attention: t, Arch: arch}, err
}

// KernelBench is one kernel benchmarked alone against PyTorch.
type KernelBench struct {
	Name    string // e.g. "attention_d64"
	Kind    string // "attention" or "delta"
	B, H, T int
	D       int            // d_head = d_value
	DType   string         // element type of q, k, v and o
	Form    string         // delta: recurrent or chunked
	Chunk   int            // delta chunked: tokens per chunk
	Split   int            // delta recurrent: threads per row of S (codegen.DualSpec.Split)
	Scalar  bool           // attention: the CUDA-core kernel instead of the tensor-core one
	Tile    codegen.TCTile // attention on tensor cores: a tiling other than the default
}

// KernelBenches: hopf's fused attention (the tensor-core kernel, and the
// CUDA-core kernel for comparison) against PyTorch's
// scaled_dot_product_attention (B=4, H=16, T=4096, d_head 64 and 128,
// causal, f16), and the delta-rule kernel, both forms, against a PyTorch
// recurrent reference (f32, d 64, the same B, H, T).
func KernelBenches() []KernelBench {
	return []KernelBench{
		{Name: "attention_d64", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16"},
		{Name: "attention_d128", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16"},
		{Name: "attention_d64_cuda_cores", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Scalar: true},
		{Name: "attention_d128_cuda_cores", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Scalar: true},
		// Other tilings of the tensor-core kernel, to choose the defaults
		// from measurements (codegen.TCTile: keys per tile, 16-row tiles
		// per warp, warps per block, shared-memory stages, where the mask
		// applies, query tile order). The defaults: 4 warps of one row
		// tile, 2 stages, the mask on the edge tiles only, launch order; 128
		// keys a tile at d 64, 64 at d 128 (runs 2026-11-28a–d measured
		// more tilings, among them heaviest-first order, the mask on every
		// tile, 8 warps and 32 keys at d 128, all slower or within 1 %, and
		// dropped since; docs/gpu-results.md). Their registers, shared memory and
		// resident blocks per SM under nvcc: go test ./runtime/cuda -run
		// TestBenchKernelResources -v (which also fails if one spills).
		{Name: "attention_d64_bk64", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{BK: 64}},
		// Q in shared memory (A fragments by ldmatrix per key tile): 151
		// instead of 248 registers at d 128 under nvcc 11.8, so 3 blocks a
		// SM at 32 keys a tile. (Two row tiles per warp still reach 255
		// registers with it, so they are not timed.)
		{Name: "attention_d64_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{QShared: true}},
		{Name: "attention_d128_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{QShared: true}},
		{Name: "attention_d128_qs_bk32", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{QShared: true, BK: 32}},
		// Both products on Hopper's warpgroup MMA (codegen.TCTile.Wgmma,
		// sm_90a): Q from shared memory (or registers: _qreg), one or two
		// warpgroups a block (_w8), three stages (_st3). Not yet measured.
		{Name: "attention_d64_wg", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true}},
		{Name: "attention_d64_wg_qreg", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true}},
		{Name: "attention_d64_wg_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Warps: 8}},
		{Name: "attention_d128_wg", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true}},
		{Name: "attention_d128_wg_qreg", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true}},
		{Name: "attention_d128_wg_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Warps: 8}},
		{Name: "attention_d128_wg_st3", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Stages: 3}},
		// … and pipelined across key tiles (TCTile.Overlap: the softmax of
		// tile i under the PV of tile i−1; 3 stages, or 4: two tiles ahead).
		{Name: "attention_d64_wg_ov", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true}},
		{Name: "attention_d64_wg_ov_bk64", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64}},
		{Name: "attention_d64_wg_ov_bk64_st4", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, Stages: 4}},
		{Name: "attention_d128_wg_ov", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true}},
		{Name: "attention_d128_wg_ov_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Warps: 8}},
		// Two warpgroups a block sharing each K/V tile (FlashAttention-3's
		// 128-query tiles), at d 64 with 128 or 64 keys and at d 128 with 128.
		{Name: "attention_d64_wg_ov_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Warps: 8}},
		{Name: "attention_d64_wg_ov_bk64_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, Warps: 8}},
		{Name: "attention_d128_wg_ov_bk128_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 128, Warps: 8}},
		// Lazy rescaling (TCTile.Lazy, FlashAttention-4's): the running max
		// moves only past 2^8, the rescale of o skipped where α = 1; on the
		// defaults (mma.sync) and the pipelined wgmma kernels.
		{Name: "attention_d64_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Lazy: true}},
		{Name: "attention_d128_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Lazy: true}},
		{Name: "attention_d64_wg_ov_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Lazy: true}},
		{Name: "attention_d64_wg_ov_bk64_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, Lazy: true}},
		{Name: "attention_d128_wg_ov_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Lazy: true}},
		// The pipelined kernels in FlashAttention-3's order (TCTile.EarlyS:
		// S_i issued before o is rescaled, p packed under the PV).
		{Name: "attention_d64_wg_ov_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, EarlyS: true}},
		{Name: "attention_d64_wg_ov_bk64_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, EarlyS: true}},
		{Name: "attention_d64_wg_ov_bk64_es_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, EarlyS: true, Lazy: true}},
		{Name: "attention_d128_wg_ov_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, EarlyS: true}},
		{Name: "attention_d128_wg_ov_es_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, EarlyS: true, Lazy: true}},
		// 32 keys a tile: 3 blocks an SM at d 128 (shared memory allows 2
		// with 64), 4 at d 64.
		{Name: "attention_d128_wg_ov_bk32_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, EarlyS: true, BK: 32}},
		{Name: "attention_d128_wg_ov_bk32", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 32}},
		{Name: "attention_d64_wg_ov_bk32_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, EarlyS: true, BK: 32}},
		// Heaviest query tiles first (the causal tail: 4096 blocks in ~8
		// waves of 3–4 a SM).
		{Name: "attention_d64_wg_ov_bk64_es_heavy", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, EarlyS: true, Order: "heavy"}},
		{Name: "attention_d128_wg_ov_bk32_es_heavy", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 32, EarlyS: true, Order: "heavy"}},
		// K/V tiles loaded by TMA (TCTile.Tma: one thread issues boxes of
		// {64 columns, BK keys} into the 128-byte swizzle, an mbarrier a
		// stage) on the pipelined kernels; Q in registers unless _qs.
		{Name: "attention_d64_tma_bk64_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true}},
		{Name: "attention_d64_tma_bk64_es_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Lazy: true}},
		{Name: "attention_d64_tma_bk64_es_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, BK: 64, EarlyS: true}},
		{Name: "attention_d64_tma_bk64_es_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Warps: 8}},
		{Name: "attention_d64_tma_bk64", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64}},
		{Name: "attention_d64_tma_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true}},
		{Name: "attention_d64_tma_es_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8}},
		{Name: "attention_d128_tma_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true}},
		{Name: "attention_d128_tma_es_lazy", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Lazy: true}},
		{Name: "attention_d128_tma_bk32_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, BK: 32}},
		// Not EarlyS: ptxas writes no register a wgmma in flight reads (with
		// EarlyS it does, legal only if the hardware tracks those reads).
		{Name: "attention_d128_tma", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true}},
		{Name: "attention_d128_tma_bk48", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 48}},
		// 48 keys a tile: 72 KiB of stages, 3 blocks an SM at d 128 where
		// registers allow.
		{Name: "attention_d128_tma_bk48_es", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 48, EarlyS: true}},
		{Name: "attention_d128_tma_es_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, EarlyS: true}},
		// Without swizzle (TCTile.TmaPlain: boxes of 8 columns), should the
		// swizzled variants fail on the GPU.
		{Name: "attention_d64_tma_bk64_es_plain", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, TmaPlain: true, BK: 64, EarlyS: true}},
		{Name: "attention_d128_tma_es_plain", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, TmaPlain: true, EarlyS: true}},
		// Four stages: two tiles in flight (with three, a tile's TMA has one
		// iteration to land).
		{Name: "attention_d64_tma_bk64_es_st4", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Stages: 4}},
		{Name: "attention_d128_tma_bk32_es_st4", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 32, EarlyS: true, Stages: 4}},
		{Name: "attention_d128_tma_bk128_es_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, BK: 128, EarlyS: true, Warps: 8}},
		// 128 queries a block at d 128 with the stages of the 64-key
		// kernel: half the L2 traffic of one warpgroup a block
		// (scripts/model/traffic.py), one block an SM.
		{Name: "attention_d128_tma_es_w8", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8}},
		// A producer warp issues the TMA loads; the consumers release
		// stages on mbarriers, with no block barrier in the loop
		// (TCTile.Producer): the two warpgroups of an 8-warp block no
		// longer run in step.
		{Name: "attention_d128_tma_es_w8_prod", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true}},
		{Name: "attention_d128_tma_bk128_es_w8_prod", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, BK: 128, Warps: 8, Producer: true}},
		{Name: "attention_d64_tma_es_w8_prod", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true}},
		{Name: "attention_d64_tma_bk64_es_prod", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Producer: true}},
		// … and the two consumer warpgroups taking turns at the tensor
		// cores (TCTile.PingPong: named barriers).
		{Name: "attention_d128_tma_es_w8_prod_pp", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true, PingPong: true}},
		{Name: "attention_d128_tma_bk128_es_w8_prod_pp", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, BK: 128, Warps: 8, Producer: true, PingPong: true}},
		{Name: "attention_d64_tma_es_w8_prod_pp", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true, PingPong: true}},
		{Name: "attention_d128_tma_es_w8_prod_pp_lpt", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true, PingPong: true, Order: "lpt"}},
		// … with Q by TMA too (QShared with a producer: QKᵀ reads Q from
		// shared memory, no Q registers).
		{Name: "attention_d128_tma_es_w8_prod_pp_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true, PingPong: true}},
		{Name: "attention_d128_tma_bk128_es_w8_prod_pp_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, EarlyS: true, BK: 128, Warps: 8, Producer: true, PingPong: true}},
		{Name: "attention_d64_tma_bk64_es_prod_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Producer: true}},
		{Name: "attention_d128_tma_es_w8_prod_pp_qs_st4", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Stages: 4, Producer: true, PingPong: true}},
		{Name: "attention_d64_tma_es_w8_prod_pp_qs", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, QShared: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true, PingPong: true}},
		// Longest first over the whole grid (TCTile.Order "lpt": every
		// head's heaviest query tiles in the first wave), on the defaults
		// and on TMA kernels.
		{Name: "attention_d64_lpt", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Order: "lpt"}},
		{Name: "attention_d128_lpt", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Order: "lpt"}},
		{Name: "attention_d64_tma_bk64_es_lpt", Kind: "attention", B: 4, H: 16, T: 4096, D: 64, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Order: "lpt"}},
		{Name: "attention_d128_tma_es_lpt", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Order: "lpt"}},
		{Name: "attention_d128_tma_bk48_es_lpt", Kind: "attention", B: 4, H: 16, T: 4096, D: 128, DType: "f16", Tile: codegen.TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 48, EarlyS: true, Order: "lpt"}},
		{Name: "delta_recurrent_d64", Kind: "delta", B: 4, H: 16, T: 4096, D: 64, DType: "f32", Form: "recurrent"},
		// The recurrent form with 2, 4, 8 threads per row of S (codegen.DualSpec.Split):
		// 128–512 threads a block instead of 64, 1/2–1/8 of the serial work per token.
		{Name: "delta_recurrent_d64_split2", Kind: "delta", B: 4, H: 16, T: 4096, D: 64, DType: "f32", Form: "recurrent", Split: 2},
		{Name: "delta_recurrent_d64_split4", Kind: "delta", B: 4, H: 16, T: 4096, D: 64, DType: "f32", Form: "recurrent", Split: 4},
		{Name: "delta_recurrent_d64_split8", Kind: "delta", B: 4, H: 16, T: 4096, D: 64, DType: "f32", Form: "recurrent", Split: 8},
		{Name: "delta_chunked_d64", Kind: "delta", B: 4, H: 16, T: 4096, D: 64, DType: "f32", Form: "chunked"},
		{Name: "delta_chunked_d64_c64", Kind: "delta", B: 4, H: 16, T: 4096, D: 64, DType: "f32", Form: "chunked", Chunk: 64},
	}
}

// ModelBench is one end-to-end forward pass against PyTorch eager.
type ModelBench struct {
	Name string
	File string
	B, T int
}

// ModelBenches: induction and fastweight end to end.
func ModelBenches() []ModelBench {
	return []ModelBench{
		{Name: "induction", File: "examples/induction.hopf", B: 16, T: 256},
		{Name: "fastweight", File: "examples/fastweight.hopf", B: 16, T: 512},
	}
}

// BenchProgram is the program of one benchmark: a kernel benchmark's one
// launch, or a model benchmark's forward pass.
type BenchProgram struct {
	Name string
	P    *codegen.Program
}

// BenchPrograms compiles every kernel benchmark (KernelBenches) and model
// benchmark (ModelBenches) at its benchmark size, in that order, the
// models for a GPU of architecture arch; model files are read relative to
// root, the repository root.
func BenchPrograms(root, arch string) ([]BenchProgram, error) {
	var out []BenchProgram
	for _, kb := range KernelBenches() {
		p, _, err := kb.Program()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", kb.Name, err)
		}
		out = append(out, BenchProgram{kb.Name, p})
	}
	for _, mb := range ModelBenches() {
		m, err := LoadModel(filepath.Join(root, mb.File))
		if err != nil {
			return nil, err
		}
		p, err := CompileModel(m, mb.B, mb.T, false, arch)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", mb.Name, err)
		}
		out = append(out, BenchProgram{mb.Name, p})
	}
	return out, nil
}

// Small is the benchmark at a size the simulator and an f64 loop handle
// (one sequence, two heads, a ragged T): the correctness check of the
// benchmarked kernel on the simulator.
func (kb KernelBench) Small() KernelBench {
	kb.B, kb.H, kb.T = 1, 2, 70
	return kb
}

// Medium is the benchmark at a size an f64 loop still handles in a moment
// but long enough for every tiling to run many key tiles (at least four of
// 128, ragged at the end: the cp.async rings wrap) and delta chunks: the
// correctness check of the benchmarked kernel on the GPU.
func (kb KernelBench) Medium() KernelBench {
	kb.B, kb.H, kb.T = 2, 2, 601
	return kb
}

func kirElem(dtype string) (kir.Type, error) {
	switch dtype {
	case "f32":
		return kir.F32, nil
	case "f16":
		return kir.F16, nil
	case "bf16":
		return kir.BF16, nil
	}
	return 0, fmt.Errorf("dtype %q, want f32, f16 or bf16", dtype)
}

// Program builds the one-launch program of a kernel benchmark: input qkv
// [B,T,LD] (q, k, v of every head side by side, then β logits for the
// delta rule), output o [B,T,H·D] (and the final state S for delta).
// FLOPs are counted as PyTorch's side of the comparison counts them:
// attention 4·D per visible (query, key) pair (QKᵀ and PV), the delta rule
// 6·D² per token and head (S k, the rank-1 update, S q).
func (kb KernelBench) Program() (p *codegen.Program, flops float64, err error) {
	e, err := kirElem(kb.DType)
	if err != nil {
		return nil, 0, err
	}
	B, H, T, D := kb.B, kb.H, kb.T, kb.D
	var k *kir.Kernel
	var grid [3]int
	LD := 3 * H * D
	switch kb.Kind {
	case "attention":
		s := codegen.AttnSpec{E: e, H: H, DK: D, DV: D, LD: LD, Softmax: true, Mask: "causal", Scale: 1 / math.Sqrt(float64(D)), Feature: "identity", Scalar: kb.Scalar, Tile: kb.Tile}
		what := "benchmark: flash-style causal softmax attention"
		if tc, _ := s.TensorCores(); tc {
			what += " on tensor cores"
		}
		if k, err = codegen.AttentionKernel("bench_"+kb.Name, what, s); err != nil {
			return nil, 0, err
		}
		grid = codegen.AttentionGrid(s, B, T)
		flops = 4 * float64(D) * float64(B*H) * float64(T) * float64(T+1) / 2
	case "delta":
		LD += H // learned β logits
		s := codegen.DualSpec{E: e, H: H, DK: D, DV: D, LD: LD, Delta: true, Scale: 1, Feature: "l2", LearnedBeta: true, Form: kb.Form, Chunk: kb.Chunk, Split: kb.Split}
		if kb.Form == "chunked" && kb.Chunk == 0 {
			// The largest chunk up to 64 that fits in 48 KiB of static shared memory.
			for s.Chunk = 64; s.Chunk > 1 && (codegen.DualShared(s) == 0 || codegen.DualShared(s) > kir.StaticSharedLimit); s.Chunk-- {
			}
		}
		if k, err = codegen.DualKernel("bench_"+kb.Name, "benchmark: delta rule, "+kb.Form+" form", s); err != nil {
			return nil, 0, err
		}
		grid = codegen.DualGrid(s, B, T)
		flops = 6 * float64(D*D) * float64(B*H*T)
	default:
		return nil, 0, fmt.Errorf("benchmark %s: unknown kind %q", kb.Name, kb.Kind)
	}
	elem := int64(e.Size())
	p = &codegen.Program{Graph: "bench_" + kb.Name, Env: map[string]int{"B": B, "T": T}, Kernels: []*kir.Kernel{k}}
	add := func(name string, kind codegen.BufferKind, dtype string, n, size int64) int {
		p.Buffers = append(p.Buffers, codegen.Buffer{ID: len(p.Buffers), Name: name, Kind: kind, DType: dtype, Elems: n, Bytes: n * size})
		return len(p.Buffers) - 1
	}
	qkv := add("qkv", codegen.Input, kb.DType, int64(B*T*LD), elem)
	o := add("o", codegen.Activation, kb.DType, int64(B*T*H*D), elem)
	args := []codegen.Arg{bufArg(qkv), bufArg(o)}
	if kb.Kind == "delta" {
		args = append(args, bufArg(add("state", codegen.Activation, "f32", int64(B*H*D*D), 4)))
	}
	args = append(args, scalarArg(int64(B)), scalarArg(int64(T)))
	if kb.Kind == "attention" {
		s := codegen.AttnSpec{E: e, H: H, DK: D, DV: D, LD: LD, Softmax: true, Mask: "causal", Scale: 1 / math.Sqrt(float64(D)), Feature: "identity", Scalar: kb.Scalar, Tile: kb.Tile}
		maps, err := codegen.AttentionTensorMaps(s, qkv, B, T)
		if err != nil {
			return nil, 0, err
		}
		args = append(args, maps...)
	}
	p.Launches = []codegen.Launch{{Kernel: k.Name, Grid: grid, Block: k.Block, SharedBytes: k.SharedBytes(), DynamicShared: k.DynamicShared(), Args: args, Op: kb.Name}}
	p.Inputs = []int{qkv}
	p.Outputs = []int{o}
	p.OutputElems = []int64{int64(B * T * H * D)}
	return p, flops, Validate(p)
}

// MmaProbe is the one-launch program of codegen.MmaProbeKernel: input x
// (A 16×16, B 16×8, C 16×8 in dtype f16 or bf16), output D (f32 16×8,
// twice: fragments from global memory, then through ldmatrix).
// Its reference is codegen.MmaProbeRef.
func MmaProbe(dtype string) (*codegen.Program, error) {
	return probeProgram("mma_probe", dtype, codegen.MmaProbeKernel, 512, 256, nil)
}

// WgmmaProbe is the program of codegen.WgmmaProbeKernel for dtype (f16 or
// bf16): x (WgmmaProbeInputs values) in, three 64×16 f32 products out. Its
// module is built for sm_90a (ModuleArch).
func WgmmaProbe(dtype string) (*codegen.Program, error) {
	return probeProgram("wgmma_probe", dtype, codegen.WgmmaProbeKernel, codegen.WgmmaProbeInputs, 3*64*codegen.WgmmaProbeN, nil)
}

// TmaProbe is the program of codegen.TmaProbeKernel for dtype (f16 or
// bf16): x (TmaProbeInputs values) in, with two tensor maps over its
// first [B][T][LD] tensor (swizzled, plain); six f32 products out. sm_90a.
func TmaProbe(dtype string) (*codegen.Program, error) {
	e, err := kirElem(dtype)
	if err != nil {
		return nil, err
	}
	size := int64(e.Size())
	B, T, LD := int64(codegen.TmaProbeB), int64(codegen.TmaProbeT), int64(codegen.TmaProbeLD)
	view := func(box []int, swizzle int) codegen.Arg {
		return codegen.Arg{TensorMap: &codegen.TensorMapArg{Buffer: 0, Dims: []int64{LD, T, B}, Strides: []int64{LD * size, T * LD * size}, Box: box, Swizzle: swizzle}}
	}
	return probeProgram("tma_probe", dtype, codegen.TmaProbeKernel, codegen.TmaProbeInputs, codegen.TmaProbeOutputs,
		[]codegen.Arg{view([]int{64, 64, 1}, 128), view([]int{8, 32, 1}, 0)})
}

// probeProgram is the one-launch, one-block program of a probe kernel
// named name_dtype: input x (buffer 0, in elements of dtype), then the
// maps (tensor maps over x), then output d (buffer 1, out f32).
func probeProgram(name, dtype string, kernel func(string, kir.Type) (*kir.Kernel, error), in, out int64, maps []codegen.Arg) (*codegen.Program, error) {
	e, err := kirElem(dtype)
	if err != nil {
		return nil, err
	}
	k, err := kernel(name+"_"+dtype, e)
	if err != nil {
		return nil, err
	}
	p := &codegen.Program{Graph: name + "_" + dtype, Env: map[string]int{}, Kernels: []*kir.Kernel{k},
		Buffers: []codegen.Buffer{
			{ID: 0, Name: "x", Kind: codegen.Input, DType: dtype, Elems: in, Bytes: in * int64(e.Size())},
			{ID: 1, Name: "d", Kind: codegen.Activation, DType: "f32", Elems: out, Bytes: out * 4},
		}}
	args := append(append([]codegen.Arg{bufArg(0)}, maps...), bufArg(1))
	p.Launches = []codegen.Launch{{Kernel: k.Name, Grid: [3]int{1, 1, 1}, Block: k.Block, SharedBytes: k.SharedBytes(), DynamicShared: k.DynamicShared(),
		Args: args, Op: strings.ReplaceAll(name, "_", " ")}}
	p.Inputs, p.Outputs, p.OutputElems = []int{0}, []int{1}, []int64{out}
	return p, Validate(p)
}

func bufArg(id int) codegen.Arg     { return codegen.Arg{Buffer: &id} }
func scalarArg(n int64) codegen.Arg { return codegen.Arg{Scalar: &n} }

// visiblePairs counts the (query, key) pairs a mask shows over T tokens.
func visiblePairs(mask dsl.Mask, T int) float64 {
	t := float64(T)
	switch mask.Kind {
	case dsl.MaskCausal:
		return t * (t + 1) / 2
	case dsl.MaskStrict:
		return t * (t - 1) / 2
	case dsl.MaskWindow:
		n := 0.0
		for i := 0; i < T; i++ {
			n += float64(min(i+1, mask.Window))
		}
		return n
	}
	return t * t
}

// ModelFLOPs estimates a forward pass's floating-point operations the
// way both sides of the benchmark are credited (2 per multiply-add):
// projections and readout as GEMMs, softmax attention 4·d per visible
// (query, key) pair (d_head for scores, d_value for the mix), linear and
// delta layers in their recurrent count (4 or 6·d_head·d_value per token
// and head), whatever form a backend computes them in. Norms, embeddings,
// softmax exponentials and feature maps are left out.
func ModelFLOPs(m *dsl.Model, B, T int) float64 {
	rows := float64(B * T)
	D := float64(m.DModel)
	f := 0.0
	if m.Input == dsl.InputVectors && m.Embed == dsl.EmbedLinear {
		f += 2 * rows * float64(m.DIn) * D
	}
	for _, l := range m.Layers {
		H, dk, dv := float64(l.Heads), float64(l.DHead), float64(l.DValue)
		width := 2*H*dk + H*dv
		if l.Kind == dsl.Delta && l.Beta.Learned {
			width += H
		}
		f += 2 * rows * D * width
		switch l.Kind {
		case dsl.Softmax:
			f += 2 * (dk + dv) * float64(B) * H * visiblePairs(l.Mask, T)
		case dsl.Linear:
			f += 4 * dk * dv * rows * H
		case dsl.Delta:
			f += 6 * dk * dv * rows * H
		}
		if l.Output {
			f += 2 * rows * H * dv * D
		}
	}
	if m.Readout.Kind == dsl.ReadoutUnembed {
		f += 2 * rows * D * float64(m.Vocab)
	} else {
		f += 2 * rows * D * float64(m.Readout.DOut)
	}
	return f
}
