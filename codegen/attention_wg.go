package codegen

import (
	"fmt"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// The tensor-core attention kernel's products on Hopper's warpgroup MMA
// (TCTile.Wgmma). Warp w of warpgroup w/4 holds rows 16(w%4) … of the
// warpgroup's 64 queries in exactly the registers the mma.sync kernel
// uses (an m64nNk16 accumulator is the m16n8k16 C layout per warp,
// repeated over N/8 column blocks), so the online softmax, the mask and
// the epilogue are shared; only the two products differ. Each is one
// batch: wgmma.fence, the instructions, commit, wait.

// wgCopyRowCol maps copy x of a [rows][n] tile, 8 elements a copy, to its
// row and first column such that 8 consecutive copies fill one core
// matrix (rows j..j+7 of one 8-column block: 128 contiguous bytes of
// shared memory, no bank conflicts) and 4 of them cover 64 bytes of 8
// rows in global memory.
func wgCopyRowCol(b *kir.Builder, x kir.Expr, n int, tag string) (j, d kir.Expr) {
	j = b.Let(tag+"j", kir.Add(kir.Mul(kir.Div(x, i64c(n)), kir.I(8)), kir.Rem(x, kir.I(8))))
	d = b.Let(tag+"d", kir.Mul(kir.Rem(kir.Div(x, kir.I(8)), i64c(n/8)), kir.I(8)))
	return j, d
}

// wgTC emits the two products of one key tile.
type wgTC struct {
	b       *kir.Builder
	l       tcLayout
	s       AttnSpec
	qsm     *kir.Shared // Q in shared memory (QShared), or nil
	ks, vs  *kir.Shared
	qStart  kir.Expr      // the warpgroup's first Q element in qsm
	qpk     [][4]kir.Expr // Q as packed A registers per 16 of d (no QShared)
	qpkVars []*kir.Var
	sc      [][4]*kir.Var // the scores' accumulators by 8-key block
	scFlat  []*kir.Var    // … in wgmma order
	acc     []*kir.Var    // the output accumulators in wgmma order
}

func flat4(vs [][4]*kir.Var) []*kir.Var {
	var out []*kir.Var
	for _, v := range vs {
		out = append(out, v[:]...)
	}
	return out
}

func newWgTC(b *kir.Builder, l tcLayout, s AttnSpec, qa [][][8]kir.Expr, qsm, ks, vs *kir.Shared, sc, acc [][4]*kir.Var) *wgTC {
	w := &wgTC{b: b, l: l, s: s, qsm: qsm, ks: ks, vs: vs, sc: sc, scFlat: flat4(sc), acc: flat4(acc)}
	if qsm != nil {
		w.qStart = b.Let("wgq", kir.Mul(kir.Div(kir.Tid(), kir.I(128)), i64c(64*s.DK)))
		return w
	}
	b.Comment("q as packed A registers of wgmma (pairs of the fragment)")
	for kk := 0; kk < s.DK/16; kk++ {
		var r [4]kir.Expr
		for j := range r {
			v := b.Var(fmt.Sprintf("qp%d_%d", kk, j), kir.Pack(s.E, qa[0][kk][2*j], qa[0][kk][2*j+1]))
			w.qpkVars = append(w.qpkVars, v)
			r[j] = kir.V(v)
		}
		w.qpk = append(w.qpk, r)
	}
	return w
}

// scores emits S = q kᵀ for the key tile in stage st and waits for it.
func (w *wgTC) scores(st kir.Expr) {
	w.b.WgmmaFence(append(append([]*kir.Var{}, w.scFlat...), w.qpkVars...)...)
	w.issueScores(st)
	w.b.WgmmaCommit()
	w.b.WgmmaWait(0, w.scFlat...)
}

// issueScores emits the wgmma of S = q kᵀ for the key tile in stage st:
// DK/16 m64n(BK)k16, the K tile a K-major B (the caller fences, commits
// and waits).
func (w *wgTC) issueScores(st kir.Expr) {
	b, s, BK := w.b, w.s, w.l.BK
	from := "registers"
	if w.qsm != nil {
		from = "shared memory"
	}
	b.Comment("scores S = q kᵀ of the warpgroup's 64 queries × %d keys: %d wgmma m64n%dk16, q from %s, k K-major", BK, s.DK/16, BK, from)
	kbase := b.Let("wgk", kir.Mul(st, i64c(BK*s.DK)))
	for kk := 0; kk < s.DK/16; kk++ {
		kb := kir.WgmmaSmem{Src: w.ks, Start: kir.Add(kbase, i64c(128*kk)), LBO: 128, SBO: 16 * s.DK}
		switch {
		case w.l.TmaPlain:
			// No swizzle, column blocks outermost ([DK/8][BK][8]): K
			// step kk is column blocks 2kk, 2kk+1; core matrices adjacent
			// in K are 16·BK bytes apart, in N (keys) 128.
			kb = kir.WgmmaSmem{Src: w.ks, Start: kir.Add(kbase, i64c(2*kk*BK*8)), LBO: 16 * BK, SBO: 128}
		case w.l.Tma:
			// 128-byte swizzle, K-major: box kk/4 of 64 columns, 16 columns
			// (32 bytes) a K step within its rows; 8-key groups 1024 bytes
			// apart.
			kb = kir.WgmmaSmem{Src: w.ks, Start: kir.Add(kbase, i64c(kk/4*BK*64+kk%4*16)), LBO: 16, SBO: 1024, Swizzle: 128}
		}
		op := &kir.Wgmma{N: BK, D: w.scFlat, Accumulate: kk > 0, B: kb}
		switch {
		case w.l.QTma:
			// Q by TMA: [DK/64][64][64] a warpgroup in the 128-byte
			// swizzle, K-major like the K tile.
			op.ASmem = &kir.WgmmaSmem{Src: w.qsm, Start: kir.Add(w.qStart, i64c(kk/4*64*64+kk%4*16)), LBO: 16, SBO: 1024, Swizzle: 128}
		case w.qsm != nil:
			op.ASmem = &kir.WgmmaSmem{Src: w.qsm, Start: kir.Add(w.qStart, i64c(128*kk)), LBO: 128, SBO: 16 * s.DK}
		default:
			op.A = w.qpk[kk]
		}
		b.Wgmma(op)
	}
}

// pv emits o += p v for the key tile in stage st and waits for it.
func (w *wgTC) pv(st kir.Expr) {
	pk := w.pack()
	w.b.WgmmaFence(append(append([]*kir.Var{}, w.acc...), flat4(pk)...)...)
	w.issuePV(st, pk)
	w.b.WgmmaCommit()
	w.b.WgmmaWait(0, w.acc...)
}

// pPair is register j of k-step kt of p packed for the PV product: two
// score registers, the accumulator layout being the A layout.
func (w *wgTC) pPair(kt, j int) kir.Expr {
	src := w.sc[2*kt+j/2]
	return kir.Pack(w.s.E, kir.V(src[2*(j%2)]), kir.V(src[2*(j%2)+1]))
}

// pack packs p, in the score registers, into new A registers of the PV
// product: BK/16 × 4 f16x2.
func (w *wgTC) pack() [][4]*kir.Var {
	vs := make([][4]*kir.Var, w.l.BK/16)
	for kt := range vs {
		for j := range vs[kt] {
			vs[kt][j] = w.b.Var(fmt.Sprintf("pp%d_%d", kt, j), w.pPair(kt, j))
		}
	}
	return vs
}

// packVars declares registers for p packed (zero), for a pipeline that
// keeps them live from one key tile to the next (see packInto).
func (w *wgTC) packVars() [][4]*kir.Var {
	vs := make([][4]*kir.Var, w.l.BK/16)
	for kt := range vs {
		for j := range vs[kt] {
			vs[kt][j] = w.b.Var(fmt.Sprintf("pp%d_%d", kt, j), kir.Pack(w.s.E, kir.F(0), kir.F(0)))
		}
	}
	return vs
}

// packInto packs p into vs: registers declared before the loop, so that a
// PV still in flight keeps reading the previous tile's.
func (w *wgTC) packInto(vs [][4]*kir.Var) {
	for kt := range vs {
		for j, v := range vs[kt] {
			w.b.Set(v, w.pPair(kt, j))
		}
	}
}

// issuePV emits the wgmma of o += p v for the key tile in stage st: BK/16
// m64n(DV)k16, A the packed p (pk), the V tile an MN-major B.
func (w *wgTC) issuePV(st kir.Expr, pk [][4]*kir.Var) {
	b, s, BK := w.b, w.s, w.l.BK
	b.Comment("o += p v: p packed from the scores' registers, %d wgmma m64n%dk16, v MN-major", BK/16, s.DV)
	vbase := b.Let("wgv", kir.Mul(st, i64c(BK*s.DV)))
	for kt := 0; kt < BK/16; kt++ {
		a := [4]kir.Expr{kir.V(pk[kt][0]), kir.V(pk[kt][1]), kir.V(pk[kt][2]), kir.V(pk[kt][3])}
		vb := kir.WgmmaSmem{Src: w.vs, Start: kir.Add(vbase, i64c(16*kt*s.DV)), LBO: 16 * s.DV, SBO: 128, MNMajor: true}
		switch {
		case w.l.TmaPlain:
			// No swizzle, [DV/8][BK][8]: a core matrix is 8 keys × 8
			// columns; adjacent in K (keys) 128 bytes apart, in N 16·BK.
			vb = kir.WgmmaSmem{Src: w.vs, Start: kir.Add(vbase, i64c(kt*128)), LBO: 128, SBO: 16 * BK, MNMajor: true}
		case w.l.Tma:
			// 128-byte swizzle, MN-major: 16 keys (rows of 128 bytes) a K
			// step, 8-key groups 1024 bytes apart, the boxes of 64 columns
			// BK·128 bytes apart.
			vb = kir.WgmmaSmem{Src: w.vs, Start: kir.Add(vbase, i64c(16*kt*64)), LBO: BK * 128, SBO: 1024, MNMajor: true, Swizzle: 128}
		}
		b.Wgmma(&kir.Wgmma{N: s.DV, D: w.acc, A: a, Accumulate: true, B: vb})
	}
}
