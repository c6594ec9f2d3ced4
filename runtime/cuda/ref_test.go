package cuda

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/runtime/sim/machine"
)

// f64 references of the kernel benchmarks, written from the formulas (the
// kernels' layout: qkv rows [q of every head | k of every head | v of
// every head | β logits], o rows [o of every head]). The same shapes run
// on the simulator here and on the GPU in the hopfcuda tests.

// benchInput draws qkv for a kernel benchmark, rounded to its dtype.
func benchInput(kb KernelBench, seed uint64) []float32 {
	LD := 3 * kb.H * kb.D
	if kb.Kind == "delta" {
		LD += kb.H
	}
	r := rand.New(rand.NewPCG(seed, 99))
	x := make([]float32, kb.B*kb.T*LD)
	for i := range x {
		x[i] = float32(r.Float64()*2 - 1)
	}
	buf := make([]byte, 4*len(x))
	if err := Encode(buf, kb.DType, x); err == nil {
		x, _ = Decode(buf, kb.DType, int64(len(x)))
	}
	return x
}

// benchRef is o [B,T,H·D] of a kernel benchmark in f64.
func benchRef(kb KernelBench, qkv []float32) []float32 {
	B, H, T, D := kb.B, kb.H, kb.T, kb.D
	LD := 3 * H * D
	if kb.Kind == "delta" {
		LD += H
	}
	at := func(b, t, col int) float64 { return float64(qkv[(b*T+t)*LD+col]) }
	o := make([]float32, B*T*H*D)
	for b := 0; b < B; b++ {
		for h := 0; h < H; h++ {
			if kb.Kind == "attention" {
				scale := 1 / math.Sqrt(float64(D))
				for t := 0; t < T; t++ {
					s := make([]float64, t+1)
					mx := math.Inf(-1)
					for i := 0; i <= t; i++ {
						for d := 0; d < D; d++ {
							s[i] += at(b, t, h*D+d) * at(b, i, H*D+h*D+d)
						}
						s[i] *= scale
						mx = math.Max(mx, s[i])
					}
					z := 0.0
					for i := range s {
						s[i] = math.Exp(s[i] - mx)
						z += s[i]
					}
					for j := 0; j < D; j++ {
						acc := 0.0
						for i := range s {
							acc += s[i] * at(b, i, 2*H*D+h*D+j)
						}
						o[(b*T+t)*H*D+h*D+j] = float32(acc / z)
					}
				}
				continue
			}
			// Delta rule, feature l2, learned β, causal, scale 1:
			// S ← S + β (v − S k) kᵀ, o = S q.
			S := make([]float64, D*D) // D_v × D_k, row-major
			l2 := func(col int, t int) []float64 {
				x := make([]float64, D)
				ss := 0.0
				for d := range x {
					x[d] = at(b, t, col+d)
					ss += x[d] * x[d]
				}
				inv := 1 / math.Sqrt(ss+1e-6)
				for d := range x {
					x[d] *= inv
				}
				return x
			}
			for t := 0; t < T; t++ {
				q, k := l2(h*D, t), l2(H*D+h*D, t)
				beta := 1 / (1 + math.Exp(-at(b, t, 3*H*D+h)))
				for i := 0; i < D; i++ {
					sk := 0.0
					for j := 0; j < D; j++ {
						sk += S[i*D+j] * k[j]
					}
					e := beta * (at(b, t, 2*H*D+h*D+i) - sk)
					for j := 0; j < D; j++ {
						S[i*D+j] += e * k[j]
					}
					acc := 0.0
					for j := 0; j < D; j++ {
						acc += S[i*D+j] * q[j]
					}
					o[(b*T+t)*H*D+h*D+i] = float32(acc)
				}
			}
		}
	}
	return o
}

// TestBenchKernelsOnSim runs every benchmarked kernel, small, on the
// simulator against the f64 reference: the kernels and the reference agree
// before the GPU times them (device_test.go repeats this on the GPU).
func TestBenchKernelsOnSim(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates four kernels")
	}
	for _, kb := range KernelBenches() {
		kb := kb.Small()
		t.Run(kb.Name, func(t *testing.T) {
			t.Parallel()
			p, _, err := kb.Program()
			if err != nil {
				t.Fatal(err)
			}
			x := benchInput(kb, 1)
			m, err := machine.New(p, nil)
			if err != nil {
				t.Fatal(err)
			}
			m.Opts.Races = false // covered by codegen's own simulator tests
			got, err := m.Run(machine.Input{F32: x})
			if err != nil {
				t.Fatal(err)
			}
			if e := RelErr(got[0], benchRef(kb, x)); !(e < Tolerance(kb.DType)) {
				t.Errorf("relative error %.3g > %g", e, Tolerance(kb.DType))
			} else {
				t.Logf("relative error %.2g", e)
			}
		})
	}
}

// probe is a one-kernel program that checks an instruction's operand
// layouts against f64 products: its input, reference and check.
type probe struct {
	name  string
	prog  func(dtype string) (*codegen.Program, error)
	input func(dtype string) []float32
	ref   func(x []float32) []float64
	check func(t *testing.T, x, got []float32)
}

