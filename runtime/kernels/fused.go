package kernels

import (
	"fmt"
	"math"
)

// AttnKind selects the attention computed by AttentionQKV.
type AttnKind uint8

const (
	AttnSoftmax AttnKind = iota // o = softmax(scale·q·kᵀ, masked)·v
	AttnLinear                  // o = (scale·φ(q)·φ(k)ᵀ, masked with 0)·v
)

var attnKindNames = [...]string{"softmax", "linear"}

func (k AttnKind) String() string {
	if int(k) < len(attnKindNames) {
		return attnKindNames[k]
	}
	return fmt.Sprintf("AttnKind(%d)", k)
}

// FeatureKind is the feature map φ that AttentionQKV applies to each head's
// query and key vector. The names match the IR op feature's map attribute.
type FeatureKind uint8

const (
	FeatureIdentity FeatureKind = iota // φ(x) = x
	FeatureELU1                        // φ(x) = elu(x) + 1 elementwise (Elu1)
	FeatureL2                          // φ(x) = x / sqrt(Σx² + L2Eps) (L2Norm)
)

var featureNames = [...]string{"identity", "elu1", "l2"}

func (f FeatureKind) String() string {
	if int(f) < len(featureNames) {
		return featureNames[f]
	}
	return fmt.Sprintf("FeatureKind(%d)", f)
}

// ParseFeatureKind maps the IR attribute words identity, elu1, l2.
func ParseFeatureKind(s string) (FeatureKind, error) {
	for i, n := range featureNames {
		if n == s {
			return FeatureKind(i), nil
		}
	}
	return 0, fmt.Errorf("kernels: unknown feature map %q (want identity, elu1 or l2)", s)
}

// QKVAttn describes one AttentionQKV call.
//
// qkv is [B,T,LD]: row (b,t) holds the H query heads (H·DK columns), then
// the H key heads (H·DK), then the H value heads (H·DV); columns from
// 2·H·DK + H·DV up to LD are ignored (e.g. a delta-rule beta block fused
// into the same projection). o is [B,T,H·DV] with heads merged.
type QKVAttn struct {
	B, T, H, DK, DV int
	LD              int         // row stride of qkv, ≥ 2·H·DK + H·DV
	Kind            AttnKind    // AttnSoftmax or AttnLinear
	Mask            MaskKind    // which keys a query sees (VisibleRange)
	Window          int         // for MaskWindow, ≥ 1
	Scale           float32     // multiplies q·kᵀ
	Feature         FeatureKind // φ on q and k; FeatureIdentity for plain softmax attention
}

// qkvBlock is the number of queries AttentionQKV handles per work item; the
// score scratch is qkvBlock×T per worker. Measured at B=8 H=4 T=256 d=32
// causal (BenchmarkAttentionQKV): 32 is within 2% of the best block for
// both gonum (16) and OpenBLAS (64).
const qkvBlock = 32

// qkvKeyChunk bounds the key columns of one score Gemm: gonum's Gemm turns
// parallel (its own goroutines, under ours) from 4 blocks of 64×64 of the
// output, and a qkvBlock×192 product is at most 3.
const qkvKeyChunk = 192

