// Package compiler lowers a checked model (dsl.Model) to graph IR and runs
// the pass pipeline over it.
package compiler

import (
	"fmt"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

// Symbolic dimensions of every graph: batch and sequence length.
var (
	DimB = ir.S("B")
	DimT = ir.S("T")
)

// DefaultChunk is the chunk size of the chunked dual form when neither the
// DSL nor the cost rule gives one: 64 tokens, as flash-linear-attention.
const DefaultChunk = 64

// Norm epsilons. They are fixed (not DSL settings) and match PyTorch's
// defaults for nn.LayerNorm and the usual RMSNorm.
const (
	LayerNormEps = 1e-5
	RMSNormEps   = 1e-6
)

// Weight names, the scheme of DESIGN.md. Matrices are stored [out, in] as in
// PyTorch's nn.Linear, so y = x·Wᵀ.
const (
	WTokEmbed = "tok_embed" // [vocab, d_model]
	WPosEmbed = "pos_embed" // [context, d_model]
	WInProj   = "in_proj"   // [d_model, d_in]
	WUnembed  = "unembed"   // [vocab, d_model]
	WReadout  = "readout"   // [d_out, d_model]
	WNormF    = "norm_f"    // final norm: norm_f.weight, norm_f.bias
)

// LayerWeight names a weight of layer i, e.g. LayerWeight(0, "w_q") = "L0.w_q".
func LayerWeight(i int, name string) string { return fmt.Sprintf("L%d.%s", i, name) }

func elemOf(d dsl.DType) ir.Elem {
	switch d {
	case dsl.F16:
		return ir.F16
	case dsl.BF16:
		return ir.BF16
	}
	return ir.F32
}

func irPos(p dsl.Pos) ir.Pos { return ir.Pos{File: p.File, Line: p.Line, Col: p.Col} }

var maskWord = map[dsl.MaskKind]string{
	dsl.MaskCausal: "causal", dsl.MaskStrict: "strict", dsl.MaskNone: "none", dsl.MaskWindow: "window",
}

var featureWord = map[dsl.FeatureMap]string{dsl.FeatureIdentity: "identity", dsl.FeatureELU1: "elu1", dsl.FeatureL2: "l2"}

// Lower turns a checked model into unfused graph IR of primitive ops.
// Result types are left for the infer-shapes pass. Lower emits every op the
// model describes, identity feature maps and empty masks included, and
// leaves their removal to canonicalize and dce so each pass has one job.
func Lower(m *dsl.Model) (*ir.Graph, error) {
	if m == nil {
		return nil, fmt.Errorf("lower: no model")
	}
	l := &lowerer{m: m, b: ir.NewBuilder(m.Name), e: elemOf(m.DType), d: ir.C(m.DModel)}
	x := l.embed()
	for i := range m.Layers {
		x = l.layer(&m.Layers[i], x)
	}
	return l.b.Return(l.readout(x)), nil
}

type lowerer struct {
	m *dsl.Model
	b *ir.Builder
	e ir.Elem
	d ir.Dim
}

func (l *lowerer) weight(name string, dims ...ir.Dim) *ir.Weight {
	return l.b.Weight(name, ir.T(l.e, dims...))
}

func (l *lowerer) embed() *ir.Value {
	m, b := l.m, l.b
	var x *ir.Value
	b.At(irPos(m.EmbedPos))
	switch m.Embed {
	case dsl.EmbedToken:
		tok := b.Param("tokens", ir.T(ir.I32, DimB, DimT))
		x = b.Op("embed", "emb", []*ir.Value{tok}, []*ir.Weight{l.weight(WTokEmbed, ir.C(m.Vocab), l.d)}, nil)
	case dsl.EmbedLinear:
		in := b.Param("inputs", ir.T(l.e, DimB, DimT, ir.C(m.DIn)))
		x = b.Op("linear", "emb", []*ir.Value{in}, []*ir.Weight{l.weight(WInProj, l.d, ir.C(m.DIn))}, nil)
	case dsl.EmbedIdentity:
		x = b.Param("inputs", ir.T(l.e, DimB, DimT, ir.C(m.DIn)))
	}
	if m.Position == dsl.PosLearned {
		b.At(irPos(m.PositionPos))
		x = b.Op("embed_pos", "x0", []*ir.Value{x}, []*ir.Weight{l.weight(WPosEmbed, ir.C(m.Context), l.d)}, nil)
	}
	return x
}

// norm applies a normalisation whose weights are named prefix.weight and
// prefix.bias; it returns x unchanged for NormNone.
func (l *lowerer) norm(kind dsl.NormKind, prefix, result string, x *ir.Value) *ir.Value {
	switch kind {
	case dsl.NormLayer:
		return l.b.Op("layernorm", result, []*ir.Value{x},
			[]*ir.Weight{l.weight(prefix+".weight", l.d), l.weight(prefix+".bias", l.d)},
			ir.Attrs{"eps": LayerNormEps})
	case dsl.NormRMS:
		return l.b.Op("rmsnorm", result, []*ir.Value{x},
			[]*ir.Weight{l.weight(prefix+".weight", l.d)}, ir.Attrs{"eps": RMSNormEps})
	}
	return x
}

func (l *lowerer) layer(L *dsl.Layer, x *ir.Value) *ir.Value {
	b := l.b
	b.At(irPos(L.Pos))
	w := func(name string, dims ...ir.Dim) []*ir.Weight {
		return []*ir.Weight{l.weight(LayerWeight(L.Index, name), dims...)}
	}
	n := func(s string) string { return fmt.Sprintf("L%d.%s", L.Index, s) }
	vals := func(v ...*ir.Value) []*ir.Value { return v }
	hk, hv := ir.C(L.Heads*L.DHead), ir.C(L.Heads*L.DValue)
	heads := func() ir.Attrs { return ir.Attrs{"heads": int64(L.Heads)} }

	h := l.norm(L.Norm, LayerWeight(L.Index, "norm"), n("h"), x)
	q := b.Op("linear", n("q"), vals(h), w("w_q", hk, l.d), nil)
	k := b.Op("linear", n("k"), vals(h), w("w_k", hk, l.d), nil)
	v := b.Op("linear", n("v"), vals(h), w("w_v", hv, l.d), nil)
	qh := b.Op("split_heads", n("qh"), vals(q), nil, heads())
	kh := b.Op("split_heads", n("kh"), vals(k), nil, heads())
	vh := b.Op("split_heads", n("vh"), vals(v), nil, heads())
	if L.Kind != dsl.Softmax {
		fm := featureWord[L.Feature]
		qh = b.Op("feature", n("qf"), vals(qh), nil, ir.Attrs{"map": fm})
		kh = b.Op("feature", n("kf"), vals(kh), nil, ir.Attrs{"map": fm})
	}
	// form carries a DSL `form`/`chunk` choice to the dualize pass.
	form := func(a ir.Attrs) ir.Attrs {
		switch L.Form {
		case dsl.FormParallel:
			a["form"] = "parallel"
		case dsl.FormDual:
			a["form"] = "recurrent"
		case dsl.FormChunked:
			a["form"] = "chunked"
			if L.Chunk > 0 {
				a["chunk"] = int64(L.Chunk)
			} else {
				a["chunk"] = int64(DefaultChunk)
			}
		}
		return a
	}
	mask := func(s *ir.Value, fill string) *ir.Value {
		a := ir.Attrs{"kind": maskWord[L.Mask.Kind], "fill": fill}
		if L.Mask.Kind == dsl.MaskWindow {
			a["window"] = int64(L.Mask.Window)
		}
		return b.Op("mask", n("m"), vals(s), nil, a)
	}
	var o *ir.Value
	switch L.Kind {
	case dsl.Softmax:
		s := b.Op("scores", n("s"), vals(qh, kh), nil, ir.Attrs{"scale": L.Scale})
		p := b.Op("softmax", n("p"), vals(mask(s, "neg_inf")), nil, nil)
		o = b.Op("mix", n("o"), vals(p, vh), nil, nil)
	case dsl.Linear:
		s := b.Op("scores", n("s"), vals(qh, kh), nil, ir.Attrs{"scale": L.Scale})
		o = b.Op("mix", n("o"), vals(mask(s, "zero"), vh), nil, form(ir.Attrs{}))
	case dsl.Delta:
		a := form(ir.Attrs{"mask": maskWord[L.Mask.Kind], "scale": L.Scale})
		args := vals(qh, kh, vh)
		if L.Beta.Learned {
			bl := b.Op("linear", n("bl"), vals(h), w("w_beta", ir.C(L.Heads), l.d), nil)
			args = append(args, b.Op("sigmoid", n("beta"), vals(bl), nil, nil))
		} else {
			a["beta"] = L.Beta.Value
		}
		o = b.Op("delta_rule", n("o"), args, nil, a)
	}
	y := b.Op("merge_heads", n("om"), vals(o), nil, nil)
	if L.Output {
		y = b.Op("linear", n("y"), vals(y), w("w_o", l.d, hv), nil)
	}
	if !L.Residual {
		return y
	}
	return b.Op("add", fmt.Sprintf("x%d", L.Index+1), vals(x, y), nil, nil)
}

func (l *lowerer) readout(x *ir.Value) *ir.Value {
	m, b := l.m, l.b
	b.At(irPos(m.FinalNormPos))
	x = l.norm(m.FinalNorm, WNormF, "xf", x)
	b.At(irPos(m.Readout.Pos))
	switch m.Readout.Kind {
	case dsl.ReadoutUnembed:
		name := WUnembed
		if m.Readout.Tied {
			name = WTokEmbed
		}
		return b.Op("unembed", "logits", []*ir.Value{x}, []*ir.Weight{l.weight(name, ir.C(m.Vocab), l.d)}, nil)
	default:
		return b.Op("linear", "out", []*ir.Value{x}, []*ir.Weight{l.weight(WReadout, ir.C(m.Readout.DOut), l.d)}, nil)
	}
}
