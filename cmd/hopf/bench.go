package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/kernels"
	"github.com/hopf-ml/hopf/runtime/weights"
)

type benchCmd struct {
	File    string `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Batch   int    `default:"8" help:"Batch size B."`
	Len     int    `default:"256" placeholder:"T" help:"Sequence length T."`
	Runs    int    `default:"20" help:"Timed forward passes."`
	Warmup  int    `default:"3" help:"Untimed forward passes first."`
	Backend string `default:"cpu" enum:"cpu" help:"Backend to time."`
	Seed    uint64 `default:"1" help:"Seed for weights and input."`
	Stage   string `default:"fused" enum:"lowered,fused" help:"Which graph to time: fused (target cpu) or lowered."`
	Profile string `name:"cpuprofile" placeholder:"FILE" help:"Write a CPU profile of the timed passes (go tool pprof FILE)."`
}

func (c *benchCmd) Help() string {
	return `Times the forward pass of a model on random weights and a random input
and prints the median and best time per pass. For the side-by-side with
PyTorch that docs/performance.md records, run scripts/bench/cpu.sh.

Example:
  hopf bench examples/induction.hopf --batch 8 --len 256`
}

func (c *benchCmd) Run(e *env) error {
	if c.Runs < 1 || c.Batch < 1 || c.Len < 1 {
		return fmt.Errorf("--runs, --batch and --len must be ≥ 1")
	}
	m, err := loadModel(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	opts := compiler.Options{Target: "cpu"}
	if c.Stage == "lowered" {
		opts.StopAfter, _ = compiler.StageEnd("lowered")
	}
	g, err := compiler.Compile(m, opts)
	if err != nil {
		return err
	}
	if c.Len > m.Context {
		return fmt.Errorf("--len %d exceeds the model's context %d", c.Len, m.Context)
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
	times := make([]time.Duration, c.Runs)
	for i := range times {
		t0 := time.Now()
		if _, err := p.Run(x); err != nil {
			return err
		}
		times[i] = time.Since(t0)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Fprintf(e.stdout, "%s backend=%s stage=%s blas=%s B=%d T=%d GOMAXPROCS=%d runs=%d median_ms=%.2f min_ms=%.2f\n",
		m.Name, c.Backend, c.Stage, kernels.BLAS, c.Batch, c.Len, runtime.GOMAXPROCS(0), c.Runs, ms(times[len(times)/2]), ms(times[0]))
	return nil
}
