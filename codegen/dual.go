package codegen

import (
	"fmt"

	"github.com/hopf-ml/hopf/codegen/kir"
)

// Dual-form attention of fused.dual_residual: the sum rule (linear
// attention) and the delta rule with explicit fast weights S (DV×DK per
// (b,h), f32), in the recurrent or the chunked (WY) form, with the
// semantics of runtime/kernels.LinearAttention / DeltaRule (and their
// chunked forms) as runtime/cpu's fused.dual_residual calls them: q, k, v
// read per head from qkv, φ applied to q and k, β = sigmoid of the logits
// stored after v when β is learned.

// DualSpec describes the dual-form core of a fused.dual_residual op.
type DualSpec struct {
	E           kir.Type // element type of qkv and o; S is f32
	H, DK, DV   int
	LD          int     // row stride of qkv (≥ 2·H·DK + H·DV, + H with a learned β)
	Delta       bool    // false: sum rule
	Strict      bool    // mask strict (o_t reads S before token t's update) instead of causal
	Scale       float64 // o_t = scale·S q_t
	Feature     string  // identity, elu1, l2 ("" is identity)
	Beta        float64 // constant β when !LearnedBeta (delta only)
	LearnedBeta bool    // β_t = sigmoid(qkv[row, 2·H·DK + H·DV + h])
	Form        string  // recurrent, chunked, parallel
	// Chunk is the chunk size of the chunked form (≥ 1). For parallel it is
	// the one chunk's size: the plan passes T; 0 picks the largest chunk
	// (≤ 128) that fits in shared memory. T need not be a multiple: the
	// kernel runs ⌈T/Chunk⌉ chunks, the last one short.
	Chunk int
	// Split is the threads per row of S in the recurrent form: 1 (0 is 1),
	// 2, 4, …, 32, dividing DK. Each of a row's threads keeps DK/Split of
	// its columns (column j in thread j mod Split) and the row's dot
	// products are summed over them by shuffles: Split times the threads
	// per block and 1/Split of the serial work per token.
	Split int
}

// dualTile is the most tokens the recurrent form stages at once.
const dualTile = 32

// dualLayout is the shape of a DualKernel.
type dualLayout struct {
	chunked bool
	C       int // tokens per stage (recurrent) or chunk (chunked)
	threads int
	split   int // threads per row of S (recurrent; 1 otherwise)
}

// dualShared is the f32 shared memory for c tokens.
func dualShared(s DualSpec, chunked bool, c int) int {
	f := func(n int) int { return kir.SharedPadded(4 * n) } // one f32 array of n
	n := 2*f(c*s.DK) + f(c*s.DV)
	if s.Delta && s.LearnedBeta {
		n += f(c) // β
	}
	if s.Feature == "l2" {
		n += 2 * f(c) // 1/‖k‖, 1/‖q‖
	}
	if chunked {
		n += f(c * c) // the c×c scratch: N and Tc (delta), then QKᵀ
	}
	return n
}

