package sim_test

import (
	"math"
	"math/rand"
	"testing"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim"
)

func TestVecAdd(t *testing.T) {
	for _, tc := range []struct {
		n, grid, workers int
	}{
		{1000, 8, 0},  // last block partly idle
		{1000, 10, 2}, // two idle blocks
		{128, 1, 1},
		{1, 1, 3},
	} {
		r := rand.New(rand.NewSource(1))
		x, y := randF32(r, tc.n), randF32(r, tc.n)
		z := make([]float32, tc.n)
		err := sim.Run(vecAdd(t, true), sim.Launch{Grid: [3]int{tc.grid, 1, 1},
			Args: []sim.Arg{&sim.Buffer{F32: x}, &sim.Buffer{F32: y}, &sim.Buffer{F32: z}, int64(tc.n)}},
			sim.Options{Races: true, Workers: tc.workers})
		if err != nil {
			t.Fatalf("n=%d grid=%d: %v", tc.n, tc.grid, err)
		}
		for i := range z {
			if z[i] != x[i]+y[i] {
				t.Fatalf("n=%d: z[%d] = %v, want %v", tc.n, i, z[i], x[i]+y[i])
			}
		}
	}
}

func TestMatmul(t *testing.T) {
	for _, tc := range []struct{ m, n, k int }{
		{70, 83, 45}, // no dimension a multiple of 16
		{64, 80, 48},
		{1, 1, 1},
		{17, 5, 33},
	} {
		r := rand.New(rand.NewSource(2))
		a, b := randF32(r, tc.m*tc.k), randF32(r, tc.k*tc.n)
		c := make([]float32, tc.m*tc.n)
		err := sim.Run(matmul(t, 0), sim.Launch{Grid: gridFor(tc.m, tc.n),
			Args: []sim.Arg{&sim.Buffer{F32: a}, &sim.Buffer{F32: b}, &sim.Buffer{F32: c}, int64(tc.m), int64(tc.n), int64(tc.k)}}, checked())
		if err != nil {
			t.Fatalf("%v: %v", tc, err)
		}
		want := matmulRef(a, b, tc.m, tc.n, tc.k)
		for i := range c {
			if c[i] != want[i] {
				t.Fatalf("%v: C[%d] = %v, want %v", tc, i, c[i], want[i])
			}
		}
	}
}

func TestReduce(t *testing.T) {
	for _, n := range []int{256, 1000, 5000} {
		r := rand.New(rand.NewSource(3))
		x := randF32(r, n)
		blocks := (n + 255) / 256
		out := make([]float32, blocks)
		err := sim.Run(reduce(t, false, false), sim.Launch{Grid: [3]int{blocks, 1, 1},
			Args: []sim.Arg{&sim.Buffer{F32: x}, &sim.Buffer{F32: out}, int64(n)}}, checked())
		if err != nil {
			t.Fatal(err)
		}
		want := reduceRef(x, blocks)
		for i := range out {
			if out[i] != want[i] {
				t.Fatalf("n=%d: out[%d] = %v, want %v", n, i, out[i], want[i])
			}
		}
	}
}

func TestWarpSum(t *testing.T) {
	const threads, blocks = 64, 3
	n := threads * blocks
	r := rand.New(rand.NewSource(4))
	x := randF32(r, n)
	all, lane0, src, dn := make([]float32, n), make([]float32, n/32), make([]int64, n), make([]int64, n)
	err := sim.Run(warpSum(t, threads), sim.Launch{Grid: [3]int{blocks, 1, 1},
		Args: []sim.Arg{&sim.Buffer{F32: x}, &sim.Buffer{F32: all}, &sim.Buffer{F32: lane0}, &sim.Buffer{I64: src}, &sim.Buffer{I64: dn}}}, checked())
	if err != nil {
		t.Fatal(err)
	}
	wantAll, wantLane0 := warpSumRef(x)
	for i := range all {
		if all[i] != wantAll[i] {
			t.Fatalf("all[%d] = %v, want %v", i, all[i], wantAll[i])
		}
		if want := int64(i/32*32 + 3); src[i] != want {
			t.Fatalf("src[%d] = %d, want %d", i, src[i], want)
		}
		want := int64(i + 20)
		if i%32 >= 12 {
			want = int64(i) // the source lane is past the warp
		}
		if dn[i] != want {
			t.Fatalf("dn[%d] = %d, want %d", i, dn[i], want)
		}
	}
	for i := range lane0 {
		if lane0[i] != wantLane0[i] {
			t.Fatalf("lane0[%d] = %v, want %v", i, lane0[i], wantLane0[i])
		}
	}
	// The butterfly gives every lane the same sum; check it against a plain sum.
	var s float64
	for _, v := range x[:32] {
		s += float64(v)
	}
	if math.Abs(float64(all[5])-s) > 1e-4*math.Max(1, math.Abs(s)) {
		t.Fatalf("warp 0 sums to %v, want %v", all[5], s)
	}
}

