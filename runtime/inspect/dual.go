package inspect

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/dsl"
	"gonum.org/v1/gonum/mat"
)

// Span is the half-open token range [A, B) whose tokens make up ΔW (the
// demonstrations, in Dai et al.'s words).
type Span struct{ A, B int }

func (s Span) String() string { return fmt.Sprintf("%d:%d", s.A, s.B) }

// Len is the number of tokens in the span.
func (s Span) Len() int { return s.B - s.A }

// Contains reports whether token t is in the span.
func (s Span) Contains(t int) bool { return t >= s.A && t < s.B }

// DefaultSpan is every token but the last (the query): [0, T−1), or [0, 1)
// for T = 1.
func DefaultSpan(T int) Span {
	if T < 2 {
		return Span{0, T}
	}
	return Span{0, T - 1}
}

// Check reports a span outside [0, T] or empty.
func (s Span) Check(T int) error {
	if s.A < 0 || s.B > T || s.A >= s.B {
		return fmt.Errorf("span %s is out of range for a sequence of %d tokens: want A:B with 0 ≤ A < B ≤ %d (tokens A … B−1)", s, T, T)
	}
	return nil
}

// ParseSpan reads "A:B", "A:" (to the end) or ":B" and checks it against T.
// "" is DefaultSpan(T).
func ParseSpan(s string, T int) (Span, error) {
	if strings.TrimSpace(s) == "" {
		return DefaultSpan(T), nil
	}
	a, b, ok := strings.Cut(s, ":")
	if !ok {
		return Span{}, fmt.Errorf("span %q: want A:B (tokens A … B−1), e.g. 0:10", s)
	}
	sp := Span{0, T}
	var err error
	if a = strings.TrimSpace(a); a != "" {
		if sp.A, err = strconv.Atoi(a); err != nil {
			return Span{}, fmt.Errorf("span %q: %q is not an integer", s, a)
		}
	}
	if b = strings.TrimSpace(b); b != "" {
		if sp.B, err = strconv.Atoi(b); err != nil {
			return Span{}, fmt.Errorf("span %q: %q is not an integer", s, b)
		}
	}
	return sp, sp.Check(T)
}

// RankEps is the ε of the numerical rank: float32's machine epsilon 2⁻²³,
// because ΔW is summed from activations the CPU backend computes in f32.
const RankEps = 0x1p-23

// NumRank counts the singular values above max(rows, cols)·σ_max·RankEps
// (the LAPACK/NumPy rule with ε = RankEps).
func NumRank(sing []float64, rows, cols int) int {
	if len(sing) == 0 {
		return 0
	}
	smax := 0.0
	for _, s := range sing {
		smax = math.Max(smax, s)
	}
	tol := float64(max(rows, cols)) * smax * RankEps
	n := 0
	for _, s := range sing {
		if s > tol {
			n++
		}
	}
	return n
}

// SingularValues returns the singular values of a in descending order,
// or nil when a has a NaN or ±Inf entry (LAPACK's SVD panics on those;
// Dual reports them as errors).
func SingularValues(a mat.Matrix) []float64 {
	if matrixBad(a) != "" {
		return nil
	}
	var svd mat.SVD
	if !svd.Factorize(a, mat.SVDNone) {
		return nil
	}
	s := svd.Values(nil)
	sort.Sort(sort.Reverse(sort.Float64Slice(s)))
	return s
}

// HeadDual is the implicit update of one head over a span.
type HeadDual struct {
	Layer, Head int
	Kind        dsl.AttnKind
	Span        Span
	// DW is ΔW, d_value × d_head: Σ_{i∈span} v_i φ(k_i)ᵀ for softmax and
	// linear heads (φ = identity for softmax), and for delta heads the
	// delta-rule state after running the recurrence over the span from S = 0.
	DW   *mat.Dense
	Frob float64   // ‖ΔW‖_F
	Sing []float64 // singular values, descending
	Rank int       // NumRank(Sing)
	// Queries are the positions the relaxation is measured at: every
	// position after the span, or the last position when the span reaches
	// the end. Relax[j] and RelaxCos[j] belong to Queries[j]; both are nil
	// for delta heads.
	Queries  []int
	Relax    []float64
	RelaxCos []float64
	// StateErr is ‖ΔW − S‖_F/‖S‖_F against the state S the fused graph
	// exports after the first B tokens (Model.CheckStates: linear and delta
	// heads with a causal or strict mask, spans starting at 0); NaN when
	// not checked.
	StateErr float64
}

// MeanRelax is the mean relaxation error over the queries (NaN if none).
func (d *HeadDual) MeanRelax() float64 { return mean(d.Relax) }

// MeanRelaxCos is the mean cosine between F(q) and its relaxation.
func (d *HeadDual) MeanRelaxCos() float64 { return mean(d.RelaxCos) }

func mean(x []float64) float64 {
	if len(x) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}

