package cpu

import (
	"fmt"
	"hash"
	"hash/fnv"
	"math"

	"github.com/chewxy/hm"
	"github.com/hopf-ml/hopf/ir"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// kernelOp is a gorgonia Op that runs one IR op through runtime/kernels.
// Shapes are concrete: a Program is built for one (B, T). An op with
// several results (the dual ops: output and state) produces one flat
// buffer holding them one after the other; a pickOp per result reshapes
// its part.
type kernelOp struct {
	c    call // op, operand shapes and output shapes; data filled per run
	im   impl
	ints []bool // which operands are integer tensors
	// out is the output buffer, allocated on the first run and reused: a
	// value is consumed within the run that produced it, and Program.Run
	// copies the results out, so reuse is safe and saves an allocation
	// (and its zeroing) per op per run. Every forward kernel overwrites
	// its whole output.
	out     *tensor.Dense
	scratch map[string][]float32
}

func tt(rank int, dt tensor.Dtype) hm.Type { return G.TensorType{Dims: rank, Of: dt} }

// multi reports whether the op has several results (a flat output).
func (k *kernelOp) multi() bool { return len(k.c.oshps) > 1 }

// outShape is the gorgonia shape of the node: the result's, or the flat
// concatenation of all results.
func (k *kernelOp) outShape() []int {
	if !k.multi() {
		return k.c.oshp
	}
	n := 0
	for _, s := range k.c.oshps {
		n += prod(s)
	}
	return []int{n}
}

func (k *kernelOp) Arity() int { return len(k.c.shape) }

func (k *kernelOp) Type() hm.Type {
	ts := make([]hm.Type, 0, len(k.c.shape)+1)
	for i, s := range k.c.shape {
		dt := tensor.Float32
		if k.ints[i] {
			dt = tensor.Int32
		}
		ts = append(ts, tt(len(s), dt))
	}
	ts = append(ts, tt(len(k.outShape()), tensor.Float32))
	return hm.NewFnType(ts...)
}

func (k *kernelOp) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return tensor.Shape(append([]int(nil), k.outShape()...)), nil
}

// bind fills the call's operand slices from gorgonia values.
func (k *kernelOp) bind(c *call, vals []G.Value) error {
	c.ins = make([][]float32, len(k.c.shape))
	c.scratch = k.getScratch
	for i, v := range vals {
		d, ok := v.(*tensor.Dense)
		if !ok {
			return fmt.Errorf("%s: operand %d is %T, want a dense tensor", k.c.op.Ref(), i, v)
		}
		if k.ints[i] {
			c.ids, ok = d.Data().([]int32)
		} else {
			c.ins[i], ok = d.Data().([]float32)
		}
		if !ok {
			return fmt.Errorf("%s: operand %d has dtype %v", k.c.op.Ref(), i, d.Dtype())
		}
	}
	return nil
}

func (k *kernelOp) getScratch(key string, n int) []float32 {
	if k.scratch == nil {
		k.scratch = map[string][]float32{}
	}
	if b := k.scratch[key]; len(b) >= n {
		return b[:n]
	}
	b := make([]float32, n)
	k.scratch[key] = b
	return b
}

// setOutputs points c.out and c.outs into the flat buffer buf.
func (k *kernelOp) setOutputs(c *call, buf []float32) {
	c.outs = make([][]float32, len(k.c.oshps))
	off := 0
	for i, s := range k.c.oshps {
		c.outs[i] = buf[off : off+prod(s)]
		off += prod(s)
	}
	c.out = c.outs[0]
}

func (k *kernelOp) Do(vals ...G.Value) (G.Value, error) {
	c := k.c
	if err := k.bind(&c, vals); err != nil {
		return nil, err
	}
	if k.out == nil {
		k.out = tensor.New(tensor.WithShape(k.outShape()...), tensor.Of(tensor.Float32))
	}
	k.setOutputs(&c, k.out.Data().([]float32))
	if err := k.im.fwd(&c); err != nil {
		return nil, &OpError{Op: c.op, Err: err}
	}
	return k.out, nil
}

func (k *kernelOp) ReturnsPtr() bool     { return false }
func (k *kernelOp) CallsExtern() bool    { return false }
func (k *kernelOp) OverwritesInput() int { return -1 }
func (k *kernelOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.%s(%s)", k.c.op.Name(), k.c.op.Result())
}
func (k *kernelOp) Hashcode() uint32 { return hashOf(k) }
func (k *kernelOp) String() string   { return fmt.Sprintf("%s→%s", k.c.op.Name(), k.c.op.Result()) }

func hashOf(op G.Op) uint32 {
	h := fnv.New32a()
	op.WriteHash(h)
	return h.Sum32()
}