var (
	mmaProbe   = probe{"mma", MmaProbe, mmaProbeInput, codegen.MmaProbeRef, checkMmaProbe}
	wgmmaProbe = probe{"wgmma", WgmmaProbe, wgmmaProbeInput, codegen.WgmmaProbeRef, checkWgmmaProbe}
	tmaProbe   = probe{"tma", TmaProbe, tmaProbeInput, codegen.TmaProbeRef, checkTmaProbe}
)

// tmaProbeInput is x of the TMA probe.
func tmaProbeInput(dtype string) []float32 {
	return probeInput(dtype, codegen.TmaProbeInputs, 7, 97)
}

// checkTmaProbe compares the probe's six products with the f64 ones.
func checkTmaProbe(t *testing.T, x, got []float32) {
	t.Helper()
	parts := []struct {
		n, cols int
		how     string
	}{
		{4096, 64, "Kᵀ at d 64 (K-major B, 128-byte swizzle, K steps inside the swizzled rows): the TMA box, the swizzle, the descriptor's layout bits or its K-step advance is wrong"},
		{4096, 64, "V (MN-major B, 128-byte swizzle, SBO between 8-key groups): the MN-major swizzled layout is wrong"},
		{8192, 128, "V at d 128 (MN-major, LBO between the 64-column boxes): LBO of the swizzled MN-major layout is wrong"},
		{4096, 64, "Kᵀ at d 128 (K steps 4–7 in the second box)"},
		{2048, 32, "Kᵀ without swizzle (boxes of 8 columns as K-major core matrices, LBO between column blocks): the plain TMA layout (TCTile.TmaPlain) is wrong"},
		{4096, 64, "V without swizzle (MN-major core matrices, SBO between column blocks): the plain TMA layout (TCTile.TmaPlain) is wrong"},
	}
	want := codegen.TmaProbeRef(x)
	off, bad := 0, 0
	for _, p := range parts {
		for i := 0; i < p.n; i++ {
			g, w := float64(got[off+i]), want[off+i]
			if math.Abs(g-w) > 1e-4*(1+math.Abs(w)) {
				if bad++; bad <= 12 {
					t.Errorf("D[%d][%d] = %g, want %g (%s)", i/p.cols, i%p.cols, g, w, p.how)
				}
			}
		}
		off += p.n
	}
}

// probeInput is n normal values rounded to dtype.
func probeInput(dtype string, n int, seed1, seed2 uint64) []float32 {
	r := rand.New(rand.NewPCG(seed1, seed2))
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	buf := make([]byte, 4*len(x))
	if err := Encode(buf, dtype, x); err == nil {
		x, _ = Decode(buf, dtype, int64(len(x)))
	}
	return x
}

// mmaProbeInput is x of the mma probe: 512 values.
func mmaProbeInput(dtype string) []float32 { return probeInput(dtype, 512, 5, 99) }

// wgmmaProbeInput is x of the wgmma probe.
func wgmmaProbeInput(dtype string) []float32 {
	return probeInput(dtype, codegen.WgmmaProbeInputs, 6, 98)
}

// checkMmaProbe compares the probe's D with the f64 product.
func checkMmaProbe(t *testing.T, x, got []float32) {
	t.Helper()
	for i, want := range codegen.MmaProbeRef(x) {
		if g := float64(got[i]); math.Abs(g-want) > 1e-4*(1+math.Abs(want)) {
			how := "fragments from global memory: the mma fragment layout is wrong"
			if i >= 128 {
				how = "fragments through ldmatrix: its layout is wrong"
			}
			t.Errorf("D[%d][%d] = %g, want %g (%s)", i%128/8, i%8, g, want, how)
		}
	}
}

// TestProbesOnSim: the probe programs the GPU runs (TestDeviceMma,
// TestDeviceWgmma, TestDeviceTma), on the simulator.
func TestProbesOnSim(t *testing.T) {
	for _, pr := range []probe{mmaProbe, wgmmaProbe, tmaProbe} {
		for _, dtype := range []string{"f16", "bf16"} {
			t.Run(pr.name+"_"+dtype, func(t *testing.T) {
				p, err := pr.prog(dtype)
				if err != nil {
					t.Fatal(err)
				}
				m, err := machine.New(p, nil)
				if err != nil {
					t.Fatal(err)
				}
				x := pr.input(dtype)
				got, err := m.Run(machine.Input{F32: x})
				if err != nil {
					t.Fatal(err)
				}
				pr.check(t, x, got[0])
			})
		}
	}
}

// checkWgmmaProbe compares the probe's three products with the f64 ones.
func checkWgmmaProbe(t *testing.T, x, got []float32) {
	t.Helper()
	n := 64 * codegen.WgmmaProbeN
	how := []string{
		"A and B in shared memory, K-major: the K-major core-matrix layout, the descriptor or the accumulator layout is wrong",
		"A in registers, B MN-major: the A fragment layout or the MN-major layout (imm-trans-b) is wrong",
		"scale-d 0: the accumulators were read",
	}
	bad := 0
	for i, want := range codegen.WgmmaProbeRef(x) {
		if g := float64(got[i]); math.Abs(g-want) > 1e-4*(1+math.Abs(want)) {
			if bad++; bad <= 12 {
				t.Errorf("product %d: D[%d][%d] = %g, want %g (%s)", i/n, i%n/codegen.WgmmaProbeN, i%codegen.WgmmaProbeN, g, want, how[i/n])
			}
		}
	}
}
