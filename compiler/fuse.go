package compiler

import (
	"fmt"
	"strings"

	"github.com/hopf-ml/hopf/ir"
)

// Fusion and dual-form passes. Each rewrites matched patterns in place:
// the last op of a chain becomes the fused op (so every operand is defined
// before it and every user after), the other ops of the chain are removed,
// and the fused op records the DSL positions of everything it absorbed.

// rewriter holds the bookkeeping shared by the fusion passes.
type rewriter struct {
	g     *ir.Graph
	uses  map[*ir.Value]int
	users map[*ir.Value][]*ir.Op
	dead  map[*ir.Op]bool
}

func newRewriter(g *ir.Graph) *rewriter {
	r := &rewriter{g: g, uses: g.Uses(), users: map[*ir.Value][]*ir.Op{}, dead: map[*ir.Op]bool{}}
	for _, op := range g.Ops {
		for _, a := range op.Args {
			r.users[a] = append(r.users[a], op)
		}
	}
	return r
}

// user returns the only op reading v if it is named name (and v is not a
// graph result), else nil.
func (r *rewriter) user(v *ir.Value, name string) *ir.Op {
	if r.uses[v] != 1 || len(r.users[v]) != 1 {
		return nil
	}
	op := r.users[v][0]
	if op.Name() != name || r.dead[op] {
		return nil
	}
	return op
}

// single returns v's defining op if it is named name and v has exactly one
// use, else nil.
func (r *rewriter) single(v *ir.Value, name string) *ir.Op {
	if v == nil || v.Def == nil || v.Def.Name() != name || r.uses[v] != 1 || r.dead[v.Def] {
		return nil
	}
	return v.Def
}

// absorb marks ops as replaced by into, recording their positions.
func (r *rewriter) absorb(into *ir.Op, ops ...*ir.Op) {
	for _, op := range ops {
		if op == nil || op == into {
			continue
		}
		r.dead[op] = true
		into.AddPos(op.Positions()...)
	}
}

// finish drops the absorbed ops and re-infers types; it reports whether
// anything changed.
func (r *rewriter) finish(changed bool) (bool, error) {
	if len(r.dead) > 0 {
		ops := r.g.Ops[:0]
		for _, op := range r.g.Ops {
			if !r.dead[op] {
				ops = append(ops, op)
			}
		}
		r.g.Ops = ops
	}
	if !changed {
		return false, nil
	}
	_, err := ir.Infer(r.g)
	return true, err
}

// names returns a function making value names unique in g.
func names(g *ir.Graph) func(string) string {
	taken := map[string]bool{}
	for _, v := range g.Params {
		taken[v.Name] = true
	}
	for _, op := range g.Ops {
		for _, v := range op.Results {
			taken[v.Name] = true
		}
	}
	return func(n string) string {
		s := n
		for i := 1; taken[s]; i++ {
			s = fmt.Sprintf("%s_%d", n, i)
		}
		taken[s] = true
		return s
	}
}

// layerPrefix is "L0." for a name "L0.w_q" or "L0.o", else "".
func layerPrefix(name string) string {
	if i := strings.LastIndex(name, "."); i >= 0 {
		return name[:i+1]
	}
	return ""
}

// ----------------------------------------------------------------- fuse-qkv

// fuseQKV merges the projections of one layer that read the same input
// (q, k, v and β) into one linear with a derived weight @L{i}.w_qkv (or
// w_qkvbeta). Users that split heads read their column range directly
// (split_heads {offset, width}); others read a slice.
func fuseQKV(_ *Context, g *ir.Graph) (bool, error) {
	type key struct {
		in     *ir.Value
		prefix string
	}
	groups := map[key][]*ir.Op{}
	var order []key
	for _, op := range g.Ops {
		if op.Name() != "linear" || op.Weights[0].Derived() {
			continue
		}
		p := layerPrefix(op.Weights[0].Name)
		if p == "" {
			continue
		}
		k := key{op.Args[0], p}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], op)
	}
	r := newRewriter(g)
	fresh := names(g)
	changed := false
	for _, k := range order {
		ops := groups[k]
		if len(ops) < 2 {
			continue
		}
		var parts []*ir.Weight
		var suffix strings.Builder
		rows := 0
		for _, op := range ops {
			w := op.Weights[0]
			parts = append(parts, w)
			suffix.WriteString(strings.TrimPrefix(strings.TrimPrefix(w.Name, k.prefix), "w_"))
			rows += w.Type.Shape[0].N
		}
		first := parts[0]
		fw := &ir.Weight{Name: k.prefix + "w_" + suffix.String(), Pos: first.Pos, Concat: parts,
			Type: ir.T(first.Type.Elem, ir.C(rows), first.Type.Shape[1])}
		insertWeightAfter(g, fw, parts[len(parts)-1])

		// The first projection becomes the fused one; the others read
		// their columns from it.
		fused := ops[0]
		old := fused.Result()
		qkv := &ir.Value{Name: fresh(k.prefix + suffix.String()), Def: fused}
		fused.Results = []*ir.Value{qkv}
		fused.Weights = []*ir.Weight{fw}
		var slices []*ir.Op
		off := 0
		for i, op := range ops {
			res := old
			if i > 0 {
				res = op.Result()
				r.absorb(fused, op)
			}
			width := parts[i].Type.Shape[0].N
			if !redirectColumns(g, res, qkv, off, width) {
				// Some user needs the projection itself: slice it out.
				sl := &ir.Op{Def: ir.Lookup("slice"), Args: []*ir.Value{qkv}, Pos: op.Pos,
					Attrs: ir.Attrs{"offset": int64(off), "width": int64(width)}}
				res.Def = sl
				sl.Results = []*ir.Value{res}
				slices = append(slices, sl)
			}
			off += width
		}
		insertAfter(g, fused, slices...)
		changed = true
	}
	return r.finish(changed)
}

