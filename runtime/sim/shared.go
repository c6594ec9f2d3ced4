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

// Global race shadows, for every element of a buffer the kernel may write.
// The writer word: bits 0–39 the last writer (block·threads + thread + 1;
// 0: none), bits 40–59 its barrier epoch. The reader word: bits 0–39 a
// reader, bits 40–59 its epoch, bit 60 several threads of its block read
// in that epoch, bit 61 several blocks read (for the rest of the launch).
//
// Blocks of a launch cannot synchronise, so two accesses by different
// blocks of which one writes conflict; within a block they do when no
// __syncthreads came between. Recording both reads and writes catches a
// conflicting pair whichever order the goroutine schedule runs it in: the
// second access finds the first.
const (
	gIDBits     = 40
	gIDMask     = 1<<gIDBits - 1
	gMulti      = uint64(1) << 60
	gMultiBlock = uint64(1) << 61
)

// gShadow is one buffer's writer and reader words.
type gShadow struct {
	name string
	w, r []uint64
}

// globalAccess records an access of element i by t and reports a conflict
// with an earlier access: a read of another thread's write, a write after
// another thread's write or read.
func (t *thread) globalAccess(sh *gShadow, i int64, store bool, site int32) {
	n := uint64(t.blk.p.n)
	blk := uint64(t.blk.lin)
	me := blk*n + uint64(t.lin) + 1
	e := uint64(t.epoch) & shEpochMask
	// conflicts says whether an access by id in epoch ep is unordered
	// with this one.
	conflicts := func(id, ep uint64) bool {
		return id != 0 && id != me && ((id-1)/n != blk || ep == e)
	}
	p := &sh.w[i]
	var other uint64
	kind := ReadAfterWrite
	for {
		old := atomic.LoadUint64(p)
		other = 0
		if wid, we := old&gIDMask, old>>gIDBits&shEpochMask; conflicts(wid, we) {
			other = wid
		}
		if !store {
			break
		}
		kind = WriteAfterWrite
		nw := me | e<<gIDBits
		if old == nw || atomic.CompareAndSwapUint64(p, old, nw) {
			break
		}
	}
	unknown := false // a conflicting reader whose id is not kept
	r := &sh.r[i]
	for {
		old := atomic.LoadUint64(r)
		rid, re := old&gIDMask, old>>gIDBits&shEpochMask
		if store {
			if other == 0 {
				switch {
				case conflicts(rid, re):
					kind, other = WriteAfterRead, rid
				case old&gMultiBlock != 0 || old&gMulti != 0 && (rid-1)/n == blk && re == e:
					kind, unknown = WriteAfterRead, true // other readers; the one kept is t
				}
			}
			break
		}
		var nw uint64
		switch {
		case rid == 0 || (rid-1)/n == blk && re != e:
			nw = me | e<<gIDBits | old&gMultiBlock // the first read, or the first since a barrier
		case (rid-1)/n != blk:
			nw = old | gMultiBlock
		case rid != me:
			nw = old | gMulti
		default:
			nw = old
		}
		if nw == old || atomic.CompareAndSwapUint64(r, old, nw) {
			break
		}
	}
	if other == 0 && !unknown {
		return
	}
	bd, g := t.blk.p.k.Block, t.blk.p.grid
	ob, ot := [3]int{-1, -1, -1}, [3]int{-1, -1, -1}
	if other != 0 {
		b, th := int64((other-1)/n), int((other-1)%n)
		ob = [3]int{int(b % g[0]), int(b / g[0] % g[1]), int(b / (g[0] * g[1]))}
		ot = [3]int{th % bd[0], th / bd[0] % bd[1], th / (bd[0] * bd[1])}
	}
	t.report(site, kRace, 3+uint8(kind), func(l Loc) located {
		return &GlobalRace{Loc: l, Kind: kind, Buffer: sh.name, Index: i, OtherBlock: ob, OtherThread: ot}
	})
}
