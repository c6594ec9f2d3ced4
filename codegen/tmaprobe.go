package codegen

import "github.com/hopf-ml/hopf/codegen/kir"

// The TMA probe's tensor: x starts with a [TmaProbeB][TmaProbeT][TmaProbeLD]
// tensor whose batch 1 is loaded as four 64×64 boxes (rows past T are
// zeros), then holds A, 64×128 row-major.
const (
	TmaProbeB, TmaProbeT, TmaProbeLD = 2, 40, 256
	tmaProbeA                        = TmaProbeB * TmaProbeT * TmaProbeLD
	// TmaProbeInputs is the length of x.
	TmaProbeInputs = tmaProbeA + 64*128
	// TmaProbeOutputs is the length of d: six products.
	TmaProbeOutputs = 64*64 + 64*64 + 64*128 + 64*64 + 64*32 + 64*64
)

// TmaProbeKernel checks Hopper's tensor memory accelerator and the
// 128-byte swizzle on their own, as the attention kernels with TCTile.Tma
// use them, against plain matrix products (TmaProbeRef). One warpgroup;
// params: x (e, read; TmaProbeInputs values), m (a tensor map over x's
// first tensor: dims {LD, T, B}, box {64, 64, 1}, 128-byte swizzle), m0
// (the same view, box {8, 32, 1}, no swizzle: TCTile.TmaPlain) and d (f32,
// write). Thread 0 initialises two mbarriers; on the first it expects 32
// KiB and issues four loads of batch 1 by m at columns 0, 64 (K: a 64×128
// tile, rows = keys) and 128, 192 (V: 64×128); on the second 8 KiB, 16
// loads by m0 of keys 0…31 of K[:, :64] and V[:, :64], 8 columns each,
// into column blocks of 32 rows. Every thread waits for phase 0 of both.
// The arrays stay within 48 KiB of static shared memory. Then A (from
// registers, read from x) times:
//
//	d[0:4096]       K[:, :64]ᵀ  (64×64; K-major B, Start advanced 16 elements per K step)
//	d[4096:8192]    V[:, :64]   (64×64; MN-major B, SBO 1024: 8-key groups)
//	d[8192:16384]   V           (64×128; MN-major, LBO 8192: the second 64-column box)
//	d[16384:20480]  Kᵀ          (64×64 over d 128: K steps 4–7 in the second box)
//	d[20480:22528]  K[:32, :64]ᵀ  without swizzle (64×32; K-major, LBO 512 between column blocks, SBO 128)
//	d[22528:26624]  V[:32, :64]   without swizzle (64×64 over 32 keys; MN-major, LBO 128 between 8-key groups, SBO 512)
//
// with the keys 40…63 of the boxes zero (past T).
func TmaProbeKernel(name string, e kir.Type) (*kir.Kernel, error) {
	b := kir.New(name, "probe: TMA loads (3-D, 128-byte swizzle, zero fill) read by wgmma against plain matrix products", 128)
	x := b.In("x", e)
	m := b.TensorMapParam("m", e, kir.TensorMap{Box: []int{64, 64, 1}, Swizzle: 128})
	m0 := b.TensorMapParam("m0", e, kir.TensorMap{Box: []int{8, 32, 1}})
	d := b.Out("d", kir.F32)
	ks := b.AlignedSharedArray("ks", e, 2*64*64, 1024)
	vs := b.AlignedSharedArray("vs", e, 2*64*64, 1024)
	ks0 := b.AlignedSharedArray("ks0", e, 32*64, 128)
	vs0 := b.AlignedSharedArray("vs0", e, 32*64, 128)
	bar := b.SharedArray("bar", kir.I64, 2)
	tid := b.Let("tid", kir.Tid())
	zero, one := kir.I(0), kir.I(1)
	b.If(kir.Eq(tid, zero), func() {
		b.MbarInit(bar, zero, 1)
		b.MbarInit(bar, one, 1)
		b.FenceMbarInit()
	})
	b.Barrier()
	b.If(kir.Eq(tid, zero), func() {
		b.MbarArriveTx(bar, zero, 4*64*64*e.Size())
		for i, col := range []int64{0, 64, 128, 192} {
			dst := ks
			if col >= 128 {
				dst = vs
			}
			b.TmaLoad(dst, kir.I(int64(i%2*64*64)), m, []kir.Expr{kir.I(col), zero, kir.I(1)}, bar, zero)
		}
		b.MbarArriveTx(bar, one, 2*32*64*e.Size())
		for c := 0; c < 8; c++ {
			b.TmaLoad(ks0, kir.I(int64(c*32*8)), m0, []kir.Expr{kir.I(int64(8 * c)), zero, one}, bar, one)
			b.TmaLoad(vs0, kir.I(int64(c*32*8)), m0, []kir.Expr{kir.I(int64(128 + 8*c)), zero, one}, bar, one)
		}
	})
	b.MbarWait(bar, zero, zero)
	b.MbarWait(bar, one, zero)

	// A fragments (Mma's layout per warp) for the K steps of 16, all made
	// before the fence (ptxas serializes wgmma whose registers are written
	// between them).
	var aregs []*kir.Var
	a := func(kk int) [4]kir.Expr {
		var r [4]kir.Expr
		for j := range r {
			var v [2]kir.Expr
			for h := range v {
				row, col := kir.MmaA(0, 2*j+h)
				rr := kir.Add(kir.Add(kir.Mul(kir.Div(tid, kir.I(32)), kir.I(16)), kir.Div(kir.Rem(tid, kir.I(32)), kir.I(4))), kir.I(int64(row)))
				cc := kir.Add(kir.Mul(kir.Rem(tid, kir.I(4)), kir.I(2)), kir.I(int64(col+16*kk)))
				v[h] = kir.Ld(x, kir.Add(kir.I(tmaProbeA), kir.Add(kir.Mul(rr, kir.I(128)), cc)))
			}
			av := b.Var("ar", kir.Pack(e, v[0], v[1]))
			aregs = append(aregs, av)
			r[j] = kir.V(av)
		}
		return r
	}
	var ak [8][4]kir.Expr
	for kk := range ak {
		ak[kk] = a(kk)
	}
	// Batches (Kᵀ at d 64, at d 128, V, the unswizzled pair; both
	// swizzled K products in one batch had ptxas serialize it), each: fence, wgmma with the first K step
	// not accumulating (scale-d 0), commit, wait, store.
	type prod struct {
		acc  []*kir.Var
		n    int // columns
		off  int // in d
		desc func(kk int) kir.WgmmaSmem
		ks   int // K steps
	}
	kdesc := func(kk int) kir.WgmmaSmem {
		// K-major: keys are N; K step kk is 16 columns on, in the box of
		// its 64 (32 bytes a step inside the swizzled rows).
		return kir.WgmmaSmem{Src: ks, Start: kir.I(int64(kk/4*64*64 + kk%4*16)), LBO: 16, SBO: 1024, Swizzle: 128}
	}
	vdesc := func(kk int) kir.WgmmaSmem {
		// MN-major: keys are K, 16 rows of 128 bytes a step; the second 64
		// columns LBO on.
		return kir.WgmmaSmem{Src: vs, Start: kir.I(int64(kk * 16 * 64)), LBO: 64 * 128, SBO: 1024, MNMajor: true, Swizzle: 128}
	}
	batch := func(ps ...prod) {
		var all []*kir.Var
		for i := range ps {
			ps[i].acc = make([]*kir.Var, ps[i].n/2)
			for j := range ps[i].acc {
				ps[i].acc[j] = b.Var("acc", kir.F(0))
			}
			all = append(all, ps[i].acc...)
		}
		b.WgmmaFence(append(append([]*kir.Var{}, all...), aregs...)...)
		for _, p := range ps {
			for kk := 0; kk < p.ks; kk++ {
				b.Wgmma(&kir.Wgmma{N: p.n, D: p.acc, A: ak[kk], B: p.desc(kk), Accumulate: kk > 0})
			}
		}
		b.WgmmaCommit()
		b.WgmmaWait(0, all...)
		for _, p := range ps {
			for i, v := range p.acc {
				row, col := kir.WgmmaD(0, i) // thread 0's; the others add 16·warp + g and 2q
				rr := kir.Add(kir.Add(kir.Mul(kir.Div(tid, kir.I(32)), kir.I(16)), kir.Div(kir.Rem(tid, kir.I(32)), kir.I(4))), kir.I(int64(row)))
				cc := kir.Add(kir.Mul(kir.Rem(tid, kir.I(4)), kir.I(2)), kir.I(int64(col)))
				b.Store(d, kir.Add(kir.I(int64(p.off)), kir.Add(kir.Mul(rr, kir.I(int64(p.n))), cc)), kir.V(v))
			}
		}
	}
	batch(prod{n: 64, off: 0, desc: kdesc, ks: 4})
	batch(prod{n: 64, off: 16384, desc: kdesc, ks: 8})
	batch(prod{n: 64, off: 4096, desc: vdesc, ks: 4}, prod{n: 128, off: 8192, desc: vdesc, ks: 4})
	batch(prod{n: 32, off: 20480, ks: 4, desc: func(kk int) kir.WgmmaSmem {
		return kir.WgmmaSmem{Src: ks0, Start: kir.I(int64(2 * kk * 32 * 8)), LBO: 16 * 32, SBO: 128}
	}}, prod{n: 64, off: 22528, ks: 2, desc: func(kk int) kir.WgmmaSmem {
		return kir.WgmmaSmem{Src: vs0, Start: kir.I(int64(kk * 128)), LBO: 128, SBO: 16 * 32, MNMajor: true}
	}})
	return b.Build()
}