// redirectColumns makes every user of v read columns [off, off+width) of
// qkv instead, if all users are split_heads without their own offset. It
// reports whether it did.
func redirectColumns(g *ir.Graph, v, qkv *ir.Value, off, width int) bool {
	var users []*ir.Op
	for _, op := range g.Ops {
		for _, a := range op.Args {
			if a == v {
				if op.Name() != "split_heads" || op.Attrs["offset"] != nil {
					return false
				}
				users = append(users, op)
			}
		}
	}
	for _, r := range g.Results {
		if r == v {
			return false
		}
	}
	for _, op := range users {
		op.Args[0] = qkv
		op.Attrs["offset"] = int64(off)
		op.Attrs["width"] = int64(width)
	}
	return true
}

func insertWeightAfter(g *ir.Graph, w, after *ir.Weight) {
	for i, x := range g.Weights {
		if x == after {
			g.Weights = append(g.Weights[:i+1], append([]*ir.Weight{w}, g.Weights[i+1:]...)...)
			return
		}
	}
	g.Weights = append(g.Weights, w)
}

func insertAfter(g *ir.Graph, after *ir.Op, ops ...*ir.Op) {
	if len(ops) == 0 {
		return
	}
	for i, x := range g.Ops {
		if x == after {
			g.Ops = append(g.Ops[:i+1], append(ops, g.Ops[i+1:]...)...)
			return
		}
	}
}

// ----------------------------------------------------------------- dualize

// Form is how linear and delta attention are computed.
type Form struct {
	Name  string // parallel, recurrent or chunked
	Chunk int    // chunked only
}

// ChooseForm is the dualize pass's cost rule, in the sequence length T
// (the model's context, the largest T it runs) and the head width d:
//
//   - cpu: the recurrent form does T·d² work against the parallel form's
//     T²·d, so parallel only when T ≤ d; chunking buys nothing on a CPU
//     (measured: the chunked kernels are 2–5× slower than the recurrent
//     ones there, runtime/kernels benchmarks).
//   - cuda: parallel when the whole sequence fits one 64-token tile;
//     otherwise recurrent. Measured on an H200 (docs/gpu-results.md, run
//     2026-11-28a; B=4, H=16, T=4096, d 64, f32): the recurrent kernel
//     2.3 ms, the chunked one 9.3 ms at its default chunk and 11.5 / 17.8
//     ms at chunks 64 / 128. Both run one block per (batch, head); hopf's
//     chunked kernel does its chunk products in f32 on CUDA cores, so
//     chunking adds work without adding parallelism. (On tensor cores,
//     flash-linear-attention's chunked form wins; hopf's is not there.)
//     The chunked form stays available on request (DSL `form chunked`).
//
// An unknown T (0) counts as long.
func ChooseForm(target string, T, d int) Form {
	if target == "cpu" {
		if T > 0 && T <= d {
			return Form{Name: "parallel"}
		}
		return Form{Name: "recurrent"}
	}
	if T > 0 && T <= DefaultChunk {
		return Form{Name: "parallel"}
	}
	return Form{Name: "recurrent"}
}

// formOf returns the form a DSL override put on op, or the cost rule's.
func formOf(c *Context, op *ir.Op, d int) Form {
	if f := op.Str("form", ""); f != "" {
		return Form{Name: f, Chunk: int(op.Int("chunk", 0))}
	}
	return ChooseForm(c.Target, c.MaxT, d)
}

func setForm(a ir.Attrs, f Form) {
	delete(a, "chunk")
	a["form"] = f.Name
	if f.Name == "chunked" {
		a["chunk"] = int64(f.Chunk)
	}
}

