package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompileGuards: compile and ir refuse a batch or length whose plan
// cannot be right — a buffer past 2^31 elements (once an int64 overflow
// that wrote negative sizes and grids), a grid CUDA refuses, a length past
// the model's context (the learned position table), --batch 0 — with an
// error that names the cause, and write nothing.
func TestCompileGuards(t *testing.T) {
	const ind = "../../examples/induction.hopf"
	src, err := os.ReadFile("../../examples/fastweight.hopf")
	if err != nil {
		t.Fatal(err)
	}
	long := write(t, "long.hopf", strings.Replace(string(src), "context 512", "context 1048576", 1))
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"int64 batch", []string{ind, "--batch", "9223372036854775807"}, []string{
			"value %emb needs B×T×128 = 9223372036854775807×256×128 = 302231454903657293643776 elements, more than one buffer of the memory plan holds (2^31)", "lower the batch (--batch)"}},
		{"batch 2^62", []string{ind, "--batch", "4611686018427387904"}, []string{"4611686018427387904×256×128", "more than one buffer of the memory plan holds (2^31)"}},
		{"batch past 2^31 elements", []string{ind, "--batch", "21846"}, []string{"value %L0.qkv needs B×T×384 = 21846×256×384 = 2147549184 elements"}},
		{"grid.z is the batch", []string{ind, "--batch", "70000", "--len", "16"}, []string{
			"examples/induction.hopf:13:5", "kernel x1__fused_attention_residual_attn__l13: grid.z is 70000 blocks (one per sequence of the batch), more than CUDA's limit of 65535: lower the batch (--batch)"}},
		{"grid.y of a GEMM", []string{long, "--batch", "4"}, []string{
			"kernel L0_qkvbeta__linear__l21: grid.y is 65536 blocks at B=4 T=1048576, more than CUDA's limit of 65535: lower the batch (--batch) or the sequence length (--len)"}},
		{"buffer of a long context", []string{long, "--batch", "8"}, []string{"value %L0.qkvbeta needs B×T×388 = 8×1048576×388"}},
		{"len past the context", []string{ind, "--len", "5000"}, []string{"--len 5000 exceeds the model's context 256"}},
		{"len one past", []string{ind, "--len", "257"}, []string{"--len 257 exceeds the model's context 256"}},
		{"batch 0", []string{ind, "--batch", "0"}, []string{"--batch 0: want ≥ 1"}},
		{"negative batch", []string{ind, "--batch=-3"}, []string{"--batch -3: want ≥ 1"}},
		{"negative len", []string{ind, "--len=-1"}, []string{"--len -1: want ≥ 1 (or 0, the default: the model's context 256)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			for _, args := range [][]string{
				append([]string{"compile", "-o", dir, "--no-nvcc"}, tt.args...),
				append([]string{"ir", "--stage", "fused"}, tt.args...),
			} {
				if args[0] == "ir" && strings.HasPrefix(tt.name, "grid") {
					continue // the IR has no launches: only compile knows the grids
				}
				out, errOut, code := hopf(t, args...)
				if code != 1 {
					t.Errorf("hopf %s: exit %d, want 1\nstdout %s\nstderr %s", strings.Join(args, " "), code, out, errOut)
				}
				for _, w := range tt.want {
					if !strings.Contains(errOut, w) {
						t.Errorf("hopf %s: stderr %q, want %q", strings.Join(args, " "), errOut, w)
					}
				}
				if _, err := os.Stat(filepath.Join(dir, "plan.json")); err == nil {
					t.Errorf("hopf %s wrote plan.json", strings.Join(args, " "))
				}
			}
		})
	}
}

// TestCompileGuardsAccept: the limits are inclusive — the context itself,
// a grid of exactly 65535 blocks along z, 0 as the documented default
// length — and compile and ir accept them.
func TestCompileGuardsAccept(t *testing.T) {
	const ind = "../../examples/induction.hopf"
	for _, args := range [][]string{
		{ind, "--len", "256"},
		{ind, "--len", "0"},
		{ind, "--batch", "65535", "--len", "2"},
	} {
		dir := filepath.Join(t.TempDir(), "out")
		if out, errOut, code := hopf(t, append([]string{"compile", "-o", dir, "--no-nvcc"}, args...)...); code != 0 {
			t.Errorf("compile %v: exit %d\n%s%s", args, code, out, errOut)
		}
		if out, errOut, code := hopf(t, append([]string{"ir", "--stage", "fused"}, args...)...); code != 0 || !strings.Contains(out, "memory {B=") {
			t.Errorf("ir %v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
}