func dualPlan(s DualSpec) (dualLayout, error) {
	var l dualLayout
	if err := fusedCheckElem(s.E); err != nil {
		return l, fmt.Errorf("dual: %v", err)
	}
	if err := fusedCheckHeads(s.H, s.DK, s.DV, s.LD); err != nil {
		return l, fmt.Errorf("dual: %v", err)
	}
	if err := fusedCheckFeature(s.Feature); err != nil {
		return l, fmt.Errorf("dual: %v", err)
	}
	if s.LearnedBeta {
		if !s.Delta {
			return l, fmt.Errorf("dual: a learned β needs the delta rule")
		}
		if w := 2*s.H*s.DK + s.H*s.DV + s.H; s.LD < w {
			return l, fmt.Errorf("dual: row stride %d of qkv < 2·H·DK + H·DV + H = %d (learned β logits)", s.LD, w)
		}
	}
	if s.DK > 256 {
		return l, fmt.Errorf("dual: d_k %d > 256 (a thread keeps its row of S in d_k registers)", s.DK)
	}
	if s.DV > 1024 {
		return l, fmt.Errorf("dual: d_v %d > 1024 (one thread per row of S)", s.DV)
	}
	l.split = 1
	if s.Split != 0 && s.Split != 1 {
		if s.Form != "recurrent" {
			return l, fmt.Errorf("dual: split %d is for the recurrent form, not %s", s.Split, s.Form)
		}
		if s.Split < 0 || s.Split > 32 || s.Split&(s.Split-1) != 0 || s.DK%s.Split != 0 {
			return l, fmt.Errorf("dual: split %d, want a power of two up to 32 that divides d_k %d", s.Split, s.DK)
		}
		if s.DV*s.Split > 1024 {
			return l, fmt.Errorf("dual: split %d of d_v %d rows needs %d threads, more than 1024", s.Split, s.DV, s.DV*s.Split)
		}
		l.split = s.Split
	}
	switch s.Form {
	case "recurrent":
		l.threads = s.DV
		if l.split > 1 {
			// whole warps: a row's threads shuffle with full masks
			l.threads = (s.DV*l.split + 31) / 32 * 32
		}
		for l.C = dualTile; l.C > 1 && dualShared(s, false, l.C) > kir.StaticSharedLimit; l.C /= 2 {
		}
		if n := dualShared(s, false, l.C); n > kir.StaticSharedLimit {
			return l, fmt.Errorf("dual: d_k %d, d_v %d need %d bytes of shared memory for one token, more than 48 KiB", s.DK, s.DV, n)
		}
		return l, nil
	case "chunked", "parallel":
	default:
		return l, fmt.Errorf("dual: unknown form %q (want recurrent, chunked or parallel)", s.Form)
	}
	l.chunked = true
	l.threads = (s.DV + 31) / 32 * 32
	l.C = s.Chunk
	if s.Form == "parallel" && l.C == 0 {
		for l.C = 128; l.C > 1 && dualShared(s, true, l.C) > kir.StaticSharedLimit; l.C-- {
		}
	}
	if l.C < 1 {
		return l, fmt.Errorf("dual: chunk size %d, want ≥ 1", l.C)
	}
	// An explicit chunk may take dynamic shared memory (past 48 KiB, up to
	// kir.MaxSharedBytes); the automatic choices above stay static.
	if n := dualShared(s, true, l.C); n > kir.MaxSharedBytes {
		big := 0
		for c := 1; dualShared(s, true, c) <= kir.MaxSharedBytes; c++ {
			big = c
		}
		return l, fmt.Errorf("dual: chunk %d needs %d bytes of shared memory (chunk·(2·d_k + d_v + chunk + …) floats with d_k %d, d_v %d), more than 227 KiB; the largest chunk that fits is %d",
			l.C, n, s.DK, s.DV, big)
	}
	return l, nil
}

// DualGrid is the grid of DualKernel: one block per (h, b).
func DualGrid(s DualSpec, B, T int) [3]int { return [3]int{s.H, B, 1} }

// DualShared is the static shared memory of DualKernel in bytes (0 for an
// invalid spec).
func DualShared(s DualSpec) int {
	l, err := dualPlan(s)
	if err != nil {
		return 0
	}
	return dualShared(s, l.chunked, l.C)
}

// dualGen is the state of one DualKernel generation.
type dualGen struct {
	fusedGen
	s          DualSpec
	l          dualLayout
	qkv, o, st *kir.Param
	T          kir.Expr
	tid, h, bb kir.Expr
	srow, part kir.Expr   // the thread's row of S and its part of the row (tid and 0 unless split)
	S          []*kir.Var // the thread's columns of its row of S: DK/split registers
	qs, ks, vs *kir.Shared
	bs         *kir.Shared // learned β
	kinv, qinv *kir.Shared
}