// TestPartialWarp: a block of 48 threads has a warp of 16 lanes; a
// butterfly over masks 8..1 stays inside it.
func TestPartialWarp(t *testing.T) {
	b := New("partial", "test", 48)
	out := b.Out("out", I64)
	v := b.Var("v", Tid())
	for m := int64(8); m >= 1; m /= 2 {
		b.Set(v, Add(V(v), ShflXor(V(v), I(m))))
	}
	b.Store(out, Tid(), V(v))
	got := make([]int64, 48)
	if err := sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{&sim.Buffer{I64: got}}}, checked()); err != nil {
		t.Fatal(err)
	}
	for i, g := range got {
		base := i / 16 * 16
		want := int64(16*base + 120) // sum of base..base+15
		if g != want {
			t.Fatalf("out[%d] = %d, want %d", i, g, want)
		}
	}
}

// TestIndices checks threadIdx, blockIdx, blockDim and gridDim in three
// dimensions.
func TestIndices(t *testing.T) {
	b := New("idx", "test", 4, 2, 3)
	out := b.Out("out", I64)
	dims := b.Out("dims", I64)
	tl := b.Let("tl", Add(Sp(ThreadIdxX), Mul(Sp(BlockDimX), Add(Sp(ThreadIdxY), Mul(Sp(BlockDimY), Sp(ThreadIdxZ))))))
	bl := b.Let("bl", Add(Sp(BlockIdxX), Mul(Sp(GridDimX), Add(Sp(BlockIdxY), Mul(Sp(GridDimY), Sp(BlockIdxZ))))))
	code := Add(Add(Sp(ThreadIdxX), Mul(I(10), Sp(ThreadIdxY))), Add(Mul(I(100), Sp(ThreadIdxZ)),
		Add(Mul(I(1000), Sp(BlockIdxX)), Add(Mul(I(10000), Sp(BlockIdxY)), Mul(I(100000), Sp(BlockIdxZ))))))
	b.Store(out, Add(Mul(bl, I(24)), tl), code)
	b.If(And(Eq(tl, I(0)), Eq(bl, I(0))), func() {
		for i, k := range []SpecialKind{BlockDimX, BlockDimY, BlockDimZ, GridDimX, GridDimY, GridDimZ} {
			b.Store(dims, I(int64(i)), Sp(k))
		}
	})
	grid := [3]int{2, 3, 2}
	got, gotDims := make([]int64, 24*12), make([]int64, 6)
	if err := sim.Run(build(t, b), sim.Launch{Grid: grid, Args: []sim.Arg{&sim.Buffer{I64: got}, &sim.Buffer{I64: gotDims}}}, checked()); err != nil {
		t.Fatal(err)
	}
	for bz := 0; bz < 2; bz++ {
		for by := 0; by < 3; by++ {
			for bx := 0; bx < 2; bx++ {
				for tz := 0; tz < 3; tz++ {
					for ty := 0; ty < 2; ty++ {
						for tx := 0; tx < 4; tx++ {
							i := ((bz*3+by)*2+bx)*24 + (tz*2+ty)*4 + tx
							want := int64(tx + 10*ty + 100*tz + 1000*bx + 10000*by + 100000*bz)
							if got[i] != want {
								t.Fatalf("out[%d] = %d, want %d", i, got[i], want)
							}
						}
					}
				}
			}
		}
	}
	if want := []int64{4, 2, 3, 2, 3, 2}; !equal(gotDims, want) {
		t.Fatalf("dims = %v, want %v", gotDims, want)
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestHalf: f16 and bf16 loads convert exactly to f32, stores and casts
// round to nearest even, and f16 arithmetic rounds each result.
func TestHalf(t *testing.T) {
	b := New("half", "test", 32)
	x16, xb := b.In("x16", F16), b.In("xb", BF16)
	xf := b.In("xf", F32)
	y16, yb := b.Out("y16", F16), b.Out("yb", BF16)
	r16, rb := b.Out("r16", F16), b.Out("rb", BF16)
	back := b.Out("back", F32)
	sum := b.Out("sum", F16)
	i := Tid()
	// round trip through f32 arithmetic that changes nothing
	b.Store(y16, i, To(F16, Mul(To(F32, Ld(x16, i)), F(1))))
	b.Store(yb, i, To(BF16, Sub(To(F32, Ld(xb, i)), F(0)))) // -0 - 0 is -0
	// f32 to half: rounding
	b.Store(r16, i, To(F16, Ld(xf, i)))
	b.Store(rb, i, To(BF16, Ld(xf, i)))
	b.Store(back, i, To(F32, To(F16, Ld(xf, i))))
	// f16 + f16 is rounded to f16
	b.Store(sum, i, Add(Ld(x16, i), Ld(x16, I(0))))
	k := build(t, b)

	xs := []float32{
		1, -2.5, 0.1, 65504, -65504, 6.1035156e-05, 5.9604645e-08, 0, float32(math.Inf(-1)),
		1 + 1.0/2048,     // tie: f16 rounds down to even 1
		1 + 3.0/2048,     // tie: rounds up to 1+4/2048
		65520,            // rounds to +Inf in f16
		65519,            // 65504
		2.9802322e-08,    // 2^-25: tie between 0 and the smallest subnormal, to even 0
		4.4703484e-08,    // 1.5 · 2^-24: to 2^-24
		1 + 1.0/256,      // bf16 tie: to even 1
		1 + 3.0/256,      // bf16 tie: up to 1+4/256
		3.1415927, 1e-40, // a bf16 subnormal
		float32(math.Copysign(0, -1)), 1e10, 123.456, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
	}
	xs = xs[:32]
	in16, inb := make([]uint16, 32), make([]uint16, 32)
	for i, v := range xs {
		in16[i] = safetensors.Float32ToF16(v)
		inb[i] = safetensors.Float32ToBF16(v)
	}
	out := map[string][]uint16{"y16": make([]uint16, 32), "yb": make([]uint16, 32), "r16": make([]uint16, 32), "rb": make([]uint16, 32), "sum": make([]uint16, 32)}
	bk := make([]float32, 32)
	err := sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{&sim.Buffer{F16: in16}, &sim.Buffer{BF16: inb}, &sim.Buffer{F32: xs},
		&sim.Buffer{F16: out["y16"]}, &sim.Buffer{BF16: out["yb"]}, &sim.Buffer{F16: out["r16"]}, &sim.Buffer{BF16: out["rb"]},
		&sim.Buffer{F32: bk}, &sim.Buffer{F16: out["sum"]}}}, checked())
	if err != nil {
		t.Fatal(err)
	}
	if !equal(out["y16"], in16) || !equal(out["yb"], inb) {
		t.Fatalf("round trip changed bits:\n%x\n%x\n%x\n%x", out["y16"], in16, out["yb"], inb)
	}
	// r16 and rb are what the independent converters give ...
	if !equal(out["r16"], in16) || !equal(out["rb"], inb) {
		t.Fatalf("f32→half differs from safetensors:\n%x\n%x\n%x\n%x", out["r16"], in16, out["rb"], inb)
	}
	// ... and these bit patterns, worked out by hand.
	for _, c := range []struct {
		i        int
		f16, b16 uint16
	}{
		{0, 0x3c00, 0x3f80}, {1, 0xc100, 0xc020}, {3, 0x7bff, 0x4780}, {9, 0x3c00, 0x3f80}, {10, 0x3c02, 0x3f80},
		{11, 0x7c00, 0x4780}, {12, 0x7bff, 0x4780}, {13, 0x0000, 0x3300}, {14, 0x0001, 0x3340},
		{15, 0x3c04, 0x3f80}, {16, 0x3c0c, 0x3f82}, {19, 0x8000, 0x8000},
	} {
		if out["r16"][c.i] != c.f16 || out["rb"][c.i] != c.b16 {
			t.Errorf("x[%d] = %v: f16 %#04x bf16 %#04x, want %#04x %#04x", c.i, xs[c.i], out["r16"][c.i], out["rb"][c.i], c.f16, c.b16)
		}
	}
	for i, v := range bk {
		if want := safetensors.F16ToFloat32(in16[i]); v != want && !(v != v && want != want) {
			t.Errorf("back[%d] = %v, want %v", i, v, want)
		}
	}
	for i := range xs {
		want := safetensors.Float32ToF16(safetensors.F16ToFloat32(in16[i]) + safetensors.F16ToFloat32(in16[0]))
		if out["sum"][i] != want {
			t.Errorf("sum[%d] = %#04x, want %#04x", i, out["sum"][i], want)
		}
	}
}

