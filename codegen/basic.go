package codegen

import (
	"fmt"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/ir"
)

// generators maps each op of a fused graph to the function that emits its
// kernels and launches. Lowered-only ops (scores, mask, ...) have none:
// the plan is made from the fused stage.
var generators = map[string]func(c *planner, op *ir.Op) error{
	"embed":     genEmbed,
	"embed_pos": genEmbedPos,
	"linear":    genLinear,
	"unembed":   genLinear,
	"layernorm": genNorm,
	"rmsnorm":   genNorm,
}

// ld reads buf[idx] as f32; st writes an f32 as buf's element type.
func ld(buf kir.Buffer, idx kir.Expr) kir.Expr {
	if buf.ElemType() == kir.F32 {
		return kir.Ld(buf, idx)
	}
	return kir.To(kir.F32, kir.Ld(buf, idx))
}

func st(b *kir.Builder, buf kir.Buffer, idx, x kir.Expr) {
	if buf.ElemType() != kir.F32 {
		x = kir.To(buf.ElemType(), x)
	}
	b.Store(buf, idx, x)
}

const elemBlock = 256 // threads per block of elementwise kernels

// rows is B·T.
func (c *planner) rows() int64 { return int64(c.p.Env["B"] * c.p.Env["T"]) }

// ---------------------------------------------------------------- embed

// EmbedKernel gathers rows of table[V,D] by ids: y[r,d] = table[ids[r],d].
// Params: ids (i32), table (E), y (E), n = rows·D. One thread per element.
// Ids are checked on the host before the launch.
func EmbedKernel(name, orig string, e kir.Type, D int) (*kir.Kernel, error) {
	b := kir.New(name, orig, elemBlock)
	ids, table, y := b.In("ids", kir.I32), b.In("table", e), b.Out("y", e)
	n := b.Scalar("n")
	i := b.Let("i", kir.Add(kir.Mul(kir.Bid(), kir.I(elemBlock)), kir.Tid()))
	b.If(kir.Lt(i, n), func() {
		r := b.Let("r", kir.Div(i, kir.I(int64(D))))
		d := b.Let("d", kir.Rem(i, kir.I(int64(D))))
		id := b.Let("id", kir.To(kir.I64, kir.Ld(ids, r)))
		b.Store(y, i, kir.Ld(table, kir.Add(kir.Mul(id, kir.I(int64(D))), d)))
	})
	return b.Build()
}

func genEmbed(c *planner, op *ir.Op) error {
	D := op.Weights[0].Type.Shape[1].N
	k, err := EmbedKernel(KernelName(op, ""), origin(op, "embedding gather"), kirType(op.Result().Type.Elem), D)
	if err != nil {
		return err
	}
	n := c.rows() * int64(D)
	c.launch(op, k, [3]int{ceilDiv(int(n), elemBlock), 1, 1},
		bufArg(c.valueBuf[op.Args[0]]), bufArg(c.weightBuf[op.Weights[0]]), bufArg(c.valueBuf[op.Result()]), scalarArg(n))
	return nil
}

// EmbedPosKernel adds learned positions: y[b,t,d] = x[b,t,d] + table[t,d].
// Params: x, table, y (E), n = B·T·D, T.
func EmbedPosKernel(name, orig string, e kir.Type, D int) (*kir.Kernel, error) {
	b := kir.New(name, orig, elemBlock)
	x, table, y := b.In("x", e), b.In("table", e), b.Out("y", e)
	n, T := b.Scalar("n"), b.Scalar("T")
	i := b.Let("i", kir.Add(kir.Mul(kir.Bid(), kir.I(elemBlock)), kir.Tid()))
	b.If(kir.Lt(i, n), func() {
		t := b.Let("t", kir.Rem(kir.Div(i, kir.I(int64(D))), T))
		d := b.Let("d", kir.Rem(i, kir.I(int64(D))))
		st(b, y, i, kir.Add(ld(x, i), ld(table, kir.Add(kir.Mul(t, kir.I(int64(D))), d))))
	})
	return b.Build()
}

func genEmbedPos(c *planner, op *ir.Op) error {
	D := op.Weights[0].Type.Shape[1].N
	k, err := EmbedPosKernel(KernelName(op, ""), origin(op, "learned positions"), kirType(op.Result().Type.Elem), D)
	if err != nil {
		return err
	}
	n := c.rows() * int64(D)
	c.launch(op, k, [3]int{ceilDiv(int(n), elemBlock), 1, 1},
		bufArg(c.valueBuf[op.Args[0]]), bufArg(c.weightBuf[op.Weights[0]]), bufArg(c.valueBuf[op.Result()]),
		scalarArg(n), scalarArg(int64(c.p.Env["T"])))
	return nil
}

// ----------------------------------------------------------------- GEMM

// GEMM tiling: a block of 16×16 threads computes a gemmBlock×gemmBlock tile
// of y, each thread a 4×4 grid of it (rows ty + 16i, columns tx + 16j: a
// warp's shared reads are consecutive words or broadcasts, its global
// writes 16 consecutive columns), over k tiles of gemmK staged in shared
// memory k-major. Per k step a thread reads 4 + 4 shared words for 16
// multiply-adds (a one-output-per-thread tiling reads 2 per multiply-add).
const (
	gemmBlock = 64
	gemmK     = 16
	gemmPad   = 1 // row stride gemmBlock+1: the staging stores of a warp spread over banks
)

