package cuda

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim/machine"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// The references of the device check, shared by the hopfcuda tests
// (device_test.go) and TestReferencesOnSim, which runs the same check with
// the simulator in place of the GPU.
//
// Environment:
//
//	HOPF_CUDA_REFS   directory of CPU references made by scripts/device/build.sh
//	                 (<model>.weights.safetensors, <case>.cpu.safetensors, written
//	                 by hopf init and hopf run --backend cpu); unset: the
//	                 references are computed here with the CPU backend
//	HOPF_REPO_ROOT   the repository root (default ../.., the package directory's)

func repoRoot() string {
	if r := os.Getenv("HOPF_REPO_ROOT"); r != "" {
		return r
	}
	return root
}

// reference is one check case's weights, input and CPU output.
type reference struct {
	model   *dsl.Model
	weights map[string][]float32
	input   Input
	want    []float32
}

// loadReference reads the files scripts/device/build.sh wrote with hopf's
// CPU backend, or computes the reference here when HOPF_CUDA_REFS is unset.
func loadReference(t *testing.T, c CheckCase) reference {
	t.Helper()
	m, err := LoadModel(filepath.Join(repoRoot(), c.File))
	if err != nil {
		t.Fatal(err)
	}
	// The graph hopf run --backend cpu builds (its weights' names).
	g, err := compiler.Compile(m, compiler.Options{Target: "cpu"})
	if err != nil {
		t.Fatal(err)
	}
	r := reference{model: m, weights: map[string][]float32{}}
	dir := os.Getenv("HOPF_CUDA_REFS")
	if dir == "" {
		return computeReference(t, c, m, g)
	}
	ws, err := weights.Load(filepath.Join(dir, strings.TrimSuffix(filepath.Base(c.File), ".hopf")+".weights.safetensors"), g)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range ws.Tensors() {
		r.weights[w.Name] = w.Data
	}
	f, err := safetensors.ReadFile(filepath.Join(dir, c.Name+".cpu.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	if tok, ok := f.Tensors["tokens"]; ok {
		r.input.I32, err = tok.Int32s()
	} else {
		r.input.F32, err = f.Tensors["inputs"].Float32s()
	}
	if err != nil {
		t.Fatal(err)
	}
	if r.want, err = f.Tensors["output"].Float32s(); err != nil {
		t.Fatal(err)
	}
	return r
}

func computeReference(t *testing.T, c CheckCase, m *dsl.Model, g *ir.Graph) reference {
	t.Helper()
	ws, err := weights.Init(g, c.Seed)
	if err != nil {
		t.Fatal(err)
	}
	r := reference{model: m, weights: map[string][]float32{}}
	cw := cpu.Weights{}
	for _, w := range ws.Tensors() {
		r.weights[w.Name] = w.Data
		cw[w.Name] = tensor.New(tensor.WithShape(w.Shape...), tensor.WithBacking(w.Data))
	}
	rng := rand.New(rand.NewPCG(c.Seed, uint64(c.B*1000+c.T)))
	var x *tensor.Dense
	if m.Input == dsl.InputTokens {
		ids := make([]int32, c.B*c.T)
		for i := range ids {
			ids[i] = int32(rng.IntN(m.Vocab))
		}
		r.input.I32, x = ids, tensor.New(tensor.WithShape(c.B, c.T), tensor.WithBacking(ids))
	} else {
		xs := make([]float32, c.B*c.T*m.DIn)
		for i := range xs {
			xs[i] = float32(rng.Float64() - 0.5)
		}
		r.input.F32, x = xs, tensor.New(tensor.WithShape(c.B, c.T, m.DIn), tensor.WithBacking(xs))
	}
	env, err := cpu.BindDims(g, x.Shape())
	if err != nil {
		t.Fatal(err)
	}
	prog, err := cpu.Compile(g, cw, env)
	if err != nil {
		t.Fatal(err)
	}
	out, err := prog.Run(x)
	if err != nil {
		t.Fatal(err)
	}
	r.want = out[0].Data().([]float32)
	return r
}

// TestReferencesOnSim runs the device check's first shape of every example
// on the simulator (runtime/sim/machine) instead of the GPU, with the
// references the GPU host gets: scripts/device/build.sh runs it with
// HOPF_CUDA_REFS set to the references it ships, so the files, the weight
// and input loading and the comparison are checked before any device time
// is spent. Without HOPF_CUDA_REFS it computes the references here.
func TestReferencesOnSim(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates four models")
	}
	seen := map[string]bool{}
	for _, c := range CheckCases() {
		if seen[c.File] {
			continue // the small shape only: the simulator is slow
		}
		seen[c.File] = true
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			r := loadReference(t, c)
			p, err := CompileModel(r.model, c.B, c.T, false, CheckArch)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkInputs(p, TokenLimits(p), []Input{r.input}); err != nil {
				t.Fatal(err)
			}
			if int64(len(r.want)) != p.OutputElems[0] {
				t.Fatalf("reference has %d outputs, the program %d", len(r.want), p.OutputElems[0])
			}
			m, err := machine.New(p, r.weights)
			if err != nil {
				t.Fatal(err)
			}
			m.Opts.Races = false
			out, err := m.Run(machine.Input{I32: r.input.I32, F32: r.input.F32})
			if err != nil {
				t.Fatal(err)
			}
			e, tol := RelErr(out[0], r.want), Tolerance(string(r.model.DType))
			if !(e < tol) {
				t.Errorf("simulator vs reference: relative error %.3g ≥ %g", e, tol)
			} else {
				t.Logf("simulator vs reference (%s): relative error %.2g", map[bool]string{true: "shipped files", false: "computed here"}[os.Getenv("HOPF_CUDA_REFS") != ""], e)
			}
		})
	}
}
