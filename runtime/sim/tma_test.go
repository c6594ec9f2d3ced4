package sim_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// TMA loads and mbarriers (kir.TmaLoad, kir.MbarInit, kir.MbarArriveTx,
// kir.MbarWait) on the simulator.

// oneLoad adds to b the usual single-stage load: thread 0 initialises
// bar[0] for one arrival and fences it, a __syncthreads, then thread 0
// expects the box's bytes and issues the load of m at coords into
// dst[start …]; every thread waits for phase 0.
func oneLoad(b *Builder, dst *Shared, start Expr, m *Param, coords []Expr, bar *Shared) {
	zero := I(0)
	b.If(Eq(Tid(), zero), func() {
		b.MbarInit(bar, zero, 1)
		b.FenceMbarInit()
	})
	b.Barrier()
	b.If(Eq(Tid(), zero), func() {
		b.MbarArriveTx(bar, zero, m.Map.BoxElems()*m.Type.Size())
		b.TmaLoad(dst, start, m, coords, bar, zero)
	})
	b.MbarWait(bar, zero, zero)
}

func run1(k *Kernel, args ...sim.Arg) error {
	return sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: args}, checked())
}

// A 3-D box of f32 from a padded tensor (strides larger than the rows),
// parts of it outside the tensor (past the end and at negative
// coordinates) zero, against the element-by-element formula.
func TestTmaLoad3D(t *testing.T) {
	dims := []int64{40, 5, 3}
	strides := []int64{48, 48 * 6} // 192 and 1152 bytes
	box := []int{16, 4, 2}
	x := make([]float32, strides[1]*dims[2])
	for i := range x {
		x[i] = float32(i + 1)
	}
	b := New("tma3d", "test", 128)
	m := b.TensorMapParam("m", F32, TensorMap{Box: box})
	out := b.Out("out", F32)
	c := []Expr{b.Scalar("c0"), b.Scalar("c1"), b.Scalar("c2")}
	dst := b.AlignedSharedArray("dst", F32, 128, 128)
	bar := b.SharedArray("bar", I64, 1)
	oneLoad(b, dst, I(0), m, c, bar)
	b.Store(out, Tid(), Ld(dst, Tid()))
	k := build(t, b)
	for _, at := range [][3]int64{{0, 0, 0}, {8, 1, 1}, {32, 3, 2}, {-8, -2, -1}, {-16, 5, 0}, {36, 4, -1}} {
		o := make([]float32, 128)
		tm := &sim.TensorMap{Buf: &sim.Buffer{F32: x}, Dims: dims, Strides: strides, Box: box}
		if err := run1(k, tm, &sim.Buffer{F32: o}, at[0], at[1], at[2]); err != nil {
			t.Fatalf("at %v: %v", at, err)
		}
		zeros := 0
		for i2 := range 2 {
			for i1 := range 4 {
				for i0 := range 16 {
					g := [3]int64{at[0] + int64(i0), at[1] + int64(i1), at[2] + int64(i2)}
					want := float32(0)
					if g[0] >= 0 && g[0] < dims[0] && g[1] >= 0 && g[1] < dims[1] && g[2] >= 0 && g[2] < dims[2] {
						want = x[g[0]+g[1]*strides[0]+g[2]*strides[1]]
					} else {
						zeros++
					}
					if got := o[i0+16*(i1+4*i2)]; got != want {
						t.Fatalf("at %v: box element (%d,%d,%d) = %v, want %v", at, i0, i1, i2, got, want)
					}
				}
			}
		}
		if (at == [3]int64{0, 0, 0} || at == [3]int64{8, 1, 1}) != (zeros == 0) {
			t.Errorf("at %v: %d elements outside the tensor", at, zeros)
		}
	}
}

