package codegen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/kernels"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// Tests of the attention and dual-form generators: every kernel runs on the
// simulator (races checked) against the CPU kernels of runtime/kernels,
// renders as CUDA C, and compiles with nvcc where there is one.

// fusedBuffer makes a simulator buffer of element type e holding x rounded
// to e; it returns the rounded values too (what the CPU reference reads).
func fusedBuffer(e kir.Type, x []float32) (*sim.Buffer, []float32) {
	r := make([]float32, len(x))
	switch e {
	case kir.F16:
		h := make([]uint16, len(x))
		for i, v := range x {
			h[i] = safetensors.Float32ToF16(v)
			r[i] = safetensors.F16ToFloat32(h[i])
		}
		return &sim.Buffer{F16: h}, r
	case kir.BF16:
		h := make([]uint16, len(x))
		for i, v := range x {
			h[i] = safetensors.Float32ToBF16(v)
			r[i] = safetensors.BF16ToFloat32(h[i])
		}
		return &sim.Buffer{BF16: h}, r
	}
	copy(r, x)
	return &sim.Buffer{F32: r}, r
}

// fusedOutBuffer is a buffer of n elements of e filled with NaN, so that an
// element the kernel forgets to write fails the comparison.
func fusedOutBuffer(e kir.Type, n int) *sim.Buffer {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(math.NaN())
	}
	b, _ := fusedBuffer(e, x)
	return b
}

// fusedRead decodes a buffer as f32.
func fusedRead(b *sim.Buffer) []float32 {
	switch {
	case b.F16 != nil:
		r := make([]float32, len(b.F16))
		for i, h := range b.F16 {
			r[i] = safetensors.F16ToFloat32(h)
		}
		return r
	case b.BF16 != nil:
		r := make([]float32, len(b.BF16))
		for i, h := range b.BF16 {
			r[i] = safetensors.BF16ToFloat32(h)
		}
		return r
	}
	return b.F32
}

// fusedErr is the relative error max|got−want| / max|want| (0 when both
// are 0; +Inf for a NaN or a length mismatch).
func fusedErr(got, want []float32) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	var d, m float64
	for i, w := range want {
		g := float64(got[i])
		if math.IsNaN(g) || math.IsInf(g, 0) {
			return math.Inf(1)
		}
		d = max(d, math.Abs(g-float64(w)))
		m = max(m, math.Abs(float64(w)))
	}
	if d == 0 {
		return 0
	}
	return d / m
}

// fusedTol is the relative tolerance for outputs of element type e.
func fusedTol(e kir.Type) float64 {
	if e == kir.F32 {
		return 1e-4
	}
	return 1e-2
}

// fusedUniform returns n values uniform in [−a, a).
func fusedUniform(rng *rand.Rand, n int, a float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(a * (2*rng.Float64() - 1))
	}
	return x
}

// fusedRender renders k as CUDA C (it must not panic).
func fusedRender(t *testing.T, k *kir.Kernel) {
	t.Helper()
	src := cuda.CUDA.Kernel(k)
	if !strings.Contains(src, k.Name+"(") {
		t.Fatalf("rendered kernel lacks its name:\n%s", src)
	}
}

var fusedDims = [][2]int{{8, 8}, {16, 12}, {32, 32}}

// fusedBH are the (B, H) of the cases (B·H ≤ 4).
var fusedBH = [][2]int{{1, 2}, {2, 2}, {1, 3}, {2, 1}, {1, 1}}

var fusedElems = []kir.Type{kir.F32, kir.F16, kir.BF16}

func TestAttentionKernel(t *testing.T) {
	n := 0
	for _, mask := range []string{"causal", "strict", "none", "window"} {
		for _, softmax := range []bool{true, false} {
			for _, feat := range []string{"identity", "elu1", "l2"} {
				for _, T := range []int{1, 7, 33, 70} {
					dims := fusedDims[n%3]
					bh := fusedBH[n%len(fusedBH)]
					e := fusedElems[(n/3)%3]
					if T == 70 && e == kir.F32 {
						dims = fusedDims[2] // the largest case in f32 at least once per combination
					}
					s := AttnSpec{E: e, H: bh[1], DK: dims[0], DV: dims[1], Softmax: softmax,
						Mask: mask, Window: 3, Scale: 1 / math.Sqrt(float64(dims[0])), Feature: feat}
					s.LD = 2*s.H*s.DK + s.H*s.DV + n%2*3
					kind := map[bool]string{true: "softmax", false: "linear"}[softmax]
					name := fmt.Sprintf("%s_%s_%s_T%d_B%dH%d_dk%d_dv%d_%s", kind, mask, feat, T, bh[0], s.H, s.DK, s.DV, e)
					seed := uint64(n)
					n++
					t.Run(name, func(t *testing.T) { checkAttention(t, "attn_"+name, s, bh[0], T, seed) })
				}
			}
		}
	}
}

