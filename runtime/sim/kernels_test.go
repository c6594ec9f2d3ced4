package sim_test

import (
	"errors"
	"math/rand"
	"testing"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// Test kernels, built with kir's Builder as a generator would, and plain
// Go references for them.

func build(t testing.TB, b *Builder) *Kernel {
	t.Helper()
	k, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func checked() sim.Options { return sim.Options{Races: true} }

func randF32(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(r.NormFloat64())
	}
	return s
}

// all collects the faults of type T in err.
func all[T error](err error) []T {
	var out []T
	var l sim.ErrorList
	if errors.As(err, &l) {
		for _, e := range l {
			if x, ok := e.(T); ok {
				out = append(out, x)
			}
		}
		return out
	}
	if x, ok := err.(T); ok {
		out = append(out, x)
	}
	return out
}

// vecAdd is z[i] = x[i] + y[i] for i < n, 128 threads a block; without
// the bounds check it reads and writes past n.
func vecAdd(t testing.TB, boundsCheck bool) *Kernel {
	b := New("vadd", "test", 128)
	x, y := b.In("x", F32), b.In("y", F32)
	z := b.Out("z", F32)
	n := b.Scalar("n")
	i := b.Let("i", Add(Mul(Bid(), Bdim()), Tid()))
	body := func() { b.Store(z, i, Add(Ld(x, i), Ld(y, i))) }
	if boundsCheck {
		b.If(Lt(i, n), body)
	} else {
		body()
	}
	return build(t, b)
}

const tile = 16

// matmul is C (m×n) = A (m×k) · B (k×n), row-major, with 16×16 tiles in
// shared memory; out-of-range elements load as 0. drop removes barrier 1
// (between filling the tiles and reading them) or 2 (between reading them
// and refilling them).
func matmul(t testing.TB, drop int) *Kernel {
	b := New("matmul", "test", tile, tile)
	A, B := b.In("A", F32), b.In("B", F32)
	C := b.Out("C", F32)
	M, N, K := b.Scalar("m"), b.Scalar("n"), b.Scalar("k")
	As := b.SharedArray("As", F32, tile*tile)
	Bs := b.SharedArray("Bs", F32, tile*tile)
	tx, ty := Sp(ThreadIdxX), Sp(ThreadIdxY)
	row := b.Let("row", Add(Mul(Sp(BlockIdxY), I(tile)), ty))
	col := b.Let("col", Add(Mul(Sp(BlockIdxX), I(tile)), tx))
	acc := b.Var("acc", F(0))
	b.For("t0", I(0), K, I(tile), func(t0 Expr) {
		ac := b.Let("ac", Add(t0, tx))
		b.Store(As, Add(Mul(ty, I(tile)), tx), Sel(And(Lt(row, M), Lt(ac, K)), Ld(A, Add(Mul(row, K), ac)), F(0)))
		br := b.Let("br", Add(t0, ty))
		b.Store(Bs, Add(Mul(ty, I(tile)), tx), Sel(And(Lt(br, K), Lt(col, N)), Ld(B, Add(Mul(br, N), col)), F(0)))
		if drop != 1 {
			b.Barrier()
		}
		b.For("kk", I(0), I(tile), I(1), func(kk Expr) {
			b.Set(acc, Add(V(acc), Mul(Ld(As, Add(Mul(ty, I(tile)), kk)), Ld(Bs, Add(Mul(kk, I(tile)), tx)))))
		})
		if drop != 2 {
			b.Barrier()
		}
	})
	b.If(And(Lt(row, M), Lt(col, N)), func() { b.Store(C, Add(Mul(row, N), col), V(acc)) })
	return build(t, b)
}

// matmulRef sums in the kernel's order (k ascending, one rounding per
// product and per sum), so the results agree bit for bit.
func matmulRef(a, b []float32, m, n, k int) []float32 {
	c := make([]float32, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var acc float32
			for p := 0; p < k; p++ {
				acc += float32(a[i*k+p] * b[p*n+j])
			}
			c[i*n+j] = acc
		}
	}
	return c
}

func gridFor(m, n int) [3]int { return [3]int{(n + tile - 1) / tile, (m + tile - 1) / tile, 1} }