// A 128-byte-swizzled box of 64×16 f16: the 16-byte chunk c of the box's
// row r lands at chunk c ⊕ (row mod 8), the row counted from the array's
// start (1024 bytes aligned), also for a box starting 128 bytes in.
func TestTmaSwizzle(t *testing.T) {
	const rows, cols = 16, 64
	bits := make([]uint16, rows*cols)
	for i := range bits {
		bits[i] = safetensors.Float32ToF16(float32(i + 1)) // exact up to 2048
	}
	b := New("tmaswz", "test", 128)
	m := b.TensorMapParam("m", F16, TensorMap{Box: []int{cols, rows}, Swizzle: 128})
	out := b.Out("out", F32)
	start := b.Scalar("start")
	dst := b.AlignedSharedArray("dst", F16, 2048, 1024)
	bar := b.SharedArray("bar", I64, 1)
	oneLoad(b, dst, start, m, []Expr{I(0), I(0)}, bar)
	b.For("i", Tid(), I(2048), I(128), func(i Expr) { b.Store(out, i, To(F32, Ld(dst, i))) })
	k := build(t, b)
	for _, st := range []int64{0, 64, 512} {
		o := make([]float32, 2048)
		tm := &sim.TensorMap{Buf: &sim.Buffer{F16: bits}, Dims: []int64{cols, rows}, Strides: []int64{cols}, Box: []int{cols, rows}, Swizzle: 128}
		if err := run1(k, tm, &sim.Buffer{F32: o}, st); err != nil {
			t.Fatalf("start %d: %v", st, err)
		}
		want := make([]float32, 2048)
		for r := range rows {
			row := int(st)/64 + r // the row of the array
			for c := range cols {
				want[row*64+(c/8^row%8)*8+c%8] = float32(r*cols + c + 1)
			}
		}
		for i := range want {
			if o[i] != want[i] {
				t.Fatalf("start %d: dst[%d] = %v, want %v", st, i, o[i], want[i])
			}
		}
	}
}

// Four tiles through two stages: thread 0 keeps a load in flight per
// stage, every thread waits for the stage's barrier with the parity of
// its phase (tile j: stage j mod 2, parity j/2 mod 2) and sums its
// element of each tile.
func TestMbarPhases(t *testing.T) {
	const tiles, rows, cols = 4, 4, 32 // a tile is 4 rows of 32 f32: 512 bytes
	x := make([]float32, tiles*rows*cols)
	for i := range x {
		x[i] = float32(i%97) + float32(i/128)*1000
	}
	b := New("mbarphases", "test", 128)
	m := b.TensorMapParam("m", F32, TensorMap{Box: []int{cols, rows}})
	out := b.Out("out", F32)
	stage := b.AlignedSharedArray("stage", F32, 2*rows*cols, 128)
	full := b.SharedArray("full", I64, 2)
	tid, zero := Tid(), I(0)
	issue := func(s, j Expr) {
		b.MbarArriveTx(full, s, rows*cols*4)
		b.TmaLoad(stage, Mul(s, I(rows*cols)), m, []Expr{zero, Mul(j, I(rows))}, full, s)
	}
	b.If(Eq(tid, zero), func() {
		b.MbarInit(full, I(0), 1)
		b.MbarInit(full, I(1), 1)
		b.FenceMbarInit()
	})
	b.Barrier()
	b.If(Eq(tid, zero), func() {
		issue(I(0), I(0))
		issue(I(1), I(1))
	})
	acc := b.Var("acc", F(0))
	b.For("j", zero, I(tiles), I(1), func(j Expr) {
		s := b.Let("s", Rem(j, I(2)))
		b.MbarWait(full, s, Rem(Div(j, I(2)), I(2)))
		b.Set(acc, Add(V(acc), Ld(stage, Add(Mul(s, I(rows*cols)), tid))))
		b.Barrier() // every thread read the stage: it may be loaded again
		b.If(And(Eq(tid, zero), Lt(Add(j, I(2)), I(tiles))), func() { issue(s, Add(j, I(2))) })
	})
	b.Store(out, tid, V(acc))
	o := make([]float32, 128)
	tm := &sim.TensorMap{Buf: &sim.Buffer{F32: x}, Dims: []int64{cols, tiles * rows}, Strides: []int64{cols}, Box: []int{cols, rows}}
	if err := run1(build(t, b), tm, &sim.Buffer{F32: o}); err != nil {
		t.Fatal(err)
	}
	for i := range o {
		want := float32(0)
		for j := range tiles {
			want += x[j*rows*cols+i]
		}
		if o[i] != want {
			t.Fatalf("out[%d] = %v, want %v", i, o[i], want)
		}
	}
}

