package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLineGuards: sizes past what hopf allocates, outputs that
// would overwrite inputs, and flags a backend would ignore are errors
// (exit 1, a message naming the flag), not panics or silent damage.
func TestCommandLineGuards(t *testing.T) {
	dir := t.TempDir()
	ind := "../../examples/induction.hopf"
	icl := "../../examples/icl_regression.hopf"
	model := filepath.Join(dir, "m.hopf")
	src, err := os.ReadFile(ind)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(model, src, 0o644); err != nil {
		t.Fatal(err)
	}
	w := filepath.Join(dir, "w.safetensors")
	if _, e, code := hopf(t, "init", model, "-o", w); code != 0 {
		t.Fatal(e)
	}
	plain := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(plain, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	linF16 := filepath.Join(dir, "lin.hopf")
	if err := os.WriteFile(linF16, []byte("model lin { vocab 8; d_model 8; context 8; dtype f16\n  attention linear { heads 1; d_head 8 }\n  unembed }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const huge = "9223372036854775807"
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"run batch overflow", []string{"run", ind, "--batch", huge}, "elements is more than hopf can allocate (limit 2^31); lower --batch or --len"},
		{"run tokens batch overflow", []string{"run", ind, "--tokens", "1 2", "--batch", "4611686018427387904"}, "B×T×"},
		{"run vectors batch", []string{"run", icl, "--batch", "100000000000"}, "more than hopf can allocate"},
		{"bench batch overflow", []string{"bench", ind, "--batch", huge, "--len", "16"}, "more than hopf can allocate"},
		{"train batch overflow", []string{"train", ind, "--task", "copy", "--batch", huge, "--out", filepath.Join(dir, "t.safetensors")}, "more than hopf can allocate"},
		{"run len past context", []string{"run", ind, "--len", "5000"}, "--len 5000 exceeds the model's context 256"},
		{"weights of another model", []string{"run", icl, "--weights", w}, "is not a weight of graph @icl_regression\n(weights written for another model? hopf init " + icl + " -o W.safetensors writes a file of this model's weights"},
		{"run top", []string{"run", ind, "--top=-1"}, "--top -1: want ≥ 1"},
		{"run out is weights", []string{"run", model, "--weights", w, "--out", w}, "--out " + w + " is also --weights"},
		{"run out is model", []string{"run", model, "--out", model}, "is also the model file"},
		{"run out and state-out", []string{"run", "../../examples/fastweight.hopf", "--out", filepath.Join(dir, "o.st"), "--state-out", filepath.Join(dir, "o.st")}, "--out and --state-out are both"},
		{"run out is a directory", []string{"run", ind, "--out", dir}, "is a directory: give the path of a file"},
		{"init over the model", []string{"init", model, "-o", model}, "-o " + model + " is also the model file"},
		{"init into a directory", []string{"init", model, "-o", dir}, "is a directory"},
		{"run out in a missing directory", []string{"run", ind, "--out", filepath.Join(dir, "no", "o.safetensors")}, "the directory " + filepath.Join(dir, "no") + " does not exist (create it first)"},
		{"init empty output", []string{"init", model, "-o", ""}, "-o: give the path of a file to write"},
		{"train over the model", []string{"train", model, "--task", "copy", "--out", model}, "is also the model file"},
		{"train over another file", []string{"train", model, "--task", "copy", "--steps", "1", "--out", plain}, "exists and is not a training checkpoint: choose another --out, or add --force"},
		{"bench tile on cpu", []string{"bench", ind, "--tile", "wgmma"}, "--tile chooses among the generated CUDA kernels: use it with --backend cuda"},
		{"tile on an f32 model", []string{"run", ind, "--backend", "sim", "--tile", "bk=7"}, "--tile tiles the tensor-core softmax attention kernels of f16 and bf16 models; induction is f32"},
		{"compile tile on an f32 model", []string{"compile", ind, "-o", filepath.Join(dir, "c"), "--no-nvcc", "--tile", "wgmma"}, "induction is f32, so it would change nothing"},
		{"tile without softmax layers", []string{"run", linF16, "--backend", "sim", "--tile", "wgmma"}, "--tile tiles softmax attention kernels; lin has no softmax layer"},
		{"len with tokens", []string{"run", ind, "--tokens", "1 2", "--len", "5"}, "--len sets the length of the random input; --tokens and --input give their own"},
		{"batch with input", []string{"run", ind, "--input", filepath.Join(dir, "x.safetensors"), "--batch", "3"}, "--input gives its own: drop --batch"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, e, code := hopf(t, c.args...)
			if code != 1 || !strings.Contains(e, c.want) || strings.Contains(e, "panic") {
				t.Errorf("hopf %s: exit %d, stderr %q; want exit 1 and %q", strings.Join(c.args, " "), code, e, c.want)
			}
		})
	}
	for _, f := range []string{model, plain} {
		data, _ := os.ReadFile(f)
		if f == model && string(data) != string(src) || f == plain && string(data) != "keep me" {
			t.Errorf("%s was changed", f)
		}
	}
}
