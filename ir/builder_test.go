package ir

import (
	"fmt"
	"strings"
	"testing"
)

// buildTiny builds a one-layer softmax-attention graph the way lowering
// does: result types unknown, every op at a position.
func buildTiny() (*Graph, map[string]*Value) {
	b := NewBuilder("tiny")
	at := func(line int) { b.At(Pos{File: "tiny.hopf", Line: line, Col: 3}) }
	v := map[string]*Value{}
	at(1)
	tok := b.Param("tokens", T(I32, S("B"), S("T")))
	emb := b.Weight("emb", T(F32, C(16), C(8)))
	v["x"] = b.Op("embed", "x", []*Value{tok}, []*Weight{emb}, nil)
	at(2)
	wq := b.Weight("L0.w_q", T(F32, C(8), C(8)))
	wk := b.Weight("L0.w_k", T(F32, C(8), C(8)))
	v["q"] = b.Op("linear", "q", []*Value{v["x"]}, []*Weight{wq}, nil)
	v["k"] = b.Op("linear", "k", []*Value{v["x"]}, []*Weight{wk}, nil)
	at(3)
	v["qh"] = b.Op("split_heads", "h", []*Value{v["q"]}, nil, Attrs{"heads": int64(2)})
	v["kh"] = b.Op("split_heads", "h", []*Value{v["k"]}, nil, Attrs{"heads": int64(2)})
	v["vh"] = b.Op("split_heads", "h", []*Value{v["x"]}, nil, Attrs{"heads": int64(2)})
	v["s"] = b.Op("scores", "", []*Value{v["qh"], v["kh"]}, nil, Attrs{"scale": 0.5})
	v["m"] = b.Op("mask", "", []*Value{v["s"]}, nil, Attrs{"kind": "causal", "fill": "neg_inf"})
	v["p"] = b.Op("softmax", "", []*Value{v["m"]}, nil, nil)
	v["o"] = b.Op("mix", "o", []*Value{v["p"], v["vh"]}, nil, nil)
	v["om"] = b.Op("merge_heads", "o", []*Value{v["o"]}, nil, nil)
	at(4)
	v["y"] = b.Op("add", "x", []*Value{v["x"], v["om"]}, nil, nil)
	un := b.Weight("unembed", T(F32, C(16), C(8)))
	v["logits"] = b.Op("unembed", "logits", []*Value{v["y"]}, []*Weight{un}, nil)
	return b.Return(v["logits"]), v
}

func TestBuilderInfer(t *testing.T) {
	g, v := buildTiny()

	// Fresh names: a taken name gets a suffix, an empty one a number.
	names := map[string]string{
		"x": "x", "q": "q", "k": "k", "qh": "h", "kh": "h_1", "vh": "h_2",
		"s": "1", "m": "2", "p": "3", "o": "o", "om": "o_1", "y": "x_1", "logits": "logits",
	}
	for key, want := range names {
		if got := v[key].Name; got != want {
			t.Errorf("value %s is named %q, want %q", key, got, want)
		}
	}
	for _, op := range g.Ops {
		if op.Result().Type.Known() {
			t.Errorf("builder set a type on %s", op.Ref())
		}
		if op.Attrs == nil {
			t.Errorf("%s has nil Attrs", op.Ref())
		}
	}

	err := Verify(g, VerifyOptions{})
	if err == nil || !strings.Contains(err.Error(), "tiny.hopf:1:3: op %x (embed): result %x has unknown type, want f32[B,T,8] (run shape inference)") {
		t.Errorf("Verify before inference = %v, want unknown-type problems", err)
	}
	if err := Verify(g, VerifyOptions{AllowUnknownTypes: true}); err != nil {
		t.Errorf("Verify(AllowUnknownTypes) before inference: %v", err)
	}

	changed, err := Infer(g)
	if err != nil || !changed {
		t.Fatalf("Infer = %v, %v; want true, nil", changed, err)
	}
	types := map[string]string{
		"x": "f32[B,T,8]", "q": "f32[B,T,8]", "k": "f32[B,T,8]",
		"qh": "f32[B,2,T,4]", "kh": "f32[B,2,T,4]", "vh": "f32[B,2,T,4]",
		"s": "f32[B,2,T,T]", "m": "f32[B,2,T,T]", "p": "f32[B,2,T,T]",
		"o": "f32[B,2,T,4]", "om": "f32[B,T,8]", "y": "f32[B,T,8]", "logits": "f32[B,T,16]",
	}
	for key, want := range types {
		if got := v[key].Type.String(); got != want {
			t.Errorf("%%%s has type %s, want %s", v[key].Name, got, want)
		}
	}
	if err := Verify(g, VerifyOptions{}); err != nil {
		t.Errorf("Verify after Infer: %v", err)
	}
	if changed, err := Infer(g); changed || err != nil {
		t.Errorf("second Infer = %v, %v; want false, nil", changed, err)
	}

	// The built graph prints in the textual form and reads back.
	text := Print(g)
	want := `weight @emb : f32[16,8]      // tiny.hopf:1:3
weight @L0.w_q : f32[8,8]    // tiny.hopf:2:3
weight @L0.w_k : f32[8,8]    // tiny.hopf:2:3
weight @unembed : f32[16,8]  // tiny.hopf:4:3
graph @tiny(%tokens: i32[B,T]) -> f32[B,T,16] {
  %x = embed %tokens, @emb : f32[B,T,8]                    // tiny.hopf:1:3
  %q = linear %x, @L0.w_q : f32[B,T,8]                     // tiny.hopf:2:3
  %k = linear %x, @L0.w_k : f32[B,T,8]                     // tiny.hopf:2:3
  %h = split_heads %q {heads=2} : f32[B,2,T,4]             // tiny.hopf:3:3
  %h_1 = split_heads %k {heads=2} : f32[B,2,T,4]           // tiny.hopf:3:3
  %h_2 = split_heads %x {heads=2} : f32[B,2,T,4]           // tiny.hopf:3:3
  %1 = scores %h, %h_1 {scale=0.5} : f32[B,2,T,T]          // tiny.hopf:3:3
  %2 = mask %1 {kind=causal, fill=neg_inf} : f32[B,2,T,T]  // tiny.hopf:3:3
  %3 = softmax %2 : f32[B,2,T,T]                           // tiny.hopf:3:3
  %o = mix %3, %h_2 : f32[B,2,T,4]                         // tiny.hopf:3:3
  %o_1 = merge_heads %o : f32[B,T,8]                       // tiny.hopf:3:3
  %x_1 = add %x, %o_1 : f32[B,T,8]                         // tiny.hopf:4:3
  %logits = unembed %x_1, @unembed : f32[B,T,16]           // tiny.hopf:4:3
  return %logits
}
`
	if text != want {
		t.Errorf("Print:\n%s\nwant:\n%s\n%s", text, want, lineDiff(want, text))
	}
	g2, err := Parse("tiny.ir", text)
	if err != nil {
		t.Fatal(err)
	}
	if Print(g2) != text {
		t.Errorf("print/parse/print is not a fixed point")
	}
}

