package dsl

// This file defines the lexer and the syntax tree of the model language. The
// struct tags are the grammar, read by participle. Check (check.go) turns a
// File into a Model; nothing outside this package should need the syntax
// tree except tests and tools that print it.
//
// Grammar (Sep is a newline or ";"):
//
//	File   = Sep* (TopStmt Sep*)* EOF
//	TopStmt= Const | Model
//	Const  = "const" Ident "=" Value
//	Model  = "model" Ident Block
//	Block  = "{" Sep* (Stmt (Sep+ Stmt?)*)? "}"
//	Stmt   = Ident Value* Block?
//	Value  = "-"? Number | Ident | String | "(" Expr ")"
//	Expr   = Term (("+" | "-") Term)*
//	Term   = Factor (("*" | "/") Factor)*
//	Factor = "-"? (Number | Ident | "(" Expr ")")
//
// A statement ends at a newline, a ";" or just before the "}" closing its
// block, so `attention softmax { heads 4 } unembed` on one line is a syntax
// error. Identifiers are values too, so `heads 4 d_head 32` reads as one
// statement `heads` with three values, which Check rejects.

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// lexDef tokenises model files. Comments, spaces and tabs are elided;
// newlines are tokens because they end statements. Numbers carry no sign:
// a leading "-" is a separate token that the grammar folds into the number
// (so `(D-1)` is a subtraction, not D followed by -1).
var lexDef = lexer.MustSimple([]lexer.SimpleRule{
	{Name: "Comment", Pattern: `//[^\n]*|#[^\n]*`},
	{Name: "Whitespace", Pattern: `[ \t\r]+`},
	{Name: "Newline", Pattern: `\n`},
	{Name: "Number", Pattern: `(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?`},
	{Name: "String", Pattern: `"(\\.|[^"\\\n])*"`},
	{Name: "Ident", Pattern: `[A-Za-z_][A-Za-z0-9_]*`},
	{Name: "Punct", Pattern: `[{}()=;+\-*/]`},
})

// grammar is the participle parser for File. Unbounded lookahead lets
// participle backtrack out of a partly matched branch and report the
// deepest error (the token that is actually wrong) instead of the start of
// the branch; the grammar is LL(1) apart from that, and maxNesting bounds
// the depth, so this costs little.
var grammar = participle.MustBuild[File](
	participle.Lexer(lexDef),
	participle.Elide("Comment", "Whitespace"),
	participle.UseLookahead(participle.MaxLookahead),
)

// File is a parsed model file: constants and models in source order.
type File struct {
	Pos   lexer.Position
	Stmts []*TopStmt `parser:"(Newline | ';')* (@@ (Newline | ';')*)*"`
}

// TopStmt is a top-level statement: exactly one of Const and Model is set.
type TopStmt struct {
	Pos   lexer.Position
	Const *Const     `parser:"  @@"`
	Model *ModelDecl `parser:"| @@"`
}

// Ident is an identifier with its own position.
type Ident struct {
	Pos  lexer.Position
	Name string `parser:"@Ident"`
}

// Const is `const NAME = VALUE`.
type Const struct {
	Pos   lexer.Position
	Name  *Ident `parser:"'const' @@ '='"`
	Value *Value `parser:"@@"`
}

// ModelDecl is `model NAME { ... }`.
type ModelDecl struct {
	Pos  lexer.Position
	Name *Ident `parser:"'model' @@"`
	Body *Block `parser:"@@"`
}

// Block is a braced list of statements.
type Block struct {
	Pos   lexer.Position
	Stmts []*Stmt `parser:"'{' (Newline | ';')* (@@ ((Newline | ';')+ @@?)*)? '}'"`
}

// Stmt is a setting (`vocab 64`) or, when Body is set, a block
// (`attention softmax { ... }`, `repeat 2 { ... }`, `defaults { ... }`).
type Stmt struct {
	Pos    lexer.Position
	Key    string   `parser:"@Ident"`
	Values []*Value `parser:"@@*"`
	Body   *Block   `parser:"@@?"`
}

// Value is one value of a statement: exactly one field is set. Number holds
// the literal's text including a leading "-"; String holds the literal with
// its quotes.
type Value struct {
	Pos    lexer.Position
	Number *string `parser:"  @('-'? Number)"`
	Ident  *string `parser:"| @Ident"`
	String *string `parser:"| @String"`
	Expr   *Expr   `parser:"| '(' @@ ')'"`
}

// Expr is a sum: Left followed by "+ term" / "- term" operations.
type Expr struct {
	Pos  lexer.Position
	Left *Term     `parser:"@@"`
	Rest []*OpTerm `parser:"@@*"`
}

// OpTerm is one "+ term" or "- term" of an Expr.
type OpTerm struct {
	Pos  lexer.Position
	Op   string `parser:"@('+' | '-')"`
	Term *Term  `parser:"@@"`
}

// Term is a product: Left followed by "* factor" / "/ factor" operations.
type Term struct {
	Pos  lexer.Position
	Left *Factor     `parser:"@@"`
	Rest []*OpFactor `parser:"@@*"`
}

// OpFactor is one "* factor" or "/ factor" of a Term.
type OpFactor struct {
	Pos    lexer.Position
	Op     string  `parser:"@('*' | '/')"`
	Factor *Factor `parser:"@@"`
}

// Factor is an optionally negated number, constant name or parenthesised
// expression: exactly one of Number, Ident and Sub is set.
type Factor struct {
	Pos    lexer.Position
	Neg    bool    `parser:"@'-'?"`
	Number *string `parser:"( @Number"`
	Ident  *string `parser:"| @Ident"`
	Sub    *Expr   `parser:"| '(' @@ ')' )"`
}
