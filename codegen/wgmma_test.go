package codegen

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/codegen/kir"
)

// wgmmaKernels are the probes (wgmma, TMA) and the wgmma attention kernel at d 64 (Q
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
		if k, err = TmaProbeKernel("tma_probe_"+e.String(), e); err != nil {
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
// (address, LBO and SBO encoded as x >> 4, the swizzle bits), imm-trans-b
// for MN-major B, scale-d, the register pins around fence and wait, the
// proxy fence; and of the TMA probe's loads and mbarrier.
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
		// The TMA probe: the map by address, 1024-byte aligned tiles, the
		// mbarrier, a 3-D box, the 128-byte swizzle in the descriptors.
		"const void* __restrict__ m,",
		"__shared__ __align__(1024) __half ks[8192];",
		`asm volatile("mbarrier.init.shared::cta.b64 [%0], 1;"`,
		`asm volatile("fence.mbarrier_init.release.cluster;" ::: "memory");`,
		`asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], 32768;"`,
		"cp.async.bulk.tensor.3d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%0], [%1, {%2, %3, %4}], [%5];",
		`"l"(m), "r"((int)(128LL))`,
		"mbarrier.try_wait.parity.shared::cta.b64 p, [%0], %1;",
		"(1ull << 16) | (64ull << 32) | (1ull << 62)",   // K-major swizzled: LBO 16, SBO 1024
		"(512ull << 16) | (64ull << 32) | (1ull << 62)", // MN-major swizzled: LBO 8192
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
	nvcc := sm90aNVCC(t)
	ks := wgmmaKernels(t)
	src, _, reps := compileKernels(t, nvcc, "sm_90a", "test", ks)
	dir := filepath.Dir(src)
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

// TestWgmmaOverlapSASS checks in the SASS that ptxas made of them that
// the Overlap kernels overlap: between the wait for S_i
// (WARPGROUP.DEPBAR.LE gsb0, 0x1) and the wait for the PV issued with it
// (… 0x0) lie the exp2 of the softmax of S_i, at least one MUFU.EX2 per
// score of the thread (64·BK/128). With the PV's wait after the softmax
// in the same basic block, ptxas hoisted it above every exp2 and the
// softmax ran after the PV (docs/RATIONALE.md).
func TestWgmmaOverlapSASS(t *testing.T) {
	sassTools(t)
	type tc struct {
		name string
		e    kir.Type
		d    int
		tile TCTile
	}
	cases := []tc{
		{"ov_d64_bk64", kir.F16, 64, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64}},
		{"ov_d64_bk64_st4", kir.F16, 64, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, Stages: 4}},
		{"ov_d64_bk128", kir.BF16, 64, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 128}},
		{"ov_d128_bk64_w8", kir.F16, 128, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, Warps: 8}},
		{"ov_d128_bk128", kir.F16, 128, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 128}},
		{"ov_d64_bk64_lazy", kir.F16, 64, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, Lazy: true}},
		{"ov_d64_bk64_early", kir.F16, 64, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, EarlyS: true}},
		{"ov_d128_bk64_early", kir.F16, 128, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64, EarlyS: true}},
		{"tma_d64_bk64_early", kir.F16, 64, TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true}},
		{"tma_d128_bk64", kir.BF16, 128, TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64}},
	}
	var ks []*kir.Kernel
	for _, c := range cases {
		ks = append(ks, causalKernel(t, c.name, c.e, c.d, c.tile))
	}
	fns, _ := hopperSASS(t, ks)
	for _, c := range cases {
		ins, ok := fns[c.name]
		if !ok {
			t.Errorf("%s: not in the cubin's SASS", c.name)
			continue
		}
		want := 64 * c.tile.BK / 128
		under := OverlapExps(ins)
		if len(under) < 2 { // the unmasked and the masked loop
			t.Errorf("%s: %d waits for S with the PV in flight (WARPGROUP.DEPBAR.LE gsb0, 0x1), want 2", c.name, len(under))
		}
		for i, n := range under {
			if n < want {
				t.Errorf("%s: loop %d: %d MUFU.EX2 while the PV runs, want at least %d (the scores' exp2)", c.name, i, n, want)
			}
		}
		t.Logf("%s: MUFU.EX2 under the PV per loop: %v (want ≥ %d)", c.name, under, want)
	}
}

