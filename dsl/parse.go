package dsl

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// maxNesting bounds how deeply braces and parentheses may nest, so that
// hostile input cannot exhaust the stack of the recursive-descent parser.
const maxNesting = 64

// ParseFile parses source into a syntax tree. On failure the error is an
// ErrorList holding one Error: the first lexical or syntax error.
func ParseFile(filename string, src []byte) (f *File, err error) {
	defer func() {
		// participle panics on some grammar conditions; never pass that on.
		if r := recover(); r != nil {
			f, err = nil, ErrorList{{Pos: Pos{File: filename, Line: 1, Col: 1}, Msg: fmt.Sprintf("internal parser error: %v", r)}}
		}
	}()
	// A UTF-8 byte order mark (some Windows editors write one) is not part
	// of the text.
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if err := checkNesting(filename, src); err != nil {
		return nil, err
	}
	f, err = grammar.ParseBytes(filename, src)
	if err != nil {
		return nil, convertError(filename, err)
	}
	return f, nil
}

// Load parses and checks a model file.
func Load(filename string, src []byte) (*Model, error) {
	f, err := ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return Check(f)
}

// checkNesting lexes src and rejects nesting deeper than maxNesting. Lexical
// errors are left for the parser to report.
func checkNesting(filename string, src []byte) error {
	lex, err := lexDef.LexString(filename, string(src))
	if err != nil {
		return nil
	}
	depth := 0
	for {
		tok, err := lex.Next()
		if err != nil || tok.EOF() {
			return nil
		}
		// Only punctuation tokens can have these values (string tokens
		// keep their quotes).
		switch tok.Value {
		case "{", "(":
			depth++
			if depth > maxNesting {
				return ErrorList{{Pos: toPos(tok.Pos), Msg: fmt.Sprintf("nesting deeper than %d levels", maxNesting)}}
			}
		case "}", ")":
			depth--
		}
	}
}

// convertError turns a participle or lexer error into an ErrorList.
func convertError(filename string, err error) error {
	var perr participle.Error
	if errors.As(err, &perr) {
		pos := toPos(perr.Position())
		if pos.File == "" {
			pos.File = filename
		}
		if pos.Line < 1 {
			pos.Line, pos.Col = 1, 1
		}
		return ErrorList{{Pos: pos, Msg: explainLexer(tidyMessage(perr.Message()))}}
	}
	return ErrorList{{Pos: Pos{File: filename, Line: 1, Col: 1}, Msg: err.Error()}}
}

// tidyMessage makes participle's messages read better: newline and
// end-of-file tokens are named instead of quoted, token types and grammar
// rules in "expected ..." get plain names.
var tidyMessage = strings.NewReplacer(
	`unexpected token "<EOF>"`, "unexpected end of file",
	`unexpected token "\n"`, "unexpected newline",
	"<number>", "number",
	"<ident>", "name",
	"<string>", "string",
	"<newline>", "newline",
	"Expr", "expression",
).Replace

// explainLexer rewrites the lexer's "invalid input text" (the rest of the
// line, quoted) as the character it stopped at, with what to write instead
// where that is clear; and adds to a syntax error at an arithmetic
// operator that expressions go in parentheses.
func explainLexer(msg string) string {
	const lexPrefix = `lexer: invalid input text `
	if rest, ok := strings.CutPrefix(msg, lexPrefix); ok {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return msg
		}
		text, err := strconv.Unquote(q)
		if err != nil || text == "" {
			return msg
		}
		r, _ := utf8.DecodeRuneInString(text)
		switch {
		case r == '"':
			return "unterminated string: a string ends with \" on the same line"
		case r > unicode.MaxASCII && unicode.IsLetter(r):
			return fmt.Sprintf("unexpected character %q: names are ASCII letters, digits and _", r)
		case r == '[' || r == ']':
			return fmt.Sprintf("unexpected character %q: blocks are written { … }, expressions ( … )", r)
		}
		return fmt.Sprintf("unexpected character %q", r)
	}
	for _, op := range []string{"+", "-", "*", "/"} {
		if msg == `unexpected token "`+op+`"` {
			return msg + ": arithmetic goes in parentheses, e.g. (16 " + op + " 2)"
		}
	}
	return msg
}

// toPos converts a participle position.
func toPos(p lexer.Position) Pos {
	return Pos{File: p.Filename, Line: p.Line, Col: p.Column}
}