// TestAttentionPadded runs d_v that the column groups do not divide (13 =
// 2 groups of 7, the last column padded) and a wide head (d_v 40: 5 groups
// of 8, 160 threads).
func TestAttentionPadded(t *testing.T) {
	for i, c := range []struct {
		softmax bool
		mask    string
		feat    string
		dk, dv  int
		e       kir.Type
		B, H, T int
	}{
		{true, "causal", "l2", 16, 13, kir.F32, 2, 1, 33},
		{false, "window", "elu1", 8, 13, kir.F16, 1, 2, 70},
		{true, "none", "identity", 8, 40, kir.F32, 1, 1, 40},
	} {
		s := AttnSpec{E: c.e, H: c.H, DK: c.dk, DV: c.dv, LD: 2*c.H*c.dk + c.H*c.dv + 1, Softmax: c.softmax,
			Mask: c.mask, Window: 3, Scale: 0.3, Feature: c.feat}
		name := fmt.Sprintf("padded%d_dk%d_dv%d", i, c.dk, c.dv)
		t.Run(name, func(t *testing.T) { checkAttention(t, name, s, c.B, c.T, uint64(1000+i)) })
	}
}

func checkAttention(t *testing.T, name string, s AttnSpec, B, T int, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 1))
	checkAttentionOn(t, name, s, B, T, fusedUniform(rng, B*T*s.LD, 1))
}

// checkAttentionOn is checkAttention on the packed q, k, v rows x.
func checkAttentionOn(t *testing.T, name string, s AttnSpec, B, T int, x []float32) {
	k, err := AttentionKernel(name, "test: "+name, s)
	if err != nil {
		t.Fatal(err)
	}
	if k.SharedBytes() > kir.MaxSharedBytes || k.SharedBytes() != AttentionShared(s) {
		t.Fatalf("shared memory %d bytes (AttentionShared %d)", k.SharedBytes(), AttentionShared(s))
	}
	fusedRender(t, k)
	qkvIn, qkv := fusedBuffer(s.E, x)
	o := fusedOutBuffer(s.E, B*T*s.H*s.DV)
	args := []sim.Arg{qkvIn, o, int64(B), int64(T)}
	maps, err := AttentionTensorMaps(s, 0, B, T)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range maps {
		args = append(args, simTensorMap(m.TensorMap, qkvIn, s.E))
	}
	err = sim.Run(k, sim.Launch{Grid: AttentionGrid(s, B, T), Args: args}, sim.Options{Races: true})
	if err != nil {
		t.Fatal(err)
	}
	mk, err := kernels.ParseMaskKind(s.Mask)
	if err != nil {
		t.Fatal(err)
	}
	fk, err := kernels.ParseFeatureKind(s.Feature)
	if err != nil {
		t.Fatal(err)
	}
	kind := kernels.AttnLinear
	if s.Softmax {
		kind = kernels.AttnSoftmax
	}
	want := make([]float32, B*T*s.H*s.DV)
	kernels.AttentionQKV(want, qkv, kernels.QKVAttn{B: B, T: T, H: s.H, DK: s.DK, DV: s.DV, LD: s.LD,
		Kind: kind, Mask: mk, Window: s.Window, Scale: float32(s.Scale), Feature: fk})
	e := fusedErr(fusedRead(o), want)
	if !(e < fusedTol(s.E)) {
		t.Errorf("relative error %.3g, want < %g", e, fusedTol(s.E))
	}
	t.Logf("relative error %.3g", e)
}

// simTensorMap is the simulator's argument for a plan's tensor map over
// buf (strides in elements).
func simTensorMap(m *TensorMapArg, buf *sim.Buffer, e kir.Type) *sim.TensorMap {
	st := make([]int64, len(m.Strides))
	for i, x := range m.Strides {
		st[i] = x / int64(e.Size())
	}
	return &sim.TensorMap{Buf: buf, Dims: m.Dims, Strides: st, Box: m.Box, Swizzle: m.Swizzle}
}

// TestAttentionLayout checks the tile choice for wide heads and the errors.
func TestAttentionLayout(t *testing.T) {
	for _, d := range [][2]int{{64, 64}, {128, 128}, {256, 256}, {16, 13}} {
		s := AttnSpec{E: kir.F16, H: 1, DK: d[0], DV: d[1], LD: 2*d[0] + d[1], Softmax: true, Mask: "causal", Scale: 1, Feature: "l2"}
		k, err := AttentionKernel("a", "test", s)
		if err != nil {
			t.Fatalf("d %v: %v", d, err)
		}
		if k.SharedBytes() > 48*1024 || k.Threads() > 1024 {
			t.Errorf("d %v: %d bytes shared, %d threads", d, k.SharedBytes(), k.Threads())
		}
		fusedRender(t, k)
	}
	bad := []struct {
		s    AttnSpec
		want string
	}{
		{AttnSpec{E: kir.F32, H: 1, DK: 8, DV: 8, LD: 24, Mask: "diagonal"}, "unknown mask"},
		{AttnSpec{E: kir.F32, H: 1, DK: 8, DV: 8, LD: 24, Mask: "window"}, "window ≥ 1"},
		{AttnSpec{E: kir.F32, H: 1, DK: 8, DV: 8, LD: 24, Mask: "causal", Feature: "relu"}, "unknown feature map"},
		{AttnSpec{E: kir.F32, H: 2, DK: 8, DV: 8, LD: 24, Mask: "causal"}, "row stride"},
		{AttnSpec{E: kir.I32, H: 1, DK: 8, DV: 8, LD: 24, Mask: "causal"}, "element type"},
	}
	for _, b := range bad {
		if _, err := AttentionKernel("a", "test", b.s); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%+v: got %v, want an error containing %q", b.s, err, b.want)
		}
	}
}