// TestTmaSASS checks what TCTile.Tma changes in the SASS: the K/V tiles
// come by UTMALDG (cp.async.bulk.tensor) with no LDGSTS (cp.async) left,
// and the loop over the unmasked key tiles (the shortest loop with the
// tile's wgmma and exp2) is shorter than the cp.async kernel's.
func TestTmaSASS(t *testing.T) {
	sassTools(t)
	var ks []*kir.Kernel
	for _, d := range []int{64, 128} {
		for _, tma := range []bool{false, true} {
			tile := TCTile{Wgmma: true, Overlap: true, EarlyS: true, BK: 64, Tma: tma}
			ks = append(ks, causalKernel(t, fmt.Sprintf("es_d%d_tma%v", d, tma), kir.F16, d, tile))
		}
	}
	fns, _ := hopperSASS(t, ks)
	mainLoop := func(ins []Ins) int {
		n := 0
		for _, l := range Loops(ins) {
			// The tile's exp2: 64·64/128 a thread (ptxas also lays out
			// back edges, from the mbarrier waits' retries, that span
			// a part of a loop).
			if l.Ops["HGMMA"] > 0 && l.Ops["MUFU"] >= 32 && (n == 0 || l.Len() < n) {
				n = l.Len()
			}
		}
		return n
	}
	for _, d := range []int{64, 128} {
		tma, cp := fns[fmt.Sprintf("es_d%d_tmatrue", d)], fns[fmt.Sprintf("es_d%d_tmafalse", d)]
		ops := map[string]int{}
		for _, in := range tma {
			ops[in.Op()]++
		}
		if ops["UTMALDG"] == 0 || ops["LDGSTS"] != 0 {
			t.Errorf("d %d with TMA: %d UTMALDG, %d LDGSTS; want some and none", d, ops["UTMALDG"], ops["LDGSTS"])
		}
		nt, nc := mainLoop(tma), mainLoop(cp)
		if nt == 0 || nc == 0 || nt >= nc {
			t.Errorf("d %d: the unmasked loop has %d instructions with TMA, %d with cp.async; want fewer with TMA", d, nt, nc)
		}
		t.Logf("d %d, 64 keys, EarlyS: unmasked loop %d instructions with TMA, %d with cp.async", d, nt, nc)
	}
}

func TestParseSASS(t *testing.T) {
	out := `
	code for sm_90a
		Function : k1
	.headerflags    @"EF_CUDA_SM90 EF_CUDA_VIRTUAL_SM(EF_CUDA_SM90)"
        /*0000*/                   LDC R1, c[0x0][0x28] ;                    /* 0x00000a00ff017b82 */
                                                                             /* 0x000e620000000800 */
        /*0010*/              @!P1 BRA 0x0 ;                                 /* 0x0000000000007919 */
		Function : k2
        /*0000*/                   WARPGROUP.DEPBAR.LE gsb0, 0x1 ;           /* 0x00008000000079c5 */
        /*0010*/                   MUFU.EX2 R6, R6 ;                         /* 0x0000000600067308 */
        /*0020*/                   WARPGROUP.DEPBAR.LE gsb0, 0x0 ;           /* 0x00008000000079c5 */
		Function : k3
        /*0000*/                   HGMMA.64x64x16.F32 R24, R88, gdesc[UR4].tnspB, R24 ;   /* 0x0 */
        /*0010*/                   HGMMA.64x64x16.F32 R24, R92, gdesc[UR4].tnspB, R24, gsb0 ;   /* 0x0 */
        /*0020*/                   FMNMX R92, R63, R62, !PT ;                /* 0x0 */
        /*0030*/                   FMNMX R10, R63, R62, !PT ;                /* 0x0 */
        /*0040*/                   WARPGROUP.DEPBAR.LE gsb0, 0x0 ;           /* 0x0 */
        /*0050*/                   F2FP.F16.F32.PACK_AB R88, R1, R2 ;        /* 0x0 */
`
	fns := parseSASS(out)
	var k1 []string
	for _, in := range fns["k1"] {
		k1 = append(k1, fmt.Sprintf("%#x %s %s", in.Addr, in.Op(), in.Text))
	}
	if got := strings.Join(k1, "|"); got != "0x0 LDC LDC R1, c[0x0][0x28]|0x10 BRA @!P1 BRA 0x0" {
		t.Errorf("k1: %q", got)
	}
	if ls := Loops(fns["k1"]); len(ls) != 1 || ls[0].Len() != 2 || ls[0].Ops["BRA"] != 1 || ls[0].Top(1) != "BRA 1" {
		t.Errorf("k1: loops %+v, want one of 2 instructions", ls)
	}
	if got := OverlapExps(fns["k2"]); len(got) != 1 || got[0] != 1 {
		t.Errorf("k2: MUFU.EX2 between the waits %v, want [1]", got)
	}
	w := InFlightAWrites(fns["k3"])
	if len(w) != 1 || w[0].Text != "FMNMX R92, R63, R62, !PT" {
		t.Errorf("k3: writes to in-flight A registers %v, want the FMNMX only", w)
	}
}