// GemmSpec describes y[M,N] = x[M,K]·w[N,K]ᵀ (+ res[M,N]).
type GemmSpec struct {
	E        kir.Type
	K, N     int
	Residual bool // add res[M,N] in the epilogue (the residual stream)
	Scalar   bool // CUDA cores even where the tensor-core kernel applies (f16/bf16, K a multiple of 8)
}

// GemmKernel is a register-blocked GEMM (64×64 tiles of y per block, 4×4
// per thread, 16-deep k tiles of x and w in shared memory), f32
// accumulation and an optional residual epilogue; in f16/bf16 with K a
// multiple of 8 the tensor-core kernel of gemm_tc.go (the same tiles and
// grid). Params: x (E), w (E),
// [res (E)], y (E), M. Grid: GemmGrid. Elements past M, N or K are staged
// as 0 and never written.
func GemmKernel(name, orig string, s GemmSpec) (*kir.Kernel, error) {
	if gemmTC(s) {
		return gemmTCKernel(name, orig, s)
	}
	const tb, tk, rs = gemmBlock, gemmK, gemmBlock + gemmPad
	const per = tb / 16 // outputs per thread along each side
	b := kir.New(name, orig, 16, 16)
	x, w := b.In("x", s.E), b.In("w", s.E)
	var res kir.Buffer
	if s.Residual {
		res = b.In("res", s.E)
	}
	y := b.Out("y", s.E)
	M := b.Scalar("M")
	K, N := kir.I(int64(s.K)), kir.I(int64(s.N))
	xs := b.SharedArray("xs", kir.F32, tk*rs) // [k][row in tile]
	ws := b.SharedArray("ws", kir.F32, tk*rs) // [k][col in tile]
	b.Comment("y tile %d×%d per block, %d×%d per thread, k tiles of %d", tb, tb, per, per, tk)
	tx, ty := b.Let("tx", kir.Sp(kir.ThreadIdxX)), b.Let("ty", kir.Sp(kir.ThreadIdxY))
	tid := b.Let("tid", kir.Add(kir.Mul(ty, kir.I(16)), tx))
	row0 := b.Let("row0", kir.Mul(kir.Sp(kir.BlockIdxY), kir.I(tb)))
	col0 := b.Let("col0", kir.Mul(kir.Sp(kir.BlockIdxX), kir.I(tb)))
	acc := make([][per]*kir.Var, per)
	for i := range acc {
		for j := range acc[i] {
			acc[i][j] = b.Var(fmt.Sprintf("acc%d_%d", i, j), kir.F(0))
		}
	}
	b.For("k0", kir.I(0), K, kir.I(tk), func(k0 kir.Expr) {
		b.Comment("stage x and w rows [·0, ·0+%d) × k [k0, k0+%d), k-major", tb, tk)
		for r := 0; r < tb*tk/256; r++ {
			e := b.Let("e", kir.Add(tid, kir.I(int64(256*r))))
			rr := b.Let("er", kir.Div(e, kir.I(tk)))
			kq := b.Let("ek", kir.Rem(e, kir.I(tk)))
			gk := b.Let("gk", kir.Add(k0, kq))
			xr, wr := b.Let("xr", kir.Add(row0, rr)), b.Let("wr", kir.Add(col0, rr))
			si := kir.Add(kir.Mul(kq, kir.I(rs)), rr)
			b.Store(xs, si, kir.Sel(kir.And(kir.Lt(xr, M), kir.Lt(gk, K)), ld(x, kir.Add(kir.Mul(xr, K), gk)), kir.F(0)))
			b.Store(ws, si, kir.Sel(kir.And(kir.Lt(wr, N), kir.Lt(gk, K)), ld(w, kir.Add(kir.Mul(wr, K), gk)), kir.F(0)))
		}
		b.Barrier()
		for kk := 0; kk < tk; kk++ {
			var av, bv [per]kir.Expr
			for i := range av {
				av[i] = b.Let(fmt.Sprintf("a%d", i), kir.Ld(xs, kir.Add(ty, kir.I(int64(kk*rs+16*i)))))
				bv[i] = b.Let(fmt.Sprintf("b%d", i), kir.Ld(ws, kir.Add(tx, kir.I(int64(kk*rs+16*i)))))
			}
			for i := range acc {
				for j := range acc[i] {
					b.Set(acc[i][j], kir.Add(kir.V(acc[i][j]), kir.Mul(av[i], bv[j])))
				}
			}
		}
		b.Barrier()
	})
	for i := range acc {
		row := b.Let(fmt.Sprintf("row%d", i), kir.Add(row0, kir.Add(ty, kir.I(int64(16*i)))))
		b.If(kir.Lt(row, M), func() {
			for j := range acc[i] {
				col := b.Let("col", kir.Add(col0, kir.Add(tx, kir.I(int64(16*j)))))
				b.If(kir.Lt(col, N), func() {
					idx := b.Let("idx", kir.Add(kir.Mul(row, N), col))
					v := kir.V(acc[i][j])
					if s.Residual {
						v = kir.Add(v, ld(res, idx))
					}
					st(b, y, idx, v)
				})
			}
		})
	}
	return b.Build()
}

