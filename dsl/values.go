package dsl

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Evaluation of statement values: numbers, constant names and constant
// expressions, integers and floats with ranges, and enum words. Each helper
// reports its own errors and returns ok=false after any of them; a value
// that refers to a constant whose definition was already reported as bad
// fails silently, so one mistake gives one error.

// constant is a named constant after evaluation.
type constant struct {
	line int
	val  float64
	ok   bool // false when its definition had an error
}

// number evaluates v as a number for setting key. want describes the
// expected kind for messages ("an integer", "a number").
func (c *checker) number(key, want string, v *Value) (float64, bool) {
	switch {
	case v.Number != nil:
		return c.literal(*v.Number, v.Pos)
	case v.Ident != nil:
		if k, ok := c.consts[*v.Ident]; ok {
			return k.val, k.ok
		}
		c.errorf(v.Pos, "%s wants %s, got %q%s", key, want, *v.Ident, c.constHint(*v.Ident))
		return 0, false
	case v.Expr != nil:
		return c.expr(v.Expr)
	}
	c.errorf(v.Pos, "%s wants %s, got %s", key, want, describe(v))
	return 0, false
}

// literal parses a number literal.
func (c *checker) literal(text string, pos lexer.Position) (float64, bool) {
	x, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(x, 0) {
		c.errorf(pos, "number %s is out of range", text)
		return 0, false
	}
	return x, true
}

// integer evaluates v as a whole number in [lo, hi].
func (c *checker) integer(key string, v *Value, lo, hi int) (int, bool) {
	x, ok := c.number(key, "an integer", v)
	if !ok {
		return 0, false
	}
	if x != math.Trunc(x) {
		c.errorf(v.Pos, "%s wants an integer, got %s", key, formatFloat(x))
		return 0, false
	}
	if x < float64(lo) || x > float64(hi) {
		c.errorf(v.Pos, "%s %s out of range [%d, %d]", key, formatFloat(x), lo, hi)
		return 0, false
	}
	return int(x), true
}

// expr evaluates a constant expression.
func (c *checker) expr(e *Expr) (float64, bool) {
	x, ok := c.term(e.Left)
	for _, r := range e.Rest {
		y, ok2 := c.term(r.Term)
		ok = ok && ok2
		if r.Op == "+" {
			x += y
		} else {
			x -= y
		}
	}
	return c.finite(x, ok, e.Pos)
}

func (c *checker) term(t *Term) (float64, bool) {
	x, ok := c.factor(t.Left)
	for _, r := range t.Rest {
		y, ok2 := c.factor(r.Factor)
		ok = ok && ok2
		switch {
		case r.Op == "*":
			x *= y
		case ok2 && y == 0:
			c.errorf(r.Pos, "division by zero in constant expression")
			ok = false
		case ok2:
			x /= y
		}
	}
	return c.finite(x, ok, t.Pos)
}

func (c *checker) factor(f *Factor) (x float64, ok bool) {
	switch {
	case f.Number != nil:
		x, ok = c.literal(*f.Number, f.Pos)
	case f.Ident != nil:
		k, found := c.consts[*f.Ident]
		if !found {
			c.unknownConst(f.Pos, *f.Ident)
			return 0, false
		}
		x, ok = k.val, k.ok
	case f.Sub != nil:
		x, ok = c.expr(f.Sub)
	}
	if f.Neg {
		x = -x
	}
	return x, ok
}

// finite reports an overflow once, at the innermost expression where the
// value stopped being finite.
func (c *checker) finite(x float64, ok bool, pos lexer.Position) (float64, bool) {
	if ok && (math.IsInf(x, 0) || math.IsNaN(x)) {
		c.errorf(pos, "constant expression overflows")
		return 0, false
	}
	return x, ok
}

// Bounds of rounding to float32 (to nearest, ties to even): |x| at or
// above f32Inf becomes ±Inf, |x| at or below f32Zero becomes 0.
const (
	f32Inf  = 0x1p128 - 0x1p103 // halfway between MaxFloat32 and 2^128
	f32Zero = 0x1p-150          // half the smallest positive float32
)

