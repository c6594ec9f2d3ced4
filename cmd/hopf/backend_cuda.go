//go:build hopfcuda

package main

import (
	"fmt"
	"slices"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/cuda"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// cudaAvailable is nil: the backend is built in, and runtime/cudaprobe has
// already ended the process if there is no usable device.
func cudaAvailable(string) error { return nil }

// runCUDA compiles the model to kernels for the input's B and T (target
// cuda, as runSim) and runs the launch plan on the GPU, with activations
// and outputs poisoned first (NaN where no kernel writes). It prints the
// device, the module cache entry and the pass's counts on stderr.
func runCUDA(e *env, m *dsl.Model, x *tensor.Dense, ws *weights.Set, state bool, opts codegen.Options) ([]*tensor.Dense, error) {
	if err := deviceArch(&opts); err != nil {
		return nil, err
	}
	g, prog, data, err := kernelProgram(m, x, ws, state, opts)
	if err != nil {
		return nil, err
	}
	mach, err := cuda.New(prog, data)
	if err != nil {
		return nil, err
	}
	defer mach.Close()
	res, err := mach.Run(cudaInput(x))
	if err != nil {
		return nil, err
	}
	a := mach.Artifact
	cache := "cache hit"
	if !a.Hit {
		cache = fmt.Sprintf("compiled with nvcc in %.1fs (%s)", a.Took.Seconds(), a.Rebuilt)
	}
	fmt.Fprintf(e.stderr, "cuda: %s; module %s (%s)\ncuda: %s\n", mach.Info, a.Path, cache, mach.Stats())
	return resultTensors(g, prog.Env, res), nil
}

// deviceArch sets the kernels' architecture to the device's, so that the
// compiler picks that architecture's tilings (codegen.DefaultTile) and
// refuses, at the layer, a --tile the device cannot run.
func deviceArch(opts *codegen.Options) error {
	info, err := cuda.DeviceInfo()
	if err != nil {
		return err
	}
	opts.Arch = info.Arch
	return nil
}

// benchCUDA times the model's kernels on the GPU (hopf bench --backend
// cuda): no poisoning, the input uploaded and the output downloaded every
// pass, as a forward pass that returns its result does.
func benchCUDA(e *env, c *benchCmd, m *dsl.Model, x *tensor.Dense, ws *weights.Set, flops float64) error {
	opts, err := kernelOptions(c.Backend, c.Tile, "")
	if err != nil {
		return err
	}
	if err := deviceArch(&opts); err != nil {
		return err
	}
	_, prog, data, err := kernelProgram(m, x, ws, false, opts)
	if err != nil {
		return err
	}
	mach, err := cuda.NewWithOptions(prog, data, cuda.Options{Graph: c.Graph})
	if err != nil {
		return err
	}
	defer mach.Close()
	in := cudaInput(x)
	var kern, pass, wall []float64
	for i := 0; i < c.Warmup+c.Runs; i++ {
		if _, err := mach.Run(in); err != nil {
			return err
		}
		if i >= c.Warmup {
			st := mach.Stats()
			kern, pass, wall = append(kern, st.KernelMs), append(pass, st.PassMs), append(wall, st.WallMs)
		}
	}
	st := mach.Stats()
	graph := "off"
	if c.Graph {
		graph = "on"
	}
	med := medianMs(kern)
	fmt.Fprintf(e.stderr, "cuda: %s; module %s\n", mach.Info, mach.Artifact.Path)
	fmt.Fprintf(e.stdout, "%s backend=cuda graph=%s B=%d T=%d runs=%d median_ms=%.3f min_ms=%.3f pass_ms=%.3f wall_ms=%.3f gflops=%.1f launches=%d graph_launches=%d host_syncs=%d\n",
		m.Name, graph, c.Batch, c.Len, c.Runs, med, slices.Min(kern), medianMs(pass), medianMs(wall), gflops(flops, med), st.Launches, st.GraphLaunches, st.HostSyncs)
	return nil
}

// cudaInput is the model's input as the machine takes it: token ids or
// values.
func cudaInput(x *tensor.Dense) cuda.Input {
	var in cuda.Input
	switch d := x.Data().(type) {
	case []int32:
		in.I32 = d
	case []float32:
		in.F32 = d
	}
	return in
}
