package machine_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/sim/machine"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// TestExamplesMatchCPU compiles every example to kernels and a launch plan
// (target cuda: the forms a GPU would run, chunked for long contexts), runs
// the plan on the simulator with race checks on, and compares with the CPU
// backend running the lowered graph: relative error < 1e-4 in f32
// (< 1e-2 for the f16 model, whose kernels keep activations in f16).
func TestExamplesMatchCPU(t *testing.T) {
	files, _ := filepath.Glob("../../../examples/*.hopf")
	if len(files) < 4 {
		t.Fatalf("found %d examples", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := dsl.Load(f, src)
		if err != nil {
			t.Fatal(err)
		}
		shapes := [][2]int{{1, 5}, {2, 17}}
		if testing.Short() {
			shapes = shapes[:1]
		} else if strings.Contains(f, "fastweight") {
			shapes = append(shapes, [2]int{1, 70}) // a full 64-token chunk and a short one
		}
		for _, bt := range shapes {
			name := fmt.Sprintf("%s/%dx%d", filepath.Base(f), bt[0], bt[1])
			t.Run(name, func(t *testing.T) { checkExample(t, m, bt[0], bt[1], codegen.Options{}) })
		}
	}
}

func checkExample(t *testing.T, m *dsl.Model, B, T int, opts codegen.Options) {
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: B, Len: T})
	if err != nil {
		t.Fatal(err)
	}
	p, err := codegen.CompileWith(g, opts)
	if err != nil {
		t.Fatal(err)
	}
	lowered, err := compiler.Compile(m, compiler.Options{StopAfter: "dce"})
	if err != nil {
		t.Fatal(err)
	}
	ws, err := weights.Init(lowered, 5)
	if err != nil {
		t.Fatal(err)
	}
	data := map[string][]float32{}
	cw := cpu.Weights{}
	for _, w := range ws.Tensors() {
		data[w.Name] = w.Data
		cw[w.Name] = tensor.New(tensor.WithShape(w.Shape...), tensor.WithBacking(w.Data))
	}
	r := rand.New(rand.NewPCG(uint64(B), uint64(T)))
	var x *tensor.Dense
	var in machine.Input
	if m.Input == dsl.InputTokens {
		ids := make([]int32, B*T)
		for i := range ids {
			ids[i] = int32(r.IntN(m.Vocab))
		}
		x, in = tensor.New(tensor.WithShape(B, T), tensor.WithBacking(ids)), machine.Input{I32: ids}
	} else {
		xs := make([]float32, B*T*m.DIn)
		for i := range xs {
			xs[i] = float32(r.Float64() - 0.5)
		}
		x, in = tensor.New(tensor.WithShape(B, T, m.DIn), tensor.WithBacking(xs)), machine.Input{F32: xs}
	}
	env, _ := cpu.BindDims(lowered, x.Shape())
	prog, err := cpu.Compile(lowered, cw, env)
	if err != nil {
		t.Fatal(err)
	}
	want, err := prog.Run(x)
	if err != nil {
		t.Fatal(err)
	}
	mach, err := machine.New(p, data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := mach.Run(in)
	if err != nil {
		t.Fatal(err)
	}
	w := want[0].Data().([]float32)
	var num, den float64
	for i := range w {
		d := float64(got[0][i]) - float64(w[i])
		num += d * d
		den += float64(w[i]) * float64(w[i])
	}
	tol := 1e-4
	if m.DType != dsl.F32 {
		tol = 1e-2
	}
	if e := math.Sqrt(num / den); e > tol || math.IsNaN(e) {
		t.Errorf("B=%d T=%d: simulated kernels vs CPU: relative error %.3g > %g", B, T, e, tol)
	} else {
		t.Logf("B=%d T=%d: relative error %.2g over %d launches", B, T, e, len(p.Launches))
	}
}

// TestAttentionTiles runs the f16 example with its softmax attention
// layers (d_head 32 and 64) on other tilings than the defaults
// (codegen.Options.Attention, hopf run --tile): Hopper's wgmma kernels,
// pipelined, with K/V by TMA without swizzle (the d_head 32 layer rules
// out the 64-column boxes), against the CPU backend on the simulator;
// the launch plan carries their tensor maps. A tiling that one layer
// cannot take names the layer.
func TestAttentionTiles(t *testing.T) {
	src, err := os.ReadFile("../../../examples/hybrid.hopf")
	if err != nil {
		t.Fatal(err)
	}
	m, err := dsl.Load("hybrid.hopf", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, tile := range []string{"wgmma,qshared", "wgmma,overlap,earlys,tma,plain,bk=32", "wgmma,overlap,tma,plain,lazy,stages=4"} {
		t.Run(tile, func(t *testing.T) {
			tt, err := codegen.ParseTCTile(tile)
			if err != nil {
				t.Fatal(err)
			}
			checkExample(t, m, 2, 70, codegen.Options{Attention: tt})
			// The tiling is the layers': wgmma kernels, and with TMA a map.
			g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: 2, Len: 70})
			if err != nil {
				t.Fatal(err)
			}
			p, err := codegen.CompileWith(g, codegen.Options{Attention: tt})
			if err != nil {
				t.Fatal(err)
			}
			wg, maps := 0, 0
			for _, k := range p.Kernels {
				if k.UsesWgmma() {
					wg++
				}
			}
			for _, l := range p.Launches {
				for _, a := range l.Args {
					if a.TensorMap != nil {
						maps++
					}
				}
			}
			if wantMaps := map[bool]int{false: 0, true: wg}[tt.Tma]; wg != 3 || maps != wantMaps {
				t.Errorf("%d wgmma kernels and %d tensor maps, want 3 and %d (the softmax layers)", wg, maps, wantMaps)
			}
		})
	}
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: 1, Len: 8})
	if err != nil {
		t.Fatal(err)
	}
	tt, _ := codegen.ParseTCTile("wgmma,overlap,tma")
	_, err = codegen.CompileWith(g, codegen.Options{Attention: tt})
	if err == nil || !strings.Contains(err.Error(), "hybrid.hopf:17:") || !strings.Contains(err.Error(), "d_k 32 and d_v 32 must be multiples of 64") {
		t.Errorf("swizzled TMA at d_head 32: got %v, want the layer's position and why", err)
	}
}

// TestDynamicSharedModel: a delta-rule layer with an explicit chunk of 128
// tokens at d_head 32 needs about 115 KiB of shared memory: its kernel takes
// dynamic shared memory (the plan marks the launch) and the whole model
// still matches the CPU backend.
func TestDynamicSharedModel(t *testing.T) {
	src := `model bigchunk {
  vocab 61; d_model 64; context 300
  attention delta { heads 2; d_head 32; feature l2; beta learned; form chunked; chunk 128 }
  unembed tied
}
`
	m, err := dsl.Load("bigchunk.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: 1, Len: 300})
	if err != nil {
		t.Fatal(err)
	}
	p, err := codegen.Compile(g)
	if err != nil {
		t.Fatal(err)
	}
	dynamic := 0
	for _, l := range p.Launches {
		if l.DynamicShared {
			dynamic++
			if l.SharedBytes <= 48*1024 || !strings.Contains(l.Op, "dual_residual") {
				t.Errorf("dynamic launch %s (%s): %d bytes", l.Kernel, l.Op, l.SharedBytes)
			}
		}
	}
	if dynamic != 1 {
		t.Fatalf("%d launches with dynamic shared memory, want 1 (the chunked delta rule)", dynamic)
	}
	checkExample(t, m, 1, 300, codegen.Options{})
}
