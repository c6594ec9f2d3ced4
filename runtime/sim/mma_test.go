package sim_test

import (
	"math"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// TestProbes runs the probe kernels against f64 matrix products of the
// same values: codegen.MmaProbeKernel (fragments loaded with the PTX ISA's
// formulas) and codegen.WgmmaProbeKernel (layouts written out from the PTX
// ISA: shared A and B K-major, register A with B MN-major, and scale-d 0).
func TestProbes(t *testing.T) {
	for _, p := range []struct {
		name   string
		kernel func(string, Type) (*Kernel, error)
		inputs int
		seed   int64
		out    int
		ref    func([]float32) []float64
	}{
		{"mma", codegen.MmaProbeKernel, 512, 7, 256, codegen.MmaProbeRef},
		{"wgmma", codegen.WgmmaProbeKernel, codegen.WgmmaProbeInputs, 11, 3 * 64 * codegen.WgmmaProbeN, codegen.WgmmaProbeRef},
	} {
		for _, e := range []Type{F16, BF16} {
			t.Run(p.name+"_"+e.String(), func(t *testing.T) {
				x, vals := probeInput(e, p.inputs, p.seed)
				k, err := p.kernel(p.name, e)
				if err != nil {
					t.Fatal(err)
				}
				d := &sim.Buffer{F32: make([]float32, p.out)}
				if err := sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x, d}}, checked()); err != nil {
					t.Fatal(err)
				}
				for i, want := range p.ref(vals) {
					if got := float64(d.F32[i]); math.Abs(got-want) > 1e-5*(1+math.Abs(want)) {
						t.Errorf("d[%d] = %g, want %g", i, got, want)
					}
				}
			})
		}
	}
}

// An mma in a warp of fewer than 32 lanes is a fault, as is one that only
// some lanes reach.
func TestMmaFaults(t *testing.T) {
	x := &sim.Buffer{F16: make([]uint16, 512)}
	b := New("mma_part", "test", 48)
	a16 := b.In("x", F16)
	d := [4]*Var{b.Var("d0", F(0)), b.Var("d1", F(0)), b.Var("d2", F(0)), b.Var("d3", F(0))}
	v := Ld(a16, I(0))
	op := func() {
		b.Mma(d, [8]Expr{v, v, v, v, v, v, v, v}, [4]Expr{v, v, v, v}, [4]Expr{F(0), F(0), F(0), F(0)})
	}
	op()
	err := sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x}}, checked())
	if len(all[*sim.BadShuffle](err)) == 0 {
		t.Errorf("mma in a 16-lane warp: got %v, want a BadShuffle", err)
	}

	b = New("mma_div", "test", 32)
	a16 = b.In("x", F16)
	d = [4]*Var{b.Var("d0", F(0)), b.Var("d1", F(0)), b.Var("d2", F(0)), b.Var("d3", F(0))}
	v = Ld(a16, I(0))
	b.If(Lt(Tid(), I(16)), op)
	err = sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x}}, checked())
	if len(all[*sim.DivergentBarrier](err)) == 0 {
		t.Errorf("mma reached by half a warp: got %v, want a DivergentBarrier", err)
	}
}

// TestCopy: a 16-byte copy of f16 moves 8 elements; a misaligned index is
// a Misaligned fault and copies nothing; ldmatrix from a row that is not a
// multiple of 8 elements is one too.
func TestCopy(t *testing.T) {
	b := New("copy", "test", 32)
	x, y := b.In("x", F16), b.Out("y", F16)
	off := b.Scalar("off")
	s := b.SharedArray("s", F16, 256)
	i := b.Let("i", Mul(Tid(), I(8)))
	b.Copy(s, i, x, Add(i, off), 8)
	b.Barrier()
	b.Copy(y, i, s, i, 8)
	k := build(t, b)
	in := &sim.Buffer{F16: make([]uint16, 264)}
	for j := range in.F16 {
		in.F16[j] = safetensors.Float32ToF16(float32(j))
	}
	out := &sim.Buffer{F16: make([]uint16, 256)}
	if err := sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{in, out, int64(8)}}, checked()); err != nil {
		t.Fatal(err)
	}
	for j, h := range out.F16 {
		if got := safetensors.F16ToFloat32(h); got != float32(j+8) {
			t.Fatalf("y[%d] = %g, want %d", j, got, j+8)
		}
	}
	err := sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{in, out, int64(3)}}, checked())
	if len(all[*sim.Misaligned](err)) == 0 {
		t.Errorf("copy from index 3: got %v, want Misaligned", err)
	}

	b = New("ldm", "test", 32)
	s = b.SharedArray("s", F16, 256)
	d := b.LdMatrix("d", s, Add(Mul(Tid(), I(8)), I(1)), 1, false)
	_ = d
	err = sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}}, checked())
	if len(all[*sim.Misaligned](err)) == 0 {
		t.Errorf("ldmatrix from row 8ℓ+1: got %v, want Misaligned", err)
	}
}

