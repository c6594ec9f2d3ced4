package ir

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// ParseError is a syntax or reference error in IR text.
type ParseError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Parse reads a graph in the textual form Print writes. filename is used in
// error messages only.
func Parse(filename, src string) (*Graph, error) {
	p := newParser(filename, src)
	g := p.parseModule()
	if p.err != nil {
		return nil, p.err
	}
	return g, nil
}

type tokKind uint8

const (
	tEOF tokKind = iota
	tIdent
	tValue  // %name
	tWeight // @name
	tNumber
	tPunct
	tComment
	tBad
)

type token struct {
	kind      tokKind
	text      string
	line, col int
}

func (t token) String() string {
	switch t.kind {
	case tEOF:
		return "end of input"
	case tComment:
		return "comment"
	case tValue:
		return strconv.Quote("%" + t.text)
	case tWeight:
		return strconv.Quote("@" + t.text)
	}
	return strconv.Quote(t.text)
}

type parser struct {
	file      string
	src       []rune
	i         int
	line, col int
	tok       token
	err       error
	values    map[string]*Value
	weights   map[string]*Weight
}

func newParser(file, src string) *parser {
	p := &parser{file: file, src: []rune(src), line: 1, col: 1,
		values: map[string]*Value{}, weights: map[string]*Weight{}}
	p.next()
	return p
}

func (p *parser) errorf(format string, args ...any) {
	if p.err == nil {
		p.err = &ParseError{File: p.file, Line: p.tok.line, Col: p.tok.col, Msg: fmt.Sprintf(format, args...)}
	}
	p.tok = token{kind: tEOF, line: p.tok.line, col: p.tok.col}
}

