package cpu

import (
	"fmt"

	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/kernels"
)

// Implementations of the ops the fusion and dual-form passes introduce.

func init() {
	impls["slice"] = impl{
		diff:    allDiff,
		partial: operands(0), // its columns only
		fwd: func(c *call) error {
			s := c.shape[0]
			kernels.Cols(c.out, c.ins[0], rows(s), last(s), int(c.op.Int("offset", 0)), int(c.op.Int("width", 0)))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			kernels.ColsBackward(g[0], dy, rows(s), last(s), int(c.op.Int("offset", 0)), int(c.op.Int("width", 0)))
			return nil
		},
	}
	// split_heads reads a column range when it has offset/width.
	plain := impls["split_heads"]
	impls["split_heads"] = impl{
		diff: allDiff,
		partial: func(op *ir.Op) []int {
			if op.Attrs["offset"] == nil {
				return nil
			}
			return []int{0} // its columns only
		},
		fwd: func(c *call) error {
			if c.op.Attrs["offset"] == nil {
				return plain.fwd(c)
			}
			o, s := c.oshp, c.shape[0]
			kernels.SplitHeadsCols(c.out, c.ins[0], o[0], o[2], o[1], o[3], last(s), int(c.op.Int("offset", 0)))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			if c.op.Attrs["offset"] == nil {
				return plain.bwd(c, dy, g)
			}
			o, s := c.oshp, c.shape[0]
			kernels.SplitHeadsColsBackward(g[0], dy, o[0], o[2], o[1], o[3], last(s), int(c.op.Int("offset", 0)))
			return nil
		},
	}
	impls["fused.attention"] = impl{
		diff: allDiff,
		fwd:  fusedAttention,
		// No backward: the fused graph is for inference; gradients come
		// from the lowered graph.
	}
	impls["dual.sum_update"] = impl{diff: allDiff, fwd: dualForward, bwd: dualBackward}
	impls["dual.delta_update"] = impl{diff: allDiff, fwd: dualForward, bwd: dualBackward}
	impls["fused.attention_residual"] = impl{diff: allDiff, fwd: attentionResidual}
	impls["fused.dual_residual"] = impl{diff: allDiff, fwd: dualResidual}
}

// fusedAttention runs fused.attention on per-head q, k, v.
func fusedAttention(c *call) error {
	q, k, v := c.shape[0], c.shape[1], c.shape[2]
	B, H, T, S, dk, dv := q[0], q[1], q[2], k[2], q[3], v[3]
	mk := mask(c.op, "mask")
	win := int(c.op.Int("window", 0))
	s := c.scratch("scores", B*H*T*S)
	kernels.Scores(s, c.ins[0], c.ins[1], B, H, T, S, dk, f32(c.op.Float("scale", 1)))
	if c.op.Str("kind", "") == "softmax" {
		kernels.MaskedSoftmax(s, s, B*H, T, S, mk, win)
	} else {
		kernels.Mask(s, s, B*H, T, S, mk, win, kernels.FillZero)
	}
	kernels.Mix(c.out, s, c.ins[2], B, H, T, S, dv)
	return nil
}

// form reads the form and chunk attributes; parallel is the chunked form
// with one chunk of the whole sequence (the same numbers, O(T²) work).
func form(op *ir.Op, T int) (chunked bool, chunk int) {
	switch op.Str("form", "") {
	case "chunked":
		return true, int(op.Int("chunk", 64))
	case "parallel":
		return true, T
	}
	return false, 0
}

// runDual runs a sum- or delta-rule kernel in the op's form, writing o and
// the final state.
func runDual(op *ir.Op, delta bool, o, state, q, k, v, beta []float32, betaConst float32, sh kernels.AttnShape) {
	mk := mask(op, "mask")
	scale := f32(op.Float("scale", 1))
	chunked, chunk := form(op, sh.T)
	switch {
	case delta && chunked:
		kernels.DeltaRuleChunked(o, state, q, k, v, beta, betaConst, sh, mk, scale, chunk)
	case delta:
		kernels.DeltaRule(o, state, q, k, v, beta, betaConst, sh, mk, scale)
	case chunked:
		kernels.LinearAttentionChunked(o, state, q, k, v, sh, mk, scale, chunk)
	default:
		kernels.LinearAttention(o, state, q, k, v, sh, mk, scale)
	}
}

func dualForward(c *call) error {
	sh, beta := deltaArgs(c)
	runDual(c.op, c.op.Name() == "dual.delta_update", c.outs[0], c.outs[1], c.ins[0], c.ins[1], c.ins[2], beta, f32(c.op.Float("beta", 0)), sh)
	return nil
}