// DiffWRT and SymDiff make kernelOp an SDOp: the backward pass is one
// gradOp node computing every operand's gradient into one flat buffer, and
// one sliceOp per operand picking its part. Ops without a backward (the
// fused layer ops) differentiate nothing: train on the lowered stage.
func (k *kernelOp) DiffWRT(n int) []bool {
	if k.im.bwd == nil {
		return make([]bool, n)
	}
	return k.im.diff(k.c.op)
}

func (k *kernelOp) SymDiff(inputs G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	diff := k.DiffWRT(len(inputs))
	g := &gradOp{fwd: k, diff: diff}
	off := 0
	for i, s := range k.c.shape {
		g.offsets = append(g.offsets, off)
		if diff[i] {
			off += prod(s)
		}
	}
	g.total = off
	args := append(append(G.Nodes{}, inputs...), output, grad)
	flat, err := G.ApplyOp(g, args...)
	if err != nil {
		return nil, err
	}
	out := make(G.Nodes, len(inputs))
	for i, s := range k.c.shape {
		if !diff[i] {
			continue
		}
		out[i], err = G.ApplyOp(&sliceOp{from: g, i: i, off: g.offsets[i], shape: s}, flat)
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// poisonGrads makes gradOp fill every gradient buffer with NaN before
// zeroing those impl.partial names, so that a backward kernel that leaves
// part of a gradient it should overwrite unwritten shows (tests set it).
var poisonGrads = false

func fill(x []float32, v float32) {
	for i := range x {
		x[i] = v
	}
}

// gradOp computes the gradients of all differentiable operands of fwd.
// Operands: the forward operands, the forward output, the output gradient.
type gradOp struct {
	fwd     *kernelOp
	diff    []bool
	offsets []int
	total   int
	flat    *tensor.Dense // reused across runs, cleared before each
}

func (g *gradOp) Arity() int { return g.fwd.Arity() + 2 }

func (g *gradOp) Type() hm.Type {
	ft := g.fwd.Type().(*hm.FunctionType)
	ts := append(ft.FlatTypes(), tt(len(g.fwd.outShape()), tensor.Float32), tt(1, tensor.Float32))
	return hm.NewFnType(ts...)
}

func (g *gradOp) InferShape(...G.DimSizer) (tensor.Shape, error) { return tensor.Shape{g.total}, nil }

func (g *gradOp) Do(vals ...G.Value) (G.Value, error) {
	k := g.fwd
	n := len(k.c.shape)
	c := k.c
	if err := k.bind(&c, vals[:n]); err != nil {
		return nil, err
	}
	k.setOutputs(&c, vals[n].(*tensor.Dense).Data().([]float32))
	// For several results dy is flat too; its first part is the gradient
	// of the first result (the kernels take no gradient of the state).
	dy := vals[n+1].(*tensor.Dense).Data().([]float32)[:len(c.out)]
	if g.flat == nil {
		g.flat = tensor.New(tensor.WithShape(g.total), tensor.Of(tensor.Float32))
	}
	flat := g.flat
	buf := flat.Data().([]float32)
	grads := make([][]float32, n)
	for i, s := range k.c.shape {
		if g.diff[i] {
			grads[i] = buf[g.offsets[i] : g.offsets[i]+prod(s)]
			if poisonGrads {
				fill(grads[i], float32(math.NaN()))
			}
		}
	}
	// Only the gradients the kernel adds into need zeros; it overwrites
	// the rest (clearing every buffer was 7 % of a training step).
	if k.im.partial != nil {
		for _, i := range k.im.partial(c.op) {
			clear(grads[i])
		}
	}
	if err := k.im.bwd(&c, dy, grads); err != nil {
		return nil, &OpError{Op: c.op, Err: fmt.Errorf("gradient: %w", err)}
	}
	return flat, nil
}

func (g *gradOp) ReturnsPtr() bool     { return false }
func (g *gradOp) CallsExtern() bool    { return false }
func (g *gradOp) OverwritesInput() int { return -1 }
func (g *gradOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.grad.%s(%s)", g.fwd.c.op.Name(), g.fwd.c.op.Result())
}
func (g *gradOp) Hashcode() uint32 { return hashOf(g) }
func (g *gradOp) String() string   { return "∂" + g.fwd.String() }

// sliceOp picks operand i's gradient out of a gradOp's flat buffer. Its
// value is a view of its part of that buffer (no copy): the gradOp reuses
// the buffer across runs, so the view is made once. Nothing else reads the
// part, so an op that updates the view in place (gorgonia's gradient sums)
// changes only this operand's gradient.
type sliceOp struct {
	from  *gradOp
	i     int
	off   int
	shape []int
	out   *tensor.Dense
}

func (s *sliceOp) Arity() int { return 1 }
func (s *sliceOp) Type() hm.Type {
	return hm.NewFnType(tt(1, tensor.Float32), tt(len(s.shape), tensor.Float32))
}
func (s *sliceOp) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return tensor.Shape(append([]int(nil), s.shape...)), nil
}
func (s *sliceOp) Do(vals ...G.Value) (G.Value, error) {
	src := vals[0].(*tensor.Dense).Data().([]float32)
	part := src[s.off : s.off+prod(s.shape) : s.off+prod(s.shape)]
	if s.out == nil || len(part) == 0 || &s.out.Data().([]float32)[0] != &part[0] {
		s.out = tensor.New(tensor.WithShape(s.shape...), tensor.WithBacking(part))
	}
	return s.out, nil
}
func (s *sliceOp) ReturnsPtr() bool     { return false }
func (s *sliceOp) CallsExtern() bool    { return false }
func (s *sliceOp) OverwritesInput() int { return -1 }
func (s *sliceOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.gradslice.%s(%s).%d", s.from.fwd.c.op.Name(), s.from.fwd.c.op.Result(), s.i)
}
func (s *sliceOp) Hashcode() uint32 { return hashOf(s) }
func (s *sliceOp) String() string   { return fmt.Sprintf("∂%s[%d]", s.from.fwd.String(), s.i) }

// OpError is a failure of one op at run time (a token id out of range, a
// sequence longer than the position table). It names the op and its DSL
// position.
type OpError struct {
	Op  *ir.Op
	Err error
}

func (e *OpError) Error() string { return fmt.Sprintf("%s: %s: %v", e.Op.Pos, e.Op.Ref(), e.Err) }
func (e *OpError) Unwrap() error { return e.Err }

// pickOp reshapes result i out of a multi-result op's flat buffer.
type pickOp struct {
	from  *kernelOp
	i     int
	off   int
	shape []int
}

func (s *pickOp) Arity() int { return 1 }
func (s *pickOp) Type() hm.Type {
	return hm.NewFnType(tt(1, tensor.Float32), tt(len(s.shape), tensor.Float32))
}
func (s *pickOp) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return tensor.Shape(append([]int(nil), s.shape...)), nil
}
func (s *pickOp) Do(vals ...G.Value) (G.Value, error) {
	src := vals[0].(*tensor.Dense).Data().([]float32)
	out := tensor.New(tensor.WithShape(s.shape...), tensor.Of(tensor.Float32))
	copy(out.Data().([]float32), src[s.off:s.off+prod(s.shape)])
	return out, nil
}
func (s *pickOp) ReturnsPtr() bool     { return false }
func (s *pickOp) CallsExtern() bool    { return false }
func (s *pickOp) OverwritesInput() int { return -1 }
func (s *pickOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.pick.%s(%s).%d", s.from.c.op.Name(), s.from.c.op.Result(), s.i)
}
func (s *pickOp) Hashcode() uint32 { return hashOf(s) }
func (s *pickOp) String() string   { return fmt.Sprintf("%s[%d]", s.from.String(), s.i) }

