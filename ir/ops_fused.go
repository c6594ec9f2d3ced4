package ir

import "fmt"

// Ops introduced by the fusion and dual-form passes (compiler/passes.go).
// Dual ops return the final fast-weight state S of every (batch, head) as
// a second result, f32[B,H,d_v,d_k] whatever the activation type: DESIGN.md
// fixes S as d_v × d_k, row-major, f32.

var (
	formWords    = []string{"parallel", "recurrent", "chunked"}
	featureWords = []string{"identity", "elu1", "l2"}
)

func init() {
	dualAttrs := []AttrDef{
		{Name: "mask", Kind: AttrEnum, Enum: []string{"causal", "strict"}, Required: true},
		{Name: "scale", Kind: AttrFloat, Required: true},
		{Name: "form", Kind: AttrEnum, Enum: formWords, Required: true},
		{Name: "chunk", Kind: AttrInt},
	}
	Register(
		&OpDef{Name: "fused.attention", Args: []string{"q", "k", "v"},
			Attrs: []AttrDef{
				{Name: "kind", Kind: AttrEnum, Enum: []string{"softmax", "linear"}, Required: true},
				{Name: "mask", Kind: AttrEnum, Enum: maskKinds, Required: true},
				{Name: "window", Kind: AttrInt},
				{Name: "scale", Kind: AttrFloat, Required: true},
			},
			Infer: inferFusedAttention,
			Doc:   "attention core in one op: scale·q·kᵀ, mask, softmax (kind=softmax) or nothing (kind=linear, the parallel form), times v: [B,H,T,dv]"},
		&OpDef{Name: "dual.sum_update", Args: []string{"q", "k", "v"}, Attrs: dualAttrs, Results: 2,
			Infer: inferDual,
			Doc:   "linear attention as a fast weight: S_t = S_{t-1} + v_t k_tᵀ, o_t = scale·S q_t; results o[B,H,T,dv] and the final S f32[B,H,dv,dk]"},
		&OpDef{Name: "dual.delta_update", Args: []string{"q", "k", "v", "beta"}, OptArgs: 1,
			Attrs: append(append([]AttrDef(nil), dualAttrs...), AttrDef{Name: "beta", Kind: AttrFloat}), Results: 2,
			Infer: inferDual,
			Doc:   "delta rule as a fast weight: S_t = S_{t-1} + β_t (v_t − S_{t-1} k_t) k_tᵀ, o_t = scale·S q_t; results o and the final S f32[B,H,dv,dk]"},
		&OpDef{Name: "fused.attention_residual", Args: []string{"x", "qkv"}, Weights: []string{"w_o"}, OptWeights: 1,
			Attrs: append(headAttrs(), []AttrDef{
				{Name: "kind", Kind: AttrEnum, Enum: []string{"softmax", "linear"}, Required: true},
				{Name: "mask", Kind: AttrEnum, Enum: maskKinds, Required: true},
				{Name: "window", Kind: AttrInt},
				{Name: "scale", Kind: AttrFloat, Required: true},
				{Name: "feature", Kind: AttrEnum, Enum: featureWords, Required: true},
				{Name: "residual", Kind: AttrBool, Required: true},
			}...),
			Infer: inferAttentionResidual,
			Doc:   "a whole attention layer after its pre-norm: heads of q|k|v read from the fused projection qkv, attention, output projection w_o, residual add: x + attn(qkv)·w_oᵀ"},
		&OpDef{Name: "fused.dual_residual", Args: []string{"x", "qkv"}, Weights: []string{"w_o"}, OptWeights: 1, Results: 2,
			Attrs: append(headAttrs(), []AttrDef{
				{Name: "kind", Kind: AttrEnum, Enum: []string{"sum", "delta"}, Required: true},
				{Name: "mask", Kind: AttrEnum, Enum: []string{"causal", "strict"}, Required: true},
				{Name: "scale", Kind: AttrFloat, Required: true},
				{Name: "feature", Kind: AttrEnum, Enum: featureWords, Required: true},
				{Name: "beta", Kind: AttrFloat},
				{Name: "form", Kind: AttrEnum, Enum: formWords, Required: true},
				{Name: "chunk", Kind: AttrInt},
				{Name: "residual", Kind: AttrBool, Required: true},
			}...),
			Infer: inferDualResidual,
			Doc:   "a whole fast-weight layer: updates S and the residual stream in one op; qkv is q|k|v (then the β logits, one per head, when beta is not constant); results x_new and the final S f32[B,H,dv,dk]"},
	)
}

