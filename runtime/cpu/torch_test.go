package cpu

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// TestTorchReference compares the CPU backend with PyTorch outputs stored
// by scripts/reference/torch_ref.py (float64 PyTorch, written from the
// formulas): the weights are loaded through runtime/weights, so the test
// also checks that a file written outside hopf follows its naming scheme.
// f16/bf16 models use f16/bf16-valued weights; both sides compute in ≥ f32.
func TestTorchReference(t *testing.T) {
	dir := filepath.Join("testdata", "torch")
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatalf("%v (regenerate with /usr/bin/python3 scripts/reference/torch_ref.py)", err)
	}
	var manifest []struct {
		Name, Path, Source string
		B, T               int
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest) < 6 {
		t.Fatalf("manifest lists %d models, want the 4 examples and 2 test models", len(manifest))
	}
	for _, e := range manifest {
		t.Run(e.Name, func(t *testing.T) {
			m, err := dsl.Load(e.Path, []byte(e.Source))
			if err != nil {
				t.Fatal(err)
			}
			// The stored source is the example as it was when the outputs
			// were made; a changed example needs a rerun of the script.
			if cur, err := os.ReadFile(filepath.Join("../..", e.Path)); err == nil && string(cur) != e.Source {
				t.Fatalf("%s changed since the PyTorch outputs were made: rerun scripts/reference/torch_ref.py", e.Path)
			}
			g, err := compiler.Compile(m, compiler.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ws, err := weights.Load(filepath.Join(dir, e.Name+".weights.safetensors"), g)
			if err != nil {
				t.Fatal(err)
			}
			io, err := safetensors.ReadFile(filepath.Join(dir, e.Name+".io.safetensors"))
			if err != nil {
				t.Fatal(err)
			}
			var x *tensor.Dense
			if in, ok := io.Tensors["tokens"]; ok {
				ids, err := in.Int32s()
				if err != nil {
					t.Fatal(err)
				}
				x = tensor.New(tensor.WithShape(in.Shape...), tensor.WithBacking(ids))
			} else {
				in := io.Tensors["inputs"]
				xs, err := in.Float32s()
				if err != nil {
					t.Fatal(err)
				}
				x = tensor.New(tensor.WithShape(in.Shape...), tensor.WithBacking(xs))
			}
			want, err := io.Tensors["output"].Float32s()
			if err != nil {
				t.Fatal(err)
			}
			w := Weights{}
			for _, wt := range ws.Tensors() {
				w[wt.Name] = tensor.New(tensor.WithShape(wt.Shape...), tensor.WithBacking(wt.Data))
			}
			env, err := BindDims(g, x.Shape())
			if err != nil {
				t.Fatal(err)
			}
			if env["B"] != e.B || env["T"] != e.T {
				t.Fatalf("input binds %v, manifest says B=%d T=%d", env, e.B, e.T)
			}
			p, err := Compile(g, w, env)
			if err != nil {
				t.Fatal(err)
			}
			out, err := p.Run(x)
			if err != nil {
				t.Fatal(err)
			}
			got := out[0].Data().([]float32)
			if len(got) != len(want) {
				t.Fatalf("output has %d values, PyTorch %d", len(got), len(want))
			}
			w64 := make([]float64, len(want))
			for i, v := range want {
				w64[i] = float64(v)
			}
			if e := relErr(got, w64); e > 1e-4 || math.IsNaN(e) {
				t.Errorf("relative error to PyTorch %.3g > 1e-4", e)
			} else {
				t.Logf("relative error to PyTorch %.2g", e)
			}
		})
	}
}
