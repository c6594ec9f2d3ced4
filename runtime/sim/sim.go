// Package sim runs kernel IR (codegen/kir) on the CPU, like a CUDA launch
// under a memory and race checker, so generated kernels are checked on
// machines without a GPU.
//
// The kernel body is compiled once per launch into Go closures, one per
// expression and statement, with the buffers and scalar arguments bound
// in; registers live in per-thread typed slot arrays. Blocks run from a pool of Options.Workers goroutines; within a
// block each CUDA thread is a goroutine, so __syncthreads and warp
// shuffles are real rendezvous. A kernel with neither (nor cp.async,
// wgmma, mbarriers or TMA loads) runs its threads one after another on the
// block's goroutine (no thread can observe the difference).
//
// Semantics follow the CUDA C that codegen/cuda renders: i64 indices and
// loop counters, i32 arithmetic wrapping at 32 bits, integer division and
// remainder truncating toward zero, f32 math, f16/bf16 values held as f32
// and rounded to nearest even whenever an f16/bf16 value is made, float to
// integer casts truncating and saturating (NaN gives 0) as the GPU's
// cvt.rzi does, && || and ?: evaluating only what C evaluates, fminf/fmaxf
// returning the other operand for a NaN, and shuffles with a full mask.
//
// Warps are 32 threads of consecutive linear index (x + y·bx + z·bx·by).
// A shuffle is a warp-level rendezvous: every lane of the warp must reach
// the same shuffle. In a block whose size is not a multiple of 32 the last
// warp has fewer lanes; they shuffle among themselves, and reading a lane
// that does not exist (undefined in CUDA) is a BadShuffle fault. A lane
// argument outside 0..31 is a fault too (the hardware would use its low 5
// bits); __shfl_down_sync past lane 31 gives the thread its own value, as
// in CUDA. Tensor-core mma and ldmatrix (kir.Mma, kir.LdMatrix) are warp
// rendezvous too, and need a full warp of 32 lanes (a BadShuffle
// otherwise): every lane brings its operands (mma) or row index
// (ldmatrix), and each takes its part of the result in PTX's fragment
// layout. mma sums the exact products of its f16/bf16 operands in f64 and
// rounds D to f32 once. A vector copy (kir.Copy, kir.CopyAsync) or
// ldmatrix row whose index is not a multiple of its width is a Misaligned
// fault. An asynchronous copy reads its source when issued and writes
// shared memory at the wait that completes its group (so a read before
// the wait sees old data, and one by another thread without a barrier
// after the wait is a race); a thread that exits with copies pending is a
// LostCopy fault.
//
// Hopper's mbarriers and TMA loads (kir.MbarInit, kir.MbarArriveTx,
// kir.MbarWait, kir.TmaLoad) keep a state per barrier (element of an i64
// shared array) and block: the arrivals a phase expects, the arrivals and
// transaction bytes still missing in the current phase, the phases
// completed. A TMA load (one thread's) reads its box from the TensorMap's
// buffer when issued, zeros where the box leaves the tensor, and its
// bytes count towards the phase at once; the phase completes when every
// arrival and every byte expected is in. The phase's loads write shared
// memory at the first wait that observes the phase (or before anything
// else happens on the barrier), so a read before the wait sees old data.
// Those writes are the async proxy's: a wgmma reads them without
// fence.proxy.async, and they are not recorded in the race shadow (an
// mbarrier orders them, not __syncthreads). Instead every word a load
// will write counts as in flight from its issue until it lands, and an
// access meanwhile (a read of the tile before the wait, a wgmma or store
// still using the stage a load refills) is a BadTma fault, as is a read
// of a load's data by a thread that neither waited for its phase nor
// passed a __syncthreads after the wait that landed it. A
// wait (parity P) returns once the phase of parity P completed, i.e. the
// current phase's parity is the other one, and blocks its thread until
// then; when every thread of the block waits or exited with such a wait
// among them, it is a BadMbarrier fault and the block stops. A barrier
// used uninitialised or by another thread with no __syncthreads since its
// initialisation, a load on a barrier whose initialisation no
// fence.mbarrier_init followed, more bytes than a phase expected, a wait
// parity other than 0 or 1 are BadMbarrier faults; coordinates past 32
// bits and loads whose phase never completed when the block ends are
// BadTma faults; a destination not on 128 bytes is Misaligned.
//
// Named barriers (kir.NamedBarrier: bar.sync, bar.arrive on barriers 1 to
// 15) complete a generation at their count of arrivals; bar.sync blocks
// its thread until then. They order execution only (two warpgroups taking
// turns), not memory: the race shadow does not count them. A wait no
// thread is left to complete, arrivals that disagree on the count, and
// arrivals left over when the block ends are DivergentBarrier faults.
// kir.SetMaxNReg changes nothing here (registers are not counted).
//
// Faults are reported, not fatal: an out-of-bounds load yields 0 and an
// out-of-bounds store is dropped, integer division by zero yields 0, a loop
// with a non-positive step stops, a shuffle of a lane that does not exist
// yields the thread's own value. A rendezvous that cannot complete (a
// divergent barrier or shuffle) stops its block. With Options.Races every
// shared-memory word has a shadow word recording its last writer and
// reader and their barrier epochs; conflicting accesses by two threads
// with no __syncthreads between them are reported. Every element of a
// global buffer the kernel may write has two (its last writer, a reader,
// their epochs, whether several threads or blocks read it): a read of an
// element another block wrote, a write of one another block read or
// wrote, or the same within a block since the last barrier, is a
// GlobalRace. Since reads and writes are both recorded, the second access
// of a conflicting pair finds the first whichever order the goroutine
// schedule runs them in.
//
// What is not checked: global races in launches of 2^40 threads or more
// (no room in the shadow for a thread's id), aliasing beyond launch
// arguments, reads of uninitialised shared memory (shared memory starts
// zeroed), and loops that never end because the body moves the counter
// back. (A load's data that lands without a wait observing its phase, when
// the barrier's next phase starts first, counts as seen only by the
// threads that wait for that phase themselves.)
package sim

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Buffer is device memory: exactly one of the slices is set, by the
// element type (F16 and BF16 hold raw bits). A nil slice of the right type
// is an empty buffer.
type Buffer struct {
	F32  []float32
	I32  []int32
	I64  []int64
	F16  []uint16
	BF16 []uint16
	Name string
}

