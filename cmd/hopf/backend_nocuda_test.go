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
	} {
		out, e, code := hopf(t, args...)
		if code != 1 || out != "" {
			t.Errorf("%v: exit %d, stdout %q", args, code, out)
		}
		for _, s := range []string{"-tags hopfcuda", "CGO_LDFLAGS=-L/usr/lib/x86_64-linux-gnu/stubs", "NVIDIA GPU", "--backend cpu", "--backend sim"} {
			if !strings.Contains(e, s) {
				t.Errorf("%v: stderr lacks %q:\n%s", args, s, e)
			}
		}
	}
	if _, e, code := hopf(t, "run", "../../examples/induction.hopf", "--backend", "sim", "--stage", "lowered"); code != 1 || !strings.Contains(e, "--backend sim runs the kernels generated from the fused stage") {
		t.Errorf("sim with --stage lowered: exit %d: %s", code, e)
	}
}
