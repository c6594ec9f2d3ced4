// Package cpu is hopf's reference backend: it translates graph IR into a
// gorgonia ExprGraph whose nodes are custom gorgonia Ops running the
// kernels of runtime/kernels (each with a hand-written backward), and runs
// it with a TapeMachine. Data is gorgonia.org/tensor. Gradients come from
// gorgonia's symbolic differentiation over those ops (Grad), which training
// builds on.
package cpu

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hopf-ml/hopf/ir"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Program is a graph compiled for one batch size B and sequence length T.
type Program struct {
	IR      *ir.Graph
	Env     map[string]int // B and T
	eg      *G.ExprGraph
	params  []*G.Node
	weights map[string]*G.Node
	values  map[*ir.Value]*G.Node
	outputs []*G.Node
	vm      G.VM
}

// Weights maps weight names to tensors shaped as the graph declares them
// (runtime/weights checks a file against the graph first).
type Weights map[string]*tensor.Dense

// Compile builds a Program for the given dimensions. Every weight the
// graph declares must be present with its declared shape.
func Compile(g *ir.Graph, w Weights, env map[string]int) (*Program, error) {
	if err := ir.Verify(g, ir.VerifyOptions{}); err != nil {
		return nil, err
	}
	p := &Program{IR: g, Env: env, eg: G.NewGraph(), weights: map[string]*G.Node{}, values: map[*ir.Value]*G.Node{}}
	for _, wt := range g.Weights {
		shape, err := concrete(wt.Type, env)
		if err != nil {
			return nil, fmt.Errorf("weight %s: %w", wt, err)
		}
		t, ok := w[wt.Name]
		if wt.Derived() {
			if t, err = concatRows(wt, w); err != nil {
				return nil, err
			}
			ok = true
		}
		if !ok {
			return nil, fmt.Errorf("weight %s (%s) is missing", wt.Name, wt.Type)
		}
		if !sameShape(t.Shape(), shape) || t.Dtype() != tensor.Float32 {
			return nil, fmt.Errorf("weight %s has shape %v (%v), want %v (float32)", wt.Name, []int(t.Shape()), t.Dtype(), shape)
		}
		p.weights[wt.Name] = G.NewTensor(p.eg, tensor.Float32, len(shape), G.WithShape(shape...), G.WithName(wt.Name), G.WithValue(t))
	}
	for _, v := range g.Params {
		shape, err := concrete(v.Type, env)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", v, err)
		}
		n := G.NewTensor(p.eg, dtypeOf(v.Type.Elem), len(shape), G.WithShape(shape...), G.WithName(v.Name))
		p.params = append(p.params, n)
		p.values[v] = n
	}
	for _, op := range g.Ops {
		if err := p.apply(op); err != nil {
			return nil, err
		}
	}
	for _, r := range g.Results {
		p.outputs = append(p.outputs, p.values[r])
	}
	return p, nil
}

// dtypeOf is the tensor dtype the CPU backend computes a value in: every
// float type runs in float32 (f16/bf16 models are converted on load).
func dtypeOf(e ir.Elem) tensor.Dtype {
	if e == ir.I32 {
		return tensor.Int32
	}
	return tensor.Float32
}

func (p *Program) apply(op *ir.Op) error {
	im, err := lookupImpl(op)
	if err != nil {
		return err
	}
	k := &kernelOp{im: im, c: call{op: op}}
	var nodes G.Nodes
	for _, a := range op.Args {
		shape, err := concrete(a.Type, p.Env)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", op.Pos, op.Ref(), err)
		}
		k.c.shape = append(k.c.shape, shape)
		k.ints = append(k.ints, a.Type.Elem == ir.I32)
		nodes = append(nodes, p.values[a])
	}
	for _, w := range op.Weights {
		shape, _ := concrete(w.Type, p.Env)
		k.c.shape = append(k.c.shape, shape)
		k.ints = append(k.ints, false)
		nodes = append(nodes, p.weights[w.Name])
	}
	for _, r := range op.Results {
		s, err := concrete(r.Type, p.Env)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", op.Pos, op.Ref(), err)
		}
		k.c.oshps = append(k.c.oshps, s)
	}
	k.c.oshp = k.c.oshps[0]
	n, err := G.ApplyOp(k, nodes...)
	if err != nil {
		return fmt.Errorf("%s: %s: building the gorgonia node: %w", op.Pos, op.Ref(), err)
	}
	if !k.multi() {
		p.values[op.Result()] = n
		return nil
	}
	off := 0
	for i, r := range op.Results {
		pn, err := G.ApplyOp(&pickOp{from: k, i: i, off: off, shape: k.c.oshps[i]}, n)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", op.Pos, op.Ref(), err)
		}
		p.values[r] = pn
		off += prod(k.c.oshps[i])
	}
	return nil
}

