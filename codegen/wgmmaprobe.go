package codegen

import "github.com/hopf-ml/hopf/codegen/kir"

// WgmmaProbeN is the N of WgmmaProbeKernel's products.
const WgmmaProbeN = 16

// WgmmaProbeKernel is Hopper's warpgroup MMA (kir.Wgmma, m64n16k16) on its
// own, to check the shared-memory layouts, the descriptors and the
// fragment layouts on the simulator and on a GPU against a plain matrix
// product. One warpgroup (128 threads). Params: x (e, read: A 64×16, then
// B 16×16, then C 64×16, all row-major) and d (f32, write: three 64×16
// row-major results):
//
//	d[0:1024]     A·B + C, A and B in shared memory, both K-major
//	d[1024:2048]  A·B + C, A in registers (packed pairs), B MN-major
//	d[2048:3072]  A·B, A and B as in the first, accumulators not read
//	              (scale-d 0; they hold 1e9 before)
//
// The layouts are written out here from the PTX ISA ("Shared Memory Matrix
// Layout", no swizzle: 8×16-byte core matrices, LBO between core matrices
// adjacent in K, SBO adjacent in M/N; "Register Fragments" of
// wgmma.m64nNk16) rather than taken from kir.WgmmaSmem.Offset, WgmmaA and
// WgmmaD: warp w holds rows 16w…16w+15; with g = lane/4, q = lane%4, A
// element i is row g (+8 for i in {2,3,6,7}), column 2q + i%2 (+8 for
// i ≥ 4), and accumulator i row g (+8 for i%4 ≥ 2), column 8·(i/4) + 2q +
// i%2.
func WgmmaProbeKernel(name string, e kir.Type) (*kir.Kernel, error) {
	const N = WgmmaProbeN
	b := kir.New(name, "probe: wgmma m64n16k16 against a plain matrix product", 128)
	x, d := b.In("x", e), b.Out("d", kir.F32)
	tid := kir.Tid()
	warp := b.Let("warp", kir.Div(tid, kir.I(32)))
	lane := b.Let("lane", kir.Rem(tid, kir.I(32)))
	g := b.Let("g", kir.Div(lane, kir.I(4)))
	q := b.Let("q", kir.Rem(lane, kir.I(4)))
	as := b.SharedArray("as", e, 64*16)
	bk := b.SharedArray("bk", e, 16*N)
	bn := b.SharedArray("bn", e, 16*N)
	// A (row r, column k), K-major: core matrix (r/8, k/8) at
	// (r/8)·256 + (k/8)·128 bytes, row r%8 of it 16 bytes each:
	// LBO 128, SBO 256.
	b.For("i", tid, kir.I(64*16), kir.I(128), func(i kir.Expr) {
		r, k := kir.Div(i, kir.I(16)), kir.Rem(i, kir.I(16))
		idx := kir.Add(kir.Add(kir.Mul(kir.Div(r, kir.I(8)), kir.I(128)), kir.Mul(kir.Div(k, kir.I(8)), kir.I(64))),
			kir.Add(kir.Mul(kir.Rem(r, kir.I(8)), kir.I(8)), kir.Rem(k, kir.I(8))))
		b.Store(as, idx, kir.Ld(x, i))
	})
	// B (row k, column n). K-major: core matrix rows are columns n: (n/8,
	// k/8) at (n/8)·256 + (k/8)·128 bytes (LBO 128, SBO 256). MN-major:
	// core matrix rows are rows k, 8 consecutive n: (k/8, n/8) at
	// (k/8)·256 + (n/8)·128 bytes (LBO 256, SBO 128).
	b.For("i", tid, kir.I(16*N), kir.I(128), func(i kir.Expr) {
		k, n := kir.Div(i, kir.I(N)), kir.Rem(i, kir.I(N))
		v := kir.Ld(x, kir.Add(kir.I(64*16), i))
		b.Store(bk, kir.Add(kir.Add(kir.Mul(kir.Div(n, kir.I(8)), kir.I(128)), kir.Mul(kir.Div(k, kir.I(8)), kir.I(64))),
			kir.Add(kir.Mul(kir.Rem(n, kir.I(8)), kir.I(8)), kir.Rem(k, kir.I(8)))), v)
		b.Store(bn, kir.Add(kir.Add(kir.Mul(kir.Div(k, kir.I(8)), kir.I(128)), kir.Mul(kir.Div(n, kir.I(8)), kir.I(64))),
			kir.Add(kir.Mul(kir.Rem(k, kir.I(8)), kir.I(8)), kir.Rem(n, kir.I(8)))), v)
	})
	b.FenceProxyAsync()
	b.Barrier()

	// This thread's accumulator elements (row, column) → index into a 64×N
	// row-major matrix.
	idx := make([]kir.Expr, N/2)
	d1, d2, d3 := make([]*kir.Var, N/2), make([]*kir.Var, N/2), make([]*kir.Var, N/2)
	for i := range idx {
		row := kir.Add(kir.Mul(warp, kir.I(16)), kir.Add(g, kir.I(int64(8*((i/2)%2)))))
		col := kir.Add(kir.I(int64(8*(i/4)+i%2)), kir.Mul(q, kir.I(2)))
		idx[i] = b.Let("di", kir.Add(kir.Mul(row, kir.I(N)), col))
		c := kir.To(kir.F32, kir.Ld(x, kir.Add(kir.I(64*16+16*N), idx[i])))
		d1[i] = b.Var("d1", c)
		d2[i] = b.Var("d2", c)
		d3[i] = b.Var("d3", kir.F(1e9))
	}
	// A in registers: pairs (2j, 2j+1) of the fragment.
	var a [4]kir.Expr
	for j := range a {
		var v [2]kir.Expr
		for h := range v {
			i := 2*j + h
			row := kir.Add(kir.Mul(warp, kir.I(16)), kir.Add(g, kir.I(int64(8*((i>>1)&1)))))
			col := kir.Add(kir.Mul(q, kir.I(2)), kir.I(int64(i&1+8*(i>>2))))
			v[h] = kir.Ld(x, kir.Add(kir.Mul(row, kir.I(16)), col))
		}
		a[j] = b.Let("ar", kir.Pack(e, v[0], v[1]))
	}
	kmaj := func(arr *kir.Shared) kir.WgmmaSmem {
		return kir.WgmmaSmem{Src: arr, Start: kir.I(0), LBO: 128, SBO: 256}
	}
	am := kmaj(as)
	b.WgmmaFence(append(append(append([]*kir.Var{}, d1...), d2...), d3...)...)
	b.Wgmma(&kir.Wgmma{N: N, D: d1, ASmem: &am, B: kmaj(bk), Accumulate: true})
	b.Wgmma(&kir.Wgmma{N: N, D: d2, A: a, B: kir.WgmmaSmem{Src: bn, Start: kir.I(0), LBO: 256, SBO: 128, MNMajor: true}, Accumulate: true})
	b.Wgmma(&kir.Wgmma{N: N, D: d3, ASmem: &am, B: kmaj(bk)})
	b.WgmmaCommit()
	b.WgmmaWait(0, append(append(append([]*kir.Var{}, d1...), d2...), d3...)...)
	for i := range idx {
		b.Store(d, idx[i], kir.V(d1[i]))
		b.Store(d, kir.Add(idx[i], kir.I(1024)), kir.V(d2[i]))
		b.Store(d, kir.Add(idx[i], kir.I(2048)), kir.V(d3[i]))
	}
	return b.Build()
}

// WgmmaProbeRef is what WgmmaProbeKernel writes for x (as f32 values), in
// f64.
func WgmmaProbeRef(x []float32) []float64 {
	const N = WgmmaProbeN
	d := make([]float64, 3*64*N)
	for r := 0; r < 64; r++ {
		for c := 0; c < N; c++ {
			s := 0.0
			for k := 0; k < 16; k++ {
				s += float64(x[r*16+k]) * float64(x[64*16+k*N+c])
			}
			cc := float64(x[64*16+16*N+r*N+c])
			d[r*N+c], d[64*N+r*N+c], d[2*64*N+r*N+c] = s+cc, s+cc, s
		}
	}
	return d
}

// WgmmaProbeInputs is the probe's x length.
const WgmmaProbeInputs = 64*16 + 16*WgmmaProbeN + 64*WgmmaProbeN
