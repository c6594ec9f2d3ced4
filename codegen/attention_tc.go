package codegen

import (
	"fmt"
	"math"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Tensor-core attention: softmax attention in f16/bf16 with both matrix
// products (QKᵀ and PV) on the tensor cores (kir.Mma, m16n8k16, f32
// accumulators), in the register-resident style of FlashAttention-2.
//
// A block is 4 or 8 warps (TCTile.Warps); warp w owns the 16 queries
// t0+16w … t0+16w+15 of the block's tile (16·MT with MT row tiles) and
// keeps, in registers: its Q as A fragments (DK/16 of them; with
// TCTile.QShared they are loaded from shared memory per key tile), the scores of the current key tile as C fragments (BK/8), and
// its output accumulators as C fragments (DV/8). A thread of the warp
// holds elements of rows g and g+8 (g = lane/4), so the online-softmax
// statistics (running max m, partial sum l) are two pairs per thread; the
// row max is reduced over the four lanes of a row (shuffles xor 1, 2) every
// tile, the row sum only once at the end (every lane of a row rescales by
// the same factor). The C fragments of the scores, turned into f16/bf16,
// are exactly the A fragments of the PV product (two 16×8 score tiles make
// one 16×16 A operand), so P never leaves the registers. Keys and values
// of a tile are staged in shared memory row-major, [BK][DK+8] and
// [BK][DV+8], 16 bytes a copy where the qkv rows are 16-byte aligned (LD a
// multiple of 8); the B fragments come out by ldmatrix (four 8×8 matrices,
// two mma's worth, per instruction; V with .trans). The 8-element pad puts
// the 8 rows one ldmatrix reads on different banks.

// TCTile overrides the tiling of the tensor-core kernel (benchmarks try
// several; zero fields take the defaults of tcPlan).
type TCTile struct {
	BK int // keys per tile: a multiple of 16
	MT int // 16-query row tiles per warp: 1 or 2 (2 reuses every K and V fragment twice, with twice the registers)
	// Warps per block, 4 or 8: 8 share each staged K/V tile among twice
	// the queries (half the L2 → shared traffic a FLOP) in blocks twice
	// the size.
	Warps int
	// Stages of K/V tiles in shared memory, 1 to 4: with n ≥ 2 the tiles
	// n−1 ahead are in flight (cp.async) while the current one is used; 1
	// loads and then computes. Beyond 48 KiB the tiles are in dynamic
	// shared memory.
	Stages int
	// MaskTiles is where the causal or strict mask is applied: "all" on
	// every key tile; "edge" (the default) only on the tiles that need it
	// (the diagonal, the ragged end), the others run a copy of the loop
	// without it (fewer instructions, more registers).
	MaskTiles string
	// Order of the query tiles under a causal or strict mask: "launch"
	// (the default; block x = tile x) or "heavy" (block x takes the tile
	// counted from the end, so the tiles with the most keys start first
	// and the short ones fill the tail of the grid). Measured on an H200
	// at B=4, H=16, T=4096 the two are within 1 % of each other (runs
	// 2026-11-28b and c), and at d 128 heavy-first costs 7 registers,
	// which pushes the edge-masked kernel to ptxas's 255 and a spill.
	// Both leave the heaviest tiles of the last heads to the end of the
	// grid. "lpt" orders the whole grid longest first: the linear block
	// index counts heads and batches fastest and query tiles from the
	// last, so every head's heaviest tile starts in the first wave and the
	// lightest fill the tail (list scheduling of the causal work over 4
	// blocks an SM: 86 % busy in launch order, 99.6 % in this one, by a
	// model of the dispatch; not measured).
	Order string
	// QShared keeps the block's Q tile in shared memory and loads each
	// warp's A fragments by ldmatrix for every key tile (FlashAttention-2's
	// default) instead of holding them in DK/2 registers for the whole
	// loop: fewer registers (nvcc 11.8 at d 128: 151 instead of 248), one
	// more shared array, more shared-memory reads.
	QShared bool
	// Wgmma computes both products with Hopper's asynchronous warpgroup
	// MMA (kir.Wgmma, sm_90a) instead of mma.sync: each warpgroup of 4
	// warps multiplies its 64 queries by the whole key tile in one
	// instruction per 16 of d (QKᵀ: A is Q, from shared memory with
	// QShared, else from registers; B is the K tile) and by V in one per 16
	// keys (PV: A is P from registers, B is the V tile, MN-major). The tiles
	// are staged in wgmma's no-swizzle layout of 8×16-byte core matrices
	// instead of padded rows, and there are no ldmatrix. Needs MT 1 and
	// an sm_90 GPU (the module is built for sm_90a).
	Wgmma bool
	// Overlap (with Wgmma) pipelines each warpgroup's products across key
	// tiles as FlashAttention-3 does within a warpgroup: the QKᵀ of tile i
	// and the PV of tile i−1 are issued together, and the softmax of tile i
	// runs while the tensor cores do the PV, which is waited for at the top
	// of the next iteration (where ptxas cannot hoist the wait above the
	// softmax; o is rescaled and p packed there). The score registers and the
	// packed p of the previous tile are live together, and the V tile of
	// tile i−1 is read while tile i+1 is copied: at least 3 stages (the
	// default with Overlap; 4 keep two tiles in flight).
	Overlap bool
	// EarlyS (with Overlap) issues S_i first, before o is rescaled, in
	// FlashAttention-3's order: the rescale runs under the QKᵀ, and p of
	// tile i is packed right after its softmax (under the PV of tile i−1)
	// into registers of its own, copied to the PV's operand registers at
	// the top of the next iteration. Without it o is rescaled and p packed
	// before the issue, with the tensor cores idle.
	EarlyS bool
	// Lazy rescales lazily, as FlashAttention-4 does: a row's running max
	// m moves only when a tile's max passes it by more than 8 in the
	// exponent (2^8: p ≤ 256, safe in f16, bf16 and the f32 sums), and the
	// output accumulators are multiplied by α only in threads where some
	// α ≠ 1. Once a row has seen its largest scores, tiles skip the
	// rescale (DV/2 multiplies a thread at 16 rows a warp). The result is
	// the same softmax (any m gives it); only the rounding differs.
	Lazy bool
	// Tma (with Overlap) loads the K and V tiles with Hopper's tensor
	// memory accelerator instead of cp.async: one thread issues, per tile,
	// DK/64 + DV/64 cp.async.bulk.tensor of a box {64 columns, BK keys} of
	// a tensor map over qkv (dims {LD, T, B}: keys past T are zeros) into
	// the 128-byte-swizzle layout wgmma reads (WgmmaSmem.Swizzle), and
	// every thread waits on the stage's mbarrier. No per-thread copies, no
	// address arithmetic, fewer registers. Needs DK and DV multiples of 64
	// and qkv rows 16-byte aligned; the launch passes the map
	// (AttentionTensorMaps).
	Tma bool
	// TmaPlain (with Tma) loads without swizzle, boxes of {8 columns, BK
	// keys}: each lands as BK/8 core matrices of wgmma's no-swizzle layout,
	// column blocks outermost. DK/8 + DV/8 loads a tile instead of
	// DK/64 + DV/64; a hedge should the 128-byte swizzle not be what the
	// hardware reads (TestDeviceTma tells), and DK, DV need only be
	// multiples of 16.
	TmaPlain bool
	// Producer (with Tma) gives the TMA loads to warps of their own, as
	// FlashAttention-3's warp specialisation does: the block is Warps
	// consumer warps and a producer, whose first thread loads K of tile t
	// and then V of tile t−1 (the PV needs it an iteration after S), each
	// as soon as the consumers have released the stage it refills. Consumers release a stage on an "empty"
	// mbarrier (an arrival a thread) once the wgmma that read it is
	// complete: K after S_i, V after the PV. No block barrier is left in
	// the loop, so the warpgroups of an 8-warp block are no longer held in
	// step once a tile: one may run up to a stage ahead of the other. With
	// 4 warps the producer is one warp (5 warps a block: up to 255
	// registers a thread still). With 8 it is a warpgroup that gives its
	// registers to the consumers (setmaxnreg: 24 a thread for it, 240 for
	// them), since a ninth warp alone would cap the block at 168. With
	// QShared the producer also loads the block's Q by TMA first (a box
	// of {64 columns, 64 queries} a warpgroup and 64 of d,
	// into the 128-byte swizzle, on an mbarrier of its own), and the
	// consumers' QKᵀ reads it from shared memory as a K-major A: no Q
	// registers and no per-thread Q loads before the first tile. Not with
	// TmaPlain and QShared together.
	Producer bool
	// PingPong (with Producer, at 8 warps) has the two consumer
	// warpgroups take turns at the tensor cores, as FlashAttention-3's
	// ping-pong schedule does: a warpgroup issues its products for a tile
	// (S_i, then the PV of tile i−1) only after the other issued its own
	// (named barriers 1 and 2, bar.sync and bar.arrive), so that one's
	// softmax runs while the other's products occupy the tensor cores.
	PingPong bool
}

// lazyTau is TCTile.Lazy's threshold in the exponent (log2 units).
const lazyTau = 8.0

// wgTileIndex is the element index of (row j, column d) of a [rows][w]
// tile in wgmma's no-swizzle layout: 8-row groups of w·8 elements, in
// which core matrix d/8 (8 rows × 8 elements, 128 bytes) holds row j%8 at
// 8·(j%8). As a K-major operand (rows are M or N, columns K) that is LBO
// 128 bytes and SBO 16·w; as an MN-major one (rows are K) LBO 16·w and
// SBO 128.
func wgTileIndex(j, d kir.Expr, w int) kir.Expr {
	return kir.Add(kir.Add(kir.Mul(kir.Div(j, kir.I(8)), i64c(8*w)), kir.Mul(kir.Div(d, kir.I(8)), kir.I(64))),
		kir.Add(kir.Mul(kir.Rem(j, kir.I(8)), kir.I(8)), kir.Rem(d, kir.I(8))))
}

// tcLayout is the tiling of the tensor-core attention kernel.
type tcLayout struct {
	BQ, BK, MT, KS, VS, Stages, Warps int
	MaskAll                           bool // the mask on every key tile (TCTile.MaskTiles)
	Heavy                             bool // heaviest query tiles first (TCTile.Order)
	LPT                               bool // heaviest query tiles of every head first (TCTile.Order "lpt")
	Vector                            bool // qkv rows 16-byte aligned (LD a multiple of 8): K/V staged 16 bytes a copy
	Wgmma                             bool // TCTile.Wgmma: warpgroup MMA, tiles in its core-matrix layout
	Overlap                           bool // TCTile.Overlap: products pipelined across key tiles
	Lazy                              bool // TCTile.Lazy: the max moves by more than 2^8, the rescale skipped where α = 1
	EarlyS                            bool // TCTile.EarlyS: S_i issued before the rescale (FlashAttention-3's order)
	Tma                               bool // TCTile.Tma: K/V tiles by TMA into the 128-byte swizzle
	TmaPlain                          bool // TCTile.TmaPlain: … without swizzle, boxes of 8 columns
	Producer                          bool // TCTile.Producer: a producer warp issues the TMA loads, consumers release stages on mbarriers
	QTma                              bool // Producer and QShared: Q by TMA into the 128-byte swizzle
	PingPong                          bool // TCTile.PingPong: the two consumer warpgroups take turns issuing their products
}

// tmaBoxCols is the columns of one TMA box: 64 (128 bytes, swizzled) or 8
// (one core matrix wide).
func (l tcLayout) tmaBoxCols() int {
	if l.TmaPlain {
		return 8
	}
	return 64
}

// threads are the consumer threads (the warps that compute); the block
// has a producer warp more with Producer (blockThreads).
func (l tcLayout) threads() int { return 32 * l.Warps }

func (l tcLayout) blockThreads() int {
	switch {
	case l.Producer && l.Warps > 4:
		return 32*l.Warps + 128 // a producer warpgroup (setmaxnreg)
	case l.Producer:
		return 32*l.Warps + 32 // a producer warp
	}
	return 32 * l.Warps
}

// Registers a thread with Producer at 8 warps (setmaxnreg): a streaming
// multiprocessor's four partitions have 16384 registers each, and each
// holds one warp of each of the block's three warpgroups, so 24 for the
// producer's leave 240 for each consumer's (32·(24 + 2·240) = 16128 of
// 16384), against the 168 of an even share of 384 threads
// (FlashAttention-3's split).
const (
	producerRegs = 24
	consumerRegs = 240
)

// sharedBytes of one block: the K and V tiles (and the Q tile with
// QShared) in the element type.
func (l tcLayout) sharedBytes(s AttnSpec) int {
	n := kir.SharedPadded(l.Stages*l.BK*l.KS*s.E.Size()) + kir.SharedPadded(l.Stages*l.BK*l.VS*s.E.Size())
	if l.Tma {
		n += kir.SharedPadded(8 * l.mbars()) // the stages' mbarriers (the tiles are multiples of 1024 bytes)
	}
	if s.Tile.QShared {
		n += kir.SharedPadded(l.BQ * l.KS * s.E.Size())
	}
	return n // with Tma (and QTma) the 1024-byte aligned tiles come first, their sizes multiples of 1024
}

// mbars is the number of mbarriers with Tma: full for K and V a stage,
// with Producer empty for K and V a stage, and with QTma one for Q (at
// 4·Stages).
func (l tcLayout) mbars() int {
	switch {
	case l.QTma:
		return 4*l.Stages + 1
	case l.Producer:
		return 4 * l.Stages
	}
	return 2 * l.Stages
}

// TensorCores reports whether AttentionKernel uses the tensor-core kernel
// for s, and if not, why not.
func (s AttnSpec) TensorCores() (bool, string) {
	switch {
	case s.Scalar:
		return false, "tensor cores turned off (Scalar)"
	case s.E != kir.F16 && s.E != kir.BF16:
		return false, fmt.Sprintf("element type %s (tensor cores take f16 or bf16)", s.E)
	case !s.Softmax:
		return false, "linear attention"
	case s.Feature != "" && s.Feature != "identity":
		return false, "feature map " + s.Feature
	case s.DK%16 != 0 || s.DK > 128:
		return false, fmt.Sprintf("d_k %d (want a multiple of 16, at most 128)", s.DK)
	case s.DV%16 != 0 || s.DV > 128:
		return false, fmt.Sprintf("d_v %d (want a multiple of 16, at most 128)", s.DV)
	}
	return true, ""
}

func tcPlan(s AttnSpec) (tcLayout, error) {
	// The defaults are the fastest tilings measured on an H200
	// (docs/gpu-results.md, runs 2026-11-28a–c; B=4, H=16, T=4096,
	// causal): 4 warps of one 16-row tile each, two cp.async stages, the
	// mask only on the tiles that need it, query tiles in launch order;
	// 128 keys a tile at d ≤ 64 (72 KiB of dynamic shared memory), 64 at
	// d 128 (68 KiB).
	l := tcLayout{BK: 64, MT: 1, Warps: 4}
	if s.DK <= 64 && s.DV <= 64 {
		l.BK = 128
	}
	if s.Tile.BK != 0 {
		l.BK = s.Tile.BK
	}
	if s.Tile.MT != 0 {
		l.MT = s.Tile.MT
	}
	if s.Tile.Warps != 0 {
		l.Warps = s.Tile.Warps
	}
	switch s.Tile.MaskTiles {
	case "", "edge":
	case "all":
		l.MaskAll = true
	default:
		return l, fmt.Errorf("tiling: mask=%s, want all or edge", s.Tile.MaskTiles)
	}
	switch s.Tile.Order {
	case "", "launch":
	case "heavy":
		l.Heavy = true
	case "lpt":
		l.LPT = true
	default:
		return l, fmt.Errorf("tiling: order=%s, want heavy, lpt or launch", s.Tile.Order)
	}
	l.BQ = 16 * l.MT * l.Warps
	l.KS, l.VS = s.DK+8, s.DV+8
	if s.Tile.Wgmma {
		if l.MT != 1 {
			return l, fmt.Errorf("tiling: wgmma takes one 16-row tile per warp (mt=1), not mt=%d", l.MT)
		}
		l.Wgmma = true
		l.KS, l.VS = s.DK, s.DV // core matrices: no padding
	}
	if s.Tile.Overlap && !s.Tile.Wgmma {
		return l, fmt.Errorf("tiling: overlap pipelines wgmma: add wgmma")
	}
	l.Lazy = s.Tile.Lazy
	if s.Tile.EarlyS && !s.Tile.Overlap {
		return l, fmt.Errorf("tiling: earlys is an order of the overlapped pipeline: add overlap")
	}
	l.EarlyS = s.Tile.EarlyS
	if s.Tile.TmaPlain && !s.Tile.Tma {
		return l, fmt.Errorf("tiling: plain is a layout of the TMA loads: add tma")
	}
	if s.Tile.Tma {
		switch {
		case !s.Tile.Overlap:
			return l, fmt.Errorf("tiling: tma loads feed the overlapped pipeline: add overlap")
		case !s.Tile.TmaPlain && (s.DK%64 != 0 || s.DV%64 != 0):
			return l, fmt.Errorf("tiling: tma loads boxes of 64 columns: d_k %d and d_v %d must be multiples of 64 (or add plain: no swizzle, boxes of 8 columns)", s.DK, s.DV)
		case s.LD%8 != 0:
			return l, fmt.Errorf("tiling: tma needs qkv rows 16-byte aligned (row stride %d is not a multiple of 8)", s.LD)
		}
		l.Tma, l.TmaPlain = true, s.Tile.TmaPlain
	}
	switch {
	case s.Tile.Producer && !s.Tile.Tma:
		return l, fmt.Errorf("tiling: a producer issues TMA loads: add tma")
	case s.Tile.Producer && s.Tile.QShared && s.Tile.TmaPlain:
		return l, fmt.Errorf("tiling: a producer loads Q by TMA in the 128-byte swizzle: not with plain")
	}
	l.Producer = s.Tile.Producer
	l.QTma = s.Tile.Producer && s.Tile.QShared
	if s.Tile.PingPong && (!s.Tile.Producer || l.Warps != 8) {
		return l, fmt.Errorf("tiling: pingpong alternates the two consumer warpgroups of a block with a producer: it needs producer and warps=8")
	}
	l.PingPong = s.Tile.PingPong
	// Two stages where the rows can be copied 16 bytes at a time
	// (cp.async); one where they cannot.
	l.Vector = s.LD%8 == 0
	l.Stages = 1
	if l.Vector {
		l.Stages = 2
	}
	if s.Tile.Overlap && l.Vector {
		l.Overlap, l.Stages = true, 3
	}
	switch n := s.Tile.Stages; {
	case s.Tile.Overlap && !l.Vector:
		return l, fmt.Errorf("tiling: overlap needs qkv rows 16-byte aligned (row stride %d is not a multiple of 8)", s.LD)
	case s.Tile.Overlap && n != 0 && n < 3:
		return l, fmt.Errorf("tiling: overlap needs stages=3 or 4, not %d (tile i+1 is copied while the PV of tile i−1 reads its V)", n)
	case n == 0:
	case n < 1 || n > 4:
		return l, fmt.Errorf("tiling: stages=%d, want 1 to 4", n)
	case n > 1 && !l.Vector:
		return l, fmt.Errorf("tiling: stages=%d needs qkv rows 16-byte aligned (row stride %d is not a multiple of 8)", n, s.LD)
	default:
		l.Stages = n
	}
	switch {
	case l.BK < 16 || l.BK%16 != 0 || l.BK > 128:
		return l, fmt.Errorf("tiling: bk=%d, want a multiple of 16 up to 128", l.BK)
	case l.MT != 1 && l.MT != 2:
		return l, fmt.Errorf("tiling: mt=%d row tiles per warp, want 1 or 2", l.MT)
	case l.Warps != 4 && l.Warps != 8:
		return l, fmt.Errorf("tiling: warps=%d per block, want 4 or 8", l.Warps)
	case l.sharedBytes(s) > kir.MaxSharedBytes:
		return l, fmt.Errorf("tiling: bk=%d in stages=%d needs %d bytes of shared memory, more than 227 KiB", l.BK, l.Stages, l.sharedBytes(s))
	}
	return l, nil
}

// attentionTC generates the tensor-core kernel; the spec is valid and
// s.TensorCores() holds. Parameters, grid semantics and results are those
// of AttentionKernel.
func attentionTC(name, origin string, s AttnSpec) (*kir.Kernel, error) {
	l, err := tcPlan(s)
	if err != nil {
		return nil, err
	}
	H, DK, DV, LD, E := s.H, s.DK, s.DV, s.LD, s.E
	BQ, BK, MT, KS, VS, NS := l.BQ, l.BK, l.MT, l.KS, l.VS, l.Stages
	b := kir.New(name, origin, l.blockThreads())
	qkv, o := b.In("qkv", E), b.Out("o", E)
	b.Scalar("B")
	T := b.Scalar("T")
	var ks, vs, bars *kir.Shared
	var kvmap *kir.Param
	if l.Tma {
		// [stage][DK/64][BK][64] (and V alike) in the 128-byte swizzle: one
		// TMA box a [BK][64] block; the stages' mbarriers.
		m, align := kir.TensorMap{Box: []int{64, BK, 1}, Swizzle: 128}, 1024
		if l.TmaPlain {
			// [stage][DK/8][BK][8]: no swizzle, 128-byte aligned destinations.
			m, align = kir.TensorMap{Box: []int{8, BK, 1}}, 128
		}
		kvmap = b.TensorMapParam("kvmap", E, m)
		ks = b.AlignedSharedArray("ks", E, NS*BK*KS, align)
		vs = b.AlignedSharedArray("vs", E, NS*BK*VS, align)
		// Full: K of stage st at st, V at NS+st; with Producer, empty: K at
		// 2NS+st, V at 3NS+st.
		bars = b.SharedArray("bars", kir.I64, l.mbars())
	} else {
		ks = b.SharedArray("ks", E, NS*BK*KS) // k of the key tile [stage][BK][DK+8]
		vs = b.SharedArray("vs", E, NS*BK*VS) // v of the key tile [stage][BK][DV+8]
	}
	var qsm *kir.Shared
	var qmap *kir.Param
	switch {
	case l.QTma:
		// [warpgroup][DK/64][64][64] in the 128-byte swizzle: one TMA box a
		// [64][64] block.
		qmap = b.TensorMapParam("qmap", E, kir.TensorMap{Box: []int{64, 64, 1}, Swizzle: 128})
		qsm = b.AlignedSharedArray("qsm", E, BQ*KS, 1024)
	case s.Tile.QShared:
		qsm = b.SharedArray("qsm", E, BQ*KS) // q of the block's queries [BQ][DK+8]
	}

	if l.Wgmma {
		b.Comment("softmax attention on tensor cores (wgmma, sm_90a, %s in, f32 accumulate), mask %s: %d warpgroups × 64 queries per block, key tiles of %d in %d stages",
			E, s.Mask, l.Warps/4, BK, NS)
	} else {
		b.Comment("softmax attention on tensor cores (mma m16n8k16, %s in, f32 accumulate), mask %s: %d warps × %d queries per block, key tiles of %d in %d stages",
			E, s.Mask, l.Warps, 16*MT, BK, NS)
	}
	tid := b.Let("tid", kir.Tid())
	lane := b.Let("lane", kir.Rem(tid, kir.I(32)))
	g := b.Let("g", kir.Div(lane, kir.I(4))) // fragment row (and row + 8)
	q4 := b.Let("q", kir.Rem(lane, kir.I(4)))
	var h, bb kir.Expr
	tileX := kir.Expr(kir.Sp(kir.BlockIdxX))
	switch causal := s.Mask == "causal" || s.Mask == "strict"; {
	case causal && l.LPT:
		b.Comment("longest first over the grid: linear block i takes query tile ⌈T/%d⌉ − 1 − i/(H·B) of head and batch i mod H·B", BQ)
		gx, gy := kir.Sp(kir.GridDimX), kir.Sp(kir.GridDimY)
		hb := b.Let("hb", kir.Mul(gy, kir.Sp(kir.GridDimZ)))
		lin := b.Let("lin", kir.Add(kir.Sp(kir.BlockIdxX), kir.Mul(gx, kir.Add(kir.Sp(kir.BlockIdxY), kir.Mul(gy, kir.Sp(kir.BlockIdxZ))))))
		tileX = kir.Sub(kir.Sub(gx, kir.I(1)), kir.Div(lin, hb))
		r := b.Let("hbr", kir.Rem(lin, hb))
		h = b.Let("h", kir.Rem(r, gy))
		bb = b.Let("b", kir.Div(r, gy))
	case causal && l.Heavy:
		b.Comment("heaviest query tiles first: block x takes tile gridDim.x − 1 − x (the grid has ⌈T/%d⌉ tiles)", BQ)
		tileX = kir.Sub(kir.Sub(kir.Sp(kir.GridDimX), kir.I(1)), tileX)
	}
	if h == nil {
		h = b.Let("h", kir.Sp(kir.BlockIdxY))
		bb = b.Let("b", kir.Sp(kir.BlockIdxZ))
	}
	t0 := b.Let("t0", kir.Mul(tileX, i64c(BQ)))
	tw := b.Let("tw", kir.Add(t0, kir.Mul(kir.Div(tid, kir.I(32)), i64c(16*MT)))) // the warp's first query
	tend := b.Let("tend", kir.Min(kir.Add(t0, i64c(BQ)), T))
	rowOf := func(t kir.Expr) kir.Expr { return kir.Mul(kir.Add(kir.Mul(bb, T), t), i64c(LD)) }
	// The thread's queries: rows g and g+8 of each of the warp's row tiles.
	tq := make([][2]kir.Expr, MT)
	for mt := range tq {
		for r := range tq[mt] {
			tq[mt][r] = b.Let(fmt.Sprintf("tq%d_%d", mt, r), kir.Add(tw, kir.Add(g, i64c(16*mt+8*r))))
		}
	}

	klo, khi := attnKeys(b, s, t0, tend, T)
	// visible32 is whether the key at column offset cc of this lane's
	// first column (j0 + 2q + cc) is visible to the query at offset dq of
	// it (tq − j0 − 2q), given dk = khi − j0 − 2q: keys at or past khi
	// are staged as zeros and masked like invisible ones. In 32 bits, the
	// column a constant: one ISETP with an immediate a score.
	visible32 := func(cc int, dq, dk kir.Expr) kir.Expr {
		in := kir.Lt(i32c(cc), dk)
		switch s.Mask {
		case "causal":
			return kir.And(in, kir.Le(i32c(cc), dq))
		case "strict":
			return kir.And(in, kir.Lt(i32c(cc), dq))
		case "window":
			return kir.And(in, kir.And(kir.Le(i32c(cc), dq), kir.Gt(i32c(cc+s.Window), dq)))
		}
		return in
	}

	qa := make([][][8]kir.Expr, MT) // [row tile][d slice]: registers, or the latest ldmatrix with QShared
	for mt := range qa {
		qa[mt] = make([][8]kir.Expr, DK/16)
	}
	if qsm == nil {
		b.Comment("q of the warp's %d queries as %d×%d A fragments (queries past T read row T−1 and write nothing)", 16*MT, MT, DK/16)
		for mt := range qa {
			var qrow [2]kir.Expr
			for r := range qrow {
				qrow[r] = b.Let(fmt.Sprintf("qrow%d_%d", mt, r), kir.Add(rowOf(kir.Min(tq[mt][r], kir.Sub(T, kir.I(1)))), kir.Add(kir.Mul(h, i64c(DK)), kir.Mul(q4, kir.I(2)))))
			}
			for kk := range qa[mt] {
				for i := 0; i < 8; i++ {
					r, c := kir.MmaA(0, i) // lane 0: row (i/2)%2·8, column i%2 + 8·(i/4); lanes add g and 2q
					qa[mt][kk][i] = kir.V(b.Var(fmt.Sprintf("qa%d_%d_%d", mt, kk, i), kir.Ld(qkv, kir.Add(qrow[r/8], i64c(16*kk+c)))))
				}
			}
		}
	}

	negInf := kir.F(math.Inf(-1))
	zero := kir.F(0)
	vars4 := func(name string) [4]*kir.Var {
		var v [4]*kir.Var
		for i := range v {
			v[i] = b.Var(fmt.Sprintf("%s_%d", name, i), zero)
		}
		return v
	}
	refs := func(v [4]*kir.Var) [4]kir.Expr {
		return [4]kir.Expr{kir.V(v[0]), kir.V(v[1]), kir.V(v[2]), kir.V(v[3])}
	}
	m := make([][2]*kir.Var, MT)    // running max of rows g, g+8 of each row tile
	lsum := make([][2]*kir.Var, MT) // this thread's part of their sums
	acc := make([][][4]*kir.Var, MT)
	sc := make([][][4]*kir.Var, MT)
	for mt := 0; mt < MT; mt++ {
		for r := 0; r < 2; r++ {
			m[mt][r] = b.Var(fmt.Sprintf("m%d_%d", mt, r), negInf)
			lsum[mt][r] = b.Var(fmt.Sprintf("l%d_%d", mt, r), zero)
		}
		acc[mt] = make([][4]*kir.Var, DV/8)
		for nt := range acc[mt] {
			acc[mt][nt] = vars4(fmt.Sprintf("o%d_%d", mt, nt))
		}
		sc[mt] = make([][4]*kir.Var, BK/8)
		for jt := range sc[mt] {
			sc[mt][jt] = vars4(fmt.Sprintf("s%d_%d", mt, jt))
		}
	}

	// ldmatrix rows of this lane (lane ℓ gives row ℓ%8 of matrix ℓ/8): for
	// Kᵀ the matrices are (keys +0–7) × (d +0–7, +8–15, +16–23, +24–31); for
	// V (transposed on loading) (keys +0–7, +8–15) × (columns +0–7, +8–15).
	var r8, mi, krow, vrow kir.Expr
	if !l.Wgmma {
		r8 = b.Let("r8", kir.Rem(lane, kir.I(8)))
		mi = b.Let("mi", kir.Div(lane, kir.I(8)))
		krow = b.Let("krow", kir.Add(kir.Mul(r8, i64c(KS)), kir.Mul(mi, kir.I(8))))
		vrow = b.Let("vrow", kir.Add(kir.Mul(kir.Add(r8, kir.Mul(kir.Rem(mi, kir.I(2)), kir.I(8))), i64c(VS)), kir.Mul(kir.Div(mi, kir.I(2)), kir.I(8))))
	}
	zeroE := kir.To(E, zero)
	vector := l.Vector
	var qlrow kir.Expr // this lane's ldmatrix row of the warp's Q in qsm
	if qsm != nil && !l.QTma {
		if l.Wgmma {
			b.Comment("q of the block's %d queries into shared memory in wgmma's core-matrix layout (queries past T: 0); the A operand of every key tile", BQ)
		} else {
			b.Comment("q of the block's %d queries into shared memory [%d][%d] (queries past T: 0); A fragments by ldmatrix per key tile", BQ, BQ, KS)
		}
		qcol := kir.Mul(h, i64c(DK))
		if vector {
			b.For("x", tid, i64c(BQ*DK/8), i64c(l.threads()), func(x kir.Expr) {
				var j, d, di kir.Expr
				if l.Wgmma {
					j, d = wgCopyRowCol(b, x, DK, "q")
					di = b.Let("qi", wgTileIndex(j, d, DK))
				} else {
					j = b.Let("qj", kir.Div(x, i64c(DK/8)))
					d = b.Let("qd", kir.Mul(kir.Rem(x, i64c(DK/8)), kir.I(8)))
					di = b.Let("qi", kir.Add(kir.Mul(j, i64c(KS)), d))
				}
				b.IfElse(kir.Lt(kir.Add(t0, j), T), func() {
					b.Copy(qsm, di, qkv, kir.Add(rowOf(kir.Add(t0, j)), kir.Add(qcol, d)), 8)
				}, func() {
					for e := 0; e < 8; e++ {
						b.Store(qsm, kir.Add(di, i64c(e)), zeroE)
					}
				})
			})
		} else {
			b.For("x", tid, i64c(BQ*DK), i64c(l.threads()), func(x kir.Expr) {
				j := b.Let("qj", kir.Div(x, i64c(DK)))
				d := b.Let("qd", kir.Rem(x, i64c(DK)))
				tqq := b.Let("tqq", kir.Add(t0, j))
				v := kir.Ld(qkv, kir.Add(rowOf(kir.Min(tqq, kir.Sub(T, kir.I(1)))), kir.Add(qcol, d)))
				di := kir.Add(kir.Mul(j, i64c(KS)), d)
				if l.Wgmma {
					di = wgTileIndex(j, d, DK)
				}
				b.Store(qsm, di, kir.Sel(kir.Lt(tqq, T), v, zeroE))
			})
		}
		// Matrix mi of an x4 ldmatrix: rows +8·(mi mod 2), columns +8·(mi/2)
		// of the 16×16 A operand, so the four registers are A's in mma order.
		if !l.Wgmma {
			qlrow = b.Let("qlrow", kir.Add(kir.Mul(kir.Add(kir.Sub(tw, t0), kir.Add(r8, kir.Mul(kir.Rem(mi, kir.I(2)), kir.I(8)))), i64c(KS)), kir.Mul(kir.Div(mi, kir.I(2)), kir.I(8))))
		}
	}
	var wg *wgTC
	if l.Wgmma {
		wg = newWgTC(b, l, s, qa, qsm, ks, vs, sc[0], acc[0])
	}

	// stage copies the tile's rows [j0, j0+BK) of one of k, v (width n at
	// column col of qkv) into dst[off …] as [BK][stride]; rows past khi
	// are 0. With two stages the copies are cp.async (the caller commits
	// and waits).
	stage := func(j0, off kir.Expr, dst *kir.Shared, stride, n int, col kir.Expr, tag string) {
		if !vector {
			b.For("x", tid, i64c(BK*n), i64c(l.threads()), func(x kir.Expr) {
				j := b.Let(tag+"j", kir.Div(x, i64c(n)))
				d := b.Let(tag+"d", kir.Rem(x, i64c(n)))
				tk := b.Let(tag+"tk", kir.Add(j0, j))
				v := kir.Ld(qkv, kir.Add(rowOf(kir.Min(tk, kir.Sub(T, kir.I(1)))), kir.Add(col, d)))
				di := kir.Add(kir.Mul(j, i64c(stride)), d)
				if l.Wgmma {
					di = wgTileIndex(j, d, n)
				}
				b.Store(dst, kir.Add(off, di), kir.Sel(kir.Lt(tk, khi), v, zeroE))
			})
			return
		}
		if l.Wgmma && NS > 1 && BK*n/8%l.threads() == 0 && l.threads()%n == 0 {
			// Each thread's copies written out. With threads a multiple of n,
			// copy i (x = tid + i·threads) is row j + i·step of the same
			// column as the first, so its shared and global indices are the
			// first copy's plus constants. A whole tile (every one but the
			// last) copies without a test, behind a branch the whole block
			// takes alike; the last zero-fills the rows past khi with
			// cp.async itself (src-size 0), reading row j0 in their place
			// (j0 < khi: the callers stage no tile past the end). In the
			// SASS (ptxas 12.4) the copies of a whole tile are ~3
			// instructions each; at d 128 the section from the barrier to the
			// copies' commit went from 211 instructions to ~100, and the
			// kernels from 193 registers to 165.
			j, d := wgCopyRowCol(b, tid, n, tag)
			step := l.threads() / n * 8 // rows from one of the thread's copies to the next
			di := b.Let(tag+"i", kir.Add(off, wgTileIndex(j, d, n)))
			g := b.Let(tag+"g", kir.Add(rowOf(kir.Add(j0, j)), kir.Add(col, d)))
			per := BK * n / 8 / l.threads()
			b.IfElse(kir.Lt(kir.Add(j0, i64c(BK-1)), khi), func() {
				for i := 0; i < per; i++ {
					b.CopyAsync(dst, kir.Add(di, i64c(i*step*n)), qkv, kir.Add(g, i64c(i*step*LD)), 8)
				}
			}, func() {
				rem := b.Let(tag+"rem", kir.Sub(kir.Sub(khi, j0), j)) // rows of the tile from the thread's first
				safe := b.Let(tag+"s", kir.Add(rowOf(j0), kir.Add(col, d)))
				for i := 0; i < per; i++ {
					ok := b.Let(tag+"ok", kir.Lt(i64c(i*step), rem))
					b.CopyAsyncZfill(dst, kir.Add(di, i64c(i*step*n)), qkv, kir.Sel(ok, kir.Add(g, i64c(i*step*LD)), safe), 8, ok)
				}
			})
			return
		}
		if l.Wgmma && NS > 1 && BK*n/8%l.threads() == 0 {
			// Each thread's copies written out (x = tid + i·threads: their
			// indices differ by constants), rows past khi zero-filled by
			// cp.async itself (src-size 0; the row clamped into the buffer):
			// no loop, no branch.
			for i := 0; i < BK*n/8/l.threads(); i++ {
				j, d := wgCopyRowCol(b, kir.Add(tid, i64c(i*l.threads())), n, tag)
				tk := b.Let(tag+"tk", kir.Add(j0, j))
				di := b.Let(tag+"i", kir.Add(off, wgTileIndex(j, d, n)))
				si := kir.Add(rowOf(kir.Min(tk, kir.Sub(T, kir.I(1)))), kir.Add(col, d))
				b.CopyAsyncZfill(dst, di, qkv, si, 8, kir.Lt(tk, khi))
			}
			return
		}
		b.For("x", tid, i64c(BK*n/8), i64c(l.threads()), func(x kir.Expr) {
			var j, d kir.Expr
			if l.Wgmma {
				j, d = wgCopyRowCol(b, x, n, tag)
			} else {
				j = b.Let(tag+"j", kir.Div(x, i64c(n/8)))
				d = b.Let(tag+"d", kir.Mul(kir.Rem(x, i64c(n/8)), kir.I(8)))
			}
			tk := b.Let(tag+"tk", kir.Add(j0, j))
			var di kir.Expr
			if l.Wgmma {
				di = b.Let(tag+"i", kir.Add(off, wgTileIndex(j, d, n)))
			} else {
				di = b.Let(tag+"i", kir.Add(off, kir.Add(kir.Mul(j, i64c(stride)), d)))
			}
			b.IfElse(kir.Lt(tk, khi), func() {
				si := kir.Add(rowOf(tk), kir.Add(col, d))
				if NS > 1 {
					b.CopyAsync(dst, di, qkv, si, 8)
				} else {
					b.Copy(dst, di, qkv, si, 8)
				}
			}, func() {
				for e := 0; e < 8; e++ {
					b.Store(dst, kir.Add(di, i64c(e)), zeroE)
				}
			})
		})
	}
	kcol := kir.Add(i64c(H*DK), kir.Mul(h, i64c(DK)))
	vcol := kir.Add(i64c(2*H*DK), kir.Mul(h, i64c(DV)))
	stageBoth := func(j0, st kir.Expr) {
		stage(j0, kir.Mul(st, i64c(BK*KS)), ks, KS, DK, kcol, "k")
		stage(j0, kir.Mul(st, i64c(BK*VS)), vs, VS, DV, vcol, "v")
	}

	// p = 2^(s·c − m·c) with c = scale·log2(e): exp is one exp2 of one
	// FFMA (nvcc contracts the multiply and subtract). With c > 0 the max
	// commutes with the scaling, so the running max m is of the raw scores;
	// with c ≤ 0 the scores are scaled first.
	scale2 := kir.F(s.Scale * math.Log2E)
	fold := s.Scale > 0
	ahead := NS - 1 // tiles in flight while one is used
	if l.Overlap {
		ahead = NS - 2 // tile i−1's V is still read
	}
	// rot is (st + a) mod NS for a stage st in [0, NS) and 0 ≤ a < NS: a
	// compare and a select rather than a division.
	rot := func(st kir.Expr, a int) kir.Expr {
		x := kir.Add(st, i64c(a))
		return kir.Sel(kir.Ge(x, i64c(NS)), kir.Sub(x, i64c(NS)), x)
	}
	// tmaParity is the parity of the phase of a stage's mbarrier that
	// brings the tile at key offset dj from klo: phase (dj/BK) / NS.
	tmaParity := func(dj kir.Expr) kir.Expr { return kir.Rem(kir.Div(dj, i64c(BK*NS)), kir.I(2)) }
	// tmaLoad: thread 0 expects the K (or V) tile's bytes on the stage's
	// mbarrier (bars[st], or bars[NS+st]) and issues its boxes (keys past T
	// are zeros). K and V complete apart: S_i needs K_i, the PV of tile i
	// (issued an iteration later) V_i.
	tmaIssue := func(j0, st kir.Expr, v bool) {
		dst, col, n, bar := ks, kcol, DK, st
		if v {
			dst, col, n, bar = vs, vcol, DV, kir.Add(st, i64c(NS))
		}
		b.MbarArriveTx(bars, bar, BK*n*E.Size())
		w := l.tmaBoxCols()
		for c := 0; c < n/w; c++ {
			b.TmaLoad(dst, kir.Add(kir.Mul(st, i64c(BK*n)), i64c(c*BK*w)), kvmap, []kir.Expr{kir.Add(col, i64c(w*c)), j0, bb}, bars, bar)
		}
	}
	tmaLoad := func(j0, st kir.Expr, v bool) {
		b.If(kir.Eq(tid, kir.I(0)), func() { tmaIssue(j0, st, v) })
	}
	// With Producer, the consumer threads release a stage's K (or V) on
	// its empty mbarrier once the wgmma that read it is complete: every
	// consumer thread arrives after its own wait. (CUTLASS's TMA pipelines
	// arrive once a warpgroup, which takes one thread's wait to cover the
	// whole warpgroup's reads; the PTX ISA promises completion to the
	// waiting thread only, and the simulator holds each thread to its own
	// reads. An arrival a thread costs a shared-memory atomic a warp.)
	release := func(st kir.Expr, v bool) {
		if !l.Producer {
			return
		}
		bar := kir.Add(st, i64c(2*NS))
		if v {
			bar = kir.Add(st, i64c(3*NS))
		}
		b.MbarArrive(bars, bar)
	}
	// With PingPong, turnStart waits for this warpgroup's turn to issue
	// products (its named barrier: 1 for warpgroup 0, 2 for 1; the other
	// warpgroup's arrival and this one's 128 threads) and turnEnd gives
	// the turn to the other.
	// turnsBalanced takes, in warpgroup 0, warpgroup 1's last arrival
	// (its first one let warpgroup 0 start), so that no barrier is left
	// with arrivals when the block ends.
	var turnStart, turnEnd, turnsBalanced = func() {}, func() {}, func() {}
	if l.PingPong {
		both := l.threads()
		turnStart = func() { b.NamedBarrier(kir.Add(kir.Div(tid, kir.I(128)), kir.I(1)), both, false) }
		turnEnd = func() { b.NamedBarrier(kir.Sub(kir.I(2), kir.Div(tid, kir.I(128))), both, true) }
		turnsBalanced = func() {
			b.If(kir.Lt(tid, kir.I(128)), func() { b.NamedBarrier(kir.I(1), both, false) })
		}
	}
	endConsumers := func() {}
	switch {
	case l.Tma && l.Producer:
		b.Comment("%d stages of K and V tiles loaded by TMA from one producer thread (the first past the consumers), each into a stage once the %d consumer threads have released it (its empty mbarrier); the consumers wait on the stage's full mbarrier", NS, l.threads())
		b.If(kir.Eq(tid, kir.I(0)), func() {
			for i := 0; i < 2*NS; i++ {
				b.MbarInit(bars, i64c(i), 1)
			}
			for i := 2 * NS; i < 4*NS; i++ {
				b.MbarInit(bars, i64c(i), l.threads())
			}
			if l.QTma {
				b.MbarInit(bars, i64c(4*NS), 1)
			}
			b.FenceMbarInit()
		})
		b.Barrier()
		endConsumers = b.IfElseRest(kir.Ge(tid, i64c(l.threads())), func() {
			if l.Warps > 4 {
				b.SetMaxNReg(false, producerRegs)
			}
			// load issues tile t (at key j) of K or V into stage t mod NS
			// once the tile NS before it there is released (phase
			// t / NS − 1 of the stage's empty barrier).
			load := func(j, t kir.Expr, v bool) {
				r := b.Let("pr", kir.Div(t, i64c(NS)))
				st := b.Let("pst", kir.Sub(t, kir.Mul(r, i64c(NS))))
				empty := kir.Add(st, i64c(2*NS))
				if v {
					empty = kir.Add(st, i64c(3*NS))
				}
				b.If(kir.Ge(r, kir.I(1)), func() { b.MbarWait(bars, empty, kir.Rem(kir.Sub(r, kir.I(1)), kir.I(2))) })
				tmaIssue(j, st, v)
			}
			b.If(kir.Eq(tid, i64c(l.threads())), func() {
				if l.QTma {
					b.Comment("q of the block: a box of 64 queries × 64 of d a warpgroup and 64 of d (queries past T: zeros), on bars[%d]", 4*NS)
					qbar := i64c(4 * NS)
					b.MbarArriveTx(bars, qbar, BQ*DK*E.Size())
					for wgi := 0; wgi < l.Warps/4; wgi++ {
						for c := 0; c < DK/64; c++ {
							b.TmaLoad(qsm, i64c((wgi*DK/64+c)*64*64), qmap, []kir.Expr{kir.Add(kir.Mul(h, i64c(DK)), i64c(64*c)), kir.Add(t0, i64c(64*wgi)), bb}, bars, qbar)
						}
					}
				}
				b.Comment("K of tile t, then V of tile t−1 (needed an iteration later): one loop over the tiles and one past them")
				b.For("pj", klo, kir.Add(khi, i64c(BK)), i64c(BK), func(j kir.Expr) {
					t := b.Let("pt", kir.Div(kir.Sub(j, klo), i64c(BK)))
					b.If(kir.Lt(j, khi), func() { load(j, t, false) })
					b.If(kir.Ge(t, kir.I(1)), func() { load(kir.Sub(j, i64c(BK)), kir.Sub(t, kir.I(1)), true) })
				})
			})
		})
		if l.Warps > 4 {
			b.SetMaxNReg(true, consumerRegs)
		}
		if l.QTma {
			b.MbarWait(bars, i64c(4*NS), kir.I(0))
		}
		if l.PingPong {
			b.Comment("ping-pong: warpgroup 0 issues first (warpgroup 1 arrives on its barrier once)")
			b.If(kir.Ge(tid, kir.I(128)), func() { b.NamedBarrier(kir.I(1), l.threads(), true) })
		}
	case l.Tma:
		b.Comment("%d stages of K and V tiles loaded by TMA (an mbarrier a stage for each, thread 0 issues): K of tiles i+1 … i+%d and V of tiles i … i+%d in flight while S_i is computed", NS, NS-1, NS-2)
		b.If(kir.Eq(tid, kir.I(0)), func() {
			for i := 0; i < 2*NS; i++ {
				b.MbarInit(bars, i64c(i), 1)
			}
			b.FenceMbarInit()
		})
		b.Barrier()
		for p := 0; p < NS-1; p++ {
			j := b.Let(fmt.Sprintf("jp%d", p), kir.Add(klo, i64c(p*BK)))
			b.If(kir.Lt(j, khi), func() {
				tmaLoad(j, i64c(p), false)
				if p < NS-2 {
					tmaLoad(j, i64c(p), true)
				}
			})
		}
	case NS > 1:
		b.Comment("%d stages: tiles i+1 … i+%d are copied (cp.async, 16 bytes a copy, one group a tile) while tile i is used; rows past the visible range are 0", NS, ahead)
		for p := 0; p < ahead; p++ {
			j := b.Let(fmt.Sprintf("jp%d", p), kir.Add(klo, i64c(p*BK)))
			b.If(kir.Lt(j, khi), func() { stageBoth(j, i64c(p)) })
			b.AsyncCommit()
		}
	}
	// scaleAcc multiplies row tile mt's output accumulators by alpha (rows
	// g, g+8); with Lazy only where α ≠ 1 in one of the rows (a branch the
	// whole warp skips once its 16 rows keep their max).
	scaleAcc := func(mt int, alpha [2]kir.Expr) {
		scale := func() {
			for nt := range acc[mt] {
				for i, v := range acc[mt][nt] {
					b.Set(v, kir.Mul(kir.V(v), alpha[i/2]))
				}
			}
		}
		if !l.Lazy {
			scale()
			return
		}
		one := kir.F(1)
		b.If(kir.Or(kir.Ne(alpha[0], one), kir.Ne(alpha[1], one)), scale)
	}
	// softmax turns the scores of the key tile at j0 into p in place (the
	// mask when masked, the running max m, p = 2^(s·c − m·c), the row sums)
	// and returns each row tile's α = 2^(m_old·c − m·c); the output
	// accumulators are rescaled by it in place when scaleNow, else the
	// caller does it (scaleAcc) once they are its to write.
	softmax := func(j0 kir.Expr, masked, scaleNow bool) [][2]kir.Expr {
		alphas := make([][2]kir.Expr, MT)
		if fold {
			b.Comment("mask, the running max of rows g and g+8 (over the row's 4 lanes), p = 2^(s·c − m·c) in place of the scores (c = scale·log2 e)")
		} else {
			b.Comment("scale (by log2 e too), mask, the running max of rows g and g+8 (over the row's 4 lanes), p = 2^(s − m) in place of the scores")
		}
		var col, dk kir.Expr // this lane's first key j0 + 2q, and khi − it (masked tiles)
		if masked {
			col = b.Let("col", kir.Add(j0, kir.Mul(q4, kir.I(2))))
			dk = b.Let("dk", kir.To(kir.I32, kir.Sub(khi, col)))
		}
		for mt := 0; mt < MT; mt++ {
			var dq [2]kir.Expr // tq − j0 − 2q of rows g, g+8 (masked tiles)
			if masked {
				for r := range dq {
					dq[r] = b.Let(fmt.Sprintf("dq%d_%d", mt, r), kir.To(kir.I32, kir.Sub(tq[mt][r], col)))
				}
			}
			for jt := range sc[mt] {
				for i, v := range sc[mt][jt] {
					_, c := kir.MmaC(0, i)
					x := kir.Expr(kir.V(v))
					if !fold {
						x = kir.Mul(x, scale2)
					}
					switch {
					case masked:
						b.Set(v, kir.Sel(visible32(8*jt+c, dq[i/2], dk), x, negInf))
					case !fold:
						b.Set(v, x)
					}
				}
			}
			var mu, alpha [2]kir.Expr
			for r := 0; r < 2; r++ {
				mx := kir.Expr(kir.V(m[mt][r]))
				for jt := range sc[mt] {
					mx = kir.Max(mx, kir.Max(kir.V(sc[mt][jt][2*r]), kir.V(sc[mt][jt][2*r+1])))
				}
				mn := b.Var(fmt.Sprintf("mn%d_%d", mt, r), mx)
				b.Set(mn, kir.Max(kir.V(mn), kir.ShflXor(kir.V(mn), kir.I(1))))
				b.Set(mn, kir.Max(kir.V(mn), kir.ShflXor(kir.V(mn), kir.I(2))))
				if l.Lazy {
					// The max moves only past m_old + τ (in the scores' units: τ/c
					// with the scale folded). Kept, α = 2^0 = 1 exactly; from
					// m_old = −∞ any finite max moves it.
					tau := lazyTau
					if fold {
						tau = lazyTau / (s.Scale * math.Log2E)
					}
					b.Set(mn, kir.Sel(kir.Gt(kir.V(mn), kir.Add(kir.V(m[mt][r]), kir.F(tau))), kir.V(mn), kir.V(m[mt][r])))
				}
				// A row with no visible key yet keeps m = −∞: subtract 0 so that
				// exp gives 0 rather than NaN.
				mu[r] = b.Let(fmt.Sprintf("mu%d_%d", mt, r), kir.Sel(kir.Eq(kir.V(mn), negInf), zero, kir.V(mn)))
				if fold {
					// α = 2^(m_old·c − m·c); m_old = −∞ gives 0.
					alpha[r] = b.Let(fmt.Sprintf("alpha%d_%d", mt, r), kir.Exp2(kir.Mul(kir.Sub(kir.V(m[mt][r]), mu[r]), scale2)))
					mu[r] = b.Let(fmt.Sprintf("mc%d_%d", mt, r), kir.Mul(mu[r], scale2))
				} else {
					alpha[r] = b.Let(fmt.Sprintf("alpha%d_%d", mt, r), kir.Exp2(kir.Sub(kir.V(m[mt][r]), mu[r])))
				}
				b.Set(m[mt][r], kir.V(mn))
				b.Set(lsum[mt][r], kir.Mul(kir.V(lsum[mt][r]), alpha[r]))
			}
			alphas[mt] = alpha
			if scaleNow {
				scaleAcc(mt, alpha)
			}
			for jt := range sc[mt] {
				for i, v := range sc[mt][jt] {
					x := kir.Expr(kir.V(v))
					if fold {
						x = kir.Mul(x, scale2)
					}
					b.Set(v, kir.Exp2(kir.Sub(x, mu[i/2])))
					b.Set(lsum[mt][i/2], kir.Add(kir.V(lsum[mt][i/2]), kir.V(v)))
				}
			}
		}
		return alphas
	}
	// tile is the loop body for the key tile at j0; masked: apply the mask
	// (tiles whose keys every query of the block sees skip it).
	tile := func(j0 kir.Expr, masked bool) {
		st := kir.I(0)
		switch {
		case NS > 1:
			st = b.Let("st", kir.Rem(kir.Div(kir.Sub(j0, klo), i64c(BK)), i64c(NS)))
			next := b.Let("jn", kir.Add(j0, i64c((NS-1)*BK)))
			b.If(kir.Lt(next, khi), func() { stageBoth(next, kir.Rem(kir.Add(st, i64c(NS-1)), i64c(NS))) })
			b.AsyncCommit()
			b.AsyncWait(NS - 1) // this tile's group has landed
		case vector:
			b.Comment("stage k and v of keys [j0, j0+%d) row-major, 16 bytes a copy; keys past the visible range are 0", BK)
			stageBoth(j0, st)
		default:
			b.Comment("stage k and v of keys [j0, j0+%d) row-major (qkv rows not 16-byte aligned: element by element); keys past the visible range are 0", BK)
			stageBoth(j0, st)
		}
		if wg != nil {
			b.FenceProxyAsync() // the staged tiles (and Q) are read by wgmma, through the async proxy
		}
		b.Barrier()
		var kst, vst kir.Expr
		if wg != nil {
			wg.scores(st)
		} else {
			kst = b.Let("kst", kir.Add(krow, kir.Mul(st, i64c(BK*KS))))
			vst = b.Let("vst", kir.Add(vrow, kir.Mul(st, i64c(BK*VS))))
			b.Comment("scores S = q kᵀ of the warp's %d queries × %d keys: %d mma, B fragments by ldmatrix", 16*MT, BK, MT*BK/8*DK/16)
			// scores adds key block jt × d slices kk, kk+1 (just kk when it is the
			// last) of every row tile, A fragments from a(mt, k).
			scores := func(jt, kk int, a func(mt, k int) [8]kir.Expr) {
				n := 4
				if kk+1 == DK/16 {
					n = 2
				}
				bk := b.LdMatrix(fmt.Sprintf("kb%d_%d_", jt, kk), ks, kir.Add(kst, i64c(8*jt*KS+16*kk)), n, false)
				for half := 0; half < n/2; half++ {
					x := bk[4*half:]
					bf := [4]kir.Expr{kir.V(x[0]), kir.V(x[1]), kir.V(x[2]), kir.V(x[3])}
					for mt := 0; mt < MT; mt++ {
						c := refs(sc[mt][jt])
						if kk+half == 0 {
							c = [4]kir.Expr{zero, zero, zero, zero}
						}
						b.Mma(sc[mt][jt], a(mt, kk+half), bf, c)
					}
				}
			}
			qaOf := func(mt, k int) [8]kir.Expr { return qa[mt][k] }
			if qsm == nil {
				for jt := 0; jt < BK/8; jt++ {
					for kk := 0; kk < DK/16; kk += 2 {
						scores(jt, kk, qaOf)
					}
				}
			} else {
				// d slice by d slice: the slice's A fragments of every row tile
				// by ldmatrix (into qa), then every key block (each score tile
				// accumulates over d in the same order as above).
				for kk := 0; kk < DK/16; kk += 2 {
					for mt := range qa {
						for k := kk; k < min(kk+2, DK/16); k++ {
							d := b.LdMatrix(fmt.Sprintf("qf%d_%d_", mt, k), qsm, kir.Add(qlrow, i64c(16*mt*KS+16*k)), 4, false)
							for i := range qa[mt][k] {
								qa[mt][k][i] = kir.V(d[i])
							}
						}
					}
					for jt := 0; jt < BK/8; jt++ {
						scores(jt, kk, qaOf)
					}
				}
			}
		}

		softmax(j0, masked, true)

		if wg != nil {
			wg.pv(st)
			b.Barrier()
			return
		}
		b.Comment("o += p v: the score fragments are the A fragments (%d mma, B fragments by ldmatrix .trans)", MT*BK/16*DV/8)
		for kt := 0; kt < BK/16; kt++ {
			pa := make([][8]kir.Expr, MT)
			for mt := range pa {
				for i := range pa[mt] {
					// A element i: rows as C elements (i%4), keys of score tile 2kt + i/4.
					pa[mt][i] = kir.To(E, kir.V(sc[mt][2*kt+i/4][i%4]))
				}
			}
			for nt := 0; nt < DV/8; nt += 2 {
				bv := b.LdMatrix(fmt.Sprintf("vb%d_%d_", kt, nt), vs, kir.Add(vst, i64c(16*kt*VS+8*nt)), 4, true)
				for half := 0; half < 2; half++ {
					x := bv[4*half:]
					bf := [4]kir.Expr{kir.V(x[0]), kir.V(x[1]), kir.V(x[2]), kir.V(x[3])}
					for mt := 0; mt < MT; mt++ {
						a := acc[mt][nt+half]
						b.Mma(a, pa[mt], bf, refs(a))
					}
				}
			}
		}
		b.Barrier()
	}
	// loops runs body over the key tiles, masked where the mask applies.
	loops := func(from kir.Expr, body func(j0 kir.Expr, masked bool)) {
		if s.Mask == "window" || l.MaskAll {
			b.For("j0", from, khi, i64c(BK), func(j0 kir.Expr) { body(j0, true) })
		} else {
			// Keys below kvis are visible to every query of the block (causal:
			// t0 and before; strict: before t0; none: all): whole tiles of them
			// skip the mask, the rest (the diagonal, the ragged end) apply it.
			kvis := map[string]kir.Expr{"causal": kir.Add(t0, kir.I(1)), "strict": t0, "none": T}[s.Mask]
			kfull := b.Let("kfull", kir.Mul(kir.Div(kir.Min(kvis, khi), i64c(BK)), i64c(BK)))
			b.Comment("key tiles every query of the block sees: no mask")
			b.For("j0", from, kfull, i64c(BK), func(j0 kir.Expr) { body(j0, false) })
			b.Comment("the remaining key tiles, masked")
			rest := kfull
			if from != klo {
				rest = kir.Max(kfull, from)
			}
			b.For("j0", rest, khi, i64c(BK), func(j0 kir.Expr) { body(j0, true) })
		}
	}
	if !l.Overlap {
		loops(klo, tile)
	} else {
		if l.EarlyS {
			b.Comment("products pipelined across key tiles in FlashAttention-3's order: for tile i, S_i issued, o rescaled under it, the PV of tile i−1 issued; the softmax of S_i and p packed while the PV runs, which is waited for at the top of the next iteration")
		} else {
			b.Comment("products pipelined across key tiles: for tile i, o rescaled and p of tile i−1 packed, S_i and the PV of tile i−1 issued together, the softmax of S_i while the PV runs, which is waited for at the top of the next iteration")
		}
		// Where the wait for the PV goes decides whether the softmax runs
		// under it. ptxas schedules a wgmma.wait_group as early as its
		// operands allow, across independent arithmetic: placed after the
		// softmax in the same block, it was hoisted above every exp2 (0 of
		// 34 MUFU.EX2 under the PV, cuobjdump). At the top of the next
		// iteration it is in another basic block, after the softmax; o is
		// rescaled and p packed after it (TestWgmmaOverlapSASS).
		// The packed p stays in these registers until the PV that reads
		// them is waited for: were they dead after the issue, ptxas could
		// reuse them and would have to wait for that PV first.
		pkv := wg.packVars()
		pkFlat := flat4(pkv)
		withPK := func(vs []*kir.Var) []*kir.Var { return append(append([]*kir.Var{}, vs...), pkFlat...) }
		// α of the last softmax, applied to o at the top of the next
		// iteration.
		al := [2]*kir.Var{b.Var("al0", kir.F(1)), b.Var("al1", kir.F(1))}
		setAlpha := func(a [2]kir.Expr) {
			b.Set(al[0], a[0])
			b.Set(al[1], a[1])
		}
		// rescale brings o to tile i−1's running max (the PV of tile i−2
		// done); finish also packs p of tile i−1 before its PV is issued.
		rescale := func() { scaleAcc(0, [2]kir.Expr{kir.V(al[0]), kir.V(al[1])}) }
		finish := func() {
			rescale()
			wg.packInto(pkv)
		}
		// stageOf is the stage of the key tile at j0 (tile i = (j0 − klo)/BK
		// ≥ 1), of tile i−1, and the parities of their mbarrier phases
		// (i/NS mod 2), in 32-bit arithmetic: one division by NS a tile
		// instead of a 64-bit one per use (keys fit in 31 bits).
		stageOf := func(j0 kir.Expr) tileStage {
			ti := b.Let("ti", kir.To(kir.I32, kir.Div(kir.Sub(j0, klo), i64c(BK))))
			q := b.Let("tq", kir.Div(ti, i32c(NS)))
			st := b.Let("st", kir.To(kir.I64, kir.Sub(ti, kir.Mul(q, i32c(NS)))))
			par := b.Let("par", kir.To(kir.I64, kir.Rem(q, i32c(2))))
			ts := tileStage{st: st, par: par, prev: rot(st, NS-1)}
			if l.Tma {
				// Tile i−1 is in the previous phase where tile i starts one.
				ts.prevPar = b.Let("ppar", kir.Sel(kir.Eq(st, kir.I(0)), kir.Sub(kir.I(1), par), par))
			}
			return ts
		}
		// begin opens tile i (stage st): the PV of tile i−2 (issued in the
		// previous iteration) done, tile i's copies landed, and after the
		// barrier every warpgroup done with tile i−2, whose stage takes
		// tile i+NS−2.
		begin := func(j0 kir.Expr, ts tileStage) {
			st := ts.st
			b.WgmmaWait(0, withPK(wg.acc)...)
			if l.Producer {
				// The PV of tile i−2 is done: release its V (the producer
				// loads tile i+1's there); no barrier, no loads here.
				b.If(kir.Ge(j0, kir.Add(klo, i64c(2*BK))), func() { release(rot(st, NS-2), true) })
				b.MbarWait(bars, st, ts.par)
				return
			}
			if l.Tma {
				// With TMA the barrier only frees tile i−2's stage; tile i is
				// waited for on its mbarrier: phase (i / NS) of stage st.
				if qsm != nil {
					b.FenceProxyAsync()
				}
				b.Barrier()
				// K of tile i+NS−1 into the stage of tile i−1 (S_{i−1} done),
				// V of tile i+NS−2 into that of tile i−2 (its PV done).
				jk := b.Let("jk", kir.Add(j0, i64c((NS-1)*BK)))
				b.If(kir.Lt(jk, khi), func() { tmaLoad(jk, rot(st, NS-1), false) })
				jv := b.Let("jv", kir.Add(j0, i64c((NS-2)*BK)))
				b.If(kir.Lt(jv, khi), func() { tmaLoad(jv, rot(st, NS-2), true) })
				b.MbarWait(bars, st, ts.par)
				return
			}
			b.AsyncWait(NS - 3)
			b.FenceProxyAsync()
			b.Barrier()
			jf := b.Let("jf", kir.Add(j0, i64c((NS-2)*BK)))
			b.If(kir.Lt(jf, khi), func() { stageBoth(jf, rot(st, NS-2)) })
			b.AsyncCommit()
		}
		// lastTile is the index of the last key tile, lastSt its stage.
		lastTile := func() kir.Expr {
			return kir.Sub(kir.Div(kir.Add(kir.Sub(khi, klo), i64c(BK-1)), i64c(BK)), kir.I(1))
		}
		lastSt := func() kir.Expr { return kir.Rem(lastTile(), i64c(NS)) }
		// waitV waits (with TMA) for the V of the tile before ts's, before
		// its PV is issued.
		waitV := func(ts tileStage) {
			if l.Tma {
				b.MbarWait(bars, kir.Add(ts.prev, i64c(NS)), ts.prevPar)
			}
		}
		// waitLastV waits (with TMA) for the V of the last tile.
		waitLastV := func() {
			if l.Tma {
				b.MbarWait(bars, kir.Add(lastSt(), i64c(NS)), tmaParity(kir.Mul(lastTile(), i64c(BK))))
			}
		}
		// firstTile runs the first key tile alone: S, the softmax
		// (masked), then more.
		firstTile := func(what string, more func()) {
			b.If(kir.Lt(klo, khi), func() {
				b.Comment("the first key tile alone: %s", what)
				begin(klo, tileStage{st: kir.I(0), par: kir.I(0)})
				turnStart()
				wg.scores(kir.I(0))
				turnEnd()
				release(kir.I(0), false)
				setAlpha(softmax(klo, true, false)[0])
				more()
			})
		}
		if !l.EarlyS {
			firstTile("S, the softmax (masked)", func() {})
			loops(kir.Add(klo, i64c(BK)), func(j0 kir.Expr, masked bool) {
				ts := stageOf(j0)
				st := ts.st
				begin(j0, ts)
				finish()
				waitV(ts)
				b.WgmmaFence(withPK(append(append([]*kir.Var{}, wg.scFlat...), wg.acc...))...)
				turnStart()
				wg.issueScores(st)
				b.WgmmaCommit()
				wg.issuePV(ts.prev, pkv) // tile i−1's V
				b.WgmmaCommit()
				turnEnd()
				b.WgmmaWait(1, wg.scFlat...) // S_i; the PV may still run
				release(st, false)
				setAlpha(softmax(j0, masked, false)[0])
			})
			b.If(kir.Lt(klo, khi), func() {
				b.Comment("the PV of the last key tile")
				b.WgmmaWait(0, withPK(wg.acc)...)
				finish()
				waitLastV()
				b.WgmmaFence(withPK(wg.acc)...)
				turnStart()
				wg.issuePV(lastSt(), pkv)
				b.WgmmaCommit()
				turnEnd()
				b.WgmmaWait(0, withPK(wg.acc)...)
			})
			turnsBalanced()
		} else {
			// p of the tile just done, packed right after its softmax into
			// registers no wgmma in flight reads; copied into the PV's
			// operand registers (pkv) once the PV that read them is done.
			pkn := wg.packVars()
			firstTile("S, the softmax (masked), p packed", func() { wg.packInto(pkn) })
			loops(kir.Add(klo, i64c(BK)), func(j0 kir.Expr, masked bool) {
				ts := stageOf(j0)
				st := ts.st
				begin(j0, ts)
				for kt := range pkv {
					for j := range pkv[kt] {
						b.Set(pkv[kt][j], kir.V(pkn[kt][j]))
					}
				}
				b.WgmmaFence(withPK(append(append([]*kir.Var{}, wg.scFlat...), wg.acc...))...)
				turnStart()
				wg.issueScores(st)
				b.WgmmaCommit()
				rescale() // o to tile i−1's max, under the QKᵀ
				waitV(ts)
				b.WgmmaFence(withPK(wg.acc)...)
				wg.issuePV(ts.prev, pkv) // tile i−1's V
				b.WgmmaCommit()
				turnEnd()
				b.WgmmaWait(1, wg.scFlat...) // S_i; the PV may still run
				release(st, false)
				setAlpha(softmax(j0, masked, false)[0])
				wg.packInto(pkn)
			})
			b.If(kir.Lt(klo, khi), func() {
				b.Comment("the PV of the last key tile")
				b.WgmmaWait(0, withPK(wg.acc)...)
				rescale()
				waitLastV()
				pk := append(append([]*kir.Var{}, wg.acc...), flat4(pkn)...)
				b.WgmmaFence(pk...)
				turnStart()
				wg.issuePV(lastSt(), pkn)
				b.WgmmaCommit()
				turnEnd()
				b.WgmmaWait(0, pk...)
			})
			turnsBalanced()
		}
	}
	if NS > 1 && !l.Tma {
		b.AsyncWait(0)
	}

	b.Comment("row sums over the row's 4 lanes, then o / l (no visible key: 0)")
	for mt := 0; mt < MT; mt++ {
		for r := 0; r < 2; r++ {
			ls := lsum[mt][r]
			b.Set(ls, kir.Add(kir.V(ls), kir.ShflXor(kir.V(ls), kir.I(1))))
			b.Set(ls, kir.Add(kir.V(ls), kir.ShflXor(kir.V(ls), kir.I(2))))
			inv := b.Let(fmt.Sprintf("inv%d_%d", mt, r), kir.Sel(kir.Gt(kir.V(ls), zero), kir.Rcp(kir.V(ls)), zero))
			b.If(kir.Lt(tq[mt][r], T), func() {
				ob := b.Let(fmt.Sprintf("ob%d_%d", mt, r), kir.Add(kir.Mul(kir.Add(kir.Mul(bb, T), tq[mt][r]), i64c(H*DV)), kir.Add(kir.Mul(h, i64c(DV)), kir.Mul(q4, kir.I(2)))))
				for nt := range acc[mt] {
					for i := 2 * r; i < 2*r+2; i++ {
						_, c := kir.MmaC(0, i)
						b.Store(o, kir.Add(ob, i64c(8*nt+c)), kir.To(E, kir.Mul(kir.V(acc[mt][nt][i]), inv)))
					}
				}
			})
		}
	}
	endConsumers()
	return b.Build()
}

// AttentionTensorMaps are the arguments the kernel of s takes after B and
// T: none, or with TCTile.Tma the tensor map of its K/V tiles over the
// qkv buffer (id qkv) as a [B][T][LD] tensor, boxes of {64 columns, BK
// keys, 1}. A plan appends them to AttentionKernel's qkv, o, B, T.
func AttentionTensorMaps(s AttnSpec, qkv, B, T int) ([]Arg, error) {
	if tc, _ := s.TensorCores(); !tc || !s.Tile.Tma {
		return nil, nil
	}
	l, err := tcPlan(s)
	if err != nil {
		return nil, err
	}
	e := int64(s.E.Size())
	ld := int64(s.LD)
	sw := 128
	if l.TmaPlain {
		sw = 0
	}
	m := func(box []int, sw int) Arg {
		return Arg{TensorMap: &TensorMapArg{Buffer: qkv, Dims: []int64{ld, int64(T), int64(B)}, Strides: []int64{ld * e, int64(T) * ld * e}, Box: box, Swizzle: sw}}
	}
	args := []Arg{m([]int{l.tmaBoxCols(), l.BK, 1}, sw)}
	if l.QTma {
		args = append(args, m([]int{64, 64, 1}, 128)) // Q (TCTile.Producer with QShared)
	}
	return args, nil
}

// tileStage is what the overlapped pipeline needs of a key tile i: its
// stage, the parity of its mbarrier phase, and the same of tile i−1.
type tileStage struct {
	st, par, prev, prevPar kir.Expr
}

func i32c(n int) kir.Expr { return &kir.Const{T: kir.I32, I: int64(n)} }
