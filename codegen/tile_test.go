package codegen

import (
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/codegen/kir"
)

// TestParseTCTile reads tilings, writes them back, and rejects malformed
// ones with what was wrong.
func TestParseTCTile(t *testing.T) {
	for _, c := range []struct {
		in   string
		want TCTile
		out  string // String(); "" means in
	}{
		{"", TCTile{}, ""},
		{"wgmma,overlap,earlys,tma,bk=64", TCTile{Wgmma: true, Overlap: true, EarlyS: true, Tma: true, BK: 64}, ""},
		{" tma , wgmma,overlap , plain", TCTile{Wgmma: true, Overlap: true, Tma: true, TmaPlain: true}, "wgmma,overlap,tma,plain"},
		{"qshared,lazy,mt=2,warps=8,stages=3,mask=all,order=heavy", TCTile{QShared: true, Lazy: true, MT: 2, Warps: 8, Stages: 3, MaskTiles: "all", Order: "heavy"},
			"lazy,qshared,mt=2,warps=8,stages=3,mask=all,order=heavy"},
	} {
		got, err := ParseTCTile(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseTCTile(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
			continue
		}
		out := c.out
		if out == "" {
			out = c.in
		}
		if s := got.String(); s != out {
			t.Errorf("String of %q = %q, want %q", c.in, s, out)
		}
		if back, err := ParseTCTile(got.String()); err != nil || back != got {
			t.Errorf("%q does not read back: %+v, %v", got.String(), back, err)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"wgmma,fast", `unknown flag "fast"`},
		{"bk=x", "bk=x, want a positive integer"},
		{"bk=-16", "bk=-16, want a positive integer"},
		{"depth=2", `unknown key "depth"`},
		{"tma,tma", "tma given twice"},
		{"wgmma,", `unknown flag ""`},
	} {
		if _, err := ParseTCTile(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseTCTile(%q): got %v, want %q", c.in, err, c.want)
		}
	}
}

// FuzzParseTCTile: any text parses or is refused without a panic, and a
// tiling that parses writes back (String) as text that reads back equal.
func FuzzParseTCTile(f *testing.F) {
	for _, s := range []string{"", "wgmma,overlap,earlys,tma,bk=64", "plain,tma", "bk=16,mt=2,warps=8,stages=4,mask=all,order=heavy", "qshared,,", "bk=1e3", "=", "mask="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tile, err := ParseTCTile(s)
		if err != nil {
			return
		}
		back, err := ParseTCTile(tile.String())
		if err != nil || back != tile {
			t.Fatalf("%q parses as %+v, written %q, which reads back as %+v, %v", s, tile, tile.String(), back, err)
		}
	})
}

// compileHybrid compiles examples/hybrid.hopf (f16: two windowed softmax
// layers at d_head 32, then a causal one at d_head 64) for B=1, T=64.
func compileHybrid(t *testing.T, opts Options) (*Program, error) {
	t.Helper()
	return CompileWith(exampleGraph(t, "../examples/hybrid.hopf", 64), opts)
}

// softmaxKernels are p's tensor-core attention kernels by d_head, in
// layer order, each as "wgmma", "tma" (wgmma fed by TMA) or "mma".
func softmaxKernels(p *Program) []string {
	var out []string
	for _, k := range p.Kernels {
		if !strings.Contains(k.Name, "attn") {
			continue
		}
		switch {
		case k.UsesTma():
			out = append(out, "tma")
		case k.UsesWgmma():
			out = append(out, "wgmma")
		case k.Uses(func(s kir.Stmt) bool { _, ok := s.(*kir.Mma); return ok }):
			out = append(out, "mma")
		}
	}
	return out
}

// TestArchTiles: every entry of the per-architecture defaults parses and
// suits a layer of its size.
func TestArchTiles(t *testing.T) {
	for arch, es := range archTiles {
		for _, e := range es {
			tile, err := ParseTCTile(e.Tile)
			if err != nil {
				t.Errorf("%s: %v", arch, err)
				continue
			}
			s := AttnSpec{E: kir.F16, H: 4, DK: e.MaxD, DV: e.MaxD, LD: 3 * 4 * e.MaxD, Softmax: true, Mask: "causal", Scale: 1, Tile: tile}
			if _, err := tcPlan(s); err != nil {
				t.Errorf("%s, d %d: %q: %v", arch, e.MaxD, e.Tile, err)
			}
		}
	}
}

