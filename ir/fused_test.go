package ir

import (
	"reflect"
	"strings"
	"testing"
)

// fusedSrc is a valid graph in printed form with what the fusion, dual-form
// and memory passes add: a derived weight, a two-result fused op, ops from
// several DSL positions and a memory plan. The tests below break it one way
// each.
const fusedSrc = `weight @w_q : f32[8,4]                                      // m.hopf:1:1
weight @w_k : f32[8,4]                                      // m.hopf:1:1
weight @w_v : f32[8,4]                                      // m.hopf:1:1
weight @w_b : f32[2,4]                                      // m.hopf:1:1
weight @w_qkvb : f32[26,4] = concat @w_q, @w_k, @w_v, @w_b  // m.hopf:1:1
weight @w_o : f32[4,8]                                      // m.hopf:1:1
graph @g(%x: f32[B,T,4]) -> (f32[B,T,4], f32[B,2,4,4]) {
  %qkv = linear %x, @w_qkvb : f32[B,T,26]  // m.hopf:3:5
  %y, %S = fused.dual_residual %x, %qkv, @w_o {heads=2, d_head=4, d_value=4, kind=delta, mask=causal, scale=0.5, feature=l2, form=chunked, chunk=16, residual=true} : f32[B,T,4], f32[B,2,4,4]  // m.hopf:4:5, m.hopf:2:9
  %h = sigmoid %y : f32[B,T,4]             // m.hopf:5:5
  %z = add %h, %x : f32[B,T,4]             // m.hopf:6:5, m.hopf:6:9, m.hopf:6:12
  return %z, %S
}
memory {B=2, T=8} peak=2176 naive=2688 {
  buffer 0 : 1664 = %qkv, %h  // 1.62 KiB
  buffer 1 : 256 = %y, %z  // 256 B
  buffer 2 : 256 = %S  // 256 B
}
`

// siblingSrc has a dual op whose output %o nothing reads: its buffer may
// be reused by a later op, but not by %S, which the same op writes.
const siblingSrc = `graph @g(%q: f32[B,1,T,2]) -> f32[B,1,2,2] {
  %p = sigmoid %q : f32[B,1,T,2]
  %o, %S = dual.sum_update %p, %p, %p {mask=causal, scale=1.0, form=recurrent} : f32[B,1,T,2], f32[B,1,2,2]
  %t = sigmoid %S : f32[B,1,2,2]
  return %t
}
memory {B=1, T=2} peak=48 naive=64 {
  buffer 0 : 16 = %p  // 16 B
  buffer 1 : 16 = %o, %t  // 16 B
  buffer 2 : 16 = %S  // 16 B
}
`

func TestFusedSrcValid(t *testing.T) {
	for _, src := range []string{fusedSrc, siblingSrc} {
		g := parseOrFatal(t, src)
		if got := Print(g); got != src {
			t.Errorf("not in printed form:\n%s", lineDiff(src, got))
		}
		if err := Verify(g, VerifyOptions{}); err != nil {
			t.Error(err)
		}
		if changed, err := Infer(g); changed || err != nil {
			t.Errorf("Infer = %v, %v", changed, err)
		}
	}
}

