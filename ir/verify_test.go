package ir

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// verifySrc is a valid graph using most ops; the verifier tests break it
// one way each.
const verifySrc = `weight @w : f32[8,4]  // m.hopf:1:1
weight @wb : f32[2,8]
graph @g(%x: f32[B,T,4]) -> f32[B,T,8] {
  %y = linear %x, @w : f32[B,T,8]  // m.hopf:3:5
  %h = split_heads %y {heads=2} : f32[B,2,T,4]  // m.hopf:4:5
  %s = scores %h, %h {scale=0.5} : f32[B,2,T,T]  // m.hopf:5:5
  %m = mask %s {kind=causal, fill=neg_inf} : f32[B,2,T,T]  // m.hopf:6:5
  %p = softmax %m : f32[B,2,T,T]  // m.hopf:7:5
  %o = mix %p, %h : f32[B,2,T,4]  // m.hopf:8:5
  %bl = linear %y, @wb : f32[B,T,2]  // m.hopf:9:5
  %beta = sigmoid %bl : f32[B,T,2]  // m.hopf:10:5
  %d = delta_rule %h, %h, %h, %beta {mask=causal, scale=0.5} : f32[B,2,T,4]  // m.hopf:11:5
  %r = add %o, %d : f32[B,2,T,4]  // m.hopf:12:5
  %mo = merge_heads %r : f32[B,T,8]  // m.hopf:13:5
  %z = add %y, %mo : f32[B,T,8]  // m.hopf:14:5
  return %z
}
`