// The data of a load lands at the first wait that observes its phase: a
// read before the wait (and after the load completed: the load's bytes
// are all in when it is issued) sees the old contents, and is reported as
// a race with the load in flight; the run goes on.
func TestTmaLandsAtWait(t *testing.T) {
	x := make([]float32, 128)
	for i := range x {
		x[i] = float32(i + 1)
	}
	b := New("tmawait", "test", 128)
	m := b.TensorMapParam("m", F32, TensorMap{Box: []int{128}})
	out := b.Out("out", F32)
	dst := b.AlignedSharedArray("dst", F32, 128, 128)
	bar := b.SharedArray("bar", I64, 1)
	zero := I(0)
	b.If(Eq(Tid(), zero), func() {
		b.MbarInit(bar, zero, 1)
		b.FenceMbarInit()
	})
	b.Barrier()
	b.If(Eq(Tid(), zero), func() {
		b.MbarArriveTx(bar, zero, 512)
		b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
	})
	before := b.Var("before", Ld(dst, Tid()))
	b.Barrier() // every thread read before any waits
	b.MbarWait(bar, zero, zero)
	b.Store(out, Tid(), V(before))
	b.Store(out, Add(Tid(), I(128)), Ld(dst, Tid()))
	o := make([]float32, 256)
	tm := &sim.TensorMap{Buf: &sim.Buffer{F32: x}, Dims: []int64{128}, Box: []int{128}}
	err := run1(build(t, b), tm, &sim.Buffer{F32: o})
	if !has[*sim.BadTma](err) || !strings.Contains(err.Error(), "reads dst[0] while a cp.async.bulk.tensor into it is in flight") {
		t.Errorf("got %v, want the read before the wait reported", err)
	}
	for i := range 128 {
		if o[i] != 0 || o[128+i] != x[i] {
			t.Fatalf("thread %d read %v before the wait and %v after, want 0 and %v", i, o[i], o[128+i], x[i])
		}
	}
}