// TestParseFused checks what the parser builds for derived weights,
// multi-result ops, several positions and the memory plan.
func TestParseFused(t *testing.T) {
	g := parseOrFatal(t, fusedSrc)
	d := g.Weight("w_qkvb")
	parts := []*Weight{g.Weight("w_q"), g.Weight("w_k"), g.Weight("w_v"), g.Weight("w_b")}
	if d == nil || !d.Derived() || !reflect.DeepEqual(d.Concat, parts) || d.Pos != (Pos{"m.hopf", 1, 1}) {
		t.Errorf("derived weight = %+v", d)
	}
	for i, p := range parts {
		if p == nil || p.Derived() || d.Concat[i] != p {
			t.Errorf("part %d = %+v is not the declared weight", i, p)
		}
	}
	if g.Weight("w_o").Derived() {
		t.Errorf("@w_o is derived")
	}

	f := opOf(g, "y")
	if len(f.Results) != 2 || f.Results[1] != val(g, "S") || f.Results[1].Def != f || g.Results[1] != f.Results[1] {
		t.Errorf("fused op results = %v", f.Results)
	}
	if f.Results[1].Type.String() != "f32[B,2,4,4]" {
		t.Errorf("state type %s", f.Results[1].Type)
	}

	// Positions: Pos is the first, Also the rest in order.
	for _, tt := range []struct {
		op   string
		pos  Pos
		also []Pos
	}{
		{"qkv", Pos{"m.hopf", 3, 5}, nil},
		{"y", Pos{"m.hopf", 4, 5}, []Pos{{"m.hopf", 2, 9}}},
		{"h", Pos{"m.hopf", 5, 5}, nil},
		{"z", Pos{"m.hopf", 6, 5}, []Pos{{"m.hopf", 6, 9}, {"m.hopf", 6, 12}}},
	} {
		op := opOf(g, tt.op)
		if op.Pos != tt.pos || !reflect.DeepEqual(op.Also, tt.also) {
			t.Errorf("%%%s: Pos %v, Also %v; want %v, %v", tt.op, op.Pos, op.Also, tt.pos, tt.also)
		}
		if want := append([]Pos{tt.pos}, tt.also...); !reflect.DeepEqual(op.Positions(), want) {
			t.Errorf("%%%s: Positions() = %v, want %v", tt.op, op.Positions(), want)
		}
	}

	m := g.Memory
	if m == nil {
		t.Fatal("no memory plan")
	}
	if !reflect.DeepEqual(m.Env, map[string]int{"B": 2, "T": 8}) || m.Peak != 2176 || m.Naive != 2688 ||
		!reflect.DeepEqual(m.Buffers, []int64{1664, 256, 256}) {
		t.Errorf("plan = %+v", m)
	}
	want := map[*Value]int{val(g, "qkv"): 0, val(g, "h"): 0, val(g, "y"): 1, val(g, "z"): 1, val(g, "S"): 2}
	if !reflect.DeepEqual(m.Assign, want) {
		t.Errorf("Assign = %v", m.Assign)
	}
}

// TestParsePositionComments covers position lists in trailing comments:
// several positions, positions without a file, and comments that are not
// position lists (dropped whole).
func TestParsePositionComments(t *testing.T) {
	src := "weight @w : f32[4]  // a.hopf:1:1, b.hopf:2:2\n" +
		"graph @g(%x: f32[B]) -> f32[B] {\n" +
		"  %a = softmax %x : f32[B]  // f.hopf:3:5, f.hopf:4:7\n" +
		"  %b = softmax %a : f32[B]  // 1:2, g.hopf:3:4, 5:6\n" +
		"  %c = softmax %b : f32[B]  // f.hopf:3:5, not a position\n" +
		"  %d = softmax %c : f32[B]  // f.hopf:3:5, f.hopf:0:1\n" +
		"  %e = softmax %d : f32[B]  // f.hopf:3:5,f.hopf:4:7\n" +
		"  %f = softmax %e : f32[B]  // f.hopf:3:5, f.hopf:3:5\n" +
		"  return %f\n}\n"
	g, err := Parse("pos.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if w := g.Weight("w"); w.Pos != (Pos{"a.hopf", 1, 1}) {
		t.Errorf("weight position %v (a weight keeps its first position)", w.Pos)
	}
	for _, tt := range []struct {
		op   string
		pos  Pos
		also []Pos
	}{
		{"a", Pos{"f.hopf", 3, 5}, []Pos{{"f.hopf", 4, 7}}},
		{"b", Pos{"", 1, 2}, []Pos{{"g.hopf", 3, 4}, {"", 5, 6}}},
		{"c", Pos{}, nil},
		{"d", Pos{}, nil},
		// Without the blank after the comma it reads as one position
		// whose file name holds a comma.
		{"e", Pos{"f.hopf:3:5,f.hopf", 4, 7}, nil},
		// The parser keeps what the comment says, repeats included.
		{"f", Pos{"f.hopf", 3, 5}, []Pos{{"f.hopf", 3, 5}}},
	} {
		op := opOf(g, tt.op)
		if op.Pos != tt.pos || !reflect.DeepEqual(op.Also, tt.also) {
			t.Errorf("%%%s: Pos %#v, Also %#v; want %#v, %#v", tt.op, op.Pos, op.Also, tt.pos, tt.also)
		}
	}
	want := "weight @w : f32[4]  // a.hopf:1:1\n" +
		"graph @g(%x: f32[B]) -> f32[B] {\n" +
		"  %a = softmax %x : f32[B]  // f.hopf:3:5, f.hopf:4:7\n" +
		"  %b = softmax %a : f32[B]  // 1:2, g.hopf:3:4, 5:6\n" +
		"  %c = softmax %b : f32[B]\n" +
		"  %d = softmax %c : f32[B]\n" +
		"  %e = softmax %d : f32[B]  // f.hopf:3:5,f.hopf:4:7\n" +
		"  %f = softmax %e : f32[B]  // f.hopf:3:5, f.hopf:3:5\n" +
		"  return %f\n}\n"
	if got := Print(g); got != want {
		t.Errorf("Print:\n%s", lineDiff(want, got))
	}
}