// asyncKernel sums x (f16, 8·64 per tile, tiles tiles) per element over
// the tiles, double-buffered with cp.async: tile i+1 is in flight while
// tile i is read. wait and bar turn off the wait or the barrier after it.
func asyncKernel(t *testing.T, tiles int, wait, bar bool) *Kernel {
	b := New("async", "test", 64)
	x, y := b.In("x", F16), b.Out("y", F32)
	s := b.SharedArray("s", F16, 2*512)
	tid := b.Let("tid", Tid())
	issue := func(tile Expr) {
		b.If(Lt(tile, I(int64(tiles))), func() {
			st := Mul(Rem(tile, I(2)), I(512))
			b.CopyAsync(s, Add(st, Mul(tid, I(8))), x, Add(Mul(tile, I(512)), Mul(tid, I(8))), 8)
		})
		b.AsyncCommit()
	}
	acc := b.Var("acc", F(0))
	issue(I(0))
	b.For("i", I(0), I(int64(tiles)), I(1), func(i Expr) {
		issue(Add(i, I(1)))
		if wait {
			b.AsyncWait(1)
		}
		if bar {
			b.Barrier()
		}
		// Thread tid reads element tid·8 of the other threads' rows: the
		// copies of thread (tid+1) % 64.
		j := Add(Mul(Rem(i, I(2)), I(512)), Mul(Rem(Add(tid, I(1)), I(64)), I(8)))
		b.Set(acc, Add(V(acc), To(F32, Ld(s, j))))
		b.Barrier()
	})
	b.AsyncWait(0)
	b.Store(y, tid, V(acc))
	return build(t, b)
}

func TestCopyAsync(t *testing.T) {
	const tiles = 5
	x := &sim.Buffer{F16: make([]uint16, tiles*512)}
	for i := range x.F16 {
		x.F16[i] = safetensors.Float32ToF16(float32(i % 97))
	}
	want := make([]float32, 64)
	for tid := range want {
		for i := 0; i < tiles; i++ {
			want[tid] += float32((i*512 + (tid+1)%64*8) % 97)
		}
	}
	run := func(k *Kernel) ([]float32, error) {
		y := &sim.Buffer{F32: make([]float32, 64)}
		err := sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x, y}}, checked())
		return y.F32, err
	}
	got, err := run(asyncKernel(t, tiles, true, true))
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("y[%d] = %g, want %g", i, got[i], want[i])
		}
	}
	// Without the wait the tile is read before its copy lands: wrong sums.
	if got, _ := run(asyncKernel(t, tiles, false, true)); got[0] == want[0] {
		t.Errorf("no wait: y[0] = %g, the right sum", got[0])
	}
	// Without the barrier after the wait, other threads' copies race with the reads.
	if _, err := run(asyncKernel(t, tiles, true, false)); len(all[*sim.Race](err)) == 0 {
		t.Errorf("no barrier after the wait: got %v, want a Race", err)
	}
	// A zero-filling copy: where not valid it reads nothing (the source
	// index past the buffer is not an error) and writes zeros over what
	// was there.
	{
		b := New("zfill", "test", 32)
		xs, ys := b.In("x", F16), b.Out("y", F32)
		s := b.SharedArray("s", F16, 256)
		for e := 0; e < 8; e++ {
			b.Store(s, Add(Mul(Tid(), I(8)), I(int64(e))), To(F16, F(7)))
		}
		valid := Lt(Tid(), I(16))
		src := Sel(valid, Mul(Tid(), I(8)), I(1<<20))
		b.CopyAsyncZfill(s, Mul(Tid(), I(8)), xs, src, 8, valid)
		b.AsyncCommit()
		b.AsyncWait(0)
		b.Store(ys, Tid(), To(F32, Ld(s, Add(Mul(Tid(), I(8)), I(3)))))
		y := &sim.Buffer{F32: make([]float32, 32)}
		if err := sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x, y}}, checked()); err != nil {
			t.Fatal(err)
		}
		for tid, v := range y.F32 {
			want := float32(0)
			if tid < 16 {
				want = float32((tid*8 + 3) % 97)
			}
			if v != want {
				t.Errorf("zfill: thread %d read %g, want %g", tid, v, want)
			}
		}
	}
	// A thread that exits with copies in flight.
	b := New("lost", "test", 32)
	xs := b.In("x", F16)
	s := b.SharedArray("s", F16, 256)
	b.CopyAsync(s, Mul(Tid(), I(8)), xs, Mul(Tid(), I(8)), 8)
	b.AsyncCommit()
	err = sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x}}, checked())
	if l := all[*sim.LostCopy](err); len(l) == 0 || l[0].Copies != 1 || !strings.Contains(err.Error(), "never waited for") {
		t.Errorf("copies never waited for: got %v", err)
	}
}
