package codegen

import (
	"strings"
	"testing"
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