func TestBuilderFreshNames(t *testing.T) {
	b := NewBuilder("g")
	x := b.Param("x", T(F32, S("B"), C(4)))
	tests := []struct{ ask, want string }{
		{"", "1"},
		{"1", "1_1"}, // an explicit name that a number took
		{"2", "2"},   // an explicit number name...
		{"", "3"},    // ...is skipped by the counter
		{"x", "x_1"}, // the parameter took x
		{"x_1", "x_1_1"},
		{"x", "x_2"},
		{"y.z", "y.z"},
		{"y.z", "y.z_1"},
	}
	for _, tt := range tests {
		if got := b.Op("softmax", tt.ask, []*Value{x}, nil, nil).Name; got != tt.want {
			t.Errorf("Op(%q) named %q, want %q", tt.ask, got, tt.want)
		}
	}
	if p := b.Param("x", T(F32, C(1))); p.Name != "x_3" {
		t.Errorf("second parameter x named %q, want x_3", p.Name)
	}
	// Weights have their own namespace and are declared once.
	w1 := b.Weight("x", T(F32, C(4)))
	w2 := b.Weight("x", T(F32, C(4)))
	if w1 != w2 || len(b.g.Weights) != 1 || w1.Name != "x" {
		t.Errorf("Weight twice: %v %v %d", w1, w2, len(b.g.Weights))
	}
	// The same name with another type is a bug in the caller.
	defer func() {
		if recover() == nil {
			t.Error("Weight with a clashing type: want a panic")
		}
	}()
	b.Weight("x", T(F32, C(5)))
}

func TestBuilderPanics(t *testing.T) {
	x := &Value{Name: "x", Type: T(F32, C(4))}
	w := &Weight{Name: "w", Type: T(F32, C(4), C(4))}
	tests := []struct {
		name    string
		op      string
		args    []*Value
		weights []*Weight
		msg     string
	}{
		{"unknown op", "conv", []*Value{x}, nil, "unknown op conv"},
		{"too few args", "add", []*Value{x}, nil, "add takes 2 value operands, got 1"},
		{"too many args", "softmax", []*Value{x, x}, nil, "softmax takes 1 value operands, got 2"},
		{"missing weight", "linear", []*Value{x}, nil, "linear takes 1 weights, got 0"},
		{"extra weight", "softmax", []*Value{x}, []*Weight{w}, "softmax takes 0 weights, got 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), tt.msg) {
					t.Errorf("panic %v, want %q", r, tt.msg)
				}
			}()
			NewBuilder("g").Op(tt.op, "r", tt.args, tt.weights, nil)
		})
	}
	// The optional fourth operand of delta_rule may be left out.
	b := NewBuilder("g")
	b.Op("delta_rule", "d", []*Value{x, x, x}, nil, nil)
	b.Op("delta_rule", "d", []*Value{x, x, x, x}, nil, nil)
}

