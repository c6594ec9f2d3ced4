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
	Output string `short:"o" required:"" placeholder:"DIR" help:"Directory for ir.fused.txt, kernels.cu, plan.json (and kernels.ptx, kernels.cubin with nvcc)."`
	Arch   string `default:"sm_90" help:"GPU architecture for nvcc."`
	Batch  int    `default:"1" placeholder:"B" help:"Batch size the plan is made for."`
	Len    int    `default:"0" placeholder:"T" help:"Sequence length the plan is made for (default: the model's context)."`
	NoNVCC bool   `name:"no-nvcc" help:"Do not run nvcc even if it is installed."`
}

func (c *compileCmd) Help() string {
	return `Compiles a model to GPU kernels: the fused graph IR (ir.fused.txt), one
CUDA C kernel per fused op (kernels.cu; each named after its IR op and DSL
line, opening with a comment that names both), and the launch plan
(plan.json: ordered launches with grid, block, shared memory, and arguments
bound to the buffers of the memory plan). When nvcc is on PATH or under
$CUDA_HOME it also writes kernels.ptx and kernels.cubin for --arch
(scripts/install-cuda-toolkit.sh installs Debian's CUDA 11.8 toolkit).

Examples:
  hopf compile examples/induction.hopf -o build/induction
  hopf compile examples/fastweight.hopf -o build/fw --batch 8 --len 256`
}

func (c *compileCmd) Run(e *env) error {
	m, err := loadModel(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: c.Batch, Len: c.Len})
	if err != nil {
		return err
	}
	p, err := codegen.Compile(g)
	if err != nil {
		return err
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
	if c.NoNVCC {
		return nil
	}
	nvcc := codegen.NVCC()
	if nvcc == "" {
		fmt.Fprintf(e.stdout, "  nvcc not found (PATH or $CUDA_HOME): no kernels.ptx; scripts/install-cuda-toolkit.sh installs it\n")
		return nil
	}
	for _, kind := range []string{"ptx", "cubin"} {
		t0 := time.Now()
		if err := codegen.RunNVCC(nvcc, c.Arch, kind, cu, filepath.Join(c.Output, "kernels."+kind)); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "  wrote kernels.%s (nvcc -arch=%s, %.1fs)\n", kind, c.Arch, time.Since(t0).Seconds())
	}
	return nil
}