func parseOrFatal(t testing.TB, src string) *Graph {
	t.Helper()
	g, err := Parse("test.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// opOf returns the op defining %name.
func opOf(g *Graph, name string) *Op {
	for _, op := range g.Ops {
		for _, r := range op.Results {
			if r.Name == name {
				return op
			}
		}
	}
	panic("no op defines %" + name)
}

func val(g *Graph, name string) *Value {
	for _, p := range g.Params {
		if p.Name == name {
			return p
		}
	}
	for _, r := range opOf(g, name).Results {
		if r.Name == name {
			return r
		}
	}
	panic("unreachable")
}

func TestVerifyValid(t *testing.T) {
	g := parseOrFatal(t, verifySrc)
	for _, opts := range []VerifyOptions{{}, {AllowUnknownTypes: true}} {
		if err := Verify(g, opts); err != nil {
			t.Errorf("Verify(%+v): %v", opts, err)
		}
	}
}

// verifyCase breaks a valid graph one way and names the problems the
// verifier must report.
type verifyCase struct {
	name   string
	break_ func(g *Graph)
	opts   VerifyOptions
	want   []string // each must be one of the problems (substring)
	n      int      // number of problems; 0: at least len(want)
}

func TestVerifyErrors(t *testing.T) {
	runVerifyCases(t, verifySrc, []verifyCase{
		{
			name:   "wrong result type",
			break_: func(g *Graph) { val(g, "z").Type = T(F32, S("B"), S("T"), C(9)) },
			want:   []string{"m.hopf:14:5: op %z (add): result %z has type f32[B,T,9], want f32[B,T,8]"},
			n:      1,
		},
		{
			name:   "wrong result element type",
			break_: func(g *Graph) { val(g, "p").Type = val(g, "p").Type.With(F16) },
			// mix then sees p and h disagree.
			want: []string{"m.hopf:7:5: op %p (softmax): result %p has type f16[B,2,T,T], want f32[B,2,T,T]",
				"m.hopf:8:5: op %o (mix): operands %p (f16[B,2,T,T]) and %h (f32[B,2,T,4]) disagree in type or batch/head dimensions"},
			n: 2,
		},
		{
			name:   "missing required attribute",
			break_: func(g *Graph) { delete(opOf(g, "h").Attrs, "heads") },
			want:   []string{"m.hopf:4:5: op %h (split_heads): missing attribute heads"},
			n:      1,
		},
		{
			name:   "missing enum attribute",
			break_: func(g *Graph) { delete(opOf(g, "m").Attrs, "fill") },
			want:   []string{"m.hopf:6:5: op %m (mask): missing attribute fill"},
			n:      1,
		},
		{
			name:   "bad enum value",
			break_: func(g *Graph) { opOf(g, "m").Attrs["kind"] = "diagonal" },
			want:   []string{`m.hopf:6:5: op %m (mask): attribute kind: "diagonal" is not one of [causal strict none window]`},
			n:      1,
		},
		{
			name:   "enum of the wrong Go type",
			break_: func(g *Graph) { opOf(g, "m").Attrs["fill"] = int64(0) },
			want:   []string{"op %m (mask): attribute fill: want a word, have int64"},
			n:      1,
		},
		{
			name:   "int attribute of the wrong Go type",
			break_: func(g *Graph) { opOf(g, "h").Attrs["heads"] = 2 },
			want:   []string{"m.hopf:4:5: op %h (split_heads): attribute heads: want an integer, have int"},
			n:      1,
		},
		{
			name:   "float attribute of the wrong Go type",
			break_: func(g *Graph) { opOf(g, "s").Attrs["scale"] = float32(0.5) },
			want:   []string{"m.hopf:5:5: op %s (scores): attribute scale: want a float, have float32"},
			n:      1,
		},
		{
			name:   "NaN float attribute",
			break_: func(g *Graph) { opOf(g, "s").Attrs["scale"] = math.NaN() },
			want:   []string{"m.hopf:5:5: op %s (scores): attribute scale: is NaN"},
			n:      1,
		},
		{
			name:   "unknown attribute",
			break_: func(g *Graph) { opOf(g, "p").Attrs["axis"] = int64(-1) },
			want:   []string{"m.hopf:7:5: op %p (softmax): unknown attribute axis"},
			n:      1,
		},
		{
			name: "undeclared weight of a declared name",
			break_: func(g *Graph) {
				opOf(g, "y").Weights[0] = &Weight{Name: "w", Type: T(F32, C(8), C(4))}
			},
			want: []string{"m.hopf:3:5: op %y (linear): weight @w is not declared in the graph"},
			n:    1,
		},
		{
			name:   "nil weight operand",
			break_: func(g *Graph) { opOf(g, "y").Weights[0] = nil },
			want:   []string{"op %y (linear): weight <nil> is not declared in the graph"},
			n:      1,
		},
		{
			name:   "use before definition",
			break_: func(g *Graph) { g.Ops[0], g.Ops[1] = g.Ops[1], g.Ops[0] },
			want:   []string{"m.hopf:4:5: op %h (split_heads): operand 0 (%y) is not defined before use"},
			n:      1,
		},
		{
			name:   "operand from another graph",
			break_: func(g *Graph) { opOf(g, "p").Args[0] = &Value{Name: "m", Type: val(g, "m").Type} },
			want:   []string{"m.hopf:7:5: op %p (softmax): operand 0 (%m) is not defined before use"},
			n:      1,
		},
		{
			name:   "linear weight of the wrong K",
			break_: func(g *Graph) { g.Weight("w").Type = T(F32, C(8), C(5)) },
			want:   []string{"m.hopf:3:5: op %y (linear): weight @w has type f32[8,5], want [N, 4] for input f32[B,T,4]"},
			n:      1,
		},
		{
			name:   "linear weight of the wrong element type",
			break_: func(g *Graph) { g.Weight("w").Type = T(BF16, C(8), C(4)) },
			want:   []string{"m.hopf:3:5: op %y (linear): weight @w has element type bf16, want f32 like the input"},
			n:      1,
		},
		{
			name:   "split_heads not divisible",
			break_: func(g *Graph) { opOf(g, "h").Attrs["heads"] = int64(3) },
			want:   []string{"m.hopf:4:5: op %h (split_heads): last dimension 8 of f32[B,T,8] is not a multiple of heads=3"},
			n:      1,
		},
		{
			name:   "split_heads zero heads",
			break_: func(g *Graph) { opOf(g, "h").Attrs["heads"] = int64(0) },
			want:   []string{"op %h (split_heads): heads=0, want ≥ 1"},
			n:      1,
		},
		{
			name:   "mask window without window",
			break_: func(g *Graph) { opOf(g, "m").Attrs["kind"] = "window" },
			want:   []string{"m.hopf:6:5: op %m (mask): kind=window needs an attribute window ≥ 1"},
			n:      1,
		},
		{
			name: "mask window of zero",
			break_: func(g *Graph) {
				opOf(g, "m").Attrs["kind"] = "window"
				opOf(g, "m").Attrs["window"] = int64(0)
			},
			want: []string{"op %m (mask): kind=window needs an attribute window ≥ 1"},
			n:    1,
		},
		{
			name:   "mask window with kind=causal",
			break_: func(g *Graph) { opOf(g, "m").Attrs["window"] = int64(4) },
			want:   []string{"op %m (mask): attribute window is only valid with kind=window, not kind=causal"},
			n:      1,
		},
		{
			name:   "delta_rule with beta operand and attribute",
			break_: func(g *Graph) { opOf(g, "d").Attrs["beta"] = 0.5 },
			want:   []string{"m.hopf:11:5: op %d (delta_rule): beta is given both as operand and as attribute"},
			n:      1,
		},
		{
			name:   "delta_rule without beta",
			break_: func(g *Graph) { op := opOf(g, "d"); op.Args = op.Args[:3] },
			want:   []string{"m.hopf:11:5: op %d (delta_rule): needs a beta operand or a beta attribute"},
			n:      1,
		},
		{
			name:   "delta_rule beta of the wrong shape",
			break_: func(g *Graph) { opOf(g, "d").Args[3] = val(g, "y") },
			want:   []string{"op %d (delta_rule): operand beta (%y) has type f32[B,T,8], want f32[B,T,2]"},
			n:      1,
		},
		{
			name:   "delta_rule mask word of another op",
			break_: func(g *Graph) { opOf(g, "d").Attrs["mask"] = "window" },
			want:   []string{`op %d (delta_rule): attribute mask: "window" is not one of [causal strict]`},
			n:      1,
		},
		{
			name:   "add of different types",
			break_: func(g *Graph) { opOf(g, "r").Args[1] = val(g, "p") },
			want:   []string{"m.hopf:12:5: op %r (add): operands have types f32[B,2,T,4] and f32[B,2,T,T], want equal types"},
			n:      1,
		},
		{
			name:   "too few value operands",
			break_: func(g *Graph) { op := opOf(g, "o"); op.Args = op.Args[:1] },
			want:   []string{"m.hopf:8:5: op %o (mix) has 1 value operands, want 2"},
			n:      1,
		},
		{
			name:   "too many value operands",
			break_: func(g *Graph) { op := opOf(g, "d"); op.Args = append(op.Args, val(g, "beta")) },
			want:   []string{"m.hopf:11:5: op %d (delta_rule) has 5 value operands, want 3 to 4"},
			n:      1,
		},
		{
			name:   "missing weight operand",
			break_: func(g *Graph) { opOf(g, "y").Weights = nil },
			want:   []string{"m.hopf:3:5: op %y (linear) has 0 weight operands, want 1"},
			n:      1,
		},
		{
			name:   "op with no results",
			break_: func(g *Graph) { g.Ops = g.Ops[:len(g.Ops)-1]; g.Results = nil; opOf(g, "mo").Results = nil },
			want:   []string{"m.hopf:13:5: op (merge_heads) has 0 results, want 1", "graph returns nothing"},
			n:      2,
		},
		{
			name:   "nil result",
			break_: func(g *Graph) { opOf(g, "z").Results[0] = nil; g.Results = []*Value{val(g, "y")} },
			want:   []string{"nil value"},
			n:      1,
		},
		{
			name:   "result not pointing back",
			break_: func(g *Graph) { val(g, "p").Def = opOf(g, "m") },
			want:   []string{"m.hopf:7:5: op %p (softmax): result %p does not point back to its op"},
			n:      1,
		},
		{
			name:   "two values with one name",
			break_: func(g *Graph) { val(g, "p").Name = "m" },
			want:   []string{"m.hopf:7:5: op %m (softmax): value name %m is used by another value"},
			n:      1,
		},
		{
			name: "value defined twice",
			break_: func(g *Graph) {
				p := val(g, "p")
				g.Ops = append(g.Ops, &Op{Def: Lookup("softmax"), Args: []*Value{val(g, "m")}, Attrs: Attrs{}, Results: []*Value{p}})
			},
			want: []string{"op %p (softmax): value %p defined twice", "result %p does not point back to its op"},
		},
		{
			name:   "graph returns an undefined value",
			break_: func(g *Graph) { g.Results = []*Value{{Name: "ghost"}} },
			want:   []string{"graph returns %ghost, which is not defined"},
			n:      1,
		},
		{
			name:   "graph returns nil",
			break_: func(g *Graph) { g.Results = []*Value{nil} },
			want:   []string{"graph returns <nil>, which is not defined"},
			n:      1,
		},
		{
			name:   "graph without name",
			break_: func(g *Graph) { g.Name = "" },
			want:   []string{"graph has no name"},
			n:      1,
		},
		{
			name:   "weight declared twice",
			break_: func(g *Graph) { g.Weights = append(g.Weights, &Weight{Name: "w", Type: T(F32, C(1))}) },
			want:   []string{"weight @w declared twice"},
			n:      1,
		},
		{
			name:   "integer weight",
			break_: func(g *Graph) { g.Weight("wb").Type = T(I32, C(2), C(8)) },
			want:   []string{"weight @wb has type i32[2,8], want a float type", "op %bl (linear): weight @wb has element type i32, want f32 like the input"},
			n:      2,
		},
		{
			name: "nil weight, param and op",
			break_: func(g *Graph) {
				g.Weights = append(g.Weights, nil)
				g.Params = append(g.Params, nil)
				g.Ops = append(g.Ops, nil)
			},
			want: []string{"nil weight declaration", "nil parameter", "op #12 has no definition in the op table"},
			n:    3,
		},
		{
			name:   "op definition not from the table",
			break_: func(g *Graph) { d := *Lookup("softmax"); opOf(g, "p").Def = &d },
			want:   []string{"op #4 has no definition in the op table"},
		},
		{
			name:   "parameter with a defining op",
			break_: func(g *Graph) { g.Params[0].Def = g.Ops[0] },
			want:   []string{"parameter %x has a defining op"},
			n:      1,
		},
		{
			name:   "unknown result type",
			break_: func(g *Graph) { val(g, "z").Type = Type{} },
			want:   []string{"m.hopf:14:5: op %z (add): result %z has unknown type, want f32[B,T,8] (run shape inference)"},
			n:      1,
		},
		{
			name:   "unknown result type allowed",
			break_: func(g *Graph) { val(g, "z").Type = Type{} },
			opts:   VerifyOptions{AllowUnknownTypes: true},
		},
		{
			name:   "unknown operand type",
			break_: func(g *Graph) { val(g, "y").Type = Type{} },
			want: []string{
				"m.hopf:3:5: op %y (linear): result %y has unknown type, want f32[B,T,8] (run shape inference)",
				"m.hopf:4:5: op %h (split_heads): operand %y has unknown type",
				"m.hopf:9:5: op %bl (linear): operand %y has unknown type",
				"m.hopf:14:5: op %z (add): operand %y has unknown type",
			},
			n: 4,
		},
		{
			name:   "unknown operand types allowed",
			break_: func(g *Graph) { val(g, "y").Type = Type{} },
			opts:   VerifyOptions{AllowUnknownTypes: true},
		},
		{
			name: "unknown types allowed still check known ones",
			break_: func(g *Graph) {
				val(g, "y").Type = Type{}
				val(g, "p").Type = T(F32, S("B"))
			},
			opts: VerifyOptions{AllowUnknownTypes: true},
			want: []string{"m.hopf:7:5: op %p (softmax): result %p has type f32[B], want f32[B,2,T,T]"},
			n:    2, // and mix, whose operand %p is now rank 1
		},
		{
			name:   "unknown parameter type is never allowed",
			break_: func(g *Graph) { g.Params[0].Type = Type{} },
			opts:   VerifyOptions{AllowUnknownTypes: true},
			want:   []string{"parameter %x has unknown type"},
			n:      1,
		},
		{
			name:   "graph name that does not print",
			break_: func(g *Graph) { g.Name = "my model" },
			want:   []string{`graph name "my model" is not a valid IR name`},
			n:      1,
		},
		{
			name:   "value name that does not print",
			break_: func(g *Graph) { val(g, "p").Name = "p q" },
			want:   []string{`m.hopf:7:5: op %p q (softmax): value name "p q" is not a valid IR name`},
			n:      1,
		},
		{
			name:   "weight name that does not print",
			break_: func(g *Graph) { g.Weight("wb").Name = "w-b" },
			want:   []string{`weight name "w-b" is not a valid IR name`},
			n:      1,
		},
		{
			name:   "negative dimension",
			break_: func(g *Graph) { g.Params[0].Type = T(F32, S("B"), S("T"), C(-4)) },
			want:   []string{"parameter %x: type f32[B,T,-4] has a negative dimension", "op %y (linear): weight @w has type f32[8,4], want [N, -4]"},
			n:      2,
		},
		{
			name:   "dimension symbol that does not print",
			break_: func(g *Graph) { val(g, "z").Type = T(F32, S("B"), S("T"), S("8x")) },
			opts:   VerifyOptions{AllowUnknownTypes: true},
			want:   []string{`m.hopf:14:5: op %z (add): result %z: type f32[B,T,8x] has a bad dimension name "8x"`},
			n:      1,
		},
		{
			name:   "dimension symbol with a dot",
			break_: func(g *Graph) { g.Weight("wb").Type = T(F32, C(2), S("a.b")) },
			want:   []string{`weight @wb: type f32[2,a.b] has a bad dimension name "a.b"`},
		},
		{
			name:   "invalid element type",
			break_: func(g *Graph) { g.Params[0].Type = T(Elem(9), S("B")) },
			want:   []string{"parameter %x: type elem(9)[B] has an invalid element type"},
		},
		{
			name: "result of an unverifiable op with a type that does not print",
			break_: func(g *Graph) {
				val(g, "y").Type = Type{}
				val(g, "h").Type = T(F32, S("x y"))
			},
			opts: VerifyOptions{AllowUnknownTypes: true},
			want: []string{`m.hopf:4:5: op %h (split_heads): result %h: type f32[x y] has a bad dimension name "x y"`},
		},
		{
			name:   "op without position",
			break_: func(g *Graph) { op := opOf(g, "z"); op.Pos = Pos{}; delete(op.Attrs, "x"); op.Attrs["x"] = true },
			want:   []string{"-: op %z (add): unknown attribute x"},
			n:      1,
		},
	})
}

// runVerifyCases runs each case on a fresh parse of src.
func runVerifyCases(t *testing.T, src string, tests []verifyCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseOrFatal(t, src)
			tt.break_(g)
			err := Verify(g, tt.opts)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Verify: %v", err)
				}
				// What verifies prints as text that parses.
				if _, err := Parse("printed.ir", Print(g)); err != nil {
					t.Fatalf("verified graph does not print parseably: %v\n%s", err, Print(g))
				}
				return
			}
			if err == nil {
				t.Fatalf("Verify succeeded, want %q", tt.want)
			}
			var ve *VerifyError
			if !errors.As(err, &ve) {
				t.Fatalf("error %v is %T, want *VerifyError", err, err)
			}
			if ve.Graph != g.Name {
				t.Errorf("VerifyError.Graph = %q", ve.Graph)
			}
			if !strings.HasPrefix(err.Error(), "graph @"+g.Name+" failed verification:\n  ") {
				t.Errorf("Error() = %q", err)
			}
			for _, w := range tt.want {
				found := false
				for _, p := range ve.Problems {
					found = found || strings.Contains(p, w)
				}
				if !found {
					t.Errorf("no problem contains %q; got:\n  %s", w, strings.Join(ve.Problems, "\n  "))
				}
			}
			if tt.n != 0 && len(ve.Problems) != tt.n {
				t.Errorf("got %d problems, want %d:\n  %s", len(ve.Problems), tt.n, strings.Join(ve.Problems, "\n  "))
			}
		})
	}
}

