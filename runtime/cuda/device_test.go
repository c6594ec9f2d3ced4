//go:build hopfcuda

package cuda

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/runtime/cudaprobe"
)

// The tests of this file run on a GPU. In a hopfcuda test binary on a
// machine without one, runtime/cudaprobe ends the process before any test
// with a SKIP line and status 0 (HOPF_CUDA_PROBE=strict: status 3).
//
// Environment: HOPF_CUDA_REFS and HOPF_REPO_ROOT (refs_test.go),
// HOPF_CUDA_CACHE (the module cache, default ~/.cache/hopf/cuda).

func TestDeviceInfo(t *testing.T) {
	info, err := DeviceInfo()
	if err != nil {
		t.Fatal(err)
	}
	st := cudaprobe.Status()
	t.Logf("device: %s; probe: ran %v, %d devices, driver %d; module cache %s", info, st.Ran, st.Devices, st.DriverVersion, DefaultCacheDir())
	if !strings.HasPrefix(info.Arch, "sm_") || info.SMs < 1 || info.MemBytes < 1<<30 {
		t.Errorf("implausible device: %+v", info)
	}
}

// testArch is the device's architecture: the models compile for it, as
// hopf run --backend cuda compiles them.
func testArch(t testing.TB) string {
	t.Helper()
	info, err := DeviceInfo()
	if err != nil {
		t.Fatal(err)
	}
	return info.Arch
}

// TestExamplesMatchCPU runs every check case on the GPU with activations
// and outputs poisoned (0xFF bytes: NaN) and compares with hopf's CPU
// backend: relative error < 1e-4 (f32), < 1e-2 (f16). It checks the pass's
// counts too: every launch of the plan, one host synchronisation.
func TestExamplesMatchCPU(t *testing.T) {
	for _, c := range CheckCases() {
		t.Run(c.Name, func(t *testing.T) {
			r := loadReference(t, c)
			p, err := CompileModel(r.model, c.B, c.T, false, testArch(t))
			if err != nil {
				t.Fatal(err)
			}
			m, err := New(p, r.weights)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			out, err := m.Run(r.input)
			if err != nil {
				t.Fatal(err)
			}
			st := m.Stats()
			e := RelErr(out[0], r.want)
			tol := Tolerance(string(r.model.DType))
			fmt.Printf("CHECK case=%s dtype=%s relerr=%.3g tol=%g launches=%d syncs=%d memsets=%d kernel_ms=%.3f cache=%s\n",
				c.Name, r.model.DType, e, tol, st.Launches, st.HostSyncs, st.Memsets, st.KernelMs, map[bool]string{true: "hit", false: "miss"}[m.Artifact.Hit])
			if !(e < tol) {
				t.Errorf("relative error %.3g ≥ %g against the CPU backend", e, tol)
			}
			if st.Launches != len(p.Launches) || st.HostSyncs != 1 || st.CopiesDtoH != 1 || st.CopiesHtoD != 1 || st.Memsets == 0 {
				t.Errorf("pass counts: %s (plan: %d launches)", st, len(p.Launches))
			}
			if st.KernelMs <= 0 || st.PassMs < st.KernelMs {
				t.Errorf("event times: %s", st)
			}
		})
	}
}