func headAttrs() []AttrDef {
	return []AttrDef{
		{Name: "heads", Kind: AttrInt, Required: true},
		{Name: "d_head", Kind: AttrInt, Required: true},
		{Name: "d_value", Kind: AttrInt, Required: true},
	}
}

func inferFusedAttention(op *Op) ([]Type, error) {
	if err := heads4(op, 0, 1, 2); err != nil {
		return nil, err
	}
	q, k, v := op.Args[0].Type, op.Args[1].Type, op.Args[2].Type
	if q.Shape[3] != k.Shape[3] || k.Shape[2] != v.Shape[2] {
		return errf("q %s, k %s, v %s: want equal key widths and as many values as keys", q, k, v)
	}
	if err := maskAttrs(op, "mask", q.Shape[2], k.Shape[2]); err != nil {
		return nil, err
	}
	if op.Str("kind", "") == "softmax" && op.Str("mask", "") == "strict" {
		return errf("mask strict leaves the first query without keys: only for kind=linear")
	}
	return one(T(q.Elem, q.Shape[0], q.Shape[1], q.Shape[2], v.Shape[3]))
}

// maskAttrs checks the window attribute against the mask kind, and that a
// causal mask sees square scores.
func maskAttrs(op *Op, attr string, tq, tk Dim) error {
	_, hasW := op.Attrs["window"]
	kind := op.Str(attr, "")
	switch {
	case kind == "window" && (!hasW || op.Int("window", 0) < 1):
		return fmt.Errorf("%s=window needs an attribute window ≥ 1", attr)
	case kind != "window" && hasW:
		return fmt.Errorf("attribute window is only valid with %s=window, not %s=%s", attr, attr, kind)
	case kind != "none" && tq != tk:
		return fmt.Errorf("%s=%s needs as many queries as keys (%s vs %s)", attr, kind, tq, tk)
	}
	return nil
}

// formAttrs checks that chunk is given exactly for form=chunked.
func formAttrs(op *Op) error {
	_, hasC := op.Attrs["chunk"]
	switch form := op.Str("form", ""); {
	case form == "chunked" && (!hasC || op.Int("chunk", 0) < 1):
		return fmt.Errorf("form=chunked needs an attribute chunk ≥ 1")
	case form == "" && hasC:
		return fmt.Errorf("attribute chunk is only valid with form=chunked, and form is not given")
	case form != "chunked" && hasC:
		return fmt.Errorf("attribute chunk is only valid with form=chunked, not form=%s", form)
	}
	return nil
}

func stateType(b, h, dv, dk Dim) Type { return T(F32, b, h, dv, dk) }

func inferDual(op *Op) ([]Type, error) {
	if err := heads4(op, 0, 1, 2); err != nil {
		return nil, err
	}
	q, k, v := op.Args[0].Type, op.Args[1].Type, op.Args[2].Type
	if q.Shape[3] != k.Shape[3] || q.Shape[2] != k.Shape[2] || v.Shape[2] != k.Shape[2] {
		return errf("q %s, k %s and v %s disagree in length or key width", q, k, v)
	}
	if err := formAttrs(op); err != nil {
		return nil, err
	}
	if op.Def.Name == "dual.delta_update" {
		_, hasBeta := op.Attrs["beta"]
		switch {
		case len(op.Args) == 4 && hasBeta:
			return errf("beta is given both as operand and as attribute")
		case len(op.Args) == 4:
			want := T(q.Elem, q.Shape[0], q.Shape[2], q.Shape[1])
			if b := op.Args[3].Type; !b.Equal(want) {
				return errf("operand beta (%s) has type %s, want %s", op.Args[3], b, want)
			}
		case !hasBeta:
			return errf("needs a beta operand or a beta attribute")
		}
	}
	return []Type{v, stateType(q.Shape[0], q.Shape[1], v.Shape[3], k.Shape[3])}, nil
}

