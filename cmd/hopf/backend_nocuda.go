//go:build !hopfcuda

package main

import (
	"errors"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// cudaNotBuilt is the error of --backend cuda in a build without the CUDA
// backend (the build tag hopfcuda; see README "GPU backend"), less the
// last line: what to use here instead, which depends on the command.
const cudaNotBuilt = `backend cuda is not built into this hopf: the CUDA backend (runtime/cuda, on gorgonia.org/cu) is compiled only with the build tag hopfcuda, so in this build it is not built yet.
To get it, build with cgo against the CUDA headers and the driver's link stub and run on a machine with an NVIDIA GPU and its driver (nvcc on PATH compiles the kernels on first use), e.g. with Debian's nvidia-cuda-dev:
  CGO_CFLAGS=-I/usr/include CGO_LDFLAGS=-L/usr/lib/x86_64-linux-gnu/stubs go build -tags hopfcuda -o hopf-cuda ./cmd/hopf
(the tag is hopfcuda, not cuda: -tags cuda switches gorgonia into its own cuDNN build).
`

// cudaAvailable says why --backend cuda cannot run: it is not built in;
// instead is what to use here.
func cudaAvailable(instead string) error { return errors.New(cudaNotBuilt + instead) }

// runCUDA reports how to get the CUDA backend.
func runCUDA(e *env, m *dsl.Model, x *tensor.Dense, ws *weights.Set, state bool, opts codegen.Options) ([]*tensor.Dense, error) {
	return nil, cudaAvailable(runInstead)
}

// benchCUDA reports how to get the CUDA backend.
func benchCUDA(e *env, c *benchCmd, m *dsl.Model, x *tensor.Dense, ws *weights.Set, flops float64) error {
	return cudaAvailable(benchInstead)
}
