package codegen

import (
	"fmt"
	"math"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Attention core of fused.attention_residual: softmax or linear attention
// (parallel form) reading q, k, v straight out of the fused projection qkv
// and writing the heads merged, with the semantics of
// runtime/kernels.AttentionQKV.

// AttnSpec describes the attention core of a fused.attention_residual op.
type AttnSpec struct {
	E         kir.Type // element type of qkv and o: F32, F16 or BF16 (accumulate in f32)
	H, DK, DV int
	LD        int     // row stride of qkv (≥ 2·H·DK + H·DV)
	Softmax   bool    // false: linear attention, parallel form (scores unnormalised, masked with 0)
	Mask      string  // causal, strict, none, window
	Window    int     // keys t−Window < i ≤ t for mask window (≥ 1)
	Scale     float64 // multiplies φ(q)·φ(k)
	Feature   string  // identity, elu1, l2 (applied to q and k per head vector); "" is identity
	Scalar    bool    // CUDA cores only, even where the tensor-core kernel applies (see TensorCores)
	Tile      TCTile  // tiling of the tensor-core kernel; zero: the defaults
}

// attnL2Eps is kernels.L2Eps: φ(x) = x / sqrt(Σx² + eps).
const attnL2Eps = 1e-6

// attnTarget is the number of output columns one attention thread owns
// (its unrolled accumulators).
const attnTarget = 8

// attnLayout is the thread mapping and tiling of AttentionKernel.
//
// A block handles BQ queries of one (b, h) with BQ·G threads: thread tid
// owns query qi = tid / G and the DVG output columns g·DVG … g·DVG+DVG−1 of
// it (g = tid % G), kept as DVG unrolled f32 accumulators, plus φ(q)·scale
// as DK unrolled registers. Keys are visited in tiles of BK: the tile's
// φ(k) (BK×DK) and v (BK×DVP, zero-padded to G·DVG columns) are staged in
// shared memory, the BQ×BK score tile is computed cooperatively (thread
// (qi, g) the keys j ≡ g mod G of its query) into shared memory, and then
// every thread folds its query's score row into its accumulators (online
// softmax: running max m, sum l, accumulators rescaled).
type attnLayout struct {
	BQ, BK, G, DVG, DVP int
}

// Row strides of the shared k and score tiles are padded by one word so
// that the G threads of a query reading keys j, j+1, … (and the 32/G queries
// of a warp reading their score rows) hit different banks.
func (l attnLayout) kstride(s AttnSpec) int { return s.DK + 1 }
func (l attnLayout) sstride() int           { return l.BK + 1 }

func (l attnLayout) threads() int { return l.BQ * l.G }

// sharedBytes is the shared memory of one block (f32 arrays).
func (l attnLayout) sharedBytes(s AttnSpec) int {
	f := func(n int) int { return kir.SharedPadded(4 * n) }
	n := f(l.BK*l.kstride(s)) + f(l.BK*l.DVP) + f(l.BQ*l.sstride())
	if s.Feature == "l2" {
		n += f(l.BK)
	}
	return n
}

func fusedCheckElem(e kir.Type) error {
	switch e {
	case kir.F32, kir.F16, kir.BF16:
		return nil
	}
	return fmt.Errorf("element type %s, want f32, f16 or bf16", e)
}

func fusedCheckFeature(f string) error {
	switch f {
	case "", "identity", "elu1", "l2":
		return nil
	}
	return fmt.Errorf("unknown feature map %q (want identity, elu1 or l2)", f)
}

func fusedCheckHeads(H, DK, DV, LD int) error {
	if H < 1 || DK < 1 || DV < 1 {
		return fmt.Errorf("heads %d, d_k %d, d_v %d: want all ≥ 1", H, DK, DV)
	}
	if w := 2*H*DK + H*DV; LD < w {
		return fmt.Errorf("row stride %d of qkv < 2·H·DK + H·DV = %d", LD, w)
	}
	return nil
}

// attnValidate checks what both attention kernels need of a spec.
func attnValidate(s AttnSpec) error {
	if err := fusedCheckElem(s.E); err != nil {
		return fmt.Errorf("attention: %v", err)
	}
	if err := fusedCheckHeads(s.H, s.DK, s.DV, s.LD); err != nil {
		return fmt.Errorf("attention: %v", err)
	}
	switch s.Mask {
	case "causal", "strict", "none":
	case "window":
		if s.Window < 1 {
			return fmt.Errorf("attention: mask window needs window ≥ 1, have %d", s.Window)
		}
	default:
		return fmt.Errorf("attention: unknown mask %q (want causal, strict, none or window)", s.Mask)
	}
	if err := fusedCheckFeature(s.Feature); err != nil {
		return fmt.Errorf("attention: %v", err)
	}
	return nil
}

// attnPlan validates s and lays out the CUDA-core kernel.
func attnPlan(s AttnSpec) (attnLayout, error) {
	var l attnLayout
	if err := attnValidate(s); err != nil {
		return l, err
	}
	if s.DK > 256 {
		return l, fmt.Errorf("attention: d_k %d > 256 (φ(q) is kept in d_k registers per thread)", s.DK)
	}
	l.G = (s.DV + attnTarget - 1) / attnTarget
	l.DVG = (s.DV + l.G - 1) / l.G
	l.DVP = l.G * l.DVG
	l.BQ = 32
	for l.BQ > 1 && l.BQ*l.G > 256 {
		l.BQ /= 2
	}
	if l.threads() > 1024 {
		return l, fmt.Errorf("attention: d_v %d needs %d threads per block", s.DV, l.threads())
	}
	for l.BK = 32; l.BK > 1 && l.sharedBytes(s) > kir.StaticSharedLimit; l.BK /= 2 {
	}
	if n := l.sharedBytes(s); n > kir.StaticSharedLimit {
		return l, fmt.Errorf("attention: d_k %d, d_v %d need %d bytes of shared memory even with key tiles of 1, more than 48 KiB", s.DK, s.DV, n)
	}
	return l, nil
}

// AttentionGrid is the grid of AttentionKernel: (query tiles, heads, batch).
func AttentionGrid(s AttnSpec, B, T int) [3]int {
	if tc, _ := s.TensorCores(); tc && attnValidate(s) == nil {
		l, err := tcPlan(s)
		if err != nil {
			return [3]int{0, 0, 0}
		}
		return [3]int{(T + l.BQ - 1) / l.BQ, s.H, B}
	}
	l, err := attnPlan(s)
	if err != nil {
		return [3]int{0, 0, 0}
	}
	return [3]int{(T + l.BQ - 1) / l.BQ, s.H, B}
}

// AttentionShared is the static shared memory of AttentionKernel in bytes
// (0 for an invalid spec).
func AttentionShared(s AttnSpec) int {
	if tc, _ := s.TensorCores(); tc && attnValidate(s) == nil {
		l, err := tcPlan(s)
		if err != nil {
			return 0
		}
		return l.sharedBytes(s)
	}
	l, err := attnPlan(s)
	if err != nil {
		return 0
	}
	return l.sharedBytes(s)
}

// fusedGen holds what the attention and dual generators share: the builder.
type fusedGen struct{ b *kir.Builder }

// load reads buf[idx] as f32.
func (f fusedGen) load(buf kir.Buffer, idx kir.Expr) kir.Expr {
	if buf.ElemType() == kir.F32 {
		return kir.Ld(buf, idx)
	}
	return kir.To(kir.F32, kir.Ld(buf, idx))
}

// store writes the f32 x into buf[idx], converted to buf's element type.
func (f fusedGen) store(buf kir.Buffer, idx, x kir.Expr) {
	if t := buf.ElemType(); t != kir.F32 {
		x = kir.To(t, x)
	}
	f.b.Store(buf, idx, x)
}

// elu1 is φ(x) = x+1 for x > 0, exp(x) otherwise (kernels.Elu1).
func fusedElu1(x kir.Expr) kir.Expr {
	return kir.Sel(kir.Gt(x, kir.F(0)), kir.Add(x, kir.F(1)), kir.Exp(x))
}

// invNorm is 1/sqrt(ss + L2Eps) (kernels.L2Norm), correctly rounded
// division of a correctly rounded square root rather than rsqrtf.
func fusedInvNorm(ss kir.Expr) kir.Expr {
	return kir.Div(kir.F(1), kir.Sqrt(kir.Add(ss, kir.F(attnL2Eps))))
}

// sigmoid is 1/(1+exp(−x)) evaluated like kernels.Sigmoid (no overflow for
// either sign).
func (f fusedGen) sigmoid(name string, x kir.Expr) kir.Expr {
	xv := f.b.Let(name+"_x", x)
	e := f.b.Let(name+"_e", kir.Exp(kir.Neg(kir.Abs(xv))))
	return kir.Sel(kir.Ge(xv, kir.F(0)), kir.Div(kir.F(1), kir.Add(kir.F(1), e)), kir.Div(e, kir.Add(kir.F(1), e)))
}

// sumSquares returns a register holding Σ_d x(d)² over d < n, read from
// global memory (each term converted to f32).
func (f fusedGen) sumSquares(name string, n int, x func(d kir.Expr) kir.Expr) kir.Expr {
	ss := f.b.Var(name, kir.F(0))
	f.b.For(name+"_d", kir.I(0), kir.I(int64(n)), kir.I(1), func(d kir.Expr) {
		v := f.b.Let(name+"_v", x(d))
		f.b.Set(ss, kir.Add(kir.V(ss), kir.Mul(v, v)))
	})
	return kir.V(ss)
}

func i64c(n int) kir.Expr { return kir.I(int64(n)) }

// AttentionKernel generates the flash-style forward of the attention core:
// on tensor cores (attention_tc.go) where s.TensorCores() says so, on CUDA
// cores otherwise. Params in order: qkv (E, read, [B,T,LD]), o (E, write, [B,T,H·DV] heads
// merged), then the i64 scalars B and T. Launch it on AttentionGrid with
// the kernel's Block.
//
// For query t of (b,h), over the keys i that the mask shows it
// (kernels.VisibleRange), with s_i = Scale·φ(q_t)·φ(k_i):
// softmax: o_t = Σ_i softmax(s)_i v_i (no visible key: 0); linear:
// o_t = Σ_i s_i v_i. Key tiles outside the union of the query tile's
// visible ranges are never visited (causal: none after the query tile;
// window: none before t0−W+1); T×T scores are never written.
func AttentionKernel(name, origin string, s AttnSpec) (*kir.Kernel, error) {
	if tc, _ := s.TensorCores(); tc {
		if err := attnValidate(s); err != nil {
			return nil, err
		}
		return attentionTC(name, origin, s)
	}
	return attentionScalar(name, origin, s)
}

// attentionScalar is the CUDA-core kernel (attnLayout).
func attentionScalar(name, origin string, s AttnSpec) (*kir.Kernel, error) {
	l, err := attnPlan(s)
	if err != nil {
		return nil, err
	}
	H, DK, DV, LD := s.H, s.DK, s.DV, s.LD
	BQ, BK, G, DVG, DVP := l.BQ, l.BK, l.G, l.DVG, l.DVP
	l2 := s.Feature == "l2"
	b := kir.New(name, origin, l.threads())
	f := fusedGen{b: b}
	qkv, o := b.In("qkv", s.E), b.Out("o", s.E)
	b.Scalar("B")
	T := b.Scalar("T")
	KS, SS := l.kstride(s), l.sstride()
	ks := b.SharedArray("ks", kir.F32, BK*KS)  // φ(k) of the key tile [BK][DK+1]
	vs := b.SharedArray("vs", kir.F32, BK*DVP) // v of the key tile [BK][DVP], padded columns 0
	ss := b.SharedArray("ss", kir.F32, BQ*SS)  // scores of the tile [BQ][BK+1]
	var kinv *kir.Shared
	if l2 {
		kinv = b.SharedArray("kinv", kir.F32, BK) // 1/‖k‖ of the tile's keys
	}

	b.Comment("%s attention, mask %s, feature %s: %d queries × %d column groups of %d per block, key tiles of %d",
		map[bool]string{true: "softmax", false: "linear"}[s.Softmax], s.Mask, fusedFeatureName(s.Feature), BQ, G, DVG, BK)
	tid := b.Let("tid", kir.Tid())
	qi := b.Let("qi", kir.Div(tid, i64c(G)))
	g := b.Let("g", kir.Rem(tid, i64c(G)))
	h := b.Let("h", kir.Sp(kir.BlockIdxY))
	bb := b.Let("b", kir.Sp(kir.BlockIdxZ))
	t0 := b.Let("t0", kir.Mul(kir.Sp(kir.BlockIdxX), i64c(BQ)))
	tq := b.Let("tq", kir.Add(t0, qi))
	tend := b.Let("tend", kir.Min(kir.Add(t0, i64c(BQ)), T))
	rowOf := func(t kir.Expr) kir.Expr { return kir.Mul(kir.Add(kir.Mul(bb, T), t), i64c(LD)) }

	klo, khi := attnKeys(b, s, t0, tend, T)
	visible := func(tk kir.Expr) kir.Expr { return attnVisible(s, tk, tq) }

	// φ(q)·scale in DK registers. Threads past T read row T−1 and write nothing.
	b.Comment("q of this thread's query: φ(q)·scale in %d registers", DK)
	qrow := b.Let("qrow", kir.Add(rowOf(kir.Min(tq, kir.Sub(T, kir.I(1)))), kir.Mul(h, i64c(DK))))
	q := make([]*kir.Var, DK)
	for d := range q {
		x := f.load(qkv, kir.Add(qrow, i64c(d)))
		if s.Feature == "elu1" {
			x = fusedElu1(x)
		}
		q[d] = b.Var(fmt.Sprintf("q%d", d), x)
	}
	qs := kir.F(s.Scale)
	if l2 {
		ssq := b.Var("qss", kir.F(0))
		for d := range q {
			b.Set(ssq, kir.Add(kir.V(ssq), kir.Mul(kir.V(q[d]), kir.V(q[d]))))
		}
		qinv := b.Let("qinv", fusedInvNorm(kir.V(ssq)))
		for d := range q {
			b.Set(q[d], kir.Mul(kir.V(q[d]), qinv))
		}
	}
	for d := range q {
		b.Set(q[d], kir.Mul(kir.V(q[d]), qs))
	}

	acc := make([]*kir.Var, DVG)
	for c := range acc {
		acc[c] = b.Var(fmt.Sprintf("acc%d", c), kir.F(0))
	}
	negInf := kir.F(math.Inf(-1))
	var m, lsum *kir.Var
	if s.Softmax {
		m = b.Var("m", negInf)
		lsum = b.Var("l", kir.F(0))
	}

	b.For("j0", klo, khi, i64c(BK), func(j0 kir.Expr) {
		nk := b.Let("nk", kir.Min(i64c(BK), kir.Sub(khi, j0)))
		b.Comment("stage φ(k) and v of keys [j0, j0+nk); rows past nk are 0")
		b.For("x", tid, i64c(BK*DK), i64c(l.threads()), func(x kir.Expr) {
			j := b.Let("kj", kir.Div(x, i64c(DK)))
			d := b.Let("kd", kir.Rem(x, i64c(DK)))
			tk := kir.Min(kir.Add(j0, j), kir.Sub(T, kir.I(1)))
			v := f.load(qkv, kir.Add(rowOf(tk), kir.Add(i64c(H*DK), kir.Add(kir.Mul(h, i64c(DK)), d))))
			if s.Feature == "elu1" {
				v = fusedElu1(v)
			}
			b.Store(ks, kir.Add(kir.Mul(j, i64c(KS)), d), kir.Sel(kir.Lt(j, nk), v, kir.F(0)))
		})
		b.For("x", tid, i64c(BK*DVP), i64c(l.threads()), func(x kir.Expr) {
			j := b.Let("vj", kir.Div(x, i64c(DVP)))
			c := b.Let("vc", kir.Rem(x, i64c(DVP)))
			tk := kir.Min(kir.Add(j0, j), kir.Sub(T, kir.I(1)))
			cc := kir.Min(c, i64c(DV-1))
			v := f.load(qkv, kir.Add(rowOf(tk), kir.Add(i64c(2*H*DK), kir.Add(kir.Mul(h, i64c(DV)), cc))))
			b.Store(vs, x, kir.Sel(kir.And(kir.Lt(j, nk), kir.Lt(c, i64c(DV))), v, kir.F(0)))
		})
		if l2 {
			b.For("j", tid, nk, i64c(l.threads()), func(j kir.Expr) {
				krow := b.Let("krow", kir.Add(rowOf(kir.Add(j0, j)), kir.Add(i64c(H*DK), kir.Mul(h, i64c(DK)))))
				n := f.sumSquares("kss", DK, func(d kir.Expr) kir.Expr { return f.load(qkv, kir.Add(krow, d)) })
				b.Store(kinv, j, fusedInvNorm(n))
			})
		}
		b.Barrier()

		b.Comment("scores of query qi against keys j ≡ g (mod %d)", G)
		b.For("j", g, nk, i64c(G), func(j kir.Expr) {
			kb := b.Let("kb", kir.Mul(j, i64c(KS)))
			dot := b.Var("dot", kir.F(0))
			for d := range q {
				b.Set(dot, kir.Add(kir.V(dot), kir.Mul(kir.V(q[d]), kir.Ld(ks, kir.Add(kb, i64c(d))))))
			}
			sc := kir.V(dot)
			if l2 {
				sc = kir.Mul(sc, kir.Ld(kinv, j))
			}
			fill := kir.F(0)
			if s.Softmax {
				fill = negInf
			}
			b.Store(ss, kir.Add(kir.Mul(qi, i64c(SS)), j), kir.Sel(visible(kir.Add(j0, j)), sc, fill))
		})
		b.Barrier()

		srow := b.Let("srow", kir.Mul(qi, i64c(SS)))
		vcol := kir.Mul(g, i64c(DVG))
		accumulate := func(w kir.Expr, j kir.Expr) {
			vb := b.Let("vb", kir.Add(kir.Mul(j, i64c(DVP)), vcol))
			for c := range acc {
				b.Set(acc[c], kir.Add(kir.V(acc[c]), kir.Mul(w, kir.Ld(vs, kir.Add(vb, i64c(c))))))
			}
		}
		if s.Softmax {
			b.Comment("online softmax over the tile's scores")
			mt := b.Var("mt", negInf)
			b.For("j", kir.I(0), nk, kir.I(1), func(j kir.Expr) {
				b.Set(mt, kir.Max(kir.V(mt), kir.Ld(ss, kir.Add(srow, j))))
			})
			mn := b.Let("mnew", kir.Max(kir.V(m), kir.V(mt)))
			b.If(kir.Gt(mn, negInf), func() {
				alpha := b.Let("alpha", kir.Exp(kir.Sub(kir.V(m), mn)))
				b.Set(lsum, kir.Mul(kir.V(lsum), alpha))
				for c := range acc {
					b.Set(acc[c], kir.Mul(kir.V(acc[c]), alpha))
				}
				b.For("j", kir.I(0), nk, kir.I(1), func(j kir.Expr) {
					p := b.Let("p", kir.Exp(kir.Sub(kir.Ld(ss, kir.Add(srow, j)), mn)))
					b.Set(lsum, kir.Add(kir.V(lsum), p))
					accumulate(p, j)
				})
				b.Set(m, mn)
			})
		} else {
			b.For("j", kir.I(0), nk, kir.I(1), func(j kir.Expr) {
				accumulate(b.Let("s", kir.Ld(ss, kir.Add(srow, j))), j)
			})
		}
		b.Barrier()
	})

	b.If(kir.Lt(tq, T), func() {
		ob := b.Let("ob", kir.Add(kir.Mul(kir.Add(kir.Mul(bb, T), tq), i64c(H*DV)), kir.Add(kir.Mul(h, i64c(DV)), kir.Mul(g, i64c(DVG)))))
		var inv kir.Expr
		if s.Softmax {
			inv = b.Let("inv", kir.Sel(kir.Gt(kir.V(lsum), kir.F(0)), kir.Rcp(kir.V(lsum)), kir.F(0)))
		}
		for c := range acc {
			v := kir.V(acc[c])
			if inv != nil {
				v = kir.Mul(v, inv)
			}
			if DVP == DV {
				f.store(o, kir.Add(ob, i64c(c)), v)
				continue
			}
			b.If(kir.Lt(kir.Add(kir.Mul(g, i64c(DVG)), i64c(c)), i64c(DV)), func() { f.store(o, kir.Add(ob, i64c(c)), v) })
		}
	})
	return b.Build()
}

// attnKeys emits the keys [klo, khi) that some query of the tile
// [t0, tend) sees under s's mask (kernels.VisibleRange over the tile).
func attnKeys(b *kir.Builder, s AttnSpec, t0, tend, T kir.Expr) (klo, khi kir.Expr) {
	switch s.Mask {
	case "causal":
		return kir.I(0), tend
	case "strict":
		return kir.I(0), b.Let("khi", kir.Sub(tend, kir.I(1)))
	case "window":
		return b.Let("klo", kir.Max(kir.Sub(t0, i64c(s.Window-1)), kir.I(0))), tend
	}
	return kir.I(0), T
}

// attnVisible is whether query tq sees key tk under s's mask.
func attnVisible(s AttnSpec, tk, tq kir.Expr) kir.Expr {
	switch s.Mask {
	case "causal":
		return kir.Le(tk, tq)
	case "strict":
		return kir.Lt(tk, tq)
	case "window":
		return kir.And(kir.Le(tk, tq), kir.Gt(kir.Add(tk, i64c(s.Window)), tq))
	}
	return kir.True
}

func fusedFeatureName(f string) string {
	if f == "" {
		return "identity"
	}
	return f
}