// wgmma m64n64k16 over K = 64 from tiles a swizzled TMA loaded: A (64×64,
// K-major) and B both K-major (Bᵀ stored, rows n) and MN-major (rows k),
// against f64 matrix products. No fence.proxy.async: the TMA's writes
// are the async proxy's, and a __syncthreads after the wait must not
// make them stale.
func TestTmaWgmma(t *testing.T) {
	for _, e := range []Type{F16, BF16} {
		t.Run(e.String(), func(t *testing.T) {
			// x: A (64 rows m × 64 k), Bᵀ (64 rows n × 64 k), B (64 rows k × 64 n).
			x, vals := probeInput(e, 3*64*64, 21)
			b := New("tmawgmma", "test", 128)
			m := b.TensorMapParam("m", e, TensorMap{Box: []int{64, 64}, Swizzle: 128})
			out := b.Out("out", F32)
			sh := b.AlignedSharedArray("sh", e, 3*64*64, 1024)
			bar := b.SharedArray("bar", I64, 1)
			tid, zero := Tid(), I(0)
			b.If(Eq(tid, zero), func() {
				b.MbarInit(bar, zero, 1)
				b.FenceMbarInit()
			})
			b.Barrier()
			b.If(Eq(tid, zero), func() {
				b.MbarArriveTx(bar, zero, 3*64*64*e.Size())
				for i := range 3 {
					b.TmaLoad(sh, I(int64(i*64*64)), m, []Expr{zero, I(int64(64 * i))}, bar, zero)
				}
			})
			b.MbarWait(bar, zero, zero)
			b.Barrier()
			dk, dn := make([]*Var, 32), make([]*Var, 32)
			for i := range dk {
				dk[i], dn[i] = b.Var("dk", F(0)), b.Var("dn", F(0))
			}
			b.WgmmaFence(append(append([]*Var{}, dk...), dn...)...)
			for kk := range 4 {
				a := WgmmaSmem{Src: sh, Start: I(int64(16 * kk)), LBO: 16, SBO: 1024, Swizzle: 128}
				bk := WgmmaSmem{Src: sh, Start: I(int64(64*64 + 16*kk)), LBO: 16, SBO: 1024, Swizzle: 128}
				bn := WgmmaSmem{Src: sh, Start: I(int64(2*64*64 + 16*64*kk)), LBO: 8192, SBO: 1024, MNMajor: true, Swizzle: 128}
				b.Wgmma(&Wgmma{N: 64, D: dk, ASmem: &a, B: bk, Accumulate: kk > 0})
				b.Wgmma(&Wgmma{N: 64, D: dn, ASmem: &a, B: bn, Accumulate: kk > 0})
			}
			b.WgmmaCommit()
			b.WgmmaWait(0, append(append([]*Var{}, dk...), dn...)...)
			for i := range dk {
				row0, col0 := WgmmaD(0, i) // thread 0's; the others add 16·warp + lane/4 and 2·(lane mod 4)
				row := Add(Add(Mul(Div(tid, I(32)), I(16)), Div(Rem(tid, I(32)), I(4))), I(int64(row0)))
				col := Add(Mul(Rem(tid, I(4)), I(2)), I(int64(col0)))
				idx := Add(Mul(row, I(64)), col)
				b.Store(out, idx, V(dk[i]))
				b.Store(out, Add(idx, I(64*64)), V(dn[i]))
			}
			o := make([]float32, 2*64*64)
			tm := &sim.TensorMap{Buf: x, Dims: []int64{64, 3 * 64}, Strides: []int64{64}, Box: []int{64, 64}, Swizzle: 128}
			if err := run1(build(t, b), tm, &sim.Buffer{F32: o}); err != nil {
				t.Fatal(err)
			}
			A := func(r, k int) float64 { return float64(vals[r*64+k]) }
			Bt := func(n, k int) float64 { return float64(vals[64*64+n*64+k]) }
			B := func(k, n int) float64 { return float64(vals[2*64*64+k*64+n]) }
			for r := range 64 {
				for c := range 64 {
					var sk, sn float64
					for k := range 64 {
						sk += A(r, k) * Bt(c, k)
						sn += A(r, k) * B(k, c)
					}
					for j, want := range []float64{sk, sn} {
						if got := float64(o[j*64*64+r*64+c]); math.Abs(got-want) > 1e-5*(1+math.Abs(want)) {
							t.Fatalf("%s B: d[%d][%d] = %g, want %g", []string{"K-major", "MN-major"}[j], r, c, got, want)
						}
					}
				}
			}
		})
	}
}

