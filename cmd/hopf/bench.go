package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/cuda"
	"github.com/hopf-ml/hopf/runtime/kernels"
	"github.com/hopf-ml/hopf/runtime/weights"
)

type benchCmd struct {
	File    string `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Batch   int    `default:"8" help:"Batch size B."`
	Len     int    `default:"256" placeholder:"T" help:"Sequence length T."`
	Runs    int    `default:"20" help:"Timed forward passes."`
	Warmup  int    `default:"3" help:"Untimed forward passes first."`
	Backend string `default:"cpu" enum:"cpu,cuda" help:"Backend to time: cpu (gorgonia) or cuda (the generated kernels on the GPU; needs a build with -tags hopfcuda, see README \"GPU backend\"). The simulator (hopf run --backend sim) checks kernels; it is not timed."`
	Graph   bool   `help:"cuda: capture the pass's launches once as a CUDA graph and replay it (one launch call per pass instead of one per kernel)."`
	Seed    uint64 `default:"1" help:"Seed for weights and input."`
	Stage   string `default:"fused" enum:"lowered,fused" help:"Which graph to time: fused (target cpu) or lowered (cpu only)."`
	Profile string `name:"cpuprofile" placeholder:"FILE" help:"Write a CPU profile of the timed passes (go tool pprof FILE)."`
	Tile    string `placeholder:"TILING" help:"Tiling of the softmax attention kernels of f16/bf16 models on tensor cores (cuda only): comma-separated flags wgmma, overlap, earlys, lazy, tma, plain, producer, pingpong, qshared and bk=N, mt=N, warps=N, stages=N, mask=all|edge, order=launch|heavy|lpt; e.g. wgmma,overlap,earlys,tma,bk=64 (Hopper: sm_90 GPUs). Default: the GPU architecture's own (codegen.DefaultTile; so far the mma.sync kernels on every GPU)."`
}

func (c *benchCmd) Help() string {
	return `Times the forward pass of a model on random weights and a random input
and prints one line: the median and best time per pass and the rate in
GFLOP/s (the model's multiply-adds counted as 2 FLOPs, as
docs/performance.md credits both sides).

On cuda, the time is that of the kernels (CUDA events around the
launches); the line adds the whole pass (input upload, launches, output
download; events), the host's wall clock per pass, and the counts per
pass: kernel launches, CUDA graph launches and host synchronisations.

For the side-by-side with PyTorch that docs/performance.md records, run
scripts/bench/cpu.sh (CPU) or the device check scripts/device/run.sh (GPU).

Examples:
  hopf bench examples/induction.hopf --batch 8 --len 256
  hopf-cuda bench examples/fastweight.hopf --backend cuda --batch 16 --len 512 --graph`
}

// benchInstead ends the error of hopf bench --backend cuda in a build
// without the CUDA backend.
const benchInstead = "Here, time --backend cpu; hopf run --backend sim checks the generated CUDA kernels on the simulator (it is not timed)"

func (c *benchCmd) Run(e *env) error {
	if c.Runs < 1 || c.Batch < 1 || c.Len < 1 || c.Warmup < 0 {
		return errors.New("--runs, --batch and --len must be ≥ 1, --warmup ≥ 0")
	}
	if c.Backend == "cuda" {
		if err := cudaAvailable(benchInstead); err != nil {
			return err
		}
		if c.Stage == "lowered" {
			return errors.New("--backend cuda times the kernels generated from the fused stage: drop --stage lowered")
		}
		if c.Profile != "" {
			return errors.New("--cpuprofile profiles the cpu backend; for the GPU use Nsight Systems (nsys profile hopf-cuda bench ...)")
		}
	} else if c.Graph {
		return errors.New("--graph is for --backend cuda (CUDA graphs)")
	} else if c.Tile != "" {
		return errors.New("--tile chooses among the generated CUDA kernels: use it with --backend cuda (the cpu backend runs no tiled kernels)")
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
	opts := compiler.Options{Target: "cpu"}
	if c.Stage == "lowered" {
		opts.StopAfter, _ = compiler.StageEnd("lowered")
	}
	g, err := compiler.Compile(m, opts)
	if err != nil {
		return err
	}
	ws, err := weights.Init(g, c.Seed)
	if err != nil {
		return err
	}
	rc := runCmd{Seed: c.Seed, Batch: c.Batch, Len: c.Len}
	x, err := rc.input(m, g)
	if err != nil {
		return err
	}
	flops := cuda.ModelFLOPs(m, c.Batch, c.Len)
	if c.Backend == "cuda" { // backend_cuda.go (build tag hopfcuda) or backend_nocuda.go
		return benchCUDA(e, c, m, x, ws, flops)
	}
	env, err := cpu.BindDims(g, x.Shape())
	if err != nil {
		return err
	}
	p, err := cpu.Compile(g, denseWeights(ws), env)
	if err != nil {
		return err
	}
	for i := 0; i < c.Warmup; i++ {
		if _, err := p.Run(x); err != nil {
			return err
		}
	}
	if c.Profile != "" {
		f, err := os.Create(c.Profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	ms := make([]float64, c.Runs)
	for i := range ms {
		t0 := time.Now()
		if _, err := p.Run(x); err != nil {
			return err
		}
		ms[i] = float64(time.Since(t0).Nanoseconds()) / 1e6
	}
	med := medianMs(ms)
	fmt.Fprintf(e.stdout, "%s backend=cpu stage=%s blas=%s B=%d T=%d GOMAXPROCS=%d runs=%d median_ms=%.2f min_ms=%.2f gflops=%.1f\n",
		m.Name, c.Stage, kernels.BLAS, c.Batch, c.Len, runtime.GOMAXPROCS(0), c.Runs, med, slices.Min(ms), gflops(flops, med))
	return nil
}

// medianMs is the median of a non-empty list of times.
func medianMs(ms []float64) float64 {
	s := slices.Clone(ms)
	slices.Sort(s)
	return s[len(s)/2]
}

// gflops is the rate of flops floating-point operations in ms milliseconds.
func gflops(flops, ms float64) float64 {
	if ms <= 0 {
		return 0
	}
	return flops / (ms * 1e-3) / 1e9
}
