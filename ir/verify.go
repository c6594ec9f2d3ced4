package ir

import (
	"errors"
	"fmt"
	"math"
)

// VerifyError lists every problem the verifier found, one per line.
type VerifyError struct {
	Graph    string
	Problems []string
}

func (e *VerifyError) Error() string {
	msg := fmt.Sprintf("graph @%s failed verification:", e.Graph)
	for _, p := range e.Problems {
		msg += "\n  " + p
	}
	return msg
}

// VerifyOptions tune the verifier.
type VerifyOptions struct {
	// AllowUnknownTypes accepts result types not inferred yet (the IR as
	// lowering leaves it, before shape inference).
	AllowUnknownTypes bool
}

// Verify checks g: every op is in the table with the right operand counts
// and kinds, attributes are declared, present when required and of the
// right kind, values are defined once before use, weights are declared,
// and each op's result types are those its table rule infers. Messages name
// the op and its DSL position.
func Verify(g *Graph, opts VerifyOptions) error {
	n := len(g.Params) + len(g.Ops) // values, about: most ops have one result
	v := &verifier{g: g, opts: opts, byName: make(map[string]*Value, n)}
	v.run()
	if len(v.problems) == 0 {
		v.checkMemory()
	}
	if len(v.problems) > 0 {
		return &VerifyError{Graph: g.Name, Problems: v.problems}
	}
	return nil
}

type verifier struct {
	g    *Graph
	opts VerifyOptions
	// byName holds the defined values by name, the first one of a name;
	// clashed, those defined under a name taken first. One map, not a set
	// of values and one of names, as big graphs spend their verification
	// time in these lookups.
	byName   map[string]*Value
	clashed  map[*Value]bool
	problems []string
}

func (v *verifier) addf(format string, args ...any) {
	v.problems = append(v.problems, fmt.Sprintf(format, args...))
}

// define records val as defined; where (a string or an opRef) names the
// definition in messages.
func (v *verifier) define(val *Value, where any) {
	if val == nil {
		v.addf("%s: nil value", where)
		return
	}
	prev, taken := v.byName[val.Name]
	if prev == val || v.clashed[val] {
		v.addf("%s: value %s defined twice", where, val)
	}
	if !validName(val.Name) {
		v.addf("%s: value name %q is not a valid IR name (letters, digits, '_' and '.')", where, val.Name)
	}
	if taken {
		v.addf("%s: value name %s is used by another value", where, val)
	}
	switch {
	case !taken:
		v.byName[val.Name] = val
	case prev != val:
		if v.clashed == nil {
			v.clashed = map[*Value]bool{}
		}
		v.clashed[val] = true
	}
}

// defined reports whether val has been defined so far.
func (v *verifier) defined(val *Value) bool {
	return val != nil && (v.byName[val.Name] == val || v.clashed[val])
}

func (v *verifier) run() {
	g := v.g
	if g.Name == "" {
		v.addf("graph has no name")
	} else if !validName(g.Name) {
		v.addf("graph name %q is not a valid IR name (letters, digits, '_' and '.')", g.Name)
	}
	weights := make(map[*Weight]bool, len(g.Weights))
	wnames := make(map[string]bool, len(g.Weights))
	for _, w := range g.Weights {
		if w == nil {
			v.addf("nil weight declaration")
			continue
		}
		if wnames[w.Name] {
			v.addf("weight %s declared twice", w)
		}
		wnames[w.Name] = true
		if w.Derived() {
			v.concat(w, weights)
		}
		weights[w] = true
		if !validName(w.Name) {
			v.addf("weight name %q is not a valid IR name (letters, digits, '_' and '.')", w.Name)
		}
		if !w.Type.Known() || !w.Type.Elem.IsFloat() {
			v.addf("weight %s has type %s, want a float type", w, w.Type)
		} else if err := checkType(w.Type); err != nil {
			v.addf("weight %s: %v", w, err)
		}
	}
	for _, p := range g.Params {
		if p == nil {
			v.addf("nil parameter")
			continue
		}
		v.define(p, "parameter "+p.String())
		if p.Def != nil {
			v.addf("parameter %s has a defining op", p)
		}
		if !p.Type.Known() {
			v.addf("parameter %s has unknown type", p)
		} else if err := checkType(p.Type); err != nil {
			v.addf("parameter %s: %v", p, err)
		}
	}
	for i, op := range g.Ops {
		v.op(i, op, weights)
	}
	if len(g.Results) == 0 {
		v.addf("graph returns nothing")
	}
	for _, r := range g.Results {
		if !v.defined(r) {
			v.addf("graph returns %v, which is not defined", r)
		}
	}
}

