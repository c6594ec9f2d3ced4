package dsl

import (
	"errors"
	"strings"
	"testing"
)

// parseTests are syntax trees of small inputs, as S-expressions.
var parseTests = []struct {
	name, src, want string
}{
	{"empty", "", "(file)"},
	{"blank lines and separators", "\n;\n  ;;\n", "(file)"},
	{"const", "const D = 128", "(file (const D 128))"},
	{"const negative float", "const S = -0.5e-3", "(file (const S -0.5e-3))"},
	{"empty model", "model m {}", "(file (model m))"},
	{"one-liner with semicolons", "model m { vocab 64; d_model 128; context 256 }",
		"(file (model m (vocab 64) (d_model 128) (context 256)))"},
	{"newlines", "model m {\n  vocab 64\n\n  d_model 128\n}\n",
		"(file (model m (vocab 64) (d_model 128)))"},
	{"trailing semicolon", "model m { vocab 64; }", "(file (model m (vocab 64)))"},
	{"no values", "model m { unembed }", "(file (model m (unembed)))"},
	{"several values", "model m { embed input identity }", "(file (model m (embed input identity)))"},
	{"slash comments", "// header\nmodel m { // here\n  vocab 64 // there\n}",
		"(file (model m (vocab 64)))"},
	{"hash comments", "# header\nmodel m { # here\n  vocab 64 # there\n}",
		"(file (model m (vocab 64)))"},
	{"comment hides brace", "model m { vocab 64 // }\n}", "(file (model m (vocab 64)))"},
	{"block", "model m { attention softmax { heads 4; d_head 32 } }",
		"(file (model m (attention softmax {(heads 4) (d_head 32)})))"},
	{"empty block", "model m { defaults {} }", "(file (model m (defaults {})))"},
	{"nested blocks", "model m {\n repeat 2 {\n  attention linear { mask strict }\n  repeat 3 { attention delta {} }\n }\n}",
		"(file (model m (repeat 2 {(attention linear {(mask strict)}) (repeat 3 {(attention delta {})})})))"},
	{"window mask", "model m { attention softmax { mask window 16 } }",
		"(file (model m (attention softmax {(mask window 16)})))"},
	{"string value", `model m { heads "four" }`, `(file (model m (heads "four")))`},
	{"string with escape", `model m { x "a\"b" }`, `(file (model m (x "a\"b")))`},
	{"negative number", "model m { scale -1.5 }", "(file (model m (scale -1.5)))"},
	{"expression", "model m { d_head (D / 4) }", "(file (model m (d_head (/ D 4))))"},
	{"precedence", "model m { x (1 + 2 * 3) }", "(file (model m (x (+ 1 (* 2 3)))))"},
	{"left associative", "model m { x (8 - 2 - 1) (8 / 2 / 2) }",
		"(file (model m (x (- (- 8 2) 1) (/ (/ 8 2) 2))))"},
	{"parentheses", "model m { x ((1 + 2) * 3) }", "(file (model m (x (* (+ 1 2) 3))))"},
	{"minus without spaces", "model m { x (D-1) }", "(file (model m (x (- D 1))))"},
	{"unary minus", "model m { x (-D * -2) }", "(file (model m (x (* (neg D) (neg 2)))))"},
	{"negated name and negative number", "model m { x (-D) -1 }", "(file (model m (x (neg D) -1)))"},
	{"single number in parentheses", "model m { x (4) }", "(file (model m (x 4)))"},
	{"exponent", "model m { scale 1e-3; x 2E+5 }", "(file (model m (scale 1e-3) (x 2E+5)))"},
	{"const and model", "const D = 64\nconst H = (D / 16)\n\nmodel m { d_model D }\n",
		"(file (const D 64) (const H (/ D 16)) (model m (d_model D)))"},
	{"keyword as name", "model model { model 1 }", "(file (model model (model 1)))"},
	{"CRLF", "model m {\r\n  vocab 64\r\n}\r\n", "(file (model m (vocab 64)))"},
}

