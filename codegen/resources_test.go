package codegen

import (
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// ptxas's report as nvcc 11.8 prints it (from induction.hopf), and the
// register line as nvcc 12 words it (with barriers, cmem).
const ptxas118 = `ptxas info    : 0 bytes gmem
ptxas info    : Compiling entry function 'logits__unembed__l16' for 'sm_90'
ptxas info    : Function properties for logits__unembed__l16
    0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
ptxas info    : Used 62 registers, 8320 bytes smem
ptxas info    : Compiling entry function 'x2__fused_attention_residual_attn__l13' for 'sm_90'
ptxas info    : Function properties for x2__fused_attention_residual_attn__l13
    24 bytes stack frame, 20 bytes spill stores, 16 bytes spill loads
ptxas info    : Used 255 registers, 12544 bytes smem
`

const ptxas12 = `ptxas info    : 0 bytes gmem
ptxas info    : Compiling entry function 'big' for 'sm_90'
ptxas info    : Function properties for big
    0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
ptxas info    : Used 168 registers, used 1 barriers, 400 bytes cmem[0]
ptxas info    : Compiling entry function 'small' for 'sm_90'
ptxas info    : Function properties for small
    0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
ptxas info    : Used 40 registers, used 1 barriers, 4096 bytes smem, 400 bytes cmem[0]
`

func TestParseResourceUsage(t *testing.T) {
	for _, tc := range []struct {
		name, out string
		want      []Resources
	}{
		{"nvcc 11.8", ptxas118, []Resources{
			{Kernel: "logits__unembed__l16", Registers: 62, SharedBytes: 8320},
			{Kernel: "x2__fused_attention_residual_attn__l13", Registers: 255, StackBytes: 24, SpillStores: 20, SpillLoads: 16, SharedBytes: 12544},
		}},
		{"nvcc 12", ptxas12, []Resources{
			{Kernel: "big", Registers: 168},
			{Kernel: "small", Registers: 40, SharedBytes: 4096},
		}},
		{"ptxas 12.4 -v, wgmma serialized", ptxasSerialized, []Resources{
			{Kernel: "wg", Registers: 90, Serialized: "due to the presence of Extern calls"},
			{Kernel: "ok", Registers: 40},
		}},
		{"empty", "", nil},
	} {
		got, err := ParseResourceUsage(tc.out)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: kernel %d: got %+v, want %+v", tc.name, i, got[i], tc.want[i])
			}
		}
	}
	if _, err := ParseResourceUsage("ptxas info    : Compiling entry function 'k' for 'sm_90'\n"); err == nil || !strings.Contains(err.Error(), "no register count for kernel k") {
		t.Errorf("a kernel without its register line: got %v", err)
	}
}

// TestOccupancy checks the estimate against resident-block counts worked
// out by hand from the occupancy calculator's rules for sm_90 (64 Ki
// registers in 4 sub-partitions, allocated per warp in units of 256; 228
// KiB of shared memory, 1 KiB reserved per block, 128-byte units; 2048
// threads and 32 blocks per SM).
func TestOccupancy(t *testing.T) {
	sm90, ok := SMLimitsFor("sm_90a")
	if !ok {
		t.Fatal("sm_90a unknown")
	}
	for _, tc := range []struct {
		threads, regs, shared int
		want                  Occupancy
	}{
		// 134 regs: 4288 → 4352 per warp; 16384/4352 = 3 warps per
		// sub-partition, 12 per SM: 3 blocks of 4 warps.
		{128, 134, 0, Occupancy{3, 12, "registers"}},
		{128, 128, 0, Occupancy{4, 16, "registers"}},
		{128, 255, 0, Occupancy{2, 8, "registers"}},
		// 48 KiB + 1 KiB reserved: 233472 / 50176 = 4.65.
		{128, 32, 48 << 10, Occupancy{4, 16, "shared"}},
		// 100 bytes round up to 128, + 1024: 233472 / 1152 = 202 → 32 blocks.
		{32, 16, 100, Occupancy{32, 32, "blocks"}},
		// 1024 threads: 2048 / 1024 = 2 blocks (32 regs: 64 warps, also 2).
		{1024, 24, 0, Occupancy{2, 64, "threads"}},
		// 1024 threads × 128 registers = 128 Ki > 64 Ki: cannot launch.
		{1024, 128, 0, Occupancy{0, 0, "registers"}},
		{128, 32, 228 << 10, Occupancy{0, 0, "shared"}},
		// 227 KiB is the opt-in maximum: one block.
		{128, 32, 227 << 10, Occupancy{1, 4, "shared"}},
	} {
		if got := sm90.Occupancy(tc.threads, tc.regs, tc.shared); got != tc.want {
			t.Errorf("%d threads, %d registers, %d bytes shared: got %+v, want %+v", tc.threads, tc.regs, tc.shared, got, tc.want)
		}
	}
	if _, ok := SMLimitsFor("sm_52"); ok {
		t.Error("sm_52 should be unknown")
	}
}

// TestReport joins ptxas's lines with the kernels and names problems.
func TestReport(t *testing.T) {
	mk := func(name string, threads int) *kir.Kernel {
		k, err := kir.New(name, "test", threads).Build()
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	rs, _ := ParseResourceUsage(ptxas118)
	reps, err := Report([]*kir.Kernel{mk("logits__unembed__l16", 128), mk("x2__fused_attention_residual_attn__l13", 512)}, rs, "sm_90")
	if err != nil {
		t.Fatal(err)
	}
	if p := reps[0].Problem(); p != "" {
		t.Errorf("a 62-register kernel: problem %q", p)
	}
	if reps[0].Occupancy.Blocks == 0 || reps[0].Threads != 128 {
		t.Errorf("report %+v", reps[0])
	}
	want := "spills 20 bytes stored, 16 loaded to local memory; cannot launch: its block needs more registers than the SM allows one block"
	if p := reps[1].Problem(); p != want {
		t.Errorf("a spilling 255-register, 512-thread kernel: got %q, want %q", p, want)
	}
	table := FormatReport(reps, "sm_90", "release 11.8, V11.8.89")
	for _, s := range []string{"nvcc -arch=sm_90 --resource-usage, nvcc release 11.8", "logits__unembed__l16", "blocks_per_sm"} {
		if !strings.Contains(table, s) {
			t.Errorf("table lacks %q:\n%s", s, table)
		}
	}
	if _, err := Report([]*kir.Kernel{mk("missing", 32)}, rs, "sm_90"); err == nil {
		t.Error("a kernel ptxas did not report: no error")
	}
}

// ptxasSerialized is ptxas -v of an sm_90a module with the advisory ptxas
// gives when it cannot pipeline a kernel's wgmma (the wording of CUDA
// 12's C7515 advisory).
const ptxasSerialized = `ptxas info    : 0 bytes gmem
ptxas info    : Compiling entry function 'wg' for 'sm_90a'
ptxas info    : (C7515) Potential Performance Loss: wgmma.mma_async instructions are serialized due to the presence of Extern calls in the function 'wg'.
ptxas info    : Function properties for wg
    0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
ptxas info    : Used 90 registers
ptxas info    : Compiling entry function 'ok' for 'sm_90a'
ptxas info    : Function properties for ok
    0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
ptxas info    : Used 40 registers
`
