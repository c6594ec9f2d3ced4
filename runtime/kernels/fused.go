package kernels

import (
	"fmt"
	"math"
	"os"
	"strconv"
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
// score scratch is qkvBlock×T per worker.
var qkvBlock = envInt("BQ", 64)

func envInt(k string, d int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return v
	}
	return d
}

// qkvKeyChunk bounds the key columns of one score Gemm: gonum's Gemm turns
// parallel (its own goroutines, under ours) from 4 blocks of 64×64 of the
// output, and a qkvBlock×192 product is 3.
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
// normally uses FeatureIdentity). It never materialises B·H·T·T scores: work
// items are (b, h, block of qkvBlock queries), split over workers with
// parallelFor; each item computes scores only against the keys in the union
// of its queries' visible ranges (for causal, about half the products),
// applies the masked softmax in place with the package's exp, and writes
// P·V into o through Gemm's leading dimension. q, k and v are read in place
// with leading dimension LD; with a feature map, φ(k) is computed once per
// (b,h) per worker into a [T,DK] scratch and φ(q) per item into [qkvBlock,DK].
// Per-worker scratch: qkvBlock·T (+ qkvBlock·DK + T·DK with a feature map)
// floats. Causal blocks are ordered so that contiguous ranges of items cost
// about the same. The result does not depend on GOMAXPROCS. o is
// OVERWRITTEN and must not alias qkv.
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
		w.inv = make([]float32, bq)
		w.kt = make([]float32, a.DK*a.T)
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
	bh     int       // the (b,h) whose φ(k) is in kf, or −1
	kt, vt []float32
	inv    []float32
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

	row := func(t int) int { return (b*T + t) * LD }
	qa, lda := qkv[row(t0)+h*DK:], LD
	if a.Feature != FeatureIdentity {
		for i := 0; i < L; i++ {
			off := row(t0+i) + h*DK
			featureRow(w.qf[i*DK:(i+1)*DK], qkv[off:off+DK], a.Feature)
		}
		qa, lda = w.qf, DK
	}
	if w.bh != bh {
		w.load(qkv, b, h)
		w.bh = bh
	}
	S := w.s[:L*nk]
	if expKT {
		for c0 := 0; c0 < nk; c0 += qkvKeyChunk {
			c := min(qkvKeyChunk, nk-c0)
			gemm(false, false, L, c, DK, a.Scale, qa, lda, w.kt[klo+c0:], T, 0, S[c0:], nk)
		}
	} else {
		ka, ldk := qkv[row(klo)+H*DK+h*DK:], LD
		if a.Feature != FeatureIdentity {
			ka, ldk = w.kf[klo*DK:], DK
		}
		for c0 := 0; c0 < nk; c0 += qkvKeyChunk {
			c := min(qkvKeyChunk, nk-c0)
			gemm(false, true, L, c, DK, a.Scale, qa, lda, ka[c0*ldk:], ldk, 0, S[c0:], nk)
		}
	}
	inv := w.inv[:L]
	for i := 0; i < L; i++ {
		lo, hi := VisibleRange(a.Mask, a.Window, t0+i, T)
		lo, hi = lo-klo, hi-klo
		r := S[i*nk : (i+1)*nk]
		inv[i] = 1
		if lo >= hi {
			clear(r)
			continue
		}
		clear(r[:lo])
		clear(r[hi:])
		if a.Kind == AttnSoftmax {
			if expLateScale {
				x := r[lo:hi]
				m := x[0]
				for _, v := range x[1:] {
					if v > m {
						m = v
					}
				}
				inv[i] = float32(1 / expShiftSum(x, x, m))
			} else {
				softmaxRow(r[lo:hi], r[lo:hi])
			}
		}
	}
	if expVT {
		gemm(false, true, L, DV, nk, 1, S, nk, w.vt[klo:], T, 0, ob, HDV)
	} else {
		va := qkv[row(klo)+2*H*DK+h*DV:]
		gemm(false, false, L, DV, nk, 1, S, nk, va, LD, 0, ob, HDV)
	}
	if expLateScale && a.Kind == AttnSoftmax {
		for i := 0; i < L; i++ {
			or := ob[i*HDV : i*HDV+DV]
			for j := range or {
				or[j] *= inv[i]
			}
		}
	}
}

var expKT, expVT, expLateScale = os.Getenv("KT") != "", os.Getenv("VT") != "", os.Getenv("LS") != ""

// load fills the per-(b,h) scratch: φ(k) [T,DK], φ(k)ᵀ [DK,T], vᵀ [DV,T].
func (w *qkvWorker) load(qkv []float32, b, h int) {
	a := w.a
	T, H, DK, DV, LD := a.T, a.H, a.DK, a.DV, a.LD
	kr := make([]float32, DK)
	for t := 0; t < T; t++ {
		off := (b*T+t)*LD + H*DK + h*DK
		featureRow(kr, qkv[off:off+DK], a.Feature)
		if a.Feature != FeatureIdentity {
			copy(w.kf[t*DK:], kr)
		}
		for j, v := range kr {
			w.kt[j*T+t] = v
		}
		voff := (b*T+t)*LD + 2*H*DK + h*DV
		for j, v := range qkv[voff : voff+DV] {
			w.vt[j*T+t] = v
		}
	}
}

// featureRow sets y = φ(x) for one head vector, with the arithmetic of Elu1
// and L2Norm.
func featureRow(y, x []float32, f FeatureKind) {
	switch f {
	case FeatureELU1:
		for i, v := range x {
			if v > 0 {
				y[i] = v + 1
			} else {
				y[i] = exp32(v)
			}
		}
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
