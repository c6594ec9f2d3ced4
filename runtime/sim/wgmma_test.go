package sim_test

import (
	"math/rand"
	"strings"
	"testing"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// probeInput is n random f16/bf16 values: their bits and their f32 values.
func probeInput(e Type, n int, seed int64) (*sim.Buffer, []float32) {
	rng := rand.New(rand.NewSource(seed))
	enc, dec := safetensors.Float32ToF16, safetensors.F16ToFloat32
	if e == BF16 {
		enc, dec = safetensors.Float32ToBF16, safetensors.BF16ToFloat32
	}
	bits, vals := make([]uint16, n), make([]float32, n)
	for i := range bits {
		bits[i] = enc(float32(rng.NormFloat64()))
		vals[i] = dec(bits[i])
	}
	x := &sim.Buffer{Name: "x"}
	if e == F16 {
		x.F16 = bits
	} else {
		x.BF16 = bits
	}
	return x, vals
}

// Offsets of kir.WgmmaSmem against the probe's written-out layouts.
func TestWgmmaSmemOffset(t *testing.T) {
	k := WgmmaSmem{LBO: 128, SBO: 256}
	n := WgmmaSmem{LBO: 256, SBO: 128, MNMajor: true}
	for mn := 0; mn < 16; mn++ {
		for kk := 0; kk < 16; kk++ {
			if got, want := k.Offset(mn, kk), (mn/8)*128+(kk/8)*64+(mn%8)*8+kk%8; got != want {
				t.Errorf("K-major (%d,%d): %d, want %d", mn, kk, got, want)
			}
			if got, want := n.Offset(mn, kk), (kk/8)*128+(mn/8)*64+(kk%8)*8+mn%8; got != want {
				t.Errorf("MN-major (%d,%d): %d, want %d", mn, kk, got, want)
			}
		}
	}
}

// Misuses of wgmma are faults: no fence before it, never waited for,
// shared memory read without fence.proxy.async, a block that is not whole
// warpgroups.
func TestWgmmaFaults(t *testing.T) {
	type cfg struct{ fence, wait, proxy bool }
	mk := func(c cfg) *Kernel {
		b := New("wg", "test", 128)
		b.In("x", F16)
		s := b.SharedArray("s", F16, 64*16)
		b.For("i", Tid(), I(64*16), I(128), func(i Expr) { b.Store(s, i, To(F16, F(1))) })
		if c.proxy {
			b.FenceProxyAsync()
		}
		b.Barrier()
		d := make([]*Var, 4)
		for i := range d {
			d[i] = b.Var("d", F(0))
		}
		o := WgmmaSmem{Src: s, Start: I(0), LBO: 128, SBO: 256}
		if c.fence {
			b.WgmmaFence(d...)
		}
		b.Wgmma(&Wgmma{N: 8, D: d, ASmem: &o, B: o})
		b.WgmmaCommit()
		if c.wait {
			b.WgmmaWait(0, d...)
		}
		return build(t, b)
	}
	x := &sim.Buffer{F16: make([]uint16, 1)}
	run := func(k *Kernel) error {
		return sim.Run(k, sim.Launch{Grid: [3]int{1, 1, 1}, Args: []sim.Arg{x}}, checked())
	}
	if err := run(mk(cfg{true, true, true})); err != nil {
		t.Fatalf("a correct wgmma: %v", err)
	}
	for _, tc := range []struct {
		c    cfg
		want string
	}{
		{cfg{false, true, true}, "without a wgmma.fence"},
		{cfg{true, false, true}, "never waited for"},
		{cfg{true, true, false}, "without fence.proxy.async"},
	} {
		err := run(mk(tc.c))
		if bad := all[*sim.BadWgmma](err); len(bad) == 0 || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: got %v, want a BadWgmma %q", tc.c, err, tc.want)
		}
	}
	// Issued by some warps of the warpgroup only.
	b0 := New("wg_part", "test", 128)
	b0.In("x", F16)
	sh := b0.SharedArray("s", F16, 64*16)
	d0 := make([]*Var, 4)
	for i := range d0 {
		d0[i] = b0.Var("d", F(0))
	}
	o0 := WgmmaSmem{Src: sh, Start: I(0), LBO: 128, SBO: 256}
	b0.WgmmaFence(d0...)
	b0.If(Lt(Tid(), I(64)), func() { b0.Wgmma(&Wgmma{N: 8, D: d0, ASmem: &o0, B: o0}) })
	b0.WgmmaCommit()
	b0.WgmmaWait(0, d0...)
	if err := run(build(t, b0)); len(all[*sim.BadWgmma](err)) == 0 || !strings.Contains(err.Error(), "every warp of a warpgroup must issue it") {
		t.Errorf("wgmma by 2 of 4 warps: got %v", err)
	}
	// Not whole warpgroups: kir rejects it.
	b := New("wg64", "test", 64)
	s := b.SharedArray("s", F16, 64*16)
	d := make([]*Var, 4)
	for i := range d {
		d[i] = b.Var("d", F(0))
	}
	o := WgmmaSmem{Src: s, Start: I(0), LBO: 128, SBO: 256}
	b.Wgmma(&Wgmma{N: 8, D: d, ASmem: &o, B: o})
	if _, err := b.Build(); err == nil || !strings.Contains(err.Error(), "at least one whole warpgroup") {
		t.Errorf("wgmma in 64 threads: %v", err)
	}
	// A warpgroup and a producer warp (160 threads): the warp must not
	// issue a wgmma, and setmaxnreg needs whole warpgroups.
	for _, producerToo := range []bool{false, true} {
		b := New("wg160", "test", 160)
		b.In("x", F16)
		s := b.SharedArray("s", F16, 64*16)
		d := make([]*Var, 4)
		for i := range d {
			d[i] = b.Var("d", F(0))
		}
		o := WgmmaSmem{Src: s, Start: I(0), LBO: 128, SBO: 256}
		issue := func() {
			b.WgmmaFence(d...)
			b.Wgmma(&Wgmma{N: 8, D: d, ASmem: &o, B: o})
			b.WgmmaCommit()
			b.WgmmaWait(0, d...)
		}
		b.FenceProxyAsync()
		b.Barrier()
		if producerToo {
			issue()
		} else {
			b.If(Lt(Tid(), I(128)), issue)
		}
		err := run(build(t, b))
		switch {
		case !producerToo && err != nil:
			t.Errorf("wgmma by the warpgroup of a 160-thread block: %v", err)
		case producerToo && (len(all[*sim.BadWgmma](err)) == 0 || !strings.Contains(err.Error(), "needs a whole warpgroup")):
			t.Errorf("wgmma by the producer warp too: got %v", err)
		}
	}
	for _, c := range []struct {
		threads, n int
		want       string
	}{
		{160, 240, "want whole warpgroups"},
		{256, 20, "want a multiple of 8 from 24 to 256"},
		{256, 260, "want a multiple of 8 from 24 to 256"},
		{256, 100, "want a multiple of 8 from 24 to 256"},
	} {
		b := New("smnr", "test", c.threads)
		b.SetMaxNReg(true, c.n)
		if _, err := b.Build(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("setmaxnreg %d in %d threads: %v, want %q", c.n, c.threads, err, c.want)
		}
	}
}