// DualKernel generates the dual-form kernel. Params in order: qkv (E, read,
// [B,T,LD]), o (E, write, [B,T,H·DV] heads merged), state (f32, write,
// [B,H,DV,DK]: the final S, row-major DV×DK), then the i64 scalars B and T.
// Launch it on DualGrid with the kernel's Block.
//
// One block per (b,h) runs over the sequence; thread i < DV keeps row i of
// S in DK registers for the whole sequence and writes it to state at the
// end.
//
// Recurrent form (DV threads): tiles of up to 32 tokens have φ(q), φ(k), v
// (and β) staged in shared memory; then each thread runs the tokens of the
// tile without further barriers, since token t changes row i of S only
// through v_t[i] and k_t: sum rule S_i += v_i k; delta rule
// e_i = v_i − S_i·k, S_i += β e_i k; o_i = scale·S_i·q after the update
// (causal) or before it (strict).
//
// Chunked form (DV threads rounded up to a warp): per chunk of c tokens
// (the last one short), with Q, K (c×DK), V (c×DV), β staged in shared
// memory and one c×c scratch M:
//
//	delta: N = strict_lower(diag(β) K Kᵀ) (into M's upper triangle, transposed)
//	       Tc = (I + N)⁻¹ = (I − A)⁻¹ by forward substitution, column j by
//	       thread j (into M's strict lower triangle)
//	       V' = U − W Sᵀ = Tc diag(β) (V − K Sᵀ), column i by thread i
//	       (the same product as W = Tc diag(β) K, U = Tc diag(β) V, grouped
//	       so that W is never materialised)
//	sum:   V' = V
//	P = Q Kᵀ ⊙ mask (into M's upper triangle with the diagonal, transposed)
//	O = scale·(Q Sᵀ + P V'), column i by thread i, then S += V'ᵀ K
//
// where the mask includes the diagonal for causal and not for strict
// (runtime/kernels.DeltaRuleChunked derives why V' and the update are the
// same for both).
func DualKernel(name, origin string, s DualSpec) (*kir.Kernel, error) {
	l, err := dualPlan(s)
	if err != nil {
		return nil, err
	}
	b := kir.New(name, origin, l.threads)
	g := &dualGen{fusedGen: fusedGen{b: b}, s: s, l: l}
	g.qkv, g.o, g.st = b.In("qkv", s.E), b.Out("o", s.E), b.Out("state", kir.F32)
	b.Scalar("B")
	g.T = b.Scalar("T")
	C, DK, DV := l.C, s.DK, s.DV
	g.qs = b.SharedArray("qs", kir.F32, C*DK)
	g.ks = b.SharedArray("ks", kir.F32, C*DK)
	g.vs = b.SharedArray("vs", kir.F32, C*DV)
	if s.Delta && s.LearnedBeta {
		g.bs = b.SharedArray("bs", kir.F32, C)
	}
	if s.Feature == "l2" {
		g.kinv = b.SharedArray("kinv", kir.F32, C)
		g.qinv = b.SharedArray("qinv", kir.F32, C)
	}
	rule := map[bool]string{true: "delta rule", false: "sum rule"}[s.Delta]
	mask := map[bool]string{true: "strict", false: "causal"}[s.Strict]
	if l.chunked {
		b.Comment("%s, %s, chunked form: chunks of %d tokens, thread i keeps row i of S (%d×%d) in registers", rule, mask, C, DV, DK)
	} else {
		b.Comment("%s, %s, recurrent form: tiles of %d tokens, thread i keeps row i of S (%d×%d) in registers", rule, mask, C, DV, DK)
	}
	g.tid = b.Let("tid", kir.Tid())
	g.h = b.Let("h", kir.Sp(kir.BlockIdxX))
	g.bb = b.Let("b", kir.Sp(kir.BlockIdxY))
	g.srow, g.part = g.tid, kir.I(0)
	if l.split > 1 {
		b.Comment("%d threads per row of S: thread (row, part) keeps columns part, part+%d, …", l.split, l.split)
		g.srow = b.Let("row", kir.Div(g.tid, i64c(l.split)))
		g.part = b.Let("part", kir.Rem(g.tid, i64c(l.split)))
	}
	g.S = make([]*kir.Var, DK/l.split)
	for j := range g.S {
		g.S[j] = b.Var(fmt.Sprintf("S%d", j), kir.F(0))
	}
	if l.chunked {
		g.chunked()
	} else {
		g.recurrent()
	}
	b.Comment("final S")
	g.ifRow(func() {
		base := b.Let("sb", kir.Mul(kir.Add(kir.Mul(kir.Add(kir.Mul(g.bb, i64c(s.H)), g.h), i64c(DV)), g.srow), i64c(DK)))
		for j := range g.S {
			b.Store(g.st, kir.Add(base, g.col(j)), kir.V(g.S[j]))
		}
	})
	return b.Build()
}

