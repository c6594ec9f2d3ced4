package dsl

import (
	"fmt"
	"math"
	"slices"
)

// Attention blocks, the defaults block, repeat expansion.

// Limits of attention settings.
const (
	maxHeads = 1024
	maxDHead = 4096
)

// attnKeys are the settings allowed in attention and defaults blocks.
var attnKeys = []string{
	"heads", "d_head", "d_value", "mask", "scale", "feature", "beta",
	"norm", "residual", "output", "form", "chunk",
}

// setting is one optional setting of a block: stmt is nil when the block
// does not set it; ok is false when its value had an error (already
// reported).
type setting[T any] struct {
	stmt *Stmt
	ok   bool
	val  T
}

func (s setting[T]) set() bool { return s.stmt != nil }

// attnSettings are the settings written in one attention or defaults block.
type attnSettings struct {
	heads, dHead, dValue setting[int]
	mask                 setting[Mask]
	scale                setting[float64]
	feature              setting[FeatureMap]
	beta                 setting[Beta]
	norm                 setting[NormKind]
	residual, output     setting[bool]
	form                 setting[Form]
	chunk                setting[int]
}

// attnSettings checks the statements of an attention block (kind is its
// kind, nil when unknown) or of the defaults block (kind nil).
// Kind-specific rules are checked here only for a known kind; for defaults
// they are checked per block in attention.
func (c *checker) attnSettings(stmts []*Stmt, where string, kind *AttnKind) *attnSettings {
	a := &attnSettings{}
	seen := map[string]*Stmt{}
	for _, s := range stmts {
		if !slices.Contains(attnKeys, s.Key) {
			hint := ""
			if sug := closest(s.Key, attnKeys); sug != "" {
				hint = fmt.Sprintf("; did you mean %q?", sug)
			}
			c.errorf(s.Pos, "unknown setting %q in %s%s", s.Key, where, hint)
			continue
		}
		if prev := seen[s.Key]; prev != nil {
			c.errorf(s.Pos, "duplicate setting %q (first set at line %d)", s.Key, prev.Pos.Line)
			continue
		}
		seen[s.Key] = s
		c.noBody(s)
		c.attnSetting(a, s, kind)
	}
	return a
}

// parse sets st from statement s: ok says whether s has the right number of
// values; f checks the single value.
func parse[T any](st *setting[T], s *Stmt, ok bool, f func(*Value) (T, bool)) {
	st.stmt = s
	if ok {
		st.val, st.ok = f(s.Values[0])
	}
}

// attnSetting checks one attention setting into a.
func (c *checker) attnSetting(a *attnSettings, s *Stmt, kind *AttnKind) {
	switch {
	case s.Key == "beta" && kind != nil && *kind != Delta:
		c.errorf(s.Pos, "beta is only for delta attention, not %s", *kind)
	case s.Key == "feature" && kind != nil && *kind == Softmax:
		c.errorf(s.Pos, "feature is only for linear and delta attention, not softmax")
	case (s.Key == "form" || s.Key == "chunk") && kind != nil && *kind == Softmax:
		c.errorf(s.Pos, "%s is only for linear and delta attention, not softmax", s.Key)
	}
	if s.Key == "mask" {
		c.maskSetting(a, s, kind)
		return
	}
	ok := c.arity(s, 1, 1)
	dim := func(lo, hi int) func(*Value) (int, bool) {
		return func(v *Value) (int, bool) { return c.integer(s.Key, v, lo, hi) }
	}
	onOff := func(v *Value) (bool, bool) {
		i, ok := c.enum(s.Key, onOffWords, v)
		return i == 1, ok
	}
	switch s.Key {
	case "heads":
		parse(&a.heads, s, ok, dim(1, maxHeads))
	case "d_head":
		parse(&a.dHead, s, ok, dim(1, maxDHead))
	case "d_value":
		parse(&a.dValue, s, ok, dim(1, maxDim))
	case "scale":
		parse(&a.scale, s, ok, func(v *Value) (float64, bool) {
			x, ok := c.number("scale", "a number", v)
			if ok && x <= 0 {
				c.errorf(v.Pos, "scale must be > 0, got %s", formatFloat(x))
				return 0, false
			}
			if ok && !c.float32Positive("scale", x, v.Pos) {
				return 0, false
			}
			return x, ok
		})
	case "feature":
		parse(&a.feature, s, ok, func(v *Value) (FeatureMap, bool) {
			i, ok := c.enum("feature", featureWords, v)
			return FeatureMap(i), ok
		})
	case "beta":
		parse(&a.beta, s, ok, func(v *Value) (Beta, bool) {
			if v.Ident != nil && *v.Ident == "learned" {
				return Beta{Learned: true}, true
			}
			x, ok := c.number("beta", "learned or a number", v)
			if ok && (x <= 0 || x > 2) {
				c.errorf(v.Pos, "beta must be in (0, 2], got %s", formatFloat(x))
				return Beta{}, false
			}
			if ok && !c.float32Positive("beta", x, v.Pos) {
				return Beta{}, false
			}
			return Beta{Value: x}, ok
		})
	case "norm":
		parse(&a.norm, s, ok, func(v *Value) (NormKind, bool) {
			i, ok := c.enum("norm", normWords, v)
			return NormKind(i), ok
		})
	case "residual":
		parse(&a.residual, s, ok, onOff)
	case "output":
		parse(&a.output, s, ok, onOff)
	case "form":
		parse(&a.form, s, ok, func(v *Value) (Form, bool) {
			i, ok := c.enum("form", formWords, v)
			return Form(i), ok
		})
	case "chunk":
		parse(&a.chunk, s, ok, dim(1, maxContext))
	}
}

