package compiler

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/ir"
)

// Pass tests as before/after IR text (wazero's ssa/pass_test.go style). The
// verifier runs on both sides; texts are compared after a print round trip
// so alignment in the test source does not matter.
func TestPasses(t *testing.T) {
	const head = `
weight @w : f32[8,8]
graph @g(%x: f32[B,T,8]) -> f32[B,2,T,4] {
`
	tests := []struct {
		name, pass    string
		before, after string
		changed       bool
		maxT          int // the model's context for the dualize cost rule (0: unknown)
	}{
		{
			name: "canonicalize/identity-feature", pass: "canonicalize", changed: true,
			before: head + `
  %q = linear %x, @w : f32[B,T,8]
  %qh = split_heads %q {heads=2} : f32[B,2,T,4]
  %qf = feature %qh {map=identity} : f32[B,2,T,4]
  return %qf
}`,
			after: head + `
  %q = linear %x, @w : f32[B,T,8]
  %qh = split_heads %q {heads=2} : f32[B,2,T,4]
  %qf = feature %qh {map=identity} : f32[B,2,T,4]
  return %qh
}`,
		},
		{
			name: "canonicalize/elu1-feature-kept", pass: "canonicalize", changed: false,
			before: head + `
  %qh = split_heads %x {heads=2} : f32[B,2,T,4]
  %qf = feature %qh {map=elu1} : f32[B,2,T,4]
  return %qf
}`,
			after: head + `
  %qh = split_heads %x {heads=2} : f32[B,2,T,4]
  %qf = feature %qh {map=elu1} : f32[B,2,T,4]
  return %qf
}`,
		},
		{
			name: "canonicalize/mask-none", pass: "canonicalize", changed: true,
			before: `
graph @g(%q: f32[B,2,T,4]) -> f32[B,2,T,4] {
  %s = scores %q, %q {scale=1.0} : f32[B,2,T,T]
  %m = mask %s {kind=none, fill=zero} : f32[B,2,T,T]
  %o = mix %m, %q : f32[B,2,T,4]
  return %o
}`,
			after: `
graph @g(%q: f32[B,2,T,4]) -> f32[B,2,T,4] {
  %s = scores %q, %q {scale=1.0} : f32[B,2,T,T]
  %m = mask %s {kind=none, fill=zero} : f32[B,2,T,T]
  %o = mix %s, %q : f32[B,2,T,4]
  return %o
}`,
		},
		{
			name: "canonicalize/causal-mask-kept", pass: "canonicalize", changed: false,
			before: `
graph @g(%q: f32[B,2,T,4]) -> f32[B,2,T,T] {
  %s = scores %q, %q {scale=1.0} : f32[B,2,T,T]
  %m = mask %s {kind=causal, fill=neg_inf} : f32[B,2,T,T]
  return %m
}`,
			after: `
graph @g(%q: f32[B,2,T,4]) -> f32[B,2,T,T] {
  %s = scores %q, %q {scale=1.0} : f32[B,2,T,T]
  %m = mask %s {kind=causal, fill=neg_inf} : f32[B,2,T,T]
  return %m
}`,
		},
		{
			name: "canonicalize/merge-of-split", pass: "canonicalize", changed: true,
			before: `
graph @g(%x: f32[B,T,8]) -> f32[B,T,8] {
  %h = split_heads %x {heads=2} : f32[B,2,T,4]
  %y = merge_heads %h : f32[B,T,8]
  return %y
}`,
			after: `
graph @g(%x: f32[B,T,8]) -> f32[B,T,8] {
  %h = split_heads %x {heads=2} : f32[B,2,T,4]
  %y = merge_heads %h : f32[B,T,8]
  return %x
}`,
		},
		{
			name: "canonicalize/split-of-merge-other-heads-kept", pass: "canonicalize", changed: false,
			before: `
graph @g(%x: f32[B,2,T,4]) -> f32[B,4,T,2] {
  %m = merge_heads %x : f32[B,T,8]
  %h = split_heads %m {heads=4} : f32[B,4,T,2]
  return %h
}`,
			after: `
graph @g(%x: f32[B,2,T,4]) -> f32[B,4,T,2] {
  %m = merge_heads %x : f32[B,T,8]
  %h = split_heads %m {heads=4} : f32[B,4,T,2]
  return %h
}`,
		},
		{
			name: "dce/chain-and-weight", pass: "dce", changed: true,
			before: `
weight @w : f32[8,8]
weight @u : f32[8,8]
graph @g(%x: f32[B,T,8]) -> f32[B,T,8] {
  %a = linear %x, @w : f32[B,T,8]
  %b = linear %a, @u : f32[B,T,8]
  %c = sigmoid %b : f32[B,T,8]
  %d = add %x, %a : f32[B,T,8]
  return %d
}`,
			after: `
weight @w : f32[8,8]
graph @g(%x: f32[B,T,8]) -> f32[B,T,8] {
  %a = linear %x, @w : f32[B,T,8]
  %d = add %x, %a : f32[B,T,8]
  return %d
}`,
		},
		{
			name: "dce/nothing-dead", pass: "dce", changed: false,
			before: `
weight @w : f32[8,8]
graph @g(%x: f32[B,T,8]) -> f32[B,T,8] {
  %a = linear %x, @w : f32[B,T,8]
  return %a
}`,
			after: `
weight @w : f32[8,8]
graph @g(%x: f32[B,T,8]) -> f32[B,T,8] {
  %a = linear %x, @w : f32[B,T,8]
  return %a
}`,
		},
		{
			name: "infer-shapes/fills-unknown", pass: "infer-shapes", changed: true,
			before: `
weight @w : f32[12,8]
graph @g(%x: f32[B,T,8]) -> ? {
  %a = linear %x, @w : ?
  %h = split_heads %a {heads=3} : ?
  return %h
}`,
			after: `
weight @w : f32[12,8]
graph @g(%x: f32[B,T,8]) -> f32[B,3,T,4] {
  %a = linear %x, @w : f32[B,T,12]
  %h = split_heads %a {heads=3} : f32[B,3,T,4]
  return %h
}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPass(t, tt.pass, &Context{Target: "cuda", MaxT: tt.maxT}, tt.before, tt.after, tt.changed)
		})
	}
}

// checkPass runs one pass on before and compares with after, with the
// verifier on both sides (before may still have unknown types).
func checkPass(t *testing.T, pass string, c *Context, before, after string, wantChanged bool) {
	t.Helper()
	p, ok := LookupPass(pass)
	if !ok {
		t.Fatalf("no pass %s", pass)
	}
	g := mustParse(t, before)
	unknown := ir.VerifyOptions{AllowUnknownTypes: strings.Contains(before, ": ?")}
	if err := ir.Verify(g, unknown); err != nil {
		t.Fatalf("before does not verify: %v", err)
	}
	changed, err := p.Fn(c, g)
	if err != nil {
		t.Fatal(err)
	}
	if changed != wantChanged {
		t.Errorf("changed = %v, want %v", changed, wantChanged)
	}
	if err := ir.Verify(g, ir.VerifyOptions{}); err != nil {
		t.Fatalf("after does not verify: %v\n%s", err, ir.Print(g))
	}
	want := ir.Print(mustParse(t, after))
	if got := ir.Print(g); got != want {
		t.Errorf("after %s:\n%s\nwant:\n%s", pass, got, want)
	}
}

func mustParse(t *testing.T, src string) *ir.Graph {
	t.Helper()
	g, err := ir.Parse("test.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestInferShapesReportsOp(t *testing.T) {
	g := mustParse(t, `
weight @w : f32[12,7]
graph @g(%x: f32[B,T,8]) -> ? {
  %a = linear %x, @w : ?  // m.hopf:3:5
  return %a
}`)
	_, err := ir.Infer(g)
	if err == nil {
		t.Fatal("want an error for a weight of the wrong width")
	}
	for _, want := range []string{"m.hopf:3:5", "op %a (linear)", "@w", "f32[12,7]", "f32[B,T,8]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestPassOrder(t *testing.T) {
	if err := checkOrder(passes[:]); err != nil {
		t.Fatal(err)
	}
	swapped := Passes()
	swapped[1], swapped[2] = swapped[2], swapped[1]
	if err := checkOrder(swapped); err == nil || !strings.Contains(err.Error(), "must run before") {
		t.Errorf("swapping canonicalize and dce: got %v, want an ordering error", err)
	}
}

func TestOptionsCheck(t *testing.T) {
	tests := []struct {
		opts Options
		want string // substring of the error, "" for none
	}{
		{Options{}, ""},
		{Options{PrintAfter: "all"}, ""},
		{Options{PrintAfter: "lower"}, ""},
		{Options{PrintAfter: "nope"}, `unknown pass "nope"`},
		{Options{StopAfter: "dce"}, ""},
		{Options{StopAfter: "fuse"}, `unknown pass "fuse"`},
		{Options{Disable: []string{"canonicalize"}}, ""},
		{Options{Disable: []string{"infer-shapes"}}, "required"},
		{Options{Disable: []string{"x"}}, `unknown pass "x"`},
	}
	for _, tt := range tests {
		err := tt.opts.Check()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%+v: unexpected error %v", tt.opts, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%+v: got %v, want error containing %q", tt.opts, err, tt.want)
		}
	}
}

// TestPrintAndDump checks --print-after all banners and --dump-dir files.
func TestPrintAndDump(t *testing.T) {
	m := loadExample(t, "../examples/icl_regression.hopf")
	dir := t.TempDir()
	var out bytes.Buffer
	g, err := Compile(m, Options{PrintAfter: "all", DumpDir: dir, VerifyEach: true, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	stages := append([]string{"lower"}, passNamesList()...)
	text := out.String()
	for i, s := range stages {
		if !strings.Contains(text, Banner(s)+"\n") {
			t.Errorf("print-after all: no banner for %s", s)
		}
		f := filepath.Join(dir, fmt.Sprintf("%s_%02d__%s.ir", g.Name, i, s))
		data, err := os.ReadFile(f)
		if err != nil {
			t.Errorf("dump-dir: %v", err)
			continue
		}
		// Every dump parses back, and the last equals the result.
		pg, err := ir.Parse(f, string(data))
		if err != nil {
			t.Errorf("dump %s does not parse: %v", f, err)
			continue
		}
		if i == len(stages)-1 && ir.Print(pg) != ir.Print(g) {
			t.Errorf("last dump differs from the compiled graph")
		}
	}
	// The dump after lowering still has the identity ops that canonicalize
	// and dce remove.
	lowered, _ := os.ReadFile(filepath.Join(dir, g.Name+"_00__lower.ir"))
	if !strings.Contains(string(lowered), "feature") || !strings.Contains(string(lowered), ": ?") {
		t.Errorf("dump after lower should have untyped ops and feature maps")
	}

	out.Reset()
	if _, err := Compile(m, Options{PrintAfterChange: true, Out: &out}); err != nil {
		t.Fatal(err)
	}
	// icl_regression's one linear layer stays in the parallel form (T=64
	// fits one tile), so dualize and export-state change nothing.
	var changed []string
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "// -----// IR Dump After ") {
			changed = append(changed, strings.Fields(l)[5])
		}
	}
	want := "lower infer-shapes canonicalize dce fuse-qkv fuse-attention fuse-residual plan-memory"
	if got := strings.Join(changed, " "); got != want {
		t.Errorf("print-after-change printed dumps after\n  %s\nwant\n  %s", got, want)
	}
}

func passNamesList() []string {
	var n []string
	for _, p := range passes {
		n = append(n, p.Name)
	}
	return n
}
