package sim

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Loc names where a fault happened: the kernel, the block and the thread.
// Repeats counts further faults of the same kind at the same place in the
// kernel (other threads or blocks, or later iterations) that were not
// reported separately; the reported one is the first in (block, thread)
// order.
type Loc struct {
	Kernel  string
	Block   [3]int
	Thread  [3]int
	Repeats int
}

func (l *Loc) loc() *Loc { return l }

func (l *Loc) prefix() string {
	return fmt.Sprintf("kernel %s: block (%d,%d,%d) thread (%d,%d,%d): ", l.Kernel,
		l.Block[0], l.Block[1], l.Block[2], l.Thread[0], l.Thread[1], l.Thread[2])
}

func (l *Loc) suffix() string {
	switch l.Repeats {
	case 0:
		return ""
	case 1:
		return " (and 1 more like it)"
	}
	return fmt.Sprintf(" (and %d more like it)", l.Repeats)
}

type located interface {
	error
	loc() *Loc
}

func fmtIdx(t [3]int) string { return fmt.Sprintf("(%d,%d,%d)", t[0], t[1], t[2]) }

// OutOfBounds is a load or store outside a global buffer or a shared
// array. The access is not performed: a load yields zero.
type OutOfBounds struct {
	Loc
	Store  bool   // a store (else a load)
	Shared bool   // a shared array (else a global buffer)
	Buffer string // the parameter or shared array
	Index  int64
	Len    int
}

func (e *OutOfBounds) Error() string {
	op := "load"
	if e.Store {
		op = "store"
	}
	sh := ""
	if e.Shared {
		sh = "shared "
	}
	return fmt.Sprintf("%s%s %s%s[%d] out of bounds (len %d)%s", e.prefix(), op, sh, e.Buffer, e.Index, e.Len, e.suffix())
}

// RaceKind is the order of two conflicting shared-memory accesses.
type RaceKind uint8

const (
	ReadAfterWrite RaceKind = iota
	WriteAfterRead
	WriteAfterWrite
)

func (k RaceKind) String() string {
	return [...]string{"read after write", "write after read", "write after write"}[k]
}

// Race is a conflicting pair of shared-memory accesses by two threads of a
// block with no __syncthreads between them. Thread (in Loc) made the
// second access; Other made the first ({-1,-1,-1} when several threads
// read the word and the first reader is the writer itself).
type Race struct {
	Loc
	Kind  RaceKind
	Array string
	Index int64
	Other [3]int
}

func (e *Race) Error() string {
	by := "thread " + fmtIdx(e.Other)
	if e.Other[0] < 0 {
		by = "other threads"
	}
	return fmt.Sprintf("%sshared-memory race on %s[%d]: %s by %s with no __syncthreads between%s",
		e.prefix(), e.Array, e.Index, e.Kind, by, e.suffix())
}

// GlobalRace is a conflicting pair of accesses to an element of a global
// buffer in one launch, at least one a write, with nothing to order them:
// the other access is in another block (blocks cannot synchronise), or in
// the same block with no __syncthreads between. Thread (in Loc) made the
// second access; OtherBlock and OtherThread the first ({-1,-1,-1} both
// when several threads read the element and the reader kept is the
// writer itself).
type GlobalRace struct {
	Loc
	Kind        RaceKind
	Buffer      string
	Index       int64
	OtherBlock  [3]int
	OtherThread [3]int
}

func (e *GlobalRace) Error() string {
	by := "block " + fmtIdx(e.OtherBlock) + " thread " + fmtIdx(e.OtherThread)
	if e.OtherBlock[0] < 0 {
		by = "other threads"
	}
	return fmt.Sprintf("%sglobal-memory race on %s[%d]: %s by %s with nothing ordering them%s",
		e.prefix(), e.Buffer, e.Index, e.Kind, by, e.suffix())
}

// DivergentBarrier is a rendezvous that cannot complete: a __syncthreads
// not reached by every thread of the block (some exited, or wait
// elsewhere), threads of one block at different __syncthreads, or a warp
// shuffle not reached by every lane of the warp. The block stops. Thread
// is the lowest-numbered waiting thread.
type DivergentBarrier struct {
	Loc
	Msg string
}

func (e *DivergentBarrier) Error() string { return e.prefix() + e.Msg + e.suffix() }

// ArithmeticFault is an integer division or remainder by zero, the
// overflowing MIN / -1, or a shift by a negative count or one not less
// than the width (all undefined in C). The result is zero (the left
// operand for MIN / -1 and shifts).
type ArithmeticFault struct {
	Loc
	Op   string
	A, B int64
	Msg  string
}

func (e *ArithmeticFault) Error() string {
	return fmt.Sprintf("%s%s (%d %s %d)%s", e.prefix(), e.Msg, e.A, e.Op, e.B, e.suffix())
}

// BadLoop is a loop whose step is not positive when it is added: the loop
// would never end. The loop stops.
type BadLoop struct {
	Loc
	Var  string
	Step int64
}

func (e *BadLoop) Error() string {
	return fmt.Sprintf("%sloop over %s has step %d: it must be positive (the loop would not end)%s", e.prefix(), e.Var, e.Step, e.suffix())
}

// BadShuffle is a warp shuffle whose lane argument is outside 0..31 or
// that reads a lane that does not exist (past the end of a block whose
// size is not a multiple of 32; CUDA leaves that value undefined). The
// thread gets its own value.
type BadShuffle struct {
	Loc
	Msg string
}

