package ir

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// AttrKind is the type of an attribute.
type AttrKind uint8

const (
	AttrInt AttrKind = iota
	AttrFloat
	AttrEnum
	AttrBool
)

// AttrDef declares one attribute of an op.
type AttrDef struct {
	Name     string
	Kind     AttrKind
	Enum     []string // allowed words for AttrEnum
	Required bool
}

// OpDef declares an op once; the builder, printer, parser and verifier all
// read it. Value operands come first, then weight operands; the last Opt*
// of each list may be left out.
type OpDef struct {
	Name       string
	Args       []string // value operand names, for messages
	OptArgs    int
	Weights    []string // weight operand names
	OptWeights int
	Attrs      []AttrDef
	Results    int
	// Infer computes the result types from the operand types and attributes,
	// and checks everything the op requires of them. Operand types are known
	// when it is called.
	Infer func(op *Op) ([]Type, error)
	Doc   string
}

// Attr returns the declaration of the named attribute, or nil.
func (d *OpDef) Attr(name string) *AttrDef {
	for i := range d.Attrs {
		if d.Attrs[i].Name == name {
			return &d.Attrs[i]
		}
	}
	return nil
}

var opTable = map[string]*OpDef{}

// Register adds op definitions to the table. Later issues' passes (fusion,
// dual form) declare their ops in the same way. It panics on a duplicate
// name, which is a programming error caught at init.
func Register(defs ...*OpDef) {
	for _, d := range defs {
		if _, dup := opTable[d.Name]; dup {
			panic("ir: op " + d.Name + " registered twice")
		}
		if d.Results == 0 {
			d.Results = 1
		}
		opTable[d.Name] = d
	}
}

// Lookup returns the definition of the named op, or nil.
func Lookup(name string) *OpDef { return opTable[name] }