// Misuses of TMA loads and mbarriers are faults.
func TestTmaFaults(t *testing.T) {
	x := make([]float32, 256)
	mapArg := func() *sim.TensorMap {
		return &sim.TensorMap{Buf: &sim.Buffer{F32: x}, Dims: []int64{256}, Box: []int{128}}
	}
	// kernel builds a 128-thread kernel with a map of 128 f32, a
	// destination of 256 f32 and two barriers.
	kernel := func(body func(b *Builder, m *Param, dst, bar *Shared)) *Kernel {
		b := New("tmafault", "test", 128)
		m := b.TensorMapParam("m", F32, TensorMap{Box: []int{128}})
		dst := b.AlignedSharedArray("dst", F32, 256, 128)
		bar := b.SharedArray("bar", I64, 2)
		body(b, m, dst, bar)
		return build(t, b)
	}
	zero := I(0)
	t0 := func(b *Builder, f func()) { b.If(Eq(Tid(), zero), f) }
	initBar := func(b *Builder, bar *Shared, count int) {
		t0(b, func() {
			b.MbarInit(bar, zero, count)
			b.FenceMbarInit()
		})
		b.Barrier()
	}
	for _, tc := range []struct {
		name string
		body func(b *Builder, m *Param, dst, bar *Shared)
		want func(err error) bool
		msg  string
	}{
		{"wait that never completes: no load", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() { b.MbarArriveTx(bar, zero, 512) })
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadMbarrier], "can never complete"},
		{"wait that never completes: no arrival", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 2)
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
			})
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadMbarrier], "1 of 2 arrivals"},
		{"wait and __syncthreads", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			b.IfElse(Eq(Tid(), zero), func() { b.MbarWait(bar, zero, zero) }, func() { b.Barrier() })
			t0(b, func() { b.MbarArriveTx(bar, zero, 0) })
		}, has[*sim.BadMbarrier], "can never complete"},
		{"uninitialised", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			b.MbarWait(bar, I(1), zero)
		}, has[*sim.BadMbarrier], "bar[1], which is not initialised"},
		{"no __syncthreads after the init", func(b *Builder, m *Param, dst, bar *Shared) {
			t0(b, func() {
				b.MbarInit(bar, zero, 1)
				b.MbarArriveTx(bar, zero, 0)
			})
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadMbarrier], "bar[0]"},
		{"no fence.mbarrier_init", func(b *Builder, m *Param, dst, bar *Shared) {
			t0(b, func() { b.MbarInit(bar, zero, 1) })
			b.Barrier()
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
			})
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadMbarrier], "no fence.mbarrier_init"},
		{"read while in flight", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
			})
			b.Barrier() // the load is issued before any thread reads
			b.Let("x", Ld(dst, Tid()))
			b.Barrier() // … and every thread reads before any waits (and lands it)
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadTma], "reads dst[0] while a cp.async.bulk.tensor into it is in flight"},
		{"store into a stage in flight", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
			})
			b.Barrier()
			b.Store(dst, Add(Tid(), I(128)), F(1)) // past the box: no fault
			b.Store(dst, Tid(), F(1))
			b.Barrier()
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadTma], "writes dst[0] while a cp.async.bulk.tensor"},
		{"transaction underflow", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() {
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
				b.MbarArriveTx(bar, zero, 256)
			})
			b.MbarWait(bar, zero, zero)
		}, has[*sim.BadMbarrier], "transaction underflow on bar[0]: phase 0 got 256 bytes more"},
		{"parity 2", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() { b.MbarArriveTx(bar, zero, 0) })
			b.MbarWait(bar, zero, I(2))
		}, has[*sim.BadMbarrier], "parity 2"},
		{"barrier index out of bounds", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() { b.MbarArriveTx(bar, I(2), 0) })
		}, has[*sim.OutOfBounds], "store shared bar[2] out of bounds (len 2)"},
		{"misaligned start", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() { b.TmaLoad(dst, I(16), m, []Expr{zero}, bar, zero) })
		}, has[*sim.Misaligned], "dst[16]: the destination must start on 128 bytes (a multiple of 32 elements)"},
		{"destination out of bounds", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, I(192), m, []Expr{zero}, bar, zero)
			})
			b.MbarWait(bar, zero, zero)
		}, has[*sim.OutOfBounds], "store shared dst[256] out of bounds (len 256)"},
		{"coordinate past 32 bits", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 1)
			t0(b, func() { b.TmaLoad(dst, zero, m, []Expr{I(1 << 31)}, bar, zero) })
		}, has[*sim.BadTma], "coordinate 0 is 2147483648"},
		{"read without waiting", func(b *Builder, m *Param, dst, bar *Shared) {
			// Phase 0's data lands when thread 0 starts phase 1, which no
			// wait observes; the others read it after a __syncthreads but
			// never wait for phase 0.
			initBar(b, bar, 1)
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, I(128), m, []Expr{zero}, bar, zero)
			})
			b.Barrier()
			b.Let("x", Ld(dst, Tid()))
			b.MbarWait(bar, zero, I(1))
		}, has[*sim.BadTma], "reads dst[0], which a cp.async.bulk.tensor wrote, without waiting for its phase on bar[0]"},
		{"load never landed", func(b *Builder, m *Param, dst, bar *Shared) {
			initBar(b, bar, 2)
			t0(b, func() {
				b.MbarArriveTx(bar, zero, 512)
				b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
			})
		}, has[*sim.BadTma], "the block ends with 1 TMA loads whose phase never completed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := runWithin(t, kernel(tc.body), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{mapArg()}})
			if !tc.want(err) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("got %v, want a fault %q", err, tc.msg)
			}
		})
	}
	// A correct load reports nothing (the cases above fault for their
	// reason only); nor does a read ordered by a __syncthreads after the
	// one thread that waited.
	ok := kernel(func(b *Builder, m *Param, dst, bar *Shared) { oneLoad(b, dst, I(128), m, []Expr{I(128)}, bar) })
	if err := runWithin(t, ok, sim.Launch{Grid: [3]int{2, 1, 1}, Args: []sim.Arg{mapArg()}}); err != nil {
		t.Errorf("a correct load: %v", err)
	}
	ordered := kernel(func(b *Builder, m *Param, dst, bar *Shared) {
		initBar(b, bar, 1)
		t0(b, func() {
			b.MbarArriveTx(bar, zero, 512)
			b.TmaLoad(dst, zero, m, []Expr{zero}, bar, zero)
			b.MbarWait(bar, zero, zero)
		})
		b.Barrier()
		b.Let("x", Ld(dst, Tid()))
	})
	if err := runWithin(t, ordered, sim.Launch{Grid: [3]int{2, 1, 1}, Args: []sim.Arg{mapArg()}}); err != nil {
		t.Errorf("one thread waits, the others read after a __syncthreads: %v", err)
	}
}

