package sim

import (
	"fmt"
	"math"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// program is a kernel compiled for one launch.
type program struct {
	k      *kir.Kernel
	body   func(*thread)
	grid   [3]int64
	n      int32 // threads per block
	sync   bool  // has barriers or shuffles: one goroutine per thread
	mma    bool  // has tensor-core mma: warp rounds carry operands
	nwg    int   // wgmma sites
	wgSite []int32
	gRaces bool // race shadows on the global buffers the kernel writes
	races  bool
	mbar   bool // has mbarriers or TMA loads
	// mbarArr marks the shared arrays used as mbarriers, by array.
	mbarArr []bool
	// tmaDst marks the shared arrays TMA loads write, by array.
	tmaDst []bool

	shName []string // shared arrays
	shLen  []int

	ni, nf, nb int      // register slots per class
	sites      []string // rendezvous sites (barrier, shuffle, mbarrier wait) by site id; "" for others
	shflSite   []bool
	mbarSite   []bool // mbarrier waits
	nbarSite   []bool // named barriers (bar.sync)

	errs collector
}

// worker runs blocks one at a time, reusing its threads and shared memory.
type worker struct {
	p       *program
	blk     *block
	threads []*thread
	wg      sync.WaitGroup
}

// block is one block in flight.
type block struct {
	p      *program
	idx    [3]int64
	lin    int64
	n      int32
	sh     [][]uint64 // shared arrays, accessed atomically
	shadow [][]uint64 // race shadow words, one per shared word

	running   atomic.Int32 // threads neither waiting at a rendezvous nor exited
	round     atomic.Pointer[round]
	warps     []warp
	failed    atomic.Bool
	diagnosed atomic.Bool
	// wgIssued counts the wgmma each warp issued, by warp and site
	// (lane 0 counts): the warps of a warpgroup must agree.
	wgIssued []atomic.Int64
	// proxyStale: at the last __syncthreads a thread had written shared
	// memory without fence.proxy.async since (a wgmma may not read it).
	proxyStale atomic.Bool
	threads    []*thread
	// mbars is the state of the mbarriers, by shared array (nil for
	// arrays not used as barriers) and element, guarded by mbarMu.
	mbars  [][]mbar
	mbarMu sync.Mutex
	// nbars are the named barriers (kir.NamedBarrier) 1 to 15, guarded by
	// nbarMu.
	nbars  [16]namedBar
	nbarMu sync.Mutex
	// tmaBusy counts, per word of the arrays TMA loads write (nil for the
	// others), the loads issued into it that have not landed: an access
	// meanwhile is a race with the load (BadTma).
	tmaBusy [][]atomic.Int32
	// tmaFrom records, per word of those arrays, the load that last wrote
	// it (0: none, or a thread's store since): the phases its barrier must
	// have completed for a thread that waited on it (phase + 1), and
	// tmaFromAt that barrier and the barrier epoch of the wait that landed
	// it (tmaEpochNone: no wait did). See thread.tmaVisible.
	tmaFrom, tmaFromAt [][]atomic.Uint64
}

type warp struct {
	id    int32
	size  int32
	round atomic.Pointer[shflRound]
}

// round is one rendezvous: a __syncthreads of the block or a shuffle of a
// warp. The last arrival closes ch.
type round struct {
	ch       chan struct{}
	arrivals atomic.Int32
	site     atomic.Int32 // rendezvous site of the first arrival
	mismatch atomic.Bool  // an arrival came from another site
	closed   atomic.Bool
	unfenced atomic.Bool // an arrival had unfenced shared-memory writes (barriers)
}

func (r *round) release() {
	if r.closed.CompareAndSwap(false, true) {
		close(r.ch)
	}
}

type shflRound struct {
	round
	vals [32]uint64
	wide *[32]mmaIn // an mma's operands, lane by lane (programs with an mma)
}

func newRound() *round { return &round{ch: make(chan struct{})} }

func newShflRound(wide bool) *shflRound {
	r := &shflRound{}
	if wide {
		r.wide = new([32]mmaIn)
	}
	r.ch = make(chan struct{})
	return r
}

// Thread wait states (thread.wait): running, exited, or the site id of the
// rendezvous it waits at.
const (
	waitRunning int32 = 0
	waitExited  int32 = -1
)

// thread is one simulated CUDA thread.
type thread struct {
	i []int64   // i32 and i64 registers
	f []float32 // f32, f16 and bf16 registers
	b []bool

	tid    [3]int64
	lin    int32 // linear thread index in the block
	lane   int32
	blk    *block
	warp   *warp
	sh     [][]uint64
	shadow [][]uint64
	epoch  uint32 // barriers passed
	wait   int32

	open   []asyncCopy   // cp.async copies of the open group
	groups [][]asyncCopy // committed groups, oldest first

	wgFenced bool     // a wgmma.fence since the last wgmma.wait_group
	wgOpen   []wgOp   // wgmma of the open group
	wgGroups [][]wgOp // committed wgmma groups, oldest first
	unfenced bool     // shared-memory writes since the last fence.proxy.async

	mbInit []*mbar // barriers initialised since the last fence.mbarrier_init
	// mbSeen is, per mbarrier (as block.mbars), the phases the thread has
	// seen completed by its own waits.
	mbSeen           [][]uint64
	mbWaitK, mbWaitI int // the barrier of the mbarrier wait t.wait names (diagnose)
}

// asyncCopy is a cp.async in flight: the values were read at issue, they
// land in shared array k from index i at the wait that completes them.
type asyncCopy struct {
	k    int
	i    int64
	site int32
	vals []float32
}

func (t *thread) pendingCopies() int {
	n := len(t.open)
	for _, g := range t.groups {
		n += len(g)
	}
	return n
}

// asyncWait completes every committed group but the newest n.
func (t *thread) asyncWait(n int) {
	for len(t.groups) > n {
		for _, c := range t.groups[0] {
			for e, v := range c.vals {
				if t.shOK(c.k, c.i+int64(e), c.site, true) {
					atomic.StoreUint64(&t.sh[c.k][c.i+int64(e)], uint64(math.Float32bits(v)))
					t.unfenced = true
				}
			}
		}
		t.groups = t.groups[1:]
	}
}

// abortSignal unwinds a thread of a failed block.
type abortSignal struct{}

func newWorker(p *program) *worker {
	w := &worker{p: p}
	b := &block{p: p, n: p.n}
	b.sh = make([][]uint64, len(p.shLen))
	for i, n := range p.shLen {
		b.sh[i] = make([]uint64, n)
	}
	if p.races {
		b.shadow = make([][]uint64, len(p.shLen))
		for i, n := range p.shLen {
			b.shadow[i] = make([]uint64, n)
		}
	}
	nt := int32(1)
	if p.sync {
		nt = p.n
		nw := (p.n + 31) / 32
		b.warps = make([]warp, nw)
		for i := range b.warps {
			b.warps[i].id = int32(i)
			b.warps[i].size = min(32, p.n-int32(i)*32)
		}
	}
	if p.nwg > 0 {
		b.wgIssued = make([]atomic.Int64, len(b.warps)*p.nwg)
	}
	if p.mbar {
		b.mbars = make([][]mbar, len(p.shLen))
		for k, isBar := range p.mbarArr {
			if isBar {
				b.mbars[k] = make([]mbar, p.shLen[k])
			}
		}
		b.tmaBusy = make([][]atomic.Int32, len(p.shLen))
		b.tmaFrom = make([][]atomic.Uint64, len(p.shLen))
		b.tmaFromAt = make([][]atomic.Uint64, len(p.shLen))
		for k, dst := range p.tmaDst {
			if dst {
				b.tmaBusy[k] = make([]atomic.Int32, p.shLen[k])
				b.tmaFrom[k] = make([]atomic.Uint64, p.shLen[k])
				b.tmaFromAt[k] = make([]atomic.Uint64, p.shLen[k])
			}
		}
	}
	w.threads = make([]*thread, nt)
	for i := range w.threads {
		t := &thread{
			i: make([]int64, p.ni), f: make([]float32, p.nf), b: make([]bool, p.nb),
			blk: b, sh: b.sh, shadow: b.shadow,
		}
		t.setID(int32(i))
		if p.mbar {
			t.mbSeen = make([][]uint64, len(b.mbars))
			for k, ms := range b.mbars {
				if ms != nil {
					t.mbSeen[k] = make([]uint64, len(ms))
				}
			}
		}
		w.threads[i] = t
	}
	b.threads = w.threads
	w.blk = b
	return w
}

func (t *thread) setID(id int32) {
	bd := t.blk.p.k.Block
	t.lin = id
	t.tid = [3]int64{int64(id) % int64(bd[0]), int64(id) / int64(bd[0]) % int64(bd[1]), int64(id) / int64(bd[0]*bd[1])}
	t.lane = id % 32
	if len(t.blk.warps) > 0 {
		t.warp = &t.blk.warps[id/32]
	}
}

func (w *worker) runBlock(lin int64) {
	p, b := w.p, w.blk
	b.lin = lin
	g := p.grid
	b.idx = [3]int64{lin % g[0], lin / g[0] % g[1], lin / (g[0] * g[1])}
	for i := range b.sh {
		clear(b.sh[i])
		if p.races {
			clear(b.shadow[i])
		}
	}
	if !p.sync {
		w.runSequential()
		return
	}
	b.failed.Store(false)
	b.diagnosed.Store(false)
	b.proxyStale.Store(false)
	for i := range b.wgIssued {
		b.wgIssued[i].Store(0)
	}
	for _, ms := range b.mbars {
		clear(ms)
	}
	b.nbars = [16]namedBar{}
	for k, bz := range b.tmaBusy {
		for i := range bz {
			bz[i].Store(0)
			b.tmaFrom[k][i].Store(0)
		}
	}
	b.running.Store(p.n)
	b.round.Store(newRound())
	for i := range b.warps {
		b.warps[i].round.Store(newShflRound(p.mma))
	}
	w.wg.Add(len(w.threads))
	for _, t := range w.threads {
		t.epoch = 0
		t.wait = waitRunning
		go t.run(&w.wg)
	}
	w.wg.Wait()
	if p.nwg > 0 && !b.failed.Load() {
		b.checkWarpgroups()
	}
	if p.mbar && !b.failed.Load() {
		b.checkTma()
	}
	if !b.failed.Load() {
		b.checkNamedBarriers()
	}
}

// runSequential runs the threads of a block without barriers or shuffles
// one after another: nothing can tell the order apart.
func (w *worker) runSequential() {
	t := w.threads[0]
	defer func() {
		if e := recover(); e != nil {
			t.internal(e)
		}
	}()
	for id := int32(0); id < w.p.n; id++ {
		t.setID(id)
		w.p.body(t)
	}
}

func (t *thread) run(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(abortSignal); ok {
				return
			}
			t.internal(e)
		}
	}()
	t.open, t.groups = nil, nil
	t.wgFenced, t.wgOpen, t.wgGroups, t.unfenced = false, nil, nil, false
	t.mbInit = t.mbInit[:0]
	for _, s := range t.mbSeen {
		clear(s)
	}
	t.blk.p.body(t)
	if n := t.pendingCopies(); n > 0 {
		t.report(-2, kAlign, 1, func(l Loc) located { return &LostCopy{Loc: l, Copies: n} })
	}
	if n := t.pendingWgmma(); n > 0 {
		t.report(-2, kWgmma, 0, func(l Loc) located {
			return &BadWgmma{Loc: l, Msg: fmt.Sprintf("the thread exits with %d wgmma never waited for (commit and end with wgmma.wait_group 0)", n)}
		})
	}
	t.wait = waitExited
	if t.blk.running.Add(-1) == 0 {
		t.blk.diagnose()
	}
}