// maskSetting checks `mask causal|strict|none` and `mask window N`.
func (c *checker) maskSetting(a *attnSettings, s *Stmt, kind *AttnKind) {
	a.mask.stmt = s
	if !c.arity(s, 1, 2) {
		return
	}
	i, ok := c.enum("mask", maskWords, s.Values[0])
	if !ok {
		return
	}
	m := Mask{Kind: MaskKind(i)}
	switch {
	case m.Kind == MaskWindow && len(s.Values) == 1:
		c.errorf(s.Values[0].Pos, "mask window wants a size: `mask window N`")
		return
	case m.Kind == MaskWindow:
		if m.Window, ok = c.integer("mask window", s.Values[1], 1, maxContext); !ok {
			return
		}
	case len(s.Values) == 2:
		c.errorf(s.Values[1].Pos, "mask %s wants no further value", m.Kind)
		return
	}
	a.mask.val, a.mask.ok = m, true
	if kind != nil {
		if msg := maskKindError(m, *kind); msg != "" {
			c.errorf(s.Values[0].Pos, "%s", msg)
		}
	}
}

// maskKindError says why mask m is not allowed for attention kind k, or "".
func maskKindError(m Mask, k AttnKind) string {
	switch {
	case k == Softmax && m.Kind == MaskStrict:
		return "mask strict is only for linear and delta attention, not softmax"
	case k == Delta && m.Kind != MaskCausal && m.Kind != MaskStrict:
		return fmt.Sprintf("delta attention allows only mask causal or strict, got %s", m)
	}
	return ""
}

// choose returns the block's own setting, else the default's, else dflt,
// with the statement it came from (nil for dflt).
func choose[T any](own, def setting[T], dflt T) (T, bool, *Stmt) {
	if own.set() {
		return own.val, own.ok, own.stmt
	}
	if def.set() {
		return def.val, def.ok, def.stmt
	}
	return dflt, true, nil
}