// fusedLayer checks x, qkv and w_o of a fused layer op, and returns the
// number of qkv columns q|k|v take.
func fusedLayer(op *Op) (int, error) {
	if err := wantRank(op, 0, 3); err != nil {
		return 0, err
	}
	if err := wantRank(op, 1, 3); err != nil {
		return 0, err
	}
	x, qkv := op.Args[0].Type, op.Args[1].Type
	if x.Elem != qkv.Elem || x.Shape[0] != qkv.Shape[0] || x.Shape[1] != qkv.Shape[1] {
		return 0, fmt.Errorf("x %s and qkv %s disagree in type or batch/sequence dimensions", x, qkv)
	}
	h64, dk64, dv64 := op.Int("heads", 0), op.Int("d_head", 0), op.Int("d_value", 0)
	// The bound keeps heads·(2·d_head + d_value + 1) far from overflowing,
	// which would let absurd sizes match the operand types.
	const maxAttr = 1 << 24
	if h64 < 1 || dk64 < 1 || dv64 < 1 || h64 > maxAttr || dk64 > maxAttr || dv64 > maxAttr {
		return 0, fmt.Errorf("heads=%d, d_head=%d and d_value=%d must be between 1 and %d", h64, dk64, dv64, maxAttr)
	}
	h, dk, dv := int(h64), int(dk64), int(dv64)
	cols := h * (2*dk + dv)
	if len(op.Weights) == 1 {
		w := op.Weights[0]
		if want := T(x.Elem, x.Last(), C(h*dv)); !w.Type.Equal(want) {
			return 0, fmt.Errorf("weight %s has type %s, want %s", w, w.Type, want)
		}
	} else if x.Last() != C(h*dv) {
		return 0, fmt.Errorf("without w_o the heads (%d·%d) must fill d_model %s", h, dv, x.Last())
	}
	return cols, nil
}

func inferAttentionResidual(op *Op) ([]Type, error) {
	cols, err := fusedLayer(op)
	if err != nil {
		return nil, err
	}
	x, qkv := op.Args[0].Type, op.Args[1].Type
	if qkv.Last() != C(cols) {
		return errf("qkv %s has %s columns, want heads·(2·d_head + d_value) = %d", qkv, qkv.Last(), cols)
	}
	if err := maskAttrs(op, "mask", x.Shape[1], x.Shape[1]); err != nil {
		return nil, err
	}
	kind, mask, feat := op.Str("kind", ""), op.Str("mask", ""), op.Str("feature", "")
	if kind == "softmax" && (mask == "strict" || feat != "identity") {
		return errf("kind=softmax takes neither mask=strict nor a feature map")
	}
	return one(x)
}

func inferDualResidual(op *Op) ([]Type, error) {
	cols, err := fusedLayer(op)
	if err != nil {
		return nil, err
	}
	x, qkv := op.Args[0].Type, op.Args[1].Type
	if err := formAttrs(op); err != nil {
		return nil, err
	}
	_, constBeta := op.Attrs["beta"]
	switch kind := op.Str("kind", ""); {
	case kind == "sum" && constBeta:
		return errf("kind=sum has no beta")
	case kind == "delta" && !constBeta:
		cols += int(op.Int("heads", 0)) // the β logits follow v
	}
	if qkv.Last() != C(cols) {
		return errf("qkv %s has %s columns, want %d", qkv, qkv.Last(), cols)
	}
	h, dk, dv := op.Int("heads", 0), op.Int("d_head", 0), op.Int("d_value", 0)
	return []Type{x, stateType(x.Shape[0], C(int(h)), C(int(dv)), C(int(dk)))}, nil
}
