package inspect

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"gonum.org/v1/gonum/mat"
	"gorgonia.org/tensor"
)

// guarded runs f with a deadline, turning a panic into an error: LAPACK
// panics on NaN (SVD) or loops forever (eigen), and neither may happen.
func guarded(t *testing.T, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v", r)
			}
		}()
		done <- f()
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("did not return within 5 s (a LAPACK routine looping on non-finite input?)")
		return nil
	}
}

// poisoned copies w with entry i of weight name set to v (scale ≠ 0:
// every entry of name multiplied by scale instead).
func poisoned(w cpu.Weights, name string, i int, v, scale float64) cpu.Weights {
	out := cpu.Weights{}
	for n, t := range w {
		out[n] = t
	}
	d := append([]float32(nil), w[name].Data().([]float32)...)
	if scale != 0 {
		for j := range d {
			d[j] *= float32(scale)
		}
	} else {
		d[i] = float32(v)
	}
	out[name] = tensor.New(tensor.WithShape(w[name].Shape()...), tensor.WithBacking(d))
	return out
}

// TestNonFiniteDual: non-finite inputs, weights or overflowing
// activations make Dual return an error naming ΔW and the cause, never a
// LAPACK panic.
func TestNonFiniteDual(t *testing.T) {
	vec := newFixture(t, testModels[3].src, 1) // vector input
	tok := newFixture(t, testModels[0].src, 1) // tokens, 2 softmax layers
	fill := func(v float32) *tensor.Dense {
		x := vec.input(2, 6, 1)
		d := x.Data().([]float32)
		for i := range d {
			d[i] = v
		}
		return x
	}
	nan, inf := math.NaN(), math.Inf(1)
	for _, c := range []struct {
		name string
		f    *fixture
		w    cpu.Weights // nil: the fixture's
		x    *tensor.Dense
		want []string
	}{
		{"NaN input", vec, nil, fill(float32(nan)), []string{"layer 0 head 0: ΔW has NaN", "the input is not finite: it has NaN entries (60 of 60, the first at [0 0 0])"}},
		{"+Inf input", vec, nil, fill(float32(inf)), []string{"layer 0 head 0: ΔW has", "the input is not finite: it has +Inf entries"}},
		{"NaN weight", tok, poisoned(tok.w, "L0.w_v", 9, nan, 0), tok.input(2, 6, 1), []string{"layer 0 head", "weight L0.w_v has NaN entries (1 of 64, the first at [1 1])", "hopf init"}},
		{"-Inf weight", vec, poisoned(vec.w, "L0.w_k", 0, math.Inf(-1), 0), vec.input(2, 6, 1), []string{"layer 0 head 0: ΔW has", "weight L0.w_k has -Inf entries (1 of 64, the first at [0 0])"}},
		{"overflow", tok, poisoned(poisoned(tok.w, "L0.w_q", 0, 0, 1e30), "L0.w_k", 0, 0, 1e30), tok.input(2, 6, 1), []string{"layer 1 head 0: ΔW has", "the activations overflow f32: layer 1's input", "too large"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			mm := c.f.mm
			if c.w != nil {
				var err error
				if mm, err = New(c.f.m, c.w); err != nil {
					t.Fatal(err)
				}
			}
			tr, err := mm.Run(c.x)
			if err != nil {
				t.Fatal(err)
			}
			err = guarded(t, func() error { _, err := Dual(tr, 0, DefaultSpan(tr.T)); return err })
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nwant it to contain %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "panic") {
				t.Errorf("panicked: %v", err)
			}
		})
	}
}