// TestFusedNVCC compiles one kernel per configuration of both generators
// (every mask, kind, feature map, rule, form and β; the sequence length is
// a launch argument) in one .cu file with nvcc -arch=sm_90 -cubin;
// skipped without nvcc. None may spill registers, and every block must fit
// on an SM.
func TestFusedNVCC(t *testing.T) {
	nvcc := NVCC()
	if nvcc == "" {
		t.Skip("nvcc not found")
	}
	ks := fusedNVCCKernels(t)
	_, _, reps := compileKernels(t, nvcc, "sm_90", "hopf attention and dual-form kernels (test)", ks)
	// Known spills: softmax attention with the elu1 feature map at d_head
	// 16, d_value 12 in f16/bf16 (no example uses it). ptxas keeps two
	// values (8–12 bytes) in local memory: stored once before the key-tile
	// loop, loaded once per tile outside the per-key loops (nvcc 11.8's
	// SASS). Any other spill, or more bytes, fails.
	known := map[string]int{"attn7": 8, "attn13": 12}
	most := reps[0]
	for _, r := range reps {
		if n, ok := known[r.Kernel]; ok && r.SpillStores <= n && r.SpillLoads <= n && r.Occupancy.Blocks > 0 {
			continue
		}
		if p := r.Problem(); p != "" {
			t.Errorf("kernel %s (%s; %d threads, %d registers, %d bytes shared): %s", r.Kernel, kernelOrigin(ks, r.Kernel), r.Threads, r.Registers, r.Shared, p)
		}
		if r.Registers > most.Registers {
			most = r
		}
	}
	t.Logf("%d kernels compiled; most registers: %s, %d", len(ks), most.Kernel, most.Registers)
}

// kernelOrigin is the origin comment of the kernel called name.
func kernelOrigin(ks []*kir.Kernel, name string) string {
	for _, k := range ks {
		if k.Name == name {
			return k.Origin
		}
	}
	return "?"
}

// fusedNVCCKernels generates one kernel per distinct configuration (not per
// sequence length) of both generators.
func fusedNVCCKernels(t *testing.T) []*kir.Kernel {
	var ks []*kir.Kernel
	add := func(k *kir.Kernel, err error) {
		if err != nil {
			t.Fatal(err)
		}
		ks = append(ks, k)
	}
	n := 0
	for _, mask := range []string{"causal", "strict", "none", "window"} {
		for _, softmax := range []bool{true, false} {
			for _, feat := range []string{"identity", "elu1", "l2"} {
				{
					dims, e := fusedDims[n%3], fusedElems[(n/3)%3]
					s := AttnSpec{E: e, H: 2, DK: dims[0], DV: dims[1], LD: 4*dims[0] + 2*dims[1], Softmax: softmax,
						Mask: mask, Window: 3, Scale: 0.5, Feature: feat}
					add(AttentionKernel(fmt.Sprintf("attn%d", n), "nvcc test", s))
					n++
				}
			}
		}
	}
	for i, mask := range []string{"causal", "strict", "none", "window"} {
		// The tensor-core kernel: f16 and bf16, d = 64 and 128.
		e, d := []kir.Type{kir.F16, kir.BF16}[i%2], 64<<(i/2)
		s := AttnSpec{E: e, H: 2, DK: d, DV: d, LD: 6 * d, Softmax: true, Mask: mask, Window: 3, Scale: 0.125, Feature: "identity"}
		add(AttentionKernel(fmt.Sprintf("attn_tc%d", i), "nvcc test", s))
	}
	for i, e := range []kir.Type{kir.F32, kir.F16, kir.BF16} {
		// The GEMM on CUDA cores (f32) and on tensor cores, with and without the residual.
		add(GemmKernel(fmt.Sprintf("gemm%d", i), "nvcc test", GemmSpec{E: e, N: 96, K: 72, Residual: i%2 == 0}))
	}
	for _, delta := range []bool{false, true} {
		for _, strict := range []bool{false, true} {
			for _, feat := range []string{"identity", "elu1", "l2"} {
				for _, form := range []string{"recurrent", "chunked", "parallel"} {
					for _, learned := range []bool{false, true} {
						if learned && !delta {
							continue
						}
						dims := fusedDims[n%3]
						s := DualSpec{E: fusedElems[n%3], H: 2, DK: dims[0], DV: dims[1], Delta: delta, Strict: strict, Scale: 0.5,
							Feature: feat, Beta: 0.5, LearnedBeta: learned, Form: form, Chunk: 16}
						s.LD = 4*s.DK + 2*s.DV + 2
						add(DualKernel(fmt.Sprintf("dual%d", n), "nvcc test", s))
						n++
					}
				}
			}
		}
	}
	return ks
}

