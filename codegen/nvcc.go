package codegen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// NVCC finds nvcc on PATH or under $CUDA_HOME/bin; "" when there is none.
func NVCC() string { return cudaTool("nvcc") }

// cudaTool finds a CUDA tool on PATH or under $CUDA_HOME/bin; "" when
// there is none.
func cudaTool(name string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if h := os.Getenv("CUDA_HOME"); h != "" {
		p := filepath.Join(h, "bin", name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// EnvPTXAS names a ptxas of CUDA 12 or later for architecture-specific
// targets (sm_90a: wgmma) where nvcc is older; DefaultPTXAS is where
// scripts/install-ptxas.sh puts one.
const (
	EnvPTXAS     = "HOPF_PTXAS"
	DefaultPTXAS = "/opt/hopf/cuda-12.4/usr/bin/ptxas"
)

// PTXAS finds a ptxas of CUDA 12 or later: $HOPF_PTXAS, DefaultPTXAS, or
// ptxas on PATH; "" when there is none.
func PTXAS() string {
	for _, p := range []string{os.Getenv(EnvPTXAS), DefaultPTXAS} {
		if p != "" && toolMajor(p) >= 12 {
			return p
		}
	}
	if p, err := exec.LookPath("ptxas"); err == nil && toolMajor(p) >= 12 {
		return p
	}
	return ""
}

var (
	reRelease = regexp.MustCompile(`release (\d+)\.`)
	majors    sync.Map // tool path → major release
)

// toolMajor is the CUDA release of nvcc or ptxas (11 for "release 11.8"),
// 0 if it cannot be run or does not say.
func toolMajor(bin string) int {
	if v, ok := majors.Load(bin); ok {
		return v.(int)
	}
	n := 0
	if out, err := exec.Command(bin, "--version").Output(); err == nil {
		if m := reRelease.FindSubmatch(out); m != nil {
			n, _ = strconv.Atoi(string(m[1]))
		}
	}
	majors.Store(bin, n)
	return n
}

// RunNVCC compiles src to out with nvcc for arch ("sm_90"); kind is "ptx"
// or "cubin". nvcc 11.8 uses its own g++-11 host compiler: no -ccbin. An
// architecture-specific target (sm_90a) that nvcc is too old for goes
// through SplitCompile.
func RunNVCC(nvcc, arch, kind, src, out string) error {
	if splitNeeded(nvcc, arch) {
		_, err := SplitCompile(nvcc, arch, kind, src, out, false)
		return err
	}
	cmd := exec.Command(nvcc, "-arch="+arch, "-"+kind, "-o", out, src)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("nvcc -arch=%s -%s %s: %v\n%s", arch, kind, src, err, strings.TrimSpace(string(msg)))
	}
	return nil
}

// CanBuild says why nvcc cannot build code for arch here (nil if it can):
// an architecture-specific target (sm_90a) needs nvcc 12 or later, or a
// ptxas of CUDA 12 (scripts/install-ptxas.sh) beside an older nvcc.
func CanBuild(nvcc, arch string) error {
	if splitNeeded(nvcc, arch) && PTXAS() == "" {
		return noPTXAS(nvcc, arch)
	}
	return nil
}

func noPTXAS(nvcc, arch string) error {
	return fmt.Errorf("%s needs nvcc 12 or later, or a ptxas of CUDA 12 (scripts/install-ptxas.sh, or $%s), and nvcc is %s", arch, EnvPTXAS, NVCCVersion(nvcc))
}

// Toolchain names what builds code for arch: nvcc's release, and with
// SplitCompile the ptxas that assembles it.
func Toolchain(nvcc, arch string) string {
	v := NVCCVersion(nvcc)
	if !splitNeeded(nvcc, arch) {
		return v
	}
	p := PTXAS()
	if p == "" {
		return v + " (no ptxas of CUDA 12 for " + arch + ")"
	}
	return fmt.Sprintf("%s to PTX, ptxas release %d (%s) for %s", v, toolMajor(p), p, arch)
}

// splitNeeded: arch is architecture-specific (sm_90a, whose features such
// as wgmma only exist there) and nvcc predates CUDA 12, which introduced
// those targets.
func splitNeeded(nvcc, arch string) bool {
	return strings.HasSuffix(arch, "a") && toolMajor(nvcc) < 12
}

var (
	rePTXVersion = regexp.MustCompile(`(?m)^\.version \d+\.\d+$`)
	rePTXTarget  = regexp.MustCompile(`(?m)^\.target sm_\d+$`)
)

// SplitCompile builds src for an architecture-specific target (sm_90a)
// with an nvcc older than CUDA 12 and a newer ptxas (PTXAS): nvcc
// compiles the C to PTX for the base architecture (compute_90), where the
// instructions only sm_90a has are inline assembly that nvcc passes
// through unread; the PTX's header is raised to ISA 8.0 and the target
// .target sm_90a; ptxas assembles it (kind "cubin", with -v when verbose:
// its report is returned) or the patched PTX is the result (kind "ptx").
func SplitCompile(nvcc, arch, kind, src, out string, verbose bool) (string, error) {
	base := strings.TrimSuffix(arch, "a")
	ptxas := PTXAS()
	if kind == "cubin" && ptxas == "" {
		return "", noPTXAS(nvcc, arch)
	}
	dir, err := os.MkdirTemp("", "hopf-split")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	ptx := filepath.Join(dir, "kernels.ptx")
	cmd := exec.Command(nvcc, "-arch="+strings.Replace(base, "sm_", "compute_", 1), "-ptx", "-o", ptx, src)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("nvcc -arch=%s -ptx %s: %v\n%s", base, src, err, strings.TrimSpace(string(msg)))
	}
	text, err := os.ReadFile(ptx)
	if err != nil {
		return "", err
	}
	if !rePTXVersion.Match(text) || !rePTXTarget.Match(text) {
		return "", fmt.Errorf("nvcc -ptx %s: no .version or .target line to raise to %s", src, arch)
	}
	text = rePTXVersion.ReplaceAll(text, []byte(".version 8.0"))
	text = rePTXTarget.ReplaceAll(text, []byte(".target "+arch))
	if kind == "ptx" {
		return "", os.WriteFile(out, text, 0o644)
	}
	if err := os.WriteFile(ptx, text, 0o644); err != nil {
		return "", err
	}
	args := []string{"-arch=" + arch, "-o", out, ptx}
	if verbose {
		args = append([]string{"-v"}, args...)
	}
	msg, err := exec.Command(ptxas, args...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("ptxas -arch=%s (%s) %s: %v\n%s", arch, ptxas, src, err, strings.TrimSpace(string(msg)))
	}
	return string(msg), nil
}

// TargetArch is the architecture to build kernels ks for, for a device
// (or nvcc target) of architecture arch ("sm_90"): arch itself, or its
// architecture-specific variant (sm_90a) when a kernel uses instructions
// only that has (wgmma). An error names the kernel when arch cannot run
// it: wgmma on another architecture, TMA (cp.async.bulk.tensor) before
// sm_90.
func TargetArch(ks []*kir.Kernel, arch string) (string, error) {
	for _, k := range ks {
		if cc, ok := computeCapability(arch); ok && cc < 80 && k.UsesSm80() {
			return "", fmt.Errorf("kernel %s uses mma.sync m16n8k16 or cp.async (sm_80 or later) and the target is %s: f16 and bf16 models need an sm_80 or later GPU (elsewhere: --backend cpu, or --backend sim without --arch); f32 models run from sm_70", k.Name, arch)
		}
		if cc, ok := computeCapability(arch); ok && cc < 90 && k.UsesTma() {
			return "", fmt.Errorf("kernel %s uses TMA (cp.async.bulk.tensor, sm_90 or later) and the target is %s: use a tiling without tma (--tile), or another --arch", k.Name, arch)
		}
	}
	for _, k := range ks {
		if !k.UsesWgmma() && !k.UsesSetMaxNReg() {
			continue
		}
		switch arch {
		case "sm_90", "sm_90a":
			return "sm_90a", nil
		}
		return "", fmt.Errorf("kernel %s uses wgmma (Hopper's warpgroup MMA, sm_90a) and the target is %s: use a tiling without wgmma (--tile), or --arch sm_90", k.Name, arch)
	}
	return arch, nil
}

// computeCapability reads "sm_90" or "sm_90a" as 90.
func computeCapability(arch string) (int, bool) {
	digits := strings.TrimRight(strings.TrimPrefix(arch, "sm_"), "abcdefghijklmnopqrstuvwxyz")
	n, err := strconv.Atoi(digits)
	return n, err == nil && strings.HasPrefix(arch, "sm_")
}
