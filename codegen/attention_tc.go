package codegen

import (
	"fmt"
	"math"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Tensor-core attention: softmax attention in f16/bf16 with both matrix
// products (QKᵀ and PV) on the tensor cores (kir.Mma, m16n8k16, f32
// accumulators), in the register-resident style of FlashAttention-2.
//
// A block is tcWarps warps; warp w owns the 16 queries t0+16w … t0+16w+15
// of the block's tile and keeps, in registers: its Q as A fragments (DK/16
// of them), the scores of the current key tile as C fragments (BK/8), and
// its output accumulators as C fragments (DV/8). A thread of the warp
// holds elements of rows g and g+8 (g = lane/4), so the online-softmax
// statistics (running max m, partial sum l) are two pairs per thread; the
// row max is reduced over the four lanes of a row (shuffles xor 1, 2) every
// tile, the row sum only once at the end (every lane of a row rescales by
// the same factor). The C fragments of the scores, turned into f16/bf16,
// are exactly the A fragments of the PV product (two 16×8 score tiles make
// one 16×16 A operand), so P never leaves the registers. Keys and values
// of a tile are staged in shared memory row-major, [BK][DK+8] and
// [BK][DV+8], 16 bytes a copy where the qkv rows are 16-byte aligned (LD a
// multiple of 8); the B fragments come out by ldmatrix (four 8×8 matrices,
// two mma's worth, per instruction; V with .trans). The 8-element pad puts
// the 8 rows one ldmatrix reads on different banks.

const tcWarps = 4

// tcLayout is the tiling of the tensor-core attention kernel.
type tcLayout struct{ BQ, BK, KS, VS int }

func (l tcLayout) threads() int { return 32 * tcWarps }

// sharedBytes of one block: the K and V tiles in the element type.
func (l tcLayout) sharedBytes(s AttnSpec) int {
	return l.BK * (l.KS + l.VS) * s.E.Size()
}

// TensorCores reports whether AttentionKernel uses the tensor-core kernel
// for s, and if not, why not.
func (s AttnSpec) TensorCores() (bool, string) {
	switch {
	case s.Scalar:
		return false, "tensor cores turned off (Scalar)"
	case s.E != kir.F16 && s.E != kir.BF16:
		return false, fmt.Sprintf("element type %s (tensor cores take f16 or bf16)", s.E)
	case !s.Softmax:
		return false, "linear attention"
	case s.Feature != "" && s.Feature != "identity":
		return false, "feature map " + s.Feature
	case s.DK%16 != 0 || s.DK > 128:
		return false, fmt.Sprintf("d_k %d (want a multiple of 16, at most 128)", s.DK)
	case s.DV%16 != 0 || s.DV > 128:
		return false, fmt.Sprintf("d_v %d (want a multiple of 16, at most 128)", s.DV)
	}
	return true, ""
}

func tcPlan(s AttnSpec) tcLayout {
	l := tcLayout{BQ: 16 * tcWarps, BK: 64}
	if s.DK > 64 || s.DV > 64 {
		l.BK = 32 // keeps Q, scores and accumulators within ~170 registers at d = 128
	}
	l.KS, l.VS = s.DK+8, s.DV+8
	return l
}

// attentionTC generates the tensor-core kernel; the spec is valid and
// s.TensorCores() holds. Parameters, grid semantics and results are those
// of AttentionKernel.
func attentionTC(name, origin string, s AttnSpec) (*kir.Kernel, error) {
	l := tcPlan(s)
	H, DK, DV, LD, E := s.H, s.DK, s.DV, s.LD, s.E
	BQ, BK, KS, VS := l.BQ, l.BK, l.KS, l.VS
	b := kir.New(name, origin, l.threads())
	qkv, o := b.In("qkv", E), b.Out("o", E)
	b.Scalar("B")
	T := b.Scalar("T")
	ks := b.SharedArray("ks", E, BK*KS) // k of the key tile [BK][DK+8]
	vs := b.SharedArray("vs", E, BK*VS) // v of the key tile [BK][DV+8]

	b.Comment("softmax attention on tensor cores (mma m16n8k16, %s in, f32 accumulate), mask %s: %d warps × 16 queries per block, key tiles of %d",
		E, s.Mask, tcWarps, BK)
	tid := b.Let("tid", kir.Tid())
	lane := b.Let("lane", kir.Rem(tid, kir.I(32)))
	g := b.Let("g", kir.Div(lane, kir.I(4))) // fragment row (and row + 8)
	q4 := b.Let("q", kir.Rem(lane, kir.I(4)))
	h := b.Let("h", kir.Sp(kir.BlockIdxY))
	bb := b.Let("b", kir.Sp(kir.BlockIdxZ))
	t0 := b.Let("t0", kir.Mul(kir.Sp(kir.BlockIdxX), i64c(BQ)))
	tw := b.Let("tw", kir.Add(t0, kir.Mul(kir.Div(tid, kir.I(32)), kir.I(16)))) // the warp's first query
	tend := b.Let("tend", kir.Min(kir.Add(t0, i64c(BQ)), T))
	rowOf := func(t kir.Expr) kir.Expr { return kir.Mul(kir.Add(kir.Mul(bb, T), t), i64c(LD)) }
	// The thread's two queries: rows g and g+8 of the warp's 16.
	tq := [2]kir.Expr{b.Let("tq0", kir.Add(tw, g)), b.Let("tq1", kir.Add(tw, kir.Add(g, kir.I(8))))}

	var klo, khi kir.Expr
	switch s.Mask {
	case "causal":
		klo, khi = kir.I(0), tend
	case "strict":
		klo, khi = kir.I(0), b.Let("khi", kir.Sub(tend, kir.I(1)))
	case "none":
		klo, khi = kir.I(0), T
	case "window":
		klo, khi = b.Let("klo", kir.Max(kir.Sub(t0, i64c(s.Window-1)), kir.I(0))), tend
	}
	visible := func(tk, tq kir.Expr) kir.Expr {
		in := kir.Lt(tk, khi)
		switch s.Mask {
		case "causal":
			return kir.And(in, kir.Le(tk, tq))
		case "strict":
			return kir.And(in, kir.Lt(tk, tq))
		case "window":
			return kir.And(in, kir.And(kir.Le(tk, tq), kir.Gt(kir.Add(tk, i64c(s.Window)), tq)))
		}
		return in
	}

	b.Comment("q of the warp's 16 queries as %d A fragments (queries past T read row T−1 and write nothing)", DK/16)
	qrow := [2]kir.Expr{}
	for r := range qrow {
		qrow[r] = b.Let(fmt.Sprintf("qrow%d", r), kir.Add(rowOf(kir.Min(tq[r], kir.Sub(T, kir.I(1)))), kir.Add(kir.Mul(h, i64c(DK)), kir.Mul(q4, kir.I(2)))))
	}
	qa := make([][8]kir.Expr, DK/16)
	for kk := range qa {
		for i := 0; i < 8; i++ {
			r, c := kir.MmaA(0, i) // lane 0: row (i/2)%2·8, column i%2 + 8·(i/4); lanes add g and 2q
			qa[kk][i] = kir.V(b.Var(fmt.Sprintf("qa%d_%d", kk, i), kir.Ld(qkv, kir.Add(qrow[r/8], i64c(16*kk+c)))))
		}
	}

	negInf := kir.F(math.Inf(-1))
	zero := kir.F(0)
	var m, lsum [2]*kir.Var
	for r := range m {
		m[r] = b.Var(fmt.Sprintf("m%d", r), negInf)
		lsum[r] = b.Var(fmt.Sprintf("l%d", r), zero)
	}
	acc := make([][4]*kir.Var, DV/8)
	for nt := range acc {
		for i := range acc[nt] {
			acc[nt][i] = b.Var(fmt.Sprintf("o%d_%d", nt, i), zero)
		}
	}
	sc := make([][4]*kir.Var, BK/8)
	for jt := range sc {
		for i := range sc[jt] {
			sc[jt][i] = b.Var(fmt.Sprintf("s%d_%d", jt, i), zero)
		}
	}

	// ldmatrix rows of this lane (lane ℓ gives row ℓ%8 of matrix ℓ/8): for
	// Kᵀ the matrices are (keys +0–7) × (d +0–7, +8–15, +16–23, +24–31); for
	// V (transposed on loading) (keys +0–7, +8–15) × (columns +0–7, +8–15).
	r8 := b.Let("r8", kir.Rem(lane, kir.I(8)))
	mi := b.Let("mi", kir.Div(lane, kir.I(8)))
	krow := b.Let("krow", kir.Add(kir.Mul(r8, i64c(KS)), kir.Mul(mi, kir.I(8))))
	vrow := b.Let("vrow", kir.Add(kir.Mul(kir.Add(r8, kir.Mul(kir.Rem(mi, kir.I(2)), kir.I(8))), i64c(VS)), kir.Mul(kir.Div(mi, kir.I(2)), kir.I(8))))
	zeroE := kir.To(E, zero)
	vector := LD%8 == 0 // rows of q, k and v start 16-byte aligned

	// stage copies the tile's rows [j0, j0+BK) of one of k, v (width n at
	// column col of qkv) into dst [BK][stride]; rows past khi are 0.
	stage := func(j0 kir.Expr, dst *kir.Shared, stride, n int, col kir.Expr, tag string) {
		if !vector {
			b.For("x", tid, i64c(BK*n), i64c(l.threads()), func(x kir.Expr) {
				j := b.Let(tag+"j", kir.Div(x, i64c(n)))
				d := b.Let(tag+"d", kir.Rem(x, i64c(n)))
				tk := b.Let(tag+"tk", kir.Add(j0, j))
				v := kir.Ld(qkv, kir.Add(rowOf(kir.Min(tk, kir.Sub(T, kir.I(1)))), kir.Add(col, d)))
				b.Store(dst, kir.Add(kir.Mul(j, i64c(stride)), d), kir.Sel(kir.Lt(tk, khi), v, zeroE))
			})
			return
		}
		b.For("x", tid, i64c(BK*n/8), i64c(l.threads()), func(x kir.Expr) {
			j := b.Let(tag+"j", kir.Div(x, i64c(n/8)))
			d := b.Let(tag+"d", kir.Mul(kir.Rem(x, i64c(n/8)), kir.I(8)))
			tk := b.Let(tag+"tk", kir.Add(j0, j))
			di := b.Let(tag+"i", kir.Add(kir.Mul(j, i64c(stride)), d))
			b.IfElse(kir.Lt(tk, khi), func() {
				b.Copy(dst, di, qkv, kir.Add(rowOf(tk), kir.Add(col, d)), 8)
			}, func() {
				for e := 0; e < 8; e++ {
					b.Store(dst, kir.Add(di, i64c(e)), zeroE)
				}
			})
		})
	}

	b.For("j0", klo, khi, i64c(BK), func(j0 kir.Expr) {
		if vector {
			b.Comment("stage k and v of keys [j0, j0+%d) row-major, 16 bytes a copy; keys past the visible range are 0", BK)
		} else {
			b.Comment("stage k and v of keys [j0, j0+%d) row-major (qkv rows not 16-byte aligned: element by element); keys past the visible range are 0", BK)
		}
		stage(j0, ks, KS, DK, kir.Add(i64c(H*DK), kir.Mul(h, i64c(DK))), "k")
		stage(j0, vs, VS, DV, kir.Add(i64c(2*H*DK), kir.Mul(h, i64c(DV))), "v")
		b.Barrier()

		b.Comment("scores S = q kᵀ of the warp's 16 queries × %d keys: %d mma, B fragments by ldmatrix", BK, BK/8*DK/16)
		for jt := range sc {
			for kk := 0; kk < DK/16; kk += 2 {
				n := 4
				if kk+1 == DK/16 {
					n = 2
				}
				bk := b.LdMatrix(fmt.Sprintf("kb%d_%d_", jt, kk), ks, kir.Add(krow, i64c(8*jt*KS+16*kk)), n, false)
				for half := 0; half < n/2; half++ {
					c := [4]kir.Expr{kir.V(sc[jt][0]), kir.V(sc[jt][1]), kir.V(sc[jt][2]), kir.V(sc[jt][3])}
					if kk+half == 0 {
						c = [4]kir.Expr{zero, zero, zero, zero}
					}
					x := bk[4*half:]
					b.Mma(sc[jt], qa[kk+half], [4]kir.Expr{kir.V(x[0]), kir.V(x[1]), kir.V(x[2]), kir.V(x[3])}, c)
				}
			}
		}

		b.Comment("scale, mask and the running max of rows g and g+8 (reduced over the row's 4 lanes)")
		for jt := range sc {
			for i, v := range sc[jt] {
				_, c := kir.MmaC(0, i)
				tk := kir.Add(j0, kir.Add(kir.Mul(q4, kir.I(2)), i64c(8*jt+c)))
				b.Set(v, kir.Sel(visible(tk, tq[i/2]), kir.Mul(kir.V(v), kir.F(s.Scale)), negInf))
			}
		}
		var mu, alpha [2]kir.Expr
		for r := range m {
			mt := kir.Expr(kir.V(m[r]))
			for jt := range sc {
				mt = kir.Max(mt, kir.Max(kir.V(sc[jt][2*r]), kir.V(sc[jt][2*r+1])))
			}
			mn := b.Var(fmt.Sprintf("mn%d", r), mt)
			b.Set(mn, kir.Max(kir.V(mn), kir.ShflXor(kir.V(mn), kir.I(1))))
			b.Set(mn, kir.Max(kir.V(mn), kir.ShflXor(kir.V(mn), kir.I(2))))
			// A row with no visible key yet keeps m = −∞: subtract 0 so that
			// exp gives 0 rather than NaN.
			mu[r] = b.Let(fmt.Sprintf("mu%d", r), kir.Sel(kir.Eq(kir.V(mn), negInf), zero, kir.V(mn)))
			alpha[r] = b.Let(fmt.Sprintf("alpha%d", r), kir.Exp(kir.Sub(kir.V(m[r]), mu[r])))
			b.Set(m[r], kir.V(mn))
			b.Set(lsum[r], kir.Mul(kir.V(lsum[r]), alpha[r]))
		}
		for nt := range acc {
			for i, v := range acc[nt] {
				b.Set(v, kir.Mul(kir.V(v), alpha[i/2]))
			}
		}
		b.Comment("p = exp(s − m) in place of the scores; the thread's part of the row sums")
		for jt := range sc {
			for i, v := range sc[jt] {
				b.Set(v, kir.Exp(kir.Sub(kir.V(v), mu[i/2])))
				b.Set(lsum[i/2], kir.Add(kir.V(lsum[i/2]), kir.V(v)))
			}
		}

		b.Comment("o += p v: the score fragments are the A fragments (%d mma)", BK/16*DV/8)
		for kt := 0; kt < BK/16; kt++ {
			var pa [8]kir.Expr
			for i := range pa {
				// A element i: rows as C elements (i%4), keys of score tile 2kt + i/4.
				pa[i] = kir.To(E, kir.V(sc[2*kt+i/4][i%4]))
			}
			for nt := 0; nt < DV/8; nt += 2 {
				bv := b.LdMatrix(fmt.Sprintf("vb%d_%d_", kt, nt), vs, kir.Add(vrow, i64c(16*kt*VS+8*nt)), 4, true)
				for half := 0; half < 2; half++ {
					a := acc[nt+half]
					x := bv[4*half:]
					b.Mma(a, pa, [4]kir.Expr{kir.V(x[0]), kir.V(x[1]), kir.V(x[2]), kir.V(x[3])}, [4]kir.Expr{kir.V(a[0]), kir.V(a[1]), kir.V(a[2]), kir.V(a[3])})
				}
			}
		}
		b.Barrier()
	})

	b.Comment("row sums over the row's 4 lanes, then o / l (no visible key: 0)")
	var inv [2]kir.Expr
	for r := range lsum {
		b.Set(lsum[r], kir.Add(kir.V(lsum[r]), kir.ShflXor(kir.V(lsum[r]), kir.I(1))))
		b.Set(lsum[r], kir.Add(kir.V(lsum[r]), kir.ShflXor(kir.V(lsum[r]), kir.I(2))))
		inv[r] = b.Let(fmt.Sprintf("inv%d", r), kir.Sel(kir.Gt(kir.V(lsum[r]), zero), kir.Div(kir.F(1), kir.V(lsum[r])), zero))
	}
	for r := range tq {
		b.If(kir.Lt(tq[r], T), func() {
			ob := b.Let(fmt.Sprintf("ob%d", r), kir.Add(kir.Mul(kir.Add(kir.Mul(bb, T), tq[r]), i64c(H*DV)), kir.Add(kir.Mul(h, i64c(DV)), kir.Mul(q4, kir.I(2)))))
			for nt := range acc {
				for i := 2 * r; i < 2*r+2; i++ {
					_, c := kir.MmaC(0, i)
					b.Store(o, kir.Add(ob, i64c(8*nt+c)), kir.To(E, kir.Mul(kir.V(acc[nt][i]), inv[r])))
				}
			}
		})
	}
	return b.Build()
}