// TestAttentionTensorCores runs the tensor-core kernel (mma m16n8k16) on
// the simulator against kernels.AttentionQKV: every mask, f16 and bf16,
// head sizes 16 to 128, sequences that end inside a 16-row fragment, a
// 64-query tile and a key tile, and d_k ≠ d_v.
func TestAttentionTensorCores(t *testing.T) {
	for i, c := range []struct {
		mask    string
		dk, dv  int
		e       kir.Type
		B, H, T int
	}{
		{"causal", 16, 16, kir.F16, 1, 2, 37},
		{"causal", 64, 64, kir.F16, 1, 1, 130},
		{"causal", 64, 64, kir.BF16, 2, 1, 70},
		{"strict", 32, 16, kir.F16, 1, 2, 70},
		{"none", 16, 48, kir.BF16, 2, 1, 65},
		{"window", 32, 32, kir.F16, 1, 1, 100},
		{"causal", 128, 128, kir.F16, 1, 1, 40},
		{"none", 128, 64, kir.BF16, 1, 1, 33},
		{"causal", 48, 32, kir.F16, 1, 1, 50}, // d_k/16 odd: ldmatrix ×4 then ×2
	} {
		// Row strides: packed, padded by 8 (both staged 16 bytes a copy) and
		// padded by 3 (not 16-byte aligned: staged element by element).
		s := AttnSpec{E: c.e, H: c.H, DK: c.dk, DV: c.dv, LD: 2*c.H*c.dk + c.H*c.dv + []int{0, 8, 3}[i%3], Softmax: true,
			Mask: c.mask, Window: 5, Scale: 1 / math.Sqrt(float64(c.dk)), Feature: "identity"}
		if tc, why := s.TensorCores(); !tc {
			t.Fatalf("case %d: no tensor cores: %s", i, why)
		}
		name := fmt.Sprintf("tc_%s_dk%d_dv%d_%s_B%dH%dT%d", c.mask, c.dk, c.dv, c.e, c.B, c.H, c.T)
		t.Run(name, func(t *testing.T) { checkAttention(t, name, s, c.B, c.T, uint64(2000+i)) })
	}
	// Other tilings (the benchmark's variants): two row tiles per warp,
	// key tiles of 16 to 128, one to four stages (three stages of 128 keys:
	// 108 KiB of dynamic shared memory), 8 warps a block, query tiles in
	// launch order; and a negative scale (the max does not commute with
	// it: scores scaled before the max).
	for i, tile := range []TCTile{{BK: 64, MT: 2}, {BK: 32, MT: 2}, {BK: 16, MT: 1}, {BK: 128, MT: 1}, {BK: 16, MT: 2}, {BK: 64, Stages: 1}, {BK: 32, MaskTiles: "all"},
		{BK: 16, Stages: 3}, {BK: 32, Stages: 4, MT: 2}, {BK: 128, Stages: 3}, {Warps: 8}, {BK: 32, Warps: 8, MT: 2}, {Order: "heavy"}, {Warps: 8, Stages: 3, MaskTiles: "all", Order: "heavy"}, {BK: 32}, {MaskTiles: "all", Order: "heavy"},
		{QShared: true}, {QShared: true, MT: 2, BK: 32}, {QShared: true, MT: 2, Warps: 8}, {QShared: true}, {QShared: true, MT: 2}} {
		s := AttnSpec{E: kir.F16, H: 2, DK: 64, DV: 32, LD: 320, Softmax: true,
			Mask: []string{"causal", "window", "none", "strict", "causal", "causal", "causal", "causal", "window", "causal", "causal", "strict", "causal", "strict", "causal", "strict",
				"causal", "strict", "none", "window", "causal"}[i],
			Window: 37, Scale: 0.125, Feature: "identity", Tile: tile}
		switch i {
		case 14:
			s.Scale = -0.125
		case 15: // at d 128 the default is edge, launch order
			s.DK, s.DV, s.LD = 128, 128, 768
		case 19: // q rows not 16-byte aligned: staged element by element
			s.LD = 323
		case 20: // two row tiles per warp at d 128, Q in shared memory
			s.DK, s.DV, s.LD = 128, 128, 768
		}
		name := fmt.Sprintf("tc_tile_bk%d_mt%d_st%d_w%d_mask%s_order%s_qs%v_%s_dk%d_ld%d_negscale%v", tile.BK, tile.MT, tile.Stages, tile.Warps, tile.MaskTiles, tile.Order, tile.QShared, s.Mask, s.DK, s.LD, s.Scale < 0)
		t.Run(name, func(t *testing.T) { checkAttention(t, name, s, 1, 150, uint64(2100+i)) })
	}
	for _, c := range []struct {
		tile TCTile
		want string
	}{
		{TCTile{Wgmma: true, MT: 2}, "wgmma takes one 16-row tile per warp"},
		{TCTile{Overlap: true}, "tiling: overlap pipelines wgmma: add wgmma"},
		{TCTile{Wgmma: true, Overlap: true, Stages: 2}, "overlap needs stages=3 or 4, not 2"},
		{TCTile{BK: 24}, "bk=24, want a multiple of 16"},
		{TCTile{MT: 3}, "mt=3 row tiles per warp"},
		{TCTile{BK: 128, Stages: 4}, "more than 227 KiB"}, // at d 128
		{TCTile{Stages: 5}, "stages=5, want 1 to 4"},
		{TCTile{Wgmma: true, Tma: true}, "tma loads feed the overlapped pipeline: add overlap"},
		{TCTile{Wgmma: true, Overlap: true, TmaPlain: true}, "plain is a layout of the TMA loads: add tma"},
		{TCTile{Warps: 6}, "warps=6 per block"},
		{TCTile{Wgmma: true, Overlap: true, Producer: true}, "a producer issues TMA loads: add tma"},
		{TCTile{Wgmma: true, Overlap: true, Tma: true, TmaPlain: true, Producer: true, QShared: true}, "loads Q by TMA in the 128-byte swizzle: not with plain"},
		{TCTile{Wgmma: true, Overlap: true, Tma: true, PingPong: true, Warps: 8}, "it needs producer and warps=8"},
		{TCTile{Wgmma: true, Overlap: true, Tma: true, Producer: true, PingPong: true}, "it needs producer and warps=8"},
		{TCTile{MaskTiles: "bogus"}, `mask=bogus, want all or edge`},
		{TCTile{Order: "random"}, `order=random, want heavy, lpt or launch`},
		{TCTile{BK: 16, Stages: 2, MT: 5}, "mt=5 row tiles"},
	} {
		s := AttnSpec{E: kir.F16, H: 1, DK: 128, DV: 128, LD: 384, Softmax: true, Mask: "causal", Scale: 0.1, Tile: c.tile}
		if _, err := AttentionKernel("a", "test", s); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("tile %+v: got %v, want %q", c.tile, err, c.want)
		}
		if g := AttentionGrid(s, 1, 64); g != [3]int{} {
			t.Errorf("tile %+v: grid %v for an invalid tiling", c.tile, g)
		}
	}
	s := AttnSpec{E: kir.F16, H: 1, DK: 64, DV: 64, LD: 195, Softmax: true, Mask: "causal", Scale: 0.1, Tile: TCTile{Stages: 2}}
	if _, err := AttentionKernel("a", "test", s); err == nil || !strings.Contains(err.Error(), "stages=2 needs qkv rows 16-byte aligned") {
		t.Errorf("two stages at row stride 195: got %v", err)
	}
	// The default: two stages where rows are aligned (at d 128 in 68 KiB of
	// dynamic shared memory), one otherwise.
	for _, c := range []struct {
		ld, d, bk, stages int
	}{{192, 64, 0, 2}, {195, 64, 0, 1}, {384, 128, 0, 2}, {384, 128, 64, 2}, {384, 128, 32, 2}, {387, 128, 0, 1}} {
		s := AttnSpec{E: kir.F16, H: 1, DK: c.d, DV: c.d, LD: c.ld, Softmax: true, Mask: "causal", Scale: 0.1, Tile: TCTile{BK: c.bk}}
		if l, err := tcPlan(s); err != nil || l.Stages != c.stages {
			t.Errorf("LD %d, d %d, BK %d: %d stages (%v), want %d", c.ld, c.d, c.bk, l.Stages, err, c.stages)
		}
	}
}

