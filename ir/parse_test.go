package ir

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// mod builds a small module around one op line (line 3), returning %y.
func mod(op string) string {
	return "weight @w : f32[8,4]\n" +
		"graph @g(%x: f32[B,T,4]) -> f32[B,T,8] {\n" +
		op + "\n" +
		"  return %y\n" +
		"}\n"
}

// memMod is a small graph (lines 1-5) followed by a memory section that
// starts on line 6.
func memMod(section string) string {
	return "graph @g(%x: f32[B,4]) -> f32[B,4] {\n" +
		"  %a = sigmoid %x : f32[B,4]\n" +
		"  %b = softmax %a : f32[B,4]\n" +
		"  return %b\n" +
		"}\n" + section
}

// parseErrorTests are inputs Parse must reject, with the position
// ("line:col") and a substring of the message. They also seed FuzzParse.
var parseErrorTests = []struct {
	name, src, pos, msg string
}{
	{"undefined value", mod("  %y = linear %z, @w : f32[B,T,8]"), "3:15", "value %z is not defined before this use"},
	{"self reference", mod("  %y = linear %y, @w : f32[B,T,8]"), "3:15", "value %y is not defined before this use"},
	{"defined twice", mod("  %x = linear %x, @w : f32[B,T,8]"), "3:3", "value %x defined twice"},
	{"defined twice in one op", mod("  %y, %y = linear %x, @w : f32[B,T,8], f32[B,T,8]"), "3:7", "value %y defined twice"},
	{"param defined twice", "graph @g(%x: f32[B], %x: f32[B]) -> f32[B] {\n  return %x\n}\n", "1:22", "value %x defined twice"},
	{"unknown op", mod("  %y = lineer %x, @w : f32[B,T,8]"), "3:8", `unknown op "lineer"`},
	{"op name missing", mod("  %y = %x : f32[B,T,8]"), "3:8", `expected an op name, found "%x"`},
	{"unknown weight", mod("  %y = linear %x, @v : f32[B,T,8]"), "3:19", "weight @v is not declared"},
	{"int attribute given a float", mod("  %y = split_heads %x {heads=2.5} : f32[B,2,T,2]"), "3:30", `attribute heads wants an integer, found "2.5"`},
	{"float attribute given a word", mod("  %y = scores %x, %x {scale=big} : ?"), "3:29", `attribute scale wants a number, found "big"`},
	{"enum attribute given a number", mod("  %y = feature %x {map=1} : f32[B,T,4]"), "3:24", `attribute map wants one of identity|elu1|l2, found "1"`},
	{"unknown attribute", mod("  %y = softmax %x {axis=1} : f32[B,T,4]"), "3:20", `op softmax has no attribute "axis"`},
	{"enum word not allowed", mod("  %y = mask %x {kind=diagonal, fill=zero} : ?"), "3:22", `attribute kind wants one of causal|strict|none|window, found "diagonal"`},
	{"attribute given twice", mod("  %y = mask %x {kind=causal, kind=causal, fill=zero} : ?"), "3:30", `attribute "kind" given twice`},
	{"attribute without value", mod("  %y = split_heads %x {heads} : ?"), "3:29", `expected "=", found "}"`},
	{"attributes without comma", mod("  %y = mask %x {kind=causal fill=zero} : ?"), "3:29", `expected ",", found "fill"`},
	{"too few value operands", mod("  %y = add %x : f32[B,T,4]"), "3:8", "op add takes 2 value operands, got 1"},
	{"too many value operands", mod("  %y = softmax %x, %x : f32[B,T,4]"), "3:8", "op softmax takes 1 value operand, got 2"},
	{"optional operand range", mod("  %y = delta_rule %x, %x : ?"), "3:8", "op delta_rule takes 3 to 4 value operands, got 2"},
	{"missing weight", mod("  %y = linear %x : f32[B,T,8]"), "3:8", "op linear takes 1 weight, got 0"},
	{"too many weights", mod("  %y = linear %x, @w, @w : f32[B,T,8]"), "3:8", "op linear takes 1 weight, got 2"},
	{"value after weight", mod("  %y = linear @w, %x : f32[B,T,8]"), "3:19", `value operand "%x" after a weight operand`},
	{"trailing comma in operands", mod("  %y = linear %x, @w, : f32[B,T,8]"), "3:23", `expected an operand %NAME or @NAME after ",", found ":"`},
	{"too many results", mod("  %y, %z = softmax %x : f32[B,T,4], f32[B,T,4]"), "3:12", "op softmax has 1 result, not 2"},
	{"more types than results", mod("  %y = linear %x, @w : f32[B,T,8], f32[B,T,8]"), "3:36", "op linear lists more types than its 1 result"},
	{"fewer types than results", mod("  %y, %z = softmax %x : f32[B,T,4]"), "3:12", "op softmax has 1 result, not 2"},
	{"missing type", mod("  %y = linear %x, @w"), "4:3", `expected ":", found "return"`},
	{"result type mismatch", strings.Replace(mod("  %y = linear %x, @w : f32[B,T,8]"), "-> f32[B,T,8]", "-> f32[B,T,9]", 1), "4:3",
		"graph @g result 0 is declared f32[B,T,9] but %y has type f32[B,T,8]"},
	{"result count mismatch", strings.Replace(mod("  %y = linear %x, @w : f32[B,T,8]"), "-> f32[B,T,8]", "-> (f32[B,T,8], f32[B,T,8])", 1), "4:3",
		"graph @g declares 2 results but returns 1"},
	{"garbage after op", mod("  %y = linear %x, @w : f32[B,T,8] $$"), "3:35", `expected a value name %NAME, found "$"`},
	{"garbage in type", "weight @w : f32[8;4]\n", "1:18", `expected ",", found ";"`},
	{"garbage at start", "#!hopf\n", "1:1", `expected "weight" or "graph", found "#"`},
	{"lone sigil", mod("  % = linear %x, @w : f32[B,T,8]"), "3:3", `expected a value name %NAME, found "%"`},
	{"missing return", "weight @w : f32[8,4]\ngraph @g(%x: f32[B,T,4]) -> f32[B,T,8] {\n  %y = linear %x, @w : f32[B,T,8]\n}\n", "4:1", "graph @g has no return"},
	{"missing return at end of input", "graph @g(%x: f32[B]) -> f32[B] {\n", "2:1", "graph @g has no return"},
	{"return nothing", "graph @g(%x: f32[B]) -> f32[B] {\n  return\n}\n", "3:1", `expected a value %NAME, found "}"`},
	{"return undefined", "graph @g(%x: f32[B]) -> f32[B] {\n  return %q\n}\n", "2:10", "value %q is not defined before this use"},
	{"missing closing brace", "graph @g(%x: f32[B]) -> f32[B] {\n  return %x\n", "3:1", `expected "}", found end of input`},
	{"trailing junk", mod("  %y = linear %x, @w : f32[B,T,8]") + "extra\n", "6:1", `unexpected "extra" after the graph`},
	{"second graph", mod("  %y = linear %x, @w : f32[B,T,8]") + "graph @h() -> f32[] {\n", "6:1", `unexpected "graph" after the graph`},
	{"weight declared twice", "weight @w : f32[8]\nweight @w : f32[8]\n", "2:8", "weight @w declared twice"},
	{"weight without name", "weight w : f32[8]\n", "1:8", `expected a weight name @NAME, found "w"`},
	{"weight after graph", mod("  %y = linear %x, @w : f32[B,T,8]") + "weight @v : f32[1]\n", "6:1", `unexpected "weight" after the graph`},
	{"misspelt keyword", "wieght @w : f32[8]\n", "1:1", `expected "weight" or "graph", found "wieght"`},
	{"empty input", "", "1:1", `expected "weight" or "graph", found end of input`},
	{"graph without name", "graph (%x: f32[B]) -> f32[B] {\n  return %x\n}\n", "1:7", `expected the graph name @NAME, found "("`},
	{"unknown element type", "weight @w : f64[8,4]\n", "1:13", `unknown element type "f64"`},
	{"negative dimension", "weight @w : f32[-8,4]\n", "1:17", `bad dimension "-8"`},
	{"missing arrow", "graph @g(%x: f32[B]) f32[B] {\n  return %x\n}\n", "1:22", `expected "->", found "f32"`},
	{"param without type", "graph @g(%x) -> f32[B] {\n  return %x\n}\n", "1:12", `expected ":", found ")"`},
	{"comment inside an op", mod("  %y = linear // here\n  %x, @w : f32[B,T,8]"), "3:15", `expected ":", found comment`},

	// Derived weights.
	{"concat of an undeclared weight", "weight @a : f32[2,4]\nweight @c : f32[4,4] = concat @a, @b\n", "2:35", `expected a weight declared above, found "@b"`},
	{"concat of itself", "weight @c : f32[4,4] = concat @c\n", "1:31", `expected a weight declared above, found "@c"`},
	{"concat of a later weight", "weight @c : f32[4,4] = concat @a\nweight @a : f32[4,4]\n", "1:31", `expected a weight declared above, found "@a"`},
	{"concat of a value", "weight @c : f32[4,4] = concat %a\n", "1:31", `expected a weight declared above, found "%a"`},
	{"weight = without concat", "weight @a : f32[2,4]\nweight @c : f32[2,4] = stack @a\n", "2:24", `expected "concat" after = in a weight declaration, found "stack"`},
	{"concat of nothing", "weight @c : f32[4,4] = concat\n", "2:1", "expected a weight declared above, found end of input"},
	{"concat with a trailing comma", "weight @a : f32[2,4]\nweight @c : f32[2,4] = concat @a,\ngraph @g() -> f32[] {\n", "3:1", `expected a weight declared above, found "graph"`},

	// Multi-result ops.
	{"dual op with one result", mod("  %y = dual.sum_update %x, %x, %x {mask=causal, scale=1.0, form=parallel} : ?"), "3:8", "op dual.sum_update has 2 results, not 1"},
	{"dual op with one type", mod("  %y, %s = dual.sum_update %x, %x, %x {mask=causal, scale=1.0, form=parallel} : ?"), "3:12", "op dual.sum_update has 2 results but 1 type"},
	{"fused op with three results", mod("  %y, %s, %t = fused.dual_residual %x, %x : ?, ?, ?"), "3:16", "op fused.dual_residual has 2 results, not 3"},
	{"beta attribute on dual.sum_update", mod("  %y, %s = dual.sum_update %x, %x, %x {beta=0.5} : ?, ?"), "3:40", `op dual.sum_update has no attribute "beta"`},
	{"form word of the DSL", mod("  %y = mix %x, %x {form=dual} : ?"), "3:25", `attribute form wants one of parallel|recurrent|chunked, found "dual"`},

	// Memory plans.
	{"memory buffers out of order", memMod("memory {B=2} peak=64 naive=64 {\n  buffer 1 : 32 = %a\n  buffer 0 : 32 = %b\n}\n"), "7:10", "buffer 1 out of order (want 0)"},
	{"memory buffer id repeated", memMod("memory {B=2} peak=64 naive=64 {\n  buffer 0 : 32 = %a\n  buffer 0 : 32 = %b\n}\n"), "8:10", "buffer 0 out of order (want 1)"},
	{"memory value in two buffers", memMod("memory {B=2} peak=64 naive=64 {\n  buffer 0 : 32 = %a\n  buffer 1 : 32 = %b, %a\n}\n"), "8:23", "value %a is in two buffers"},
	{"memory value twice in one buffer", memMod("memory {B=2} peak=32 naive=64 {\n  buffer 0 : 32 = %a, %a\n}\n"), "7:23", "value %a is in two buffers"},
	{"memory unknown value", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : 32 = %zz\n}\n"), "7:19", "value %zz is not defined before this use"},
	{"memory graph input", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : 32 = %x\n}\n"), "7:19", "%x is a graph input: inputs are not planned"},
	{"memory buffer without values", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : 32 =\n}\n"), "8:1", `expected a value %NAME, found "}"`},
	{"memory dimension given twice", memMod("memory {B=2, B=3} peak=0 naive=0 {\n}\n"), "6:14", "dimension B given twice"},
	{"memory dimension not a name", memMod("memory {2=1} peak=0 naive=0 {\n}\n"), "6:9", `expected a dimension name, found "2"`},
	{"memory dimension without comma", memMod("memory {B=1 T=2} peak=0 naive=0 {\n}\n"), "6:13", `expected ",", found "T"`},
	{"memory fractional size", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : 32.5 = %a\n}\n"), "7:14", `expected a non-negative integer, found "32.5"`},
	{"memory size with exponent", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : 3e1 = %a\n}\n"), "7:14", `expected a non-negative integer, found "3e1"`},
	{"memory negative size", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : -32 = %a\n}\n"), "7:14", `expected a non-negative integer, found "-32"`},
	{"memory fractional peak", memMod("memory {B=2} peak=1.5 naive=0 {\n}\n"), "6:19", `expected a non-negative integer, found "1.5"`},
	{"memory fractional dimension", memMod("memory {B=2.5} peak=0 naive=0 {\n}\n"), "6:11", `expected a non-negative integer, found "2.5"`},
	{"memory size out of range", memMod("memory {B=2} peak=0 naive=99999999999999999999 {\n}\n"), "6:27", `expected a non-negative integer, found "99999999999999999999"`},
	{"memory without peak", memMod("memory {B=2} naive=64 {\n}\n"), "6:14", `expected peak=N, found "naive"`},
	{"memory without naive", memMod("memory {B=2} peak=0 {\n}\n"), "6:21", `expected naive=N, found "{"`},
	{"memory not closed", memMod("memory {B=2} peak=32 naive=32 {\n  buffer 0 : 32 = %a\n"), "8:1", `expected "}", found end of input`},
	{"memory line that is not a buffer", memMod("memory {B=2} peak=32 naive=32 {\n  buf 0 : 32 = %a\n}\n"), "7:3", `expected "}", found "buf"`},
	{"second memory section", memMod("memory {} peak=0 naive=0 {\n}\nmemory {} peak=0 naive=0 {\n}\n"), "8:1", `unexpected "memory" after the graph`},
	{"memory before the graph", "memory {} peak=0 naive=0 {\n}\n", "1:1", `expected "weight" or "graph", found "memory"`},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Parse("bad.ir", tt.src)
			if err == nil {
				t.Fatalf("Parse succeeded, want error %s: %s\n%s", tt.pos, tt.msg, Print(g))
			}
			if g != nil {
				t.Errorf("Parse returned a graph with error %v", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is %T, want *ParseError", err, err)
			}
			if pe.File != "bad.ir" {
				t.Errorf("File = %q, want bad.ir", pe.File)
			}
			if want := "bad.ir:" + tt.pos + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q does not start with %q", err, want)
			}
			if !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("message %q does not contain %q", pe.Msg, tt.msg)
			}
		})
	}
}

