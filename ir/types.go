// Package ir is hopf's graph IR: typed values with symbolic dimensions, ops
// declared once in a table (ops.go), a builder, a printer and a parser for the
// textual form, a verifier and a DOT exporter.
//
// The textual form is the only serialisation. It is MLIR-like, one op per
// line, with the DSL position each op came from as a trailing comment:
//
//	weight @tok_embed : f32[64,128]  // induction.hopf:4:3
//	graph @induction(%tokens: i32[B,T]) -> f32[B,T,64] {
//	  %x0 = embed %tokens, @tok_embed : f32[B,T,128]  // induction.hopf:4:3
//	  return %logits
//	}
package ir

import (
	"fmt"
	"strconv"
	"strings"
)

// Elem is an element type.
type Elem uint8

const (
	Invalid Elem = iota // the type is not known yet (printed "?")
	F32
	F16
	BF16
	I32
)

var elemNames = [...]string{Invalid: "?", F32: "f32", F16: "f16", BF16: "bf16", I32: "i32"}

func (e Elem) String() string {
	if int(e) < len(elemNames) {
		return elemNames[e]
	}
	return fmt.Sprintf("elem(%d)", e)
}

// Size is the size of one element in bytes.
func (e Elem) Size() int {
	switch e {
	case F16, BF16:
		return 2
	case F32, I32:
		return 4
	}
	return 0
}

// IsFloat reports whether e is a floating-point type.
func (e Elem) IsFloat() bool { return e == F32 || e == F16 || e == BF16 }

// ParseElem reads an element type name.
func ParseElem(s string) (Elem, bool) {
	for i, n := range elemNames {
		if i != int(Invalid) && n == s {
			return Elem(i), true
		}
	}
	return Invalid, false
}

// Dim is one dimension: a constant size, or a symbol (B, T) bound when the
// graph runs.
type Dim struct {
	Sym string // non-empty for a symbolic dimension
	N   int    // size when Sym is empty
}

// C is a constant dimension.
func C(n int) Dim { return Dim{N: n} }

// S is a symbolic dimension.
func S(name string) Dim { return Dim{Sym: name} }

// IsConst reports whether d has a known size.
func (d Dim) IsConst() bool { return d.Sym == "" }

func (d Dim) String() string {
	if d.Sym != "" {
		return d.Sym
	}
	return strconv.Itoa(d.N)
}

// Type is an element type and a shape. The zero Type is unknown.
type Type struct {
	Elem  Elem
	Shape []Dim
}

// T builds a type from an element type and dimensions.
func T(e Elem, dims ...Dim) Type { return Type{Elem: e, Shape: dims} }

// Known reports whether the type has been inferred.
func (t Type) Known() bool { return t.Elem != Invalid }

// Rank is the number of dimensions.
func (t Type) Rank() int { return len(t.Shape) }

// Last is the last dimension; the type must have rank ≥ 1.
func (t Type) Last() Dim { return t.Shape[len(t.Shape)-1] }

// Equal reports whether two types are identical.
func (t Type) Equal(u Type) bool {
	if t.Elem != u.Elem || len(t.Shape) != len(u.Shape) {
		return false
	}
	for i := range t.Shape {
		if t.Shape[i] != u.Shape[i] {
			return false
		}
	}
	return true
}

// With returns a copy of t with element type e.
func (t Type) With(e Elem) Type { return Type{Elem: e, Shape: append([]Dim(nil), t.Shape...)} }

// WithLast returns a copy of t whose last dimension is d.
func (t Type) WithLast(d Dim) Type {
	s := append([]Dim(nil), t.Shape...)
	s[len(s)-1] = d
	return Type{Elem: t.Elem, Shape: s}
}

func (t Type) String() string {
	if !t.Known() {
		return "?"
	}
	var b strings.Builder
	b.WriteString(t.Elem.String())
	b.WriteByte('[')
	for i, d := range t.Shape {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(d.String())
	}
	b.WriteByte(']')
	return b.String()
}

// Dims is t's shape with every symbolic dimension bound by env. It fails
// if a symbol is unbound or the type is unknown.
func (t Type) Dims(env map[string]int) ([]int, error) {
	if !t.Known() {
		return nil, fmt.Errorf("type %s is not known", t)
	}
	s := make([]int, len(t.Shape))
	for i, d := range t.Shape {
		if d.Sym == "" {
			s[i] = d.N
			continue
		}
		v, ok := env[d.Sym]
		if !ok {
			return nil, fmt.Errorf("dimension %s of %s is not bound", d.Sym, t)
		}
		s[i] = v
	}
	return s, nil
}

// Elems is the number of elements of a value of type t under env.
func (t Type) Elems(env map[string]int) (int64, error) {
	s, err := t.Dims(env)
	if err != nil {
		return 0, err
	}
	n := int64(1)
	for _, d := range s {
		n *= int64(d)
	}
	return n, nil
}

// Bytes is the size of a value of type t when every symbolic dimension is
// bound by env. It fails if a symbol is unbound.
func (t Type) Bytes(env map[string]int) (int64, error) {
	n, err := t.Elems(env)
	if err != nil {
		return 0, err
	}
	return n * int64(t.Elem.Size()), nil
}

// ParseType reads a type in printed form, e.g. "f32[B,T,128]" or "?".
func ParseType(s string) (Type, error) {
	p := newParser("type", s)
	t := p.parseType()
	if p.err == nil && p.tok.kind != tEOF {
		p.errorf("unexpected %s after type", p.tok)
	}
	if p.err != nil {
		return Type{}, p.err
	}
	return t, nil
}

// Pos is the DSL position an op came from. Line and Col are 1-based; the
// zero Pos means unknown.
type Pos struct {
	File string
	Line int
	Col  int
}

// IsValid reports whether the position is known.
func (p Pos) IsValid() bool { return p.Line > 0 }

func (p Pos) String() string {
	if !p.IsValid() {
		return "-"
	}
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}
