package ir

import (
	"fmt"
	"math"
	"strconv"
	"sync/atomic"
)

// Value is an SSA value: a graph parameter or a result of an op.
type Value struct {
	Name string // printed as %Name; unique within a graph
	Type Type
	Def  *Op // nil for graph parameters
}

func (v *Value) String() string { return "%" + v.Name }

// Weight is a named parameter tensor of the model (a safetensors entry),
// or one derived from others: a weight with Concat is the row-wise
// concatenation of those weights (qkv fusion builds @L0.w_qkv from w_q,
// w_k, w_v), computed when weights are loaded, never stored in a file.
type Weight struct {
	Name   string // printed as @Name
	Type   Type
	Pos    Pos
	Concat []*Weight
}

// Derived reports whether the weight is computed from others.
func (w *Weight) Derived() bool { return len(w.Concat) > 0 }

func (w *Weight) String() string { return "@" + w.Name }

// Attr is an attribute value: int64, float64, string (an enum word) or bool.
type Attr any

// Attrs maps attribute names to values.
type Attrs map[string]Attr

// Op is one operation. Value operands come first, then weights.
type Op struct {
	Def     *OpDef
	Args    []*Value
	Weights []*Weight
	Attrs   Attrs
	Results []*Value
	Pos     Pos
	// Also lists the other DSL positions a fused op came from (Pos is the
	// first); printed after Pos in the trailing comment.
	Also []Pos
}

// AddPos records that op also came from p (kept unique, in order).
func (o *Op) AddPos(ps ...Pos) {
	for _, p := range ps {
		if !p.IsValid() || p == o.Pos {
			continue
		}
		dup := false
		for _, q := range o.Also {
			dup = dup || q == p
		}
		if !dup {
			o.Also = append(o.Also, p)
		}
	}
}

// Positions is Pos followed by Also.
func (o *Op) Positions() []Pos {
	if !o.Pos.IsValid() {
		return nil
	}
	return append([]Pos{o.Pos}, o.Also...)
}

// Name is the op's name in the table, e.g. "linear".
func (o *Op) Name() string { return o.Def.Name }

// Result is the first result.
func (o *Op) Result() *Value { return o.Results[0] }

// Int returns an integer attribute, or def when absent.
func (o *Op) Int(name string, def int64) int64 {
	if v, ok := o.Attrs[name].(int64); ok {
		return v
	}
	return def
}

// Float returns a float attribute, or def when absent.
func (o *Op) Float(name string, def float64) float64 {
	if v, ok := o.Attrs[name].(float64); ok {
		return v
	}
	return def
}

// Bool returns a boolean attribute, or def when absent.
func (o *Op) Bool(name string, def bool) bool {
	if v, ok := o.Attrs[name].(bool); ok {
		return v
	}
	return def
}

// Str returns an enum attribute, or def when absent.
func (o *Op) Str(name, def string) string {
	if v, ok := o.Attrs[name].(string); ok {
		return v
	}
	return def
}

// Ref names the op for messages: "op %q0 (linear)".
func (o *Op) Ref() string {
	if len(o.Results) > 0 {
		return fmt.Sprintf("op %s (%s)", o.Results[0], o.Def.Name)
	}
	return fmt.Sprintf("op (%s)", o.Def.Name)
}

// Graph is one model's dataflow graph. Ops are in a valid execution order.
type Graph struct {
	Name    string
	Weights []*Weight
	Params  []*Value
	Ops     []*Op
	Results []*Value
	Memory  *MemoryPlan // set by the plan-memory pass; printed after the graph

	// windex caches name → position in Weights for Weight; see there.
	windex atomic.Pointer[weightIndex]
}

// weightIndex maps weight names to their first position in the Weights
// slice it was built from, identified by its first element's address and
// its length.
type weightIndex struct {
	first **Weight
	n     int
	pos   map[string]int
}

// fresh reports whether the index was built from ws (the same backing
// array and length).
func (ix *weightIndex) fresh(ws []*Weight) bool {
	if ix == nil || ix.n != len(ws) {
		return false
	}
	return len(ws) == 0 || ix.first == &ws[0]
}

func (g *Graph) reindexWeights() *weightIndex {
	ix := &weightIndex{n: len(g.Weights), pos: make(map[string]int, len(g.Weights))}
	if len(g.Weights) > 0 {
		ix.first = &g.Weights[0]
	}
	for i, w := range g.Weights {
		if w == nil {
			continue
		}
		if _, dup := ix.pos[w.Name]; !dup {
			ix.pos[w.Name] = i
		}
	}
	g.windex.Store(ix)
	return ix
}

// Weight returns the weight with the given name, or nil (the first one
// found, in a malformed graph that declares the name twice).
//
// Lookups go through an index (name → position) built lazily, so a lookup
// that finds its weight costs O(1) rather than a scan: looking up every
// weight of a 65536-layer model would otherwise be quadratic. Code edits
// g.Weights directly (the builder and parser append, compiler passes
// filter it in place or insert into it, tests rename weights), so the
// index is never trusted blindly:
//   - it is rebuilt when g.Weights no longer has the length and backing
//     array it was built from (any append, insertion or removal);
//   - a hit is used only when the weight now at that position still has
//     the name looked up (a rename or an overwritten element rebuilds it);
//   - a miss is confirmed by a scan, which finds a weight renamed in place
//     to the name (and then rebuilds the index).
//
// A miss therefore costs what it always did, O(len(g.Weights)); the
// Builder, whose every new weight is a miss, keeps its own index instead.
// Weight is safe for concurrent use by readers that do not modify g.
func (g *Graph) Weight(name string) *Weight {
	ix := g.windex.Load()
	if !ix.fresh(g.Weights) {
		ix = g.reindexWeights()
	}
	if i, ok := ix.pos[name]; ok {
		if w := g.Weights[i]; w != nil && w.Name == name {
			return w
		}
	}
	for _, w := range g.Weights {
		if w != nil && w.Name == name {
			g.reindexWeights()
			return w
		}
	}
	return nil
}

// Uses counts, for every value, how many op operands and graph results
// refer to it.
func (g *Graph) Uses() map[*Value]int {
	n := make(map[*Value]int)
	for _, op := range g.Ops {
		for _, a := range op.Args {
			n[a]++
		}
	}
	for _, r := range g.Results {
		n[r]++
	}
	return n
}

// ReplaceUses makes every use of old refer to new instead.
func (g *Graph) ReplaceUses(old, new *Value) {
	for _, op := range g.Ops {
		for i, a := range op.Args {
			if a == old {
				op.Args[i] = new
			}
		}
	}
	for i, r := range g.Results {
		if r == old {
			g.Results[i] = new
		}
	}
}

// formatAttr prints an attribute value so that the parser reads back the
// same value: floats always carry a '.' or an exponent, and use the
// shortest representation that round-trips.
func formatAttr(a Attr) string {
	switch v := a.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "inf"
		case math.IsInf(v, -1):
			return "-inf"
		case math.IsNaN(v):
			return "nan"
		}
		s := strconv.FormatFloat(v, 'g', -1, 64)
		for _, c := range s {
			if c == '.' || c == 'e' {
				return s
			}
		}
		return s + ".0"
	case bool:
		return strconv.FormatBool(v)
	case string:
		return v
	}
	return fmt.Sprintf("<%T>", a)
}