// TestAttentionTensorCoreChoice: which specs get the tensor-core kernel,
// and that Scalar keeps the CUDA-core kernel (still correct in f16).
func TestAttentionTensorCoreChoice(t *testing.T) {
	base := AttnSpec{E: kir.F16, H: 1, DK: 32, DV: 32, LD: 96, Softmax: true, Mask: "causal", Scale: 0.2, Feature: "identity"}
	for _, c := range []struct {
		name string
		edit func(*AttnSpec)
		want bool
	}{
		{"f16", func(*AttnSpec) {}, true},
		{"bf16", func(s *AttnSpec) { s.E = kir.BF16 }, true},
		{"f32", func(s *AttnSpec) { s.E = kir.F32 }, false},
		{"linear", func(s *AttnSpec) { s.Softmax = false }, false},
		{"elu1", func(s *AttnSpec) { s.Feature = "elu1" }, false},
		{"dk24", func(s *AttnSpec) { s.DK, s.LD = 24, 80 }, false},
		{"dv8", func(s *AttnSpec) { s.DV, s.LD = 8, 72 }, false},
		{"dk256", func(s *AttnSpec) { s.DK, s.LD = 256, 544 }, false},
		{"scalar", func(s *AttnSpec) { s.Scalar = true }, false},
	} {
		s := base
		c.edit(&s)
		if got, why := s.TensorCores(); got != c.want {
			t.Errorf("%s: TensorCores() = %v (%s), want %v", c.name, got, why, c.want)
		}
		k, err := AttentionKernel("a", "test", s)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := strings.Contains(cuda.CUDA.Kernel(k), "mma.sync"); got != c.want {
			t.Errorf("%s: rendered kernel has mma.sync: %v, want %v", c.name, got, c.want)
		}
	}
	s := base
	s.Scalar = true
	checkAttention(t, "scalar_f16", s, 1, 70, 3000)
}

