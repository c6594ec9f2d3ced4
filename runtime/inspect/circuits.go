package inspect

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"gonum.org/v1/gonum/mat"
	"gorgonia.org/tensor"
)

// Entry is one entry of a circuit matrix.
type Entry struct {
	Row, Col int
	Val      float64
}

// HeadCircuit is what one head computes on tokens (Elhage et al. 2021).
type HeadCircuit struct {
	Layer, Head int
	Kind        dsl.AttnKind
	// QK[a, b] = e_aᵀ W_Eᵀ W_Q,hᵀ W_K,h W_E e_b: the score (before the
	// layer's scale) of a query token a on a key token b. vocab×vocab.
	// OV[a, b] = (W_U W_O,h W_V,h W_E)[a, b]: the logit of token a the head
	// writes when it attends to token b. Both nil unless kept.
	QK, OV       *mat.Dense
	TopQK, TopOV []Entry // the largest entries, descending
	// Eig are the eigenvalues of W_V,h W_E W_U W_O,h (d_value×d_value),
	// which are the nonzero eigenvalues of OV; CopyEig = Σ Re λ / Σ |λ|.
	Eig     []complex128
	CopyEig float64
	// PrefixMatch and Copying come from Repeats (softmax heads only; NaN
	// otherwise).
	PrefixMatch, Copying float64
}

// folded returns W·diag(g) (g nil: W).
func folded(w *mat.Dense, g []float64) *mat.Dense {
	if g == nil {
		return w
	}
	r, c := w.Dims()
	out := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			out.Set(i, j, w.At(i, j)*g[j])
		}
	}
	return out
}

// headQ, headK, headV return a head's projections with the layer's
// pre-norm scale folded in: W_Q,h·diag(g) (the norm's centring and
// normalisation, and a LayerNorm bias, are left out).
func (mm *Model) headQ(L dsl.Layer, h int) *mat.Dense {
	return folded(mm.headRows(L.Index, "w_q", h, L.DHead), mm.normScale(L))
}
func (mm *Model) headK(L dsl.Layer, h int) *mat.Dense {
	return folded(mm.headRows(L.Index, "w_k", h, L.DHead), mm.normScale(L))
}
func (mm *Model) headV(L dsl.Layer, h int) *mat.Dense {
	return folded(mm.headRows(L.Index, "w_v", h, L.DValue), mm.normScale(L))
}

func (mm *Model) normScale(L dsl.Layer) []float64 {
	if L.Norm == dsl.NormNone {
		return nil
	}
	return mm.vector(compiler.LayerWeight(L.Index, "norm.weight"))
}

// embedding is W_Eᵀ: tok_embed [vocab, d_model].
func (mm *Model) embedding() *mat.Dense { return mm.weight(compiler.WTokEmbed) }

// unembedding is W_U [vocab, d_model] with the final norm's scale folded in.
func (mm *Model) unembedding() *mat.Dense {
	name := compiler.WUnembed
	if mm.M.Readout.Tied {
		name = compiler.WTokEmbed
	}
	var g []float64
	if mm.M.FinalNorm != dsl.NormNone {
		g = mm.vector(compiler.WNormF + ".weight")
	}
	return folded(mm.weight(name), g)
}

// CheckTokens reports why circuits cannot be computed for m.
func CheckTokens(m *dsl.Model) error {
	if m.Input != dsl.InputTokens || m.Readout.Kind != dsl.ReadoutUnembed {
		return fmt.Errorf("circuits need a token model (vocab, embed token, unembed): model %s reads vectors (d_in %d) and has no token embedding W_E or unembedding W_U", m.Name, m.DIn)
	}
	return nil
}

// MaxKeepVocab is the largest vocabulary whose vocab×vocab circuit
// matrices Circuits keeps (for pictures); top entries are found for any
// vocabulary, streaming the matrices in blocks of rows.
const MaxKeepVocab = 1024