// Ops lists all op definitions sorted by name.
func Ops() []*OpDef {
	out := make([]*OpDef, 0, len(opTable))
	for _, d := range opTable {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

var (
	maskKinds = []string{"causal", "strict", "none", "window"}
	fillKinds = []string{"neg_inf", "zero"}
)

func init() {
	Register(
		&OpDef{Name: "embed", Args: []string{"tokens"}, Weights: []string{"table"},
			Infer: inferEmbed, Doc: "rows of table[V,D] picked by integer ids: [..., D]"},
		&OpDef{Name: "embed_pos", Args: []string{"x"}, Weights: []string{"table"},
			Infer: inferEmbedPos, Doc: "x[B,T,D] + table[0:T] (learned positions)"},
		&OpDef{Name: "linear", Args: []string{"x"}, Weights: []string{"w"},
			Infer: inferLinear, Doc: "x[...,K] · wᵀ with w[N,K]: [...,N]"},
		&OpDef{Name: "unembed", Args: []string{"x"}, Weights: []string{"w"},
			Infer: inferLinear, Doc: "logits x[...,D] · wᵀ with w[V,D]: [...,V]"},
		&OpDef{Name: "split_heads", Args: []string{"x"},
			Attrs: []AttrDef{{Name: "heads", Kind: AttrInt, Required: true}, {Name: "offset", Kind: AttrInt}, {Name: "width", Kind: AttrInt}},
			Infer: inferSplitHeads, Doc: "[B,T,H·d] → [B,H,T,d]; with offset/width, of the columns [offset, offset+width) (a slice of a fused qkv)"},
		&OpDef{Name: "slice", Args: []string{"x"},
			Attrs: []AttrDef{{Name: "offset", Kind: AttrInt, Required: true}, {Name: "width", Kind: AttrInt, Required: true}},
			Infer: inferSlice, Doc: "columns [offset, offset+width) of the last axis"},
		&OpDef{Name: "merge_heads", Args: []string{"x"},
			Infer: inferMergeHeads, Doc: "[B,H,T,d] → [B,T,H·d]"},
		&OpDef{Name: "feature", Args: []string{"x"},
			Attrs: []AttrDef{{Name: "map", Kind: AttrEnum, Enum: featureWords, Required: true}},
			Infer: inferSameFloat, Doc: "feature map φ for linear/delta attention: elu1 elementwise, l2 normalises each head vector to unit length"},
		&OpDef{Name: "scores", Args: []string{"q", "k"},
			Attrs: []AttrDef{{Name: "scale", Kind: AttrFloat, Required: true}},
			Infer: inferScores, Doc: "scale · q[B,H,T,d] · k[B,H,S,d]ᵀ: [B,H,T,S]"},
		&OpDef{Name: "mask", Args: []string{"s"},
			Attrs: []AttrDef{
				{Name: "kind", Kind: AttrEnum, Enum: maskKinds, Required: true},
				{Name: "window", Kind: AttrInt},
				{Name: "fill", Kind: AttrEnum, Enum: fillKinds, Required: true},
			},
			Infer: inferMask, Doc: "replace invisible entries of s[B,H,T,S] by fill (−∞ before softmax, 0 for linear attention)"},
		&OpDef{Name: "softmax", Args: []string{"x"},
			Infer: inferSameFloat, Doc: "softmax over the last axis"},
		&OpDef{Name: "mix", Args: []string{"p", "v"},
			Attrs: []AttrDef{{Name: "form", Kind: AttrEnum, Enum: formWords}, {Name: "chunk", Kind: AttrInt}},
			Infer: inferMix, Doc: "p[B,H,T,S] · v[B,H,S,dv]: [B,H,T,dv]; form/chunk carry a DSL `form` choice for linear attention to the dualize pass"},
		&OpDef{Name: "delta_rule", Args: []string{"q", "k", "v", "beta"}, OptArgs: 1,
			Attrs: []AttrDef{
				{Name: "mask", Kind: AttrEnum, Enum: []string{"causal", "strict"}, Required: true},
				{Name: "scale", Kind: AttrFloat, Required: true},
				{Name: "beta", Kind: AttrFloat},
				{Name: "form", Kind: AttrEnum, Enum: formWords},
				{Name: "chunk", Kind: AttrInt},
			},
			Infer: inferDelta,
			Doc:   "delta-rule attention: S_t = S_{t-1} + β_t (v_t − S_{t-1} k_t) k_tᵀ, o_t = scale · S q_t; beta[B,T,H] operand or constant attribute"},
		&OpDef{Name: "sigmoid", Args: []string{"x"},
			Infer: inferSameFloat, Doc: "elementwise logistic function"},
		&OpDef{Name: "add", Args: []string{"a", "b"},
			Infer: inferAdd, Doc: "elementwise a + b of equal types (the residual update)"},
		&OpDef{Name: "layernorm", Args: []string{"x"}, Weights: []string{"weight", "bias"},
			Attrs: []AttrDef{{Name: "eps", Kind: AttrFloat, Required: true}},
			Infer: inferNorm, Doc: "layer normalisation over the last axis"},
		&OpDef{Name: "rmsnorm", Args: []string{"x"}, Weights: []string{"weight"},
			Attrs: []AttrDef{{Name: "eps", Kind: AttrFloat, Required: true}},
			Infer: inferNorm, Doc: "RMS normalisation over the last axis"},
	)
}

func one(t Type) ([]Type, error) { return []Type{t}, nil }

func errf(format string, args ...any) ([]Type, error) { return nil, fmt.Errorf(format, args...) }

// wantRank checks the rank and floatness of operand i.
func wantRank(op *Op, i, rank int) error {
	t := op.Args[i].Type
	if rank >= 0 && t.Rank() != rank {
		return fmt.Errorf("operand %s (%s) has type %s, want rank %d", op.Def.Args[i], op.Args[i], t, rank)
	}
	if rank < 0 && t.Rank() < -rank {
		return fmt.Errorf("operand %s (%s) has type %s, want rank ≥ %d", op.Def.Args[i], op.Args[i], t, -rank)
	}
	if !t.Elem.IsFloat() {
		return fmt.Errorf("operand %s (%s) has type %s, want a float type", op.Def.Args[i], op.Args[i], t)
	}
	return nil
}

func sameElem(op *Op, t Type, w *Weight) error {
	if t.Elem != w.Type.Elem {
		return fmt.Errorf("weight %s has element type %s, want %s like the input", w, w.Type.Elem, t.Elem)
	}
	return nil
}

func inferEmbed(op *Op) ([]Type, error) {
	ids, w := op.Args[0].Type, op.Weights[0]
	if ids.Elem != I32 {
		return errf("operand tokens (%s) has type %s, want i32 ids", op.Args[0], ids)
	}
	if w.Type.Rank() != 2 || !w.Type.Elem.IsFloat() {
		return errf("weight %s has type %s, want a float [vocab, d_model] table", w, w.Type)
	}
	return one(T(w.Type.Elem, append(append([]Dim(nil), ids.Shape...), w.Type.Shape[1])...))
}

func inferEmbedPos(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, 3); err != nil {
		return nil, err
	}
	x, w := op.Args[0].Type, op.Weights[0]
	if w.Type.Rank() != 2 || w.Type.Shape[1] != x.Last() {
		return errf("weight %s has type %s, want [context, %s] for input %s", w, w.Type, x.Last(), x)
	}
	if err := sameElem(op, x, w); err != nil {
		return nil, err
	}
	return one(x)
}

func inferLinear(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, -1); err != nil {
		return nil, err
	}
	x, w := op.Args[0].Type, op.Weights[0]
	if w.Type.Rank() != 2 || w.Type.Shape[1] != x.Last() {
		return errf("weight %s has type %s, want [N, %s] for input %s", w, w.Type, x.Last(), x)
	}
	if err := sameElem(op, x, w); err != nil {
		return nil, err
	}
	return one(x.WithLast(w.Type.Shape[0]))
}