// TestAttentionWgmma runs the tensor-core kernel on Hopper's warpgroup MMA
// (TCTile.Wgmma) on the simulator against kernels.AttentionQKV: every
// mask, f16 and bf16, d 16 to 128 and d_k ≠ d_v, Q from shared memory
// and from registers, one and two warpgroups a block, key tiles of 16 to
// 128 in one to three stages, rows not 16-byte aligned (staged element by
// element), a negative scale, and sequences ending inside a 64-query tile.
func TestAttentionWgmma(t *testing.T) {
	for i, c := range []struct {
		mask   string
		dk, dv int
		e      kir.Type
		tile   TCTile
		ld     int // row stride beyond the packed 2·H·dk + H·dv
		scale  float64
		B, T   int
	}{
		{"causal", 64, 64, kir.F16, TCTile{QShared: true}, 0, 0.125, 1, 150},
		{"causal", 64, 64, kir.BF16, TCTile{}, 8, 0.125, 2, 70},
		{"causal", 128, 128, kir.F16, TCTile{QShared: true, BK: 64}, 0, 0.09, 1, 140},
		{"causal", 128, 128, kir.BF16, TCTile{QShared: true, Warps: 8}, 0, 0.09, 1, 200},
		{"strict", 32, 16, kir.F16, TCTile{QShared: true, BK: 32, Stages: 3}, 0, 0.2, 1, 90},
		{"none", 16, 48, kir.BF16, TCTile{BK: 16}, 0, 0.25, 2, 65},
		{"window", 64, 32, kir.F16, TCTile{QShared: true, Stages: 1}, 3, 0.125, 1, 100},
		{"causal", 48, 64, kir.F16, TCTile{QShared: true, MaskTiles: "all", Order: "heavy"}, 0, -0.125, 1, 130},
		{"causal", 64, 64, kir.F16, TCTile{QShared: true, Warps: 8, BK: 128}, 3, 0.125, 1, 129},
		// Pipelined across key tiles (Overlap: 3 stages, or 4).
		{"causal", 64, 64, kir.F16, TCTile{QShared: true, Overlap: true}, 0, 0.125, 1, 300},
		{"causal", 128, 128, kir.BF16, TCTile{QShared: true, Overlap: true, Warps: 8}, 0, 0.09, 1, 260},
		{"strict", 32, 48, kir.F16, TCTile{Overlap: true, BK: 32, Stages: 4}, 8, 0.2, 2, 150},
		{"window", 64, 32, kir.BF16, TCTile{QShared: true, Overlap: true, BK: 16}, 0, 0.125, 1, 100},
		{"none", 16, 16, kir.F16, TCTile{QShared: true, Overlap: true, BK: 16, MaskTiles: "all"}, 0, -0.3, 1, 75},
		{"causal", 64, 64, kir.F16, TCTile{QShared: true, Overlap: true}, 0, 0.125, 1, 5}, // one key tile
		// … in FlashAttention-3's order (EarlyS).
		{"causal", 64, 64, kir.F16, TCTile{QShared: true, Overlap: true, EarlyS: true, BK: 64}, 0, 0.125, 1, 300},
		{"causal", 128, 128, kir.BF16, TCTile{QShared: true, Overlap: true, EarlyS: true, Warps: 8}, 0, 0.09, 1, 260},
		{"strict", 32, 48, kir.F16, TCTile{Overlap: true, EarlyS: true, BK: 32, Stages: 4}, 8, 0.2, 2, 150},
		{"window", 64, 32, kir.BF16, TCTile{QShared: true, Overlap: true, EarlyS: true, BK: 16, Lazy: true}, 0, 0.125, 1, 100},
		{"none", 16, 16, kir.F16, TCTile{QShared: true, Overlap: true, EarlyS: true, BK: 16, MaskTiles: "all"}, 0, -0.3, 1, 75},
		{"causal", 64, 64, kir.F16, TCTile{QShared: true, Overlap: true, EarlyS: true}, 0, 0.125, 1, 5}, // one key tile
		// K/V tiles by TMA (128-byte swizzle; keys past T zero-filled by the map).
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, Tma: true, BK: 64}, 0, 0.125, 2, 300},
		{"causal", 128, 128, kir.BF16, TCTile{QShared: true, Overlap: true, EarlyS: true, Tma: true}, 8, 0.09, 1, 260},
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, BK: 32, Stages: 4}, 0, 0.125, 2, 150},
		{"window", 64, 64, kir.BF16, TCTile{Overlap: true, Tma: true, BK: 16, Lazy: true}, 0, 0.125, 1, 100},
		{"none", 64, 128, kir.F16, TCTile{QShared: true, Overlap: true, EarlyS: true, Tma: true, BK: 64, Warps: 8}, 0, -0.3, 1, 75},
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, Tma: true}, 0, 0.125, 1, 5},                          // one key tile
		{"strict", 128, 128, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, BK: 48}, 0, 0.09, 2, 170}, // 48-key tiles: the diagonal over two
		// Longest first over the whole grid (Order lpt): tile, head and batch from the linear block index.
		{"causal", 64, 64, kir.BF16, TCTile{Overlap: true, EarlyS: true, Tma: true, BK: 64, Order: "lpt"}, 0, 0.125, 3, 200},
		{"strict", 64, 32, kir.F16, TCTile{QShared: true, Order: "lpt"}, 8, 0.125, 2, 150},
		// … without swizzle (boxes of 8 columns: core matrices).
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, TmaPlain: true, BK: 64}, 0, 0.125, 2, 300},
		{"causal", 128, 128, kir.BF16, TCTile{QShared: true, Overlap: true, Tma: true, TmaPlain: true}, 8, 0.09, 1, 260},
		{"strict", 32, 48, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, TmaPlain: true, BK: 32, Stages: 4}, 8, 0.2, 2, 150},
		{"window", 64, 32, kir.BF16, TCTile{QShared: true, Overlap: true, Tma: true, TmaPlain: true, BK: 16, Warps: 8}, 0, 0.125, 1, 100},
		// A producer warp issues the loads; consumers release stages on
		// empty mbarriers (no block barrier in the loop).
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, Producer: true, BK: 32}, 0, 0.125, 2, 300},
		{"causal", 128, 128, kir.BF16, TCTile{Overlap: true, EarlyS: true, Tma: true, Producer: true, Warps: 8}, 8, 0.09, 1, 260},
		{"strict", 64, 64, kir.F16, TCTile{Overlap: true, Tma: true, Producer: true, BK: 16, Stages: 4, Warps: 8}, 0, 0.125, 2, 150},
		{"window", 64, 32, kir.BF16, TCTile{Overlap: true, EarlyS: true, Tma: true, TmaPlain: true, Producer: true, BK: 16, Lazy: true}, 0, 0.125, 1, 100},
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, Producer: true}, 0, 0.125, 1, 5}, // one key tile
		// … and the two consumer warpgroups taking turns (PingPong).
		{"causal", 128, 128, kir.BF16, TCTile{Overlap: true, EarlyS: true, Tma: true, Producer: true, PingPong: true, Warps: 8}, 8, 0.09, 2, 260},
		{"strict", 64, 64, kir.F16, TCTile{Overlap: true, Tma: true, Producer: true, PingPong: true, BK: 16, Stages: 4, Warps: 8}, 0, 0.125, 1, 150},
		{"window", 64, 64, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, TmaPlain: true, Producer: true, PingPong: true, BK: 32, Warps: 8}, 0, 0.125, 1, 200},
		{"causal", 64, 64, kir.F16, TCTile{Overlap: true, EarlyS: true, Tma: true, Producer: true, PingPong: true, Warps: 8}, 0, 0.125, 1, 5}, // one key tile
		{"causal", 64, 64, kir.BF16, TCTile{Overlap: true, EarlyS: true, Tma: true, Producer: true, PingPong: true, Warps: 8, Order: "lpt"}, 0, 0.125, 2, 300},
		// … with Q by TMA too (QShared): queries past T are zeros.
		{"causal", 128, 128, kir.F16, TCTile{QShared: true, Overlap: true, EarlyS: true, Tma: true, Producer: true, PingPong: true, Warps: 8}, 8, 0.09, 2, 230},
		{"strict", 64, 64, kir.BF16, TCTile{QShared: true, Overlap: true, Tma: true, Producer: true, BK: 32}, 0, 0.125, 1, 150},
		{"none", 128, 64, kir.F16, TCTile{QShared: true, Overlap: true, EarlyS: true, Tma: true, Producer: true, BK: 64}, 0, -0.2, 1, 75},
	} {
		H := 2
		c.tile.Wgmma = true
		s := AttnSpec{E: c.e, H: H, DK: c.dk, DV: c.dv, LD: 2*H*c.dk + H*c.dv + c.ld, Softmax: true,
			Mask: c.mask, Window: 37, Scale: c.scale, Feature: "identity", Tile: c.tile}
		name := fmt.Sprintf("wg_%s_dk%d_dv%d_%s_bk%d_st%d_w%d_qs%v_ov%v_es%v_lazy%v_tma%v_plain%v_prod%v_pp%v_order%s_ld%d_T%d", c.mask, c.dk, c.dv, c.e, c.tile.BK, c.tile.Stages, c.tile.Warps, c.tile.QShared, c.tile.Overlap, c.tile.EarlyS, c.tile.Lazy, c.tile.Tma, c.tile.TmaPlain, c.tile.Producer, c.tile.PingPong, c.tile.Order, s.LD, c.T)
		t.Run(name, func(t *testing.T) { checkAttention(t, name, s, c.B, c.T, uint64(2300+i)) })
	}
}