func TestInferErrors(t *testing.T) {
	// The first failing op stops inference and is named with its position.
	g, v := buildTiny()
	g.Weight("L0.w_k").Type = T(F32, C(8), C(6))
	changed, err := Infer(g)
	if err == nil || err.Error() != "tiny.hopf:2:3: op %k (linear): weight @L0.w_k has type f32[8,6], want [N, 8] for input f32[B,T,8]" {
		t.Errorf("Infer error = %v", err)
	}
	if !changed || !v["q"].Type.Known() || v["k"].Type.Known() || v["s"].Type.Known() {
		t.Errorf("Infer did not stop at %%k: changed=%v q=%s k=%s s=%s", changed, v["q"].Type, v["k"].Type, v["s"].Type)
	}

	// An operand of unknown type (a parameter here) is an error too.
	b := NewBuilder("g")
	b.At(Pos{Line: 7, Col: 1})
	x := b.Param("x", Type{})
	g = b.Return(b.Op("softmax", "y", []*Value{x}, nil, nil))
	if _, err := Infer(g); err == nil || err.Error() != "7:1: op %y (softmax): operand %x has unknown type" {
		t.Errorf("Infer error = %v", err)
	}
}

// withTestOp registers an op with two results for the duration of a test.
func withTestOp(t *testing.T) *OpDef {
	t.Helper()
	d := &OpDef{Name: "test_split2", Args: []string{"x"}, Results: 2,
		Infer: func(op *Op) ([]Type, error) {
			x := op.Args[0].Type
			return []Type{x, x.With(F32)}, nil
		}}
	Register(d)
	t.Cleanup(func() { delete(opTable, d.Name) })
	return d
}

func TestMultiResultOp(t *testing.T) {
	withTestOp(t)
	b := NewBuilder("g")
	x := b.Param("x", T(F16, S("B"), C(4)))
	a := b.Op("test_split2", "a", []*Value{x}, nil, nil)
	op := a.Def
	if len(op.Results) != 2 || op.Results[0].Name != "a" || op.Results[1].Name != "a_1" {
		t.Fatalf("results %v", op.Results)
	}
	g := b.Return(op.Results[1], op.Results[0])
	if _, err := Infer(g); err != nil {
		t.Fatal(err)
	}
	if err := Verify(g, VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
	want := "graph @g(%x: f16[B,4]) -> (f32[B,4], f16[B,4]) {\n" +
		"  %a, %a_1 = test_split2 %x : f16[B,4], f32[B,4]\n" +
		"  return %a_1, %a\n}\n"
	if got := Print(g); got != want {
		t.Fatalf("Print:\n%s\nwant:\n%s", got, want)
	}
	g2, err := Parse("m.ir", want)
	if err != nil {
		t.Fatal(err)
	}
	if Print(g2) != want || g2.Ops[0].Results[1].Def != g2.Ops[0] {
		t.Errorf("reparse differs")
	}

	for _, tt := range []struct{ src, msg string }{
		{"  %a, %b = test_split2 %x : f16[B,4]", "3:12: op test_split2 has 2 results but 1 type"},
		{"  %a = test_split2 %x : f16[B,4]", "3:8: op test_split2 has 2 results, not 1"},
		{"  %a, %b = test_split2 %x : f16[B,4], f32[B,4], f32[B,4]", "3:49: op test_split2 lists more types than its 2 results"},
		{"  %a, %x = test_split2 %x : f16[B,4], f32[B,4]", "3:7: value %x defined twice"},
	} {
		src := "graph @g(%x: f16[B,4]) -> f16[B,4] {\n\n" + tt.src + "\n  return %a\n}\n"
		if _, err := Parse("m.ir", src); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want %q", tt.src, err, tt.msg)
		}
	}
}

func TestRegisterDuplicatePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "op add registered twice") {
			t.Errorf("panic = %v", r)
		}
		if Lookup("add").Infer == nil {
			t.Errorf("the original add was replaced")
		}
	}()
	Register(&OpDef{Name: "add"})
}

func TestGraphHelpers(t *testing.T) {
	g := parseOrFatal(t, verifySrc)
	y, mo := val(g, "y"), val(g, "mo")
	uses := g.Uses()
	if uses[y] != 3 || uses[mo] != 1 || uses[val(g, "z")] != 1 || uses[val(g, "h")] != 6 {
		t.Errorf("Uses: y=%d mo=%d z=%d h=%d", uses[y], uses[mo], uses[val(g, "z")], uses[val(g, "h")])
	}
	g.ReplaceUses(y, g.Params[0])
	if uses := g.Uses(); uses[y] != 0 || uses[g.Params[0]] != 4 {
		t.Errorf("after ReplaceUses: y=%d x=%d", uses[y], uses[g.Params[0]])
	}
	z := val(g, "z")
	g.ReplaceUses(z, mo)
	if g.Results[0] != mo {
		t.Errorf("ReplaceUses did not update the graph result")
	}
	if r := opOf(g, "z").Ref(); r != "op %z (add)" {
		t.Errorf("Ref = %q", r)
	}
	if r := (&Op{Def: Lookup("add")}).Ref(); r != "op (add)" {
		t.Errorf("Ref without results = %q", r)
	}
}