// has reports whether err holds a fault of type T.
func has[T error](err error) bool { return len(all[T](err)) > 0 }

// Tensor-map arguments that do not fit the kernel or the buffer are
// refused before the launch.
func TestTensorMapArg(t *testing.T) {
	b := New("tmaarg", "test", 128)
	m := b.TensorMapParam("m", F16, TensorMap{Box: []int{64, 2}, Swizzle: 128})
	dst := b.AlignedSharedArray("dst", F16, 128, 1024)
	bar := b.SharedArray("bar", I64, 1)
	oneLoad(b, dst, I(0), m, []Expr{I(0), I(0)}, bar)
	k := build(t, b)
	f16 := func(n int) *sim.Buffer { return &sim.Buffer{F16: make([]uint16, n)} }
	good := func() *sim.TensorMap {
		return &sim.TensorMap{Buf: f16(64 * 8), Dims: []int64{64, 8}, Strides: []int64{64}, Box: []int{64, 2}, Swizzle: 128}
	}
	if err := run1(k, good()); err != nil {
		t.Fatalf("a good map: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(m *sim.TensorMap)
		msg  string
	}{
		{"box", func(m *sim.TensorMap) { m.Box = []int{64, 4} }, "box [64 4] swizzle 128, the kernel's [64 2] swizzle 128"},
		{"swizzle", func(m *sim.TensorMap) { m.Swizzle = 0 }, "swizzle 0, the kernel's"},
		{"type", func(m *sim.TensorMap) { m.Buf = &sim.Buffer{BF16: make([]uint16, 512)} }, "is a bf16 buffer, want f16"},
		{"past the end", func(m *sim.TensorMap) { m.Dims[1] = 9 }, "reaches element 575 of buffer"},
		{"dimensions", func(m *sim.TensorMap) { m.Dims = []int64{512} }, "1 dimensions and 1 strides"},
		{"stride", func(m *sim.TensorMap) { m.Strides[0] = 60 }, "stride 1 is 60 elements"},
		{"no buffer", func(m *sim.TensorMap) { m.Buf = nil }, "no buffer"},
	} {
		tm := good()
		tc.edit(tm)
		err := run1(k, tm)
		var le *sim.LaunchError
		if !errors.As(err, &le) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: got %v, want a LaunchError %q", tc.name, err, tc.msg)
		}
	}
	if err := run1(k, f16(512)); err == nil || !strings.Contains(err.Error(), "want *sim.TensorMap") {
		t.Errorf("a buffer for a tensor map: %v", err)
	}
}
