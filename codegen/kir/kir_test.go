package kir

import (
	"fmt"
	"strings"
	"testing"
)

// scale is y[i] = a·x[i] for i < n: the smallest complete kernel.
func scale(t *testing.T) *Kernel {
	b := New("scale", "test", 128)
	x, y := b.In("x", F32), b.Out("y", F32)
	n := b.Scalar("n")
	i := b.Let("i", Add(Mul(Bid(), Bdim()), Tid()))
	b.If(Lt(i, n), func() { b.Store(y, i, Mul(Ld(x, i), F(2))) })
	k, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestBuild(t *testing.T) {
	k := scale(t)
	if len(k.Params) != 3 || k.Threads() != 128 || len(k.Body) != 2 {
		t.Fatalf("kernel %+v", k)
	}
	b := New("red", "test", 64)
	s := b.SharedArray("s", F32, 64)
	if k2, err := b.Build(); err != nil || k2.SharedBytes() != 256 || s.Len != 64 {
		t.Fatalf("shared: %v %v", k2, err)
	}
}

// TestSharedLayout: arrays at multiples of 16 bytes, in declaration order;
// beyond 48 KiB a kernel's arrays are dynamic.
func TestSharedLayout(t *testing.T) {
	b := New("lay", "test", 32)
	b.SharedArray("a", F16, 3) // 6 bytes
	b.SharedArray("b", F32, 5) // at 16, 20 bytes
	b.SharedArray("c", F16, 8) // at 48
	k, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	off, total := k.SharedOffsets()
	if fmt.Sprint(off) != "[0 16 48]" || total != 64 || k.SharedBytes() != 64 || k.DynamicShared() {
		t.Fatalf("offsets %v, total %d, dynamic %v", off, total, k.DynamicShared())
	}
	for _, c := range []struct {
		elems   int
		dynamic bool
	}{{12 * 1024, false}, {12*1024 + 1, true}, {227 * 256, true}} {
		b := New("big", "test", 32)
		b.SharedArray("s", F32, c.elems)
		k, err := b.Build()
		if err != nil {
			t.Fatalf("%d floats: %v", c.elems, err)
		}
		if k.DynamicShared() != c.dynamic {
			t.Errorf("%d floats: dynamic %v, want %v", c.elems, k.DynamicShared(), c.dynamic)
		}
	}
}

// TestCheck plants one type error per case and expects its message.
func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		build func(b *Builder)
		want  string
	}{
		{"mixed types", func(b *Builder) { b.Let("a", Add(I(1), F(1))) }, "operand types differ"},
		{"f32 index", func(b *Builder) { x := b.In("x", F32); b.Let("a", Ld(x, F(0))) }, "index or bound has type f32, want i64"},
		{"store to input", func(b *Builder) { x := b.In("x", F32); b.Store(x, I(0), F(1)) }, "store to read-only parameter x"},
		{"store type", func(b *Builder) { y := b.Out("y", F32); b.Store(y, I(0), I(1)) }, "store of i64 into y of f32"},
		{"if not bool", func(b *Builder) { b.If(I(1), func() {}) }, "if condition is i64, want bool"},
		{"exp of int", func(b *Builder) { b.Let("a", Exp(I(1))) }, "exp of i64, want f32"},
		{"cp.async valid not bool", func(b *Builder) {
			x, s := b.In("x", F16), b.SharedArray("s", F16, 64)
			b.CopyAsyncZfill(s, I(0), x, I(0), 8, I(1))
		}, "cp.async valid is i64, want bool"},
		{"and of ints", func(b *Builder) { b.Let("a", And(I(1), I(2))) }, "&& of i64, want bool"},
		{"rem of floats", func(b *Builder) { b.Let("a", Rem(F(1), F(2))) }, "% of f32, want an integer type"},
		{"register out of scope", func(b *Builder) {
			var v *Var
			b.If(True, func() { v = b.Var("v", I(0)) })
			b.Let("w", Add(V(v), I(1)))
		}, "register v used outside its scope"},
		{"assign wrong type", func(b *Builder) { v := b.Var("v", I(0)); b.Set(v, F(1)) }, "register v is i64, assigned f32"},
		{"select arms", func(b *Builder) { b.Let("a", Sel(True, I(1), F(1))) }, "select wants a bool condition and equal arms"},
		{"pointer as value", func(b *Builder) {
			x := b.In("x", F32)
			b.Let("a", Add(&ParamRef{P: x}, F(1)))
		}, "pointer parameter x used as a value"},
		{"too much shared", func(b *Builder) { b.SharedArray("s", F32, 227*256+1) }, "shared memory"},
		{"shuffle of bool", func(b *Builder) { b.Let("a", ShflXor(True, I(1))) }, "shuffle of bool"},
		{"f16 max", func(b *Builder) { h := b.In("h", F16); b.Let("a", Max(Ld(h, I(0)), Ld(h, I(1)))) }, "max of f16: do arithmetic in f32"},
		{"f16 abs", func(b *Builder) { h := b.In("h", F16); b.Let("a", Abs(Ld(h, I(0)))) }, "abs of f16"},
		{"bool buffer", func(b *Builder) { b.In("m", Bool) }, "pointer parameter m of bool"},
		{"cast to void", func(b *Builder) { b.Let("a", To(Void, I(0))) }, "cast to void"},
		{"bad operator", func(b *Builder) { b.Let("a", &Bin{Op: 99, A: I(0), B: I(1)}) }, "unknown binary operator"},
		{"mma of f32", func(b *Builder) { mmaCase(b, F32, F32, F32) }, "mma: A and B are f32, want f16 or bf16"},
		{"mma mixed halves", func(b *Builder) { mmaCase(b, F16, BF16, F32) }, "mma: A and B mix f16 and bf16"},
		{"mma f16 accumulator", func(b *Builder) { mmaCase(b, F16, F16, F16) }, "mma: C is f16, want f32"},
		{"ldmatrix of f32", func(b *Builder) { b.LdMatrix("d", b.SharedArray("s", F32, 64), I(0), 1, false) }, "ldmatrix from s of f32, want f16 or bf16"},
		{"ldmatrix x3", func(b *Builder) {
			s := b.SharedArray("s", F16, 64)
			d := b.LdMatrix("d", s, I(0), 3, false)
			_ = d
		}, "ldmatrix into 6 registers, want 2, 4 or 8"},
		{"copy of 12 bytes", func(b *Builder) { b.Copy(b.Out("y", F32), I(0), b.In("x", F32), I(0), 3) }, "copy of 3 elements of f32 (12 bytes)"},
		{"copy across types", func(b *Builder) { b.Copy(b.Out("y", F32), I(0), b.In("x", F16), I(0), 8) }, "copy from x of f16 into y of f32"},
		{"copy into input", func(b *Builder) { x := b.In("x", F16); b.Copy(x, I(0), x, I(8), 8) }, "copy into read-only parameter x"},
		{"mma into i64", func(b *Builder) {
			x := To(F16, F(1))
			d := b.Var("d", I(0))
			b.Mma([4]*Var{d, d, d, d}, [8]Expr{x, x, x, x, x, x, x, x}, [4]Expr{x, x, x, x}, [4]Expr{F(0), F(0), F(0), F(0)})
		}, "result register d is i64, want f32"},
		{"wgmma in 32 threads", func(b *Builder) { wgCase(b, 8, 4, F16, nil) }, "wgmma in a block of 32 threads, want at least one whole warpgroup"},
		{"wgmma N", func(b *Builder) { wgCase(b, 12, 6, F16, nil) }, "wgmma m64n12k16: N must be a multiple of 8"},
		{"wgmma accumulators", func(b *Builder) { wgCase(b, 16, 4, F16, nil) }, "wgmma m64n16k16 with 4 accumulator registers, want 8"},
		{"wgmma of f32", func(b *Builder) { wgCase(b, 8, 4, F32, nil) }, "wgmma: B from s of f32, want f16 or bf16"},
		{"wgmma LBO", func(b *Builder) {
			s := b.SharedArray("s", F16, 1024)
			d := []*Var{b.Var("d", F(0)), b.Var("d", F(0)), b.Var("d", F(0)), b.Var("d", F(0))}
			o := WgmmaSmem{Src: s, Start: I(0), LBO: 100, SBO: 256}
			b.Wgmma(&Wgmma{N: 8, D: d, ASmem: &o, B: o})
		}, "wgmma: B's LBO 100 bytes, want a positive multiple of 16"},
		{"wgmma A not packed", func(b *Builder) {
			x := F(1)
			wgCase(b, 8, 4, F16, &[4]Expr{x, x, x, x})
		}, "wgmma: A register is f32, want i32"},
		{"wgmma A of another type", func(b *Builder) {
			x := Pack(BF16, F(1), F(2))
			wgCase(b, 8, 4, F16, &[4]Expr{x, x, x, x})
		}, "wgmma: A packs bf16, B is f16"},
		{"pack into f32", func(b *Builder) { b.Let("p", Pack(F32, F(1), F(2))) }, "pack into f32, want f16 or bf16"},
		{"wgmma wait 9", func(b *Builder) { b.WgmmaWait(9) }, "wgmma.wait_group 9, want 0..7"},
		{"wgmma fence of i64", func(b *Builder) { b.WgmmaFence(b.Var("i", I(0))) }, "wgmma.fence: register i is i64, want f32 or i32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := New("k", "test", 32)
			tt.build(b)
			_, err := b.Build()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	if err := Check(&Kernel{Name: "bad name", Block: [3]int{2048, 1, 1}}); err == nil ||
		!strings.Contains(err.Error(), "not a C identifier") || !strings.Contains(err.Error(), "want 1..1024") {
		t.Errorf("name and block checks: %v", err)
	}
}

// mmaCase emits an mma with A of type a, B of type bt and C of type c.
func mmaCase(b *Builder, a, bt, c Type) {
	x, y, z := To(a, F(1)), To(bt, F(1)), To(c, F(0))
	d := b.Var("d", F(0))
	b.Mma([4]*Var{d, d, d, d}, [8]Expr{x, x, x, x, x, x, x, x}, [4]Expr{y, y, y, y}, [4]Expr{z, z, z, z})
}

// wgCase emits a wgmma m64nNk16 with nd accumulators, B (and A unless
// regs are given) from a shared array of type e.
func wgCase(b *Builder, n, nd int, e Type, regs *[4]Expr) {
	s := b.SharedArray("s", e, 1024)
	var d []*Var
	for i := 0; i < nd; i++ {
		d = append(d, b.Var("d", F(0)))
	}
	o := WgmmaSmem{Src: s, Start: I(0), LBO: 128, SBO: 256}
	w := &Wgmma{N: n, D: d, B: o}
	if regs != nil {
		w.A = *regs
	} else {
		w.ASmem = &o
	}
	b.Wgmma(w)
}
