package compiler

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

// Stages are the points of the pipeline that `hopf ir --stage` stops at,
// each named by its last pass. ("parsed", the checked model printed back as
// DSL, comes before lowering and is not an IR stage.)
var Stages = []struct{ Name, LastPass, Doc string }{
	{"lowered", "dce", "primitive ops, types inferred, no-ops removed"},
	{"fused", "plan-memory", "qkv fused, linear and delta attention in dual form, one fused op per layer, memory planned"},
}

// StageEnd returns the last pass of a stage.
func StageEnd(stage string) (string, bool) {
	for _, s := range Stages {
		if s.Name == stage {
			return s.LastPass, true
		}
	}
	return "", false
}

// Options configure a pipeline run. The zero value runs every pass and
// verifies the result once at the end.
type Options struct {
	// StopAfter ends the pipeline after the named pass ("" runs all).
	StopAfter string
	// Disable lists passes to skip; required passes cannot be disabled.
	Disable []string
	// VerifyEach runs the verifier after lowering and after every pass.
	VerifyEach bool
	// PrintAfter prints the IR after the named pass, or after every pass
	// (and after lowering) for "all", with an MLIR-style banner.
	PrintAfter string
	// PrintAfterChange prints the IR after each pass that changed it.
	PrintAfterChange bool
	// DumpDir, when set, receives one file per stage,
	// <graph>_<seq>__<pass>.ir, numbered from 00 (after lowering).
	DumpDir string
	// Out receives printed IR (os.Stderr when nil).
	Out io.Writer

	// Target is the backend the cost rules choose forms for: "cuda" (the
	// default) or "cpu".
	Target string
	// Batch and Len bind B and T for memory planning (0: the defaults, 1
	// and the model's context). Len may not pass the context (MaxT): a
	// learned position table has that many rows. Every value of the plan
	// must hold at most MaxElems elements at this B and T.
	Batch, Len int
	// MaxT is the largest T, when the model does not say (Run on parsed IR).
	MaxT int
	// ExportState makes the final fast-weight states graph results.
	ExportState bool
}

// Banner is the line printed above each IR dump.
func Banner(pass string) string {
	return fmt.Sprintf("// -----// IR Dump After %s //----- //", pass)
}

// Check validates the options against the pass list.
func (o *Options) Check() error {
	known := func(name string) bool { _, ok := LookupPass(name); return ok || name == "lower" }
	if o.Target != "" && o.Target != "cuda" && o.Target != "cpu" {
		return fmt.Errorf("unknown target %q (want cuda or cpu)", o.Target)
	}
	if o.Batch < 0 || o.Len < 0 {
		return fmt.Errorf("batch %d and length %d: want ≥ 1 (or 0 for the defaults, 1 and the context)", o.Batch, o.Len)
	}
	if o.MaxT > 0 && o.Len > o.MaxT {
		return fmt.Errorf("sequence length %d exceeds the model's context %d", o.Len, o.MaxT)
	}
	if o.StopAfter != "" && !known(o.StopAfter) {
		return fmt.Errorf("unknown pass %q for stop-after (passes: %s)", o.StopAfter, passNames())
	}
	if o.PrintAfter != "" && o.PrintAfter != "all" && !known(o.PrintAfter) {
		return fmt.Errorf("unknown pass %q for print-after (want all or one of: lower, %s)", o.PrintAfter, passNames())
	}
	if o.PrintAfter != "" && o.PrintAfter != "all" && o.StopAfter != "" && passIndex(o.PrintAfter) > passIndex(o.StopAfter) {
		return fmt.Errorf("print-after %s: the pipeline stops after %s, before that pass runs", o.PrintAfter, o.StopAfter)
	}
	for _, d := range o.Disable {
		if d == o.PrintAfter {
			return fmt.Errorf("print-after %s: that pass is disabled", d)
		}
		p, ok := LookupPass(d)
		if !ok {
			return fmt.Errorf("unknown pass %q to disable (passes: %s)", d, passNames())
		}
		if p.Required {
			return fmt.Errorf("pass %q is required and cannot be disabled", d)
		}
	}
	return nil
}