// TestScalarOps runs one expression in one thread and compares the value
// with C's.
func TestScalarOps(t *testing.T) {
	i32 := func(v int64) Expr { return &Const{T: I32, I: v} }
	nan := F(math.NaN())
	type tc struct {
		name string
		x    func(in *Param) Expr
		want any // int64, float32 or bool
	}
	cases := []tc{
		{"div neg", func(*Param) Expr { return Div(I(-7), I(2)) }, int64(-3)},
		{"rem neg", func(*Param) Expr { return Rem(I(-7), I(2)) }, int64(-1)},
		{"div neg divisor", func(*Param) Expr { return Div(I(7), I(-2)) }, int64(-3)},
		{"rem neg divisor", func(*Param) Expr { return Rem(I(7), I(-2)) }, int64(1)},
		{"div both neg", func(*Param) Expr { return Div(I(-7), I(-2)) }, int64(3)},
		{"rem both neg", func(*Param) Expr { return Rem(I(-7), I(-2)) }, int64(-1)},
		{"i32 div", func(*Param) Expr { return Div(i32(-9), i32(4)) }, int64(-2)},
		{"i32 rem", func(*Param) Expr { return Rem(i32(-9), i32(4)) }, int64(-1)},
		{"i32 add wraps", func(*Param) Expr { return Add(i32(math.MaxInt32), i32(1)) }, int64(math.MinInt32)},
		{"i32 mul wraps", func(*Param) Expr { return Mul(i32(65536), i32(65536)) }, int64(0)},
		{"i32 shl", func(*Param) Expr { return Shl(i32(1), i32(31)) }, int64(math.MinInt32)},
		{"shr arithmetic", func(*Param) Expr { return Shr(I(-16), I(2)) }, int64(-4)},
		{"bitand", func(*Param) Expr { return BitAnd(I(-1), I(0xf0)) }, int64(0xf0)},
		{"min int", func(*Param) Expr { return Min(I(-3), I(2)) }, int64(-3)},
		{"max int", func(*Param) Expr { return Max(i32(-3), i32(2)) }, int64(2)},
		{"abs int", func(*Param) Expr { return Abs(I(-5)) }, int64(5)},
		{"neg i32 min", func(*Param) Expr { return Neg(i32(math.MinInt32)) }, int64(math.MinInt32)},
		{"min f32", func(*Param) Expr { return Min(F(2.5), F(-1)) }, float32(-1)},
		{"fminf nan", func(*Param) Expr { return Min(nan, F(1)) }, float32(1)},
		{"fmaxf nan", func(*Param) Expr { return Max(F(1), nan) }, float32(1)},
		{"fminf -0", func(*Param) Expr { return Div(F(1), Min(F(0), Neg(F(0)))) }, float32(math.Inf(-1))},
		{"select", func(*Param) Expr { return Sel(Lt(I(3), I(4)), I(10), I(20)) }, int64(10)},
		{"select false", func(*Param) Expr { return Sel(Ge(F(3), F(4)), F(10), F(20)) }, float32(20)},
		// C evaluates one arm of ?: and the right of && || only when needed:
		// these would read far out of bounds otherwise.
		{"select lazy", func(in *Param) Expr { return Sel(False, Ld(in, I(1<<40)), F(5)) }, float32(5)},
		{"and short-circuits", func(in *Param) Expr { return And(Lt(I(1), I(0)), Gt(Ld(in, I(-1)), F(0))) }, false},
		{"or short-circuits", func(in *Param) Expr { return Or(True, Gt(Ld(in, I(-1)), F(0))) }, true},
		{"load", func(in *Param) Expr { return Ld(in, I(2)) }, float32(-1.5)},
		{"cast f32 to i32 truncates", func(*Param) Expr { return To(I32, F(-2.7)) }, int64(-2)},
		{"cast f32 to i64 truncates", func(*Param) Expr { return To(I64, F(-0.99)) }, int64(0)},
		{"cast f32 to i32 saturates", func(*Param) Expr { return To(I32, F(3e9)) }, int64(math.MaxInt32)},
		{"cast f32 to i32 saturates low", func(*Param) Expr { return To(I32, F(-3e9)) }, int64(math.MinInt32)},
		{"cast nan to i64", func(*Param) Expr { return To(I64, nan) }, int64(0)},
		{"cast i64 to i32 wraps", func(*Param) Expr { return To(I32, I(1<<32+5)) }, int64(5)},
		{"cast i64 to i32 sign", func(*Param) Expr { return To(I32, I(0x80000000)) }, int64(math.MinInt32)},
		{"cast i32 to i64", func(*Param) Expr { return To(I64, i32(-7)) }, int64(-7)},
		{"cast bool to i64", func(*Param) Expr { return To(I64, True) }, int64(1)},
		{"cast i64 to f32 rounds", func(*Param) Expr { return To(F32, I(16777217)) }, float32(16777216)},
		{"cast f32 to bool", func(*Param) Expr { return To(Bool, F(0.5)) }, true},
		{"cast nan to bool", func(*Param) Expr { return To(Bool, nan) }, true},
		{"cast i64 to bool", func(*Param) Expr { return To(Bool, I(0)) }, false},
		{"cast f32 to f16 to f32", func(*Param) Expr { return To(F32, To(F16, F(0.1))) }, float32(0.099975586)},
		{"cast i64 to f16", func(*Param) Expr { return To(F32, To(F16, I(2049))) }, float32(2048)},
		{"f16 constant", func(*Param) Expr { return To(F32, &Const{T: F16, F: 1.0 / 3}) }, float32(0.33325195)},
		{"bf16 mul rounds", func(*Param) Expr { return To(F32, Mul(To(BF16, F(1.5)), To(BF16, F(1.0078125)))) }, float32(1.515625)},
		{"exp", func(*Param) Expr { return Exp(F(1)) }, float32(math.E)},
		{"log", func(*Param) Expr { return Log(F(math.E)) }, float32(math.Log(float64(float32(math.E))))},
		{"sqrt", func(*Param) Expr { return Sqrt(F(2)) }, float32(math.Sqrt2)},
		{"rsqrt", func(*Param) Expr { return Rsqrt(F(4)) }, float32(0.5)},
		{"abs f32", func(*Param) Expr { return Abs(F(-3)) }, float32(3)},
		{"neg f32", func(*Param) Expr { return Neg(F(3)) }, float32(-3)},
		{"f32 div by zero", func(*Param) Expr { return Div(F(1), F(0)) }, float32(math.Inf(1))},
		{"nan compares false", func(*Param) Expr { return Or(Lt(nan, F(0)), Ge(nan, F(0))) }, false},
		{"nan ne", func(*Param) Expr { return Ne(nan, nan) }, true},
		{"bool eq", func(*Param) Expr { return Eq(False, Not(True)) }, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := New("scalar", "test", 1)
			in := b.In("in", F32)
			oi, of := b.Out("oi", I64), b.Out("of", F32)
			x := c.x(in)
			switch x.Type() {
			case I32, I64:
				b.Store(oi, I(0), To(I64, x))
			case Bool:
				b.Store(oi, I(0), Sel(x, I(1), I(0)))
			default:
				b.Store(of, I(0), To(F32, x))
			}
			gi, gf := make([]int64, 1), make([]float32, 1)
			err := sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{&sim.Buffer{F32: []float32{1, 2, -1.5}}, &sim.Buffer{I64: gi}, &sim.Buffer{F32: gf}}}, checked())
			if err != nil {
				t.Fatal(err)
			}
			switch w := c.want.(type) {
			case int64:
				if gi[0] != w {
					t.Fatalf("got %d, want %d", gi[0], w)
				}
			case bool:
				if (gi[0] == 1) != w {
					t.Fatalf("got %d, want %v", gi[0], w)
				}
			case float32:
				if gf[0] != w || math.Signbit(float64(gf[0])) != math.Signbit(float64(w)) {
					t.Fatalf("got %v, want %v", gf[0], w)
				}
			}
		})
	}
}