// DiffWRT and SymDiff: the gradient of a pick is its gradient placed into
// an otherwise zero flat buffer (gorgonia adds those of several picks).
func (s *pickOp) DiffWRT(int) []bool { return []bool{true} }
func (s *pickOp) SymDiff(inputs G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	n, err := G.ApplyOp(&unpickOp{pick: s, total: prod(s.from.outShape())}, grad)
	return G.Nodes{n}, err
}

// unpickOp is pickOp's backward.
type unpickOp struct {
	pick  *pickOp
	total int
}

func (u *unpickOp) Arity() int { return 1 }
func (u *unpickOp) Type() hm.Type {
	return hm.NewFnType(tt(len(u.pick.shape), tensor.Float32), tt(1, tensor.Float32))
}
func (u *unpickOp) InferShape(...G.DimSizer) (tensor.Shape, error) { return tensor.Shape{u.total}, nil }
func (u *unpickOp) Do(vals ...G.Value) (G.Value, error) {
	out := tensor.New(tensor.WithShape(u.total), tensor.Of(tensor.Float32))
	copy(out.Data().([]float32)[u.pick.off:], vals[0].(*tensor.Dense).Data().([]float32))
	return out, nil
}
func (u *unpickOp) ReturnsPtr() bool     { return false }
func (u *unpickOp) CallsExtern() bool    { return false }
func (u *unpickOp) OverwritesInput() int { return -1 }
func (u *unpickOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.unpick.%s(%s).%d", u.pick.from.c.op.Name(), u.pick.from.c.op.Result(), u.pick.i)
}
func (u *unpickOp) Hashcode() uint32 { return hashOf(u) }
func (u *unpickOp) String() string   { return "∂" + u.pick.String() }