// concatRows builds a derived weight from its parts (row-wise).
func concatRows(wt *ir.Weight, w Weights) (*tensor.Dense, error) {
	var data []float32
	rows := 0
	for _, part := range wt.Concat {
		t, ok := w[part.Name]
		if !ok {
			return nil, fmt.Errorf("weight %s (%s, a part of %s) is missing", part.Name, part.Type, wt.Name)
		}
		data = append(data, t.Data().([]float32)...)
		rows += t.Shape()[0]
	}
	cols := wt.Type.Shape[1].N
	if rows*cols != len(data) {
		return nil, fmt.Errorf("weight %s: its parts hold %d values, want %d×%d", wt.Name, len(data), rows, cols)
	}
	return tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(data)), nil
}

// concrete binds a type's symbolic dimensions.
func concrete(t ir.Type, env map[string]int) ([]int, error) { return t.Dims(env) }

func sameShape(a tensor.Shape, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BindDims works out B and T (and any other symbol) from the shapes of the
// inputs given for the graph's parameters.
func BindDims(g *ir.Graph, shapes ...[]int) (map[string]int, error) {
	if len(shapes) != len(g.Params) {
		return nil, fmt.Errorf("graph @%s takes %d inputs, got %d", g.Name, len(g.Params), len(shapes))
	}
	env := map[string]int{}
	for i, p := range g.Params {
		s := shapes[i]
		bad := func() error {
			return fmt.Errorf("input %s has shape %v, want %s", p, s, p.Type)
		}
		if len(s) != p.Type.Rank() {
			return nil, bad()
		}
		for j, d := range p.Type.Shape {
			switch {
			case d.Sym == "" && d.N != s[j]:
				return nil, bad()
			case d.Sym != "":
				if v, ok := env[d.Sym]; ok && v != s[j] {
					return nil, fmt.Errorf("input %s binds %s=%d, but an earlier input bound %s=%d", p, d.Sym, s[j], d.Sym, v)
				}
				if s[j] < 1 {
					return nil, bad()
				}
				env[d.Sym] = s[j]
			}
		}
	}
	return env, nil
}

// ExprGraph is the underlying gorgonia graph (for training: add a loss,
// call gorgonia.Grad, build a machine).
func (p *Program) ExprGraph() *G.ExprGraph { return p.eg }

// Weight returns the node of a weight.
func (p *Program) Weight(name string) *G.Node { return p.weights[name] }

// Outputs returns the nodes of the graph results.
func (p *Program) Outputs() G.Nodes { return p.outputs }

// Inputs returns the nodes of the graph parameters.
func (p *Program) Inputs() G.Nodes { return p.params }

// Node returns the node computing an IR value.
func (p *Program) Node(v *ir.Value) *G.Node { return p.values[v] }

// Run binds the inputs, runs the forward pass and returns the results.
func (p *Program) Run(inputs ...*tensor.Dense) ([]*tensor.Dense, error) {
	if len(inputs) != len(p.params) {
		return nil, fmt.Errorf("graph @%s takes %d inputs, got %d", p.IR.Name, len(p.params), len(inputs))
	}
	for i, n := range p.params {
		in := inputs[i]
		if !sameShape(in.Shape(), n.Shape()) || in.Dtype() != n.Dtype() {
			return nil, fmt.Errorf("input %s: got %v %v, want %v %v", p.IR.Params[i], in.Dtype(), []int(in.Shape()), n.Dtype(), []int(n.Shape()))
		}
		if err := G.Let(n, in); err != nil {
			return nil, err
		}
	}
	if p.vm == nil {
		p.vm = G.NewTapeMachine(p.eg)
	}
	defer p.vm.Reset()
	if err := p.vm.RunAll(); err != nil {
		return nil, unwrapOpError(err)
	}
	out := make([]*tensor.Dense, len(p.outputs))
	for i, n := range p.outputs {
		d, ok := n.Value().(*tensor.Dense)
		if !ok {
			return nil, fmt.Errorf("output %s has no value", p.IR.Results[i])
		}
		out[i] = d.Clone().(*tensor.Dense)
	}
	return out, nil
}

// unwrapOpError returns our OpError from under gorgonia's machine wrapping
// ("PC 14. Failed to execute instruction ..."), or err itself.
func unwrapOpError(err error) error {
	var oe *OpError
	if errors.As(err, &oe) {
		return oe
	}
	// gorgonia's TapeMachine formats the op's error into a new one.
	const marker = "Failed to carry op.Do(): "
	if msg := err.Error(); strings.Contains(msg, marker) {
		return errors.New(msg[strings.LastIndex(msg, marker)+len(marker):])
	}
	return err
}