// float32Positive checks that a positive float setting stays finite and
// positive in float32, the precision the generated kernels compute in:
// else it reports the value at pos and returns false.
func (c *checker) float32Positive(key string, x float64, pos lexer.Position) bool {
	switch {
	case x >= f32Inf:
		c.errorf(pos, "%s %s is out of float32's range (the largest float32 is %s)",
			key, formatFloat(x), strconv.FormatFloat(math.MaxFloat32, 'g', -1, 32))
	case x > 0 && x <= f32Zero:
		c.errorf(pos, "%s %s rounds to 0 in float32 (the smallest positive float32 is %s)",
			key, formatFloat(x), strconv.FormatFloat(math.SmallestNonzeroFloat32, 'g', -1, 32))
	default:
		return true
	}
	return false
}

// unknownConst reports a name that is not a constant (yet).
func (c *checker) unknownConst(pos lexer.Position, name string) {
	if line, ok := c.later[name]; ok {
		c.errorf(pos, "constant %q is used before its definition at line %d", name, line)
		return
	}
	c.errorf(pos, "unknown constant %q%s", name, c.constHint(name))
}

// constHint suggests a defined constant close to name.
func (c *checker) constHint(name string) string {
	names := make([]string, 0, len(c.consts))
	for n := range c.consts {
		names = append(names, n)
	}
	if s := closest(name, names); s != "" {
		return "; did you mean constant " + strconv.Quote(s) + "?"
	}
	return ""
}

// enum resolves v as one of the words in table and returns its index.
// what names the slot in messages ("mask", "attention kind").
func (c *checker) enum(what string, table []string, v *Value) (int, bool) {
	if v.Ident == nil {
		hint := ""
		if v.String != nil {
			if uq, err := strconv.Unquote(*v.String); err == nil && slices.Contains(table, uq) {
				hint = fmt.Sprintf(" (a word, not a string: write %s without quotes)", uq)
			}
		}
		c.errorf(v.Pos, "%s wants one of %s; got %s%s", what, strings.Join(table, ", "), describe(v), hint)
		return 0, false
	}
	for i, w := range table {
		if w == *v.Ident {
			return i, true
		}
	}
	c.errorf(v.Pos, "unknown %s %q; want one of %s", what, *v.Ident, strings.Join(table, ", "))
	return 0, false
}

// describe renders a value for a message: identifiers quoted, numbers and
// strings as written, expressions in parentheses.
func describe(v *Value) string {
	switch {
	case v.Number != nil:
		return *v.Number
	case v.Ident != nil:
		return strconv.Quote(*v.Ident)
	case v.String != nil:
		return *v.String
	case v.Expr != nil:
		var b strings.Builder
		b.WriteByte('(')
		writeInfix(&b, v.Expr)
		b.WriteByte(')')
		return b.String()
	}
	return "nothing"
}

// writeInfix prints an expression in source form with single spaces.
func writeInfix(b *strings.Builder, e *Expr) {
	writeTerm := func(t *Term) {
		writeFactor(b, t.Left)
		for _, r := range t.Rest {
			b.WriteString(" " + r.Op + " ")
			writeFactor(b, r.Factor)
		}
	}
	writeTerm(e.Left)
	for _, r := range e.Rest {
		b.WriteString(" " + r.Op + " ")
		writeTerm(r.Term)
	}
}

func writeFactor(b *strings.Builder, f *Factor) {
	if f.Neg {
		b.WriteByte('-')
	}
	switch {
	case f.Number != nil:
		b.WriteString(*f.Number)
	case f.Ident != nil:
		b.WriteString(*f.Ident)
	case f.Sub != nil:
		b.WriteByte('(')
		writeInfix(b, f.Sub)
		b.WriteByte(')')
	}
}

// closest returns the candidate nearest to s by edit distance when that
// distance is at most 2 and smaller than len(s), else "".
func closest(s string, cands []string) string {
	best, bestD := "", 0
	for _, c := range cands {
		d := editDistance(s, c)
		if d > 2 || d >= len(s) {
			continue
		}
		if best == "" || d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
