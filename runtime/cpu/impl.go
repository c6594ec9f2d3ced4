package cpu

import (
	"fmt"

	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/kernels"
)

// call is one op application with concrete shapes: ins are the operands
// (values, then weights) as flat slices with their shapes, out the result.
type call struct {
	op    *ir.Op
	ins   [][]float32 // float operands; nil for an integer operand
	ids   []int32     // the integer operand of embed
	shape [][]int     // operand shapes
	out   []float32   // the first result
	oshp  []int
	outs  [][]float32 // every result (outs[0] is out)
	oshps [][]int
	// scratch returns a buffer of n floats kept for this op across runs
	// (contents undefined).
	scratch func(key string, n int) []float32
}

// grads receives input gradients; nil entries are not wanted.
type impl struct {
	// diff tells which operands have a gradient (false for integer ids).
	diff func(op *ir.Op) []bool
	fwd  func(c *call) error
	// bwd writes the gradients of the operands given the output's gradient
	// dy. It OVERWRITES every non-nil grad slice but those partial names.
	bwd func(c *call, dy []float32, grads [][]float32) error
	// partial lists the operands whose gradient bwd adds into (a weight's,
	// summed over rows) or writes only in part (the columns an op reads):
	// gradOp zeroes those before the call, and only those. nil: none.
	partial func(op *ir.Op) []int
}

// operands returns a partial function naming the same operands for every op.
func operands(idx ...int) func(*ir.Op) []int {
	return func(*ir.Op) []int { return idx }
}

func prod(s []int) int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// rows is the product of all dimensions but the last.
func rows(s []int) int { return prod(s[:len(s)-1]) }

func last(s []int) int { return s[len(s)-1] }

func allDiff(op *ir.Op) []bool {
	d := make([]bool, len(op.Args)+len(op.Weights))
	for i := range d {
		d[i] = true
	}
	return d
}

func mask(op *ir.Op, attr string) kernels.MaskKind {
	k, err := kernels.ParseMaskKind(op.Str(attr, ""))
	if err != nil {
		panic(err) // the verifier guarantees a valid word
	}
	return k
}

func f32(x float64) float32 { return float32(x) }