func TestAddPos(t *testing.T) {
	p1, p2, p3 := Pos{"a", 1, 1}, Pos{"a", 2, 1}, Pos{"b", 1, 1}
	op := &Op{Def: Lookup("softmax"), Pos: p1}
	op.AddPos(p1, p2, Pos{}, p2, p3)
	op.AddPos(p3, p1)
	if !reflect.DeepEqual(op.Also, []Pos{p2, p3}) {
		t.Errorf("Also = %v, want [%v %v]", op.Also, p2, p3)
	}
	if got := posText(op.Positions()...); got != "a:1:1, a:2:1, b:1:1" {
		t.Errorf("posText = %q", got)
	}
	// Without a position of its own an op prints no comment, even when
	// Also has some.
	op.Pos = Pos{}
	if op.Positions() != nil {
		t.Errorf("Positions() = %v, want nil", op.Positions())
	}
}

func TestVerifyFused(t *testing.T) {
	runVerifyCases(t, fusedSrc, []verifyCase{
		// Derived weights.
		{
			name:   "derived weight with an undeclared part",
			break_: func(g *Graph) { g.Weight("w_qkvb").Concat[1] = &Weight{Name: "w_k", Type: T(F32, C(8), C(4))} },
			want:   []string{"weight @w_qkvb concatenates @w_k, which is not declared before it"},
			n:      1,
		},
		{
			name:   "derived weight with a nil part",
			break_: func(g *Graph) { g.Weight("w_qkvb").Concat[0] = nil },
			want:   []string{"weight @w_qkvb concatenates <nil>, which is not declared before it"},
			n:      1,
		},
		{
			name: "derived weight declared before its parts",
			break_: func(g *Graph) {
				w := g.Weights
				g.Weights = []*Weight{w[4], w[0], w[1], w[2], w[3], w[5]}
			},
			want: []string{"weight @w_qkvb concatenates @w_q, which is not declared before it"},
			n:    1,
		},
		{
			name:   "part of another width",
			break_: func(g *Graph) { g.Weight("w_b").Type = T(F32, C(2), C(5)) },
			want:   []string{"weight @w_qkvb (f32[26,4]) concatenates @w_b (f32[2,5]): want matrices of the same element type and width"},
			n:      1,
		},
		{
			name:   "part of another element type",
			break_: func(g *Graph) { g.Weight("w_v").Type = T(BF16, C(8), C(4)) },
			want:   []string{"weight @w_qkvb (f32[26,4]) concatenates @w_v (bf16[8,4]): want matrices of the same element type and width"},
			n:      1,
		},
		{
			name:   "part not a matrix",
			break_: func(g *Graph) { g.Weight("w_b").Type = T(F32, C(8)) },
			want:   []string{"concatenates @w_b (f32[8]): want matrices"},
			n:      1,
		},
		{
			name:   "part with a symbolic row count",
			break_: func(g *Graph) { g.Weight("w_b").Type = T(F32, S("N"), C(4)) },
			want:   []string{"concatenates @w_b (f32[N,4]): want matrices"},
			n:      1,
		},
		{
			name:   "rows do not add up",
			break_: func(g *Graph) { g.Weight("w_b").Type = T(F32, C(3), C(4)) },
			want:   []string{"weight @w_qkvb has 26 rows, but its parts have 27"},
			n:      1,
		},
		{
			name: "part itself derived",
			break_: func(g *Graph) {
				w := g.Weights
				qk := &Weight{Name: "w_qk", Type: T(F32, C(16), C(4)), Concat: []*Weight{w[0], w[1]}}
				w[4].Concat = []*Weight{qk, w[2], w[3]}
				g.Weights = []*Weight{w[0], w[1], w[2], w[3], qk, w[4], w[5]}
			},
			want: []string{"weight @w_qkvb concatenates @w_qk, which is itself derived"},
			n:    1,
		},
		// The memory plan.
		{
			name: "buffer too small",
			break_: func(g *Graph) {
				g.Memory.Buffers[0] = 1000
				g.Memory.Peak = 1512
			},
			want: []string{"memory plan: %qkv needs 1664 bytes, buffer 0 has 1000"},
			n:    1,
		},
		{
			name:   "live value overwritten",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "z")] = 2 },
			want:   []string{"memory plan: %z overwrites %S in buffer 2 while %S is still live"},
			n:      1,
		},
		{
			name: "result in the buffer of its operand",
			break_: func(g *Graph) {
				g.Memory.Assign[val(g, "h")] = 1 // %y, read by the op computing %h
				g.Memory.Assign[val(g, "z")] = 0
			},
			want: []string{"memory plan: %h overwrites %y in buffer 1 while %y is still live"},
			n:    1,
		},
		{
			name:   "results of one op in one buffer",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "S")] = 1 },
			want: []string{
				"memory plan: %y and %S are results of one op but share buffer 1",
				"memory plan: %z overwrites %S in buffer 1 while %S is still live",
				"memory plan: buffer 2 holds no value",
			},
			n: 3,
		},
		{
			name:   "missing assignment",
			break_: func(g *Graph) { delete(g.Memory.Assign, val(g, "h")) },
			want:   []string{"memory plan: %h has no buffer"},
			n:      1,
		},
		{
			name:   "assignment to a buffer that does not exist",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "h")] = 3 },
			want:   []string{"memory plan: %h has no buffer"},
			n:      1,
		},
		{
			name:   "negative buffer id",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "S")] = -1 },
			want:   []string{"memory plan: %S has no buffer", "memory plan: buffer 2 holds no value"},
			n:      2,
		},
		{
			name:   "peak is not the sum of the buffers",
			break_: func(g *Graph) { g.Memory.Peak = 2000 },
			want:   []string{"memory plan: peak 2000 is not the sum of its buffers (2176)"},
			n:      1,
		},
		{
			name: "buffer holding nothing",
			break_: func(g *Graph) {
				g.Memory.Buffers = append(g.Memory.Buffers, 64)
				g.Memory.Peak += 64
			},
			want: []string{"memory plan: buffer 3 holds no value"},
			n:    1,
		},
		{
			name:   "graph input in the plan",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "x")] = 1 },
			want:   []string{"memory plan: %x is not a result of an op of the graph (graph inputs are not planned)"},
			n:      1,
		},
		{
			name:   "value of another graph in the plan",
			break_: func(g *Graph) { g.Memory.Assign[&Value{Name: "h", Type: T(F32, C(1))}] = 0 },
			want:   []string{"memory plan: %h is not a result of an op of the graph"},
			n:      1,
		},
		{
			name:   "unbound dimension",
			break_: func(g *Graph) { delete(g.Memory.Env, "T") },
			want: []string{
				"memory plan: %qkv: dimension T of f32[B,T,26] is not bound",
				"memory plan: %z: dimension T of f32[B,T,4] is not bound",
			},
			n: 4, // every result but %S, which has no T
		},
		{
			name: "memory is checked only on a graph that verifies otherwise",
			break_: func(g *Graph) {
				opOf(g, "h").Attrs["x"] = true
				g.Memory.Peak = 0
			},
			want: []string{"m.hopf:5:5: op %h (sigmoid): unknown attribute x"},
			n:    1,
		},
		{
			name:   "no memory plan",
			break_: func(g *Graph) { g.Memory = nil },
		},
		// Fused ops.
		{
			name:   "constant beta where qkv carries the β logits",
			break_: func(g *Graph) { opOf(g, "y").Attrs["beta"] = 0.5 },
			want:   []string{"m.hopf:4:5: op %y (fused.dual_residual): qkv f32[B,T,26] has 26 columns, want 24"},
			n:      1,
		},
		{
			name:   "fused op with one result",
			break_: func(g *Graph) { op := opOf(g, "y"); op.Results = op.Results[:1]; g.Results[1] = val(g, "qkv") },
			want:   []string{"m.hopf:4:5: op %y (fused.dual_residual) has 1 results, want 2"},
		},
		{
			name:   "state of the activation type",
			break_: func(g *Graph) { val(g, "S").Type = T(F16, S("B"), C(2), C(4), C(4)) },
			want:   []string{"m.hopf:4:5: op %y (fused.dual_residual): result %S has type f16[B,2,4,4], want f32[B,2,4,4]"},
			n:      1,
		},
		{
			name:   "chunked form without chunk",
			break_: func(g *Graph) { delete(opOf(g, "y").Attrs, "chunk") },
			want:   []string{"m.hopf:4:5: op %y (fused.dual_residual): form=chunked needs an attribute chunk ≥ 1"},
			n:      1,
		},
		{
			name:   "chunk without chunked form",
			break_: func(g *Graph) { opOf(g, "y").Attrs["form"] = "recurrent" },
			want:   []string{"m.hopf:4:5: op %y (fused.dual_residual): attribute chunk is only valid with form=chunked, not form=recurrent"},
			n:      1,
		},
	})
}

