package sim

import "sync/atomic"

// Race shadow word, one per shared-memory word:
//
//	bits  0–10  last writer (thread index + 1; 0: none in this epoch)
//	bits 11–30  its barrier epoch (mod 2^20)
//	bits 31–41  a reader (thread index + 1; 0: none)
//	bits 42–61  the readers' barrier epoch
//	bit  62     several distinct readers in that epoch
//
// An epoch is the number of __syncthreads a thread has passed; every
// thread of a block is in the same epoch between two barriers, so two
// accesses conflict when they are in the same epoch, by different threads,
// and at least one writes. A read clears a writer of an older epoch, so an
// epoch number can only come round again (2^20 barriers later) on a word
// nobody touched in between.
const (
	shTidBits   = 11
	shEpochBits = 20
	shTidMask   = 1<<shTidBits - 1
	shEpochMask = 1<<shEpochBits - 1
	shREShift   = 2*shTidBits + shEpochBits
	shRTShift   = shTidBits + shEpochBits
	shMulti     = uint64(1) << 62
)

func unpack(w uint64) (wt, we, rt, re uint64, multi bool) {
	return w & shTidMask, w >> shTidBits & shEpochMask, w >> shRTShift & shTidMask, w >> shREShift & shEpochMask, w&shMulti != 0
}

func pack(wt, we, rt, re uint64, multi bool) uint64 {
	w := wt | we<<shTidBits | rt<<shRTShift | re<<shREShift
	if multi {
		w |= shMulti
	}
	return w
}

// raceRead records a read of shared array k, word i, by t and reports a
// read after another thread's write in the same epoch.
func (t *thread) raceRead(k int, i int64, site int32) {
	p := &t.shadow[k][i]
	me := uint64(t.lin) + 1
	e := uint64(t.epoch) & shEpochMask
	var other uint64
	for {
		old := atomic.LoadUint64(p)
		wt, we, rt, re, multi := unpack(old)
		if re == e && (rt == me || multi) && (wt == 0 || wt == me && we == e) {
			return // already recorded, nothing to report: the common case
		}
		other = 0
		if wt != 0 && we == e && wt != me {
			other = wt
		}
		if we != e {
			wt, we = 0, 0
		}
		switch {
		case rt == 0 || re != e:
			rt, re, multi = me, e, false
		case rt != me:
			multi = true
		}
		nw := pack(wt, we, rt, re, multi)
		if nw == old || atomic.CompareAndSwapUint64(p, old, nw) {
			break
		}
	}
	if other != 0 {
		t.race(k, i, site, ReadAfterWrite, int64(other)-1)
	}
}

// raceWrite records a write of shared array k, word i, by t and reports a
// write after another thread's read or write in the same epoch.
func (t *thread) raceWrite(k int, i int64, site int32) {
	p := &t.shadow[k][i]
	me := uint64(t.lin) + 1
	e := uint64(t.epoch) & shEpochMask
	var kind RaceKind
	var other int64 // thread index + 1; 0: unknown
	var found bool
	for {
		old := atomic.LoadUint64(p)
		wt, we, rt, re, multi := unpack(old)
		found, other = true, 0
		switch {
		case wt != 0 && we == e && wt != me:
			kind, other = WriteAfterWrite, int64(wt)
		case rt != 0 && re == e && rt != me:
			kind, other = WriteAfterRead, int64(rt)
		case rt != 0 && re == e && multi:
			kind = WriteAfterRead // other readers; the first one was t
		default:
			found = false
		}
		if re != e {
			rt, re, multi = 0, 0, false
		}
		nw := pack(me, e, rt, re, multi)
		if nw == old || atomic.CompareAndSwapUint64(p, old, nw) {
			break
		}
	}
	if found {
		t.race(k, i, site, kind, other-1)
	}
}

func (t *thread) race(k int, i int64, site int32, kind RaceKind, other int64) {
	p := t.blk.p
	o := [3]int{-1, -1, -1}
	if other >= 0 {
		bd := p.k.Block
		o = [3]int{int(other) % bd[0], int(other) / bd[0] % bd[1], int(other) / (bd[0] * bd[1])}
	}
	t.report(site, kRace, uint8(kind), func(l Loc) located {
		return &Race{Loc: l, Kind: kind, Array: p.shName[k], Index: i, Other: o}
	})
}

// Global race shadow word, one per element of a buffer the kernel may
// write: bits 0–39 the last writer (block·threads + thread + 1; 0: none),
// bits 40–59 its barrier epoch. Blocks of a launch cannot synchronise, so
// an access by another block to an element some thread wrote is a race;
// within the block it is one when no __syncthreads came between. Reads are
// not recorded: a write after another thread's read (WAR) is not caught.
const gIDBits = 40

func (t *thread) globalAccess(sh []uint64, i int64, store bool, site int32, name string) {
	p := &sh[i]
	n := uint64(t.blk.p.n)
	me := uint64(t.blk.lin)*n + uint64(t.lin) + 1
	e := uint64(t.epoch) & shEpochMask
	var other uint64
	for {
		old := atomic.LoadUint64(p)
		wid, we := old&(1<<gIDBits-1), old>>gIDBits&shEpochMask
		other = 0
		if wid != 0 && wid != me && ((wid-1)/n != uint64(t.blk.lin) || we == e) {
			other = wid
		}
		if !store {
			break
		}
		nw := me | e<<gIDBits
		if old == nw || atomic.CompareAndSwapUint64(p, old, nw) {
			break
		}
	}
	if other == 0 {
		return
	}
	kind := ReadAfterWrite
	if store {
		kind = WriteAfterWrite
	}
	bd, g := t.blk.p.k.Block, t.blk.p.grid
	ob, ot := int64((other-1)/n), int((other-1)%n)
	t.report(site, kRace, 3+uint8(kind), func(l Loc) located {
		return &GlobalRace{Loc: l, Kind: kind, Buffer: name, Index: i,
			OtherBlock:  [3]int{int(ob % g[0]), int(ob / g[0] % g[1]), int(ob / (g[0] * g[1]))},
			OtherThread: [3]int{ot % bd[0], ot / bd[0] % bd[1], ot / (bd[0] * bd[1])}}
	})
}
