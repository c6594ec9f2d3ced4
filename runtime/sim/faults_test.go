package sim_test

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"time"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// wantFault checks that err holds a fault of type T whose message has
// every one of parts (the kernel, block and thread among them), and
// returns it.
func wantFault[T error](t *testing.T, err error, parts ...string) T {
	t.Helper()
	var zero T
	if err == nil {
		t.Fatalf("no error, want %T", zero)
	}
	var e T
	if !errors.As(err, &e) {
		t.Fatalf("error %v\nis not a %T", err, zero)
	}
	for _, f := range all[T](err) {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(f.Error(), p)
		}
		if ok {
			return f
		}
	}
	t.Fatalf("no %T with %q in\n%v", zero, parts, err)
	return e
}

func one(grid int) [3]int { return [3]int{grid, 1, 1} }

// runWithin runs a launch that should stop with a fault; if the
// simulator missed a divergent rendezvous it would wait forever.
func runWithin(t *testing.T, k *Kernel, l sim.Launch) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- sim.Run(k, l, checked()) }()
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("the launch hangs: a divergent rendezvous went undetected")
	}
	return nil
}

func TestOutOfBoundsGlobalLoad(t *testing.T) {
	const n = 1000
	x, y, z := make([]float32, n), make([]float32, n), make([]float32, n)
	err := sim.Run(vecAdd(t, false), sim.Launch{Grid: one(8),
		Args: []sim.Arg{&sim.Buffer{F32: x}, &sim.Buffer{F32: y}, &sim.Buffer{F32: z}, int64(n)}}, checked())
	e := wantFault[*sim.OutOfBounds](t, err, "kernel vadd: block (7,0,0) thread (104,0,0): load x[1000] out of bounds (len 1000)")
	if e.Store || e.Shared || e.Index != 1000 || e.Len != n || e.Repeats != 8*128-n-1 {
		t.Errorf("%+v", e)
	}
	// y's load and z's store fault too, in the same threads.
	wantFault[*sim.OutOfBounds](t, err, "block (7,0,0) thread (104,0,0): load y[1000]")
	wantFault[*sim.OutOfBounds](t, err, "block (7,0,0) thread (104,0,0): store z[1000]")
	if l := all[*sim.OutOfBounds](err); len(l) != 3 {
		t.Errorf("%d faults, want 3: %v", len(l), err)
	}
}

func TestOutOfBoundsSharedStore(t *testing.T) {
	b := New("shoob", "test", 64)
	out := b.Out("out", F32)
	s := b.SharedArray("s", F32, 32)
	b.Store(s, Tid(), F(1))
	b.Store(out, Add(Mul(Bid(), Bdim()), Tid()), F(2))
	o := make([]float32, 128)
	err := sim.Run(build(t, b), sim.Launch{Grid: one(2), Args: []sim.Arg{&sim.Buffer{F32: o}}}, checked())
	e := wantFault[*sim.OutOfBounds](t, err, "kernel shoob: block (0,0,0) thread (32,0,0): store shared s[32] out of bounds (len 32)")
	if !e.Store || !e.Shared || e.Repeats != 63 {
		t.Errorf("%+v", e)
	}
	for i, v := range o {
		if v != 2 {
			t.Fatalf("out[%d] = %v: the kernel did not go on after the fault", i, v)
		}
	}
}

func reduceArgs(n int) (sim.Launch, []float32) {
	x := randF32(rand.New(rand.NewSource(6)), n)
	out := make([]float32, (n+255)/256)
	return sim.Launch{Grid: one(len(out)), Args: []sim.Arg{&sim.Buffer{F32: x}, &sim.Buffer{F32: out}, int64(n)}}, out
}

