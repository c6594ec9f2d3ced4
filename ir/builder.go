package ir

import (
	"fmt"
	"strconv"
)

// Builder constructs a Graph op by op. Result types are left unknown; the
// shape-inference pass (or Infer) fills them in, so a builder user states
// only what the op is, not what it computes.
type Builder struct {
	g       *Graph
	names   map[string]bool
	weights map[string]*Weight // the weights this builder declared, by name
	pos     Pos
	next    int
	// base maps a result name to the last suffix fresh tried for it, so
	// that naming n values alike costs O(n), not O(n²).
	base map[string]int
}

// NewBuilder starts a graph with the given name.
func NewBuilder(name string) *Builder {
	return &Builder{g: &Graph{Name: name}, names: map[string]bool{}, weights: map[string]*Weight{}, base: map[string]int{}}
}

// At sets the position recorded on the following ops and weights.
func (b *Builder) At(p Pos) *Builder { b.pos = p; return b }

// Weight declares a weight (once; a second call with the same name and
// type returns the first declaration, with another type it panics: two
// uses of one weight must agree).
//
// The builder looks names up in its own index, not with Graph.Weight,
// whose misses cost a scan: a graph of n weights is built in O(n). The
// graph is the builder's until Return; should the caller edit g.Weights
// after Return and declare more weights, the builder notices the change of
// length (or a renamed weight) and asks the graph instead.
func (b *Builder) Weight(name string, t Type) *Weight {
	w, ok := b.weights[name]
	if len(b.g.Weights) != len(b.weights) || ok && w.Name != name {
		w = b.g.Weight(name)
	}
	if w != nil {
		if !w.Type.Equal(t) {
			panic(fmt.Sprintf("ir.Builder: weight @%s declared as %s and as %s", name, w.Type, t))
		}
		return w
	}
	w = &Weight{Name: name, Type: t, Pos: b.pos}
	b.g.Weights = append(b.g.Weights, w)
	b.weights[name] = w
	return w
}

// Param declares a graph input.
func (b *Builder) Param(name string, t Type) *Value {
	v := &Value{Name: b.fresh(name), Type: t}
	b.g.Params = append(b.g.Params, v)
	return v
}

// fresh returns name, or name with a numeric suffix if it is taken; an
// empty name gives a number.
func (b *Builder) fresh(name string) string {
	if name == "" {
		for {
			b.next++
			n := strconv.Itoa(b.next)
			if !b.names[n] {
				b.names[n] = true
				return n
			}
		}
	}
	// Names are never released, so every suffix below the last one tried
	// for name is still taken: resume from there (same names as trying
	// from 1, in amortized O(1)).
	n := name
	for i := b.base[name]; b.names[n]; {
		i++
		n = name + "_" + strconv.Itoa(i)
		b.base[name] = i
	}
	b.names[n] = true
	return n
}

// Op appends an op and returns its first result, named after name (or a
// fresh number). It panics on an unknown op or a wrong operand count: those
// are bugs in the caller, not in user input.
func (b *Builder) Op(name, result string, args []*Value, weights []*Weight, attrs Attrs) *Value {
	def := Lookup(name)
	if def == nil {
		panic("ir.Builder: unknown op " + name)
	}
	if n := len(args); n < len(def.Args)-def.OptArgs || n > len(def.Args) {
		panic(fmt.Sprintf("ir.Builder: %s takes %d value operands, got %d", name, len(def.Args), n))
	}
	if n := len(weights); n < len(def.Weights)-def.OptWeights || n > len(def.Weights) {
		panic(fmt.Sprintf("ir.Builder: %s takes %d weights, got %d", name, len(def.Weights), n))
	}
	if attrs == nil {
		attrs = Attrs{}
	}
	op := &Op{Def: def, Args: args, Weights: weights, Attrs: attrs, Pos: b.pos}
	for i := 0; i < def.Results; i++ {
		r := result
		if i > 0 && r != "" {
			r = fmt.Sprintf("%s_%d", result, i)
		}
		op.Results = append(op.Results, &Value{Name: b.fresh(r), Def: op})
	}
	b.g.Ops = append(b.g.Ops, op)
	return op.Results[0]
}

// Return sets the graph results and returns the finished graph.
func (b *Builder) Return(vs ...*Value) *Graph {
	b.g.Results = vs
	return b.g
}

// Infer computes the result types of every op in order from the op table.
// It stops at the first op that has an operand of unknown type or whose
// rule fails, and names that op and its position in the error.
func Infer(g *Graph) (changed bool, err error) {
	for _, op := range g.Ops {
		for _, a := range op.Args {
			if !a.Type.Known() {
				return changed, fmt.Errorf("%s: %s: operand %s has unknown type", op.Pos, op.Ref(), a)
			}
		}
		ts, err := op.Def.Infer(op)
		if err != nil {
			return changed, fmt.Errorf("%s: %s: %v", op.Pos, op.Ref(), err)
		}
		if len(ts) != len(op.Results) {
			return changed, fmt.Errorf("%s: %s: rule gives %d result types for %d results", op.Pos, op.Ref(), len(ts), len(op.Results))
		}
		for i, r := range op.Results {
			if !r.Type.Equal(ts[i]) {
				r.Type = ts[i]
				changed = true
			}
		}
	}
	return changed, nil
}
