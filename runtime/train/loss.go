package train

import (
	"fmt"
	"hash"
	"hash/fnv"
	"math"

	"github.com/chewxy/hm"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// The two losses are custom gorgonia Ops with hand-written gradients.
// Both reduce to a float32 scalar (gorgonia's Grad wants a scalar cost)
// and accumulate in float64. They do not use gorgonia.org/tensor's softmax,
// whose float32 version seeds every row's maximum with the tensor's first
// element (wrong, or NaN, for large or masked rows; docs/RATIONALE.md).
//
// Targets and row weights are data, not parameters: the gradient flows
// into the logits (or predictions) only.

// SoftmaxCrossEntropy is the mean over rows of −log softmax(logits_row)[target],
// for logits f32[..., V] and targets i32[...] (the leading dimensions of
// logits). A negative target marks a row that does not count (PyTorch's
// ignore_index); a target ≥ V is a run-time error. With no counted row the
// loss is 0.
func SoftmaxCrossEntropy(logits, targets *G.Node) (*G.Node, error) {
	ls, ts := logits.Shape(), targets.Shape()
	if len(ls) < 1 || len(ts) != len(ls)-1 {
		return nil, fmt.Errorf("cross-entropy: logits %v and targets %v: want logits [..., V] and targets [...]", ls, ts)
	}
	for i := range ts {
		if ts[i] != ls[i] {
			return nil, fmt.Errorf("cross-entropy: logits %v and targets %v: leading dimensions differ", ls, ts)
		}
	}
	if logits.Dtype() != tensor.Float32 || targets.Dtype() != tensor.Int32 {
		return nil, fmt.Errorf("cross-entropy: want f32 logits and i32 targets, got %v and %v", logits.Dtype(), targets.Dtype())
	}
	V := ls[len(ls)-1]
	op := &ceOp{rows: ls.TotalSize() / max(V, 1), V: V, lrank: len(ls), trank: len(ts)}
	return G.ApplyOp(op, logits, targets)
}

// MeanSquaredError is Σ_r w_r Σ_k (pred_rk − target_rk)² / (K Σ_r w_r) for
// pred and target f32[..., K] and row weights f32[...] (the leading
// dimensions): the mean squared error over the rows that count, weighted.
// With Σ w = 0 the loss is 0.
func MeanSquaredError(pred, target, weight *G.Node) (*G.Node, error) {
	ps, ts, ws := pred.Shape(), target.Shape(), weight.Shape()
	if len(ps) < 1 || !ps.Eq(ts) || len(ws) != len(ps)-1 {
		return nil, fmt.Errorf("mse: pred %v, target %v, weight %v: want pred and target [..., K] and weight [...]", ps, ts, ws)
	}
	for i := range ws {
		if ws[i] != ps[i] {
			return nil, fmt.Errorf("mse: pred %v and weight %v: leading dimensions differ", ps, ws)
		}
	}
	for _, n := range []*G.Node{pred, target, weight} {
		if n.Dtype() != tensor.Float32 {
			return nil, fmt.Errorf("mse: want f32 operands, got %v", n.Dtype())
		}
	}
	K := ps[len(ps)-1]
	op := &mseOp{rows: ps.TotalSize() / max(K, 1), K: K, prank: len(ps), wrank: len(ws)}
	return G.ApplyOp(op, pred, target, weight)
}

// CrossEntropyRows computes the loss of SoftmaxCrossEntropy on flat data
// and, when grad is not nil, writes its gradient with respect to the
// logits, scaled by g, into grad (every entry). Exported for tests and for
// the evaluation code.
func CrossEntropyRows(logits []float32, targets []int32, V int, grad []float32, g float64) (float64, error) {
	rows := len(targets)
	count := 0
	for r, t := range targets {
		if int(t) >= V {
			return 0, fmt.Errorf("cross-entropy: target %d in row %d is outside the vocabulary [0, %d)", t, r, V)
		}
		if t >= 0 {
			count++
		}
	}
	if grad != nil {
		clear(grad)
	}
	if count == 0 {
		return 0, nil
	}
	scale := g / float64(count)
	total := 0.0
	for r := 0; r < rows; r++ {
		t := targets[r]
		if t < 0 {
			continue
		}
		row := logits[r*V : (r+1)*V]
		lse := logSumExp(row)
		total += lse - float64(row[t])
		if grad != nil {
			gr := grad[r*V : (r+1)*V]
			for i, x := range row {
				gr[i] = float32(math.Exp(float64(x)-lse) * scale)
			}
			gr[t] -= float32(scale)
		}
	}
	return total / float64(count), nil
}

// logSumExp is log Σ exp(x_i) in float64, shifted by the row's own maximum.
func logSumExp(row []float32) float64 {
	m := math.Inf(-1)
	for _, x := range row {
		if float64(x) > m || math.IsNaN(float64(x)) {
			m = float64(x)
		}
	}
	if math.IsInf(m, 0) || math.IsNaN(m) {
		return m // all −∞ (−∞), some +∞ (+∞) or NaN: the loss says so
	}
	s := 0.0
	for _, x := range row {
		s += math.Exp(float64(x) - m)
	}
	return m + math.Log(s)
}

// MSERows computes the loss of MeanSquaredError on flat data and, when
// grad is not nil, its gradient with respect to pred scaled by g.
func MSERows(pred, target, weight []float32, K int, grad []float32, g float64) float64 {
	if grad != nil {
		clear(grad)
	}
	sw := 0.0
	for _, w := range weight {
		sw += float64(w)
	}
	if sw == 0 {
		return 0
	}
	norm := 1 / (float64(K) * sw)
	total := 0.0
	for r, w := range weight {
		if w == 0 {
			continue
		}
		for k := r * K; k < (r+1)*K; k++ {
			d := float64(pred[k]) - float64(target[k])
			total += float64(w) * d * d
			if grad != nil {
				grad[k] = float32(2 * float64(w) * d * norm * g)
			}
		}
	}
	return total * norm
}

func tt(rank int, dt tensor.Dtype) hm.Type {
	if rank == 0 {
		return dt
	}
	return G.TensorType{Dims: rank, Of: dt}
}

func hashOf(op G.Op) uint32 {
	h := fnv.New32a()
	op.WriteHash(h)
	return h.Sum32()
}

func denseF32(v G.Value, what string) ([]float32, error) {
	d, ok := v.(*tensor.Dense)
	if !ok {
		return nil, fmt.Errorf("%s is %T, want a dense tensor", what, v)
	}
	f, ok := d.Data().([]float32)
	if !ok {
		return nil, fmt.Errorf("%s has dtype %v, want float32", what, d.Dtype())
	}
	return f, nil
}

// scalarOf reads the value of a scalar node (gorgonia's F32/F64, or a
// one-element tensor).
func scalarOf(v G.Value) (float64, error) {
	switch s := v.(type) {
	case *G.F32:
		return float64(*s), nil
	case *G.F64:
		return float64(*s), nil
	case *tensor.Dense:
		switch d := s.Data().(type) {
		case float32:
			return float64(d), nil
		case float64:
			return d, nil
		case []float32:
			if len(d) == 1 {
				return float64(d[0]), nil
			}
		case []float64:
			if len(d) == 1 {
				return d[0], nil
			}
		}
	}
	return 0, fmt.Errorf("want a scalar gradient, got %T", v)
}

// ceOp is SoftmaxCrossEntropy's forward.
type ceOp struct {
	rows, V      int
	lrank, trank int
	last         float64 // the loss of the latest run, in float64
}

func (o *ceOp) Arity() int { return 2 }
func (o *ceOp) Type() hm.Type {
	return hm.NewFnType(tt(o.lrank, tensor.Float32), tt(o.trank, tensor.Int32), tensor.Float32)
}
func (o *ceOp) InferShape(...G.DimSizer) (tensor.Shape, error) { return tensor.ScalarShape(), nil }
func (o *ceOp) Do(vals ...G.Value) (G.Value, error) {
	logits, err := denseF32(vals[0], "cross-entropy logits")
	if err != nil {
		return nil, err
	}
	targets, ok := vals[1].Data().([]int32)
	if !ok {
		return nil, fmt.Errorf("cross-entropy targets are %T, want int32", vals[1].Data())
	}
	o.last, err = CrossEntropyRows(logits, targets, o.V, nil, 0)
	if err != nil {
		return nil, err
	}
	return G.NewF32(float32(o.last)), nil
}
func (o *ceOp) ReturnsPtr() bool      { return false }
func (o *ceOp) CallsExtern() bool     { return false }
func (o *ceOp) OverwritesInput() int  { return -1 }
func (o *ceOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "hopf.train.cross_entropy(%d,%d)", o.rows, o.V) }
func (o *ceOp) Hashcode() uint32      { return hashOf(o) }
func (o *ceOp) String() string        { return "cross_entropy" }
func (o *ceOp) DiffWRT(int) []bool    { return []bool{true, false} }
func (o *ceOp) SymDiff(inputs G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	n, err := G.ApplyOp(&ceGradOp{fwd: o}, inputs[0], inputs[1], grad)
	return G.Nodes{n, nil}, err
}