// TmaProbeRef is what TmaProbeKernel writes for x (as f32 values), in f64,
// written from the layout of x (not from kir's swizzle).
func TmaProbeRef(x []float32) []float64 {
	at := func(t, col int) float64 { // batch 1, zero past T
		if t >= TmaProbeT {
			return 0
		}
		return float64(x[(TmaProbeT+t)*TmaProbeLD+col])
	}
	a := func(r, k int) float64 { return float64(x[tmaProbeA+r*128+k]) }
	var d []float64
	prod := func(n, kn int, bv func(k, c int) float64) {
		for r := 0; r < 64; r++ {
			for c := 0; c < n; c++ {
				s := 0.0
				for k := 0; k < kn; k++ {
					s += a(r, k) * bv(k, c)
				}
				d = append(d, s)
			}
		}
	}
	prod(64, 64, func(k, c int) float64 { return at(c, k) })     // K[:, :64]ᵀ: key c, d k
	prod(64, 64, func(k, c int) float64 { return at(k, 128+c) }) // V: key k, column c
	prod(128, 64, func(k, c int) float64 { return at(k, 128+c) })
	prod(64, 128, func(k, c int) float64 { return at(c, k) })
	prod(32, 64, func(k, c int) float64 { return at(c, k) })
	prod(64, 32, func(k, c int) float64 { return at(k, 128+c) })
	return d
}
