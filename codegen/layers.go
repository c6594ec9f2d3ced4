package codegen

import (
	"fmt"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/ir"
)

// Generators of the fused layer ops. Each layer is two launches: the
// attention (or fast-weight) kernel writes the heads' output o [B,T,H·dv]
// into a scratch buffer, then a GEMM whose epilogue adds the residual
// stream computes x + o·w_oᵀ. (Folding w_o into the attention kernel would
// need every head of a token in one block; the split keeps both kernels
// simple and the GEMM tiled.)

func init() {
	generators["fused.attention_residual"] = genAttentionResidual
	generators["fused.dual_residual"] = genDualResidual
}

// layerDims reads heads, d_head, d_value and the qkv width of a fused op.
func layerDims(op *ir.Op) (H, DK, DV, LD, D int) {
	return int(op.Int("heads", 0)), int(op.Int("d_head", 0)), int(op.Int("d_value", 0)),
		op.Args[1].Type.Last().N, op.Args[0].Type.Last().N
}

func genAttentionResidual(c *planner, op *ir.Op) error {
	H, DK, DV, LD, _ := layerDims(op)
	e := kirType(op.Result().Type.Elem)
	s := AttnSpec{E: e, H: H, DK: DK, DV: DV, LD: LD, Softmax: op.Str("kind", "") == "softmax",
		Mask: op.Str("mask", ""), Window: int(op.Int("window", 0)), Scale: op.Float("scale", 1), Feature: op.Str("feature", "identity")}
	if tc, _ := s.TensorCores(); tc {
		s.Tile = c.opts.Attention
		if s.Tile == (TCTile{}) {
			s.Tile = DefaultTile(c.opts.Arch, s)
		}
	}
	what := "flash-style softmax attention forward (online softmax, masked key tiles skipped)"
	if !s.Softmax {
		what = "linear attention, parallel form, tiled like flash attention"
	}
	k, err := AttentionKernel(KernelName(op, "attn"), origin(op, what), s)
	if err != nil {
		return err
	}
	B, T := c.p.Env["B"], c.p.Env["T"]
	o := c.scratchBuf("attn_o", op.Result().Type.Elem, int64(B*T*H*DV))
	qkv := c.valueBuf[op.Args[1]]
	maps, err := AttentionTensorMaps(s, qkv, B, T)
	if err != nil {
		return err
	}
	c.launch(op, k, AttentionGrid(s, B, T), append([]Arg{bufArg(qkv), bufArg(o), scalarArg(int64(B)), scalarArg(int64(T))}, maps...)...)
	if tc, _ := s.TensorCores(); tc {
		t, err := ResolvedTile(s)
		if err != nil {
			return err
		}
		c.p.Launches[len(c.p.Launches)-1].Tiling = t.String()
	}
	return c.outputProjection(op, o, H*DV)
}

func genDualResidual(c *planner, op *ir.Op) error {
	H, DK, DV, LD, _ := layerDims(op)
	e := kirType(op.Result().Type.Elem)
	_, constBeta := op.Attrs["beta"]
	form, chunk := op.Str("form", ""), int(op.Int("chunk", 0))
	B, T := c.p.Env["B"], c.p.Env["T"]
	if form == "parallel" {
		chunk = T // one chunk of the whole sequence
	}
	s := DualSpec{E: e, H: H, DK: DK, DV: DV, LD: LD, Delta: op.Str("kind", "") == "delta",
		Strict: op.Str("mask", "") == "strict", Scale: op.Float("scale", 1), Feature: op.Str("feature", "identity"),
		Beta: op.Float("beta", 0), LearnedBeta: op.Str("kind", "") == "delta" && !constBeta, Form: form, Chunk: chunk}
	rule := "sum rule S += v kᵀ"
	if s.Delta {
		rule = "delta rule S += β(v − S k)kᵀ"
	}
	what := fmt.Sprintf("fast weights, %s, %s form (S on chip, one block per batch×head)", rule, form)
	k, err := DualKernel(KernelName(op, "dual"), origin(op, what), s)
	if err != nil {
		return err
	}
	o := c.scratchBuf("attn_o", op.Result().Type.Elem, int64(B*T*H*DV))
	c.launch(op, k, DualGrid(s, B, T), bufArg(c.valueBuf[op.Args[1]]), bufArg(o), bufArg(c.valueBuf[op.Results[1]]),
		scalarArg(int64(B)), scalarArg(int64(T)))
	return c.outputProjection(op, o, H*DV)
}

// outputProjection finishes a fused layer: y = [x +] o·w_oᵀ, or [x +] o
// without an output projection.
func (c *planner) outputProjection(op *ir.Op, o, width int) error {
	e := kirType(op.Result().Type.Elem)
	residual := op.Bool("residual", true)
	x, y := c.valueBuf[op.Args[0]], c.valueBuf[op.Result()]
	M := int(c.rows())
	if len(op.Weights) == 1 {
		w := op.Weights[0]
		s := GemmSpec{E: e, N: w.Type.Shape[0].N, K: width, Residual: residual}
		what := "output projection o·w_oᵀ"
		if residual {
			what += " + residual stream (epilogue)"
		}
		k, err := GemmKernel(KernelName(op, "wo"), origin(op, what), s)
		if err != nil {
			return err
		}
		args := []Arg{bufArg(o), bufArg(c.weightBuf[w])}
		if residual {
			args = append(args, bufArg(x))
		}
		c.launch(op, k, GemmGrid(s, M), append(args, bufArg(y), scalarArg(int64(M)))...)
		return nil
	}
	k, err := AddKernel(KernelName(op, "residual"), origin(op, "residual stream + heads (no output projection)"), e, residual)
	if err != nil {
		return err
	}
	n := int64(M * width)
	args := []Arg{bufArg(o)}
	if residual {
		args = append(args, bufArg(x))
	}
	c.launch(op, k, [3]int{ceilDiv(int(n), elemBlock), 1, 1}, append(args, bufArg(y), scalarArg(n))...)
	return nil
}

// AddKernel is y = a + b elementwise (or y = a without b).
// Params: a, [b], y (E), n.
func AddKernel(name, orig string, e kir.Type, withB bool) (*kir.Kernel, error) {
	bd := kir.New(name, orig, elemBlock)
	a := bd.In("a", e)
	var bb kir.Buffer
	if withB {
		bb = bd.In("b", e)
	}
	y := bd.Out("y", e)
	n := bd.Scalar("n")
	i := bd.Let("i", kir.Add(kir.Mul(kir.Bid(), kir.I(elemBlock)), kir.Tid()))
	bd.If(kir.Lt(i, n), func() {
		v := ld(a, i)
		if withB {
			v = kir.Add(v, ld(bb, i))
		}
		st(bd, y, i, v)
	})
	return bd.Build()
}