// sm90aNVCC is nvcc where it can build sm_90a (with a CUDA 12 ptxas
// beside nvcc 11.8); the test skips where it cannot, except under CI,
// whose .ci/run installs both.
func sm90aNVCC(t *testing.T) string {
	t.Helper()
	nvcc := NVCC()
	if nvcc == "" {
		t.Skip("nvcc not found (scripts/install-cuda-toolkit.sh)")
	}
	if err := CanBuild(nvcc, "sm_90a"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return nvcc
}

// compileKernels renders ks into one .cu file (header: its first comment)
// in a temporary directory and builds it with nvcc for arch: the source's
// and the cubin's paths, and each kernel's resources.
func compileKernels(t *testing.T, nvcc, arch, header string, ks []*kir.Kernel) (src, cubin string, reps []ResourceReport) {
	t.Helper()
	dir := t.TempDir()
	src, cubin = filepath.Join(dir, "k.cu"), filepath.Join(dir, "k.cubin")
	if err := os.WriteFile(src, []byte(cuda.CUDA.File(header, ks)), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := CompileCubin(nvcc, arch, src, cubin)
	if err != nil {
		t.Fatal(err)
	}
	if reps, err = Report(ks, rs, arch); err != nil {
		t.Fatal(err)
	}
	return src, cubin, reps
}

// TestTmaRender: a TMA attention kernel in dynamic shared memory declares
// its base 1024-byte aligned and traps if it is not; thread 0 initialises
// the stages' mbarriers and issues K and V boxes (two each at d 128), K a
// tile further ahead than V.
func TestTmaRender(t *testing.T) {
	s := AttnSpec{E: kir.BF16, H: 2, DK: 128, DV: 128, LD: 768, Softmax: true, Mask: "causal", Scale: 0.1, Feature: "identity",
		Tile: TCTile{Wgmma: true, Overlap: true, Tma: true}}
	k, err := AttentionKernel("tma_d128", "test", s)
	if err != nil {
		t.Fatal(err)
	}
	src := cuda.CUDA.File("test", []*kir.Kernel{k})
	for _, want := range []string{
		"extern __shared__ __align__(1024) unsigned char hopf_smem[];",
		"if ((unsigned)__cvta_generic_to_shared(hopf_smem) & 1023) __trap();",
		"const void* __restrict__ kvmap",
		"mbarrier.init.shared::cta.b64",
		"mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], 16384;", // K or V: 64 keys × 128 × 2 bytes
		"mbarrier.try_wait.parity",
		// Swizzled operands at x + c: the descriptor of x plus c/16 bytes
		// (K step 1: 32 bytes on; V's K step 1: 16 keys of 128 bytes on).
		"(1ull << 62)) + 2ull)",
		"(1ull << 62)) + 128ull)",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("the TMA kernel lacks %q", want)
		}
	}
	// K and V, 2 boxes each, at 3 places (the first tile, the unmasked and
	// the masked loop); in the prologue K of 2 tiles and V of 1.
	if n := strings.Count(src, "cp.async.bulk.tensor.3d"); n != 3*4+3*2 {
		t.Errorf("%d cp.async.bulk.tensor, want 18", n)
	}
	if strings.Contains(src, "cp.async.cg") {
		t.Error("the TMA kernel still copies K/V by cp.async")
	}
}

// TestTargetArch: wgmma kernels build for sm_90a on an sm_90 target and
// are refused elsewhere; TMA needs sm_90 or later; the error names the
// kernel.
func TestTargetArch(t *testing.T) {
	wg, err := WgmmaProbeKernel("wg", kir.F16)
	if err != nil {
		t.Fatal(err)
	}
	tma, err := TmaProbeKernel("tm", kir.F16) // TMA and wgmma
	if err != nil {
		t.Fatal(err)
	}
	plain, err := MmaProbeKernel("mma", kir.F16)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		ks         []*kir.Kernel
		arch, want string
		err        string
	}{
		{[]*kir.Kernel{plain}, "sm_80", "sm_80", ""},
		{[]*kir.Kernel{plain, wg}, "sm_90", "sm_90a", ""},
		{[]*kir.Kernel{wg}, "sm_90a", "sm_90a", ""},
		{[]*kir.Kernel{plain, wg}, "sm_89", "", "kernel wg uses wgmma"},
		{[]*kir.Kernel{tma}, "sm_90", "sm_90a", ""},
		{[]*kir.Kernel{tma}, "sm_80", "", "kernel tm uses TMA"},
		{[]*kir.Kernel{tma}, "sm_120", "", "kernel tm uses wgmma"},
	} {
		got, err := TargetArch(c.ks, c.arch)
		switch {
		case c.err == "" && (err != nil || got != c.want):
			t.Errorf("%s: %q, %v; want %q", c.arch, got, err, c.want)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s: %q, %v; want an error with %q", c.arch, got, err, c.err)
		}
	}
	if n, ok := computeCapability("sm_90a"); !ok || n != 90 {
		t.Errorf("sm_90a: %d %v", n, ok)
	}
	if _, ok := computeCapability("compute_90"); ok {
		t.Error("compute_90 read as an sm architecture")
	}
}