func TestRaces(t *testing.T) {
	matmulArgs := func() sim.Launch {
		const m, n, k = 40, 24, 45
		r := rand.New(rand.NewSource(7))
		return sim.Launch{Grid: gridFor(m, n), Args: []sim.Arg{&sim.Buffer{F32: randF32(r, m*k)}, &sim.Buffer{F32: randF32(r, k*n)},
			&sim.Buffer{F32: make([]float32, m*n)}, int64(m), int64(n), int64(k)}}
	}
	red := func() sim.Launch { l, _ := reduceArgs(600); return l }
	for _, tc := range []struct {
		name  string
		k     *Kernel
		l     sim.Launch
		parts []string
	}{
		// Thread 0 adds s[128], which thread 128 writes with no barrier between.
		{"reduce without the first barrier", reduce(t, true, false), red(), []string{"kernel reduce: block (", "shared-memory race on s["}},
		{"reduce without the loop barrier", reduce(t, false, true), red(), []string{"kernel reduce: block (", "race on s["}},
		{"matmul without barrier 1", matmul(t, 1), matmulArgs(), []string{"kernel matmul: block (", "race on "}},
		// The next tile overwrites As and Bs while other threads still read them.
		{"matmul without barrier 2", matmul(t, 2), matmulArgs(), []string{"kernel matmul: block (", "race on "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range 3 { // the schedule varies; the report must not
				err := sim.Run(tc.k, tc.l, checked())
				wantFault[*sim.Race](t, err, tc.parts...)
				for _, e := range all[*sim.Race](err) {
					if e.Other == e.Thread {
						t.Errorf("a thread races with itself: %v", e)
					}
				}
			}
			if err := sim.Run(tc.k, tc.l, sim.Options{}); err != nil {
				t.Errorf("with race detection off: %v", err)
			}
		})
	}
}

// TestRaceKinds plants each kind of race between two threads, in both
// orders (a barrier-free kernel runs its threads in order, so thread 0
// always goes first).
func TestRaceKinds(t *testing.T) {
	for _, tc := range []struct {
		name   string
		first  func(b *Builder, s *Shared, out *Param) // thread 0
		second func(b *Builder, s *Shared, out *Param) // thread 1
		kind   sim.RaceKind
	}{
		{"raw", func(b *Builder, s *Shared, out *Param) { b.Store(s, I(0), F(1)) },
			func(b *Builder, s *Shared, out *Param) { b.Store(out, I(0), Ld(s, I(0))) }, sim.ReadAfterWrite},
		{"war", func(b *Builder, s *Shared, out *Param) { b.Store(out, I(0), Ld(s, I(0))) },
			func(b *Builder, s *Shared, out *Param) { b.Store(s, I(0), F(1)) }, sim.WriteAfterRead},
		{"waw", func(b *Builder, s *Shared, out *Param) { b.Store(s, I(0), F(1)) },
			func(b *Builder, s *Shared, out *Param) { b.Store(s, I(0), F(2)) }, sim.WriteAfterWrite},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := New("kinds", "test", 2)
			out := b.Out("out", F32)
			s := b.SharedArray("s", F32, 4)
			b.IfElse(Eq(Tid(), I(0)), func() { tc.first(b, s, out) }, func() { tc.second(b, s, out) })
			err := sim.Run(build(t, b), sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{F32: make([]float32, 1)}}}, checked())
			e := wantFault[*sim.Race](t, err, "kernel kinds: block (0,0,0) thread (1,0,0): shared-memory race on s[0]: "+tc.kind.String()+" by thread (0,0,0)")
			if e.Kind != tc.kind || e.Other != [3]int{0, 0, 0} {
				t.Errorf("%+v", e)
			}
		})
	}
	// Benign: each thread rewrites and rereads its own word; many threads read one word.
	b := New("benign", "test", 64)
	out := b.Out("out", F32)
	s := b.SharedArray("s", F32, 64)
	b.Store(s, Tid(), F(1))
	b.Store(s, Tid(), Add(Ld(s, Tid()), F(1)))
	b.Barrier()
	b.Store(out, Add(Mul(Bid(), Bdim()), Tid()), Add(Ld(s, I(0)), Ld(s, Tid())))
	b.Barrier()
	b.Store(s, Tid(), F(0)) // after a barrier, no conflict with the reads of s[0]
	if err := sim.Run(build(t, b), sim.Launch{Grid: one(2), Args: []sim.Arg{&sim.Buffer{F32: make([]float32, 128)}}}, checked()); err != nil {
		t.Fatal(err)
	}
	// Several readers, then one of them writes: still a race.
	b = New("readers", "test", 2)
	out = b.Out("out", F32)
	s = b.SharedArray("s", F32, 1)
	b.Store(out, Tid(), Ld(s, I(0)))
	b.If(Eq(Tid(), I(1)), func() { b.Store(s, I(0), F(1)) })
	err := sim.Run(build(t, b), sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{F32: make([]float32, 2)}}}, checked())
	wantFault[*sim.Race](t, err, "thread (1,0,0): shared-memory race on s[0]: write after read by thread (0,0,0)")
}