// AttentionQKV is softmax or linear attention reading q, k, v straight out of
// a fused projection and writing heads already merged. It computes exactly
// the unfused chain
//
//	SplitHeads(q, k, v) → φ(q), φ(k) → Scores(scale) → Mask(kind, window)
//	→ Softmax (AttnSoftmax, fill −∞) or nothing (AttnLinear, fill 0)
//	→ Mix → MergeHeads
//
// i.e. for query t of (b,h), over the keys i that VisibleRange(Mask, Window,
// t, T) lets it see, with s_i = Scale·φ(q_t)·φ(k_i):
//
//	softmax: o_t = Σ_i softmax(s)_i v_i   (no visible key: o_t = 0)
//	linear:  o_t = Σ_i s_i v_i
//
// Every mask kind is accepted for either kind (MaskStrict with softmax gives
// the first query zeros), and so is every feature map (softmax attention
// normally uses FeatureIdentity).
//
// It never materialises B·H·T·T scores. Work items are (b, h, block of
// qkvBlock queries), split over workers with parallelFor (blocks of one
// (b,h) in the order 0, n−1, 1, n−2, … so that contiguous ranges of causal
// items cost about the same). An item computes scores with one Gemm that
// reads q and k in place from qkv (leading dimension LD), only against the
// keys in the union of its queries' visible ranges (causal: about half the
// products of Scores), softmaxes each row over its own visible range in
// place (softmaxRow, the package's exp), and writes P·V straight into o
// with leading dimension H·DV. Once per (b,h) per worker it loads vᵀ [DV,T]
// (and, with a feature map, φ(k) [T,DK]); φ(q) is made per item. Per-worker
// scratch: qkvBlock·T + DV·T floats (+ qkvBlock·DK + T·DK with a feature
// map). The result does not depend on GOMAXPROCS. o is OVERWRITTEN and must
// not alias qkv.
func AttentionQKV(o, qkv []float32, a QKVAttn) {
	const name = "AttentionQKV"
	needDims(name, a.B, a.T, a.H, a.DK, a.DV, a.LD)
	checkMask(name, a.Mask, a.Window)
	if a.Kind > AttnLinear {
		panic(fmt.Sprintf("kernels.%s: invalid attention kind %d", name, a.Kind))
	}
	if a.Feature > FeatureL2 {
		panic(fmt.Sprintf("kernels.%s: invalid feature map %d", name, a.Feature))
	}
	if w := 2*a.H*a.DK + a.H*a.DV; a.LD < w {
		panic(fmt.Sprintf("kernels.%s: LD %d < 2·H·DK + H·DV = %d", name, a.LD, w))
	}
	need(name, "qkv", qkv, a.B*a.T*a.LD)
	need(name, "o", o, a.B*a.T*a.H*a.DV)
	if a.B == 0 || a.T == 0 || a.H == 0 || a.DV == 0 {
		return
	}
	if a.DK == 0 {
		a.Feature = FeatureIdentity // φ of an empty vector is empty
	}
	bq := min(qkvBlock, a.T)
	nqb := (a.T + bq - 1) / bq
	items := a.B * a.H * nqb
	// Keep at least ~2^18 flops per worker so that tiny calls stay on the
	// calling goroutine.
	cost := 2 * bq * max(a.T/2, 1) * max(a.DK+a.DV, 1)
	grain := max(1, (1<<18)/cost)
	parallelForGrain(items, grain, func(lo, hi int) {
		w := qkvWorker{a: a, bq: bq, bh: -1}
		w.s = make([]float32, bq*a.T)
		w.vt = make([]float32, a.DV*a.T)
		if a.Feature != FeatureIdentity {
			w.qf = make([]float32, bq*a.DK)
			w.kf = make([]float32, a.T*a.DK)
		}
		for it := lo; it < hi; it++ {
			bh, j := it/nqb, it%nqb
			// Zigzag 0, n−1, 1, n−2, … so that a contiguous range of items
			// mixes cheap (early causal) and dear (late) query blocks.
			qb := j / 2
			if j%2 == 1 {
				qb = nqb - 1 - j/2
			}
			w.block(o, qkv, bh, qb)
		}
	})
}

// qkvWorker is one worker's scratch for AttentionQKV.
type qkvWorker struct {
	a      QKVAttn
	bq     int
	s      []float32 // scores/probabilities of one block, [bq, keys]
	qf, kf []float32 // φ(q) of one block [bq,DK]; φ(k) of one (b,h) [T,DK]
	vt     []float32 // vᵀ of one (b,h), [DV,T]
	bh     int       // the (b,h) whose vᵀ and φ(k) are loaded, or −1
}

