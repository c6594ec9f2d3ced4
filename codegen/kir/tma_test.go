package kir

import (
	"fmt"
	"strings"
	"testing"
)

// TestSharedAlign: arrays aligned beyond 16 bytes come first, each on its
// alignment; the others follow in declaration order.
func TestSharedAlign(t *testing.T) {
	b := New("al", "test", 128)
	b.SharedArray("a", F16, 3)                // 6 bytes, after the aligned ones: at 2192
	b.AlignedSharedArray("k", F16, 520, 1024) // 1040 bytes at 0
	b.AlignedSharedArray("v", F16, 64, 1024)  // at 2048
	b.AlignedSharedArray("m", F16, 8, 128)    // at 2176
	b.SharedArray("bar", I64, 2)              // at 2208
	k, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	off, total := k.SharedOffsets()
	if fmt.Sprint(off) != "[2192 0 2048 2176 2208]" || total != 2224 || k.SharedAlignMax() != 1024 {
		t.Fatalf("offsets %v, total %d, max align %d", off, total, k.SharedAlignMax())
	}
}

// TestSwizzleElem: the 128-byte swizzle written out: 16-bit element e of
// the unswizzled layout, in row r = e/64 (128 bytes) and chunk c = e%64/8,
// lands in chunk c ⊕ (r mod 8) of the same row; and wgmma operands find
// their elements through it.
func TestSwizzleElem(t *testing.T) {
	for e := int64(0); e < 4096; e++ {
		r, c, w := e/64, e%64/8, e%8
		want := r*64 + (c^(r%8))*8 + w
		if got := SwizzleElem(e); got != want {
			t.Fatalf("SwizzleElem(%d) = %d, want %d", e, got, want)
		}
	}
	// K-major, 128-byte swizzle: (mn, k) is row mn, column start%64 + k.
	o := WgmmaSmem{SBO: 1024, LBO: 16, Swizzle: 128}
	if got, want := o.Elem(32, 9, 3), SwizzleElem(9*64+35); got != want {
		t.Errorf("K-major (9, 3) from 32: %d, want %d", got, want)
	}
	// MN-major: (mn, k) is row k, column mn%64; the next 64 of MN LBO on.
	o = WgmmaSmem{SBO: 1024, LBO: 64 * 128, MNMajor: true, Swizzle: 128}
	if got, want := o.Elem(1024, 70, 13), SwizzleElem(1024+64*64+13*64+6); got != want {
		t.Errorf("MN-major (70, 13) from 1024: %d, want %d", got, want)
	}
}

// TestCheckTma: what Check says of malformed TMA and mbarrier code.
func TestCheckTma(t *testing.T) {
	for _, c := range []struct {
		name  string
		build func(b *Builder)
		want  string
	}{
		{"ok", func(b *Builder) {}, ""},
		{"box", func(b *Builder) { b.TensorMapParam("m2", F16, TensorMap{Box: []int{4, 300}}) }, "box dimension 1 is 300"},
		{"inner", func(b *Builder) { b.TensorMapParam("m2", F16, TensorMap{Box: []int{4, 8}}) }, "inner extent is 8 bytes"},
		{"swizzle width", func(b *Builder) { b.TensorMapParam("m2", F16, TensorMap{Box: []int{128, 8}, Swizzle: 128}) }, "more than the 128-byte swizzle"},
		{"swizzle kind", func(b *Builder) { b.TensorMapParam("m2", F16, TensorMap{Box: []int{64, 8}, Swizzle: 64}) }, "swizzle 64, want 0 or 128"},
		{"load a map", func(b *Builder) { b.Let("x", Ld(b.k.Params[0], I(0))) }, "is a tensor map: only cp.async.bulk.tensor reads it"},
		{"coords", func(b *Builder) {
			b.TmaLoad(b.k.Shared[0], I(0), b.k.Params[0], []Expr{I(0), I(0)}, b.k.Shared[2], I(0))
		}, "2 coordinates for the 3 dimensions"},
		{"alignment", func(b *Builder) {
			b.TmaLoad(b.k.Shared[3], I(0), b.k.Params[0], []Expr{I(0), I(0), I(0)}, b.k.Shared[2], I(0))
		}, "aligned to 16 bytes: want 1024"},
		{"barrier type", func(b *Builder) { b.MbarWait(b.k.Shared[0], I(0), I(0)) }, "barrier array ks is f16, want i64"},
		{"count", func(b *Builder) { b.MbarInit(b.k.Shared[2], I(0), 0) }, "count 0"},
		{"not a map", func(b *Builder) {
			b.TmaLoad(b.k.Shared[0], I(0), b.k.Params[1], []Expr{I(0), I(0), I(0)}, b.k.Shared[2], I(0))
		}, "from o, which is not a tensor map"},
		{"swizzled operand", func(b *Builder) {
			acc := make([]*Var, 4)
			for i := range acc {
				acc[i] = b.Var("acc", F(0))
			}
			a := Pack(F16, F(1), F(1))
			b.Wgmma(&Wgmma{N: 8, D: acc, A: [4]Expr{a, a, a, a}, B: WgmmaSmem{Src: b.k.Shared[3], Start: I(0), LBO: 16, SBO: 1024, Swizzle: 128}})
		}, "swizzled in q, aligned to 16 bytes: want 1024"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := New("tma", "test", 128)
			m := b.TensorMapParam("m", F16, TensorMap{Box: []int{64, 16, 1}, Swizzle: 128})
			b.Out("o", F16)
			ks := b.AlignedSharedArray("ks", F16, 64*16, 1024)
			b.AlignedSharedArray("vs", F16, 64*16, 1024)
			bar := b.SharedArray("bar", I64, 1)
			b.SharedArray("q", F16, 64*16)
			b.If(Eq(Tid(), I(0)), func() {
				b.MbarInit(bar, I(0), 1)
				b.FenceMbarInit()
				b.MbarArriveTx(bar, I(0), 2048)
				b.TmaLoad(ks, I(0), m, []Expr{I(0), I(0), I(0)}, bar, I(0))
			})
			b.MbarWait(bar, I(0), I(0))
			c.build(b)
			_, err := b.Build()
			switch {
			case c.want == "" && err != nil:
				t.Fatal(err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Fatalf("got %v, want %q", err, c.want)
			}
		})
	}
}
