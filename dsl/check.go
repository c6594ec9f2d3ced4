package dsl

import (
	"fmt"
	"slices"

	"github.com/alecthomas/participle/v2/lexer"
)

// Limits on sizes. Dimensions are at most maxDim; see also the attention
// limits in attn.go.
const (
	maxDim     = 65536
	maxContext = 1 << 20
	maxRepeat  = 65536
	maxLayers  = 65536
)

// modelKeys are the statements allowed in a model block.
var modelKeys = []string{
	"vocab", "d_in", "d_model", "context", "dtype", "embed", "position",
	"defaults", "attention", "repeat", "norm", "unembed", "readout",
}

// checker holds the state of one Check call.
type checker struct {
	errs   ErrorList
	consts map[string]*constant
	later  map[string]int // constants not defined yet: name → line
	seen   map[Error]bool // reported errors, to drop exact duplicates
}

func (c *checker) pos(p lexer.Position) Pos { return toPos(p) }

// errorf reports an error at p.
func (c *checker) errorf(p lexer.Position, format string, args ...any) {
	c.report(c.pos(p), fmt.Sprintf(format, args...))
}

// report adds an error unless the same message was already reported at
// the same position.
func (c *checker) report(pos Pos, msg string) {
	e := Error{Pos: pos, Msg: msg}
	if c.seen[e] {
		return
	}
	c.seen[e] = true
	c.errs = append(c.errs, &e)
}

// Check validates the tree and resolves it into a Model. All semantic errors
// of the file are returned together as an ErrorList sorted by position; the
// Model is nil when there are any.
//
// Constants are evaluated first, in file order (a constant may use those
// before it); the model may use every constant of the file. Only the first
// model is checked; further models are errors.
func Check(f *File) (*Model, error) {
	c := &checker{consts: map[string]*constant{}, later: map[string]int{}, seen: map[Error]bool{}}
	if f == nil {
		return nil, ErrorList{{Pos: Pos{Line: 1, Col: 1}, Msg: "no file"}}
	}
	var first *ModelDecl
	for _, s := range f.Stmts {
		if s.Const != nil {
			if _, ok := c.later[s.Const.Name.Name]; !ok {
				c.later[s.Const.Name.Name] = s.Const.Name.Pos.Line
			}
		}
	}
	for _, s := range f.Stmts {
		switch {
		case s.Const != nil:
			c.constDecl(s.Const)
		case s.Model != nil && first == nil:
			first = s.Model
		case s.Model != nil:
			c.errorf(s.Model.Name.Pos, "one model per file: model %q is already declared at line %d", first.Name.Name, first.Name.Pos.Line)
		}
	}
	var m *Model
	if first == nil {
		p := c.pos(f.Pos)
		if p.Line < 1 {
			p.Line, p.Col = 1, 1
		}
		c.report(p, "no model in file")
	} else {
		m = c.model(first)
	}
	c.errs.Sort()
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	return m, nil
}

// constDecl evaluates `const NAME = VALUE`.
func (c *checker) constDecl(d *Const) {
	name := d.Name.Name
	if prev, ok := c.consts[name]; ok {
		c.errorf(d.Name.Pos, "duplicate constant %q (first defined at line %d)", name, prev.line)
		return
	}
	delete(c.later, name)
	k := &constant{line: d.Name.Pos.Line}
	v := d.Value
	switch {
	case v.Ident != nil:
		if prev, ok := c.consts[*v.Ident]; ok {
			k.val, k.ok = prev.val, prev.ok
		} else {
			c.unknownConst(v.Pos, *v.Ident)
		}
	case v.String != nil:
		c.errorf(v.Pos, "constant %s wants a number, got %s", name, *v.String)
	default:
		k.val, k.ok = c.number("constant "+name, "a number", v)
	}
	c.consts[name] = k
}

// modelState collects the model-level settings while the body is checked.
type modelState struct {
	decl     *ModelDecl
	seen     map[string]*Stmt // first statement of each single-use key
	m        Model
	ok       map[string]bool // key → its value was valid
	embedVal *Value          // the value that chose the embed kind
	readout  *Stmt
	defaults *attnSettings
	defStmt  *Stmt
}

// model checks a model block and resolves it.
func (c *checker) model(d *ModelDecl) *Model {
	st := &modelState{decl: d, seen: map[string]*Stmt{}, ok: map[string]bool{}}
	st.m.Name = d.Name.Name
	st.m.Pos = c.pos(d.Pos)
	st.m.DType = F32
	var layerStmts []*Stmt
	for _, s := range d.Body.Stmts {
		switch s.Key {
		case "attention", "repeat":
			layerStmts = append(layerStmts, s)
		case "defaults":
			c.defaultsStmt(st, s)
		case "unembed", "readout":
			c.readoutStmt(st, s)
		default:
			c.modelSetting(st, s)
		}
	}
	c.crossCheck(st)
	c.layers(st, layerStmts)
	return &st.m
}