// Len is the number of elements.
func (b *Buffer) Len() int {
	return len(b.F32) + len(b.I32) + len(b.I64) + len(b.F16) + len(b.BF16)
}

// Arg is a kernel argument: a *Buffer for a pointer parameter, a
// *TensorMap for a tensor-map parameter (kir.Param.Map), an int64 (or
// int) for a scalar.
type Arg any

// Launch is one kernel launch: the grid of blocks and the arguments, one
// per kernel parameter in order.
type Launch struct {
	Grid [3]int
	Args []Arg
}

// Options tune a launch.
type Options struct {
	Races   bool // shadow-memory race detection on shared memory
	Workers int  // blocks in flight; 0 means GOMAXPROCS
}

// Run executes kernel k once over the grid, like a CUDA launch, and
// returns nil, the one fault found, or an ErrorList of every fault (the
// first of each kind at each place in the kernel, in (block, thread)
// order). A kernel that fails kir.Check returns its *kir.CheckError and a
// launch that does not fit the kernel a *LaunchError, without running.
func Run(k *kir.Kernel, l Launch, opts Options) error {
	if err := kir.Check(k); err != nil {
		return err
	}
	if err := validate(k, l); err != nil {
		return err
	}
	p, err := compile(k, l, opts.Races)
	if err != nil {
		return err
	}
	nb := int64(l.Grid[0]) * int64(l.Grid[1]) * int64(l.Grid[2])
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if int64(workers) > nb {
		workers = int(nb)
	}
	var next atomic.Int64
	work := func() {
		w := newWorker(p)
		for {
			b := next.Add(1) - 1
			if b >= nb {
				return
			}
			w.runBlock(b)
		}
	}
	var wg sync.WaitGroup
	for i := 1; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
	return p.errs.result()
}

