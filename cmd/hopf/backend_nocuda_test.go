//go:build !hopfcuda

package main

import (
	"strings"
	"testing"
)

// TestBackendCUDANotBuilt: a build without the hopfcuda tag answers
// --backend cuda at once (before compiling the model) with how to get the
// CUDA backend.
func TestBackendCUDANotBuilt(t *testing.T) {
	for _, args := range [][]string{
		{"run", "../../examples/induction.hopf", "--backend", "cuda"},
		{"run", "../../examples/induction.hopf", "--backend", "cuda", "--stage", "lowered"},
		{"run", "no-such-file.hopf", "--backend", "cuda"},
		{"bench", "../../examples/induction.hopf", "--backend", "cuda"},
		{"bench", "../../examples/induction.hopf", "--backend", "cuda", "--graph"},
	} {
		out, e, code := hopf(t, args...)
		if code != 1 || out != "" {
			t.Errorf("%v: exit %d, stdout %q", args, code, out)
		}
		instead := []string{"--backend cpu", "--backend sim to run the generated CUDA kernels"}
		if args[0] == "bench" {
			instead = []string{"time --backend cpu", "hopf run --backend sim checks"}
		}
		for _, s := range append([]string{"-tags hopfcuda", "CGO_LDFLAGS=-L/usr/lib/x86_64-linux-gnu/stubs", "NVIDIA GPU"}, instead...) {
			if !strings.Contains(e, s) {
				t.Errorf("%v: stderr lacks %q:\n%s", args, s, e)
			}
		}
	}
	if _, e, code := hopf(t, "run", "../../examples/induction.hopf", "--backend", "sim", "--stage", "lowered"); code != 1 || !strings.Contains(e, "--backend sim runs the kernels generated from the fused stage") {
		t.Errorf("sim with --stage lowered: exit %d: %s", code, e)
	}
}