// block computes the queries [qb·bq, min((qb+1)·bq, T)) of (b,h) = bh.
func (w *qkvWorker) block(o, qkv []float32, bh, qb int) {
	a := w.a
	T, H, DK, DV, LD := a.T, a.H, a.DK, a.DV, a.LD
	b, h := bh/H, bh%H
	t0 := qb * w.bq
	t1 := min(t0+w.bq, T)
	L := t1 - t0
	HDV := H * DV
	ob := o[(b*T+t0)*HDV+h*DV:]

	// Union of the visible key ranges of the block's queries.
	klo, khi := T, 0
	for t := t0; t < t1; t++ {
		lo, hi := VisibleRange(a.Mask, a.Window, t, T)
		if lo < hi {
			klo, khi = min(klo, lo), max(khi, hi)
		}
	}
	if klo >= khi {
		for i := 0; i < L; i++ {
			clear(ob[i*HDV : i*HDV+DV])
		}
		return
	}
	nk := khi - klo

	if w.bh != bh {
		w.load(qkv, b, h)
		w.bh = bh
	}
	row := func(t int) int { return (b*T + t) * LD }
	qa, lda := qkv[row(t0)+h*DK:], LD
	ka, ldk := qkv[row(klo)+H*DK+h*DK:], LD
	if a.Feature != FeatureIdentity {
		for i := 0; i < L; i++ {
			off := row(t0+i) + h*DK
			featureRow(w.qf[i*DK:(i+1)*DK], qkv[off:off+DK], a.Feature)
		}
		qa, lda = w.qf, DK
		ka, ldk = w.kf[klo*DK:], DK
	}

	// S = scale·φ(Q)·φ(K)ᵀ over the keys [klo,khi).
	S := w.s[:L*nk]
	for c0 := 0; c0 < nk; c0 += qkvKeyChunk {
		c := min(qkvKeyChunk, nk-c0)
		gemm(false, true, L, c, DK, a.Scale, qa, lda, ka[c0*ldk:], ldk, 0, S[c0:], nk)
	}
	// Mask each row to its own visible range; softmax over it.
	for i := 0; i < L; i++ {
		lo, hi := VisibleRange(a.Mask, a.Window, t0+i, T)
		lo, hi = lo-klo, hi-klo
		r := S[i*nk : (i+1)*nk]
		if lo >= hi {
			clear(r)
			continue
		}
		clear(r[:lo])
		clear(r[hi:])
		if a.Kind == AttnSoftmax {
			softmaxRow(r[lo:hi], r[lo:hi])
		}
	}
	// O = P·V, V read transposed from vᵀ [DV,T] so that gonum runs dot
	// products of length nk instead of axpys of length DV (1.4× faster for
	// the whole kernel at DV=32; OpenBLAS does not care).
	gemm(false, true, L, DV, nk, 1, S, nk, w.vt[klo:], T, 0, ob, HDV)
}

// load fills the per-(b,h) scratch: vᵀ [DV,T] and, with a feature map,
// φ(k) [T,DK].
func (w *qkvWorker) load(qkv []float32, b, h int) {
	a := w.a
	T, H, DK, DV, LD := a.T, a.H, a.DK, a.DV, a.LD
	for t := 0; t < T; t++ {
		r := (b*T + t) * LD
		if a.Feature != FeatureIdentity {
			off := r + H*DK + h*DK
			featureRow(w.kf[t*DK:(t+1)*DK], qkv[off:off+DK], a.Feature)
		}
		off := r + 2*H*DK + h*DV
		for j, v := range qkv[off : off+DV] {
			w.vt[j*T+t] = v
		}
	}
}

// featureRow sets y = φ(x) for one head vector, with the arithmetic of Elu1
// and L2Norm.
func featureRow(y, x []float32, f FeatureKind) {
	switch f {
	case FeatureELU1:
		elu1Row(y, x)
	case FeatureL2:
		s := 0.0
		for _, v := range x {
			s += float64(v) * float64(v)
		}
		inv := float32(1 / math.Sqrt(s+L2Eps))
		for i, v := range x {
			y[i] = v * inv
		}
	default:
		copy(y, x)
	}
}
