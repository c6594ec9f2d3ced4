package inspect

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/hopf-ml/hopf/dsl"
	"gonum.org/v1/gonum/mat"
	"gorgonia.org/tensor"
)

// The LAPACK routines behind gonum's SVD and eigen decomposition do not
// take NaN or ±Inf: the SVD panics ("lapack: cfrom is NaN") and the
// nonsymmetric eigen solver (Dgebal, Dhseqr) can loop forever. Every
// matrix inspect factorizes is checked with checkFinite first, and the
// error names what is not finite, where, and the likeliest cause (an
// input, a weight, or activations that overflow).

// badEntries describes the non-finite entries among n values, at(i)
// being the i-th in row-major order over shape: "" when all are finite,
// else e.g. "NaN entries (3 of 121, the first at [0 2])".
func badEntries(n int, at func(int) float64, shape []int) string {
	var nan, pos, neg, first int
	first = -1
	for i := 0; i < n; i++ {
		v := at(i)
		switch {
		case math.IsNaN(v):
			nan++
		case math.IsInf(v, 1):
			pos++
		case math.IsInf(v, -1):
			neg++
		default:
			continue
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return ""
	}
	var kinds []string
	for _, k := range []struct {
		n    int
		name string
	}{{nan, "NaN"}, {pos, "+Inf"}, {neg, "-Inf"}} {
		if k.n > 0 {
			kinds = append(kinds, k.name)
		}
	}
	idx := make([]int, len(shape))
	for i, r := len(shape)-1, first; i >= 0; i-- {
		if shape[i] > 0 {
			idx[i], r = r%shape[i], r/shape[i]
		}
	}
	return fmt.Sprintf("%s entries (%d of %d, the first at %v)", strings.Join(kinds, " and "), nan+pos+neg, n, idx)
}

// matrixBad is badEntries of a matrix.
func matrixBad(a mat.Matrix) string {
	r, c := a.Dims()
	return badEntries(r*c, func(i int) float64 { return a.At(i/c, i%c) }, []int{r, c})
}

// tensorBad is badEntries of an f32 or f64 tensor ("" for other types:
// token ids are always finite).
func tensorBad(t *tensor.Dense) string {
	if t == nil {
		return ""
	}
	shape := []int(t.Shape())
	switch d := t.Data().(type) {
	case []float32:
		return badEntries(len(d), func(i int) float64 { return float64(d[i]) }, shape)
	case []float64:
		return badEntries(len(d), func(i int) float64 { return d[i] }, shape)
	}
	return ""
}

// checkFinite returns "what has NaN entries (…)" when a has a NaN or ±Inf
// entry, nil otherwise. Call it before any LAPACK factorization of a.
func checkFinite(what string, a mat.Matrix) error {
	if bad := matrixBad(a); bad != "" {
		return fmt.Errorf("%s has %s", what, bad)
	}
	return nil
}

// badWeight names the first (by name) of the weights that is not finite,
// with its bad entries ("" when all are finite).
func badWeight(w map[string]*tensor.Dense, names ...string) string {
	if names == nil {
		for n := range w {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		if bad := tensorBad(w[n]); bad != "" {
			return fmt.Sprintf("weight %s has %s", n, bad)
		}
	}
	return ""
}

// weightHint ends an error caused by non-finite weights.
const weightHint = "check the weights, e.g. with a fresh hopf init"

// activationCause explains why layer li's activations are not finite:
// the input, a weight, or the first layer whose input (after its pre-norm)
// overflowed.
func (tr *Trace) activationCause(li int) string {
	if bad := tensorBad(tr.Input); bad != "" {
		return "the input is not finite: it has " + bad
	}
	if bad := badWeight(tr.w); bad != "" {
		return bad + ": " + weightHint
	}
	for k := 0; k <= li && k < len(tr.Layers); k++ {
		lt := &tr.Layers[k]
		if bad := badEntries(len(lt.H), func(i int) float64 { return float64(lt.H[i]) }, []int{tr.B, tr.T, len(lt.H) / max(1, tr.B*tr.T)}); bad != "" {
			what := "input"
			if lt.L.Norm != dsl.NormNone {
				what = "input after its pre-norm"
			}
			return fmt.Sprintf("the activations overflow f32: layer %d's %s has %s, though the input and the weights are finite; the weights are too large for a model this deep: %s", lt.L.Index, what, bad, weightHint)
		}
	}
	return "the activations overflow f32 in this layer's queries, keys or values, though its input and the weights are finite; the weights are too large: " + weightHint
}