// TestDefaultTileByArch: with Options.Attention zero, each layer takes the
// first entry of its architecture's table that suits it (sm_90a reads as
// sm_90), else the portable defaults; an explicit tiling overrides the
// table; and a kernel the architecture cannot run is an error at its
// layer. The table is replaced here, so the test holds whatever entries
// the measured one has.
func TestDefaultTileByArch(t *testing.T) {
	saved := archTiles
	defer func() { archTiles = saved }()
	archTiles = map[string][]archTile{"sm_90": {
		{MaxD: 64, Tile: "wgmma,overlap,earlys,tma,bk=64"}, // 64-column boxes: not at d_head 32
		{MaxD: 32, Tile: "wgmma,bk=32"},
	}}
	for _, c := range []struct {
		arch, tile string
		want       []string // the softmax layers' kernels: d_head 32 (twice), d_head 64
		err        []string
	}{
		{arch: "", want: []string{"mma", "mma", "mma"}},
		{arch: "sm_80", want: []string{"mma", "mma", "mma"}},
		{arch: "sm_90", want: []string{"wgmma", "wgmma", "tma"}},
		{arch: "sm_90a", want: []string{"wgmma", "wgmma", "tma"}},
		{arch: "sm_90", tile: "bk=32", want: []string{"mma", "mma", "mma"}},
		{arch: "sm_90", tile: "wgmma,overlap,tma,plain", want: []string{"tma", "tma", "tma"}},
		{arch: "sm_80", tile: "wgmma", err: []string{"examples/hybrid.hopf:17:5", "uses wgmma", "the target is sm_80"}},
		{arch: "sm_89", tile: "wgmma,overlap,tma,plain", err: []string{"examples/hybrid.hopf:17:5", "uses TMA"}},
		{arch: "sm_75", err: []string{"sm_80 or later", "the target is sm_75"}},
		{arch: "hopper", err: []string{`architecture "hopper": want sm_XY`}},
		{arch: "sm_60", err: []string{"architecture sm_60: hopf's kernels need sm_70 (Volta) or later"}},
	} {
		tile, err := ParseTCTile(c.tile)
		if err != nil {
			t.Fatal(err)
		}
		p, err := compileHybrid(t, Options{Arch: c.arch, Attention: tile})
		if c.err != nil {
			for _, w := range c.err {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("%s %q: error %v, want one with %q", c.arch, c.tile, err, w)
				}
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %q: %v", c.arch, c.tile, err)
			continue
		}
		if got := softmaxKernels(p); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s %q: softmax layers on %v, want %v", c.arch, c.tile, got, c.want)
		}
	}
}

// TestResolvedTile: the tiling a plan records for a tensor-core attention
// launch (Launch.Tiling, every field resolved) reads back (ParseTCTile)
// as a --tile that generates the same kernels, for the defaults and for
// an explicit Hopper tiling; other launches record none.
func TestResolvedTile(t *testing.T) {
	for _, tile := range []string{"", "wgmma,overlap,earlys,tma,plain,bk=32", "qshared,order=lpt"} {
		in, err := ParseTCTile(tile)
		if err != nil {
			t.Fatal(err)
		}
		p, err := compileHybrid(t, Options{Attention: in})
		if err != nil {
			t.Fatalf("%q: %v", tile, err)
		}
		var got []string
		for _, l := range p.Launches {
			if l.Tiling != "" {
				got = append(got, l.Tiling)
			}
		}
		if len(got) != 3 || got[0] != got[2] {
			t.Fatalf("%q: tilings %q, want the 3 softmax layers' (equal: d_head 32 and 64 take the same)", tile, got)
		}
		back, err := ParseTCTile(got[0])
		if err != nil {
			t.Fatalf("%q: %q does not parse: %v", tile, got[0], err)
		}
		if back.BK == 0 || back.Warps == 0 || back.Stages == 0 || back.MaskTiles == "" || back.Order == "" {
			t.Errorf("%q: %q leaves fields to the defaults", tile, got[0])
		}
		again, err := compileHybrid(t, Options{Attention: back})
		if err != nil {
			t.Fatalf("%q: with %q: %v", tile, got[0], err)
		}
		if a, b := cuda.CUDA.File("h", p.Kernels), cuda.CUDA.File("h", again.Kernels); a != b {
			t.Errorf("%q: --tile %q generates other kernels", tile, got[0])
		}
	}
}