// padded: the block has threads past the last row of S (whole warps with
// split, or the chunked form's rounding).
func (g *dualGen) padded() bool { return g.l.threads != g.s.DV*g.l.split }

// ifRow runs body in the threads that own a row of S.
func (g *dualGen) ifRow(body func()) {
	if !g.padded() {
		body()
		return
	}
	g.b.If(kir.Lt(g.srow, i64c(g.s.DV)), body)
}

// col is the column of S that the thread keeps in register j.
func (g *dualGen) col(j int) kir.Expr {
	if g.l.split == 1 {
		return i64c(j)
	}
	return kir.Add(i64c(j*g.l.split), g.part)
}

// row is the offset of row (b, t) of qkv.
func (g *dualGen) row(t kir.Expr) kir.Expr {
	return kir.Mul(kir.Add(kir.Mul(g.bb, g.T), t), i64c(g.s.LD))
}

// stage loads tokens [t0, t0+n) into the shared arrays: φ(q), φ(k) (l2: with
// the norms computed first, one thread per token, behind a barrier), v and
// the learned β. It ends with a barrier.
func (g *dualGen) stage(t0, n kir.Expr) {
	b, s := g.b, g.s
	H, DK, DV := s.H, s.DK, s.DV
	nt := i64c(g.l.threads)
	qoff := kir.Mul(g.h, i64c(DK))
	koff := kir.Add(i64c(H*DK), kir.Mul(g.h, i64c(DK)))
	voff := kir.Add(i64c(2*H*DK), kir.Mul(g.h, i64c(DV)))
	if s.Feature == "l2" {
		b.Comment("1/‖k‖ and 1/‖q‖ per token")
		b.For("tau", g.tid, n, nt, func(tau kir.Expr) {
			r := b.Let("r", g.row(kir.Add(t0, tau)))
			kn := g.sumSquares("kss", DK, func(d kir.Expr) kir.Expr { return g.load(g.qkv, kir.Add(r, kir.Add(koff, d))) })
			b.Store(g.kinv, tau, fusedInvNorm(kn))
			qn := g.sumSquares("qss", DK, func(d kir.Expr) kir.Expr { return g.load(g.qkv, kir.Add(r, kir.Add(qoff, d))) })
			b.Store(g.qinv, tau, fusedInvNorm(qn))
		})
		b.Barrier()
	}
	b.Comment("stage φ(q), φ(k), v%s", map[bool]string{true: ", β", false: ""}[g.bs != nil])
	b.For("x", g.tid, kir.Mul(n, i64c(DK)), nt, func(x kir.Expr) {
		tau := b.Let("tau", kir.Div(x, i64c(DK)))
		d := b.Let("d", kir.Rem(x, i64c(DK)))
		r := b.Let("r", g.row(kir.Add(t0, tau)))
		kv := g.load(g.qkv, kir.Add(r, kir.Add(koff, d)))
		qv := g.load(g.qkv, kir.Add(r, kir.Add(qoff, d)))
		switch s.Feature {
		case "elu1":
			kv, qv = fusedElu1(kv), fusedElu1(qv)
		case "l2":
			kv, qv = kir.Mul(kv, kir.Ld(g.kinv, tau)), kir.Mul(qv, kir.Ld(g.qinv, tau))
		}
		b.Store(g.ks, x, kv)
		b.Store(g.qs, x, qv)
	})
	b.For("x", g.tid, kir.Mul(n, i64c(DV)), nt, func(x kir.Expr) {
		tau := b.Let("tau", kir.Div(x, i64c(DV)))
		c := b.Let("c", kir.Rem(x, i64c(DV)))
		b.Store(g.vs, x, g.load(g.qkv, kir.Add(g.row(kir.Add(t0, tau)), kir.Add(voff, c))))
	})
	if g.bs != nil {
		b.For("tau", g.tid, n, nt, func(tau kir.Expr) {
			logit := g.load(g.qkv, kir.Add(g.row(kir.Add(t0, tau)), kir.Add(i64c(2*H*DK+H*DV), g.h)))
			b.Store(g.bs, tau, g.sigmoid("beta", logit))
		})
	}
	b.Barrier()
}