func (t *thread) loc() Loc {
	b := t.blk
	return Loc{
		Kernel: b.p.k.Name,
		Block:  [3]int{int(b.idx[0]), int(b.idx[1]), int(b.idx[2])},
		Thread: [3]int{int(t.tid[0]), int(t.tid[1]), int(t.tid[2])},
	}
}

// report records a fault of thread t at a site of the kernel.
func (t *thread) report(site int32, kind errKind, sub uint8, mk func(l Loc) located) {
	t.blk.p.errs.add(errKey{site, kind, sub}, t.blk.lin, int64(t.lin), func() located { return mk(t.loc()) })
}

func (t *thread) internal(e any) {
	stack := string(debug.Stack())
	t.report(-1, kInternal, 0, func(l Loc) located {
		return &InternalError{Loc: l, Value: fmt.Sprintf("%v\n%s", e, stack)}
	})
	t.blk.fail()
}

// fail stops the block: every waiting thread wakes and unwinds, running
// threads unwind at their next rendezvous. A round installed concurrently
// is released by its installer, which checks failed after installing it.
func (b *block) fail() {
	b.failed.Store(true)
	if !b.p.sync {
		return // one goroutine, no rendezvous
	}
	b.round.Load().release()
	for i := range b.warps {
		b.warps[i].round.Load().release()
	}
	// Waiters registering after this see failed (set before the lock).
	b.mbarMu.Lock()
	for _, ms := range b.mbars {
		for i := range ms {
			if m := &ms[i]; m.ch != nil {
				close(m.ch)
				m.ch, m.waiters = nil, 0
			}
		}
	}
	b.mbarMu.Unlock()
	b.nbarMu.Lock()
	for i := range b.nbars {
		if nb := &b.nbars[i]; nb.ch != nil {
			close(nb.ch)
			b.nbars[i] = namedBar{}
		}
	}
	b.nbarMu.Unlock()
}

