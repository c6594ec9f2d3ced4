package compiler

import (
	"fmt"

	"github.com/hopf-ml/hopf/ir"
)

// PassKind tells passes that rewrite the IR from analyses that only read it
// or annotate it.
type PassKind int

const (
	Transform PassKind = iota
	Analysis
)

func (k PassKind) String() string {
	if k == Analysis {
		return "analysis"
	}
	return "transform"
}

// Pass is one step of the pipeline. Fn reports whether it changed the graph.
type Pass struct {
	Name     string
	Kind     PassKind
	Required bool // cannot be disabled
	Fn       func(c *Context, g *ir.Graph) (changed bool, err error)
	Doc      string
}

// Context is what passes may know beyond the graph.
type Context struct {
	// Target is the backend the cost rules optimise for: "cuda" (default)
	// or "cpu".
	Target string
	// MaxT is the largest sequence length (the model's context); 0 when
	// unknown, as for a graph parsed from text.
	MaxT int
	// Env binds B and T for memory planning.
	Env map[string]int
	// ExportState makes the final fast-weight states graph results.
	ExportState bool
}

// passes is the pipeline, in order. Later issues append fusion and
// dual-form passes here.
var passes = [...]Pass{
	{Name: "infer-shapes", Kind: Analysis, Required: true, Fn: func(_ *Context, g *ir.Graph) (bool, error) { return ir.Infer(g) },
		Doc: "compute every result type from the op table's rules; report the first op whose operands do not fit"},
	{Name: "canonicalize", Kind: Transform, Fn: canonicalize,
		Doc: "redirect uses of no-op ops (identity feature maps, masks of kind none, merge∘split pairs) to their inputs"},
	{Name: "dce", Kind: Transform, Required: true, Fn: dce,
		Doc: "remove ops whose results are unused and weights no op reads"},
	{Name: "fuse-qkv", Kind: Transform, Fn: fuseQKV,
		Doc: "one linear with a concatenated weight (w_q|w_k|w_v|w_beta) per layer instead of one per projection"},
	{Name: "dualize", Kind: Transform, Fn: dualize,
		Doc: "linear and delta attention become fast-weight ops (dual.sum_update, dual.delta_update) with their state S, in the form the cost rule or the DSL chooses"},
	{Name: "fuse-attention", Kind: Transform, Fn: fuseAttention,
		Doc: "scores, mask, softmax and mix become one fused.attention op (the target of a flash-style kernel)"},
	{Name: "fuse-residual", Kind: Transform, Fn: fuseResidual,
		Doc: "heads, attention or dual op, merge, output projection and residual add become fused.attention_residual or fused.dual_residual"},
	{Name: "export-state", Kind: Transform, Fn: exportState,
		Doc: "with --export-state: the final fast-weight state S of every dual op becomes a graph result"},
	{Name: "plan-memory", Kind: Analysis, Fn: planMemory,
		Doc: "liveness and buffer reuse for the activations at the given B and T; the plan is printed after the graph"},
}

// constraint says pass a must run before pass b, and why.
type constraint struct{ a, b, reason string }

var constraints = [...]constraint{
	{"infer-shapes", "canonicalize", "canonicalize compares operand types (merge∘split needs the head count from shapes)"},
	{"canonicalize", "dce", "canonicalize leaves the ops it bypassed for dce to remove"},
	{"dce", "fuse-qkv", "dead projections must not be fused into a live one"},
	{"canonicalize", "dualize", "dualize matches linear attention without identity feature maps and masks of kind none"},
	{"fuse-qkv", "fuse-residual", "fuse-residual reads q, k, v (and β) as column ranges of one fused projection"},
	{"dualize", "fuse-attention", "what dualize leaves in the parallel form is what fuse-attention fuses"},
	{"fuse-attention", "fuse-residual", "fuse-residual folds fused.attention and dual ops, not their primitive chains"},
	{"fuse-residual", "export-state", "the state to export is a result of the fused layer op"},
	{"export-state", "plan-memory", "exported states are graph results and must stay live to the end"},
}

func init() {
	if err := checkOrder(passes[:]); err != nil {
		panic(err)
	}
}

// checkOrder verifies the ordering constraints against a pass list.
func checkOrder(ps []Pass) error {
	idx := map[string]int{}
	for i, p := range ps {
		if _, dup := idx[p.Name]; dup {
			return fmt.Errorf("compiler: pass %q listed twice", p.Name)
		}
		idx[p.Name] = i
	}
	for _, c := range constraints {
		i, ok1 := idx[c.a]
		j, ok2 := idx[c.b]
		if !ok1 || !ok2 {
			return fmt.Errorf("compiler: ordering constraint names unknown pass (%s, %s)", c.a, c.b)
		}
		if i >= j {
			return fmt.Errorf("compiler: pass %s must run before %s: %s", c.a, c.b, c.reason)
		}
	}
	return nil
}

// Passes returns the pipeline in order.
func Passes() []Pass { return append([]Pass(nil), passes[:]...) }

// LookupPass finds a pass by name.
func LookupPass(name string) (Pass, bool) {
	for _, p := range passes {
		if p.Name == name {
			return p, true
		}
	}
	return Pass{}, false
}

// canonicalize redirects uses of ops that compute their input unchanged.
// The bypassed ops stay in the graph for dce.
func canonicalize(_ *Context, g *ir.Graph) (bool, error) {
	changed := false
	uses := g.Uses()
	for _, op := range g.Ops {
		if uses[op.Result()] == 0 {
			continue
		}
		var src *ir.Value
		switch op.Name() {
		case "feature":
			if op.Str("map", "") == "identity" {
				src = op.Args[0]
			}
		case "mask":
			if op.Str("kind", "") == "none" {
				src = op.Args[0]
			}
		case "merge_heads":
			if in := op.Args[0].Def; in != nil && in.Name() == "split_heads" {
				src = in.Args[0]
			}
		case "split_heads":
			if in := op.Args[0].Def; in != nil && in.Name() == "merge_heads" &&
				in.Args[0].Type.Shape[1] == ir.C(int(op.Int("heads", 0))) {
				src = in.Args[0]
			}
		}
		if src != nil && src.Type.Equal(op.Result().Type) {
			g.ReplaceUses(op.Result(), src)
			uses[src] += uses[op.Result()]
			uses[op.Result()] = 0
			changed = true
		}
	}
	return changed, nil
}

// dce removes ops whose results nobody uses (sweeping backwards so chains
// of dead ops go in one run) and weights that no remaining op reads.
func dce(_ *Context, g *ir.Graph) (bool, error) {
	uses := g.Uses()
	live := make([]bool, len(g.Ops))
	removed := 0
	for i := len(g.Ops) - 1; i >= 0; i-- {
		op := g.Ops[i]
		for _, r := range op.Results {
			if uses[r] > 0 {
				live[i] = true
			}
		}
		if !live[i] {
			removed++
			for _, a := range op.Args {
				uses[a]--
			}
		}
	}
	ops := g.Ops[:0]
	read := map[*ir.Weight]bool{}
	for i, op := range g.Ops {
		if live[i] {
			ops = append(ops, op)
			for _, w := range op.Weights {
				read[w] = true
				for _, p := range w.Concat { // a derived weight reads its parts
					read[p] = true
				}
			}
		}
	}
	g.Ops = ops
	ws := g.Weights[:0]
	for _, w := range g.Weights {
		if read[w] {
			ws = append(ws, w)
		} else {
			removed++
		}
	}
	g.Weights = ws
	return removed > 0, nil
}