// beta is β of staged token tau.
func (g *dualGen) beta(tau kir.Expr) kir.Expr {
	if g.bs != nil {
		return kir.Ld(g.bs, tau)
	}
	return kir.F(g.s.Beta)
}

// dotS returns a register holding Σ_j S_j·x(j) over the DK columns of the
// thread's row (x takes the column; split: the thread's columns, then the
// sum over the row's threads by shuffles).
func (g *dualGen) dotS(name string, x func(j kir.Expr) kir.Expr) kir.Expr {
	acc := g.b.Var(name, kir.F(0))
	for j := range g.S {
		g.b.Set(acc, kir.Add(kir.V(acc), kir.Mul(kir.V(g.S[j]), x(g.col(j)))))
	}
	for m := 1; m < g.l.split; m *= 2 {
		g.b.Set(acc, kir.Add(kir.V(acc), kir.ShflXor(kir.V(acc), kir.I(int64(m)))))
	}
	return kir.V(acc)
}

// addRank1 sets S_j += u·x(j) over the thread's columns.
func (g *dualGen) addRank1(u kir.Expr, x func(j kir.Expr) kir.Expr) {
	for j := range g.S {
		g.b.Set(g.S[j], kir.Add(kir.V(g.S[j]), kir.Mul(u, x(g.col(j)))))
	}
}

// oIndex is the offset of o[b, t, h·DV + i].
func (g *dualGen) oIndex(t kir.Expr) kir.Expr {
	s := g.s
	return kir.Add(kir.Mul(kir.Add(kir.Mul(g.bb, g.T), t), i64c(s.H*s.DV)), kir.Add(kir.Mul(g.h, i64c(s.DV)), g.srow))
}