// reduce sums each block's 256 elements of x into out[block] with a tree
// in shared memory. dropFirst removes the barrier between filling shared
// memory and the first step; dropLoop the one after each step.
func reduce(t testing.TB, dropFirst, dropLoop bool) *Kernel {
	b := New("reduce", "test", 256)
	x := b.In("x", F32)
	out := b.Out("out", F32)
	n := b.Scalar("n")
	s := b.SharedArray("s", F32, 256)
	i := b.Let("i", Add(Mul(Bid(), Bdim()), Tid()))
	b.Store(s, Tid(), Sel(Lt(i, n), Ld(x, i), F(0)))
	if !dropFirst {
		b.Barrier()
	}
	b.For("k", I(0), I(8), I(1), func(k Expr) {
		stride := b.Let("stride", Shr(I(128), k))
		b.If(Lt(Tid(), stride), func() {
			b.Store(s, Tid(), Add(Ld(s, Tid()), Ld(s, Add(Tid(), stride))))
		})
		if !dropLoop {
			b.Barrier()
		}
	})
	b.If(Eq(Tid(), I(0)), func() { b.Store(out, Bid(), Ld(s, I(0))) })
	return build(t, b)
}

func reduceRef(x []float32, blocks int) []float32 {
	out := make([]float32, blocks)
	for blk := range out {
		s := make([]float32, 256)
		for i := range s {
			if j := blk*256 + i; j < len(x) {
				s[i] = x[j]
			}
		}
		for stride := 128; stride > 0; stride /= 2 {
			for i := 0; i < stride; i++ {
				s[i] += s[i+stride]
			}
		}
		out[blk] = s[0]
	}
	return out
}

// warpSum sums x over each warp twice: with a butterfly of xor shuffles
// (in a loop; every lane gets the sum, written to all[i]) and with down
// shuffles (unrolled; lane 0 gets it, written to lane0[warp]). It also
// broadcasts lane 3's index as an i64 with an idx shuffle into src[i],
// and shifts indices down by 20 lanes into dn[i] (lanes past 31 keep their
// own).
func warpSum(t testing.TB, threads int) *Kernel {
	b := New("warpsum", "test", threads)
	x := b.In("x", F32)
	all, lane0 := b.Out("all", F32), b.Out("lane0", F32)
	src, dn := b.Out("src", I64), b.Out("dn", I64)
	i := b.Let("i", Add(Mul(Bid(), Bdim()), Tid()))
	v := b.Let("v", Ld(x, i))
	vx := b.Var("vx", v)
	b.For("k", I(0), I(5), I(1), func(k Expr) {
		b.Set(vx, Add(V(vx), ShflXor(V(vx), Shr(I(16), k))))
	})
	b.Store(all, i, V(vx))
	vd := b.Var("vd", v)
	for d := int64(16); d >= 1; d /= 2 {
		b.Set(vd, Add(V(vd), ShflDown(V(vd), I(d))))
	}
	b.If(Eq(BitAnd(i, I(31)), I(0)), func() { b.Store(lane0, Div(i, I(32)), V(vd)) })
	b.Store(src, i, &Shfl{Kind: ShflKindIdx, X: i, Arg: I(3)})
	b.Store(dn, i, ShflDown(i, I(20)))
	return build(t, b)
}

func warpSumRef(x []float32) (all, lane0 []float32) {
	all = make([]float32, len(x))
	for w := 0; w < len(x)/32; w++ {
		v := append([]float32(nil), x[w*32:w*32+32]...)
		for m := 16; m >= 1; m /= 2 {
			nv := make([]float32, 32)
			for l := range nv {
				nv[l] = v[l] + v[l^m]
			}
			v = nv
		}
		copy(all[w*32:], v)
		v = append([]float32(nil), x[w*32:w*32+32]...)
		for d := 16; d >= 1; d /= 2 {
			nv := make([]float32, 32)
			for l := range nv {
				o := v[l]
				if l+d < 32 {
					o = v[l+d]
				}
				nv[l] = v[l] + o
			}
			v = nv
		}
		lane0 = append(lane0, v[0])
	}
	return all, lane0
}
