package codegen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Resources is what ptxas reports for one compiled kernel (nvcc
// --resource-usage): registers per thread, stack, spills and static shared
// memory, all in bytes but the registers.
type Resources struct {
	Kernel      string
	Registers   int
	StackBytes  int
	SpillStores int
	SpillLoads  int
	SharedBytes int // static shared memory (dynamic shared memory is the plan's)
	// Serialized is why ptxas serialized the kernel's wgmma (its
	// "Potential Performance Loss" advisory), "" if it did not: each
	// wgmma then waits for the previous one.
	Serialized string
}

var (
	reEntry = regexp.MustCompile(`Compiling entry function '([^']+)' for '([^']+)'`)
	reFrame = regexp.MustCompile(`(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads`)
	reRegs  = regexp.MustCompile(`Used (\d+) registers`)
	reSmem  = regexp.MustCompile(`(\d+) bytes smem`)
	reSer   = regexp.MustCompile(`wgmma.mma_async instructions are serialized (.*?) in the function '([^']+)'`)
)

// ParseResourceUsage reads ptxas's report (nvcc --resource-usage, or
// -Xptxas -v) into one Resources per entry function, in the report's
// order. nvcc 11 and 12 word the lines slightly differently ("Used 62
// registers, 8320 bytes smem" against "Used 62 registers, used 1
// barriers, 8320 bytes smem"); both parse.
func ParseResourceUsage(out string) ([]Resources, error) {
	var rs []Resources
	var cur *Resources
	for _, line := range strings.Split(out, "\n") {
		if m := reEntry.FindStringSubmatch(line); m != nil {
			rs = append(rs, Resources{Kernel: m[1]})
			cur = &rs[len(rs)-1]
			continue
		}
		if cur == nil {
			continue
		}
		if m := reFrame.FindStringSubmatch(line); m != nil {
			cur.StackBytes, cur.SpillStores, cur.SpillLoads = atoi(m[1]), atoi(m[2]), atoi(m[3])
		}
		if m := reRegs.FindStringSubmatch(line); m != nil {
			cur.Registers = atoi(m[1])
			if s := reSmem.FindStringSubmatch(line); s != nil {
				cur.SharedBytes = atoi(s[1])
			}
		}
	}
	for _, m := range reSer.FindAllStringSubmatch(out, -1) {
		for i := range rs {
			if rs[i].Kernel == m[2] {
				rs[i].Serialized = m[1]
			}
		}
	}
	for _, r := range rs {
		if r.Registers == 0 {
			return nil, fmt.Errorf("ptxas report: no register count for kernel %s", r.Kernel)
		}
	}
	return rs, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// CompileCubin compiles src to the cubin out for arch with nvcc and
// returns ptxas's resource report of every kernel in it.
func CompileCubin(nvcc, arch, src, out string) ([]Resources, error) {
	if splitNeeded(nvcc, arch) {
		msg, err := SplitCompile(nvcc, arch, "cubin", src, out, true)
		if err != nil {
			return nil, err
		}
		rs, err := ParseResourceUsage(msg)
		if err != nil {
			return nil, fmt.Errorf("ptxas -v -arch=%s %s: %v", arch, src, err)
		}
		return rs, nil
	}
	cmd := exec.Command(nvcc, "-arch="+arch, "-cubin", "--resource-usage", "-o", out, src)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("nvcc -arch=%s -cubin %s: %v\n%s", arch, src, err, strings.TrimSpace(string(msg)))
	}
	rs, err := ParseResourceUsage(string(msg))
	if err != nil {
		return nil, fmt.Errorf("nvcc -arch=%s -cubin --resource-usage %s: %v", arch, src, err)
	}
	return rs, nil
}

// KernelResources compiles the CUDA C source cu (kernels rendered by
// cuda.CUDA.File) to a cubin in a temporary directory and returns ptxas's
// resources of its kernels.
func KernelResources(nvcc, arch, cu string) ([]Resources, error) {
	dir, err := os.MkdirTemp("", "hopf-resources")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "kernels.cu")
	if err := os.WriteFile(src, []byte(cu), 0o644); err != nil {
		return nil, err
	}
	return CompileCubin(nvcc, arch, src, filepath.Join(dir, "kernels.cubin"))
}

