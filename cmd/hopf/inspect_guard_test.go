package main

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// writeF32 writes one f32 tensor to dir/name.
func writeF32(t *testing.T, dir, name, tensor string, shape []int, data []float32) string {
	t.Helper()
	x, err := safetensors.FromFloat32(safetensors.F32, shape, data)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := safetensors.WriteFile(p, &safetensors.File{Tensors: map[string]safetensors.Tensor{tensor: x}}); err != nil {
		t.Fatal(err)
	}
	return p
}

// poisonedWeights writes hopf init's weights of model with entry i of
// tensor set to v.
func poisonedWeights(t *testing.T, dir, model, tensor string, i int, v float32) string {
	t.Helper()
	p := filepath.Join(dir, filepath.Base(model)+"."+tensor+".safetensors")
	if _, e, code := hopf(t, "init", model, "-o", p); code != 0 {
		t.Fatal(e)
	}
	f, err := safetensors.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := f.Tensors[tensor].Float32s()
	if err != nil {
		t.Fatal(err)
	}
	d[i] = v
	if f.Tensors[tensor], err = safetensors.FromFloat32(safetensors.F32, f.Tensors[tensor].Shape, d); err != nil {
		t.Fatal(err)
	}
	if err := safetensors.WriteFile(p, f); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestInspectGuards: non-finite inputs, weights and activations, and
// absurd sizes, are errors ("hopf: …", exit 1) that say what and where,
// never a LAPACK panic, a hang in the eigen solver, or a makeslice panic.
func TestInspectGuards(t *testing.T) {
	dir := t.TempDir()
	icl, ind := "../../examples/icl_regression.hopf", "../../examples/induction.hopf"
	fill := func(v float32) []float32 {
		d := make([]float32, 55)
		for i := range d {
			d[i] = v
		}
		return d
	}
	nanIn := writeF32(t, dir, "nan.safetensors", "inputs", []int{1, 5, 11}, fill(float32(math.NaN())))
	infIn := writeF32(t, dir, "inf.safetensors", "inputs", []int{1, 5, 11}, fill(float32(math.Inf(1))))
	iclW := poisonedWeights(t, dir, icl, "L0.w_v", 3, float32(math.NaN()))
	indW := poisonedWeights(t, dir, ind, "L0.w_v", 5, float32(math.NaN()))
	deep := write(t, "deep.hopf", `model deep { vocab 16; d_model 16; context 8
  embed token; position learned
  repeat 200 { attention softmax { heads 2; d_head 8; mask causal } }
  unembed }`)
	const huge = "9223372036854775807"
	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"NaN input", []string{icl, "--input", nanIn}, []string{"hopf: layer 0 head 0: ΔW has NaN entries", "the input is not finite: it has NaN entries (55 of 55, the first at [0 0 0])"}},
		{"+Inf input", []string{icl, "--input", infIn}, []string{"hopf: layer 0 head 0: ΔW has NaN entries", "the input is not finite: it has +Inf entries"}},
		{"NaN weight", []string{icl, "--weights", iclW}, []string{"hopf: layer 0 head 0: ΔW has NaN entries", "weight L0.w_v has NaN entries (1 of 121, the first at [0 3]): check the weights, e.g. with a fresh hopf init"}},
		{"overflow", []string{deep, "--len", "4"}, []string{"ΔW has NaN entries", "the activations overflow f32: layer ", "the weights are too large for a model this deep"}},
		{"NaN weight circuits", []string{ind, "--circuits", "--weights", indW, "--len", "4"}, []string{"hopf: layer 0 head 0: the OV circuit W_V W_E W_U W_O has NaN entries", "weight L0.w_v has NaN entries (1 of 16384, the first at [0 5])"}},
		{"huge repeats", []string{ind, "--circuits", "--repeats", huge}, []string{"hopf: --repeats " + huge + ": the residual stream B×T×d_model = " + huge + "×32×128 = 37778931862957161705472 elements is more than hopf can allocate (limit 2^31); lower --repeats"}},
		{"huge batch tokens", []string{ind, "--batch", huge}, []string{"hopf: --batch " + huge + ": ", "is more than hopf can allocate (limit 2^31); lower --batch"}},
		{"huge batch vectors", []string{icl, "--batch", huge}, []string{"hopf: --batch " + huge + ": layer 0's attention scores B×heads×T×T", "lower --batch"}},
		{"huge batch --tokens", []string{ind, "--tokens", "1 2", "--batch", huge}, []string{"hopf: --batch " + huge + ": ", "lower --batch"}},
		{"huge len", []string{ind, "--len", huge}, []string{"hopf: --len " + huge + " exceeds the model's context 256"}},
		{"batch just over", []string{icl, "--batch", "8388609"}, []string{"hopf: --batch 8388609: layer 0's attention scores B×heads×T×T = 8388609×1×16×16 = 2147483904 elements"}},
		{"negative repeat-len", []string{ind, "--circuits", "--repeat-len=-1"}, []string{"hopf: --repeat-len -1: want L ≥ 2"}},
		{"repeat-len 1", []string{ind, "--circuits", "--repeat-len", "1"}, []string{"hopf: --repeat-len 1: want L ≥ 2"}},
		{"repeat-len too long", []string{ind, "--circuits", "--repeat-len", "200"}, []string{"hopf: --repeat-len 200: repeated sequences of 2×200 tokens do not fit the context 256 (want 2 ≤ L ≤ 128)"}},
		{"zero repeats", []string{ind, "--circuits", "--repeats", "0"}, []string{"hopf: --repeats 0: want ≥ 1 repeated sequence"}},
		{"negative repeats", []string{ind, "--repeats=-2"}, []string{"hopf: --repeats -2: want ≥ 1"}},
		{"negative len", []string{ind, "--len=-1"}, []string{"hopf: --len -1: want ≥ 1"}},
		{"zero batch", []string{ind, "--batch", "0"}, []string{"hopf: --batch 0: want ≥ 1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			type result struct {
				out, errOut string
				code        int
			}
			done := make(chan result, 1)
			go func() {
				defer func() {
					if r := recover(); r != nil {
						done <- result{errOut: "panic: " + strings.TrimSpace(strings.SplitN(strings.TrimSpace(panicString(r)), "\n", 2)[0]), code: -1}
					}
				}()
				o, e, code := hopf(t, append([]string{"inspect"}, c.args...)...)
				done <- result{o, e, code}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(20 * time.Second):
				t.Fatalf("hopf inspect %s did not return within 20 s", strings.Join(c.args, " "))
			}
			if r.code != 1 {
				t.Errorf("exit %d, want 1; stderr:\n%s", r.code, r.errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(r.errOut, w) {
					t.Errorf("stderr %q\nwant it to contain %q", r.errOut, w)
				}
			}
			if strings.Contains(r.errOut, "panic") || strings.Contains(r.errOut, "goroutine") {
				t.Errorf("stack trace:\n%s", r.errOut)
			}
		})
	}
}

func panicString(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return "non-string panic"
}