// TestNonFiniteCircuits: a non-finite weight of an OV circuit is an error
// naming the weight, returned promptly (gonum's eigen solver loops forever
// on NaN).
func TestNonFiniteCircuits(t *testing.T) {
	f := newFixture(t, testModels[0].src, 2)
	lin := newFixture(t, testModels[1].src, 2) // tied unembedding, norms
	for _, c := range []struct {
		name string
		f    *fixture
		w    cpu.Weights
		want string
	}{
		{"NaN L0.w_v", f, poisoned(f.w, "L0.w_v", 5, math.NaN(), 0), "layer 0 head 0: the OV circuit W_V W_E W_U W_O has NaN entries"},
		{"NaN L1.w_v", f, poisoned(f.w, "L1.w_v", 5, math.NaN(), 0), "weight L1.w_v has NaN entries (1 of 32, the first at [0 5])"},
		{"Inf L1.w_o", f, poisoned(f.w, "L1.w_o", 0, math.Inf(1), 0), "weight L1.w_o has +Inf entries"},
		{"NaN tok_embed", f, poisoned(f.w, "tok_embed", 3, math.NaN(), 0), "weight tok_embed has NaN entries"},
		{"NaN unembed", f, poisoned(f.w, "unembed", 3, math.NaN(), 0), "weight unembed has NaN entries"},
		{"NaN final norm", lin, poisoned(lin.w, "norm_f.weight", 1, math.NaN(), 0), "weight norm_f.weight has NaN entries (1 of 8, the first at [1])"},
		{"NaN pre-norm", lin, poisoned(lin.w, "L0.norm.weight", 1, math.NaN(), 0), "weight L0.norm.weight has NaN entries"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mm, err := New(c.f.m, c.w)
			if err != nil {
				t.Fatal(err)
			}
			err = guarded(t, func() error { _, err := mm.Circuits(3, false); return err })
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "panic") {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestSingularValuesNonFinite: no LAPACK panic on NaN or ±Inf.
func TestSingularValuesNonFinite(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		a := mat.NewDense(2, 3, []float64{1, 2, 3, 4, v, 6})
		var s []float64
		if err := guarded(t, func() error { s = SingularValues(a); return nil }); err != nil || s != nil {
			t.Errorf("SingularValues with %g: %v, %v; want nil", v, s, err)
		}
		if err := checkFinite("a", a); err == nil || !strings.Contains(err.Error(), "(1 of 6, the first at [1 1])") {
			t.Errorf("checkFinite with %g: %v", v, err)
		}
	}
	if s := SingularValues(mat.NewDense(2, 2, []float64{3, 0, 0, 4})); len(s) != 2 || s[0] != 4 || s[1] != 3 {
		t.Errorf("SingularValues(diag(3, 4)) = %v, want [4 3]", s)
	}
}

// TestCheckSize: sizes past compiler.MaxElems or overflowing int are errors that
// name the largest tensor, before anything is allocated.
func TestCheckSize(t *testing.T) {
	tok := newFixture(t, testModels[0].src, 1) // vocab 11, d_model 8, heads 2
	vec := newFixture(t, testModels[3].src, 1)
	const huge = math.MaxInt64
	for _, c := range []struct {
		name string
		f    *fixture
		B, T int
		want string // "" no error
	}{
		{"small", tok, 4, 12, ""},
		{"at the limit", tok, compiler.MaxElems / (2 * 12 * 12), 12, ""},
		{"logits", tok, huge, 2, "the logits B×T×vocab = 9223372036854775807×2×11 = 202914184810805067754 elements is more than hopf can allocate (limit 2^31)"},
		{"scores", vec, 1 << 26, 12, "attention scores B×heads×T×T = 67108864×2×12×12"},
		{"zero batch", tok, 0, 3, "want at least one sequence"},
		{"zero length", tok, 1, 0, "want at least one sequence"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := compiler.CheckSize(c.f.m, c.B, c.T)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("error %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
	var se *compiler.SizeError
	if err := compiler.CheckSize(tok.m, huge, 2); !errors.As(err, &se) || se.Tensor != "the logits" {
		t.Errorf("compiler.CheckSize: %v, want a *compiler.SizeError for the logits", err)
	}
	// Repeats checks before making its tokens (makeslice would panic).
	err := guarded(t, func() error { _, _, err := tok.mm.Repeats(2, huge, 1); return err })
	if err == nil || !strings.Contains(err.Error(), "9223372036854775807 repeated sequences of 2×2 tokens: the logits") {
		t.Errorf("Repeats(2, MaxInt64): %v", err)
	}
	_, _, err = tok.mm.Repeats(3, 0, 1)
	if err == nil || !strings.Contains(err.Error(), "0 repeated sequences: want at least one") {
		t.Errorf("Repeats(3, 0): %v", err)
	}
}