// dualBackward differentiates the output o (every form computes the same
// function, so the recurrent backward serves all). The final state's
// gradient is not propagated.
func dualBackward(c *call, dy []float32, g [][]float32) error {
	sh, beta := deltaArgs(c)
	mk := mask(c.op, "mask")
	scale := f32(c.op.Float("scale", 1))
	if c.op.Name() == "dual.sum_update" {
		kernels.LinearAttentionBackward(g[0], g[1], g[2], dy, c.ins[0], c.ins[1], c.ins[2], sh, mk, scale)
		return nil
	}
	var dbeta []float32
	if beta != nil {
		dbeta = g[3]
	}
	kernels.DeltaRuleBackward(g[0], g[1], g[2], dbeta, dy, c.ins[0], c.ins[1], c.ins[2], beta, f32(c.op.Float("beta", 0)), sh, mk, scale)
	return nil
}

// layerShape reads a fused layer op's dimensions.
type layerShape struct {
	B, T, D, F, H, DK, DV int
}

func layerOf(c *call) layerShape {
	x, qkv := c.shape[0], c.shape[1]
	return layerShape{B: x[0], T: x[1], D: x[2], F: qkv[2],
		H: int(c.op.Int("heads", 0)), DK: int(c.op.Int("d_head", 0)), DV: int(c.op.Int("d_value", 0))}
}

// project finishes a fused layer: y = o·w_oᵀ (or o), then out = x + y
// when the op has residual=true.
func project(c *call, l layerShape, o []float32) {
	rowsN := l.B * l.T
	y := o
	if len(c.ins) == 3 {
		y = c.scratch("y", rowsN*l.D)
		kernels.Linear(y, o, c.ins[2], rowsN, l.H*l.DV, l.D)
	}
	if c.op.Bool("residual", true) {
		kernels.Add(c.out, c.ins[0], y)
	} else {
		copy(c.out, y)
	}
}

func attentionResidual(c *call) error {
	l := layerOf(c)
	kind := kernels.AttnSoftmax
	if c.op.Str("kind", "") == "linear" {
		kind = kernels.AttnLinear
	}
	feat, err := kernels.ParseFeatureKind(c.op.Str("feature", "identity"))
	if err != nil {
		return err
	}
	o := c.scratch("o", l.B*l.T*l.H*l.DV)
	kernels.AttentionQKV(o, c.ins[1], kernels.QKVAttn{
		B: l.B, T: l.T, H: l.H, DK: l.DK, DV: l.DV, LD: l.F, Kind: kind,
		Mask: mask(c.op, "mask"), Window: int(c.op.Int("window", 0)),
		Scale: f32(c.op.Float("scale", 1)), Feature: feat,
	})
	project(c, l, o)
	return nil
}

// featureHeads applies a feature map in place to per-head vectors [.., d].
func featureHeads(word string, x []float32, d int) error {
	switch word {
	case "identity":
	case "elu1":
		kernels.Elu1(x, x)
	case "l2":
		kernels.L2Norm(x, x, len(x)/d, d)
	default:
		return fmt.Errorf("unknown feature map %q", word)
	}
	return nil
}

func dualResidual(c *call) error {
	l := layerOf(c)
	qkv := c.ins[1]
	n := l.B * l.H * l.T
	q, k, v := c.scratch("q", n*l.DK), c.scratch("k", n*l.DK), c.scratch("v", n*l.DV)
	kernels.SplitHeadsCols(q, qkv, l.B, l.T, l.H, l.DK, l.F, 0)
	kernels.SplitHeadsCols(k, qkv, l.B, l.T, l.H, l.DK, l.F, l.H*l.DK)
	kernels.SplitHeadsCols(v, qkv, l.B, l.T, l.H, l.DV, l.F, 2*l.H*l.DK)
	feat := c.op.Str("feature", "identity")
	if err := featureHeads(feat, q, l.DK); err != nil {
		return err
	}
	if err := featureHeads(feat, k, l.DK); err != nil {
		return err
	}
	delta := c.op.Str("kind", "") == "delta"
	var beta []float32
	if _, constant := c.op.Attrs["beta"]; delta && !constant {
		beta = c.scratch("beta", l.B*l.T*l.H)
		kernels.Cols(beta, qkv, l.B*l.T, l.F, l.H*(2*l.DK+l.DV), l.H)
		kernels.Sigmoid(beta, beta)
	}
	oh := c.scratch("oh", n*l.DV)
	sh := kernels.AttnShape{B: l.B, H: l.H, T: l.T, DK: l.DK, DV: l.DV}
	runDual(c.op, delta, oh, c.outs[1], q, k, v, beta, f32(c.op.Float("beta", 0)), sh)
	o := c.scratch("o", l.B*l.T*l.H*l.DV)
	kernels.MergeHeads(o, oh, l.B, l.T, l.H, l.DV)
	project(c, l, o)
	return nil
}