// Circuits computes every head's QK and OV circuits, their top entries and
// the OV eigenvalue copying score. keep retains the vocab×vocab matrices
// (only when vocab ≤ MaxKeepVocab). Pre-norm and final-norm scales are
// folded into the weights; positional embeddings are left out (the
// circuits of token identity).
func (mm *Model) Circuits(top int, keep bool) ([]HeadCircuit, error) {
	if err := CheckTokens(mm.M); err != nil {
		return nil, err
	}
	keep = keep && mm.M.Vocab <= MaxKeepVocab
	E := mm.embedding()    // [V, D] = W_Eᵀ
	WU := mm.unembedding() // [V, D]
	var out []HeadCircuit
	for _, L := range mm.M.Layers {
		for h := 0; h < L.Heads; h++ {
			c := HeadCircuit{Layer: L.Index, Head: h, Kind: L.Kind, PrefixMatch: math.NaN(), Copying: math.NaN()}
			var eq, ek mat.Dense
			eq.Mul(E, mm.headQ(L, h).T()) // W_Eᵀ W_Q,hᵀ [V, dk]
			ek.Mul(E, mm.headK(L, h).T())
			var a, bm, red mat.Dense
			a.Mul(WU, mm.headOut(L, h))   // W_U W_O,h [V, dv]
			bm.Mul(mm.headV(L, h), E.T()) // W_V,h W_E [dv, V]
			red.Mul(&bm, &a)              // [dv, dv]
			c.TopQK, c.QK = productTop(&eq, ek.T(), top, keep)
			c.TopOV, c.OV = productTop(&a, &bm, top, keep)
			if err := checkFinite(fmt.Sprintf("layer %d head %d: the OV circuit W_V W_E W_U W_O", L.Index, h), &red); err != nil {
				return nil, fmt.Errorf("%v: %s", err, mm.ovCause(L))
			}
			var eig mat.Eigen
			if !eig.Factorize(&red, mat.EigenNone) {
				return nil, fmt.Errorf("layer %d head %d: the eigen decomposition of the OV circuit did not converge", L.Index, h)
			}
			c.Eig = eig.Values(nil)
			c.CopyEig = CopyingScore(c.Eig)
			out = append(out, c)
		}
	}
	return out, nil
}

// ovCause names the first non-finite weight an OV circuit of layer L is
// made of, or says that their product overflows.
func (mm *Model) ovCause(L dsl.Layer) string {
	names := []string{compiler.WTokEmbed, compiler.LayerWeight(L.Index, "w_v")}
	if !mm.M.Readout.Tied {
		names = append(names, compiler.WUnembed)
	}
	if L.Output {
		names = append(names, compiler.LayerWeight(L.Index, "w_o"))
	}
	if L.Norm != dsl.NormNone {
		names = append(names, compiler.LayerWeight(L.Index, "norm.weight"))
	}
	if mm.M.FinalNorm != dsl.NormNone {
		names = append(names, compiler.WNormF+".weight")
	}
	if bad := badWeight(mm.W, names...); bad != "" {
		return bad + ": " + weightHint
	}
	return "the product of its finite weights overflows: they are too large; " + weightHint
}

// productBlock is how many entries of a product productTop holds at once.
var productBlock = 1 << 20

// productTop returns the n largest entries of a·b, computed a block of
// rows at a time (about productBlock entries held), and the product
// itself when keep is set.
func productTop(a *mat.Dense, b mat.Matrix, n int, keep bool) ([]Entry, *mat.Dense) {
	r, k := a.Dims()
	_, c := b.Dims()
	if keep {
		var p mat.Dense
		p.Mul(a, b)
		return TopEntries(&p, n), &p
	}
	var top topK
	top.n = n
	blk := max(1, productBlock/max(c, 1))
	for i0 := 0; i0 < r; i0 += blk {
		i1 := min(r, i0+blk)
		var p mat.Dense
		p.Mul(a.Slice(i0, i1, 0, k), b)
		for i := 0; i < i1-i0; i++ {
			for j := 0; j < c; j++ {
				top.add(Entry{i0 + i, j, p.At(i, j)})
			}
		}
	}
	return top.list, nil
}

// CopyingScore is Σ Re λ / Σ |λ| (0 when every λ is 0): +1 for a head
// whose OV circuit only copies, −1 for one that only suppresses.
func CopyingScore(eig []complex128) float64 {
	var re, abs float64
	for _, l := range eig {
		re += real(l)
		abs += cmplx.Abs(l)
	}
	if abs == 0 {
		return 0
	}
	return re / abs
}

// TopEntries returns the n largest entries of a, descending (among equal
// values the first in row-major order comes first).
func TopEntries(a mat.Matrix, n int) []Entry {
	r, c := a.Dims()
	top := topK{n: n}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			top.add(Entry{i, j, a.At(i, j)})
		}
	}
	return top.list
}

