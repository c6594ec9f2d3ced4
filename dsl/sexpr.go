package dsl

import "strings"

// S-expression renderings of the syntax tree, for tests and debugging.
//
//	const D = 128              (const D 128)
//	model m { vocab 64 }       (model m (vocab 64))
//	attention softmax { a 1 }  (attention softmax {(a 1)})
//	d_head (D / 4 - 1)         (d_head (- (/ D 4) 1))
//	x (-D) -1                  (x (neg D) -1)
//
// Numbers, identifiers and strings print as written (strings with quotes).

// SExpr renders the file as `(file TOP...)`.
func (f *File) SExpr() string {
	var b strings.Builder
	b.WriteString("(file")
	for _, s := range f.Stmts {
		b.WriteByte(' ')
		s.writeSExpr(&b)
	}
	b.WriteByte(')')
	return b.String()
}

func (s *TopStmt) writeSExpr(b *strings.Builder) {
	switch {
	case s.Const != nil:
		b.WriteString("(const ")
		b.WriteString(s.Const.Name.Name)
		b.WriteByte(' ')
		s.Const.Value.writeSExpr(b)
		b.WriteByte(')')
	case s.Model != nil:
		b.WriteString("(model ")
		b.WriteString(s.Model.Name.Name)
		for _, st := range s.Model.Body.Stmts {
			b.WriteByte(' ')
			st.writeSExpr(b)
		}
		b.WriteByte(')')
	}
}

// SExpr renders the statement as `(key values... {stmts...})`.
func (s *Stmt) SExpr() string {
	var b strings.Builder
	s.writeSExpr(&b)
	return b.String()
}

func (s *Stmt) writeSExpr(b *strings.Builder) {
	b.WriteByte('(')
	b.WriteString(s.Key)
	for _, v := range s.Values {
		b.WriteByte(' ')
		v.writeSExpr(b)
	}
	if s.Body != nil {
		b.WriteString(" {")
		for i, st := range s.Body.Stmts {
			if i > 0 {
				b.WriteByte(' ')
			}
			st.writeSExpr(b)
		}
		b.WriteByte('}')
	}
	b.WriteByte(')')
}

func (v *Value) writeSExpr(b *strings.Builder) {
	switch {
	case v.Number != nil:
		b.WriteString(*v.Number)
	case v.Ident != nil:
		b.WriteString(*v.Ident)
	case v.String != nil:
		b.WriteString(*v.String)
	case v.Expr != nil:
		v.Expr.writeSExpr(b)
	}
}

func (e *Expr) writeSExpr(b *strings.Builder) {
	// Left-associative: a - b + c is (+ (- a b) c).
	for i := len(e.Rest) - 1; i >= 0; i-- {
		b.WriteString("(" + e.Rest[i].Op + " ")
	}
	e.Left.writeSExpr(b)
	for _, r := range e.Rest {
		b.WriteByte(' ')
		r.Term.writeSExpr(b)
		b.WriteByte(')')
	}
}

func (t *Term) writeSExpr(b *strings.Builder) {
	for i := len(t.Rest) - 1; i >= 0; i-- {
		b.WriteString("(" + t.Rest[i].Op + " ")
	}
	t.Left.writeSExpr(b)
	for _, r := range t.Rest {
		b.WriteByte(' ')
		r.Factor.writeSExpr(b)
		b.WriteByte(')')
	}
}

func (f *Factor) writeSExpr(b *strings.Builder) {
	if f.Neg {
		b.WriteString("(neg ")
	}
	switch {
	case f.Number != nil:
		b.WriteString(*f.Number)
	case f.Ident != nil:
		b.WriteString(*f.Ident)
	case f.Sub != nil:
		f.Sub.writeSExpr(b)
	}
	if f.Neg {
		b.WriteByte(')')
	}
}