func TestVerifyMemorySiblings(t *testing.T) {
	runVerifyCases(t, siblingSrc, []verifyCase{
		{
			// %o is never read, but the op writes it together with %S.
			name:   "dead result shares a buffer with its sibling",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "S")] = 1; g.Memory.Assign[val(g, "t")] = 2 },
			want:   []string{"memory plan: %o and %S are results of one op but share buffer 1"},
			n:      1,
		},
		{
			name:   "dead value overwritten by a later op",
			break_: func(g *Graph) {},
		},
		{
			name:   "result in the buffer of the op's operand",
			break_: func(g *Graph) { g.Memory.Assign[val(g, "o")] = 0 },
			want:   []string{"memory plan: %o overwrites %p in buffer 0 while %p is still live"},
			n:      1,
		},
	})
}

// TestPrintMemory checks the plan's printed form: dimensions sorted, the
// members of each buffer in op order, sizes in readable units.
func TestPrintMemory(t *testing.T) {
	g := parseOrFatal(t, siblingSrc)
	m := g.Memory
	m.Env = map[string]int{"T": 4096, "B": 8, "A": 1}
	m.Buffers = []int64{3 << 30, 5 << 20, 1536}
	m.Peak, m.Naive = 1, 2
	m.Assign = map[*Value]int{val(g, "t"): 1, val(g, "S"): 1, val(g, "o"): 2, val(g, "p"): 1}
	want := "memory {A=1, B=8, T=4096} peak=1 naive=2 {\n" +
		"  buffer 0 : 3221225472 =   // 3.00 GiB\n" +
		"  buffer 1 : 5242880 = %p, %S, %t  // 5.00 MiB\n" +
		"  buffer 2 : 1536 = %o  // 1.50 KiB\n" +
		"}\n"
	if got := Print(g); !strings.HasSuffix(got, "}\n"+want) {
		t.Errorf("Print:\n%s\nwant the plan:\n%s", got, want)
	}
	// An empty buffer does not parse back; the verifier rejects it.
	if err := Verify(g, VerifyOptions{}); err == nil || !strings.Contains(err.Error(), "buffer 0 holds no value") {
		t.Errorf("Verify: %v", err)
	}
}
