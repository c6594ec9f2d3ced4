package sim_test

import (
	"strings"
	"testing"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// TestNamedBarriers: two warps take turns through named barriers 1 and 2
// (bar.sync for one's turn, bar.arrive to hand it over, as ping-pong
// does), each appending its warp index to a log in global memory at a
// shared cursor (run without the race checks: the simulator does not
// count named barriers as ordering memory); the log must alternate. Then the faults: a count the current arrivals disagree
// with, an arrival left when the block ends, a wait no thread can
// complete.
func TestNamedBarriers(t *testing.T) {
	const turns = 5
	type cfg struct {
		balanced, start bool
		count           int
	}
	mk := func(c cfg) *Kernel {
		b := New("pingpong", "test", 64)
		out := b.Out("log", I32)
		seq := b.Out("seq", I64)
		w := b.Let("w", Div(Tid(), I(32)))
		lane := b.Let("lane", Rem(Tid(), I(32)))
		if c.start {
			b.If(Eq(w, I(1)), func() { b.NamedBarrier(I(1), 64, true) })
		}
		b.For("i", I(0), I(turns), I(1), func(i Expr) {
			b.NamedBarrier(Add(w, I(1)), 64, false)
			b.If(Eq(lane, I(0)), func() {
				k := b.Let("k", Ld(seq, I(0)))
				b.Store(out, k, To(I32, w))
				b.Store(seq, I(0), Add(k, I(1)))
			})
			count := 64
			if c.count != 0 {
				count = c.count
			}
			b.NamedBarrier(Sub(I(2), w), count, true)
		})
		if c.balanced {
			b.If(Eq(w, I(0)), func() { b.NamedBarrier(I(1), 64, false) })
		}
		return build(t, b)
	}
	run := func(k *Kernel) ([]int32, error) {
		log := &sim.Buffer{Name: "log", I32: make([]int32, 2*turns)}
		seq := &sim.Buffer{Name: "seq", I64: make([]int64, 1)}
		err := sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{log, seq}}, sim.Options{})
		return log.I32, err
	}
	got, err := run(mk(cfg{balanced: true, start: true}))
	if err != nil {
		t.Fatalf("turns: %v", err)
	}
	for i, v := range got {
		if v != int32(i%2) {
			t.Fatalf("log %v, want 0 1 0 1 …", got)
		}
	}
	for _, c := range []struct {
		c    cfg
		want string
	}{
		{cfg{balanced: false, start: true}, "named barrier 1 left with 32 of 64 arrivals"},
		{cfg{balanced: true, start: false}, "named barrier (bar.sync) that can never complete"},
		{cfg{balanced: true, start: true, count: 32}, "while its current arrivals expect"},
	} {
		_, err := run(mk(c.c))
		if len(all[*sim.DivergentBarrier](err)) == 0 || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want a DivergentBarrier %q", c.c, err, c.want)
		}
	}
	// kir: barrier 0 is __syncthreads', counts are whole warps.
	for _, c := range []struct {
		id, count int
		want      string
	}{
		{0, 64, "want barrier 1 to 15"},
		{16, 64, "want barrier 1 to 15"},
		{1, 48, "want a multiple of 32 up to the block's 64"},
		{1, 96, "want a multiple of 32 up to the block's 64"},
	} {
		b := New("nb", "test", 64)
		b.NamedBarrier(I(int64(c.id)), c.count, false)
		if _, err := b.Build(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("bar.sync %d, %d: %v, want %q", c.id, c.count, err, c.want)
		}
	}
}