func isNameRune(r rune) bool {
	return r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

func (p *parser) peekRune(k int) rune {
	if p.i+k < len(p.src) {
		return p.src[p.i+k]
	}
	return 0
}

func (p *parser) advance() rune {
	r := p.src[p.i]
	p.i++
	if r == '\n' {
		p.line++
		p.col = 1
	} else {
		p.col++
	}
	return r
}

// next scans the following token into p.tok.
func (p *parser) next() {
	if p.err != nil {
		return
	}
	for p.i < len(p.src) && strings.ContainsRune(" \t\r\n", p.src[p.i]) {
		p.advance()
	}
	t := token{line: p.line, col: p.col}
	if p.i >= len(p.src) {
		t.kind = tEOF
		p.tok = t
		return
	}
	start := p.i
	r := p.src[p.i]
	switch {
	case r == '/' && p.peekRune(1) == '/':
		for p.i < len(p.src) && p.src[p.i] != '\n' {
			p.advance()
		}
		t.kind = tComment
		t.text = strings.TrimSpace(string(p.src[start+2 : p.i]))
		p.tok = t
		return
	case r == '%' || r == '@':
		p.advance()
		for p.i < len(p.src) && isNameRune(p.src[p.i]) {
			p.advance()
		}
		t.kind = tValue
		if r == '@' {
			t.kind = tWeight
		}
		t.text = string(p.src[start+1 : p.i])
		if t.text == "" {
			t.kind = tBad
			t.text = string(r)
		}
	case r == '-' && p.peekRune(1) == '>':
		p.advance()
		p.advance()
		t.kind, t.text = tPunct, "->"
	case r == '-' || r >= '0' && r <= '9':
		p.advance()
		for p.i < len(p.src) {
			c := p.src[p.i]
			if c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' ||
				(c == '-' || c == '+') && (p.src[p.i-1] == 'e' || p.src[p.i-1] == 'E') {
				p.advance()
				continue
			}
			break
		}
		t.kind, t.text = tNumber, string(p.src[start:p.i])
		if t.text == "-" && p.i+3 <= len(p.src) && string(p.src[p.i:p.i+3]) == "inf" {
			p.advance()
			p.advance()
			p.advance()
			t.kind, t.text = tIdent, "-inf"
		}
	case isNameRune(r):
		for p.i < len(p.src) && isNameRune(p.src[p.i]) {
			p.advance()
		}
		t.kind, t.text = tIdent, string(p.src[start:p.i])
	case strings.ContainsRune("(){}[],:=?", r):
		p.advance()
		t.kind, t.text = tPunct, string(r)
	default:
		p.advance()
		t.kind, t.text = tBad, string(r)
	}
	p.tok = t
}

// skipComments skips whole-line comments (those not trailing a construct).
func (p *parser) skipComments() {
	for p.tok.kind == tComment {
		p.next()
	}
}

func (p *parser) expect(text string) {
	if p.tok.kind == tPunct && p.tok.text == text || p.tok.kind == tIdent && p.tok.text == text {
		p.next()
		return
	}
	p.errorf("expected %q, found %s", text, p.tok)
}

func (p *parser) is(text string) bool {
	return (p.tok.kind == tPunct || p.tok.kind == tIdent) && p.tok.text == text
}

var posComment = regexp.MustCompile(`^(?:(.*):)?(\d+):(\d+)$`)

// trailingPos reads a position comment on the line of the construct just
// parsed, if there is one: "file:line:col", or several separated by ", "
// for a fused op. A comment that is not a position list is ignored.
func (p *parser) trailingPos(line int) []Pos {
	if p.tok.kind != tComment || p.tok.line != line {
		return nil
	}
	text := p.tok.text
	p.next()
	var ps []Pos
	for _, part := range strings.Split(text, ", ") {
		m := posComment.FindStringSubmatch(part)
		if m == nil {
			return nil
		}
		l, _ := strconv.Atoi(m[2])
		c, _ := strconv.Atoi(m[3])
		if l < 1 || c < 1 {
			return nil
		}
		ps = append(ps, Pos{File: m[1], Line: l, Col: c})
	}
	return ps
}

func firstPos(ps []Pos) Pos {
	if len(ps) == 0 {
		return Pos{}
	}
	return ps[0]
}

func (p *parser) parseModule() *Graph {
	g := &Graph{}
	p.skipComments()
	for p.is("weight") {
		line := p.tok.line
		p.next()
		if p.tok.kind != tWeight {
			p.errorf("expected a weight name @NAME, found %s", p.tok)
			return nil
		}
		name := p.tok.text
		if p.weights[name] != nil {
			p.errorf("weight @%s declared twice", name)
			return nil
		}
		p.next()
		p.expect(":")
		t := p.parseType()
		w := &Weight{Name: name, Type: t}
		if p.is("=") {
			p.next()
			if !p.is("concat") {
				p.errorf("expected \"concat\" after = in a weight declaration, found %s", p.tok)
				return nil
			}
			p.next()
			for p.err == nil {
				if p.tok.kind != tWeight || p.weights[p.tok.text] == nil {
					p.errorf("expected a weight declared above, found %s", p.tok)
					return nil
				}
				w.Concat = append(w.Concat, p.weights[p.tok.text])
				p.next()
				if !p.is(",") {
					break
				}
				p.next()
			}
		}
		w.Pos = firstPos(p.trailingPos(line))
		p.weights[name] = w
		g.Weights = append(g.Weights, w)
		p.skipComments()
	}
	if !p.is("graph") {
		p.errorf("expected \"weight\" or \"graph\", found %s", p.tok)
		return nil
	}
	p.next()
	if p.tok.kind != tWeight {
		p.errorf("expected the graph name @NAME, found %s", p.tok)
		return nil
	}
	g.Name = p.tok.text
	p.next()
	p.expect("(")
	for p.err == nil && !p.is(")") {
		if len(g.Params) > 0 {
			p.expect(",")
		}
		v := p.defineValue()
		p.expect(":")
		if v != nil {
			v.Type = p.parseType()
			g.Params = append(g.Params, v)
		}
	}
	p.expect(")")
	p.expect("->")
	var sig []Type
	if p.is("(") {
		p.next()
		for p.err == nil && !p.is(")") {
			if len(sig) > 0 {
				p.expect(",")
			}
			sig = append(sig, p.parseType())
		}
		p.expect(")")
	} else {
		sig = append(sig, p.parseType())
	}
	p.expect("{")
	p.skipComments()
	for p.err == nil && !p.is("return") {
		if p.is("}") || p.tok.kind == tEOF {
			p.errorf("graph @%s has no return", g.Name)
			break
		}
		if op := p.parseOp(); op != nil {
			g.Ops = append(g.Ops, op)
		}
		p.skipComments()
	}
	if p.err != nil {
		return nil
	}
	retTok := p.tok
	p.expect("return")
	for p.err == nil {
		g.Results = append(g.Results, p.useValue())
		if !p.is(",") {
			break
		}
		p.next()
	}
	p.skipComments()
	p.expect("}")
	p.skipComments()
	if p.err == nil && p.is("memory") {
		p.parseMemory(g)
		p.skipComments()
	}
	if p.err == nil && p.tok.kind != tEOF {
		p.errorf("unexpected %s after the graph", p.tok)
	}
	if p.err != nil {
		return nil
	}
	if len(sig) != len(g.Results) {
		p.tok = retTok
		p.errorf("graph @%s declares %d results but returns %d", g.Name, len(sig), len(g.Results))
		return nil
	}
	for i, r := range g.Results {
		if !r.Type.Equal(sig[i]) {
			p.tok = retTok
			p.errorf("graph @%s result %d is declared %s but %s has type %s", g.Name, i, sig[i], r, r.Type)
			return nil
		}
	}
	return g
}

func (p *parser) defineValue() *Value {
	v := p.newValue(nil)
	if v != nil {
		p.values[v.Name] = v
	}
	return v
}

// newValue reads the name of a value to be defined, checking that it is not
// taken by a defined value or by one of pending; it does not define it yet.
func (p *parser) newValue(pending []*Value) *Value {
	if p.tok.kind != tValue {
		p.errorf("expected a value name %%NAME, found %s", p.tok)
		return nil
	}
	name := p.tok.text
	taken := p.values[name] != nil
	for _, v := range pending {
		taken = taken || v != nil && v.Name == name
	}
	if taken {
		p.errorf("value %%%s defined twice", name)
		return nil
	}
	p.next()
	return &Value{Name: name}
}

func (p *parser) useValue() *Value {
	if p.tok.kind != tValue {
		p.errorf("expected a value %%NAME, found %s", p.tok)
		return nil
	}
	v := p.values[p.tok.text]
	if v == nil {
		p.errorf("value %%%s is not defined before this use", p.tok.text)
		return nil
	}
	p.next()
	return v
}

func (p *parser) parseOp() *Op {
	line := p.tok.line
	// The results are defined once the op is read, so that an operand
	// cannot name the op's own result.
	var results []*Value
	for p.err == nil {
		results = append(results, p.newValue(results))
		if !p.is(",") {
			break
		}
		p.next()
	}
	p.expect("=")
	if p.err != nil {
		return nil
	}
	if p.tok.kind != tIdent {
		p.errorf("expected an op name, found %s", p.tok)
		return nil
	}
	def := Lookup(p.tok.text)
	if def == nil {
		p.errorf("unknown op %q", p.tok.text)
		return nil
	}
	opTok := p.tok
	p.next()
	op := &Op{Def: def, Attrs: Attrs{}}
	for p.err == nil && (p.tok.kind == tValue || p.tok.kind == tWeight) {
		if p.tok.kind == tValue {
			if len(op.Weights) > 0 {
				p.errorf("value operand %s after a weight operand: values come first", p.tok)
				return nil
			}
			op.Args = append(op.Args, p.useValue())
		} else {
			w := p.weights[p.tok.text]
			if w == nil {
				p.errorf("weight @%s is not declared", p.tok.text)
				return nil
			}
			op.Weights = append(op.Weights, w)
			p.next()
		}
		if !p.is(",") {
			break
		}
		p.next()
		if p.tok.kind != tValue && p.tok.kind != tWeight {
			p.errorf("expected an operand %%NAME or @NAME after \",\", found %s", p.tok)
			return nil
		}
	}
	if p.is("{") {
		p.next()
		for p.err == nil && !p.is("}") {
			if len(op.Attrs) > 0 {
				p.expect(",")
			}
			p.parseAttr(op)
		}
		p.expect("}")
	}
	p.expect(":")
	ntypes := 0
	for p.err == nil {
		if ntypes == len(results) {
			p.errorf("op %s lists more types than its %s", def.Name, countRange("result", ntypes, ntypes))
			return nil
		}
		results[ntypes].Type = p.parseType()
		ntypes++
		if !p.is(",") {
			break
		}
		p.next()
	}
	if p.err != nil {
		return nil
	}
	if len(results) != def.Results {
		p.tok = opTok
		p.errorf("op %s has %s, not %d", def.Name, countRange("result", def.Results, def.Results), len(results))
		return nil
	}
	if ntypes != len(results) {
		p.tok = opTok
		p.errorf("op %s has %s but %s", def.Name, countRange("result", len(results), len(results)), countRange("type", ntypes, ntypes))
		return nil
	}
	if n := len(op.Args); n < len(def.Args)-def.OptArgs || n > len(def.Args) {
		p.tok = opTok
		p.errorf("op %s takes %s, got %d", def.Name, countRange("value operand", len(def.Args)-def.OptArgs, len(def.Args)), n)
		return nil
	}
	if n := len(op.Weights); n < len(def.Weights)-def.OptWeights || n > len(def.Weights) {
		p.tok = opTok
		p.errorf("op %s takes %s, got %d", def.Name, countRange("weight", len(def.Weights)-def.OptWeights, len(def.Weights)), n)
		return nil
	}
	op.Results = results
	for _, r := range results {
		r.Def = op
		p.values[r.Name] = r
	}
	ps := p.trailingPos(line)
	op.Pos = firstPos(ps)
	if len(ps) > 1 {
		op.Also = ps[1:]
	}
	return op
}

func countRange(what string, lo, hi int) string {
	s := "s"
	if hi == 1 {
		s = ""
	}
	if lo == hi {
		return fmt.Sprintf("%d %s%s", hi, what, s)
	}
	return fmt.Sprintf("%d to %d %ss", lo, hi, what)
}

func (p *parser) parseAttr(op *Op) {
	if p.tok.kind != tIdent {
		p.errorf("expected an attribute name, found %s", p.tok)
		return
	}
	name := p.tok.text
	ad := op.Def.Attr(name)
	if ad == nil {
		p.errorf("op %s has no attribute %q", op.Def.Name, name)
		return
	}
	if _, dup := op.Attrs[name]; dup {
		p.errorf("attribute %q given twice", name)
		return
	}
	p.next()
	p.expect("=")
	if p.err != nil {
		return
	}
	text := p.tok.text
	switch ad.Kind {
	case AttrInt:
		v, err := strconv.ParseInt(text, 10, 64)
		if p.tok.kind != tNumber || err != nil {
			p.errorf("attribute %s wants an integer, found %s", name, p.tok)
			return
		}
		op.Attrs[name] = v
	case AttrFloat:
		var v float64
		var err error
		switch {
		case p.tok.kind == tIdent && text == "inf":
			v = math.Inf(1)
		case p.tok.kind == tIdent && text == "-inf":
			v = math.Inf(-1)
		case p.tok.kind == tIdent && text == "nan":
			v = math.NaN()
		case p.tok.kind == tNumber:
			v, err = strconv.ParseFloat(text, 64)
		default:
			err = fmt.Errorf("not a number")
		}
		if err != nil {
			p.errorf("attribute %s wants a number, found %s", name, p.tok)
			return
		}
		op.Attrs[name] = v
	case AttrBool:
		if text != "true" && text != "false" || p.tok.kind != tIdent {
			p.errorf("attribute %s wants true or false, found %s", name, p.tok)
			return
		}
		op.Attrs[name] = text == "true"
	case AttrEnum:
		ok := false
		for _, e := range ad.Enum {
			ok = ok || e == text
		}
		if !ok || p.tok.kind != tIdent {
			p.errorf("attribute %s wants one of %s, found %s", name, strings.Join(ad.Enum, "|"), p.tok)
			return
		}
		op.Attrs[name] = text
	}
	p.next()
}

func (p *parser) parseType() Type {
	if p.is("?") {
		p.next()
		return Type{}
	}
	if p.tok.kind != tIdent {
		p.errorf("expected a type like f32[B,T,128], found %s", p.tok)
		return Type{}
	}
	e, ok := ParseElem(p.tok.text)
	if !ok {
		p.errorf("unknown element type %q (want f32, f16, bf16 or i32)", p.tok.text)
		return Type{}
	}
	p.next()
	p.expect("[")
	t := Type{Elem: e, Shape: []Dim{}}
	for p.err == nil && !p.is("]") {
		if len(t.Shape) > 0 {
			p.expect(",")
		}
		switch p.tok.kind {
		case tNumber:
			n, err := strconv.Atoi(p.tok.text)
			if err != nil || n < 0 {
				p.errorf("bad dimension %s", p.tok)
				return Type{}
			}
			t.Shape = append(t.Shape, C(n))
		case tIdent:
			if c := p.tok.text[0]; strings.Contains(p.tok.text, ".") || c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
				p.errorf("bad dimension %s", p.tok)
				return Type{}
			}
			t.Shape = append(t.Shape, S(p.tok.text))
		default:
			p.errorf("expected a dimension, found %s", p.tok)
			return Type{}
		}
		p.next()
	}
	p.expect("]")
	return t
}