// impls maps every IR op to its CPU implementation. TestEveryOpHasImpl
// keeps it complete.
var impls = map[string]impl{
	"embed": {
		diff:    func(*ir.Op) []bool { return []bool{false, true} },
		partial: operands(1), // the table: EmbedBackward accumulates
		fwd: func(c *call) error {
			V, D := c.shape[1][0], c.shape[1][1]
			return kernels.Embed(c.out, c.ids, c.ins[1], V, D)
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			V, D := c.shape[1][0], c.shape[1][1]
			return kernels.EmbedBackward(g[1], dy, c.ids, V, D)
		},
	},
	"embed_pos": {
		diff:    allDiff,
		partial: operands(1), // the position table
		fwd: func(c *call) error {
			s := c.shape[0]
			return kernels.EmbedPos(c.out, c.ins[0], c.ins[1], s[0], s[1], s[2], c.shape[1][0])
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			return kernels.EmbedPosBackward(g[0], g[1], dy, s[0], s[1], s[2], c.shape[1][0])
		},
	},
	"linear":  linearImpl,
	"unembed": linearImpl,
	"split_heads": {
		diff: allDiff,
		fwd: func(c *call) error {
			o := c.oshp // [B,H,T,d]
			kernels.SplitHeads(c.out, c.ins[0], o[0], o[2], o[1], o[3])
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			o := c.oshp
			kernels.MergeHeads(g[0], dy, o[0], o[2], o[1], o[3])
			return nil
		},
	},
	"merge_heads": {
		diff: allDiff,
		fwd: func(c *call) error {
			s := c.shape[0] // [B,H,T,d]
			kernels.MergeHeads(c.out, c.ins[0], s[0], s[2], s[1], s[3])
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			kernels.SplitHeads(g[0], dy, s[0], s[2], s[1], s[3])
			return nil
		},
	},
	"feature": {
		diff: allDiff,
		fwd: func(c *call) error {
			switch s := c.shape[0]; c.op.Str("map", "") {
			case "elu1":
				kernels.Elu1(c.out, c.ins[0])
			case "l2":
				kernels.L2Norm(c.out, c.ins[0], rows(s), last(s))
			default:
				copy(c.out, c.ins[0])
			}
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			switch s := c.shape[0]; c.op.Str("map", "") {
			case "elu1":
				kernels.Elu1Backward(g[0], c.ins[0], dy)
			case "l2":
				kernels.L2NormBackward(g[0], c.ins[0], dy, rows(s), last(s))
			default:
				copy(g[0], dy)
			}
			return nil
		},
	},
	"scores": {
		diff: allDiff,
		fwd: func(c *call) error {
			q, k := c.shape[0], c.shape[1]
			kernels.Scores(c.out, c.ins[0], c.ins[1], q[0], q[1], q[2], k[2], q[3], f32(c.op.Float("scale", 1)))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			q, k := c.shape[0], c.shape[1]
			kernels.ScoresBackward(g[0], g[1], dy, c.ins[0], c.ins[1], q[0], q[1], q[2], k[2], q[3], f32(c.op.Float("scale", 1)))
			return nil
		},
	},
	"mask": {
		diff: allDiff,
		fwd: func(c *call) error {
			s := c.shape[0]
			fill, err := kernels.ParseFill(c.op.Str("fill", ""))
			if err != nil {
				return err
			}
			kernels.Mask(c.out, c.ins[0], s[0]*s[1], s[2], s[3], mask(c.op, "kind"), int(c.op.Int("window", 0)), fill)
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			kernels.MaskBackward(g[0], dy, s[0]*s[1], s[2], s[3], mask(c.op, "kind"), int(c.op.Int("window", 0)))
			return nil
		},
	},
	"softmax": {
		diff: allDiff,
		fwd: func(c *call) error {
			s := c.shape[0]
			kernels.Softmax(c.out, c.ins[0], rows(s), last(s))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			kernels.SoftmaxBackward(g[0], dy, c.out, rows(s), last(s))
			return nil
		},
	},
	"mix": {
		diff: allDiff,
		fwd: func(c *call) error {
			p, v := c.shape[0], c.shape[1]
			kernels.Mix(c.out, c.ins[0], c.ins[1], p[0], p[1], p[2], p[3], v[3])
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			p, v := c.shape[0], c.shape[1]
			kernels.MixBackward(g[0], g[1], dy, c.ins[0], c.ins[1], p[0], p[1], p[2], p[3], v[3])
			return nil
		},
	},
	"delta_rule": {
		diff: allDiff,
		fwd: func(c *call) error {
			sh, beta := deltaArgs(c)
			kernels.DeltaRule(c.out, nil, c.ins[0], c.ins[1], c.ins[2], beta, f32(c.op.Float("beta", 0)), sh, mask(c.op, "mask"), f32(c.op.Float("scale", 1)))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			sh, beta := deltaArgs(c)
			var dbeta []float32
			if beta != nil {
				dbeta = g[3]
			}
			kernels.DeltaRuleBackward(g[0], g[1], g[2], dbeta, dy, c.ins[0], c.ins[1], c.ins[2], beta, f32(c.op.Float("beta", 0)), sh, mask(c.op, "mask"), f32(c.op.Float("scale", 1)))
			return nil
		},
	},
	"sigmoid": {
		diff: allDiff,
		fwd:  func(c *call) error { kernels.Sigmoid(c.out, c.ins[0]); return nil },
		bwd: func(c *call, dy []float32, g [][]float32) error {
			kernels.SigmoidBackward(g[0], c.out, dy)
			return nil
		},
	},
	"add": {
		diff: allDiff,
		fwd:  func(c *call) error { kernels.Add(c.out, c.ins[0], c.ins[1]); return nil },
		bwd: func(c *call, dy []float32, g [][]float32) error {
			kernels.AddBackward(g[0], g[1], dy)
			return nil
		},
	},
	"layernorm": {
		diff:    allDiff,
		partial: operands(1, 2), // gain and bias
		fwd: func(c *call) error {
			s := c.shape[0]
			kernels.LayerNorm(c.out, c.ins[0], c.ins[1], c.ins[2], rows(s), last(s), f32(c.op.Float("eps", 0)))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			kernels.LayerNormBackward(g[0], g[1], g[2], dy, c.ins[0], c.ins[1], rows(s), last(s), f32(c.op.Float("eps", 0)))
			return nil
		},
	},
	"rmsnorm": {
		diff:    allDiff,
		partial: operands(1), // the gain
		fwd: func(c *call) error {
			s := c.shape[0]
			kernels.RMSNorm(c.out, c.ins[0], c.ins[1], rows(s), last(s), f32(c.op.Float("eps", 0)))
			return nil
		},
		bwd: func(c *call, dy []float32, g [][]float32) error {
			s := c.shape[0]
			kernels.RMSNormBackward(g[0], g[1], dy, c.ins[0], c.ins[1], rows(s), last(s), f32(c.op.Float("eps", 0)))
			return nil
		},
	},
}

var linearImpl = impl{
	diff:    allDiff,
	partial: operands(1), // the weight matrix
	fwd: func(c *call) error {
		x, w := c.shape[0], c.shape[1]
		kernels.Linear(c.out, c.ins[0], c.ins[1], rows(x), last(x), w[0])
		return nil
	},
	bwd: func(c *call, dy []float32, g [][]float32) error {
		x, w := c.shape[0], c.shape[1]
		kernels.LinearBackward(g[0], g[1], dy, c.ins[0], c.ins[1], rows(x), last(x), w[0])
		return nil
	},
}

// deltaArgs reads the attention shape and the optional beta operand.
func deltaArgs(c *call) (kernels.AttnShape, []float32) {
	q, v := c.shape[0], c.shape[2]
	sh := kernels.AttnShape{B: q[0], H: q[1], T: q[2], DK: q[3], DV: v[3]}
	var beta []float32
	if len(c.ins) == 4 {
		beta = c.ins[3]
	}
	return sh, beta
}

func lookupImpl(op *ir.Op) (impl, error) {
	im, ok := impls[op.Name()]
	if !ok {
		return impl{}, fmt.Errorf("%s: %s has no CPU implementation", op.Pos, op.Ref())
	}
	return im, nil
}
