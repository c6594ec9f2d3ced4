package codegen

import (
	"fmt"
	"strconv"
	"strings"
)

// Options choose among the kernels codegen can generate for one graph.
type Options struct {
	// Attention is the tiling of the softmax attention layers that run on
	// tensor cores (f16 or bf16 models; AttnSpec.TensorCores); the zero
	// value takes tcPlan's defaults. It must suit every such layer: a
	// tiling a layer cannot take (TMA's 64-column boxes at d_head 32, say)
	// is an error naming the layer, not a silent fallback.
	Attention TCTile
	// Arch is the GPU architecture the kernels are for ("sm_90", "sm_90a";
	// "" for any GPU). Where Attention is zero it picks each layer's
	// tiling (DefaultTile), and a layer whose kernel the architecture
	// cannot run (wgmma off sm_90, TMA before it) is an error at that
	// layer, before any module is built.
	Arch string
}

// archTile is a default tiling of tensor-core attention on one
// architecture, for layers whose d_head and d_value are at most MaxD.
type archTile struct {
	MaxD int
	Tile string // as ParseTCTile reads it
}

// archTiles are the default tilings by architecture (sm_90a is sm_90),
// tried in order: a layer takes the first whose MaxD it is within and
// whose tiling it can take (tcPlan). An architecture not listed, and a
// layer no entry suits, take tcPlan's portable defaults: mma.sync, which
// runs on every GPU from sm_80 on.
//
// An entry goes in once a device run has measured it, on that
// architecture, both correct and faster than the portable defaults
// (docs/gpu-results.md). None has been: Hopper's wgmma and TMA kernels
// have not run on a GPU yet, so sm_90 has no entry. The device check
// runs a candidate through every path a default takes (hopf run
// --tile, the module cache, the tensor maps of a model's plan), so the
// entry can go in on the evidence of one run.
var archTiles = map[string][]archTile{}

// DefaultTile is the tiling a tensor-core attention layer s takes on
// arch when Options.Attention is zero: the first archTiles entry that
// suits it, else the zero TCTile (tcPlan's portable defaults).
func DefaultTile(arch string, s AttnSpec) TCTile {
	cc, ok := computeCapability(arch)
	if !ok {
		return TCTile{}
	}
	for _, e := range archTiles[fmt.Sprintf("sm_%d", cc)] {
		if s.DK > e.MaxD || s.DV > e.MaxD {
			continue
		}
		t, err := ParseTCTile(e.Tile)
		if err != nil {
			panic(fmt.Sprintf("codegen: archTiles %s: %v", arch, err)) // a bad table entry: TestArchTiles catches it
		}
		s.Tile = t
		if _, err := tcPlan(s); err == nil {
			return t
		}
	}
	return TCTile{}
}

// Check reports an Arch that is neither "" nor sm_XY[a] of sm_70 or
// later. (Whether a
// tiling suits a layer is for CompileWith to say, at the layer.)
func (o Options) Check() error {
	if o.Arch == "" {
		return nil
	}
	cc, ok := computeCapability(o.Arch)
	if !ok || cc < 10 {
		return fmt.Errorf("architecture %q: want sm_XY (sm_80, sm_90, sm_90a, …)", o.Arch)
	}
	if cc < 70 {
		return fmt.Errorf("architecture %s: hopf's kernels need sm_70 (Volta) or later (f16 and bf16 models sm_80)", o.Arch)
	}
	return nil
}

// tileFlags are TCTile's boolean fields by their ParseTCTile names.
var tileFlags = []struct {
	name string
	get  func(*TCTile) *bool
}{
	{"wgmma", func(t *TCTile) *bool { return &t.Wgmma }},
	{"overlap", func(t *TCTile) *bool { return &t.Overlap }},
	{"earlys", func(t *TCTile) *bool { return &t.EarlyS }},
	{"lazy", func(t *TCTile) *bool { return &t.Lazy }},
	{"tma", func(t *TCTile) *bool { return &t.Tma }},
	{"plain", func(t *TCTile) *bool { return &t.TmaPlain }},
	{"producer", func(t *TCTile) *bool { return &t.Producer }},
	{"pingpong", func(t *TCTile) *bool { return &t.PingPong }},
	{"qshared", func(t *TCTile) *bool { return &t.QShared }},
}

