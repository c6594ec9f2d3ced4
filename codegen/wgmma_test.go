package codegen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/codegen/kir"
)

// wgmmaKernels are the probe and the wgmma attention kernel at d 64 (Q
// from shared memory) and d 128 (Q from registers), f16 and bf16.
func wgmmaKernels(t *testing.T) []*kir.Kernel {
	t.Helper()
	var ks []*kir.Kernel
	for i, e := range []kir.Type{kir.F16, kir.BF16} {
		k, err := WgmmaProbeKernel("wgmma_probe_"+e.String(), e)
		if err != nil {
			t.Fatal(err)
		}
		ks = append(ks, k)
		d := 64 << i
		s := AttnSpec{E: e, H: 2, DK: d, DV: d, LD: 6 * d, Softmax: true, Mask: "causal", Scale: 0.1, Feature: "identity",
			Tile: TCTile{Wgmma: true, QShared: i == 0}}
		if k, err = AttentionKernel("attn_wg_"+e.String(), "test", s); err != nil {
			t.Fatal(err)
		}
		ks = append(ks, k)
	}
	return ks
}

// TestWgmmaRender checks the PTX of the wgmma statements: descriptors
// (address, LBO and SBO encoded as x >> 4), imm-trans-b for MN-major B,
// scale-d, the register pins around fence and wait, the proxy fence.
func TestWgmmaRender(t *testing.T) {
	src := cuda.CUDA.File("test", wgmmaKernels(t))
	for _, s := range []string{
		"int hopf_pack_f16x2(float lo, float hi)",
		"wgmma.mma_async.sync.aligned.m64n16k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7}, %8, %9, p, 1, 1, 0, 0;",
		"wgmma.mma_async.sync.aligned.m64n16k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7}, {%8, %9, %10, %11}, %12, p, 1, 1, 1;",
		"wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16",
		"(8ull << 16) | (16ull << 32)",  // the probe's K-major operands: LBO 128, SBO 256
		"(16ull << 16) | (8ull << 32)",  // its MN-major B: LBO 256, SBO 128
		"(8ull << 16) | (128ull << 32)", // attention d 64: K-major q and k, SBO 16·64 bytes
		"(128ull << 16) | (8ull << 32)", // attention d 64: MN-major v, LBO 16·64 bytes
		"setp.ne.b32 p, %10, 0;",
		`"n"(0)`,
		"hopf_pack_bf16x2(",
		`asm volatile("" : "+f"(`,
		`"+r"(qp0_0)`, // the d 128 kernel's packed q, pinned at the fence
		"wgmma.fence.sync.aligned;",
		"wgmma.commit_group.sync.aligned;",
		"wgmma.wait_group.sync.aligned 0;",
		"fence.proxy.async.shared::cta;",
	} {
		if !strings.Contains(src, s) {
			t.Errorf("rendered wgmma kernels lack %q", s)
		}
	}
	if strings.Contains(src, "ldmatrix") || strings.Contains(src, "mma.sync") {
		t.Error("the wgmma attention kernel still uses ldmatrix or mma.sync")
	}
}

// TestWgmmaNVCC builds the wgmma kernels for sm_90a (nvcc 12 or later; or
// nvcc 11.8 to PTX and a CUDA 12 ptxas, codegen.SplitCompile): ptxas
// checks the inline PTX, and none may spill or have its wgmma serialized.
func TestWgmmaNVCC(t *testing.T) {
	nvcc := NVCC()
	if nvcc == "" {
		t.Skip("nvcc not found (scripts/install-cuda-toolkit.sh)")
	}
	if err := CanBuild(nvcc, "sm_90a"); err != nil {
		if os.Getenv("CI") != "" { // .ci/run installs the ptxas
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ks := wgmmaKernels(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "k.cu")
	if err := os.WriteFile(src, []byte(cuda.CUDA.File("test", ks)), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := CompileCubin(nvcc, "sm_90a", src, filepath.Join(dir, "k.cubin"))
	if err != nil {
		t.Fatal(err)
	}
	reps, err := Report(ks, rs, "sm_90a")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reps {
		if p := r.Problem(); p != "" {
			t.Errorf("%s: %s", r.Kernel, p)
		}
		t.Logf("%s: %d registers, %d blocks per SM (%s)", r.Kernel, r.Registers, r.Occupancy.Blocks, r.Occupancy.Limit)
	}
	// RunNVCC takes the same route for a ptx or cubin module.
	if err := RunNVCC(nvcc, "sm_90a", "ptx", src, filepath.Join(dir, "k.ptx")); err != nil {
		t.Fatal(err)
	}
	ptx, err := os.ReadFile(filepath.Join(dir, "k.ptx"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ptx), ".target sm_90a") {
		t.Error("the PTX module does not target sm_90a")
	}
}