// sassTools skips the test where there is no sm_90a toolchain or no
// cuobjdump (fatal under CI, whose Debian toolkit has it).
func sassTools(t *testing.T) {
	t.Helper()
	if Cuobjdump(sm90aNVCC(t)) == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("cuobjdump not found beside nvcc or on PATH")
		}
		t.Skip("cuobjdump not found beside nvcc or on PATH")
	}
}

// causalKernel is the causal attention kernel of tile at d_head d (H 2).
func causalKernel(t *testing.T, name string, e kir.Type, d int, tile TCTile) *kir.Kernel {
	t.Helper()
	s := AttnSpec{E: e, H: 2, DK: d, DV: d, LD: 6 * d, Softmax: true, Mask: "causal", Scale: 0.1, Feature: "identity", Tile: tile}
	k, err := AttentionKernel(name, "test", s)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return k
}

// hopperSASS compiles ks for sm_90a and disassembles them: each kernel's
// SASS by name, and ptxas's resource reports in the order of ks.
func hopperSASS(t *testing.T, ks []*kir.Kernel) (map[string][]Ins, []ResourceReport) {
	t.Helper()
	nvcc := sm90aNVCC(t)
	_, cubin, reps := compileKernels(t, nvcc, "sm_90a", "test", ks)
	fns, err := SASS(Cuobjdump(nvcc), cubin)
	if err != nil {
		t.Fatal(err)
	}
	return fns, reps
}