// dualize rewrites delta_rule into dual.delta_update, and causal linear
// attention (scores → mask fill 0 → mix) into dual.sum_update unless the
// chosen form is parallel. Each dual op gets a second result, the final
// state S (named L{i}.S).
func dualize(c *Context, g *ir.Graph) (bool, error) {
	r := newRewriter(g)
	fresh := names(g)
	changed := false
	for _, op := range g.Ops {
		switch op.Name() {
		case "delta_rule":
			d := op.Args[0].Type.Last().N
			f := formOf(c, op, d)
			op.Def = ir.Lookup("dual.delta_update")
			setForm(op.Attrs, f)
			op.Results = append(op.Results, &ir.Value{Name: fresh(layerPrefix(op.Result().Name) + "S"), Def: op})
			changed = true
		case "mix":
			m := r.single(op.Args[0], "mask")
			if m == nil || m.Str("fill", "") != "zero" {
				delete(op.Attrs, "form")
				delete(op.Attrs, "chunk")
				continue
			}
			kind := m.Str("kind", "")
			s := r.single(m.Args[0], "scores")
			if s == nil || kind != "causal" && kind != "strict" {
				continue
			}
			d := s.Args[0].Type.Last().N
			f := formOf(c, op, d)
			if f.Name == "parallel" {
				delete(op.Attrs, "form")
				delete(op.Attrs, "chunk")
				continue
			}
			op.Def = ir.Lookup("dual.sum_update")
			op.Args = []*ir.Value{s.Args[0], s.Args[1], op.Args[1]}
			op.Attrs = ir.Attrs{"mask": kind, "scale": s.Float("scale", 1)}
			setForm(op.Attrs, f)
			op.Results = append(op.Results, &ir.Value{Name: fresh(layerPrefix(op.Result().Name) + "S"), Def: op})
			r.absorb(op, m, s)
			changed = true
		}
	}
	return r.finish(changed)
}

// ----------------------------------------------------------- fuse-attention

// fuseAttention folds scores → mask → softmax → mix (softmax attention)
// and scores → mask(fill 0) → mix (linear attention left in the parallel
// form) into fused.attention.
func fuseAttention(_ *Context, g *ir.Graph) (bool, error) {
	r := newRewriter(g)
	changed := false
	for _, op := range g.Ops {
		if op.Name() != "mix" {
			continue
		}
		kind, p := "linear", op.Args[0]
		var sm *ir.Op
		if sm = r.single(p, "softmax"); sm != nil {
			kind, p = "softmax", sm.Args[0]
		}
		maskKind, window := "none", int64(0)
		m := r.single(p, "mask")
		if m != nil {
			if want := map[string]string{"softmax": "neg_inf", "linear": "zero"}[kind]; m.Str("fill", "") != want {
				continue
			}
			maskKind, window = m.Str("kind", ""), m.Int("window", 0)
			p = m.Args[0]
		}
		s := r.single(p, "scores")
		if s == nil || maskKind == "strict" && kind == "softmax" {
			continue
		}
		v := op.Args[1]
		op.Def = ir.Lookup("fused.attention")
		op.Args = []*ir.Value{s.Args[0], s.Args[1], v}
		op.Attrs = ir.Attrs{"kind": kind, "mask": maskKind, "scale": s.Float("scale", 1)}
		if maskKind == "window" {
			op.Attrs["window"] = window
		}
		r.absorb(op, sm, m, s)
		changed = true
	}
	return r.finish(changed)
}

// ------------------------------------------------------------ fuse-residual

// fuseResidual folds a whole layer around a fused.attention or dual op —
// the head splits of one fused projection (with their feature maps and the
// β sigmoid), the op, merge_heads, the output projection and the residual
// add — into fused.attention_residual or fused.dual_residual.
func fuseResidual(_ *Context, g *ir.Graph) (bool, error) {
	r := newRewriter(g)
	changed := false
	for _, a := range g.Ops {
		var kind string
		switch a.Name() {
		case "fused.attention":
			kind = a.Str("kind", "")
		case "dual.sum_update":
			kind = "sum"
		case "dual.delta_update":
			kind = "delta"
		default:
			continue
		}
		if r.dead[a] {
			continue
		}
		if fused := r.layer(a, kind); fused {
			changed = true
		}
	}
	return r.finish(changed)
}

// headsOf matches v = [feature](split_heads(qkv {offset, width})) and
// returns qkv, the offset, the feature map and the ops.
func (r *rewriter) headsOf(v *ir.Value) (qkv *ir.Value, off int64, feature string, ops []*ir.Op) {
	feature = "identity"
	if f := r.single(v, "feature"); f != nil {
		feature, v = f.Str("map", ""), f.Args[0]
		ops = append(ops, f)
	}
	sp := r.single(v, "split_heads")
	if sp == nil || sp.Attrs["offset"] == nil {
		return nil, 0, "", nil
	}
	return sp.Args[0], sp.Int("offset", 0), feature, append(ops, sp)
}