// topK keeps the n largest entries seen, descending; among equal values
// the first added stays first.
type topK struct {
	n    int
	list []Entry
}

func (t *topK) add(e Entry) {
	if len(t.list) == t.n && (t.n == 0 || !(e.Val > t.list[t.n-1].Val)) {
		return
	}
	k := len(t.list)
	for k > 0 && e.Val > t.list[k-1].Val {
		k--
	}
	t.list = append(t.list, Entry{})
	copy(t.list[k+1:], t.list[k:])
	t.list[k] = e
	if len(t.list) > t.n {
		t.list = t.list[:t.n]
	}
}

// Composition is how much head B of layer l+1 reads what head A of layer l
// writes (Elhage et al. 2021): with W_OV = W_O,h W_V,h and
// W_QK = W_Q,hᵀ W_K,h (d_model × d_model, pre-norm scales folded in),
//
//	Q = ‖W_QK^Bᵀ W_OV^A‖_F / (‖W_QK^B‖_F ‖W_OV^A‖_F)
//	K = ‖W_QK^B  W_OV^A‖_F / (‖W_QK^B‖_F ‖W_OV^A‖_F)
//	V = ‖W_OV^B  W_OV^A‖_F / (‖W_OV^B‖_F ‖W_OV^A‖_F)
type Composition struct {
	LayerA, HeadA, LayerB, HeadB int
	Q, K, V                      float64
}

// Compositions returns the composition scores of every pair of heads of
// consecutive layers. The d_model×d_model products are never formed: with
// W_OV = O V and W_QK = Qᵀ K, every product is L·M·R with a small middle
// M (d_head or d_value square), and ‖L M R‖_F² = tr(Mᵀ (LᵀL) M (R Rᵀ)).
func (mm *Model) Compositions() []Composition {
	type head struct {
		q, k, v, o     *mat.Dense // W_Q,h, W_K,h, W_V,h (pre-norm folded), W_O,h
		qq, kk, vv, oo *mat.Dense // Q Qᵀ, K Kᵀ, V Vᵀ, Oᵀ O
		ov, qk         float64    // ‖W_OV‖_F, ‖W_QK‖_F
	}
	gram := func(a mat.Matrix) *mat.Dense { // a aᵀ
		var g mat.Dense
		g.Mul(a, a.T())
		return &g
	}
	per := make([][]head, len(mm.M.Layers))
	for i, L := range mm.M.Layers {
		for h := 0; h < L.Heads; h++ {
			hd := head{q: mm.headQ(L, h), k: mm.headK(L, h), v: mm.headV(L, h), o: mm.headOut(L, h)}
			hd.qq, hd.kk, hd.vv, hd.oo = gram(hd.q), gram(hd.k), gram(hd.v), gram(hd.o.T())
			hd.ov = math.Sqrt(sumProd(hd.oo, hd.vv))
			hd.qk = math.Sqrt(sumProd(hd.qq, hd.kk))
			per[i] = append(per[i], hd)
		}
	}
	// norm returns ‖L M R‖_F given gl = LᵀL, m = M, gr = R Rᵀ.
	norm := func(gl, m, gr *mat.Dense) float64 {
		var x, y mat.Dense
		x.Mul(gl, m)
		y.Mul(m, gr)
		return math.Sqrt(math.Max(0, sumProd(&x, &y)))
	}
	ratio := func(n, d float64) float64 {
		if d == 0 {
			return 0
		}
		return n / d
	}
	var out []Composition
	for l := 0; l+1 < len(per); l++ {
		for a, A := range per[l] {
			for b, B := range per[l+1] {
				var qo, ko, vo mat.Dense
				qo.Mul(B.q, A.o) // d_head × d_value
				ko.Mul(B.k, A.o)
				vo.Mul(B.v, A.o)
				out = append(out, Composition{
					LayerA: l, HeadA: a, LayerB: l + 1, HeadB: b,
					Q: ratio(norm(B.kk, &qo, A.vv), B.qk*A.ov), // ‖Kᵀ_B (Q_B O_A) V_A‖
					K: ratio(norm(B.qq, &ko, A.vv), B.qk*A.ov), // ‖Qᵀ_B (K_B O_A) V_A‖
					V: ratio(norm(B.oo, &vo, A.vv), B.ov*A.ov), // ‖O_B (V_B O_A) V_A‖
				})
			}
		}
	}
	return out
}