func TestDivergentBarrier(t *testing.T) {
	sync := func(name string, threads int, body func(b *Builder)) *Kernel {
		b := New(name, "test", threads)
		out := b.Out("out", I64)
		body(b)
		b.Store(out, Add(Mul(Bid(), Bdim()), Tid()), I(1))
		return build(t, b)
	}
	for _, tc := range []struct {
		name  string
		k     *Kernel
		parts []string
	}{
		{"barrier under if tid < 16", sync("half", 32, func(b *Builder) { b.If(Lt(Tid(), I(16)), b.Barrier) }),
			[]string{"kernel half: block (0,0,0) thread (0,0,0): divergent __syncthreads", "16 threads at __syncthreads #1 (first (0,0,0))", "16 threads exited (first (16,0,0))"}},
		{"two barriers", sync("two", 64, func(b *Builder) { b.IfElse(Lt(Tid(), I(32)), b.Barrier, b.Barrier) }),
			[]string{"kernel two: block (0,0,0) thread (0,0,0): divergent __syncthreads", "32 threads at __syncthreads #1 (first (0,0,0))", "32 threads at __syncthreads #2 (first (32,0,0))"}},
		{"loop trip count per thread", sync("trip", 8, func(b *Builder) { b.For("i", I(0), Tid(), I(1), func(Expr) { b.Barrier() }) }),
			[]string{"kernel trip: block (0,0,0) thread (1,0,0): divergent __syncthreads", "1 threads exited (first (0,0,0))", "7 threads at __syncthreads #1 (first (1,0,0))"}},
		{"shuffle under if", sync("shfl", 32, func(b *Builder) {
			v := b.Var("v", Tid())
			b.If(Lt(Tid(), I(16)), func() { b.Set(v, ShflXor(V(v), I(1))) })
		}), []string{"kernel shfl: block (0,0,0) thread (0,0,0): divergent warp shuffle", "16 threads at __shfl_xor_sync #1", "16 threads exited"}},
		{"two shuffles", sync("shfl2", 32, func(b *Builder) {
			v := b.Var("v", Tid())
			b.IfElse(Lt(Tid(), I(16)), func() { b.Set(v, ShflXor(V(v), I(1))) }, func() { b.Set(v, ShflDown(V(v), I(1))) })
		}), []string{"kernel shfl2: block (0,0,0) thread (0,0,0): divergent warp shuffle", "warp 0: 16 lanes at __shfl_xor_sync #1 (first (0,0,0)), 16 lanes at __shfl_down_sync #2 (first (16,0,0))"}},
		{"barrier against shuffle", sync("mixed", 64, func(b *Builder) {
			v := b.Var("v", Tid())
			b.IfElse(Lt(Tid(), I(32)), func() { b.Set(v, ShflXor(V(v), I(1))) }, b.Barrier)
			b.Barrier()
		}), []string{"kernel mixed: block (0,0,0) thread (0,0,0): divergent __syncthreads", "32 threads at __syncthreads #2 (first (0,0,0)), 32 threads at __syncthreads #1 (first (32,0,0))"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			grid := 3
			out := make([]int64, grid*tc.k.Threads())
			err := runWithin(t, tc.k, sim.Launch{Grid: one(grid), Args: []sim.Arg{&sim.Buffer{I64: out}}})
			e := wantFault[*sim.DivergentBarrier](t, err, tc.parts...)
			if e.Repeats != grid-1 {
				t.Errorf("repeats %d, want %d: %v", e.Repeats, grid-1, e)
			}
			if l := all[*sim.DivergentBarrier](err); len(l) != 1 {
				t.Errorf("%d faults, want 1: %v", len(l), err)
			}
		})
	}
}