func (v *verifier) op(i int, op *Op, weights map[*Weight]bool) {
	if op == nil || op.Def == nil || Lookup(op.Def.Name) != op.Def {
		v.addf("op #%d has no definition in the op table", i)
		return
	}
	d := op.Def
	ref := opRef{op} // formatted only into a problem: most ops have none
	ok := true
	if n := len(op.Args); n < len(d.Args)-d.OptArgs || n > len(d.Args) {
		v.addf("%s has %d value operands, want %s", ref, n, arity(len(d.Args)-d.OptArgs, len(d.Args)))
		ok = false
	}
	if n := len(op.Weights); n < len(d.Weights)-d.OptWeights || n > len(d.Weights) {
		v.addf("%s has %d weight operands, want %s", ref, n, arity(len(d.Weights)-d.OptWeights, len(d.Weights)))
		ok = false
	}
	for j, a := range op.Args {
		if !v.defined(a) {
			v.addf("%s: operand %d (%v) is not defined before use", ref, j, a)
			ok = false
		} else if !a.Type.Known() {
			if !v.opts.AllowUnknownTypes {
				v.addf("%s: operand %s has unknown type", ref, a)
			}
			ok = false
		}
	}
	for _, w := range op.Weights {
		if w == nil || !weights[w] {
			v.addf("%s: weight %v is not declared in the graph", ref, w)
			ok = false
		}
	}
	for _, ad := range d.Attrs {
		a, present := op.Attrs[ad.Name]
		if !present {
			if ad.Required {
				v.addf("%s: missing attribute %s", ref, ad.Name)
				ok = false
			}
			continue
		}
		if err := checkAttr(ad, a); err != nil {
			v.addf("%s: attribute %s: %v", ref, ad.Name, err)
			ok = false
		}
	}
	for k := range op.Attrs {
		if d.Attr(k) == nil {
			v.addf("%s: unknown attribute %s", ref, k)
			ok = false
		}
	}
	if len(op.Results) != d.Results {
		v.addf("%s has %d results, want %d", ref, len(op.Results), d.Results)
		ok = false
	}
	for _, r := range op.Results {
		v.define(r, ref)
		if r == nil {
			ok = false
			continue
		}
		if r.Def != op {
			v.addf("%s: result %s does not point back to its op", ref, r)
		}
		if r.Type.Known() {
			if err := checkType(r.Type); err != nil {
				v.addf("%s: result %s: %v", ref, r, err)
				ok = false
			}
		}
	}
	if !ok {
		return
	}
	want, err := d.Infer(op)
	if err != nil {
		v.addf("%s: %v", ref, err)
		return
	}
	for j, r := range op.Results {
		switch {
		case !r.Type.Known():
			if !v.opts.AllowUnknownTypes {
				v.addf("%s: result %s has unknown type, want %s (run shape inference)", ref, r, want[j])
			}
		case !r.Type.Equal(want[j]):
			v.addf("%s: result %s has type %s, want %s", ref, r, r.Type, want[j])
		}
	}
}

// opRef names an op and its position in messages, "pos: op %r (name)",
// when formatted: the verifier would otherwise format this for every op of
// every graph it checks.
type opRef struct{ op *Op }

func (r opRef) String() string { return fmt.Sprintf("%s: %s", r.op.Pos, r.op.Ref()) }

func checkAttr(ad AttrDef, a Attr) error {
	switch ad.Kind {
	case AttrInt:
		if _, ok := a.(int64); !ok {
			return fmt.Errorf("want an integer, have %T", a)
		}
	case AttrFloat:
		f, ok := a.(float64)
		if !ok {
			return fmt.Errorf("want a float, have %T", a)
		}
		if math.IsNaN(f) {
			return errors.New("is NaN")
		}
	case AttrBool:
		if _, ok := a.(bool); !ok {
			return fmt.Errorf("want a bool, have %T", a)
		}
	case AttrEnum:
		s, ok := a.(string)
		if !ok {
			return fmt.Errorf("want a word, have %T", a)
		}
		for _, e := range ad.Enum {
			if e == s {
				return nil
			}
		}
		return fmt.Errorf("%q is not one of %v", s, ad.Enum)
	}
	return nil
}

// validName reports whether s prints as a value, weight or graph name that
// the parser reads back.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isNameRune(r) {
			return false
		}
	}
	return true
}

// checkType checks that a known type prints in a form the parser reads
// back: a named element type, constant dimensions ≥ 0, and symbols that are
// identifiers.
func checkType(t Type) error {
	if _, ok := ParseElem(t.Elem.String()); !ok {
		return fmt.Errorf("type %s has an invalid element type", t)
	}
	for _, d := range t.Shape {
		if d.IsConst() {
			if d.N < 0 {
				return fmt.Errorf("type %s has a negative dimension", t)
			}
			continue
		}
		for i, r := range d.Sym {
			if r == '.' || !isNameRune(r) || i == 0 && r >= '0' && r <= '9' {
				return fmt.Errorf("type %s has a bad dimension name %q", t, d.Sym)
			}
		}
	}
	return nil
}

func arity(lo, hi int) string {
	if lo == hi {
		return fmt.Sprint(hi)
	}
	return fmt.Sprintf("%d to %d", lo, hi)
}

// concat checks a derived weight: its parts are declared before it, all
// are matrices of its element type and width, and their rows add up.
func (v *verifier) concat(w *Weight, declared map[*Weight]bool) {
	rows := 0
	for _, p := range w.Concat {
		if p == nil || !declared[p] {
			v.addf("weight %s concatenates %v, which is not declared before it", w, p)
			return
		}
		if p.Derived() {
			v.addf("weight %s concatenates %s, which is itself derived", w, p)
		}
		if p.Type.Rank() != 2 || w.Type.Rank() != 2 || p.Type.Elem != w.Type.Elem || p.Type.Shape[1] != w.Type.Shape[1] || !p.Type.Shape[0].IsConst() {
			v.addf("weight %s (%s) concatenates %s (%s): want matrices of the same element type and width", w, w.Type, p, p.Type)
			return
		}
		rows += p.Type.Shape[0].N
	}
	if w.Type.Rank() == 2 && w.Type.Shape[0] != C(rows) {
		v.addf("weight %s has %s rows, but its parts have %d", w, w.Type.Shape[0], rows)
	}
}