// ceGradOp is ∂(cross-entropy)/∂logits · g: (softmax − onehot)·g/count.
type ceGradOp struct {
	fwd *ceOp
	out *tensor.Dense // reused across runs
}

func (o *ceGradOp) Arity() int { return 3 }
func (o *ceGradOp) Type() hm.Type {
	return hm.NewFnType(tt(o.fwd.lrank, tensor.Float32), tt(o.fwd.trank, tensor.Int32), tensor.Float32, tt(o.fwd.lrank, tensor.Float32))
}
func (o *ceGradOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	return shapeOf(in[0])
}
func (o *ceGradOp) Do(vals ...G.Value) (G.Value, error) {
	logits, err := denseF32(vals[0], "cross-entropy logits")
	if err != nil {
		return nil, err
	}
	targets, ok := vals[1].Data().([]int32)
	if !ok {
		return nil, fmt.Errorf("cross-entropy targets are %T, want int32", vals[1].Data())
	}
	g, err := scalarOf(vals[2])
	if err != nil {
		return nil, err
	}
	if o.out == nil {
		o.out = tensor.New(tensor.WithShape(vals[0].Shape().Clone()...), tensor.Of(tensor.Float32))
	}
	if _, err := CrossEntropyRows(logits, targets, o.fwd.V, o.out.Data().([]float32), g); err != nil {
		return nil, err
	}
	return o.out, nil
}
func (o *ceGradOp) ReturnsPtr() bool     { return false }
func (o *ceGradOp) CallsExtern() bool    { return false }
func (o *ceGradOp) OverwritesInput() int { return -1 }
func (o *ceGradOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.train.cross_entropy_grad(%d,%d)", o.fwd.rows, o.fwd.V)
}
func (o *ceGradOp) Hashcode() uint32 { return hashOf(o) }
func (o *ceGradOp) String() string   { return "∂cross_entropy" }

