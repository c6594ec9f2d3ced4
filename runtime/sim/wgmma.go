package sim

import (
	"fmt"
	"math"
	"sync/atomic"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// Hopper's asynchronous warpgroup MMA (kir.Wgmma). The simulator issues a
// wgmma into the thread's open group and performs it at the
// wgmma.wait_group that completes its group: registers and shared memory
// are read then, as late as the GPU may read them, so a program that
// changes an operand, or reads the accumulators, before the wait computes
// something else than the GPU would at best, and a test against a
// reference catches it. Each warp of the warpgroup computes its 16 rows
// from its own A fragments (a warp rendezvous) and the shared operands.

// wgmmaProg is one compiled wgmma site.
type wgmmaProg struct {
	site   int32
	idx    int    // among the kernel's wgmma sites
	d      []int  // accumulator slots
	a      [4]iFn // packed A registers; nil with A in shared memory
	aSm    *kir.WgmmaSmem
	bSm    kir.WgmmaSmem
	ak, bk int // shared arrays of A and B
	acc    bool
	e      kir.Type
}

// wgOp is an issued wgmma: its descriptors' start elements were read at
// issue, like the GPU reads the descriptor registers.
type wgOp struct {
	w              *wgmmaProg
	aStart, bStart int64
}

func (c *compiler) wgmma(s *kir.Wgmma) sFn {
	w := &wgmmaProg{bSm: s.B, bk: c.shared[s.B.Src], acc: s.Accumulate, e: s.B.Src.Type}
	var aStart iFn
	if s.ASmem != nil {
		w.aSm, w.ak = s.ASmem, c.shared[s.ASmem.Src]
		aStart = c.ie(s.ASmem.Start)
	} else {
		for j, x := range s.A {
			w.a[j] = c.ie(x)
		}
	}
	bStart := c.ie(s.B.Start)
	for _, v := range s.D {
		w.d = append(w.d, c.alloc(v))
	}
	w.idx = c.nwg
	c.nwg++
	w.site = c.site(fmt.Sprintf("wgmma #%d", c.nwg), true)
	c.wgSite = append(c.wgSite, w.site)
	return func(t *thread) {
		if t.lane == 0 {
			t.blk.wgIssued[int(t.warp.id)*t.blk.p.nwg+w.idx].Add(1)
		}
		if !t.wgFenced {
			t.report(w.site, kWgmma, 1, func(l Loc) located {
				return &BadWgmma{Loc: l, Msg: fmt.Sprintf("%s without a wgmma.fence since the last wgmma.wait_group (the accumulators' earlier writes may land after it reads them)", t.blk.p.sites[w.site])}
			})
		}
		op := wgOp{w: w, bStart: bStart(t)}
		if aStart != nil {
			op.aStart = aStart(t)
		}
		t.wgOpen = append(t.wgOpen, op)
	}
}

func (t *thread) pendingWgmma() int {
	n := len(t.wgOpen)
	for _, g := range t.wgGroups {
		n += len(g)
	}
	return n
}

// wgmmaWait performs every committed group but the newest n.
func (t *thread) wgmmaWait(n int) {
	for len(t.wgGroups) > n {
		for _, op := range t.wgGroups[0] {
			t.runWgmma(op)
		}
		t.wgGroups = t.wgGroups[1:]
	}
	t.wgFenced = false
}

// smemOperand reads element (mn, k) of a shared operand as f32; false
// where the access is out of bounds (reported).
func (t *thread) smemOperand(k int, o *kir.WgmmaSmem, start int64, mn, kk int, site int32) (float32, bool) {
	i := o.Elem(start, mn, kk)
	if !t.shOK(k, i, site, false) {
		return 0, false
	}
	return math.Float32frombits(uint32(atomic.LoadUint64(&t.sh[k][i]))), true
}

func (t *thread) runWgmma(op wgOp) {
	w, b := op.w, t.blk
	var in mmaIn
	if w.a[0] != nil {
		dec := safetensors.F16ToFloat32
		if w.e == kir.BF16 {
			dec = safetensors.BF16ToFloat32
		}
		for j, f := range w.a {
			u := uint32(f(t))
			in[2*j], in[2*j+1] = dec(uint16(u)), dec(uint16(u>>16))
		}
	}
	r := t.rendezvous(w.site, func(r *shflRound) { r.wide[t.lane] = in })
	bad := func(sub uint8, msg string) {
		t.report(w.site, kWgmma, sub, func(l Loc) located { return &BadWgmma{Loc: l, Msg: b.p.sites[w.site] + ": " + msg} })
	}
	switch {
	case t.warp.size < 32 || int(t.lin) >= int(b.n)/128*128:
		bad(2, fmt.Sprintf("by thread %d of a block of %d threads: a wgmma needs a whole warpgroup of 128 (threads past the last are a partial one)", t.lin, b.n))
		return
	case b.proxyStale.Load():
		bad(3, "reads shared memory that threads wrote without fence.proxy.async before the last __syncthreads")
	case op.bStart%8 != 0 || w.aSm != nil && op.aStart%8 != 0:
		bad(4, "a shared operand does not start on 16 bytes (a multiple of 8 elements)")
		return
	}
	tid := int(t.lin % 128)
	for i, slot := range w.d {
		row, col := kir.WgmmaD(tid, i)
		sum := 0.0
		if w.acc {
			sum = float64(t.f[slot])
		}
		for k := 0; k < 16; k++ {
			var a float32
			if w.aSm != nil {
				v, ok := t.smemOperand(w.ak, w.aSm, op.aStart, row, k, w.site)
				if !ok {
					return
				}
				a = v
			} else {
				rr := row % 16
				a = r.wide[mmaALane[rr][k]][mmaAReg[rr][k]]
			}
			bv, ok := t.smemOperand(w.bk, &w.bSm, op.bStart, col, k, w.site)
			if !ok {
				return
			}
			sum += float64(a) * float64(bv)
		}
		t.f[slot] = float32(sum)
	}
}

// pack2 is kir.Pack2: both values rounded to the half type, lower first.
func (c *compiler) pack2(x *kir.Pack2) iFn {
	lo, hi := c.fe(kir.To(kir.F32, x.Lo)), c.fe(kir.To(kir.F32, x.Hi))
	enc := safetensors.Float32ToF16
	if x.T == kir.BF16 {
		enc = safetensors.Float32ToBF16
	}
	return func(t *thread) int64 { return int64(int32(uint32(enc(lo(t))) | uint32(enc(hi(t)))<<16)) }
}

// checkWarpgroups reports a wgmma that the warps of a warpgroup issued a
// different number of times (on the GPU the warpgroup waits for the
// missing warps forever). It runs once every thread of the block exited.
func (b *block) checkWarpgroups() {
	p := b.p
	for w0 := 0; w0+4 <= len(b.warps); w0 += 4 {
		for k := 0; k < p.nwg; k++ {
			n0 := b.wgIssued[w0*p.nwg+k].Load()
			for w := w0 + 1; w < w0+4; w++ {
				if n := b.wgIssued[w*p.nwg+k].Load(); n != n0 {
					t, site := b.threads[w*32], p.wgSite[k]
					t.report(site, kWgmma, 5, func(l Loc) located {
						return &BadWgmma{Loc: l, Msg: fmt.Sprintf("%s issued %d times by warp %d and %d times by warp %d of warpgroup %d: every warp of a warpgroup must issue it (the GPU would wait for the others)",
							p.sites[site], n0, w0, n, w, w0/4)}
					})
					break
				}
			}
		}
	}
}

// setMaxNReg is setmaxnreg: registers are not counted here, so it
// changes nothing (kir's checker holds its block to whole warpgroups).
func (c *compiler) setMaxNReg(*kir.SetMaxNReg) sFn { return func(*thread) {} }
