package codegen

import (
	"fmt"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Tensor-core GEMM for f16/bf16: y[M,N] = x[M,K]·w[N,K]ᵀ (+ res) with the
// products on tensor cores (kir.Mma, f32 accumulators). A block of 4
// warps (2×2) computes a gemmBlock×gemmBlock tile of y, each warp 32×32 as
// 2×4 mma tiles of 16×8. k tiles of gcK are staged row-major in shared
// memory ([64][gcK+8] for x and for w: both are row-major along k, so x
// gives A fragments and w B fragments by ldmatrix without .trans), two
// stages deep by cp.async. Rows and k past M, N and K are staged as 0;
// K must be a multiple of 8 (16-byte rows).

const gcK = 32 // k per shared tile

// gemmTC reports whether GemmKernel uses the tensor-core kernel for s.
func gemmTC(s GemmSpec) bool {
	return !s.Scalar && (s.E == kir.F16 || s.E == kir.BF16) && s.K%8 == 0 && s.K > 0
}

func gemmTCKernel(name, orig string, s GemmSpec) (*kir.Kernel, error) {
	const tb, rs = gemmBlock, gcK + 8 // tile edge, shared row stride (halves)
	E := s.E
	b := kir.New(name, orig, 128)
	x, w := b.In("x", E), b.In("w", E)
	var res kir.Buffer
	if s.Residual {
		res = b.In("res", E)
	}
	y := b.Out("y", E)
	M := b.Scalar("M")
	K, N := kir.I(int64(s.K)), kir.I(int64(s.N))
	xs := b.SharedArray("xs", E, 2*tb*rs) // [stage][row][k]
	ws := b.SharedArray("ws", E, 2*tb*rs) // [stage][col][k]
	b.Comment("y tile %d×%d per block on tensor cores (mma m16n8k16, %s in, f32 accumulate): 2×2 warps of 32×32, k tiles of %d in two cp.async stages", tb, tb, E, gcK)
	tid := b.Let("tid", kir.Tid())
	lane := b.Let("lane", kir.Rem(tid, kir.I(32)))
	wid := b.Let("wid", kir.Div(tid, kir.I(32)))
	wm := b.Let("wm", kir.Mul(kir.Div(wid, kir.I(2)), kir.I(32))) // the warp's rows in the tile
	wn := b.Let("wn", kir.Mul(kir.Rem(wid, kir.I(2)), kir.I(32))) // and columns
	g := b.Let("g", kir.Div(lane, kir.I(4)))
	q4 := b.Let("q", kir.Rem(lane, kir.I(4)))
	row0 := b.Let("row0", kir.Mul(kir.Sp(kir.BlockIdxY), kir.I(tb)))
	col0 := b.Let("col0", kir.Mul(kir.Sp(kir.BlockIdxX), kir.I(tb)))
	zeroE := kir.To(E, kir.F(0))

	// stage copies rows [base, base+64) × k [k0, k0+gcK) of src (limit
	// rows) into dst's stage st: 16 bytes a cp.async, zeros outside.
	stage := func(k0, st kir.Expr, dst *kir.Shared, src *kir.Param, base, limit kir.Expr, tag string) {
		for r := 0; r < tb*gcK/8/128; r++ {
			c := b.Let(tag+"c", kir.Add(tid, kir.I(int64(128*r))))
			rr := b.Let(tag+"r", kir.Div(c, kir.I(gcK/8)))
			kk := b.Let(tag+"k", kir.Add(k0, kir.Mul(kir.Rem(c, kir.I(gcK/8)), kir.I(8))))
			gr := b.Let(tag+"g", kir.Add(base, rr))
			di := b.Let(tag+"i", kir.Add(kir.Mul(st, kir.I(tb*rs)), kir.Add(kir.Mul(rr, kir.I(rs)), kir.Sub(kk, k0))))
			b.IfElse(kir.And(kir.Lt(gr, limit), kir.Lt(kk, K)), func() {
				b.CopyAsync(dst, di, src, kir.Add(kir.Mul(gr, K), kk), 8)
			}, func() {
				for e := 0; e < 8; e++ {
					b.Store(dst, kir.Add(di, kir.I(int64(e))), zeroE)
				}
			})
		}
	}
	stageBoth := func(k0, st kir.Expr) {
		stage(k0, st, xs, x, row0, M, "x")
		stage(k0, st, ws, w, col0, N, "w")
	}

	var acc [2][4][4]*kir.Var
	for mt := range acc {
		for nt := range acc[mt] {
			for i := range acc[mt][nt] {
				acc[mt][nt][i] = b.Var(fmt.Sprintf("acc%d_%d_%d", mt, nt, i), kir.F(0))
			}
		}
	}
	// ldmatrix rows of this lane (lane ℓ gives row ℓ%8 of matrix ℓ/8):
	// A (x) matrices rows +0–7, +8–15 × k +0–7, then the same × k +8–15;
	// B (w) matrices k +0–7, +8–15 of columns +0–7, then of columns +8–15.
	r8 := b.Let("r8", kir.Rem(lane, kir.I(8)))
	mi := b.Let("mi", kir.Div(lane, kir.I(8)))
	arow := b.Let("arow", kir.Add(kir.Mul(kir.Add(wm, kir.Add(r8, kir.Mul(kir.Rem(mi, kir.I(2)), kir.I(8)))), kir.I(rs)), kir.Mul(kir.Div(mi, kir.I(2)), kir.I(8))))
	brow := b.Let("brow", kir.Add(kir.Mul(kir.Add(wn, kir.Add(r8, kir.Mul(kir.Div(mi, kir.I(2)), kir.I(8)))), kir.I(rs)), kir.Mul(kir.Rem(mi, kir.I(2)), kir.I(8))))

	stageBoth(kir.I(0), kir.I(0))
	b.AsyncCommit()
	b.For("k0", kir.I(0), K, kir.I(gcK), func(k0 kir.Expr) {
		st := b.Let("st", kir.Rem(kir.Div(k0, kir.I(gcK)), kir.I(2)))
		next := b.Let("kn", kir.Add(k0, kir.I(gcK)))
		b.If(kir.Lt(next, K), func() { stageBoth(next, kir.Sub(kir.I(1), st)) })
		b.AsyncCommit()
		b.AsyncWait(1)
		b.Barrier()
		so := b.Let("so", kir.Mul(st, kir.I(tb*rs)))
		for kk := 0; kk < gcK/16; kk++ {
			var a [2][]*kir.Var
			for mt := range a {
				a[mt] = b.LdMatrix(fmt.Sprintf("a%d_%d_", kk, mt), xs, kir.Add(so, kir.Add(arow, kir.I(int64(16*mt*rs+16*kk)))), 4, false)
			}
			for np := 0; np < 4; np += 2 {
				bf := b.LdMatrix(fmt.Sprintf("b%d_%d_", kk, np), ws, kir.Add(so, kir.Add(brow, kir.I(int64(8*np*rs+16*kk)))), 4, false)
				for half := 0; half < 2; half++ {
					bb := [4]kir.Expr{kir.V(bf[4*half]), kir.V(bf[4*half+1]), kir.V(bf[4*half+2]), kir.V(bf[4*half+3])}
					for mt := range a {
						var av [8]kir.Expr
						for i := range av {
							av[i] = kir.V(a[mt][i])
						}
						d := acc[mt][np+half]
						b.Mma(d, av, bb, [4]kir.Expr{kir.V(d[0]), kir.V(d[1]), kir.V(d[2]), kir.V(d[3])})
					}
				}
			}
		}
		b.Barrier()
	})
	b.AsyncWait(0)

	for mt := range acc {
		for r := 0; r < 2; r++ {
			row := b.Let(fmt.Sprintf("row%d_%d", mt, r), kir.Add(row0, kir.Add(wm, kir.Add(g, kir.I(int64(16*mt+8*r))))))
			b.If(kir.Lt(row, M), func() {
				for nt := range acc[mt] {
					for e := 0; e < 2; e++ {
						col := b.Let("col", kir.Add(col0, kir.Add(wn, kir.Add(kir.Mul(q4, kir.I(2)), kir.I(int64(8*nt+e))))))
						b.If(kir.Lt(col, N), func() {
							idx := b.Let("idx", kir.Add(kir.Mul(row, N), col))
							v := kir.Expr(kir.V(acc[mt][nt][2*r+e]))
							if s.Residual {
								v = kir.Add(v, ld(res, idx))
							}
							st(b, y, idx, v)
						})
					}
				}
			})
		}
	}
	return b.Build()
}
