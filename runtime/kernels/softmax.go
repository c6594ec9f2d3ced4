package kernels

import "math"

// Softmax computes y = softmax(x) over the last axis of x [rows,n]. It is
// numerically stable: each row is shifted by its maximum, which is the
// maximum over the visible (finite) entries since −∞ never wins unless the
// whole row is −∞. A row that is entirely −∞ (fully masked) gives all zeros,
// never NaN. −∞ entries give exactly 0. y may be x (in place). It does not
// use gorgonia.org/tensor, whose masked-row softmax is wrong (FACTS.md).
func Softmax(y, x []float32, rows, n int) {
	const name = "Softmax"
	needDims(name, rows, n)
	need(name, "y", y, rows*n)
	need(name, "x", x, rows*n)
	parallelForGrain(rows, 16, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			softmaxRow(y[r*n:(r+1)*n], x[r*n:(r+1)*n])
		}
	})
}

// softmaxRow is the stable softmax of one row; len(y) == len(x).
func softmaxRow(y, x []float32) {
	m := max32(x)
	if m == negInf32 {
		clear(y)
		return
	}
	// Masked scores arrive as runs of −∞ at the ends of the row (causal:
	// after the diagonal; window: before the window); skip them.
	lo, hi := 0, len(x)
	for hi > 0 && x[hi-1] == negInf32 {
		hi--
	}
	for lo < hi && x[lo] == negInf32 {
		lo++
	}
	clear(y[:lo])
	clear(y[hi:])
	sum := expShiftSum(y[lo:hi], x[lo:hi], m)
	scale32(y[lo:hi], float32(1/sum))
}

// negInf32 is −∞ in float32.
var negInf32 = float32(math.Inf(-1))

// max32 is the largest entry of x, skipping NaN; −∞ if x is empty (or all
// NaN). Eight lanes at a time with AVX2 (simd_amd64.s).
func max32(x []float32) float32 {
	m, n := negInf32, 0
	if useAVX2 {
		m, n = maxBlocks(x)
	}
	for _, v := range x[n:] {
		if v > m {
			m = v
		}
	}
	return m
}

// scale32 multiplies y by a. Eight lanes at a time with AVX2.
func scale32(y []float32, a float32) {
	n := 0
	if useAVX2 {
		n = scaleBlocks(y, a)
	}
	for i := n; i < len(y); i++ {
		y[i] *= a
	}
}

// MaskedSoftmax is Softmax(Mask(x, fill −∞)) fused for scores x [BH,T,S]:
// invisible entries are never read and come out 0; a query with no visible
// key gets a zero row. y may be x. Its backward is SoftmaxBackward on the
// output (which gives 0 at the hidden entries since y is 0 there).
func MaskedSoftmax(y, x []float32, BH, T, S int, kind MaskKind, window int) {
	const name = "MaskedSoftmax"
	needDims(name, BH, T, S)
	checkMask(name, kind, window)
	need(name, "y", y, BH*T*S)
	need(name, "x", x, BH*T*S)
	parallelForGrain(BH*T, 16, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			a, b := VisibleRange(kind, window, r%T, S)
			yr, xr := y[r*S:(r+1)*S], x[r*S:(r+1)*S]
			clear(yr[:a])
			softmaxRow(yr[a:b], xr[a:b])
			clear(yr[b:])
		}
	})
}

// SoftmaxBackward is the backward of Softmax given its output y and dy:
// dx = y ⊙ (dy − Σ_j dy_j y_j) row by row (OVERWRITES dx; dx may be dy).
// Fully masked rows (y = 0) get dx = 0.
func SoftmaxBackward(dx, dy, y []float32, rows, n int) {
	const name = "SoftmaxBackward"
	needDims(name, rows, n)
	need(name, "dx", dx, rows*n)
	need(name, "dy", dy, rows*n)
	need(name, "y", y, rows*n)
	parallelForGrain(rows, 16, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			dxr, dyr, yr := dx[r*n:(r+1)*n], dy[r*n:(r+1)*n], y[r*n:(r+1)*n]
			var dot float64
			for j, g := range dyr {
				dot += float64(g) * float64(yr[j])
			}
			d := float32(dot)
			for j, g := range dyr {
				dxr[j] = yr[j] * (g - d)
			}
		}
	})
}
