package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/ir"
)

type compileCmd struct {
	File   string `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Output string `short:"o" required:"" placeholder:"DIR" help:"Directory for ir.fused.txt, kernels.cu, plan.json (and kernels.ptx, kernels.cubin, resources.txt with nvcc)."`
	Arch   string `default:"sm_90" help:"GPU architecture to generate the kernels for (sm_70 … sm_90, sm_90a): picks the default tilings, refuses kernels it cannot run, and is nvcc's target."`
	Batch  int    `default:"1" placeholder:"B" help:"Batch size the plan is made for (≥ 1)."`
	Len    int    `default:"0" placeholder:"T" help:"Sequence length the plan is made for, at most the model's context (default, 0: the context)."`
	NoNVCC bool   `name:"no-nvcc" help:"Do not run nvcc even if it is installed."`
	Tile   string `placeholder:"TILING" help:"Tiling of the softmax attention kernels of f16/bf16 models on tensor cores (the generated kernels only): comma-separated flags wgmma, overlap, earlys, lazy, tma, plain, producer, pingpong, qshared and bk=N, mt=N, warps=N, stages=N, mask=all|edge, order=launch|heavy|lpt; e.g. wgmma,overlap,earlys,tma,bk=64 (Hopper: sm_90 GPUs). Default: the GPU architecture's own (codegen.DefaultTile; so far the mma.sync kernels on every GPU)."`
}

func (c *compileCmd) Help() string {
	return `Compiles a model to GPU kernels: the fused graph IR (ir.fused.txt), one
CUDA C kernel per fused op (kernels.cu; each named after its IR op and DSL
line, opening with a comment that names both), and the launch plan
(plan.json: ordered launches with grid, block, shared memory, and arguments
bound to the buffers of the memory plan). When nvcc is on PATH or under
$CUDA_HOME it also writes kernels.ptx and kernels.cubin for --arch
(scripts/install-cuda-toolkit.sh installs Debian's CUDA 11.8 toolkit) and
resources.txt: per kernel, ptxas's registers, shared memory and spills,
and the resident blocks per SM they allow (an occupancy estimate for
sm_70 to sm_90). A kernel that spills, or whose block an SM cannot hold
(registers, shared memory), is a warning. A launch CUDA refuses (grid.x
above 2^31−1, grid.y or grid.z above 65535, more than 1024 threads per
block) is an error, as is a value of more than 2^31 elements at --batch
and --len, and --len past the model's context.
--arch sm_90a (Hopper's architecture-specific target) needs nvcc 12 or
later; with nvcc 11.8 hopf compiles to PTX and assembles it with the ptxas
of CUDA 12.4 that scripts/install-ptxas.sh installs. Kernels on wgmma
(--tile wgmma,…) take sm_90a where --arch is sm_90, and are refused for
other architectures, at the layer that asks for them.

Examples:
  hopf compile examples/induction.hopf -o build/induction
  hopf compile examples/fastweight.hopf -o build/fw --batch 8 --len 256
  hopf compile examples/hybrid.hopf -o build/hy --tile wgmma,overlap,earlys,tma,plain`
}

func (c *compileCmd) Run(e *env) error {
	if err := checkBatchFlag(c.Batch); err != nil {
		return err
	}
	m, err := loadModel(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	if err := checkLenFlag(m, c.Len); err != nil {
		return err
	}
	if err := tileApplies(m, c.Tile); err != nil {
		return err
	}
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: c.Batch, Len: c.Len})
	if err != nil {
		return err
	}
	kopts, err := kernelOptions("", c.Tile, c.Arch)
	if err != nil {
		return err
	}
	p, err := codegen.CompileWith(g, kopts)
	if err != nil {
		return err
	}
	// The kernels decide between sm_90 and sm_90a (wgmma), and refuse an
	// architecture that cannot run them, before anything is written.
	arch, err := codegen.TargetArch(p.Kernels, c.Arch)
	if err != nil {
		return fmt.Errorf("--arch %s: %v", c.Arch, err)
	}
	if err := os.MkdirAll(c.Output, 0o755); err != nil {
		return err
	}
	write := func(name string, data []byte) error {
		return os.WriteFile(filepath.Join(c.Output, name), data, 0o644)
	}
	if err := write("ir.fused.txt", []byte(ir.Print(g))); err != nil {
		return err
	}
	header := fmt.Sprintf("hopf generated kernels for model %s (%s), plan for B=%d T=%d.\nDo not edit: rerun `hopf compile %s`.", m.Name, c.File, p.Env["B"], p.Env["T"], c.File)
	cu := filepath.Join(c.Output, "kernels.cu")
	if err := os.WriteFile(cu, []byte(cuda.CUDA.File(header, p.Kernels)), 0o644); err != nil {
		return err
	}
	plan, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	if err := write("plan.json", append(plan, '\n')); err != nil {
		return err
	}
	var bytes int64
	for _, b := range p.Buffers {
		bytes += b.Bytes
	}
	fmt.Fprintf(e.stdout, "%s: %d kernels, %d launches, %d buffers (%s) for B=%d T=%d\n",
		c.Output, len(p.Kernels), len(p.Launches), len(p.Buffers), ir.HumanBytes(bytes), p.Env["B"], p.Env["T"])
	fmt.Fprintf(e.stdout, "  wrote ir.fused.txt, kernels.cu, plan.json\n")
	for _, l := range p.Launches {
		if l.Tiling != "" {
			fmt.Fprintf(e.stdout, "  %s (%s): tiling %s\n", l.Kernel, l.Pos, l.Tiling)
		}
	}
	if c.NoNVCC {
		return nil
	}
	if arch != c.Arch {
		fmt.Fprintf(e.stdout, "  --arch %s: building for %s (the wgmma kernels need it)\n", c.Arch, arch)
		c.Arch = arch
	}
	nvcc := codegen.NVCC()
	if nvcc == "" {
		fmt.Fprintf(e.stdout, "  nvcc not found (PATH or $CUDA_HOME): no kernels.ptx; scripts/install-cuda-toolkit.sh installs it\n")
		return nil
	}
	t0 := time.Now()
	if err := codegen.RunNVCC(nvcc, c.Arch, "ptx", cu, filepath.Join(c.Output, "kernels.ptx")); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "  wrote kernels.ptx (nvcc -arch=%s, %.1fs)\n", c.Arch, time.Since(t0).Seconds())
	t0 = time.Now()
	rs, err := codegen.CompileCubin(nvcc, c.Arch, cu, filepath.Join(c.Output, "kernels.cubin"))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "  wrote kernels.cubin (nvcc -arch=%s, %.1fs)\n", c.Arch, time.Since(t0).Seconds())
	reps, err := codegen.Report(p.Kernels, rs, c.Arch)
	if err != nil {
		return err
	}
	if err := write("resources.txt", []byte(codegen.FormatReport(reps, c.Arch, codegen.Toolchain(nvcc, c.Arch)))); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "  wrote resources.txt: %s\n", resourceSummary(reps))
	for _, r := range reps {
		if pr := r.Problem(); pr != "" {
			fmt.Fprintf(e.stderr, "hopf: warning: kernel %s (%d threads, %d registers, %d bytes shared): %s\n", r.Kernel, r.Threads, r.Registers, r.Shared, pr)
		}
	}
	return nil
}

// resourceSummary is one line on the kernels' registers, spills and
// resident blocks per SM.
func resourceSummary(reps []codegen.ResourceReport) string {
	lo, hi, spill := 256, 0, 0
	minOcc := -1
	for _, r := range reps {
		lo, hi = min(lo, r.Registers), max(hi, r.Registers)
		if r.SpillStores > 0 || r.SpillLoads > 0 {
			spill++
		}
		if r.Known && (minOcc < 0 || r.Occupancy.Blocks < minOcc) {
			minOcc = r.Occupancy.Blocks
		}
	}
	s := fmt.Sprintf("%d kernels, %d–%d registers per thread", len(reps), lo, hi)
	if spill == 0 {
		s += ", no spills"
	} else {
		s += fmt.Sprintf(", %d spilling to local memory", spill)
	}
	if minOcc >= 0 {
		s += fmt.Sprintf(", at least %d resident blocks per SM", minOcc)
	}
	return s
}
