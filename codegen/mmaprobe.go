package codegen

import "github.com/hopf-ml/hopf/codegen/kir"

// MmaProbeKernel is one tensor-core m16n8k16 (kir.Mma) on its own, to
// check the fragment layouts on the simulator and on a GPU against a plain
// matrix product. Params: x (e, read: A 16×16, then B 16×8, then C 16×8,
// all row-major; C is converted to f32), d (f32, write: D = A·B + C,
// 16×8 row-major, twice: d[0:128] with the fragments loaded from global
// memory, d[128:256] with A and B staged in shared memory and loaded by
// kir.LdMatrix, A without and B with .trans). One block of two warps: both
// multiply, the first stores. Each lane loads its fragment elements with the index formulas of
// the PTX ISA ("Matrix Fragments for mma.m16n8k16 with floating point
// type"), written out here rather than taken from kir.MmaA/MmaB/MmaC:
// groupID = lane >> 2, threadID_in_group = lane % 4; a_i: row groupID
// (+8 for i in {2,3,6,7}), column 2·tig + (i & 1) (+8 for i ≥ 4); b_i: row
// 2·tig + (i & 1) (+8 for i ≥ 2), column groupID; c_i: row groupID (+8
// for i ≥ 2), column 2·tig + (i & 1).
func MmaProbeKernel(name string, e kir.Type) (*kir.Kernel, error) {
	b := kir.New(name, "probe: one mma.sync m16n8k16 against a plain matrix product", 64)
	x, d := b.In("x", e), b.Out("d", kir.F32)
	lane := b.Let("lane", kir.Rem(kir.Tid(), kir.I(32)))
	gid := b.Let("gid", kir.Shr(lane, kir.I(2)))
	tig := b.Let("tig", kir.Rem(lane, kir.I(4)))
	var av [8]kir.Expr
	for i := range av {
		row := kir.Add(gid, kir.I(int64(8*((i>>1)&1))))
		col := kir.Add(kir.Mul(tig, kir.I(2)), kir.I(int64(i&1+8*(i>>2))))
		av[i] = kir.Ld(x, kir.Add(kir.Mul(row, kir.I(16)), col))
	}
	var bv [4]kir.Expr
	for i := range bv {
		row := kir.Add(kir.Mul(tig, kir.I(2)), kir.I(int64(i&1+8*(i>>1))))
		bv[i] = kir.Ld(x, kir.Add(kir.I(256), kir.Add(kir.Mul(row, kir.I(8)), gid)))
	}
	var cv [4]kir.Expr
	var dv [4]*kir.Var
	idx := make([]kir.Expr, 4)
	for i := range cv {
		row := kir.Add(gid, kir.I(int64(8*(i>>1))))
		col := kir.Add(kir.Mul(tig, kir.I(2)), kir.I(int64(i&1)))
		idx[i] = b.Let("ci", kir.Add(kir.Mul(row, kir.I(8)), col))
		cv[i] = kir.To(kir.F32, kir.Ld(x, kir.Add(kir.I(384), idx[i])))
		dv[i] = b.Var("d", kir.F(0))
	}
	b.Mma(dv, av, bv, cv)

	// The same product with A and B from shared memory through ldmatrix:
	// lane ℓ gives row ℓ%8 of matrix ℓ/8. A's matrices are its four 8×8
	// quarters in fragment order (rows 0–7 and 8–15 of columns 0–7, then of
	// columns 8–15); B's are its rows 0–7 and 8–15, transposed on loading.
	as, bs := b.SharedArray("as", e, 256), b.SharedArray("bs", e, 128)
	b.For("i", kir.Tid(), kir.I(384), kir.I(64), func(i kir.Expr) {
		b.If(kir.Lt(i, kir.I(256)), func() { b.Store(as, i, kir.Ld(x, i)) })
		b.If(kir.Ge(i, kir.I(256)), func() { b.Store(bs, kir.Sub(i, kir.I(256)), kir.Ld(x, i)) })
	})
	b.Barrier()
	r8 := b.Let("r8", kir.Rem(lane, kir.I(8)))
	m := b.Let("m", kir.Div(lane, kir.I(8)))
	arow := kir.Add(kir.Mul(kir.Add(r8, kir.Mul(kir.Rem(m, kir.I(2)), kir.I(8))), kir.I(16)), kir.Mul(kir.Div(m, kir.I(2)), kir.I(8)))
	al := b.LdMatrix("la", as, arow, 4, false)
	bl := b.LdMatrix("lb", bs, kir.Mul(kir.Add(r8, kir.Mul(kir.Rem(m, kir.I(2)), kir.I(8))), kir.I(8)), 2, true)
	var a2 [8]kir.Expr
	for i := range a2 {
		a2[i] = kir.V(al[i])
	}
	b2 := [4]kir.Expr{kir.V(bl[0]), kir.V(bl[1]), kir.V(bl[2]), kir.V(bl[3])}
	var d2 [4]*kir.Var
	for i := range d2 {
		d2[i] = b.Var("d2", kir.F(0))
	}
	b.Mma(d2, a2, b2, cv)
	b.If(kir.Lt(kir.Tid(), kir.I(32)), func() {
		for i := range dv {
			b.Store(d, idx[i], kir.V(dv[i]))
			b.Store(d, kir.Add(idx[i], kir.I(128)), kir.V(d2[i]))
		}
	})
	return b.Build()
}

// MmaProbeRef is D = A·B + C in f64 for MmaProbeKernel's x (as f32
// values), twice, as the kernel writes it.
func MmaProbeRef(x []float32) []float64 {
	d := make([]float64, 256)
	for r := 0; r < 16; r++ {
		for c := 0; c < 8; c++ {
			s := float64(x[384+r*8+c])
			for k := 0; k < 16; k++ {
				s += float64(x[r*16+k]) * float64(x[256+k*8+c])
			}
			d[r*8+c], d[128+r*8+c] = s, s
		}
	}
	return d
}