// syncthreads is __syncthreads at site.
func (t *thread) syncthreads(site int32) {
	b := t.blk
	r := b.round.Load()
	t.wait = site
	if !r.site.CompareAndSwap(0, site) && r.site.Load() != site {
		r.mismatch.Store(true)
	}
	if t.unfenced {
		r.unfenced.Store(true)
	}
	if r.arrivals.Add(1) == b.n {
		b.proxyStale.Store(r.unfenced.Load())
		// Every thread arrived: all wait, so diagnose may read their state.
		if r.mismatch.Load() || b.failed.Load() {
			b.diagnose()
			panic(abortSignal{})
		}
		nr := newRound()
		b.round.Store(nr)
		b.running.Add(b.n - 1) // the others run again; this one never stopped
		r.release()
		if b.failed.Load() {
			nr.release()
			panic(abortSignal{})
		}
	} else {
		// A thread counts as running until its arrival is done, so the
		// count reaches zero only when every thread waits or has exited.
		if b.running.Add(-1) == 0 {
			b.diagnose()
		}
		<-r.ch
		if b.failed.Load() {
			panic(abortSignal{})
		}
	}
	t.wait = waitRunning
	t.epoch++
}

// rendezvous is a warp-level rendezvous at site: put stores this lane's
// contribution into the round, and the round is returned once every lane
// of the warp has arrived (its values stay as they were: the next
// rendezvous uses a fresh round).
func (t *thread) rendezvous(site int32, put func(r *shflRound)) *shflRound {
	b, w := t.blk, t.warp
	r := w.round.Load()
	put(r)
	t.wait = site
	if !r.site.CompareAndSwap(0, site) && r.site.Load() != site {
		r.mismatch.Store(true)
	}
	if r.arrivals.Add(1) == w.size {
		if r.mismatch.Load() || b.failed.Load() {
			b.warpDiverged(w)
			panic(abortSignal{})
		}
		nr := newShflRound(b.p.mma)
		w.round.Store(nr)
		b.running.Add(w.size - 1)
		r.release()
		if b.failed.Load() {
			nr.release()
			panic(abortSignal{})
		}
	} else {
		if b.running.Add(-1) == 0 {
			b.diagnose()
		}
		<-r.ch
		if b.failed.Load() {
			panic(abortSignal{})
		}
	}
	t.wait = waitRunning
	return r
}