func (r *rewriter) layer(a *ir.Op, kind string) bool {
	o := a.Result()
	q, k, v := a.Args[0].Type, a.Args[1].Type, a.Args[2].Type
	H, dk, dv := int64(q.Shape[1].N), int64(q.Shape[3].N), int64(v.Shape[3].N)

	qkv, offQ, featQ, opsQ := r.headsOf(a.Args[0])
	qkv2, offK, featK, opsK := r.headsOf(a.Args[1])
	qkv3, offV, featV, opsV := r.headsOf(a.Args[2])
	if qkv == nil || qkv != qkv2 || qkv != qkv3 || featQ != featK || featV != "identity" ||
		offQ != 0 || offK != H*dk || offV != 2*H*dk || k.Shape[2] != q.Shape[2] {
		return false
	}
	cols := H * (2*dk + dv)
	absorbed := append(append(opsQ, opsK...), opsV...)
	var constBeta *float64
	if kind == "delta" {
		if len(a.Args) == 4 {
			sg := r.single(a.Args[3], "sigmoid")
			if sg == nil {
				return false
			}
			sl := r.single(sg.Args[0], "slice")
			if sl == nil || sl.Args[0] != qkv || sl.Int("offset", -1) != cols || sl.Int("width", -1) != H {
				return false
			}
			cols += H
			absorbed = append(absorbed, sg, sl)
		} else {
			b := a.Float("beta", 0)
			constBeta = &b
		}
	}
	if qkv.Type.Last() != ir.C(int(cols)) {
		return false
	}
	mh := r.user(o, "merge_heads")
	if mh == nil {
		return false
	}
	last, y := mh, mh.Result()
	absorbed = append(absorbed, a, mh)
	var wo []*ir.Weight
	if l := r.user(y, "linear"); l != nil && !l.Weights[0].Derived() && strings.HasSuffix(l.Weights[0].Name, ".w_o") {
		wo, last, y = l.Weights, l, l.Result()
		absorbed = append(absorbed, l)
	}
	var x *ir.Value
	residual := false
	if add := r.user(y, "add"); add != nil {
		x = add.Args[0]
		if x == y {
			x = add.Args[1]
		}
		residual, last = true, add
		absorbed = append(absorbed, add)
	} else if qkv.Def != nil && qkv.Def.Name() == "linear" {
		x = qkv.Def.Args[0] // only for its shape: residual=false never reads it
	} else {
		return false
	}
	if !x.Type.Equal(last.Result().Type) {
		return false
	}

	attrs := ir.Attrs{"heads": H, "d_head": dk, "d_value": dv, "residual": residual,
		"scale": a.Float("scale", 1), "feature": featQ}
	fused := last
	result := last.Result()
	var name string
	switch kind {
	case "softmax", "linear":
		name = "fused.attention_residual"
		attrs["kind"] = kind
		attrs["mask"] = a.Str("mask", "")
		if a.Attrs["window"] != nil {
			attrs["window"] = a.Int("window", 0)
		}
		fused.Results = []*ir.Value{result}
	default:
		name = "fused.dual_residual"
		attrs["kind"] = kind
		attrs["mask"] = a.Str("mask", "")
		attrs["form"] = a.Str("form", "")
		if a.Attrs["chunk"] != nil {
			attrs["chunk"] = a.Int("chunk", 0)
		}
		if constBeta != nil {
			attrs["beta"] = *constBeta
		}
		state := a.Results[1]
		state.Def = fused
		fused.Results = []*ir.Value{result, state}
	}
	pos := a.Pos
	fused.Def = ir.Lookup(name)
	fused.Args = []*ir.Value{x, qkv}
	fused.Weights = wo
	fused.Attrs = attrs
	result.Def = fused
	// The attention op's position leads: it is the attention block.
	others := fused.Positions()
	fused.Pos, fused.Also = pos, nil
	fused.AddPos(others...)
	r.absorb(fused, absorbed...)
	return true
}

// ------------------------------------------------------------- export-state

// exportState appends every final fast-weight state to the graph results
// when the context asks for it.
func exportState(c *Context, g *ir.Graph) (bool, error) {
	if !c.ExportState {
		return false, nil
	}
	have := map[*ir.Value]bool{}
	for _, v := range g.Results {
		have[v] = true
	}
	changed := false
	for _, op := range g.Ops {
		if len(op.Results) == 2 && strings.HasPrefix(op.Results[1].Type.String(), "f32[") &&
			(op.Name() == "fused.dual_residual" || strings.HasPrefix(op.Name(), "dual.")) && !have[op.Results[1]] {
			g.Results = append(g.Results, op.Results[1])
			changed = true
		}
	}
	return changed, nil
}