// TestInferRules checks each op's type rule on its own: a graph with the
// given parameters and weights and one op %r, whose type Infer must find,
// or whose rule must fail with the message.
func TestInferRules(t *testing.T) {
	tests := []struct {
		params, weights, op string
		want                string // result type, or error substring
	}{
		{"%t: i32[B,T]", "@e: f32[64,16]", "embed %t, @e", "f32[B,T,16]"},
		{"%t: i32[N]", "@e: bf16[64,16]", "embed %t, @e", "bf16[N,16]"},
		{"%t: f32[B,T]", "@e: f32[64,16]", "embed %t, @e", "operand tokens (%t) has type f32[B,T], want i32 ids"},
		{"%t: i32[B,T]", "@e: f32[64]", "embed %t, @e", "weight @e has type f32[64], want a float [vocab, d_model] table"},
		{"%x: f32[B,T,16]", "@p: f32[32,16]", "embed_pos %x, @p", "f32[B,T,16]"},
		{"%x: f32[B,T,16]", "@p: f32[32,8]", "embed_pos %x, @p", "weight @p has type f32[32,8], want [context, 16] for input f32[B,T,16]"},
		{"%x: f32[T,16]", "@p: f32[32,16]", "embed_pos %x, @p", "operand x (%x) has type f32[T,16], want rank 3"},
		{"%x: f32[B,T,16]", "@p: f16[32,16]", "embed_pos %x, @p", "weight @p has element type f16, want f32 like the input"},
		{"%x: f32[B,T,4]", "@w: f32[8,4]", "linear %x, @w", "f32[B,T,8]"},
		{"%x: f16[4]", "@w: f16[D,4]", "linear %x, @w", "f16[D]"},
		{"%x: f32[]", "@w: f32[8,4]", "linear %x, @w", "operand x (%x) has type f32[], want rank ≥ 1"},
		{"%x: i32[B,4]", "@w: f32[8,4]", "linear %x, @w", "operand x (%x) has type i32[B,4], want a float type"},
		{"%x: f32[B,T,4]", "@w: f32[8,4,1]", "linear %x, @w", "weight @w has type f32[8,4,1], want [N, 4] for input f32[B,T,4]"},
		{"%x: f32[B,T,16]", "@u: f32[100,16]", "unembed %x, @u", "f32[B,T,100]"},
		{"%x: f32[B,T,16]", "@u: f32[16,100]", "unembed %x, @u", "weight @u has type f32[16,100], want [N, 16] for input f32[B,T,16]"},
		{"%x: f32[B,T,16]", "", "split_heads %x {heads=4}", "f32[B,4,T,4]"},
		{"%x: f32[B,T,16]", "", "split_heads %x {heads=16}", "f32[B,16,T,1]"},
		{"%x: f32[B,T,16]", "", "split_heads %x {heads=-2}", "heads=-2, want ≥ 1"},
		{"%x: f32[B,T,D]", "", "split_heads %x {heads=2}", "last dimension D of f32[B,T,D] is not a multiple of heads=2"},
		{"%x: f32[B,T,4,4]", "", "split_heads %x {heads=2}", "want rank 3"},
		{"%x: f32[B,4,T,8]", "", "merge_heads %x", "f32[B,T,32]"},
		{"%x: f32[B,H,T,8]", "", "merge_heads %x", "operand x (%x) has type f32[B,H,T,8], want constant heads and head width"},
		{"%x: f32[B,T,8]", "", "merge_heads %x", "want rank 4"},
		{"%x: f32[B,2,T,8]", "", "feature %x {map=elu1}", "f32[B,2,T,8]"},
		{"%x: i32[B,2,T,8]", "", "feature %x {map=identity}", "want a float type"},
		{"%x: bf16[B,T]", "", "softmax %x", "bf16[B,T]"},
		{"%x: f32[]", "", "softmax %x", "want rank ≥ 1"},
		{"%x: f16[B,T,3]", "", "sigmoid %x", "f16[B,T,3]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,S,8]", "", "scores %q, %k {scale=0.5}", "f32[B,2,T,S]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,4]", "", "scores %q, %k {scale=0.5}", "q f32[B,2,T,8] and k f32[B,2,T,4] differ in head width"},
		{"%q: f32[B,2,T,8], %k: f32[B,4,T,8]", "", "scores %q, %k {scale=0.5}", "operands %q (f32[B,2,T,8]) and %k (f32[B,4,T,8]) disagree in type or batch/head dimensions"},
		{"%q: f32[B,2,T,8], %k: f16[B,2,T,8]", "", "scores %q, %k {scale=0.5}", "disagree in type or batch/head dimensions"},
		{"%q: f32[B,2,T,8], %k: f32[N,2,T,8]", "", "scores %q, %k {scale=0.5}", "disagree in type or batch/head dimensions"},
		{"%s: f32[B,2,T,T]", "", "mask %s {kind=none, fill=zero}", "f32[B,2,T,T]"},
		{"%s: f32[B,2,T,T]", "", "mask %s {kind=window, window=1, fill=neg_inf}", "f32[B,2,T,T]"},
		{"%s: f32[B,2,T,T]", "", "mask %s {kind=window, window=-1, fill=neg_inf}", "kind=window needs an attribute window ≥ 1"},
		{"%s: f32[B,2,T,T]", "", "mask %s {kind=strict, window=2, fill=zero}", "attribute window is only valid with kind=window, not kind=strict"},
		{"%s: f32[B,T,T]", "", "mask %s {kind=causal, fill=zero}", "want rank 4"},
		{"%s: f32[B,2,T,S]", "", "mask %s {kind=causal, fill=zero}", "kind=causal needs square scores (queries = keys), have f32[B,2,T,S]"},
		{"%s: f32[B,2,T,S]", "", "mask %s {kind=none, fill=zero}", "f32[B,2,T,S]"},
		{"%p: f32[B,2,T,S], %v: f32[B,2,S,6]", "", "mix %p, %v", "f32[B,2,T,6]"},
		{"%p: f32[B,2,T,T], %v: f32[B,2,S,6]", "", "mix %p, %v", "p f32[B,2,T,T] has T keys but v f32[B,2,S,6] has S"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6], %b: f32[B,T,2]", "", "delta_rule %q, %k, %v, %b {mask=causal, scale=1.0}", "f32[B,2,T,6]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "delta_rule %q, %k, %v {mask=strict, scale=1.0, beta=1.0}", "f32[B,2,T,6]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,S,8], %v: f32[B,2,S,6]", "", "delta_rule %q, %k, %v {mask=strict, scale=1.0, beta=1.0}", "disagree in length or key width"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,4], %v: f32[B,2,T,6]", "", "delta_rule %q, %k, %v {mask=strict, scale=1.0, beta=1.0}", "disagree in length or key width"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6], %b: f32[B,2,T]", "", "delta_rule %q, %k, %v, %b {mask=causal, scale=1.0}", "operand beta (%b) has type f32[B,2,T], want f32[B,T,2]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6], %b: f16[B,T,2]", "", "delta_rule %q, %k, %v, %b {mask=causal, scale=1.0}", "want f32[B,T,2]"},
		{"%a: f32[B,T,4], %b: f32[B,T,4]", "", "add %a, %b", "f32[B,T,4]"},
		{"%a: i32[B,T], %b: i32[B,T]", "", "add %a, %b", "operands have type i32[B,T], want a float type"},
		{"%a: f32[B,T,4], %b: f32[T,B,4]", "", "add %a, %b", "operands have types f32[B,T,4] and f32[T,B,4], want equal types"},
		{"%x: f32[B,T,4]", "@g: f32[4], @b: f32[4]", "layernorm %x, @g, @b {eps=1e-05}", "f32[B,T,4]"},
		{"%x: f32[B,T,4]", "@g: f32[4], @b: f32[5]", "layernorm %x, @g, @b {eps=1e-05}", "weight @b has type f32[5], want [4]"},
		{"%x: f32[B,T,4]", "@g: f32[4,1]", "rmsnorm %x, @g {eps=1e-05}", "weight @g has type f32[4,1], want [4]"},
		{"%x: bf16[B,T,4]", "@g: f32[4]", "rmsnorm %x, @g {eps=1e-05}", "weight @g has element type f32, want bf16 like the input"},
		{"%x: bf16[B,T,4]", "@g: bf16[4]", "rmsnorm %x, @g {eps=1e-05}", "bf16[B,T,4]"},
		// slice and split_heads with a column range (a slice of a fused qkv).
		{"%x: f32[B,T,26]", "", "slice %x {offset=24, width=2}", "f32[B,T,2]"},
		{"%x: f32[26]", "", "slice %x {offset=0, width=26}", "f32[26]"},
		{"%x: f32[B,T,26]", "", "slice %x {offset=24, width=3}", "columns [24, 27) are not inside the last dimension of f32[B,T,26]"},
		{"%x: f32[B,T,26]", "", "slice %x {offset=-1, width=2}", "columns [-1, 1) are not inside"},
		{"%x: f32[B,T,26]", "", "slice %x {offset=2, width=0}", "columns [2, 2) are not inside"},
		{"%x: f32[B,T,26]", "", "slice %x {offset=26, width=1}", "columns [26, 27) are not inside"},
		// offset+width overflows int64: must not wrap around into range.
		{"%x: f32[B,T,26]", "", "slice %x {offset=9223372036854775807, width=1}", "columns [9223372036854775807, 9223372036854775807+1) are not inside"},
		{"%x: f32[B,T,26]", "", "slice %x {offset=1, width=9223372036854775807}", "columns [1, 1+9223372036854775807) are not inside"},
		{"%x: f32[B,T,D]", "", "slice %x {offset=0, width=2}", "offset/width need a constant last dimension, have f32[B,T,D]"},
		{"%x: f32[]", "", "slice %x {offset=0, width=1}", "want rank ≥ 1"},
		{"%x: f32[B,T,26]", "", "split_heads %x {heads=2, offset=8, width=8}", "f32[B,2,T,4]"},
		{"%x: f32[B,T,26]", "", "split_heads %x {heads=2, offset=16}", "f32[B,2,T,5]"},
		{"%x: f32[B,T,26]", "", "split_heads %x {heads=2, width=8}", "f32[B,2,T,4]"},
		{"%x: f32[B,T,26]", "", "split_heads %x {heads=3, offset=8, width=8}", "last dimension 8 of f32[B,T,26] is not a multiple of heads=3"},
		{"%x: f32[B,T,26]", "", "split_heads %x {heads=2, offset=20, width=8}", "columns [20, 28) are not inside the last dimension of f32[B,T,26]"},
		{"%x: f32[B,T,26]", "", "split_heads %x {heads=2, width=-1}", "columns [0, -1) are not inside"},
		{"%x: f32[B,T,26]", "", "slice %x {offset=-1, width=-9223372036854775808}", "columns [-1, -1+-9223372036854775808) are not inside"},
		{"%x: f32[B,T,D]", "", "split_heads %x {heads=2, offset=0}", "offset/width need a constant last dimension"},
		// form/chunk on mix and delta_rule: chunk exactly with form=chunked.
		{"%p: f32[B,2,T,T], %v: f32[B,2,T,6]", "", "mix %p, %v {form=chunked, chunk=16}", "f32[B,2,T,6]"},
		{"%p: f32[B,2,T,T], %v: f32[B,2,T,6]", "", "mix %p, %v {form=recurrent}", "f32[B,2,T,6]"},
		{"%p: f32[B,2,T,T], %v: f32[B,2,T,6]", "", "mix %p, %v {form=chunked}", "form=chunked needs an attribute chunk ≥ 1"},
		{"%p: f32[B,2,T,T], %v: f32[B,2,T,6]", "", "mix %p, %v {form=chunked, chunk=0}", "form=chunked needs an attribute chunk ≥ 1"},
		{"%p: f32[B,2,T,T], %v: f32[B,2,T,6]", "", "mix %p, %v {form=parallel, chunk=16}", "attribute chunk is only valid with form=chunked, not form=parallel"},
		{"%p: f32[B,2,T,T], %v: f32[B,2,T,6]", "", "mix %p, %v {chunk=16}", "attribute chunk is only valid with form=chunked, and form is not given"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "delta_rule %q, %k, %v {mask=causal, scale=1.0, beta=0.5, form=chunked, chunk=8}", "f32[B,2,T,6]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "delta_rule %q, %k, %v {mask=causal, scale=1.0, beta=0.5, form=chunked}", "form=chunked needs an attribute chunk ≥ 1"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "delta_rule %q, %k, %v {mask=causal, scale=1.0, beta=0.5, form=recurrent, chunk=8}", "attribute chunk is only valid with form=chunked, not form=recurrent"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "delta_rule %q, %k, %v {mask=causal, scale=1.0, beta=0.5, chunk=8}", "and form is not given"},
		// fused.attention: the attention core in one op.
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=softmax, mask=causal, scale=0.5}", "f32[B,2,T,6]"},
		{"%q: bf16[B,2,T,8], %k: bf16[B,2,T,8], %v: bf16[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=linear, mask=strict, scale=1.0}", "bf16[B,2,T,6]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,S,8], %v: f32[B,2,S,6]", "", "fused.attention %q, %k, %v {kind=softmax, mask=none, scale=0.5}", "f32[B,2,T,6]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=softmax, mask=window, window=4, scale=0.5}", "f32[B,2,T,6]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=softmax, mask=window, scale=0.5}", "mask=window needs an attribute window ≥ 1"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=softmax, mask=causal, window=4, scale=0.5}", "attribute window is only valid with mask=window, not mask=causal"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=softmax, mask=strict, scale=0.5}", "mask strict leaves the first query without keys: only for kind=linear"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,S,8], %v: f32[B,2,S,6]", "", "fused.attention %q, %k, %v {kind=linear, mask=causal, scale=0.5}", "mask=causal needs as many queries as keys (T vs S)"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,4], %v: f32[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=linear, mask=causal, scale=0.5}", "want equal key widths and as many values as keys"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f16[B,2,T,6]", "", "fused.attention %q, %k, %v {kind=linear, mask=causal, scale=0.5}", "disagree in type or batch/head dimensions"},
		// Dual ops: the second result is the state, f32[B,H,dv,dk] whatever
		// the activation type.
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "dual.sum_update %q, %k, %v {mask=causal, scale=1.0, form=recurrent}", "f32[B,2,T,6], f32[B,2,6,8]"},
		{"%q: f16[B,2,T,8], %k: f16[B,2,T,8], %v: f16[B,2,T,6]", "", "dual.sum_update %q, %k, %v {mask=strict, scale=1.0, form=chunked, chunk=64}", "f16[B,2,T,6], f32[B,2,6,8]"},
		{"%q: bf16[N,4,T,8], %k: bf16[N,4,T,8], %v: bf16[N,4,T,8], %b: bf16[N,T,4]", "", "dual.delta_update %q, %k, %v, %b {mask=causal, scale=1.0, form=parallel}", "bf16[N,4,T,8], f32[N,4,8,8]"},
		{"%q: f16[B,2,T,8], %k: f16[B,2,T,8], %v: f16[B,2,T,6]", "", "dual.delta_update %q, %k, %v {mask=causal, scale=1.0, form=chunked, chunk=64, beta=0.5}", "f16[B,2,T,6], f32[B,2,6,8]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "dual.sum_update %q, %k, %v {mask=causal, scale=1.0, form=chunked}", "form=chunked needs an attribute chunk ≥ 1"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "dual.sum_update %q, %k, %v {mask=causal, scale=1.0, form=recurrent, chunk=8}", "attribute chunk is only valid with form=chunked, not form=recurrent"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6], %b: f32[B,T,2]", "", "dual.delta_update %q, %k, %v, %b {mask=causal, scale=1.0, form=parallel, beta=0.5}", "beta is given both as operand and as attribute"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6]", "", "dual.delta_update %q, %k, %v {mask=causal, scale=1.0, form=parallel}", "needs a beta operand or a beta attribute"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,T,8], %v: f32[B,2,T,6], %b: f32[B,2,T]", "", "dual.delta_update %q, %k, %v, %b {mask=causal, scale=1.0, form=parallel}", "operand beta (%b) has type f32[B,2,T], want f32[B,T,2]"},
		{"%q: f32[B,2,T,8], %k: f32[B,2,S,8], %v: f32[B,2,S,6]", "", "dual.sum_update %q, %k, %v {mask=causal, scale=1.0, form=parallel}", "disagree in length or key width"},
		// fused.attention_residual: qkv holds heads·(2·d_head + d_value)
		// columns; w_o is [d_model, heads·d_value], or left out when the
		// heads fill d_model.
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "f32[B,T,16]"},
		{"%x: f32[B,T,8], %qkv: f32[B,T,40]", "", "fused.attention_residual %x, %qkv {heads=2, d_head=8, d_value=4, kind=linear, mask=strict, scale=1.0, feature=elu1, residual=true}", "f32[B,T,8]"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "", "fused.attention_residual %x, %qkv {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "without w_o the heads (2·4) must fill d_model 16"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,41]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "qkv f32[B,T,41] has 41 columns, want heads·(2·d_head + d_value) = 40"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,4]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "weight @o has type f32[16,4], want f32[16,8]"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f16[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "weight @o has type f16[16,8], want f32[16,8]"},
		{"%x: f32[B,T,16], %qkv: f16[B,T,40]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "x f32[B,T,16] and qkv f16[B,T,40] disagree in type or batch/sequence dimensions"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=strict, scale=0.5, feature=identity, residual=true}", "kind=softmax takes neither mask=strict nor a feature map"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=elu1, residual=true}", "kind=softmax takes neither mask=strict nor a feature map"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=softmax, mask=window, scale=0.5, feature=identity, residual=true}", "mask=window needs an attribute window ≥ 1"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.attention_residual %x, %qkv, @o {heads=0, d_head=8, d_value=4, kind=softmax, mask=causal, scale=0.5, feature=identity, residual=true}", "heads=0, d_head=8 and d_value=4 must be between 1 and 16777216"},
		// heads·d_value = 2^64 wraps to 0 and heads·(2·d_head+d_value) to 0
		// in int64: an overflow must not make these sizes match.
		{"%x: f32[B,T,0], %qkv: f32[B,T,0]", "", "fused.attention_residual %x, %qkv {heads=4294967296, d_head=2147483648, d_value=4294967296, kind=linear, mask=causal, scale=0.5, feature=identity, residual=true}", "must be between 1 and 16777216"},
		// fused.dual_residual: the β logits (one column per head) follow
		// q|k|v exactly when kind=delta and beta is not a constant.
		{"%x: f32[B,T,16], %qkv: f32[B,T,42]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, chunk=64, residual=true}", "f32[B,T,16], f32[B,2,4,8]"},
		{"%x: f16[B,T,16], %qkv: f16[B,T,40]", "@o: f16[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, beta=0.5, form=recurrent, residual=true}", "f16[B,T,16], f32[B,2,4,8]"},
		{"%x: bf16[B,T,8], %qkv: bf16[B,T,40]", "", "fused.dual_residual %x, %qkv {heads=2, d_head=8, d_value=4, kind=sum, mask=strict, scale=1.0, feature=elu1, form=parallel, residual=false}", "bf16[B,T,8], f32[B,2,4,8]"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=parallel, residual=true}", "qkv f32[B,T,40] has 40 columns, want 42"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,42]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, beta=0.5, form=parallel, residual=true}", "qkv f32[B,T,42] has 42 columns, want 40"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,42]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=sum, mask=causal, scale=1.0, feature=l2, form=parallel, residual=true}", "qkv f32[B,T,42] has 42 columns, want 40"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,40]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=sum, mask=causal, scale=1.0, feature=l2, beta=0.5, form=parallel, residual=true}", "kind=sum has no beta"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,42]", "", "fused.dual_residual %x, %qkv {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=parallel, residual=true}", "without w_o the heads (2·4) must fill d_model 16"},
		{"%x: f32[B,T,8], %qkv: f32[B,T,42]", "", "fused.dual_residual %x, %qkv {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=parallel, residual=true}", "f32[B,T,8], f32[B,2,4,8]"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,42]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, residual=true}", "form=chunked needs an attribute chunk ≥ 1"},
		{"%x: f32[B,T,16], %qkv: f32[B,T,42]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=parallel, chunk=64, residual=true}", "attribute chunk is only valid with form=chunked, not form=parallel"},
		{"%x: f32[B,16], %qkv: f32[B,42]", "@o: f32[16,8]", "fused.dual_residual %x, %qkv, @o {heads=2, d_head=8, d_value=4, kind=delta, mask=causal, scale=1.0, feature=l2, form=parallel, residual=true}", "operand x (%x) has type f32[B,16], want rank 3"},
	}
	for _, tt := range tests {
		var src strings.Builder
		if tt.weights != "" {
			for _, w := range strings.Split(tt.weights, ", ") {
				name, typ, _ := strings.Cut(w, ": ")
				src.WriteString("weight " + name + " : " + typ + "\n")
			}
		}
		// A two-result op defines %r and %r2; want lists both types.
		results, types := "%r", "?"
		if d := Lookup(strings.Fields(tt.op)[0]); d != nil && d.Results == 2 {
			results, types = "%r, %r2", "?, ?"
		}
		src.WriteString("graph @g(" + tt.params + ") -> ? {\n  " + results + " = " + tt.op + " : " + types + "\n  return %r\n}\n")
		g, err := Parse("rule.ir", src.String())
		if err != nil {
			t.Errorf("%s: %v", tt.op, err)
			continue
		}
		isType := true
		for _, w := range strings.Split(tt.want, ", ") {
			ty, err := ParseType(w)
			isType = isType && err == nil && ty.Known()
		}
		// Before inference, with unknown types allowed, the verifier
		// already runs the rule: the operand types are known.
		verr := Verify(g, VerifyOptions{AllowUnknownTypes: true})
		if isType && verr != nil {
			t.Errorf("%s with %s: Verify before Infer: %v", tt.op, tt.params, verr)
		}
		if !isType && (verr == nil || !strings.Contains(verr.Error(), "\n  -: op %r ("+g.Ops[0].Name()+"): ") || !strings.Contains(verr.Error(), tt.want)) {
			t.Errorf("%s with %s: Verify = %v, want %q", tt.op, tt.params, verr, tt.want)
		}
		_, err = Infer(g)
		switch {
		case isType && err != nil:
			t.Errorf("%s with %s: Infer: %v", tt.op, tt.params, err)
		case isType:
			var got []string
			for _, r := range g.Ops[0].Results {
				got = append(got, r.Type.String())
			}
			if got := strings.Join(got, ", "); got != tt.want {
				t.Errorf("%s with %s: type %s, want %s", tt.op, tt.params, got, tt.want)
			}
			if err := Verify(g, VerifyOptions{}); err != nil {
				t.Errorf("%s with %s: Verify after Infer: %v", tt.op, tt.params, err)
			}
		case err == nil:
			t.Errorf("%s with %s: Infer succeeded with %s, want error %q", tt.op, tt.params, g.Results[0].Type, tt.want)
		default:
			if want := "-: op %r (" + g.Ops[0].Name() + "): "; !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s with %s: Infer error %q, want %q...%q", tt.op, tt.params, err, want, tt.want)
			}
		}
	}
}