func (g *dualGen) recurrent() {
	b, s := g.b, g.s
	DK, DV := s.DK, s.DV
	scale := kir.F(s.Scale)
	b.For("t0", kir.I(0), g.T, i64c(g.l.C), func(t0 kir.Expr) {
		n := b.Let("n", kir.Min(i64c(g.l.C), kir.Sub(g.T, t0)))
		g.stage(t0, n)
		if g.l.split == 1 {
			b.Comment("tokens of the tile: row tid of S, no communication")
		} else {
			b.Comment("tokens of the tile: the row's %d threads sum their dot products by shuffles; threads past the last row run along for the shuffles and store nothing", g.l.split)
		}
		b.For("tau", kir.I(0), n, kir.I(1), func(tau kir.Expr) {
			kb := b.Let("kb", kir.Mul(tau, i64c(DK)))
			k := func(j kir.Expr) kir.Expr { return kir.Ld(g.ks, kir.Add(kb, j)) }
			q := func(j kir.Expr) kir.Expr { return kir.Ld(g.qs, kir.Add(kb, j)) }
			oi := b.Let("oi", g.oIndex(kir.Add(t0, tau)))
			out := func() {
				o := kir.Mul(scale, g.dotS("o", q))
				if g.l.split == 1 {
					g.store(g.o, oi, o)
					return
				}
				ov := b.Let("ov", o)
				first := kir.Eq(g.part, kir.I(0))
				if g.padded() {
					first = kir.And(first, kir.Lt(g.srow, i64c(DV)))
				}
				b.If(first, func() { g.store(g.o, oi, ov) })
			}
			if s.Strict {
				out()
			}
			vrow := g.srow
			if g.padded() {
				vrow = kir.Min(g.srow, i64c(DV-1)) // rows past the last read the last one's v
			}
			vi := b.Let("vi", kir.Ld(g.vs, kir.Add(kir.Mul(tau, i64c(DV)), vrow)))
			if s.Delta {
				e := b.Let("e", kir.Sub(vi, g.dotS("sk", k)))
				g.addRank1(b.Let("u", kir.Mul(g.beta(tau), e)), k)
			} else {
				g.addRank1(vi, k)
			}
			if !s.Strict {
				out()
			}
		})
		b.Barrier() // the tile is read before the next is staged
	})
}