// columns checks optional offset/width attributes against the last
// dimension of x and returns the width selected.
func columns(op *Op, x Type) (Dim, error) {
	f := x.Last()
	_, hasOff := op.Attrs["offset"]
	_, hasW := op.Attrs["width"]
	if !hasOff && !hasW {
		return f, nil
	}
	if !f.IsConst() {
		return Dim{}, fmt.Errorf("offset/width need a constant last dimension, have %s", x)
	}
	// Without width the columns run to the end. Compare without forming
	// off+w, which can overflow.
	off, w := op.Int("offset", 0), int64(f.N)-op.Int("offset", 0)
	if hasW {
		w = op.Int("width", 0)
	}
	if off < 0 || w < 1 || off > int64(f.N) || w > int64(f.N)-off {
		end := fmt.Sprintf("%d+%d", off, w)
		if e := off + w; (e > off) == (w > 0) { // no overflow
			end = strconv.FormatInt(e, 10)
		}
		return Dim{}, fmt.Errorf("columns [%d, %s) are not inside the last dimension of %s", off, end, x)
	}
	return C(int(w)), nil
}

func inferSlice(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, -1); err != nil {
		return nil, err
	}
	x := op.Args[0].Type
	w, err := columns(op, x)
	if err != nil {
		return nil, err
	}
	return one(x.WithLast(w))
}

func inferSplitHeads(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, 3); err != nil {
		return nil, err
	}
	x := op.Args[0].Type
	h := op.Int("heads", 0)
	f, err := columns(op, x)
	if err != nil {
		return nil, err
	}
	if h < 1 {
		return errf("heads=%d, want ≥ 1", h)
	}
	if !f.IsConst() || int64(f.N)%h != 0 {
		return errf("last dimension %s of %s is not a multiple of heads=%d", f, x, h)
	}
	return one(T(x.Elem, x.Shape[0], C(int(h)), x.Shape[1], C(f.N/int(h))))
}

func inferMergeHeads(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, 4); err != nil {
		return nil, err
	}
	x := op.Args[0].Type
	h, d := x.Shape[1], x.Shape[3]
	if !h.IsConst() || !d.IsConst() {
		return errf("operand x (%s) has type %s, want constant heads and head width", op.Args[0], x)
	}
	return one(T(x.Elem, x.Shape[0], x.Shape[2], C(h.N*d.N)))
}

func inferSameFloat(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, -1); err != nil {
		return nil, err
	}
	return one(op.Args[0].Type)
}

// heads4 checks that operands idx are [B,H,*,*] tensors sharing B and H.
func heads4(op *Op, idx ...int) error {
	for _, i := range idx {
		if err := wantRank(op, i, 4); err != nil {
			return err
		}
	}
	a := op.Args[idx[0]].Type
	for _, i := range idx[1:] {
		b := op.Args[i].Type
		if a.Elem != b.Elem || a.Shape[0] != b.Shape[0] || a.Shape[1] != b.Shape[1] {
			return fmt.Errorf("operands %s (%s) and %s (%s) disagree in type or batch/head dimensions", op.Args[idx[0]], a, op.Args[i], b)
		}
	}
	return nil
}

func inferScores(op *Op) ([]Type, error) {
	if err := heads4(op, 0, 1); err != nil {
		return nil, err
	}
	q, k := op.Args[0].Type, op.Args[1].Type
	if q.Shape[3] != k.Shape[3] {
		return errf("q %s and k %s differ in head width", q, k)
	}
	return one(T(q.Elem, q.Shape[0], q.Shape[1], q.Shape[2], k.Shape[2]))
}