// attention checks one attention block and resolves it into a Layer (Index
// is set on expansion). It returns nil when the block has no body.
func (c *checker) attention(st *modelState, s *Stmt) *Layer {
	var kind *AttnKind
	if c.arity(s, 1, 1) {
		if i, ok := c.enum("attention kind", attnWords, s.Values[0]); ok {
			k := AttnKind(i)
			kind = &k
		}
	}
	if !c.needBody(s) {
		return nil
	}
	own := c.attnSettings(s.Body.Stmts, "attention block", kind)
	def := st.defaults
	if def == nil {
		def = &attnSettings{}
	}
	l := &Layer{Pos: c.pos(s.Pos)}
	if kind != nil {
		l.Kind = *kind
	}
	required := func(name string, own, def setting[int]) (int, bool) {
		v, ok, from := choose(own, def, 0)
		if from == nil {
			c.errorf(s.Pos, "attention block is missing %s", name)
			return 0, false
		}
		return v, ok
	}
	var okH, okD, okV bool
	l.Heads, okH = required("heads", own.heads, def.heads)
	l.DHead, okD = required("d_head", own.dHead, def.dHead)
	l.DValue, okV, _ = choose(own.dValue, def.dValue, l.DHead)
	if !own.dValue.set() && !def.dValue.set() {
		okV = okD
	}

	var from *Stmt
	var ok bool
	l.Mask, ok, from = choose(own.mask, def.mask, Mask{Kind: MaskCausal})
	if ok && kind != nil && from != nil && from == def.mask.stmt {
		if msg := maskKindError(l.Mask, *kind); msg != "" {
			c.errorf(s.Values[0].Pos, "%s (mask from defaults at line %d); set mask in this block", msg, from.Pos.Line)
		}
	}
	switch {
	case own.scale.set() || def.scale.set():
		l.Scale, _, _ = choose(own.scale, def.scale, 0)
	case l.Kind == Softmax && okD:
		l.Scale = 1 / math.Sqrt(float64(l.DHead))
	default:
		l.Scale = 1
	}
	if l.Kind != Softmax {
		l.Feature, _, _ = choose(own.feature, def.feature, FeatureIdentity)
	}
	if l.Kind == Delta {
		l.Beta, _, _ = choose(own.beta, def.beta, Beta{Learned: true})
	}
	if l.Kind != Softmax {
		l.Form, _, _ = choose(own.form, def.form, FormAuto)
		var cfrom *Stmt
		l.Chunk, _, cfrom = choose(own.chunk, def.chunk, 0)
		switch {
		case cfrom != nil && l.Form != FormChunked && l.Form != FormAuto:
			c.errorf(cfrom.Pos, "chunk is only for form chunked, not form %s", l.Form)
		case cfrom != nil && l.Form == FormAuto:
			l.Form = FormChunked // a chunk size asks for the chunked form
		}
		if l.Form != FormParallel && l.Form != FormAuto && l.Mask.Kind != MaskCausal && l.Mask.Kind != MaskStrict {
			c.errorf(s.Pos, "form %s needs mask causal or strict (the fast-weight state runs forward in time), got mask %s", l.Form, l.Mask)
		}
	}
	l.Norm, _, _ = choose(own.norm, def.norm, NormNone)
	l.Residual, _, _ = choose(own.residual, def.residual, true)
	l.Output, ok, from = choose(own.output, def.output, true)
	if ok && !l.Output && okH && okV && st.ok["d_model"] && l.Heads*l.DValue != st.m.DModel {
		p, note := s.Pos, fmt.Sprintf(" (output off from defaults at line %d)", from.Pos.Line)
		if from == own.output.stmt {
			p, note = from.Values[0].Pos, ""
		}
		c.errorf(p, "inconsistent dimensions: output off needs heads*d_value == d_model, got %d*%d = %d and d_model %d%s",
			l.Heads, l.DValue, l.Heads*l.DValue, st.m.DModel, note)
	}
	return l
}

// unit is an attention block or a repeat, checked once however often it is
// expanded.
type unit struct {
	layer *Layer // attention (nil when it had no body)
	rep   int    // repeat count
	body  []unit // repeat body; nil for attention
	isRep bool
}

// units checks attention and repeat statements; in a repeat body every
// other statement is an error.
func (c *checker) units(st *modelState, stmts []*Stmt) []unit {
	var us []unit
	for _, s := range stmts {
		switch s.Key {
		case "attention":
			us = append(us, unit{layer: c.attention(st, s)})
		case "repeat":
			rep := 1
			if c.arity(s, 1, 1) {
				if n, ok := c.integer("repeat", s.Values[0], 1, maxRepeat); ok {
					rep = n
				}
			}
			if c.needBody(s) {
				us = append(us, unit{rep: rep, body: c.units(st, s.Body.Stmts), isRep: true})
			}
		default:
			if slices.Contains(modelKeys, s.Key) || slices.Contains(attnKeys, s.Key) {
				c.errorf(s.Pos, "%s is not allowed in repeat (only attention and repeat blocks)", s.Key)
				continue
			}
			hint := ""
			if sug := closest(s.Key, []string{"attention", "repeat"}); sug != "" {
				hint = fmt.Sprintf("; did you mean %q?", sug)
			}
			c.errorf(s.Pos, "unknown setting %q in repeat block%s", s.Key, hint)
		}
	}
	return us
}

// countLayers counts the layers units expand to, saturating above maxLayers.
func countLayers(us []unit) int {
	n := 0
	for _, u := range us {
		if u.isRep {
			n += u.rep * countLayers(u.body)
		} else {
			n++
		}
		if n > maxLayers {
			return maxLayers + 1
		}
	}
	return n
}

// expand appends the layers of us to out, numbering them.
func expand(us []unit, out []Layer) []Layer {
	for _, u := range us {
		if u.isRep {
			for range u.rep {
				out = expand(u.body, out)
			}
		} else if u.layer != nil {
			l := *u.layer
			l.Index = len(out)
			out = append(out, l)
		}
	}
	return out
}

// layers checks the attention and repeat statements of the model body and,
// when the file has no errors, expands them into the model's layers.
func (c *checker) layers(st *modelState, stmts []*Stmt) {
	us := c.units(st, stmts)
	name := st.decl.Name
	switch n := countLayers(us); {
	case n == 0:
		c.errorf(name.Pos, "model %s has no attention layers", st.m.Name)
	case n > maxLayers:
		c.errorf(name.Pos, "model %s has more than %d layers", st.m.Name, maxLayers)
	}
	if len(c.errs) == 0 {
		st.m.Layers = expand(us, nil)
	}
}
