//go:build hopfcuda

package main

import (
	"fmt"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/cuda"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// cudaAvailable is nil: the backend is built in, and runtime/cudaprobe has
// already ended the process if there is no usable device.
func cudaAvailable() error { return nil }

// runCUDA compiles the model to kernels for the input's B and T (target
// cuda, as runSim) and runs the launch plan on the GPU, with activations
// and outputs poisoned first (NaN where no kernel writes). It prints the
// device, the module cache entry and the pass's counts on stderr.
func runCUDA(e *env, m *dsl.Model, x *tensor.Dense, ws *weights.Set, state bool) ([]*tensor.Dense, error) {
	g, prog, data, err := kernelProgram(m, x, ws, state)
	if err != nil {
		return nil, err
	}
	mach, err := cuda.New(prog, data)
	if err != nil {
		return nil, err
	}
	defer mach.Close()
	var in cuda.Input
	switch d := x.Data().(type) {
	case []int32:
		in.I32 = d
	case []float32:
		in.F32 = d
	}
	res, err := mach.Run(in)
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