// TestProducerSASS checks what TCTile.Producer changes in the SASS: the
// consumers' loops have no block barrier (BAR.SYNC 0x0) left, the kernel
// without a producer has one a loop; with 8 consumer warps the producer
// warpgroup's setmaxnreg lets ptxas give the consumers more registers
// than the launch's even share of 384 threads (168), without spilling,
// where a producer warp alone spilled; and with PingPong the loops take
// and hand over turns on named barriers (BAR.SYNC and BAR.ARV on 1, 2).
func TestProducerSASS(t *testing.T) {
	sassTools(t)
	cases := []struct {
		name  string
		d     int
		tile  TCTile
		prod  bool
		above int // some register index above this in the SASS
	}{
		{"w4", 64, TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true}, false, 0},
		{"w4_prod", 64, TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 64, EarlyS: true, Producer: true}, true, 0},
		{"w8_bk128_prod", 128, TCTile{Wgmma: true, Overlap: true, Tma: true, BK: 128, EarlyS: true, Warps: 8, Producer: true}, true, 168},
		{"w8_prod_pp", 128, TCTile{Wgmma: true, Overlap: true, Tma: true, EarlyS: true, Warps: 8, Producer: true, PingPong: true}, true, 168},
	}
	var ks []*kir.Kernel
	for _, c := range cases {
		ks = append(ks, causalKernel(t, c.name, kir.F16, c.d, c.tile))
	}
	fns, reps := hopperSASS(t, ks)
	reg := regexp.MustCompile(`\bR(\d+)\b`)
	sync0 := regexp.MustCompile(`^BAR\.SYNC\S* 0x0\b`)
	for i, c := range cases {
		ins := fns[c.name]
		// Loops with a wgmma and a __syncthreads; with a named barrier's
		// bar.sync (the id in a register) and bar.arrive.
		barInLoop, turnLoops := 0, 0
		for _, l := range Loops(ins) {
			if l.Ops["HGMMA"] == 0 {
				continue
			}
			var syncs, named, arrives int
			for _, in := range ins[l.From : l.To+1] {
				switch text := strings.TrimSpace(in.Text); {
				case sync0.MatchString(text):
					syncs++
				case strings.HasPrefix(text, "BAR.SYNC"):
					named++
				case strings.HasPrefix(text, "BAR.ARV"):
					arrives++
				}
			}
			if syncs > 0 {
				barInLoop++
			}
			if named > 0 && arrives > 0 {
				turnLoops++
			}
		}
		maxReg, ops := 0, map[string]int{}
		for _, in := range ins {
			ops[in.Op()]++
			for _, m := range reg.FindAllStringSubmatch(in.Text, -1) {
				n, _ := strconv.Atoi(m[1])
				maxReg = max(maxReg, n)
			}
		}
		switch {
		case c.prod && barInLoop > 0:
			t.Errorf("%s: %d loops with wgmma and a BAR.SYNC, want none", c.name, barInLoop)
		case !c.prod && barInLoop == 0:
			t.Errorf("%s: no loop with wgmma and a BAR.SYNC: the comparison is void", c.name)
		case reps[i].SpillStores+reps[i].SpillLoads > 0:
			t.Errorf("%s: %s", c.name, reps[i].Problem())
		case c.above > 0 && (ops["USETMAXREG"] < 2 || maxReg <= c.above):
			t.Errorf("%s: %d USETMAXREG, highest register R%d; want 2 and above R%d (%d registers at launch)", c.name, ops["USETMAXREG"], maxReg, c.above, reps[i].Registers)
		case c.tile.PingPong != (turnLoops > 0):
			t.Errorf("%s: %d loops with wgmma take and hand over turns (named BAR.SYNC, BAR.ARV); PingPong %v", c.name, turnLoops, c.tile.PingPong)
		}
		t.Logf("%s: %d registers at launch, highest R%d, %d loops with wgmma and BAR.SYNC 0x0, %d with turns", c.name, reps[i].Registers, maxReg, barInLoop, turnLoops)
	}
}