// passIndex is a pass's place in the pipeline (lower, before every pass,
// is −1).
func passIndex(name string) int {
	for i, p := range passes {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// StageOf names the first stage whose pipeline runs the pass.
func StageOf(pass string) string {
	for _, s := range Stages {
		if passIndex(pass) <= passIndex(s.LastPass) {
			return s.Name
		}
	}
	return ""
}

func passNames() string {
	var n []string
	for _, p := range passes {
		n = append(n, p.Name)
	}
	return strings.Join(n, ", ")
}

// Compile lowers a model and runs the pipeline over it.
func Compile(m *dsl.Model, opts Options) (*ir.Graph, error) {
	if opts.MaxT == 0 {
		opts.MaxT = m.Context
	}
	if err := opts.Check(); err != nil {
		return nil, err
	}
	g, err := Lower(m)
	if err != nil {
		return nil, err
	}
	r := &runner{opts: opts, g: g, ctx: opts.context()}
	if err := r.after("lower", true); err != nil {
		return nil, err
	}
	if opts.StopAfter == "lower" {
		return g, nil
	}
	if err := r.run(); err != nil {
		return nil, err
	}
	return g, nil
}

// Run runs the pipeline over an existing graph (for instance one parsed
// from IR text).
func Run(g *ir.Graph, opts Options) error {
	if err := opts.Check(); err != nil {
		return err
	}
	return (&runner{opts: opts, g: g, ctx: opts.context()}).run()
}

// context builds the pass context from the options.
func (o Options) context() *Context {
	c := &Context{Target: o.Target, MaxT: o.MaxT, ExportState: o.ExportState}
	if c.Target == "" {
		c.Target = "cuda"
	}
	T := o.Len
	if T == 0 {
		T = o.MaxT
	}
	B := o.Batch
	if B == 0 {
		B = 1
	}
	if T > 0 {
		c.Env = map[string]int{"B": B, "T": T}
	}
	return c
}

type runner struct {
	opts Options
	g    *ir.Graph
	ctx  *Context
	seq  int
}

func (r *runner) run() error {
	disabled := map[string]bool{}
	for _, d := range r.opts.Disable {
		disabled[d] = true
	}
	for _, p := range passes {
		if disabled[p.Name] {
			continue
		}
		changed, err := p.Fn(r.ctx, r.g)
		if err != nil {
			return fmt.Errorf("pass %s: %w", p.Name, err)
		}
		if err := r.after(p.Name, changed); err != nil {
			return err
		}
		if p.Name == r.opts.StopAfter {
			return nil
		}
	}
	if err := ir.Verify(r.g, ir.VerifyOptions{}); err != nil {
		return fmt.Errorf("after the pipeline: %w", err)
	}
	return nil
}

// after does what the options ask for once a stage has run.
func (r *runner) after(pass string, changed bool) error {
	seq := r.seq
	r.seq++
	if r.opts.VerifyEach {
		// Types are inferred by the first pass; before it they may be unknown.
		if err := ir.Verify(r.g, ir.VerifyOptions{AllowUnknownTypes: pass == "lower"}); err != nil {
			return fmt.Errorf("verify after %s: %w", pass, err)
		}
	}
	if r.opts.PrintAfter == "all" || r.opts.PrintAfter == pass || r.opts.PrintAfterChange && changed {
		out := r.opts.Out
		if out == nil {
			out = os.Stderr
		}
		fmt.Fprintf(out, "%s\n%s\n", Banner(pass), ir.Print(r.g))
	}
	if r.opts.DumpDir != "" {
		if err := os.MkdirAll(r.opts.DumpDir, 0o755); err != nil {
			return err
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "%s\n", Banner(pass))
		ir.Fprint(&b, r.g)
		name := fmt.Sprintf("%s_%02d__%s.ir", r.g.Name, seq, pass)
		if err := os.WriteFile(filepath.Join(r.opts.DumpDir, name), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
