//go:build hopfcuda

package cuda

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/weights"
)

// BenchResult is one row of the GPU benchmark (hopf's side), written as
// JSON lines to $HOPF_CUDA_BENCH_OUT for scripts/device/table.py.
type BenchResult struct {
	Name      string  `json:"name"`
	Kind      string  `json:"kind"` // attention, delta, model
	Shape     string  `json:"shape"`
	DType     string  `json:"dtype"`
	Runs      int     `json:"runs"`
	KernelMs  float64 `json:"kernel_ms"` // median, CUDA events around the launches
	PassMs    float64 `json:"pass_ms"`   // median, events around uploads, launches, downloads
	WallMs    float64 `json:"wall_ms"`   // median, host clock around Run
	MinMs     float64 `json:"min_kernel_ms"`
	FLOPs     float64 `json:"flops"`
	TFLOPs    float64 `json:"tflops"`         // FLOPs / median kernel time
	Launches  int     `json:"launches"`       // kernels per pass
	Graphs    int     `json:"graph_launches"` // CUDA graph launches per pass (the _graph rows: 1)
	HostSyncs int     `json:"host_syncs"`
	Tile      string  `json:"tile,omitempty"` // attention: the tiling as hopf run --tile takes it ("" for the defaults)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// timePasses runs warm passes then timed ones; full: inputs uploaded and
// outputs downloaded every pass (end to end), else neither (kernels only).
func timePasses(t *testing.T, m *Machine, in Input, warm, runs int, full bool) BenchResult {
	t.Helper()
	if _, err := m.Run(in); err != nil { // uploads the inputs once
		t.Fatal(err)
	}
	var kern, pass, wall []float64
	for i := 0; i < warm+runs; i++ {
		var err error
		if full {
			_, err = m.Run(in)
		} else {
			_, err = m.RunOutputs([]int{})
		}
		if err != nil {
			t.Fatal(err)
		}
		if i >= warm {
			st := m.Stats()
			kern, pass, wall = append(kern, st.KernelMs), append(pass, st.PassMs), append(wall, st.WallMs)
		}
	}
	st := m.Stats()
	return BenchResult{Runs: runs, KernelMs: median(kern), PassMs: median(pass), WallMs: median(wall), MinMs: slices.Min(kern), Launches: st.Launches, Graphs: st.GraphLaunches, HostSyncs: st.HostSyncs}
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// TestDeviceBench times the kernel benchmarks and the end-to-end models
// (suite.go), without poisoning. It runs only with HOPF_CUDA_BENCH=1
// (scripts/device/run.sh sets it); HOPF_CUDA_BENCH_RUNS sets the timed
// passes (default 20; kernel benchmarks use half, the delta rule a
// quarter). HOPF_CUDA_BENCH_SET=wgmma runs only the wgmma kernels
// without TMA (TCTile.Wgmma, not Tma), =tma only those with TMA and no
// producer warp, =prod those with one (TCTile.Producer), =nowgmma all but
// the three, so that run.sh times the new sm_90a kernels in processes of
// their own: a fault there (sticky for the CUDA context), or a kernel
// that never ends, cannot cost the other rows. =defaults runs the
// tensor-core attention kernels of the default tiling only (run.sh
// HOPPER=1). Each result is written to
// $HOPF_CUDA_BENCH_OUT as it is measured.
func TestDeviceBench(t *testing.T) {
	if os.Getenv("HOPF_CUDA_BENCH") != "1" {
		t.Skip("set HOPF_CUDA_BENCH=1 to run the GPU benchmark")
	}
	runs := envInt("HOPF_CUDA_BENCH_RUNS", 20)
	set := os.Getenv("HOPF_CUDA_BENCH_SET")
	switch set {
	case "", "all", "wgmma", "tma", "prod", "nowgmma", "defaults":
	default:
		t.Fatalf("HOPF_CUDA_BENCH_SET=%q, want all, wgmma, tma, prod, nowgmma or defaults", set)
	}
	var enc *json.Encoder
	if path := os.Getenv("HOPF_CUDA_BENCH_OUT"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		enc = json.NewEncoder(f)
	}
	report := func(r BenchResult) {
		if r.KernelMs > 0 {
			r.TFLOPs = r.FLOPs / (r.KernelMs * 1e-3) / 1e12
		}
		if enc != nil {
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
		}
		fmt.Printf("BENCH name=%s kind=%s shape=%s dtype=%s kernel_ms=%.3f pass_ms=%.3f wall_ms=%.3f tflops=%.2f launches=%d graphs=%d syncs=%d\n",
			r.Name, r.Kind, r.Shape, r.DType, r.KernelMs, r.PassMs, r.WallMs, r.TFLOPs, r.Launches, r.Graphs, r.HostSyncs)
	}
	for _, kb := range KernelBenches() {
		if set == "wgmma" && (!kb.Tile.Wgmma || kb.Tile.Tma) || set == "tma" && (!kb.Tile.Tma || kb.Tile.Producer) ||
			set == "prod" && !kb.Tile.Producer || set == "nowgmma" && kb.Tile.Wgmma ||
			set == "defaults" && (kb.Kind != "attention" || kb.Scalar || kb.Tile != codegen.TCTile{}) {
			continue
		}
		p, flops, err := kb.Program()
		if err != nil {
			t.Fatal(err)
		}
		m, err := NewWithOptions(p, nil, Options{})
		if err != nil {
			t.Fatalf("%s: %v", kb.Name, err)
		}
		n := max(runs/2, 3)
		if kb.Kind == "delta" {
			n = max(runs/4, 3)
		}
		r := timePasses(t, m, Input{F32: benchInput(kb, 1)}, 2, n, false)
		m.Close()
		r.Name, r.Kind, r.DType, r.FLOPs = kb.Name, kb.Kind, kb.DType, flops
		if kb.Kind == "attention" {
			r.Tile = kb.Tile.String()
		}
		r.Shape = fmt.Sprintf("B=%d H=%d T=%d d=%d", kb.B, kb.H, kb.T, kb.D)
		report(r)
	}
	for _, mb := range ModelBenches() {
		if set != "" && set != "all" && set != "nowgmma" {
			break
		}
		mod, err := LoadModel(filepath.Join(repoRoot(), mb.File))
		if err != nil {
			t.Fatal(err)
		}
		p, err := CompileModel(mod, mb.B, mb.T, false, testArch(t))
		if err != nil {
			t.Fatal(err)
		}
		g, err := compiler.Compile(mod, compiler.Options{Target: "cpu"})
		if err != nil {
			t.Fatal(err)
		}
		ws, err := weights.Init(g, 1)
		if err != nil {
			t.Fatal(err)
		}
		data := map[string][]float32{}
		for _, w := range ws.Tensors() {
			data[w.Name] = w.Data
		}
		rng := rand.New(rand.NewPCG(1, 2))
		var in Input
		if mod.Input == dsl.InputTokens {
			in.I32 = make([]int32, mb.B*mb.T)
			for i := range in.I32 {
				in.I32[i] = int32(rng.IntN(mod.Vocab))
			}
		} else {
			in.F32 = make([]float32, mb.B*mb.T*mod.DIn)
			for i := range in.F32 {
				in.F32[i] = float32(rng.Float64() - 0.5)
			}
		}
		// Launched one by one, then replayed as one CUDA graph (_graph).
		for _, graph := range []bool{false, true} {
			m, err := NewWithOptions(p, data, Options{Graph: graph})
			if err != nil {
				t.Fatalf("%s (graph %v): %v", mb.Name, graph, err)
			}
			r := timePasses(t, m, in, 3, runs, true)
			m.Close()
			r.Name, r.Kind, r.DType, r.FLOPs = mb.Name, "model", string(mod.DType), ModelFLOPs(mod, mb.B, mb.T)
			if graph {
				r.Name += "_graph"
			}
			r.Shape = fmt.Sprintf("B=%d T=%d", mb.B, mb.T)
			report(r)
		}
	}
}