// modelSetting checks one single-valued model setting.
func (c *checker) modelSetting(st *modelState, s *Stmt) {
	switch s.Key {
	case "vocab", "d_in", "d_model", "context", "dtype", "embed", "position", "norm":
	default:
		hint := ""
		if sug := closest(s.Key, modelKeys); sug != "" {
			hint = fmt.Sprintf("; did you mean %q?", sug)
		} else if slices.Contains(attnKeys, s.Key) {
			hint = " (attention settings go in an attention or defaults block)"
		}
		c.errorf(s.Pos, "unknown setting %q in model block%s", s.Key, hint)
		return
	}
	if prev, dup := st.seen[s.Key]; dup {
		c.errorf(s.Pos, "duplicate setting %q (first set at line %d)", s.Key, prev.Pos.Line)
		return
	}
	st.seen[s.Key] = s
	c.noBody(s)
	if s.Key == "embed" {
		c.embedStmt(st, s)
		return
	}
	if !c.arity(s, 1, 1) {
		return
	}
	v := s.Values[0]
	var ok bool
	switch s.Key {
	case "vocab":
		st.m.Vocab, ok = c.integer(s.Key, v, 2, maxDim)
	case "d_in":
		st.m.DIn, ok = c.integer(s.Key, v, 1, maxDim)
	case "d_model":
		st.m.DModel, ok = c.integer(s.Key, v, 1, maxDim)
	case "context":
		st.m.Context, ok = c.integer(s.Key, v, 1, maxContext)
	case "dtype":
		var i int
		i, ok = c.enum("dtype", dtypeWords, v)
		st.m.DType = DType(dtypeWords[i])
	case "position":
		var i int
		i, ok = c.enum("position", posWords, v)
		st.m.Position = PosKind(i)
	case "norm":
		var i int
		i, ok = c.enum("norm", normWords, v)
		st.m.FinalNorm = NormKind(i)
	}
	st.ok[s.Key] = ok
}

// embedStmt checks `embed token` and `embed input linear|identity`; how the
// kind fits the input is checked in crossCheck.
func (c *checker) embedStmt(st *modelState, s *Stmt) {
	if !c.arity(s, 1, 2) {
		return
	}
	i, ok := c.enum("embed", embedWords, s.Values[0])
	if !ok {
		return
	}
	if i == 0 { // token
		if len(s.Values) != 1 {
			c.errorf(s.Values[1].Pos, "embed token wants no further value, got %d", len(s.Values)-1)
			return
		}
		st.m.Embed, st.embedVal = EmbedToken, s.Values[0]
		st.ok["embed"] = true
		return
	}
	if len(s.Values) != 2 {
		c.errorf(s.Values[0].Pos, "embed input wants one more value: linear or identity")
		return
	}
	j, ok := c.enum("embed input", inEmbedWords, s.Values[1])
	if !ok {
		return
	}
	st.m.Embed, st.embedVal = EmbedLinear+EmbedKind(j), s.Values[1]
	st.ok["embed"] = true
}

// readoutStmt checks `unembed [tied|untied]` and `readout N`.
func (c *checker) readoutStmt(st *modelState, s *Stmt) {
	if st.readout != nil {
		c.errorf(s.Pos, "more than one readout (first at line %d)", st.readout.Pos.Line)
		return
	}
	st.readout = s
	st.m.Readout.Pos = c.pos(s.Pos)
	c.noBody(s)
	if s.Key == "readout" {
		st.m.Readout.Kind = ReadoutLinear
		if c.arity(s, 1, 1) {
			st.m.Readout.DOut, st.ok["readout"] = c.integer("readout", s.Values[0], 1, maxDim)
		}
		return
	}
	st.m.Readout.Kind = ReadoutUnembed
	st.ok["unembed"] = true
	if !c.arity(s, 0, 1) || len(s.Values) == 0 {
		return
	}
	i, ok := c.enum("unembed", unembedWords, s.Values[0])
	st.m.Readout.Tied = i == 1
	st.ok["unembed"] = ok
}

// defaultsStmt checks the defaults block.
func (c *checker) defaultsStmt(st *modelState, s *Stmt) {
	if st.defStmt != nil {
		c.errorf(s.Pos, "duplicate defaults block (first at line %d)", st.defStmt.Pos.Line)
		return
	}
	st.defStmt = s
	c.arity(s, 0, 0)
	if !c.needBody(s) {
		st.defaults = &attnSettings{}
		return
	}
	st.defaults = c.attnSettings(s.Body.Stmts, "defaults block", nil)
}