// TestAttentionLPT: with Order "lpt" a block's query tile, head and
// batch come from its linear index, longest first; every (tile, head,
// batch) must still be computed once, on the mma.sync kernel (the
// defaults otherwise) and with T not a multiple of the query tile.
func TestAttentionLPT(t *testing.T) {
	for i, c := range []struct {
		mask string
		d    int
		tile TCTile
	}{
		{"causal", 64, TCTile{Order: "lpt"}},
		{"strict", 128, TCTile{Order: "lpt", BK: 32}},
		{"causal", 32, TCTile{Order: "lpt", Warps: 8}},
	} {
		s := AttnSpec{E: kir.F16, H: 3, DK: c.d, DV: c.d, LD: 9 * c.d, Softmax: true, Mask: c.mask, Scale: 0.125, Feature: "identity", Tile: c.tile}
		name := fmt.Sprintf("lpt_%s_d%d_bk%d_w%d", c.mask, c.d, c.tile.BK, c.tile.Warps)
		t.Run(name, func(t *testing.T) { checkAttention(t, name, s, 2, 230, uint64(4300+i)) })
	}
}

// TestAttentionLazy checks TCTile.Lazy (the running max moved only past
// 2^8, the rescale skipped where α = 1) against the reference: on the
// uniform inputs, where after the first tile no max moves, and on keys
// scaled by 1 + t/4, whose scores grow along the sequence (to ~100 at
// scale 0.5), so that rows move their max by more than the threshold
// again and again, and p reaches 2^8 in between.
func TestAttentionLazy(t *testing.T) {
	for i, c := range []struct {
		mask  string
		d     int
		e     kir.Type
		tile  TCTile
		scale float64
	}{
		{"causal", 64, kir.F16, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 64}, 0.5},
		{"causal", 64, kir.BF16, TCTile{Wgmma: true, QShared: true}, 0.125},
		{"window", 32, kir.F16, TCTile{Wgmma: true, QShared: true, Overlap: true, BK: 32, Stages: 4}, 0.5},
		{"none", 64, kir.F16, TCTile{QShared: true}, -0.5}, // mma.sync; scale < 0: not folded
		{"causal", 128, kir.F16, TCTile{BK: 32}, 0.3},
	} {
		const H, B, T = 2, 1, 200
		c.tile.Lazy = true
		s := AttnSpec{E: c.e, H: H, DK: c.d, DV: c.d, LD: 3 * H * c.d, Softmax: true, Mask: c.mask, Window: 70,
			Scale: c.scale, Feature: "identity", Tile: c.tile}
		for _, grow := range []bool{false, true} {
			name := fmt.Sprintf("lazy_%s_d%d_%s_wg%v_ov%v_grow%v", c.mask, c.d, c.e, c.tile.Wgmma, c.tile.Overlap, grow)
			t.Run(name, func(t *testing.T) {
				k, err := AttentionKernel(name, "test", s)
				if err != nil {
					t.Fatal(err)
				}
				if src := cuda.CUDA.File("test", []*kir.Kernel{k}); !strings.Contains(src, "!= 1.0f") {
					t.Error("no skipped rescale (α ≠ 1) in the rendered kernel")
				}
				rng := rand.New(rand.NewPCG(uint64(4100+i), 1))
				x := fusedUniform(rng, B*T*s.LD, 1)
				if grow {
					for tk := 0; tk < B*T; tk++ {
						f := float32(1 + float64(tk%T)/4)
						for j := H * c.d; j < 2*H*c.d; j++ { // the keys
							x[tk*s.LD+j] *= f
						}
					}
				}
				checkAttentionOn(t, name, s, B, T, x)
			})
		}
	}
}