func TestParseSExpr(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFile("t.hopf", []byte(tt.src))
			if err != nil {
				t.Fatalf("ParseFile(%q): %v", tt.src, err)
			}
			if got := f.SExpr(); got != tt.want {
				t.Errorf("ParseFile(%q):\n got %s\nwant %s", tt.src, got, tt.want)
			}
			// A statement renders as its part of the file's rendering.
			for _, top := range f.Stmts {
				if top.Model == nil {
					continue
				}
				for _, s := range top.Model.Body.Stmts {
					if got := s.SExpr(); !strings.Contains(tt.want, got) {
						t.Errorf("Stmt.SExpr() = %s, not part of %s", got, tt.want)
					}
				}
			}
		})
	}
}

// parseErrorTests are inputs with syntax errors and the prefix of the one
// error each must give.
var parseErrorTests = []struct {
	name, src, want string
}{
	{"statement after block on one line", "model m {\n  attention softmax { heads 4 } unembed\n}",
		`t.hopf:2:33: unexpected token "unembed"`},
	{"two statements on one line", "model m { vocab 64 { } d_model 4 }", `t.hopf:1:24: unexpected token "d_model"`},
	{"unclosed block", "model m {\n  vocab 64\n", "t.hopf:3:1: unexpected end of file"},
	{"missing name", "model { }", `t.hopf:1:7: unexpected token "{"`},
	{"bad character", "model m {\n  vocab @4\n}", `t.hopf:2:9: unexpected character '@'`},
	{"unclosed string", "model m { x \"abc\n}", `t.hopf:1:13: unterminated string: a string ends with " on the same line`},
	{"non-ASCII name", "const Δ = 3\nmodel m {}", `t.hopf:1:7: unexpected character 'Δ': names are ASCII letters, digits and _`},
	{"brackets", "model m { vocab [4] }", `t.hopf:1:17: unexpected character '[': blocks are written { … }, expressions ( … )`},
	{"arithmetic without parentheses", "const A = 16 + 16\nmodel m {}", `t.hopf:1:14: unexpected token "+": arithmetic goes in parentheses, e.g. (16 + 2)`},
	{"unclosed parenthesis", "model m {\n  x (1 +\n}", `t.hopf:2:9: unexpected newline`},
	{"dangling minus", "model m { x - }", `t.hopf:1:15: unexpected token "}"`},
	{"string in expression", `model m { x (1 + "a") }`, `t.hopf:1:18: unexpected token "\"a\""`},
	{"setting at top level", "vocab 64", `t.hopf:1:1: unexpected token "vocab"`},
	{"const without value", "const D =\nmodel m {}", "t.hopf:1:10: unexpected newline"},
	{"too deep", "model m { x " + strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100) + " }",
		"t.hopf:1:76: nesting deeper than 64 levels"},
}

// TestParseBOM: a UTF-8 byte order mark before the text is ignored, and
// positions on the first line count from after it.
func TestParseBOM(t *testing.T) {
	src := "\xef\xbb\xbfmodel m { vocab 8; d_model 8; context 8\n  attention softmax { heads 1; d_head 8 }\n  unembed }\n"
	if _, err := Load("t.hopf", []byte(src)); err != nil {
		t.Fatalf("with a byte order mark: %v", err)
	}
	_, err := ParseFile("t.hopf", []byte("\xef\xbb\xbfmodel { }"))
	if err == nil || !strings.HasPrefix(err.Error(), "t.hopf:1:7:") {
		t.Errorf("error %v, want it at 1:7", err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile("t.hopf", []byte(tt.src))
			if err == nil {
				t.Fatalf("ParseFile(%q) succeeded", tt.src)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("ParseFile(%q) error %T %v, want an ErrorList of one", tt.src, err, err)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("ParseFile(%q):\n got %s\nwant prefix %s", tt.src, got, tt.want)
			}
		})
	}
}