// crossCheck checks required settings and how model settings fit together,
// and fills in defaults.
func (c *checker) crossCheck(st *modelState) {
	m, name := &st.m, st.decl.Name
	vocab, din := st.seen["vocab"], st.seen["d_in"]
	inputKnown := true
	switch {
	case vocab == nil && din == nil:
		c.errorf(name.Pos, "model %s has no input: add `vocab N` or `d_in N`", m.Name)
		inputKnown = false
	case vocab != nil && din != nil:
		later := din
		if vocab.Pos.Offset > din.Pos.Offset {
			later = vocab
		}
		c.errorf(later.Pos, "model has both vocab and d_in; use one")
		inputKnown = false
	case din != nil:
		m.Input = InputVectors
	}
	for _, k := range []string{"d_model", "context"} {
		if st.seen[k] == nil {
			c.errorf(name.Pos, "model %s is missing %s", m.Name, k)
		}
	}
	tokens := inputKnown && m.Input == InputTokens
	vectors := inputKnown && m.Input == InputVectors

	// Embedding.
	if st.seen["embed"] == nil {
		if vectors {
			m.Embed = EmbedLinear
		}
	} else if st.ok["embed"] {
		switch {
		case tokens && m.Embed != EmbedToken:
			c.errorf(st.seen["embed"].Values[0].Pos, "embed input needs d_in; this model reads tokens (vocab)")
		case vectors && m.Embed == EmbedToken:
			c.errorf(st.embedVal.Pos, "embed token needs vocab; this model reads vectors (d_in)")
		case vectors && m.Embed == EmbedIdentity && st.ok["d_in"] && st.ok["d_model"] && m.DIn != m.DModel:
			c.errorf(st.embedVal.Pos, "embed input identity needs d_in == d_model, got d_in %d and d_model %d", m.DIn, m.DModel)
		}
	}
	if st.seen["position"] == nil && !vectors {
		m.Position = PosLearned
	}
	m.EmbedPos = c.stmtPos(st, "embed")
	m.PositionPos = c.stmtPos(st, "position")
	m.FinalNormPos = c.stmtPos(st, "norm")

	// Readout.
	r := st.readout
	switch {
	case r == nil:
		c.errorf(name.Pos, "model %s has no readout: add `unembed` or `readout N`", m.Name)
	case r.Key == "unembed" && vectors:
		c.errorf(r.Pos, "unembed needs vocab; this model reads vectors (d_in), use `readout N`")
	case r.Key == "unembed" && st.ok["unembed"] && m.Readout.Tied && (st.seen["embed"] == nil || st.ok["embed"]) && m.Embed != EmbedToken:
		c.errorf(r.Values[0].Pos, "unembed tied needs embed token, but embed is %s", m.Embed)
	}
}

// stmtPos is the position of the model statement that set key, or of the
// model name when key has its default value.
func (c *checker) stmtPos(st *modelState, key string) Pos {
	if s := st.seen[key]; s != nil {
		return c.pos(s.Pos)
	}
	return c.pos(st.decl.Name.Pos)
}

// arity checks that s has between lo and hi values and reports otherwise:
// at the first extra value, or at the key when values are missing.
func (c *checker) arity(s *Stmt, lo, hi int) bool {
	n := len(s.Values)
	if n >= lo && n <= hi {
		return true
	}
	var want string
	switch {
	case lo == hi && lo == 0:
		want = "no values"
	case lo == hi && lo == 1:
		want = "1 value"
	case lo == hi:
		want = fmt.Sprintf("%d values", lo)
	case n > hi:
		want = fmt.Sprintf("at most %d value%s", hi, plural(hi))
	default:
		want = fmt.Sprintf("at least %d value%s", lo, plural(lo))
	}
	p, hint := s.Pos, ""
	if n > hi {
		v := s.Values[hi]
		p = v.Pos
		if v.Ident != nil && (slices.Contains(modelKeys, *v.Ident) || slices.Contains(attnKeys, *v.Ident)) {
			hint = fmt.Sprintf(" (missing newline or ; before %s?)", *v.Ident)
		}
	}
	c.errorf(p, "%s wants %s, got %d%s", s.Key, want, n, hint)
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// noBody reports a block given to a setting that takes none.
func (c *checker) noBody(s *Stmt) {
	if s.Body != nil {
		c.errorf(s.Body.Pos, "%s takes no block", s.Key)
	}
}

// needBody reports a missing block on attention, repeat and defaults.
func (c *checker) needBody(s *Stmt) bool {
	if s.Body == nil {
		c.errorf(s.Pos, "%s needs a block { ... }", s.Key)
		return false
	}
	return true
}