func (g *dualGen) chunked() {
	b, s := g.b, g.s
	C, DK, DV := g.l.C, s.DK, s.DV
	nt := i64c(g.l.threads)
	scale := kir.F(s.Scale)
	M := b.SharedArray("mm", kir.F32, C*C)
	at := func(r, c kir.Expr) kir.Expr { return kir.Add(kir.Mul(r, i64c(C)), c) }
	kdot := func(name string, a *kir.Shared, ra kir.Expr, rb kir.Expr) kir.Expr {
		// Σ_d a[ra][d]·k[rb][d]
		acc := b.Var(name, kir.F(0))
		ab := b.Let(name+"_a", kir.Mul(ra, i64c(DK)))
		kb := b.Let(name+"_k", kir.Mul(rb, i64c(DK)))
		for d := 0; d < DK; d++ {
			b.Set(acc, kir.Add(kir.V(acc), kir.Mul(kir.Ld(a, kir.Add(ab, i64c(d))), kir.Ld(g.ks, kir.Add(kb, i64c(d))))))
		}
		return kir.V(acc)
	}
	vcol := func(tau kir.Expr) kir.Expr { return kir.Add(kir.Mul(tau, i64c(DV)), g.tid) } // vs[tau][tid]
	b.For("t0", kir.I(0), g.T, i64c(C), func(t0 kir.Expr) {
		L := b.Let("L", kir.Min(i64c(C), kir.Sub(g.T, t0)))
		g.stage(t0, L)
		if s.Delta {
			b.Comment("N[τ][σ] = β_τ k_τ·k_σ for σ < τ, stored at M[σ][τ]; column tid of V becomes V − K Sᵀ")
			b.For("x", g.tid, kir.Mul(L, L), nt, func(x kir.Expr) {
				tau := b.Let("tau", kir.Div(x, L))
				sig := b.Let("sig", kir.Rem(x, L))
				b.If(kir.Lt(sig, tau), func() {
					b.Store(M, at(sig, tau), kir.Mul(g.beta(tau), kdot("kk", g.ks, tau, sig)))
				})
			})
			g.ifRow(func() {
				b.For("tau", kir.I(0), L, kir.I(1), func(tau kir.Expr) {
					kb := b.Let("kb", kir.Mul(tau, i64c(DK)))
					sk := g.dotS("sk", func(j kir.Expr) kir.Expr { return kir.Ld(g.ks, kir.Add(kb, j)) })
					b.Store(g.vs, vcol(tau), kir.Sub(kir.Ld(g.vs, vcol(tau)), sk))
				})
			})
			b.Barrier()

			b.Comment("Tc = (I + N)⁻¹ by forward substitution, column j by thread j: Tc[i][j] = −N[i][j] − Σ_{j<m<i} N[i][m] Tc[m][j], stored at M[i][j]")
			b.For("j", g.tid, L, nt, func(j kir.Expr) {
				b.For("i", kir.Add(j, kir.I(1)), L, kir.I(1), func(i kir.Expr) {
					acc := b.Var("acc", kir.Ld(M, at(j, i)))
					b.For("m", kir.Add(j, kir.I(1)), i, kir.I(1), func(m kir.Expr) {
						b.Set(acc, kir.Add(kir.V(acc), kir.Mul(kir.Ld(M, at(m, i)), kir.Ld(M, at(m, j)))))
					})
					b.Store(M, at(i, j), kir.Neg(kir.V(acc)))
				})
			})
			b.Barrier()

			b.Comment("column tid of V' = Tc diag(β) (V − K Sᵀ), in place from the last token down")
			g.ifRow(func() {
				b.For("r", kir.I(0), L, kir.I(1), func(r kir.Expr) {
					tau := b.Let("tau", kir.Sub(kir.Sub(L, kir.I(1)), r))
					acc := b.Var("acc", kir.Mul(g.beta(tau), kir.Ld(g.vs, vcol(tau))))
					b.For("sig", kir.I(0), tau, kir.I(1), func(sig kir.Expr) {
						b.Set(acc, kir.Add(kir.V(acc), kir.Mul(kir.Ld(M, at(tau, sig)), kir.Mul(g.beta(sig), kir.Ld(g.vs, vcol(sig))))))
					})
					b.Store(g.vs, vcol(tau), kir.V(acc))
				})
			})
		}
		diag := "with"
		if s.Strict {
			diag = "without"
		}
		b.Comment("P[τ][σ] = q_τ·k_σ for σ ≤ τ (%s the diagonal), stored at M[σ][τ]", diag)
		b.For("x", g.tid, kir.Mul(L, L), nt, func(x kir.Expr) {
			tau := b.Let("tau", kir.Div(x, L))
			sig := b.Let("sig", kir.Rem(x, L))
			vis := kir.Le(sig, tau)
			if s.Strict {
				vis = kir.Lt(sig, tau)
			}
			b.If(vis, func() { b.Store(M, at(sig, tau), kdot("qk", g.qs, tau, sig)) })
		})
		b.Barrier()

		b.Comment("column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K")
		g.ifRow(func() {
			b.For("tau", kir.I(0), L, kir.I(1), func(tau kir.Expr) {
				qb := b.Let("qb", kir.Mul(tau, i64c(DK)))
				acc := b.Var("acc", g.dotS("qs", func(j kir.Expr) kir.Expr { return kir.Ld(g.qs, kir.Add(qb, j)) }))
				end := kir.Add(tau, kir.I(1))
				if s.Strict {
					end = tau
				}
				b.For("sig", kir.I(0), end, kir.I(1), func(sig kir.Expr) {
					b.Set(acc, kir.Add(kir.V(acc), kir.Mul(kir.Ld(M, at(sig, tau)), kir.Ld(g.vs, vcol(sig)))))
				})
				g.store(g.o, g.oIndex(kir.Add(t0, tau)), kir.Mul(scale, kir.V(acc)))
			})
			b.For("sig", kir.I(0), L, kir.I(1), func(sig kir.Expr) {
				u := b.Let("u", kir.Ld(g.vs, vcol(sig)))
				kb := b.Let("kb", kir.Mul(sig, i64c(DK)))
				g.addRank1(u, func(j kir.Expr) kir.Expr { return kir.Ld(g.ks, kir.Add(kb, j)) })
			})
		})
		b.Barrier() // the chunk is read before the next is staged
	})
}