// visible reports whether key i is visible to query t under the mask.
func visible(m dsl.Mask, t, i int) bool {
	switch m.Kind {
	case dsl.MaskCausal:
		return i <= t
	case dsl.MaskStrict:
		return i < t
	case dsl.MaskWindow:
		return i <= t && i > t-m.Window
	}
	return true
}

// Queries are the positions the relaxation error is measured at: t ≥ B
// when B < T, else T−1.
func (s Span) Queries(T int) []int {
	if s.B >= T {
		return []int{T - 1}
	}
	q := make([]int, 0, T-s.B)
	for t := s.B; t < T; t++ {
		q = append(q, t)
	}
	return q
}

// Dual computes ΔW for every head of every layer for sequence seq of the
// trace, over the span, and for softmax and linear heads the relaxation
// error at the queries (see the package documentation for the exact
// definitions). A ΔW with NaN or ±Inf entries is an error that says where
// the activations stop being finite.
func Dual(tr *Trace, seq int, span Span) ([]HeadDual, error) {
	if seq < 0 || seq >= tr.B {
		return nil, fmt.Errorf("sequence %d is out of range: the batch has %d (0 … %d)", seq, tr.B, tr.B-1)
	}
	if err := span.Check(tr.T); err != nil {
		return nil, err
	}
	var out []HeadDual
	for li := range tr.Layers {
		lt := &tr.Layers[li]
		L := lt.L
		for h := 0; h < L.Heads; h++ {
			d := HeadDual{Layer: L.Index, Head: h, Kind: L.Kind, Span: span, StateErr: math.NaN()}
			d.DW = spanState(lt, seq, h, span)
			if err := checkFinite(fmt.Sprintf("layer %d head %d: ΔW", L.Index, h), d.DW); err != nil {
				return nil, fmt.Errorf("%v: %s", err, tr.activationCause(li))
			}
			d.Frob = mat.Norm(d.DW, 2)
			d.Sing = SingularValues(d.DW)
			d.Rank = NumRank(d.Sing, L.DValue, L.DHead)
			if L.Kind != dsl.Delta {
				d.Queries = span.Queries(tr.T)
				for _, t := range d.Queries {
					e, c := relaxation(lt, seq, h, t)
					d.Relax = append(d.Relax, e)
					d.RelaxCos = append(d.RelaxCos, c)
				}
			}
			out = append(out, d)
		}
	}
	return out, nil
}

// spanState is ΔW of head h over the span (see HeadDual.DW).
func spanState(lt *LayerTrace, b, h int, span Span) *mat.Dense {
	dv, dk := lt.L.DValue, lt.L.DHead
	S := mat.NewDense(dv, dk, nil)
	e := make([]float64, dv)
	for t := span.A; t < span.B; t++ {
		k, v := lt.Key(b, h, t), lt.Value(b, h, t)
		if lt.L.Kind != dsl.Delta {
			addOuter(S, 1, v, k)
			continue
		}
		// e = v − S k; S += β e kᵀ
		for i := 0; i < dv; i++ {
			e[i] = v[i]
			for j := 0; j < dk; j++ {
				e[i] -= S.At(i, j) * k[j]
			}
		}
		addOuter(S, lt.BetaAt(b, h, t), e, k)
	}
	return S
}

// addOuter adds c·u wᵀ to S.
func addOuter(S *mat.Dense, c float64, u, w []float64) {
	for i, ui := range u {
		for j, wj := range w {
			S.Set(i, j, S.At(i, j)+c*ui*wj)
		}
	}
}

// relaxation returns ‖F(q) − R(q)‖/‖F(q)‖ and cos(F, R) for the query at
// position t, where F(q) is the head's actual core output and
// R(q) = c·(W_ZSL + ΔW_vis) q with W_ZSL = Σ_{i visible to t, i ∉ span}
// v_i φ(k_i)ᵀ, ΔW_vis the same sum over the visible span tokens, c = 1 for
// softmax (Dai et al. drop the softmax and its scale) and c = scale for
// linear attention (for which R = F exactly). Since W_ZSL + ΔW_vis is the
// sum over every visible key, R is computed as c·Σ_{i visible} v_i φ(k_i)ᵀq.
func relaxation(lt *LayerTrace, b, h, t int) (rel, cos float64) {
	L := lt.L
	q := lt.Query(b, h, t)
	F := lt.Out(b, h, t)
	R := make([]float64, L.DValue)
	c := 1.0
	if L.Kind == dsl.Linear {
		c = L.Scale
	}
	for i := 0; i < lt.T; i++ {
		if !visible(L.Mask, t, i) {
			continue
		}
		k, v := lt.Key(b, h, i), lt.Value(b, h, i)
		a := c * dot(k, q)
		for j := range R {
			R[j] += a * v[j]
		}
	}
	var num, nf, nr, fr float64
	for j := range F {
		num += (F[j] - R[j]) * (F[j] - R[j])
		nf += F[j] * F[j]
		nr += R[j] * R[j]
		fr += F[j] * R[j]
	}
	return math.Sqrt(num / nf), fr / math.Sqrt(nf*nr)
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