func TestArithmeticFault(t *testing.T) {
	b := New("divz", "test", 8)
	out := b.Out("out", I64)
	rem := b.Out("rem", I32)
	d := b.Let("d", Sub(Tid(), I(3)))
	b.Store(out, Tid(), Div(I(100), d))
	b.Store(rem, Tid(), Rem(&Const{T: I32, I: 7}, To(I32, d)))
	o, r := make([]int64, 8), make([]int32, 8)
	err := sim.Run(build(t, b), sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{I64: o}, &sim.Buffer{I32: r}}}, checked())
	e := wantFault[*sim.ArithmeticFault](t, err, "kernel divz: block (0,0,0) thread (3,0,0): integer division by zero (100 / 0)")
	if e.A != 100 || e.B != 0 || e.Op != "/" {
		t.Errorf("%+v", e)
	}
	wantFault[*sim.ArithmeticFault](t, err, "thread (3,0,0): integer remainder by zero (7 % 0)")
	for i := range o {
		want := int64(0)
		if i != 3 {
			want = 100 / int64(i-3)
		}
		if o[i] != want {
			t.Errorf("out[%d] = %d, want %d", i, o[i], want)
		}
	}
	// MIN / -1 and a shift by the width overflow.
	b = New("ovf", "test", 1)
	out = b.Out("out", I64)
	m1 := b.Let("m1", Sub(Tid(), I(1)))
	b.Store(out, I(0), Div(I(-1<<63), m1))
	b.Store(out, I(0), Shl(I(1), Add(Tid(), I(64))))
	err = sim.Run(build(t, b), sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{I64: make([]int64, 1)}}}, checked())
	wantFault[*sim.ArithmeticFault](t, err, "thread (0,0,0): integer division overflows")
	wantFault[*sim.ArithmeticFault](t, err, "thread (0,0,0): shift count out of range 0..63 (1 << 64)")
}

func TestBadLoop(t *testing.T) {
	for _, tc := range []struct {
		name string
		step func() Expr
		msg  string
	}{
		{"zero", func() Expr { return Sub(Tid(), Tid()) }, "loop over i has step 0"},
		{"negative constant", func() Expr { return I(-2) }, "loop over i has step -2"},
		{"zero in one thread", func() Expr { return Sub(Tid(), I(5)) }, "thread (0,0,0): loop over i has step -5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := New("loop", "test", 8)
			out := b.Out("out", I64)
			cnt := b.Var("cnt", I(0))
			b.For("i", I(0), I(10), tc.step(), func(Expr) { b.Set(cnt, Add(V(cnt), I(1))) })
			b.Store(out, Tid(), V(cnt))
			o := make([]int64, 8)
			err := sim.Run(build(t, b), sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{I64: o}}}, checked())
			wantFault[*sim.BadLoop](t, err, "kernel loop: block (0,0,0) thread (", tc.msg)
			if o[0] != 1 {
				t.Errorf("the loop ran %d times before stopping, want 1", o[0])
			}
		})
	}
}

func TestBadShuffle(t *testing.T) {
	b := New("pshfl", "test", 48) // warp 1 has lanes 32..47 only
	out := b.Out("out", I64)
	v := b.Let("v", ShflXor(Tid(), I(16)))
	w := b.Let("w", &Shfl{Kind: ShflKindIdx, X: Tid(), Arg: Add(Tid(), I(10))})
	b.Store(out, Tid(), Add(Mul(v, I(1000)), w))
	o := make([]int64, 48)
	err := sim.Run(build(t, b), sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{I64: o}}}, checked())
	wantFault[*sim.BadShuffle](t, err, "kernel pshfl: block (0,0,0) thread (32,0,0): __shfl_xor_sync #1 reads lane 16 of warp 1, which has only 16 lanes")
	wantFault[*sim.BadShuffle](t, err, "kernel pshfl: block (0,0,0) thread (22,0,0): __shfl_sync #2: lane argument 32 outside 0..31")
	// Lanes that exist still exchange; a bad shuffle gives the thread its own value.
	if o[3] != 19*1000+13 || o[35] != 35*1000+35 || o[22] != 6*1000+22 {
		t.Errorf("out[3] = %d, out[22] = %d, out[35] = %d", o[3], o[22], o[35])
	}
}