// mseOp is MeanSquaredError's forward.
type mseOp struct {
	rows, K      int
	prank, wrank int
	last         float64
}

func (o *mseOp) Arity() int { return 3 }
func (o *mseOp) Type() hm.Type {
	return hm.NewFnType(tt(o.prank, tensor.Float32), tt(o.prank, tensor.Float32), tt(o.wrank, tensor.Float32), tensor.Float32)
}
func (o *mseOp) InferShape(...G.DimSizer) (tensor.Shape, error) { return tensor.ScalarShape(), nil }
func (o *mseOp) Do(vals ...G.Value) (G.Value, error) {
	p, t, w, err := mseArgs(vals)
	if err != nil {
		return nil, err
	}
	o.last = MSERows(p, t, w, o.K, nil, 0)
	return G.NewF32(float32(o.last)), nil
}
func (o *mseOp) ReturnsPtr() bool      { return false }
func (o *mseOp) CallsExtern() bool     { return false }
func (o *mseOp) OverwritesInput() int  { return -1 }
func (o *mseOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "hopf.train.mse(%d,%d)", o.rows, o.K) }
func (o *mseOp) Hashcode() uint32      { return hashOf(o) }
func (o *mseOp) String() string        { return "mse" }
func (o *mseOp) DiffWRT(int) []bool    { return []bool{true, false, false} }
func (o *mseOp) SymDiff(inputs G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	n, err := G.ApplyOp(&mseGradOp{fwd: o}, inputs[0], inputs[1], inputs[2], grad)
	return G.Nodes{n, nil, nil}, err
}

func mseArgs(vals []G.Value) (p, t, w []float32, err error) {
	if p, err = denseF32(vals[0], "mse prediction"); err != nil {
		return
	}
	if t, err = denseF32(vals[1], "mse target"); err != nil {
		return
	}
	w, err = denseF32(vals[2], "mse weight")
	return
}

// mseGradOp is ∂(mse)/∂pred · g.
type mseGradOp struct {
	fwd *mseOp
	out *tensor.Dense
}

func (o *mseGradOp) Arity() int { return 4 }
func (o *mseGradOp) Type() hm.Type {
	f := tt(o.fwd.prank, tensor.Float32)
	return hm.NewFnType(f, f, tt(o.fwd.wrank, tensor.Float32), tensor.Float32, f)
}
func (o *mseGradOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) { return shapeOf(in[0]) }
func (o *mseGradOp) Do(vals ...G.Value) (G.Value, error) {
	p, t, w, err := mseArgs(vals)
	if err != nil {
		return nil, err
	}
	g, err := scalarOf(vals[3])
	if err != nil {
		return nil, err
	}
	if o.out == nil {
		o.out = tensor.New(tensor.WithShape(vals[0].Shape().Clone()...), tensor.Of(tensor.Float32))
	}
	MSERows(p, t, w, o.fwd.K, o.out.Data().([]float32), g)
	return o.out, nil
}
func (o *mseGradOp) ReturnsPtr() bool     { return false }
func (o *mseGradOp) CallsExtern() bool    { return false }
func (o *mseGradOp) OverwritesInput() int { return -1 }
func (o *mseGradOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "hopf.train.mse_grad(%d,%d)", o.fwd.rows, o.fwd.K)
}
func (o *mseGradOp) Hashcode() uint32 { return hashOf(o) }
func (o *mseGradOp) String() string   { return "∂mse" }

// shapeOf reads a DimSizer's shape (gorgonia passes the operands' shapes).
func shapeOf(d G.DimSizer) (tensor.Shape, error) {
	switch s := d.(type) {
	case tensor.Shape:
		return s.Clone(), nil
	}
	return nil, fmt.Errorf("cannot read the shape of %T", d)
}