func (e *BadShuffle) Error() string { return e.prefix() + e.Msg + e.suffix() }

// Misaligned is a vector access (kir.Copy, kir.LdMatrix) whose element
// index is not a multiple of its width, or a TMA load (kir.TmaLoad) whose
// destination does not start on 128 bytes: the GPU faults (misaligned
// address). The access is not performed.
type Misaligned struct {
	Loc
	Msg string
}

func (e *Misaligned) Error() string { return e.prefix() + e.Msg + e.suffix() }

// LostCopy is a thread that exits with cp.async copies (kir.CopyAsync)
// not completed by a wait: on the GPU their data may never land.
type LostCopy struct {
	Loc
	Copies int
}

func (e *LostCopy) Error() string {
	return fmt.Sprintf("%sthe thread exits with %d cp.async copies never waited for (end with cp.async.wait_group 0 and a barrier)%s", e.prefix(), e.Copies, e.suffix())
}

// BadWgmma is a misuse of the asynchronous warpgroup MMA (kir.Wgmma): a
// wgmma without a wgmma.fence before it, one never waited for, one in a
// partial warpgroup, or shared memory the threads wrote read without
// fence.proxy.async. On the GPU such a program reads stale or unwritten
// data.
type BadWgmma struct {
	Loc
	Msg string
}

func (e *BadWgmma) Error() string { return e.prefix() + e.Msg + e.suffix() }

// BadMbarrier is a misuse of an mbarrier (kir.MbarInit, kir.MbarArriveTx,
// kir.MbarWait, kir.TmaLoad): a barrier used before its initialisation,
// or by another thread with no __syncthreads since; a TMA load completing
// on a barrier whose initialisation no fence.mbarrier_init ordered; more
// transaction bytes landing in a phase than its arrivals expected; a wait
// parity other than 0 or 1; a barrier initialised again with loads in
// flight; a wait that can never complete (every other thread of the
// block waits or exited: none is left to arrive or to issue the copies
// its phase expects), which stops the block.
type BadMbarrier struct {
	Loc
	Msg string
}

func (e *BadMbarrier) Error() string { return e.prefix() + e.Msg + e.suffix() }

// BadTma is a misuse of the tensor memory accelerator (kir.TmaLoad):
// coordinates that do not fit in 32 bits (the load is not performed), or
// loads whose phase never completed when the block ends, reported at the
// thread that issued the first of them (on the GPU their data may never
// land).
type BadTma struct {
	Loc
	Msg string
}

func (e *BadTma) Error() string { return e.prefix() + e.Msg + e.suffix() }

// InternalError is a panic inside the simulator (a bug in it). The block
// stops.
type InternalError struct {
	Loc
	Value any
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("%sinternal simulator error: %v", e.prefix(), e.Value)
}

// LaunchError is a launch that cannot run: a grid or arguments that do
// not fit the kernel.
type LaunchError struct {
	Kernel   string
	Problems []string
}

func (e *LaunchError) Error() string {
	return "kernel " + e.Kernel + ": launch: " + strings.Join(e.Problems, "; ")
}

// ErrorList is every fault of one launch, in (block, thread) order.
// errors.As and errors.Is look into it.
type ErrorList []error

func (l ErrorList) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

func (l ErrorList) Unwrap() []error { return l }

// ----------------------------------------------------------------- collector

// errKind tells faults at one site apart.
type errKind uint8

const (
	kOOB errKind = iota
	kRace
	kDiverge
	kArith
	kLoop
	kShuffle
	kAlign
	kWgmma
	kMbar
	kTma
	kInternal
)

type errKey struct {
	site int32
	kind errKind
	sub  uint8
}

type errEntry struct {
	order [2]int64 // block, thread (linear)
	err   located
	count int
}

// collector keeps, for each fault site and kind, the fault of the lowest
// (block, thread) and a count of the others, so the report is the same
// whatever order goroutines run in.
type collector struct {
	kernel string
	mu     sync.Mutex
	m      map[errKey]*errEntry
}

func (c *collector) add(key errKey, block, thread int64, mk func() located) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[errKey]*errEntry{}
	}
	e := c.m[key]
	if e == nil {
		e = &errEntry{order: [2]int64{block, thread}, err: mk()}
		c.m[key] = e
	} else if block < e.order[0] || block == e.order[0] && thread < e.order[1] {
		e.order = [2]int64{block, thread}
		e.err = mk()
	}
	e.count++
}

func (c *collector) result() error {
	if len(c.m) == 0 {
		return nil
	}
	type item struct {
		key errKey
		e   *errEntry
	}
	items := make([]item, 0, len(c.m))
	for k, e := range c.m {
		e.err.loc().Repeats = e.count - 1
		items = append(items, item{k, e})
	}
	sort.Slice(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.e.order != b.e.order {
			return a.e.order[0] < b.e.order[0] || a.e.order[0] == b.e.order[0] && a.e.order[1] < b.e.order[1]
		}
		if a.key.site != b.key.site {
			return a.key.site < b.key.site
		}
		if a.key.kind != b.key.kind {
			return a.key.kind < b.key.kind
		}
		return a.key.sub < b.key.sub
	})
	if len(items) == 1 {
		return items[0].e.err
	}
	l := make(ErrorList, len(items))
	for i, it := range items {
		l[i] = it.e.err
	}
	return l
}