// NVCCVersion is nvcc's release ("release 11.8, V11.8.89"), or "" if it
// does not say.
func NVCCVersion(nvcc string) string {
	out, err := exec.Command(nvcc, "--version").Output()
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(out), "\n") {
		if i := strings.Index(line, "release "); i >= 0 {
			return strings.TrimSpace(line[i:])
		}
	}
	return ""
}

// SMLimits are the per-multiprocessor limits that decide how many blocks
// of a kernel are resident at once (the CUDA occupancy calculator's
// inputs, from the CUDA C Programming Guide's table of compute
// capabilities).
type SMLimits struct {
	Registers      int // 32-bit registers per SM (and per block)
	RegAlloc       int // registers are allocated per warp in units of this many
	SubPartitions  int // the register file is split among this many schedulers
	SharedSM       int // shared memory per SM, bytes (the largest carveout)
	SharedBlock    int // the most one block may use (opt-in), bytes
	SharedReserved int // bytes the system reserves per resident block
	SharedAlloc    int // shared memory is allocated in units of this many bytes
	Threads        int // resident threads per SM
	Blocks         int // resident blocks per SM
}

// SMLimitsFor returns the limits of an architecture ("sm_90", "sm_90a",
// ...) and whether hopf knows them.
func SMLimitsFor(arch string) (SMLimits, bool) {
	base := SMLimits{Registers: 65536, RegAlloc: 256, SubPartitions: 4, SharedAlloc: 128}
	switch strings.TrimSuffix(arch, "a") {
	case "sm_70", "sm_72":
		base.SharedSM, base.SharedBlock, base.Threads, base.Blocks = 96<<10, 96<<10, 2048, 32
		base.SharedAlloc = 256
	case "sm_75":
		base.SharedSM, base.SharedBlock, base.Threads, base.Blocks = 64<<10, 64<<10, 1024, 16
		base.SharedAlloc = 256
	case "sm_80", "sm_87":
		base.SharedSM, base.SharedBlock, base.SharedReserved, base.Threads, base.Blocks = 164<<10, 163<<10, 1<<10, 2048, 32
	case "sm_86":
		base.SharedSM, base.SharedBlock, base.SharedReserved, base.Threads, base.Blocks = 100<<10, 99<<10, 1<<10, 1536, 16
	case "sm_89":
		base.SharedSM, base.SharedBlock, base.SharedReserved, base.Threads, base.Blocks = 100<<10, 99<<10, 1<<10, 1536, 24
	case "sm_90":
		base.SharedSM, base.SharedBlock, base.SharedReserved, base.Threads, base.Blocks = 228<<10, 227<<10, 1<<10, 2048, 32
	default:
		return SMLimits{}, false
	}
	return base, true
}

// Occupancy is how many blocks of a kernel one SM holds at once, and what
// limits it ("registers", "shared", "threads" or "blocks"); 0
// blocks means the kernel cannot launch (limit says why).
type Occupancy struct {
	Blocks int
	Warps  int // resident warps per SM: Blocks × warps per block
	Limit  string
}

// Occupancy estimates the resident blocks per SM of a block of threads
// threads using regs registers per thread and shared bytes of shared
// memory (static and dynamic), by the occupancy calculator's rules:
// registers allocated per warp in RegAlloc units within each
// sub-partition, shared memory per block rounded up to SharedAlloc plus
// the reserved bytes, warps per block rounded up.
func (l SMLimits) Occupancy(threads, regs, shared int) Occupancy {
	warps := (threads + 31) / 32
	roundUp := func(n, u int) int { return (n + u - 1) / u * u }
	if regs > 255 || roundUp(regs*32, l.RegAlloc)*warps > l.Registers {
		return Occupancy{Limit: "registers"}
	}
	if shared > l.SharedBlock {
		return Occupancy{Limit: "shared"}
	}
	if threads > MaxBlockThreads {
		return Occupancy{Limit: "threads"}
	}
	type bound struct {
		n    int
		name string
	}
	bounds := []bound{{l.Blocks, "blocks"}, {l.Threads / (warps * 32), "threads"}}
	if regs > 0 {
		perWarp := roundUp(regs*32, l.RegAlloc)
		wps := l.Registers / l.SubPartitions / perWarp * l.SubPartitions
		bounds = append(bounds, bound{wps / warps, "registers"})
	}
	if shared > 0 {
		bounds = append(bounds, bound{l.SharedSM / (roundUp(shared, l.SharedAlloc) + l.SharedReserved), "shared"})
	}
	best := bounds[0]
	for _, b := range bounds[1:] {
		if b.n < best.n {
			best = b
		}
	}
	return Occupancy{Blocks: best.n, Warps: best.n * warps, Limit: best.name}
}