func validate(k *kir.Kernel, l Launch) error {
	var probs []string
	add := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	lim := [3]int{1<<31 - 1, 65535, 65535}
	for i, g := range l.Grid {
		if g < 1 || g > lim[i] {
			add("grid dimension %d is %d, want 1..%d", i, g, lim[i])
		}
	}
	if len(l.Args) != len(k.Params) {
		add("%d arguments for %d parameters", len(l.Args), len(k.Params))
		return &LaunchError{Kernel: k.Name, Problems: probs}
	}
	type span struct {
		lo, hi uintptr
		name   string
		write  bool
	}
	var spans []span
	for i, p := range k.Params {
		a := l.Args[i]
		if p.Map != nil {
			m, ok := a.(*TensorMap)
			if !ok || m == nil {
				add("argument %d (%s) is %T, want *sim.TensorMap of %s", i, p.Name, a, p.Type)
				continue
			}
			bad := m.check(p)
			for _, pr := range bad {
				add("argument %d (tensor map %s): %s", i, p.Name, pr)
			}
			if len(bad) == 0 {
				if lo, n := m.Buf.mem(); n > 0 {
					spans = append(spans, span{lo, lo + n, p.Name, false})
				}
			}
			continue
		}
		if !p.Ptr {
			switch a.(type) {
			case int64, int:
			default:
				add("argument %d (%s) is %T, want int64", i, p.Name, a)
			}
			continue
		}
		b, ok := a.(*Buffer)
		if !ok || b == nil {
			add("argument %d (%s) is %T, want *sim.Buffer of %s", i, p.Name, a, p.Type)
			continue
		}
		if p.Type == kir.Bool {
			add("argument %d (%s): bool buffers are not supported", i, p.Name)
			continue
		}
		if b.set() > 1 {
			add("argument %d (%s): buffer %q has more than one slice set", i, p.Name, b.Name)
			continue
		}
		if t := b.typ(); t != kir.Void && t != p.Type {
			add("argument %d (%s) is a %s buffer, want %s", i, p.Name, t, p.Type)
			continue
		}
		if lo, n := b.mem(); n > 0 {
			spans = append(spans, span{lo, lo + n, p.Name, !p.ReadOnly})
		}
	}
	// Every pointer is __restrict__: a written buffer may not overlap another.
	for i := range spans {
		for j := i + 1; j < len(spans); j++ {
			a, b := spans[i], spans[j]
			if (a.write || b.write) && a.lo < b.hi && b.lo < a.hi {
				add("buffers %s and %s overlap and one is written (parameters are __restrict__)", a.name, b.name)
			}
		}
	}
	if len(probs) > 0 {
		return &LaunchError{Kernel: k.Name, Problems: probs}
	}
	return nil
}

// typ is the element type of the slice that is set, Void if none is.
func (b *Buffer) typ() kir.Type {
	switch {
	case b.F32 != nil:
		return kir.F32
	case b.I32 != nil:
		return kir.I32
	case b.I64 != nil:
		return kir.I64
	case b.F16 != nil:
		return kir.F16
	case b.BF16 != nil:
		return kir.BF16
	}
	return kir.Void
}

// set counts the slices that are set.
func (b *Buffer) set() int {
	n := 0
	for _, s := range []bool{b.F32 != nil, b.I32 != nil, b.I64 != nil, b.F16 != nil, b.BF16 != nil} {
		if s {
			n++
		}
	}
	return n
}

// mem is the address and byte length of the buffer's memory.
func (b *Buffer) mem() (uintptr, uintptr) {
	if b.Len() == 0 {
		return 0, 0
	}
	switch b.typ() {
	case kir.F32:
		return uintptr(unsafe.Pointer(&b.F32[0])), uintptr(len(b.F32)) * 4
	case kir.I32:
		return uintptr(unsafe.Pointer(&b.I32[0])), uintptr(len(b.I32)) * 4
	case kir.I64:
		return uintptr(unsafe.Pointer(&b.I64[0])), uintptr(len(b.I64)) * 8
	case kir.F16:
		return uintptr(unsafe.Pointer(&b.F16[0])), uintptr(len(b.F16)) * 2
	case kir.BF16:
		return uintptr(unsafe.Pointer(&b.BF16[0])), uintptr(len(b.BF16)) * 2
	}
	return 0, 0
}
