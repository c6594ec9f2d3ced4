package sim

import (
	"fmt"
	"math"
	"slices"
	"sync/atomic"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// Hopper's tensor memory accelerator and mbarriers (kir.TmaLoad,
// kir.MbarInit, kir.MbarArriveTx, kir.MbarWait). Every element of an i64
// shared array the kernel uses as barriers has a state of its own
// (mbar), per block, under the block's mbarMu; the array's words
// themselves are not used. A TMA load reads its box when issued and its
// bytes count towards the current phase of its barrier at once; the
// phase completes when its arrivals and bytes are all in, and the loads
// of the phase are written to shared memory by the first wait that
// observes the phase (or before anything else happens on the barrier),
// so a thread that reads the tile without waiting sees old data. A
// waiting thread is a goroutine blocked on the phase's channel; it counts
// as not running, so a block whose threads all wait or exited is
// diagnosed as for a divergent __syncthreads.

// TensorMap is the argument of a tensor-map parameter (kir.Param with
// Map set; codegen.TensorMapArg in a launch plan): buffer Buf viewed as a
// tensor of Dims elements, innermost first, element (x0, x1, …) at Buf
// index x0 + x1·Strides[0] + x2·Strides[1] + …. Box and Swizzle must be
// the kernel's (kir.TensorMap).
type TensorMap struct {
	Buf     *Buffer
	Dims    []int64 // elements per dimension, innermost first
	Strides []int64 // in elements, of dimensions 1 …: len(Dims)−1 of them
	Box     []int
	Swizzle int
}

// check lists what is wrong with m as the argument of tensor-map
// parameter p: what cuTensorMapEncodeTiled would refuse, a box or
// swizzle other than the kernel's, a view past the buffer's end.
func (m *TensorMap) check(p *kir.Param) []string {
	var probs []string
	add := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	b := m.Buf
	switch {
	case b == nil:
		return []string{"no buffer"}
	case b.set() > 1:
		return []string{fmt.Sprintf("buffer %q has more than one slice set", b.Name)}
	case b.typ() != p.Type:
		add("buffer %q is a %s buffer, want %s", b.Name, b.typ(), p.Type)
	}
	if !slices.Equal(m.Box, p.Map.Box) || m.Swizzle != p.Map.Swizzle {
		add("box %v swizzle %d, the kernel's %v swizzle %d", m.Box, m.Swizzle, p.Map.Box, p.Map.Swizzle)
	}
	if len(m.Dims) != len(p.Map.Box) || len(m.Strides) != len(m.Dims)-1 {
		add("%d dimensions and %d strides for a %d-dimensional box", len(m.Dims), len(m.Strides), len(p.Map.Box))
		return probs
	}
	size := int64(p.Type.Size())
	last := int64(0) // the view's last element
	for i, d := range m.Dims {
		st := int64(1)
		if i > 0 {
			st = m.Strides[i-1]
			if st <= 0 || st*size%16 != 0 || st >= 1<<40/size {
				add("stride %d is %d elements, want a positive multiple of 16 bytes below 2^40 bytes", i, st)
				continue
			}
		}
		if d < 1 || d > 1<<32 {
			add("dimension %d is %d, want 1..2^32", i, d)
			continue
		}
		last += (d - 1) * st // below 2^32 · 2^40 / size · 5: no overflow
	}
	if n := int64(b.Len()); len(probs) == 0 && last >= n {
		add("the view reaches element %d of buffer %q, which has %d", last, b.Name, n)
	}
	return probs
}

// word returns the shared-memory word of element i of the map's buffer
// (shared arrays hold f32 bits for float types, the sign-extended value
// for integers).
func (m *TensorMap) word(t kir.Type) func(i int64) uint64 {
	b := m.Buf
	switch t {
	case kir.F32:
		return func(i int64) uint64 { return uint64(math.Float32bits(b.F32[i])) }
	case kir.F16:
		return func(i int64) uint64 { return uint64(math.Float32bits(safetensors.F16ToFloat32(b.F16[i]))) }
	case kir.BF16:
		return func(i int64) uint64 { return uint64(math.Float32bits(safetensors.BF16ToFloat32(b.BF16[i]))) }
	case kir.I32:
		return func(i int64) uint64 { return uint64(int64(b.I32[i])) }
	case kir.I64:
		return func(i int64) uint64 { return uint64(b.I64[i]) }
	}
	panic(unsupported(t))
}

// mbar is the state of one mbarrier, guarded by block.mbarMu.
type mbar struct {
	init    bool
	fenced  bool   // a fence.mbarrier_init by the initialising thread since
	initBy  int32  // the initialising thread
	initEp  uint32 // its barrier epoch then
	count   int32  // arrivals a phase expects
	pending int32  // arrivals still missing in the current phase
	tx      int64  // bytes expected and not landed in the current phase (negative: landed before their expect_tx)
	phase   uint64 // phases completed

	loads  []*tmaLoad // TMA loads of the current phase
	landed []*tmaLoad // loads of phase landedPhase (the last completed) not yet in shared memory
	// landedPhase is the phase of landed.
	landedPhase uint64

	waiters int32         // threads blocked on ch
	ch      chan struct{} // closed when the current phase completes; nil while nobody waits
}

// tmaLoad is a TMA load in flight: the box, read at issue, as the words
// that land at indices idx of shared array k.
type tmaLoad struct {
	k    int
	idx  []int64
	vals []uint64
	by   int32 // the issuing thread
	site int32
	// barK, barI: its mbarrier (element barI of shared array barK).
	barK, barI int
}

// tmaEpochNone marks a load's data that landed without a wait observing
// its phase (before the next operation on the barrier): no barrier epoch
// orders it for other threads.
const tmaEpochNone = 1<<32 - 1

// land writes the loads of the last completed phase to shared memory, if
// that phase is one of the first seen completed (the phase a wait
// observed; MaxUint64 before anything else happens on the barrier), and
// records for each word which load wrote it: ep is the barrier epoch of
// the waiting thread, tmaEpochNone when no wait lands it. The caller
// holds mbarMu.
func (b *block) land(m *mbar, seen uint64, ep uint32) {
	if len(m.landed) == 0 || m.landedPhase >= seen {
		return
	}
	for _, l := range m.landed {
		sh, bz, from, at := b.sh[l.k], b.tmaBusy[l.k], b.tmaFrom[l.k], b.tmaFromAt[l.k]
		rec := uint64(l.barK)<<48 | uint64(l.barI)<<32 | uint64(ep)
		for j, i := range l.idx {
			// An async-proxy write: not the thread's (no proxy fence
			// needed before a wgmma, no race shadow record).
			atomic.StoreUint64(&sh[i], l.vals[j])
			at[i].Store(rec)
			from[i].Store(m.landedPhase + 1)
			bz[i].Add(-1)
		}
	}
	m.landed = nil
}

// tmaVisible reports a read of word i of shared array k that a TMA load
// wrote, by a thread that neither waited for the load's phase itself nor
// passed a __syncthreads after the wait that landed it: nothing orders the
// load's write before the read (on the GPU it may see the old data).
func (t *thread) tmaVisible(k int, i int64, site int32) {
	b := t.blk
	need := b.tmaFrom[k][i].Load()
	if need == 0 {
		return
	}
	rec := b.tmaFromAt[k][i].Load()
	bk, bi, ep := int(rec>>48), int(rec>>32&0xffff), uint32(rec)
	if t.mbSeen[bk][bi] >= need || ep != tmaEpochNone && t.epoch > ep {
		return
	}
	name, bar := b.p.shName[k], b.p.shName[bk]
	t.report(site, kTma, 3, func(l Loc) located {
		return &BadTma{Loc: l, Msg: fmt.Sprintf("reads %s[%d], which a cp.async.bulk.tensor wrote, without waiting for its phase on %s[%d] (or a __syncthreads after a thread's wait): the data may not be visible to this thread", name, i, bar, bi)}
	})
}

// mbarAt is barrier i of shared array k, or nil if i is out of bounds
// (reported). The caller holds mbarMu.
func (t *thread) mbarAt(k int, i int64, site int32, store bool) *mbar {
	ms := t.blk.mbars[k]
	if uint64(i) >= uint64(len(ms)) {
		t.oob(site, store, true, t.blk.p.shName[k], i, len(ms))
		return nil
	}
	return &ms[i]
}

// mbarUse checks barrier i of shared array k before thread t uses it: it
// must be initialised, by t or before a __syncthreads t passed.
func (t *thread) mbarUse(m *mbar, k int, i int64, site int32, what string) bool {
	name := t.blk.p.shName[k]
	if !m.init {
		t.report(site, kMbar, 0, func(l Loc) located {
			return &BadMbarrier{Loc: l, Msg: fmt.Sprintf("%s on %s[%d], which is not initialised (mbarrier.init)", what, name, i)}
		})
		return false
	}
	if m.initBy != t.lin && m.initEp == t.epoch {
		by := t.blk.threads[m.initBy]
		t.report(site, kMbar, 1, func(l Loc) located {
			return &BadMbarrier{Loc: l, Msg: fmt.Sprintf("%s on %s[%d], initialised by thread %s with no __syncthreads between", what, name, i, fmtTid(by))}
		})
	}
	return true
}

// mbarInit is mbarrier.init: phase 0, count arrivals expected.
func (t *thread) mbarInit(site int32, k int, i int64, count int32) {
	b := t.blk
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	m := t.mbarAt(k, i, site, true)
	if m == nil {
		return
	}
	b.land(m, math.MaxUint64, tmaEpochNone)
	if n := len(m.loads); n > 0 {
		t.report(site, kMbar, 6, func(l Loc) located {
			return &BadMbarrier{Loc: l, Msg: fmt.Sprintf("mbarrier.init of %s[%d] with %d TMA loads in flight on it (their data never lands)", b.p.shName[k], i, n)}
		})
	}
	// Threads waiting on it (undefined on the GPU) wait for its next phase.
	*m = mbar{init: true, initBy: t.lin, initEp: t.epoch, count: count, pending: count, waiters: m.waiters, ch: m.ch}
	t.mbInit = append(t.mbInit, m)
}

// fenceMbarInit is fence.mbarrier_init: the thread's initialisations are
// now visible to the async proxy (the TMA loads completing on them).
func (t *thread) fenceMbarInit() {
	b := t.blk
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	for _, m := range t.mbInit {
		if m.initBy == t.lin {
			m.fenced = true
		}
	}
	t.mbInit = t.mbInit[:0]
}

// mbarArrive is mbarrier.arrive.expect_tx: bytes more expected, one
// arrival fewer.
func (t *thread) mbarArrive(site int32, k int, i int64, bytes int64) {
	b := t.blk
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	m := t.mbarAt(k, i, site, true)
	if m == nil || !t.mbarUse(m, k, i, site, "mbarrier.arrive.expect_tx") {
		return
	}
	b.land(m, math.MaxUint64, tmaEpochNone)
	m.tx += bytes
	m.pending--
	t.mbarCheck(m, site, k, i)
}

// mbarCheck completes the current phase of m if every arrival happened
// and every byte expected landed, waking its waiters. The caller holds
// mbarMu.
func (t *thread) mbarCheck(m *mbar, site int32, k int, i int64) {
	if m.pending > 0 {
		return
	}
	if m.tx < 0 {
		tx := m.tx
		t.report(site, kMbar, 2, func(l Loc) located {
			return &BadMbarrier{Loc: l, Msg: fmt.Sprintf("transaction underflow on %s[%d]: phase %d got %d bytes more than its arrivals expected (mbarrier.arrive.expect_tx)",
				t.blk.p.shName[k], i, m.phase, -tx)}
		})
		m.tx = 0 // complete it anyway
	}
	if m.tx > 0 {
		return
	}
	m.phase++
	m.pending = m.count
	m.landed, m.landedPhase, m.loads = m.loads, m.phase-1, nil
	if m.waiters > 0 {
		// They run again: count them before they wake, as syncthreads does.
		t.blk.running.Add(m.waiters)
		m.waiters = 0
		close(m.ch)
		m.ch = nil
	}
}

// mbarWait is mbarrier.try_wait.parity in a loop: it returns once the
// phase of barrier i of shared array k with parity p has completed (the
// current phase's parity is the other one), then lands that phase's
// loads if no thread did yet.
func (t *thread) mbarWait(site int32, k int, i, p int64) {
	b := t.blk
	ch, seen := t.mbarWaitStart(site, k, i, p)
	if ch == nil {
		return
	}
	t.waitOn(ch)
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	b.land(&b.mbars[k][i], seen, t.epoch)
	t.mbSeen[k][i] = max(t.mbSeen[k][i], seen)
}

// mbarWaitStart returns at once (nil) if the phase waited for has
// completed, else registers t as a waiter of the current phase and
// returns the channel to wait on and the phases completed once it closes.
func (t *thread) mbarWaitStart(site int32, k int, i, p int64) (chan struct{}, uint64) {
	b := t.blk
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	m := t.mbarAt(k, i, site, false)
	if m == nil || !t.mbarUse(m, k, i, site, "mbarrier.try_wait.parity") {
		return nil, 0
	}
	if p != 0 && p != 1 {
		t.report(site, kMbar, 4, func(l Loc) located {
			return &BadMbarrier{Loc: l, Msg: fmt.Sprintf("mbarrier.try_wait.parity on %s[%d] with parity %d, want 0 or 1", b.p.shName[k], i, p)}
		})
		p &= 1
	}
	if m.phase%2 != uint64(p) {
		b.land(m, m.phase, t.epoch) // the phase of parity p is the last completed
		t.mbSeen[k][i] = max(t.mbSeen[k][i], m.phase)
		return nil, 0
	}
	if b.failed.Load() {
		panic(abortSignal{})
	}
	if m.ch == nil {
		m.ch = make(chan struct{})
	}
	m.waiters++
	t.wait = site
	t.mbWaitK, t.mbWaitI = k, int(i)
	return m.ch, m.phase + 1
}

// tmaIssue puts load l on the current phase of barrier i of shared array
// k: its bytes land at once.
func (t *thread) tmaIssue(site int32, k int, i int64, l *tmaLoad, bytes int64) {
	b := t.blk
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	m := t.mbarAt(k, i, site, true)
	if m == nil || !t.mbarUse(m, k, i, site, "cp.async.bulk.tensor") {
		return
	}
	if !m.fenced {
		t.report(site, kMbar, 5, func(l Loc) located {
			return &BadMbarrier{Loc: l, Msg: fmt.Sprintf("cp.async.bulk.tensor completing on %s[%d], whose initialisation no fence.mbarrier_init followed", b.p.shName[k], i)}
		})
	}
	b.land(m, math.MaxUint64, tmaEpochNone)
	l.barK, l.barI = k, int(i)
	for _, i := range l.idx {
		b.tmaBusy[l.k][i].Add(1)
	}
	m.loads = append(m.loads, l)
	m.tx -= bytes
	t.mbarCheck(m, site, k, i)
}

// markTmaDst marks the shared arrays the TMA loads in ss write (before
// the body is compiled: loads of them take the checked path).
func markTmaDst(ss []kir.Stmt, shared map[*kir.Shared]int, dst []bool) {
	for _, s := range ss {
		switch s := s.(type) {
		case *kir.TmaLoad:
			dst[shared[s.Dst]] = true
		case *kir.For:
			markTmaDst(s.Body, shared, dst)
		case *kir.If:
			markTmaDst(s.Then, shared, dst)
			markTmaDst(s.Else, shared, dst)
		}
	}
}

// tmaBusyAccess reports an access of word i of shared array k while a
// TMA load into it is in flight (issued, its phase not yet waited for):
// the load may land before or after it.
func (t *thread) tmaBusyAccess(k int, i int64, site int32, store bool) {
	what := "reads"
	if store {
		what = "writes"
	}
	name := t.blk.p.shName[k]
	t.report(site, kTma, 2, func(l Loc) located {
		return &BadTma{Loc: l, Msg: fmt.Sprintf("%s %s[%d] while a cp.async.bulk.tensor into it is in flight (issued, its mbarrier phase not yet waited for): wait for the phase first, or, to reuse a stage, issue the load only after every thread is done with it", what, name, i)}
	})
}

// mbarState describes barrier i of shared array k for a report. The
// caller holds mbarMu.
func (b *block) mbarState(k int, i int64) string {
	m := &b.mbars[k][i]
	return fmt.Sprintf("%s[%d] is in phase %d with %d of %d arrivals and %d transaction bytes missing",
		b.p.shName[k], i, m.phase, m.pending, m.count, m.tx)
}

// checkTma reports the TMA loads whose phase never completed. It runs
// once every thread of the block exited.
func (b *block) checkTma() {
	b.mbarMu.Lock()
	defer b.mbarMu.Unlock()
	for k, ms := range b.mbars {
		for i := range ms {
			m := &ms[i]
			if len(m.loads) == 0 {
				continue
			}
			l, n, state := m.loads[0], len(m.loads), b.mbarState(k, int64(i))
			b.threads[l.by].report(l.site, kTma, 1, func(lc Loc) located {
				return &BadTma{Loc: lc, Msg: fmt.Sprintf("the block ends with %d TMA loads whose phase never completed (their data never lands): %s", n, state)}
			})
		}
	}
}

// ----------------------------------------------------------------- compile

// mbarOperand compiles a barrier operand: the shared array (marked as
// barriers) and the index.
func (c *compiler) mbarOperand(bar *kir.Shared, i kir.Expr) (int, iFn) {
	k := c.shared[bar]
	c.p.mbarArr[k] = true
	c.nmbar++
	return k, c.ie(i)
}

func (c *compiler) mbarStmt(s kir.Stmt) sFn {
	switch s := s.(type) {
	case *kir.MbarInit:
		k, idx := c.mbarOperand(s.Bar, s.Index)
		site, n := c.site("", false), int32(s.Count)
		return func(t *thread) { t.mbarInit(site, k, idx(t), n) }
	case *kir.FenceMbarInit:
		c.nmbar++
		return func(t *thread) { t.fenceMbarInit() }
	case *kir.MbarArriveTx:
		k, idx := c.mbarOperand(s.Bar, s.Index)
		site, n := c.site("", false), int64(s.Bytes)
		return func(t *thread) { t.mbarArrive(site, k, idx(t), n) }
	case *kir.MbarWait:
		k, idx := c.mbarOperand(s.Bar, s.Index)
		par := c.ie(s.Parity)
		c.nwait++
		site := c.site(fmt.Sprintf("mbarrier.try_wait.parity #%d on %s", c.nwait, s.Bar.Name), false)
		c.p.mbarSite[site] = true
		return func(t *thread) { t.mbarWait(site, k, idx(t), par(t)) }
	case *kir.TmaLoad:
		return c.tmaLoad(s)
	}
	panic(unsupported(s))
}

// tmaLoad reads the box at issue (zeros outside the tensor), computes
// where each element lands (swizzled if the map is) and puts the load on
// its barrier's current phase.
func (c *compiler) tmaLoad(s *kir.TmaLoad) sFn {
	m := c.maps[s.Map]
	start := c.ie(s.Start)
	coords := make([]iFn, len(s.Coords))
	for d, x := range s.Coords {
		coords[d] = c.ie(x)
	}
	bk, bidx := c.mbarOperand(s.Bar, s.BarIndex)
	site, bsite := c.site("", false), c.site("", false)
	dk, dlen, name := c.shared[s.Dst], int64(s.Dst.Len), s.Dst.Name
	box, swizzle := s.Map.Map.Box, s.Map.Map.Swizzle == 128
	size := int64(s.Map.Type.Size())
	n := s.Map.Map.BoxElems()
	bytes := int64(n) * size
	word := m.word(s.Map.Type)
	dims, strides := m.Dims, append([]int64{1}, m.Strides...)
	what := "cp.async.bulk.tensor from " + s.Map.Name
	return func(t *thread) {
		st := start(t)
		if st*size%128 != 0 {
			t.report(site, kAlign, 0, func(l Loc) located {
				return &Misaligned{Loc: l, Msg: fmt.Sprintf("%s into %s[%d]: the destination must start on 128 bytes (a multiple of %d elements)", what, name, st, 128/size)}
			})
			return
		}
		var at [5]int64 // coordinates of the box's first element
		for d, f := range coords {
			at[d] = f(t)
			if at[d] < math.MinInt32 || at[d] > math.MaxInt32 {
				x := at[d]
				t.report(site, kTma, 0, func(l Loc) located {
					return &BadTma{Loc: l, Msg: fmt.Sprintf("%s: coordinate %d is %d, which does not fit in 32 bits", what, d, x)}
				})
				return
			}
		}
		l := &tmaLoad{k: dk, by: t.lin, site: site, idx: make([]int64, 0, n), vals: make([]uint64, 0, n)}
		var in [5]int // the element's position in the box, innermost first
		bad := int64(-1)
		for e := range n {
			off, inside := int64(0), true
			for d := range box {
				x := at[d] + int64(in[d])
				if x < 0 || x >= dims[d] {
					inside = false
					break
				}
				off += x * strides[d]
			}
			var v uint64 // zero outside the tensor
			if inside {
				v = word(off)
			}
			di := st + int64(e)
			if swizzle {
				di = kir.SwizzleElem(di)
			}
			if uint64(di) < uint64(dlen) {
				l.idx, l.vals = append(l.idx, di), append(l.vals, v)
			} else if bad < 0 {
				bad = di
			}
			for d := range box {
				if in[d]++; in[d] < box[d] {
					break
				}
				in[d] = 0
			}
		}
		if bad >= 0 {
			t.oob(site, true, true, name, bad, int(dlen))
		}
		t.tmaIssue(bsite, bk, bidx(t), l, bytes)
	}
}
