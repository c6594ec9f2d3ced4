package sim

import (
	"fmt"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// namedBar is a named barrier's current generation: the arrivals so far,
// the count it completes at (set by its first arrival), and the channel
// its waiting threads block on.
type namedBar struct {
	arrivals, count int
	waiters         int32
	ch              chan struct{}
}

// namedBarrier compiles kir.NamedBarrier: bar.sync waits until Count
// threads have arrived (bar.sync or bar.arrive) on barrier ID; bar.arrive
// counts and goes on. It orders execution only: shared-memory visibility
// (the race checks' epochs) is __syncthreads' and the mbarriers'.
func (c *compiler) namedBarrier(s *kir.NamedBarrier) sFn {
	c.nbar++
	op := "sync"
	if s.Arrive {
		op = "arrive"
	}
	site := c.site(fmt.Sprintf("bar.%s #%d", op, c.nbar), false)
	c.p.nbarSite[site] = true
	id, count, arrive := c.ie(s.ID), s.Count, s.Arrive
	return func(t *thread) { t.namedBarrier(site, id(t), count, arrive) }
}

func (t *thread) namedBarrier(site int32, id int64, count int, arrive bool) {
	b := t.blk
	if id < 1 || id > 15 {
		t.report(site, kDiverge, 1, func(l Loc) located {
			return &DivergentBarrier{Loc: l, Msg: fmt.Sprintf("%s on barrier %d, want 1 to 15 (0 is __syncthreads')", b.p.sites[site], id)}
		})
		return
	}
	b.nbarMu.Lock()
	if b.failed.Load() {
		// fail closed the channels: a waiter registering now would wait
		// for ever.
		b.nbarMu.Unlock()
		panic(abortSignal{})
	}
	nb := &b.nbars[id]
	if nb.arrivals == 0 {
		nb.count, nb.ch = count, make(chan struct{})
	} else if nb.count != count {
		first := nb.count
		b.nbarMu.Unlock()
		t.report(site, kDiverge, 2, func(l Loc) located {
			return &DivergentBarrier{Loc: l, Msg: fmt.Sprintf("%s on barrier %d for %d threads while its current arrivals expect %d", b.p.sites[site], id, count, first)}
		})
		return
	}
	nb.arrivals++
	if nb.arrivals == nb.count {
		// The waiters run again: count them before they wake.
		b.running.Add(nb.waiters)
		close(nb.ch)
		*nb = namedBar{}
		b.nbarMu.Unlock()
		return
	}
	if arrive {
		b.nbarMu.Unlock()
		return
	}
	nb.waiters++
	ch := nb.ch
	t.wait = site
	b.nbarMu.Unlock()
	t.waitOn(ch)
}

// waitOn waits on ch, which a barrier closes (an mbarrier's phase, a named
// barrier's generation), the thread registered as its waiter with t.wait
// set. A thread counts as running until it is registered as a waiter, so
// the block's count reaches zero only when every thread waits or has
// exited: then the block is diagnosed.
func (t *thread) waitOn(ch chan struct{}) {
	b := t.blk
	if b.running.Add(-1) == 0 {
		b.diagnose()
	}
	<-ch
	if b.failed.Load() {
		panic(abortSignal{})
	}
	t.wait = waitRunning
}

// checkNamedBarriers reports a named barrier left with arrivals when the
// block ended: a bar.arrive no bar.sync took, in a protocol of turns a
// sign that the two sides did not agree on the number of turns. It runs
// once every thread of the block exited.
func (b *block) checkNamedBarriers() {
	for id := range b.nbars {
		nb := &b.nbars[id]
		if nb.arrivals > 0 {
			n := nb.arrivals
			t := b.threads[0]
			t.report(0, kDiverge, 3, func(l Loc) located {
				return &DivergentBarrier{Loc: l, Msg: fmt.Sprintf("named barrier %d left with %d of %d arrivals when the block ended (a bar.arrive no bar.sync took)", id, n, nb.count)}
			})
		}
	}
}