// GemmGrid is the grid of GemmKernel for M rows.
func GemmGrid(s GemmSpec, M int) [3]int {
	return [3]int{ceilDiv(s.N, gemmBlock), ceilDiv(M, gemmBlock), 1}
}

func genLinear(c *planner, op *ir.Op) error {
	w := op.Weights[0]
	s := GemmSpec{E: kirType(op.Result().Type.Elem), N: w.Type.Shape[0].N, K: w.Type.Shape[1].N}
	k, err := GemmKernel(KernelName(op, ""), origin(op, fmt.Sprintf("tiled GEMM %d×%d", s.N, s.K)), s)
	if err != nil {
		return err
	}
	M := int(c.rows())
	c.launch(op, k, GemmGrid(s, M), bufArg(c.valueBuf[op.Args[0]]), bufArg(c.weightBuf[w]), bufArg(c.valueBuf[op.Result()]), scalarArg(int64(M)))
	return nil
}

// ---------------------------------------------------------------- norms

const normBlock = 128

// NormKernel is layernorm (with bias) or rmsnorm over rows of D: one block
// per row, block reductions through shared memory.
// Params: x, weight, [bias], y (E). Grid: one block per row.
func NormKernel(name, orig string, e kir.Type, D int, layer bool, eps float64) (*kir.Kernel, error) {
	b := kir.New(name, orig, normBlock)
	x, w := b.In("x", e), b.In("weight", e)
	var bias kir.Buffer
	if layer {
		bias = b.In("bias", e)
	}
	y := b.Out("y", e)
	red := b.SharedArray("red", kir.F32, normBlock)
	tid := b.Let("tid", kir.Tid())
	row := b.Let("row", kir.Bid())
	base := b.Let("base", kir.Mul(row, kir.I(int64(D))))
	Dk, Df := kir.I(int64(D)), kir.F(float64(D))
	// reduce sums f(x_i) over the row and returns the total (in every thread).
	reduce := func(name string, f func(v kir.Expr) kir.Expr) kir.Expr {
		part := b.Var(name, kir.F(0))
		b.For(name+"_i", tid, Dk, kir.I(normBlock), func(i kir.Expr) {
			b.Set(part, kir.Add(kir.V(part), f(ld(x, kir.Add(base, i)))))
		})
		b.Store(red, tid, kir.V(part))
		b.Barrier()
		b.For(name+"_s", kir.I(0), kir.I(7), kir.I(1), func(s kir.Expr) { // strides 64, 32, ..., 1
			stride := b.Let(name+"_stride", kir.Shr(kir.I(normBlock/2), s))
			b.If(kir.Lt(tid, stride), func() {
				b.Store(red, tid, kir.Add(kir.Ld(red, tid), kir.Ld(red, kir.Add(tid, stride))))
			})
			b.Barrier()
		})
		total := b.Let(name+"_total", kir.Ld(red, kir.I(0)))
		b.Barrier() // everyone has read red[0] before it is reused
		return total
	}
	var mean kir.Expr = kir.F(0)
	var inv kir.Expr
	if layer {
		mean = b.Let("mean", kir.Div(reduce("sum", func(v kir.Expr) kir.Expr { return v }), Df))
		vr := reduce("sq", func(v kir.Expr) kir.Expr { d := kir.Sub(v, mean); return kir.Mul(d, d) })
		inv = b.Let("inv", kir.Rsqrt(kir.Add(kir.Div(vr, Df), kir.F(eps))))
	} else {
		ms := reduce("sq", func(v kir.Expr) kir.Expr { return kir.Mul(v, v) })
		inv = b.Let("inv", kir.Rsqrt(kir.Add(kir.Div(ms, Df), kir.F(eps))))
	}
	b.For("i", tid, Dk, kir.I(normBlock), func(i kir.Expr) {
		v := kir.Mul(kir.Mul(kir.Sub(ld(x, kir.Add(base, i)), mean), inv), ld(w, i))
		if layer {
			v = kir.Add(v, ld(bias, i))
		}
		st(b, y, kir.Add(base, i), v)
	})
	return b.Build()
}

func genNorm(c *planner, op *ir.Op) error {
	layer := op.Name() == "layernorm"
	D := op.Result().Type.Last().N
	k, err := NormKernel(KernelName(op, ""), origin(op, op.Name()), kirType(op.Result().Type.Elem), D, layer, op.Float("eps", 0))
	if err != nil {
		return err
	}
	args := []Arg{bufArg(c.valueBuf[op.Args[0]])}
	for _, w := range op.Weights {
		args = append(args, bufArg(c.weightBuf[w]))
	}
	rows := c.rows()
	args = append(args, bufArg(c.valueBuf[op.Result()]))
	c.launch(op, k, [3]int{int(rows), 1, 1}, args...)
	return nil
}