func inferMask(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, 4); err != nil {
		return nil, err
	}
	_, hasW := op.Attrs["window"]
	switch kind := op.Str("kind", ""); {
	case kind == "window" && (!hasW || op.Int("window", 0) < 1):
		return errf("kind=window needs an attribute window ≥ 1")
	case kind != "window" && hasW:
		return errf("attribute window is only valid with kind=window, not kind=%s", kind)
	case kind != "none" && op.Args[0].Type.Shape[2] != op.Args[0].Type.Shape[3]:
		return errf("kind=%s needs square scores (queries = keys), have %s", kind, op.Args[0].Type)
	}
	return one(op.Args[0].Type)
}

func inferMix(op *Op) ([]Type, error) {
	if err := heads4(op, 0, 1); err != nil {
		return nil, err
	}
	p, v := op.Args[0].Type, op.Args[1].Type
	if p.Shape[3] != v.Shape[2] {
		return errf("p %s has %s keys but v %s has %s", p, p.Shape[3], v, v.Shape[2])
	}
	if _, ok := op.Attrs["form"]; ok || op.Attrs["chunk"] != nil {
		if err := formAttrs(op); err != nil {
			return nil, err
		}
	}
	return one(T(p.Elem, p.Shape[0], p.Shape[1], p.Shape[2], v.Shape[3]))
}

func inferDelta(op *Op) ([]Type, error) {
	if err := heads4(op, 0, 1, 2); err != nil {
		return nil, err
	}
	q, k, v := op.Args[0].Type, op.Args[1].Type, op.Args[2].Type
	if q.Shape[3] != k.Shape[3] || q.Shape[2] != k.Shape[2] || v.Shape[2] != k.Shape[2] {
		return errf("q %s, k %s and v %s disagree in length or key width", q, k, v)
	}
	_, hasBeta := op.Attrs["beta"]
	if len(op.Args) == 4 {
		if hasBeta {
			return errf("beta is given both as operand and as attribute")
		}
		b := op.Args[3].Type
		want := T(q.Elem, q.Shape[0], q.Shape[2], q.Shape[1])
		if !b.Equal(want) {
			return errf("operand beta (%s) has type %s, want %s", op.Args[3], b, want)
		}
	} else if !hasBeta {
		return errf("needs a beta operand or a beta attribute")
	}
	if _, ok := op.Attrs["form"]; ok || op.Attrs["chunk"] != nil {
		if err := formAttrs(op); err != nil {
			return nil, err
		}
	}
	return one(v)
}

func inferAdd(op *Op) ([]Type, error) {
	a, b := op.Args[0].Type, op.Args[1].Type
	if !a.Elem.IsFloat() {
		return errf("operands have type %s, want a float type", a)
	}
	if !a.Equal(b) {
		return errf("operands have types %s and %s, want equal types", a, b)
	}
	return one(a)
}

func inferNorm(op *Op) ([]Type, error) {
	if err := wantRank(op, 0, -1); err != nil {
		return nil, err
	}
	x := op.Args[0].Type
	for _, w := range op.Weights {
		if w.Type.Rank() != 1 || w.Type.Shape[0] != x.Last() {
			return errf("weight %s has type %s, want [%s]", w, w.Type, x.Last())
		}
		if err := sameElem(op, x, w); err != nil {
			return nil, err
		}
	}
	return one(x)
}

// OpTable renders the op table as Markdown (used by docs and `hopf ir --ops`).
func OpTable() string {
	var b strings.Builder
	b.WriteString("| op | operands | attributes | result |\n| --- | --- | --- | --- |\n")
	for _, d := range Ops() {
		var ops []string
		for i, a := range d.Args {
			s := "%" + a
			if i >= len(d.Args)-d.OptArgs {
				s += "?"
			}
			ops = append(ops, s)
		}
		for i, w := range d.Weights {
			s := "@" + w
			if i >= len(d.Weights)-d.OptWeights {
				s += "?"
			}
			ops = append(ops, s)
		}
		var attrs []string
		for _, a := range d.Attrs {
			s := a.Name
			switch a.Kind {
			case AttrInt:
				s += ": int"
			case AttrFloat:
				s += ": float"
			case AttrBool:
				s += ": bool"
			case AttrEnum:
				s += ": " + strings.Join(a.Enum, "\\|")
			}
			if !a.Required {
				s += " (optional)"
			}
			attrs = append(attrs, s)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", d.Name, strings.Join(ops, ", "), strings.Join(attrs, "; "), strings.ReplaceAll(d.Doc, "|", "\\|"))
	}
	return b.String()
}