// shfl exchanges v among the lanes of t's warp and returns the value of
// the source lane (a warp-level rendezvous).
func (t *thread) shfl(site int32, kind kir.ShflKind, v uint64, arg int64) uint64 {
	b, w := t.blk, t.warp
	r := t.rendezvous(site, func(r *shflRound) { r.vals[t.lane] = v })
	if arg < 0 || arg > 31 {
		t.report(site, kShuffle, 0, func(l Loc) located {
			return &BadShuffle{Loc: l, Msg: fmt.Sprintf("%s: lane argument %d outside 0..31", b.p.sites[site], arg)}
		})
		return v
	}
	src := int32(arg)
	switch kind {
	case kir.ShflKindXor:
		src = t.lane ^ src
	case kir.ShflKindDown:
		src = t.lane + src
		if src > 31 {
			return v
		}
	}
	if src >= w.size {
		t.report(site, kShuffle, 1, func(l Loc) located {
			return &BadShuffle{Loc: l, Msg: fmt.Sprintf("%s reads lane %d of warp %d, which has only %d lanes (block of %d threads)",
				b.p.sites[site], src, w.id, w.size, b.n)}
		})
		return v
	}
	return r.vals[src]
}

// mmaIn is the operands one lane brings to an mma: A[0..7], B[0..7] at
// 8..11, C at 12..15.
type mmaIn = [16]float32

// mma is a tensor-core D = A·B + C (m16n8k16) of t's warp: every lane
// brings its fragments in (kir.Mma's layout) and gets its part of D.
// Products of f16/bf16 values are exact in f64 and summed there; D is
// rounded to f32 once, like the hardware up to the order of its additions.
func (t *thread) mma(site int32, in *mmaIn) (d [4]float32) {
	b, w := t.blk, t.warp
	r := t.rendezvous(site, func(r *shflRound) { r.wide[t.lane] = *in })
	if w.size < 32 {
		t.report(site, kShuffle, 2, func(l Loc) located {
			return &BadShuffle{Loc: l, Msg: fmt.Sprintf("%s in warp %d, which has only %d lanes (block of %d threads): an mma needs a full warp",
				b.p.sites[site], w.id, w.size, b.n)}
		})
		return d
	}
	for i := range d {
		row, col := kir.MmaC(int(t.lane), i)
		sum := float64(in[12+i])
		for k := 0; k < 16; k++ {
			sum += float64(r.wide[mmaALane[row][k]][mmaAReg[row][k]]) * float64(r.wide[mmaBLane[k][col]][8+mmaBReg[k][col]])
		}
		d[i] = float32(sum)
	}
	return d
}