// tileInts are TCTile's integer fields by their ParseTCTile keys.
var tileInts = []struct {
	name string
	get  func(*TCTile) *int
}{
	{"bk", func(t *TCTile) *int { return &t.BK }},
	{"mt", func(t *TCTile) *int { return &t.MT }},
	{"warps", func(t *TCTile) *int { return &t.Warps }},
	{"stages", func(t *TCTile) *int { return &t.Stages }},
}

// TileSyntax describes ParseTCTile's input, for help texts.
const TileSyntax = `comma-separated: the flags wgmma, overlap, earlys, lazy, tma, plain, producer, pingpong, qshared; bk=N (keys a tile), mt=N (row tiles a warp), warps=N, stages=N, mask=all|edge, order=launch|heavy|lpt; e.g. "wgmma,overlap,earlys,tma,bk=64"`

// ParseTCTile reads a tiling written as TileSyntax says ("" is the
// defaults). Which combinations are valid is for the generator to say
// (AttentionKernel), with the layer's head sizes at hand.
func ParseTCTile(s string) (TCTile, error) {
	var t TCTile
	if strings.TrimSpace(s) == "" {
		return t, nil
	}
	seen := map[string]bool{}
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		key, val, hasVal := strings.Cut(item, "=")
		if seen[key] {
			return t, fmt.Errorf("tile %q: %s given twice", s, key)
		}
		seen[key] = true
		if !hasVal {
			ok := false
			for _, f := range tileFlags {
				if f.name == key {
					*f.get(&t), ok = true, true
				}
			}
			if !ok {
				return t, fmt.Errorf("tile %q: unknown flag %q (want %s)", s, key, TileSyntax)
			}
			continue
		}
		switch key {
		case "mask":
			t.MaskTiles = val
			continue
		case "order":
			t.Order = val
			continue
		}
		ok := false
		for _, f := range tileInts {
			if f.name != key {
				continue
			}
			n, err := strconv.Atoi(val)
			if err != nil || n <= 0 {
				return t, fmt.Errorf("tile %q: %s=%s, want a positive integer", s, key, val)
			}
			*f.get(&t), ok = n, true
		}
		if !ok {
			return t, fmt.Errorf("tile %q: unknown key %q (want %s)", s, key, TileSyntax)
		}
	}
	return t, nil
}

// String writes t as ParseTCTile reads it ("" for the defaults): flags
// first, then keys, in a fixed order.
func (t TCTile) String() string {
	var out []string
	for _, f := range tileFlags {
		if *f.get(&t) {
			out = append(out, f.name)
		}
	}
	for _, f := range tileInts {
		if n := *f.get(&t); n != 0 {
			out = append(out, fmt.Sprintf("%s=%d", f.name, n))
		}
	}
	if t.MaskTiles != "" {
		out = append(out, "mask="+t.MaskTiles)
	}
	if t.Order != "" {
		out = append(out, "order="+t.Order)
	}
	return strings.Join(out, ",")
}

// ResolvedTile is the tiling the tensor-core kernel of s uses, every field
// set as tcPlan resolved it (keys a tile, row tiles a warp, warps,
// stages, where the mask goes, the order), so that its String is a --tile
// that reproduces the kernel whatever the defaults become.
func ResolvedTile(s AttnSpec) (TCTile, error) {
	l, err := tcPlan(s)
	if err != nil {
		return TCTile{}, err
	}
	t := s.Tile
	t.BK, t.MT, t.Warps, t.Stages = l.BK, l.MT, l.Warps, l.Stages
	t.MaskTiles, t.Order = "edge", "launch"
	if l.MaskAll {
		t.MaskTiles = "all"
	}
	switch {
	case l.Heavy:
		t.Order = "heavy"
	case l.LPT:
		t.Order = "lpt"
	}
	return t, nil
}