// TestSharedTypes stores and loads every element type through shared
// memory.
func TestSharedTypes(t *testing.T) {
	b := New("shtypes", "test", 4)
	out := b.Out("out", I64)
	si := b.SharedArray("si", I32, 4)
	sl := b.SharedArray("sl", I64, 4)
	sf := b.SharedArray("sf", F16, 4)
	sb := b.SharedArray("sb", Bool, 4)
	b.Store(si, Tid(), To(I32, Sub(I(-2), Tid())))
	b.Store(sl, Tid(), Mul(Tid(), I(1<<40)))
	b.Store(sf, Tid(), To(F16, Div(To(F32, Tid()), F(3))))
	b.Store(sb, Tid(), Eq(BitAnd(Tid(), I(1)), I(1)))
	b.Barrier()
	j := b.Let("j", BitAnd(Add(Tid(), I(1)), I(3))) // read a neighbour's words
	v := Add(Add(To(I64, Ld(si, j)), Div(Ld(sl, j), I(1<<40))),
		Add(To(I64, Mul(To(F32, Ld(sf, j)), F(3000))), Sel(Ld(sb, j), I(1000000), I(0))))
	b.Store(out, Tid(), v)
	got := make([]int64, 4)
	if err := sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{&sim.Buffer{I64: got}}}, checked()); err != nil {
		t.Fatal(err)
	}
	for i := range got {
		j := (i + 1) % 4
		f := safetensors.F16ToFloat32(safetensors.Float32ToF16(float32(j) / 3))
		want := int64(-2-j) + int64(j) + int64(float32(f*3000))
		if j%2 == 1 {
			want += 1000000
		}
		if got[i] != want {
			t.Errorf("out[%d] = %d, want %d", i, got[i], want)
		}
	}
}