// Where element (row, k) of A and (k, col) of B live: lane and register
// (kir.MmaA and kir.MmaB inverted).
var mmaALane, mmaAReg [16][16]int
var mmaBLane, mmaBReg [16][8]int

func init() {
	for lane := 0; lane < 32; lane++ {
		for i := 0; i < 8; i++ {
			r, c := kir.MmaA(lane, i)
			mmaALane[r][c], mmaAReg[r][c] = lane, i
		}
		for i := 0; i < 4; i++ {
			r, c := kir.MmaB(lane, i)
			mmaBLane[r][c], mmaBReg[r][c] = lane, i
		}
	}
}

// group is threads in one wait state, for a divergence report.
type group struct {
	wait  int32
	n     int
	first *thread
}

func groups(ts []*thread) []group {
	m := map[int32]*group{}
	for _, t := range ts {
		g := m[t.wait]
		if g == nil {
			g = &group{wait: t.wait, first: t}
			m[t.wait] = g
		}
		g.n++
	}
	out := make([]group, 0, len(m))
	for _, g := range m {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first.lin < out[j].first.lin })
	return out
}

func (p *program) describe(gs []group, unit string) string {
	var parts []string
	for _, g := range gs {
		s := ""
		switch g.wait {
		case waitExited:
			s = fmt.Sprintf("%d %s exited", g.n, unit)
		case waitRunning:
			s = fmt.Sprintf("%d %s still running", g.n, unit)
		default:
			s = fmt.Sprintf("%d %s at %s", g.n, unit, p.sites[g.wait])
		}
		parts = append(parts, s+" (first "+fmtTid(g.first)+")")
	}
	return strings.Join(parts, ", ")
}

func fmtTid(t *thread) string { return fmt.Sprintf("(%d,%d,%d)", t.tid[0], t.tid[1], t.tid[2]) }

// diagnose runs when no thread of the block runs (all wait or exited) or
// when a __syncthreads round completed with threads from different sites.
// Unless every thread exited, the block cannot go on: report and fail it.
func (b *block) diagnose() {
	if b.failed.Load() || !b.diagnosed.CompareAndSwap(false, true) {
		return
	}
	var first, mb *thread
	bar, nb := false, false
	for _, t := range b.threads {
		if t.wait > 0 {
			if first == nil {
				first = t
			}
			switch {
			case b.p.nbarSite[t.wait]:
				nb = true
			case b.p.mbarSite[t.wait]:
				if mb == nil {
					mb = t
				}
			case !b.p.shflSite[t.wait]:
				bar = true
			}
		}
	}
	if first == nil {
		return // all exited: the normal end
	}
	if mb != nil {
		b.mbarMu.Lock()
		state := b.mbarState(mb.mbWaitK, int64(mb.mbWaitI))
		b.mbarMu.Unlock()
		msg := "mbarrier wait that can never complete (no thread of the block is left running to arrive or issue its phase's copies): " +
			state + "; " + b.p.describe(groups(b.threads), "threads")
		mb.report(mb.wait, kMbar, 3, func(l Loc) located { return &BadMbarrier{Loc: l, Msg: msg} })
		b.fail()
		return
	}
	what := "divergent warp shuffle (every lane of a warp must reach it)"
	switch {
	case nb:
		what = "named barrier (bar.sync) that can never complete (too few threads left to arrive)"
	case bar:
		what = "divergent __syncthreads (every thread of the block must reach the same one)"
	}
	msg := what + ": " + b.p.describe(groups(b.threads), "threads")
	first.report(first.wait, kDiverge, 0, func(l Loc) located { return &DivergentBarrier{Loc: l, Msg: msg} })
	b.fail()
}

// warpDiverged reports lanes of warp w that reached different shuffles.
// Every lane of w waits, so their state may be read.
func (b *block) warpDiverged(w *warp) {
	if b.failed.Load() || !b.diagnosed.CompareAndSwap(false, true) {
		return
	}
	lanes := b.threads[w.id*32 : w.id*32+w.size]
	msg := fmt.Sprintf("divergent warp shuffle (every lane of a warp must reach the same one): warp %d: %s", w.id, b.p.describe(groups(lanes), "lanes"))
	first := lanes[0]
	first.report(first.wait, kDiverge, 0, func(l Loc) located { return &DivergentBarrier{Loc: l, Msg: msg} })
	b.fail()
}