// TestPoisonShowsUnwritten cuts the plan before the first launch that
// writes the output's buffer (the memory plan shares it with earlier
// values): with poisoning, the output must read NaN everywhere, not zeros
// or what an earlier pass left there.
func TestPoisonShowsUnwritten(t *testing.T) {
	c := checkCase(t, "induction_2x17")
	r := loadReference(t, c)
	p, err := CompileModel(r.model, c.B, c.T, false, testArch(t))
	if err != nil {
		t.Fatal(err)
	}
	kernels := map[string][]bool{} // per kernel: which parameters it writes
	for _, k := range p.Kernels {
		for _, prm := range k.Params {
			kernels[k.Name] = append(kernels[k.Name], prm.Ptr && !prm.ReadOnly)
		}
	}
	first := -1
	for li, l := range p.Launches {
		for j, a := range l.Args {
			if first < 0 && a.Buffer != nil && *a.Buffer == p.Outputs[0] && kernels[l.Kernel][j] {
				first = li
			}
		}
	}
	if first < 1 {
		t.Fatalf("no launch before the first writer of the output buffer (%d)", first)
	}
	cut := *p
	cut.Launches = p.Launches[:first]
	m, err := NewWithOptions(&cut, r.weights, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Run(r.input); err != nil { // not poisoned: whatever the memory held
		t.Fatal(err)
	}
	m.Opts.Poison = true
	out, err := m.Run(r.input)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range out[0] {
		if !math.IsNaN(float64(v)) {
			t.Fatalf("element %d of an output no kernel wrote reads %g, want NaN (%d of %d launches run)", i, v, first, len(p.Launches))
		}
	}
}

// TestPassCounts checks what one pass does: launches, the one host sync,
// copies of only the outputs asked for, no upload without inputs.
func TestPassCounts(t *testing.T) {
	c := checkCase(t, "fastweight_2x17") // two outputs with the state exported
	r := loadReference(t, c)
	p, err := CompileModel(r.model, c.B, c.T, true, testArch(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Outputs) < 2 {
		t.Fatalf("%s exports no state: %d outputs", c.Name, len(p.Outputs))
	}
	m, err := NewWithOptions(p, r.weights, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	all, err := m.Run(r.input)
	if err != nil {
		t.Fatal(err)
	}
	st := m.Stats()
	if st.Launches != len(p.Launches) || st.HostSyncs != 1 || st.CopiesDtoH != len(p.Outputs) || st.Memsets != 0 {
		t.Errorf("all outputs, no poison: %s", st)
	}
	out, err := m.RunOutputs([]int{0}, r.input)
	if err != nil {
		t.Fatal(err)
	}
	if st := m.Stats(); st.CopiesDtoH != 1 || out[1] != nil || !slices.Equal(out[0], all[0]) {
		t.Errorf("output 0 only: %s, second output %v", st, out[1] != nil)
	}
	out, err = m.RunOutputs([]int{})
	if err != nil {
		t.Fatal(err)
	}
	if st := m.Stats(); st.CopiesDtoH != 0 || st.CopiesHtoD != 0 || st.HostSyncs != 1 || st.Launches != len(p.Launches) || out[0] != nil {
		t.Errorf("no outputs, inputs reused: %s", st)
	}
	if _, err := m.RunOutputs([]int{5}); err == nil {
		t.Error("output 5 accepted")
	}
}

func checkCase(t *testing.T, name string) CheckCase {
	for _, c := range CheckCases() {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no check case %s", name)
	return CheckCase{}
}

// TestBadTokens: ids outside the vocabulary are refused before any launch.
func TestBadTokens(t *testing.T) {
	c := checkCase(t, "induction_2x17")
	r := loadReference(t, c)
	p, err := CompileModel(r.model, c.B, c.T, false, testArch(t))
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(p, r.weights)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ids := slices.Clone(r.input.I32)
	ids[1] = int32(r.model.Vocab)
	if _, err := m.Run(Input{I32: ids}); err == nil || !strings.Contains(err.Error(), "outside the vocabulary") {
		t.Errorf("got %v", err)
	}
}

// TestCacheMissOnDevice compiles a module with this host's nvcc into an
// empty cache, loads it and checks the second machine hits.
func TestCacheMissOnDevice(t *testing.T) {
	nvcc := codegen.NVCC()
	if nvcc == "" {
		t.Skip("nvcc not on PATH or under $CUDA_HOME: the prebuilt cache is all this host can use")
	}
	kb := KernelBenches()[0].Small()
	p, _, err := kb.Program()
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.Compiler = Compiler{Dir: t.TempDir(), NVCC: nvcc}
	x := benchInput(kb, 3)
	var outs [][]float32
	for i, wantHit := range []bool{false, true} {
		m, err := NewWithOptions(p, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		if m.Artifact.Hit != wantHit {
			t.Errorf("machine %d: cache hit %v", i, m.Artifact.Hit)
		}
		if i == 0 {
			t.Logf("%s compiled %s in %.1fs", nvcc, m.Artifact.Path, m.Artifact.Took.Seconds())
		}
		out, err := m.Run(Input{F32: x})
		m.Close()
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out[0])
	}
	if !slices.Equal(outs[0], outs[1]) {
		t.Error("the rebuilt and the cached module disagree")
	}
}

// TestDeviceMma runs one tensor-core mma (codegen.MmaProbeKernel) against
// the f64 product: a wrong fragment layout shows here by itself, before
// the attention kernels that are built on it.
func TestDeviceMma(t *testing.T) { runDeviceProbe(t, mmaProbe) }

// TestDeviceWgmma runs Hopper's warpgroup MMA on its own
// (codegen.WgmmaProbeKernel, an sm_90a module) against the f64 products:
// a wrong shared-memory layout, descriptor or fragment layout shows here
// by itself, before the attention kernels built on it
// (attention_*_wg). Skipped on a GPU other than sm_90.
func TestDeviceWgmma(t *testing.T) { runSM90Probe(t, wgmmaProbe) }

// TestDeviceTma runs Hopper's TMA and the 128-byte swizzle on their own
// (codegen.TmaProbeKernel: tensor map, mbarrier, swizzled wgmma operands)
// against the f64 products, before the attention kernels built on them
// (attention_*_tma). Skipped on a GPU other than sm_90.
func TestDeviceTma(t *testing.T) { runSM90Probe(t, tmaProbe) }

// runSM90Probe runs a probe of sm_90 features; skipped on other GPUs.
func runSM90Probe(t *testing.T, pr probe) {
	info, err := DeviceInfo()
	if err != nil {
		t.Fatal(err)
	}
	if info.Arch != "sm_90" {
		t.Skipf("%s needs sm_90, the GPU is %s", pr.name, info.Arch)
	}
	runDeviceProbe(t, pr)
}

// runDeviceProbe runs a probe in f16 and bf16 and prints its CHECK lines.
func runDeviceProbe(t *testing.T, pr probe) {
	for _, dtype := range []string{"f16", "bf16"} {
		t.Run(dtype, func(t *testing.T) {
			p, err := pr.prog(dtype)
			if err != nil {
				t.Fatal(err)
			}
			m, err := New(p, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			x := pr.input(dtype)
			out, err := m.Run(Input{F32: x})
			if err != nil {
				t.Fatal(err)
			}
			pr.check(t, x, out[0])
			var ref []float32
			for _, v := range pr.ref(x) {
				ref = append(ref, float32(v))
			}
			fmt.Printf("CHECK case=%s_probe_%s dtype=%s relerr=%.3g tol=%g launches=%d syncs=%d\n", pr.name, dtype, dtype,
				RelErr(out[0], ref), 1e-4, m.Stats().Launches, m.Stats().HostSyncs)
		})
	}
}

// TestBenchKernelsCorrect runs the benchmarked kernels on the GPU at
// KernelBench.Medium against the f64 reference (ref_test.go; the simulator
// runs them at Small).
func TestBenchKernelsCorrect(t *testing.T) {
	for _, kb := range KernelBenches() {
		kb := kb.Medium()
		t.Run(kb.Name, func(t *testing.T) {
			p, _, err := kb.Program()
			if err != nil {
				t.Fatal(err)
			}
			m, err := New(p, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			x := benchInput(kb, 1)
			out, err := m.Run(Input{F32: x})
			if err != nil {
				t.Fatal(err)
			}
			e := RelErr(out[0], benchRef(kb, x))
			fmt.Printf("CHECK case=kernel_%s dtype=%s relerr=%.3g tol=%g launches=%d syncs=%d\n", kb.Name, kb.DType, e, Tolerance(kb.DType), m.Stats().Launches, m.Stats().HostSyncs)
			if !(e < Tolerance(kb.DType)) {
				t.Errorf("relative error %.3g", e)
			}
		})
	}
}

// TestGraphMatchesDirect runs every check case with its launches replayed
// as one CUDA graph (Options.Graph) and one by one: the same kernels in the
// same order, so the outputs must be bit for bit the same; the graph pass
// makes one launch call and waits once.
func TestGraphMatchesDirect(t *testing.T) {
	for _, c := range CheckCases() {
		t.Run(c.Name, func(t *testing.T) {
			r := loadReference(t, c)
			p, err := CompileModel(r.model, c.B, c.T, false, testArch(t))
			if err != nil {
				t.Fatal(err)
			}
			var outs [][]float32
			var stats []Stats
			for _, graph := range []bool{false, true} {
				opts := DefaultOptions()
				opts.Graph = graph
				m, err := NewWithOptions(p, r.weights, opts)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; i < 2; i++ { // the second replay reuses the graph
					out, err := m.Run(r.input)
					if err != nil {
						m.Close()
						t.Fatal(err)
					}
					if i == 1 {
						outs, stats = append(outs, out[0]), append(stats, m.Stats())
					}
				}
				m.Close()
			}
			d, g := stats[0], stats[1]
			same := slices.Equal(outs[0], outs[1])
			fmt.Printf("GRAPH case=%s kernels=%d graph_launches=%d syncs=%d identical=%v kernel_ms_direct=%.3f kernel_ms_graph=%.3f wall_ms_direct=%.3f wall_ms_graph=%.3f\n",
				c.Name, g.Launches, g.GraphLaunches, g.HostSyncs, same, d.KernelMs, g.KernelMs, d.WallMs, g.WallMs)
			if !same {
				t.Errorf("graph and direct launches disagree: relative error %.3g", RelErr(outs[1], outs[0]))
			}
			if g.GraphLaunches != 1 || g.Launches != len(p.Launches) || g.HostSyncs != 1 || d.GraphLaunches != 0 {
				t.Errorf("graph pass: %s; direct pass: %s", g, d)
			}
		})
	}
}