// TestLoops: the bound and the step are evaluated on every pass, as C's
// for does; an empty loop runs no pass.
func TestLoops(t *testing.T) {
	b := New("loops", "test", 1)
	out := b.Out("out", I64)
	n := b.Var("n", I(10))
	cnt := b.Var("cnt", I(0))
	// for (i = 0; i < n; i += i + 1) { n = n - 1 } : i = 0, 1, 3 (n 10, 9, 8, 7)
	b.For("i", I(0), V(n), Add(V(cnt), I(1)), func(i Expr) {
		b.Set(n, Sub(V(n), I(1)))
		b.Set(cnt, Add(i, I(0)))
	})
	b.Store(out, I(0), V(n))
	b.Store(out, I(1), V(cnt))
	empty := b.Var("empty", I(0))
	b.For("e", I(5), I(5), I(1), func(Expr) { b.Set(empty, I(1)) })
	b.For("e", I(5), I(0), I(-1), func(Expr) { b.Set(empty, I(2)) }) // never runs: no fault
	b.Store(out, I(2), V(empty))
	got := make([]int64, 3)
	if err := sim.Run(build(t, b), sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{&sim.Buffer{I64: got}}}, checked()); err != nil {
		t.Fatal(err)
	}
	// i=0: n=9, cnt=0, step 1 → i=1: n=8, cnt=1, step 2 → i=3: n=7, cnt=3, step 4 → i=7 ≥ 7 stops
	if want := []int64{7, 3, 0}; !equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestWorkers: the result does not depend on how many blocks run at once.
func TestWorkers(t *testing.T) {
	const m, n, k = 40, 40, 40
	r := rand.New(rand.NewSource(5))
	a, b := randF32(r, m*k), randF32(r, k*n)
	want := matmulRef(a, b, m, n, k)
	for _, w := range []int{1, 2, 7} {
		c := make([]float32, m*n)
		err := sim.Run(matmul(t, 0), sim.Launch{Grid: gridFor(m, n),
			Args: []sim.Arg{&sim.Buffer{F32: a}, &sim.Buffer{F32: b}, &sim.Buffer{F32: c}, int64(m), int64(n), int64(k)}}, sim.Options{Races: true, Workers: w})
		if err != nil || !equal(c, want) {
			t.Fatalf("workers %d: err %v, equal %v", w, err, equal(c, want))
		}
	}
}