func TestLaunchErrors(t *testing.T) {
	k := vecAdd(t, true)
	f := func(n int) *sim.Buffer { return &sim.Buffer{F32: make([]float32, n)} }
	shared := f(10)
	for _, tc := range []struct {
		name string
		l    sim.Launch
		msg  string
	}{
		{"grid", sim.Launch{Grid: [3]int{0, 1, 1}, Args: []sim.Arg{f(1), f(1), f(1), int64(1)}}, "grid dimension 0 is 0"},
		{"count", sim.Launch{Grid: one(1), Args: []sim.Arg{f(1), f(1)}}, "2 arguments for 4 parameters"},
		{"type", sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{I32: []int32{1}}, f(1), f(1), int64(1)}}, "argument 0 (x) is a i32 buffer, want f32"},
		{"two slices", sim.Launch{Grid: one(1), Args: []sim.Arg{&sim.Buffer{F32: []float32{1}, I32: []int32{1}, Name: "b"}, f(1), f(1), int64(1)}}, "more than one slice"},
		{"scalar", sim.Launch{Grid: one(1), Args: []sim.Arg{f(1), f(1), f(1), 1.5}}, "argument 3 (n) is float64, want int64"},
		{"pointer", sim.Launch{Grid: one(1), Args: []sim.Arg{int64(3), f(1), f(1), int64(1)}}, "argument 0 (x) is int64, want *sim.Buffer"},
		{"alias", sim.Launch{Grid: one(1), Args: []sim.Arg{shared, f(10), &sim.Buffer{F32: shared.F32[5:]}, int64(1)}}, "buffers x and z overlap"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := sim.Run(k, tc.l, checked())
			var e *sim.LaunchError
			if !errors.As(err, &e) || !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "kernel vadd: launch: ") {
				t.Fatalf("got %v, want a launch error with %q", err, tc.msg)
			}
		})
	}
	// Read-only buffers may alias each other.
	x := f(4)
	if err := sim.Run(k, sim.Launch{Grid: one(1), Args: []sim.Arg{x, x, f(4), int64(4)}}, checked()); err != nil {
		t.Fatal(err)
	}
	// An unknown operator is refused by kir.Check before the simulator
	// compiles anything.
	out := &Param{Name: "out", Type: F32, Ptr: true}
	odd := &Kernel{Name: "odd", Block: [3]int{1, 1, 1}, Params: []*Param{out},
		Body: []Stmt{&Store{Buf: out, Index: I(0), X: &Un{Op: 99, X: F(1)}}}}
	var ce *CheckError
	if err := sim.Run(odd, sim.Launch{Grid: one(1), Args: []sim.Arg{f(1)}}, checked()); !errors.As(err, &ce) ||
		!strings.Contains(err.Error(), "unknown unary operator 99") {
		t.Fatalf("got %v, want a kir check error", err)
	}
	// An ill-typed kernel is refused by kir.Check.
	bad := &Kernel{Name: "bad", Block: [3]int{1, 1, 1}, Body: []Stmt{&Store{Buf: &Param{Name: "p", Type: F32, Ptr: true}, Index: I(0), X: F(1)}}}
	if err := sim.Run(bad, sim.Launch{Grid: one(1)}, checked()); !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *kir.CheckError", err)
	}
}

// TestErrorList: faults of different kinds come back together, in
// (block, thread) order, and errors.As finds each.
func TestErrorList(t *testing.T) {
	b := New("many", "test", 4)
	out := b.Out("out", I64)
	b.If(Eq(Tid(), I(2)), func() { b.Store(out, I(99), I(1)) })
	b.If(Eq(Tid(), I(1)), func() { b.Store(out, Bid(), Div(I(1), Sub(Tid(), I(1)))) })
	err := sim.Run(build(t, b), sim.Launch{Grid: one(2), Args: []sim.Arg{&sim.Buffer{I64: make([]int64, 4)}}}, checked())
	var l sim.ErrorList
	if !errors.As(err, &l) || len(l) != 2 {
		t.Fatalf("got %v, want a list of 2", err)
	}
	want := "kernel many: block (0,0,0) thread (1,0,0): integer division by zero (1 / 0) (and 1 more like it)\n" +
		"kernel many: block (0,0,0) thread (2,0,0): store out[99] out of bounds (len 4) (and 1 more like it)"
	if err.Error() != want {
		t.Fatalf("got\n%v\nwant\n%v", err, want)
	}
}

