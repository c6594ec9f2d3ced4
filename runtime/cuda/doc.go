// Package cuda is hopf's CUDA backend: it runs a compiled program
// (codegen.Program: the generated kernels and the ordered launch plan) on an
// NVIDIA GPU through gorgonia.org/cu (the driver API), with the API of the
// sim backend (runtime/sim/machine): New(program, weights), Run(inputs...).
//
// The package is split by the build tag hopfcuda (not cuda: that tag
// switches gorgonia itself into its cuDNN build, see docs/RATIONALE.md):
//
//   - Untagged (every build, tested by go test ./...): the host-side logic
//     that needs no GPU: program validation against the device limits and
//     the kernels' parameters (Validate), argument marshalling into the
//     8-byte words cu's Launch copies (LaunchWords), the arguments of
//     cuTensorMapEncodeTiled for tensor-map parameters and the maps'
//     place in device memory (TensorMapEncode, PlanTensorMaps), f32 ↔
//     f16/bf16 encoding, weight assembly, token-id limits, the
//     content-hash module cache (Compiler, Source), and the device-check
//     and benchmark configurations (suite.go).
//   - Tagged hopfcuda (machine.go, pinned.go, and the cgo shims driver.go
//     and tensormap.go): the Machine on gorgonia.org/cu.
//     gorgonia.org/cu's package init exits the process when there is no
//     driver or device, so nothing untagged imports it, and the tagged
//     files import runtime/cudaprobe, whose init runs first and turns that
//     into a clear message and exit status 3 (see its package comment).
//
// Hopper TMA kernels (kir.TensorMap) take the device address of a
// CUtensorMap, which cp.async.bulk.tensor reads. New encodes every map of
// the plan once, over the buffers it has allocated, with the driver's
// cuTensorMapEncodeTiled, and copies them to one device allocation; the
// launch words pass their addresses. That call is CUDA ≥ 12 and missing
// from the 11.8 headers and link stub the package builds against, so
// tensormap.go looks it up at run time with cuGetProcAddress; a driver
// without it fails only programs with tensor maps.
//
// Build the tagged package against the CUDA headers and the driver's link
// stub, e.g. with Debian's nvidia-cuda-dev:
//
//	CGO_CFLAGS=-I/usr/include CGO_LDFLAGS=-L/usr/lib/x86_64-linux-gnu/stubs go build -tags hopfcuda ./...
package cuda