// TestParseAccepts lists inputs that are not in printed form but must parse,
// each with the text Print gives for it.
func TestParseAccepts(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "integer for a float attribute, attributes out of order, no blanks",
			src: "graph @g(%q:f32[B,2,T,4],%k:f32[B,2,T,4])->f32[B,2,T,T]{\n" +
				"%s=scores %q,%k{scale=1}:f32[B,2,T,T]\n" +
				"%m=mask %s{fill=zero,kind=none}:f32[B,2,T,T] // a.hopf:1:2\n" +
				"return %m}",
			want: "graph @g(%q: f32[B,2,T,4], %k: f32[B,2,T,4]) -> f32[B,2,T,T] {\n" +
				"  %s = scores %q, %k {scale=1.0} : f32[B,2,T,T]\n" +
				"  %m = mask %s {kind=none, fill=zero} : f32[B,2,T,T]  // a.hopf:1:2\n" +
				"  return %m\n}\n",
		},
		{
			name: "comments between lines, one-element result list, spread over lines",
			src: "// header\nweight @w : f32[8,4] // not a position\n// between\n" +
				"graph @g(%x: f32[B,T,4]) -> (f32[B,T,8]) { // on the signature\n" +
				"  // before an op\n  %y = linear\n    %x, @w : f32[B,T,8]\n  return %y // after return\n} // end\n// trailer\n",
			want: "weight @w : f32[8,4]\ngraph @g(%x: f32[B,T,4]) -> f32[B,T,8] {\n  %y = linear %x, @w : f32[B,T,8]\n  return %y\n}\n",
		},
		{
			name: "positions without a file and with colons in the file",
			src: "graph @g(%x: f32[B]) -> (f32[B], f32[B]) {\n" +
				"  %a = softmax %x : f32[B]  // 3:4\n" +
				"  %b = softmax %a : f32[B]  // C:\\m.hopf:0012:5\n" +
				"  %c = softmax %b : f32[B]  // x.hopf:0:5\n" +
				"  return %a, %c\n}\n",
			want: "graph @g(%x: f32[B]) -> (f32[B], f32[B]) {\n" +
				"  %a = softmax %x : f32[B]  // 3:4\n" +
				"  %b = softmax %a : f32[B]  // C:\\m.hopf:12:5\n" +
				"  %c = softmax %b : f32[B]\n" +
				"  return %a, %c\n}\n",
		},
		{
			name: "unknown types, special floats",
			src: "graph @g(%q: f32[B,1,T,2], %k: ?) -> ? {\n" +
				"  %s = scores %q, %k {scale=inf} : ?\n" +
				"  %t = scores %q, %k {scale=-inf} : ?\n" +
				"  %u = scores %q, %k {scale=-0.0} : ?\n" +
				"  %v = scores %q, %k {scale=1e+300} : ?\n" +
				"  %w = scores %q, %k {scale=2.5E-3} : ?\n" +
				"  return %w\n}\n",
			want: "graph @g(%q: f32[B,1,T,2], %k: ?) -> ? {\n" +
				"  %s = scores %q, %k {scale=inf} : ?\n" +
				"  %t = scores %q, %k {scale=-inf} : ?\n" +
				"  %u = scores %q, %k {scale=-0.0} : ?\n" +
				"  %v = scores %q, %k {scale=1e+300} : ?\n" +
				"  %w = scores %q, %k {scale=0.0025} : ?\n" +
				"  return %w\n}\n",
		},
		{
			name: "memory plan with comments, unsorted dimensions, leading zeros, a value list over lines",
			src: memMod("// the plan\nmemory {T=2,B=01} peak=032 naive=32 { // for B=1\n" +
				"  // first buffer\n  buffer 0 : 16 = %a  // not a size\n" +
				"  buffer 1 : 16 =\n    %b\n// after\n}\n// trailer\n"),
			want: memMod("memory {B=1, T=2} peak=32 naive=32 {\n" +
				"  buffer 0 : 16 = %a  // 16 B\n" +
				"  buffer 1 : 16 = %b  // 16 B\n}\n"),
		},
		{
			name: "empty memory plan",
			src:  memMod("memory {} peak=0 naive=0 {}"),
			want: memMod("memory {} peak=0 naive=0 {\n}\n"),
		},
		{
			name: "derived weight over lines",
			src:  "weight @a : f32[2,4]\nweight @b : f32[1,4]\nweight @c : f32[3,4] = concat\n  @a,\n  @b\ngraph @g(%x: f32[4]) -> f32[4] {\n  return %x\n}\n",
			want: "weight @a : f32[2,4]\nweight @b : f32[1,4]\nweight @c : f32[3,4] = concat @a, @b\ngraph @g(%x: f32[4]) -> f32[4] {\n  return %x\n}\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Parse("ok.ir", tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := Print(g); got != tt.want {
				t.Errorf("Print:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestParseValues checks what the parser builds, not only what it prints.
func TestParseValues(t *testing.T) {
	src := "weight @w : f32[8,4]  // m.hopf:1:2\n" +
		"graph @g(%x: f32[B,T,4]) -> f32[B,2,T,4] {\n" +
		"  %y = linear %x, @w : f32[B,T,8]  // m.hopf:3:4\n" +
		"  %h = split_heads %y {heads=2} : f32[B,2,T,4]\n" +
		"  %s = scores %h, %h {scale=0.1} : f32[B,2,T,T]\n" +
		"  %m = mask %s {kind=window, window=3, fill=neg_inf} : f32[B,2,T,T]\n" +
		"  %p = softmax %m : f32[B,2,T,T]\n" +
		"  %o = mix %p, %h : f32[B,2,T,4]\n" +
		"  return %o\n}\n"
	g, err := Parse("m.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if g.Name != "g" || len(g.Weights) != 1 || len(g.Params) != 1 || len(g.Ops) != 6 || len(g.Results) != 1 {
		t.Fatalf("graph shape wrong: %+v", g)
	}
	w := g.Weight("w")
	if w == nil || w.Type.String() != "f32[8,4]" || w.Pos != (Pos{"m.hopf", 1, 2}) || g.Weight("v") != nil {
		t.Errorf("weight @w = %+v", w)
	}
	lin := g.Ops[0]
	if lin.Name() != "linear" || lin.Args[0] != g.Params[0] || lin.Weights[0] != w || lin.Pos != (Pos{"m.hopf", 3, 4}) {
		t.Errorf("linear op = %+v", lin)
	}
	if g.Params[0].Def != nil || lin.Result().Def != lin || g.Ops[1].Args[0] != lin.Result() {
		t.Errorf("def/use links wrong")
	}
	if h := g.Ops[1].Int("heads", 0); h != 2 {
		t.Errorf("heads = %d", h)
	}
	if s := g.Ops[2].Float("scale", 0); s != 0.1 {
		t.Errorf("scale = %v", s)
	}
	m := g.Ops[3]
	if m.Str("kind", "") != "window" || m.Int("window", 0) != 3 || m.Str("fill", "") != "neg_inf" || m.Str("absent", "d") != "d" {
		t.Errorf("mask attrs = %v", m.Attrs)
	}
	if g.Ops[4].Pos.IsValid() {
		t.Errorf("op without comment has position %v", g.Ops[4].Pos)
	}
	if g.Results[0] != g.Ops[5].Result() {
		t.Errorf("result is not %%o")
	}
	uses := g.Uses()
	if uses[g.Ops[1].Result()] != 3 || uses[g.Ops[5].Result()] != 1 || uses[g.Params[0]] != 1 {
		t.Errorf("Uses = %v", uses)
	}
	// Attribute values have the Go types the verifier expects.
	if _, ok := g.Ops[1].Attrs["heads"].(int64); !ok {
		t.Errorf("heads is %T", g.Ops[1].Attrs["heads"])
	}
	if _, ok := g.Ops[2].Attrs["scale"].(float64); !ok {
		t.Errorf("scale is %T", g.Ops[2].Attrs["scale"])
	}
}

func TestParseSpecialFloats(t *testing.T) {
	for _, tt := range []struct {
		text string
		ok   func(float64) bool
	}{
		{"inf", func(f float64) bool { return math.IsInf(f, 1) }},
		{"-inf", func(f float64) bool { return math.IsInf(f, -1) }},
		{"nan", math.IsNaN},
		{"-0.0", func(f float64) bool { return f == 0 && math.Signbit(f) }},
		{"1e-400", func(f float64) bool { return f == 0 }},
	} {
		g, err := Parse("f.ir", "graph @g(%q: f32[B,1,T,2]) -> f32[B,1,T,T] {\n  %s = scores %q, %q {scale="+tt.text+"} : f32[B,1,T,T]\n  return %s\n}\n")
		if err != nil {
			t.Errorf("%s: %v", tt.text, err)
			continue
		}
		if f := g.Ops[0].Float("scale", 42); !tt.ok(f) {
			t.Errorf("scale=%s parsed as %v", tt.text, f)
		}
	}
	// Out of range is an error, not a silent infinity.
	_, err := Parse("f.ir", "graph @g(%q: f32[B,1,T,2]) -> f32[B,1,T,T] {\n  %s = scores %q, %q {scale=1e999} : f32[B,1,T,T]\n  return %s\n}\n")
	if err == nil || !strings.Contains(err.Error(), "2:29: attribute scale wants a number") {
		t.Errorf("scale=1e999: err = %v", err)
	}
}

func TestFormatAttr(t *testing.T) {
	tests := []struct {
		a    Attr
		want string
	}{
		{int64(-3), "-3"},
		{1.0, "1.0"},
		{100.0, "100.0"},
		{1e-05, "1e-05"},
		{0.17677669529663687, "0.17677669529663687"},
		{1e21, "1e+21"},
		{math.Copysign(0, -1), "-0.0"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{true, "true"},
		{"causal", "causal"},
		{3, "<int>"},
	}
	for _, tt := range tests {
		if got := formatAttr(tt.a); got != tt.want {
			t.Errorf("formatAttr(%#v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

// TestPrintAlignment checks the comment column: lines are padded to the
// longest one, lines over commentCol do not push the others, and weights
// and ops are aligned separately.
func TestPrintAlignment(t *testing.T) {
	b := NewBuilder("g")
	p := Pos{"a.hopf", 1, 1}
	b.At(p)
	w := b.Weight("w", T(F32, C(4), C(4)))
	b.At(Pos{})
	b.Weight("a_much_longer_weight_name", T(F32, C(4), C(4)))
	b.At(p)
	x := b.Param("x", T(F32, S("B"), C(4)))
	y := b.Op("linear", "y", []*Value{x}, []*Weight{w}, nil)
	long := strings.Repeat("z", 100)
	z := b.Op("softmax", long, []*Value{y}, nil, nil)
	g := b.Return(z)
	if _, err := Infer(g); err != nil {
		t.Fatal(err)
	}
	want := "weight @w : f32[4,4]                          // a.hopf:1:1\n" +
		"weight @a_much_longer_weight_name : f32[4,4]\n" +
		"graph @g(%x: f32[B,4]) -> f32[B,4] {\n" +
		"  %y = linear %x, @w : f32[B,4]  // a.hopf:1:1\n" +
		"  %" + long + " = softmax %y : f32[B,4]  // a.hopf:1:1\n" +
		"  return %" + long + "\n}\n"
	if got := Print(g); got != want {
		t.Errorf("Print:\n%s\nwant:\n%s", got, want)
	}
}