// sumProd is Σ_ij a_ij b_ij (= tr(a b) for symmetric a, b).
func sumProd(a, b *mat.Dense) float64 {
	r, c := a.Dims()
	s := 0.0
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			s += a.At(i, j) * b.At(i, j)
		}
	}
	return s
}

// RepeatTokens returns nseq sequences of 2L tokens: L random tokens
// (distinct when L ≤ vocab) followed by the same L tokens again.
func RepeatTokens(vocab, L, nseq int, seed uint64) *tensor.Dense {
	r := rand.New(rand.NewPCG(seed, 0x2e9))
	ids := make([]int32, nseq*2*L)
	for b := 0; b < nseq; b++ {
		var first []int
		if L <= vocab {
			first = r.Perm(vocab)[:L]
		} else {
			for i := 0; i < L; i++ {
				first = append(first, r.IntN(vocab))
			}
		}
		for i, t := range first {
			ids[b*2*L+i] = int32(t)
			ids[b*2*L+L+i] = int32(t)
		}
	}
	return tensor.New(tensor.WithShape(nseq, 2*L), tensor.WithBacking(ids))
}

// RepeatScore is a head's behaviour on repeated random sequences.
type RepeatScore struct {
	Layer, Head int
	// PrefixMatch is the mean attention from each position t of the
	// repeat (L ≤ t < 2L) to position t−L+1, the token after t's earlier
	// occurrence.
	PrefixMatch float64
	// Copying is the mean over the same positions of
	// Σ_i p_ti · z_t(x_i), where ℓ_t = W_U W_O,h o_t are the logits the
	// head's output o_t writes directly (final-norm scale folded in),
	// z_t(a) = (ℓ_t[a] − mean ℓ_t)/std ℓ_t, and x_i is the token at key
	// position i: how many standard deviations the head raises the logits
	// of the tokens it attends to.
	Copying float64
}

// Repeats runs the model on nseq repeated random sequences of 2L tokens
// and scores every softmax head.
func (mm *Model) Repeats(L, nseq int, seed uint64) ([]RepeatScore, *Trace, error) {
	m := mm.M
	if err := CheckTokens(m); err != nil {
		return nil, nil, err
	}
	if L < 2 || 2*L > m.Context {
		return nil, nil, fmt.Errorf("repeated sequences of 2×%d tokens: want L ≥ 2 and 2L ≤ context %d", L, m.Context)
	}
	if nseq < 1 {
		return nil, nil, fmt.Errorf("%d repeated sequences: want at least one", nseq)
	}
	if err := compiler.CheckSize(m, nseq, 2*L); err != nil {
		return nil, nil, fmt.Errorf("%d repeated sequences of 2×%d tokens: %w", nseq, L, err)
	}
	x := RepeatTokens(m.Vocab, L, nseq, seed)
	tr, err := mm.Run(x)
	if err != nil {
		return nil, nil, err
	}
	ids := x.Data().([]int32)
	WU := mm.unembedding()
	T := 2 * L
	var out []RepeatScore
	for li, Ly := range m.Layers {
		if Ly.Kind != dsl.Softmax {
			continue
		}
		lt := &tr.Layers[li]
		for h := 0; h < Ly.Heads; h++ {
			var u mat.Dense
			u.Mul(WU, mm.headOut(Ly, h)) // [V, dv]
			var pm, cp float64
			n := 0
			for b := 0; b < nseq; b++ {
				for t := L; t < T; t++ {
					pm += lt.Prob(b, h, t, t-L+1)
					logits := mat.NewVecDense(m.Vocab, nil)
					logits.MulVec(&u, mat.NewVecDense(Ly.DValue, lt.Out(b, h, t)))
					mu, sd := meanStd(logits.RawVector().Data)
					if sd > 0 {
						for i := 0; i < T; i++ {
							if p := lt.Prob(b, h, t, i); p != 0 {
								cp += p * (logits.AtVec(int(ids[b*T+i])) - mu) / sd
							}
						}
					}
					n++
				}
			}
			out = append(out, RepeatScore{Layer: Ly.Index, Head: h, PrefixMatch: pm / float64(n), Copying: cp / float64(n)})
		}
	}
	return out, tr, nil
}

func meanStd(x []float64) (float64, float64) {
	mu := mean(x)
	v := 0.0
	for _, a := range x {
		v += (a - mu) * (a - mu)
	}
	return mu, math.Sqrt(v / float64(len(x)))
}