// TestGlobalRace: writes to one element of a global buffer by two blocks,
// or by two threads of a block between the same barriers, are races; a
// read of another block's write is one too; writes ordered by a
// __syncthreads, and reads of one's own writes, are not.
func TestGlobalRace(t *testing.T) {
	run := func(b *Builder, grid int) error {
		y := &sim.Buffer{F32: make([]float32, 8)}
		return sim.Run(build(t, b), sim.Launch{Grid: one(grid), Args: []sim.Arg{y}}, sim.Options{Races: true, Workers: 1})
	}
	// Every block writes y[0].
	b := New("blocks", "test", 32)
	y := b.Out("y", F32)
	b.If(Eq(Tid(), I(0)), func() { b.Store(y, I(0), F(1)) })
	err := run(b, 2)
	if r := all[*sim.GlobalRace](err); len(r) != 1 || r[0].Kind != sim.WriteAfterWrite || r[0].Block != [3]int{1, 0, 0} || r[0].OtherBlock != [3]int{0, 0, 0} {
		t.Errorf("two blocks write y[0]: got %v", err)
	}
	// Block 1 reads what block 0 wrote (blocks run in order with one worker).
	b = New("read", "test", 1)
	y = b.Out("y", F32)
	b.IfElse(Eq(Bid(), I(0)), func() { b.Store(y, I(0), F(1)) }, func() { b.Store(y, I(1), Ld(y, I(0))) })
	if r := all[*sim.GlobalRace](run(b, 2)); len(r) != 1 || r[0].Kind != sim.ReadAfterWrite || r[0].Index != 0 {
		t.Errorf("block 1 reads block 0's write: got %v", r)
	}
	// Two threads of one block, no barrier between: a race; with one: none.
	for _, barrier := range []bool{false, true} {
		if !barrier && raceBuild {
			continue // threads racing on a Go slice
		}
		b = New("threads", "test", 2)
		y = b.Out("y", F32)
		b.If(Eq(Tid(), I(0)), func() { b.Store(y, I(0), F(1)) })
		if barrier {
			b.Barrier()
		}
		b.If(Eq(Tid(), I(1)), func() { b.Store(y, I(0), Add(Ld(y, I(0)), F(1))) })
		b.Barrier()
		err := run(b, 1)
		if got := len(all[*sim.GlobalRace](err)) > 0; got != !barrier {
			t.Errorf("barrier %v: got %v", barrier, err)
		}
	}
	// Block 1 writes what block 0 read (WAR), and the other way round (RAW):
	// whichever order the blocks run in, the second access finds the first.
	for _, first := range []int{0, 1} {
		b = New("war", "test", 1)
		y = b.Out("y", F32)
		b.IfElse(Eq(Bid(), I(int64(first))), func() { b.Store(y, I(1), Ld(y, I(0))) }, func() { b.Store(y, I(0), F(2)) })
		want := sim.WriteAfterRead
		if first == 1 {
			want = sim.ReadAfterWrite
		}
		r := all[*sim.GlobalRace](run(b, 2))
		if len(r) != 1 || r[0].Kind != want || r[0].Index != 0 || r[0].Block != [3]int{1, 0, 0} || r[0].OtherBlock != [3]int{0, 0, 0} {
			t.Errorf("block %d reads y[0], the other writes it: got %v, want one %v", first, r, want)
		} else if msg := r[0].Error(); !strings.Contains(msg, "global-memory race on y[0]: "+want.String()+" by block (0,0,0) thread (0,0,0)") {
			t.Errorf("message: %s", msg)
		}
	}
	// Threads 0–3 of a block read y[0] and one of them, or another thread,
	// writes it: a race unless a __syncthreads comes between. (A kernel
	// without barriers runs its threads one after the other, so when the
	// writer is thread 0 the others read after its write.)
	for _, tc := range []struct {
		writer  int
		barrier bool
		want    string // "": no race
	}{
		{writer: 0, want: "read after write by block (0,0,0) thread (0,0,0)"},
		{writer: 3, want: "write after read by block (0,0,0) thread (0,0,0)"},
		{writer: 5, want: "write after read by block (0,0,0) thread (0,0,0)"},
		{writer: 0, barrier: true},
		{writer: 5, barrier: true},
	} {
		b = New("readers", "test", 8)
		y = b.Out("y", F32)
		b.If(Lt(Tid(), I(4)), func() { b.Store(y, Add(Tid(), I(1)), Ld(y, I(0))) })
		if tc.barrier {
			b.Barrier()
		}
		b.If(Eq(Tid(), I(int64(tc.writer))), func() { b.Store(y, I(0), F(3)) })
		r := all[*sim.GlobalRace](run(b, 1))
		if tc.want == "" {
			if len(r) != 0 {
				t.Errorf("%+v: got %v", tc, r)
			}
			continue
		}
		if len(r) != 1 || !strings.Contains(r[0].Error(), "global-memory race on y[0]: "+tc.want) {
			t.Errorf("%+v: got %v, want %q", tc, r, tc.want)
		}
	}
	// A thread reading and rewriting its own element is fine.
	b = New("own", "test", 32)
	y = b.Out("y", F32)
	b.If(Lt(Tid(), I(8)), func() {
		b.Store(y, Tid(), F(1))
		b.Store(y, Tid(), Add(Ld(y, Tid()), F(1)))
	})
	if err := run(b, 1); err != nil {
		t.Errorf("own element: %v", err)
	}
}