// ResourceReport is one kernel's line of hopf compile's resources.txt.
type ResourceReport struct {
	Resources
	Threads   int // per block
	Shared    int // static and dynamic shared memory per block, bytes
	Occupancy Occupancy
	Known     bool // the architecture's limits are known (Occupancy is set)
}

// Problem is what is wrong with the kernel on the GPU ("" if nothing):
// spills to local memory, or a block the SM cannot hold.
func (r ResourceReport) Problem() string {
	var p []string
	if r.SpillStores > 0 || r.SpillLoads > 0 {
		p = append(p, fmt.Sprintf("spills %d bytes stored, %d loaded to local memory", r.SpillStores, r.SpillLoads))
	}
	if r.Serialized != "" {
		p = append(p, "ptxas serialized its wgmma "+r.Serialized)
	}
	if r.Known && r.Occupancy.Blocks == 0 {
		what := map[string]string{"registers": "more registers", "shared": "more shared memory", "threads": "more threads"}[r.Occupancy.Limit]
		p = append(p, fmt.Sprintf("cannot launch: its block needs %s than the SM allows one block", what))
	}
	return strings.Join(p, "; ")
}

// Report joins ptxas's resources with the kernels' block shapes and shared
// memory and estimates occupancy for arch. Every kernel must be in rs.
func Report(kernels []*kir.Kernel, rs []Resources, arch string) ([]ResourceReport, error) {
	byName := map[string]Resources{}
	for _, r := range rs {
		byName[r.Kernel] = r
	}
	lim, known := SMLimitsFor(arch)
	var out []ResourceReport
	for _, k := range kernels {
		r, ok := byName[k.Name]
		if !ok {
			return nil, fmt.Errorf("ptxas reported nothing for kernel %s", k.Name)
		}
		rep := ResourceReport{Resources: r, Threads: k.Threads(), Shared: max(r.SharedBytes, k.SharedBytes()), Known: known}
		if known {
			rep.Occupancy = lim.Occupancy(rep.Threads, r.Registers, rep.Shared)
		}
		out = append(out, rep)
	}
	return out, nil
}

// FormatReport renders reports as the table of resources.txt.
func FormatReport(reps []ResourceReport, arch, nvccVersion string) string {
	var b strings.Builder
	if nvccVersion != "" {
		nvccVersion = ", nvcc " + nvccVersion
	}
	fmt.Fprintf(&b, "# Per kernel: ptxas's resources (nvcc -arch=%s --resource-usage%s) and the\n", arch, nvccVersion)
	fmt.Fprintf(&b, "# resident blocks per SM they allow (occupancy-calculator estimate; the\n# limit says which resource runs out first).\n")
	fmt.Fprintf(&b, "%-48s %7s %9s %12s %7s %11s %11s %13s %s\n", "kernel", "threads", "registers", "shared_bytes", "stack", "spill_store", "spill_load", "blocks_per_sm", "limit")
	for _, r := range reps {
		occ, lim := "-", "-"
		if r.Known {
			occ, lim = strconv.Itoa(r.Occupancy.Blocks), r.Occupancy.Limit
		}
		fmt.Fprintf(&b, "%-48s %7d %9d %12d %7d %11d %11d %13s %s\n", r.Kernel, r.Threads, r.Registers, r.Shared, r.StackBytes, r.SpillStores, r.SpillLoads, occ, lim)
	}
	return b.String()
}
