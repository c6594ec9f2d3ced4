package kernels

import (
	"fmt"
	"math"
)

// MaskKind says which keys a query sees. The names match the IR enum.
type MaskKind uint8

const (
	MaskCausal MaskKind = iota // key i visible to query t iff i ≤ t
	MaskStrict                 // iff i < t
	MaskNone                   // always
	MaskWindow                 // iff t−W < i ≤ t (W = window ≥ 1)
)

var maskNames = [...]string{"causal", "strict", "none", "window"}

func (k MaskKind) String() string {
	if int(k) < len(maskNames) {
		return maskNames[k]
	}
	return fmt.Sprintf("MaskKind(%d)", k)
}

// ParseMaskKind maps the IR attribute words causal, strict, none, window.
func ParseMaskKind(s string) (MaskKind, error) {
	for i, n := range maskNames {
		if n == s {
			return MaskKind(i), nil
		}
	}
	return 0, fmt.Errorf("kernels: unknown mask kind %q (want causal, strict, none or window)", s)
}

// Fill is the value written into invisible entries by Mask.
type Fill uint8

const (
	FillNegInf Fill = iota // −∞, before a softmax
	FillZero               // 0, for linear attention
)

func (f Fill) String() string {
	switch f {
	case FillNegInf:
		return "neg_inf"
	case FillZero:
		return "zero"
	}
	return fmt.Sprintf("Fill(%d)", f)
}

// ParseFill maps the IR attribute words neg_inf and zero.
func ParseFill(s string) (Fill, error) {
	switch s {
	case "neg_inf":
		return FillNegInf, nil
	case "zero":
		return FillZero, nil
	}
	return 0, fmt.Errorf("kernels: unknown mask fill %q (want neg_inf or zero)", s)
}

// VisibleRange returns the keys [lo,hi) among S keys that query t sees. This
// is the one definition of every mask in the package: all kinds are
// intervals. window is only read for MaskWindow.
func VisibleRange(kind MaskKind, window, t, S int) (lo, hi int) {
	switch kind {
	case MaskCausal:
		lo, hi = 0, t+1
	case MaskStrict:
		lo, hi = 0, t
	case MaskNone:
		lo, hi = 0, S
	case MaskWindow:
		lo, hi = t-window+1, t+1
	default:
		panic(fmt.Sprintf("kernels: invalid mask kind %d", kind))
	}
	lo = max(lo, 0)
	hi = min(hi, S)
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// Visible reports whether key i is visible to query t (see MaskKind).
func Visible(kind MaskKind, window, t, i int) bool {
	lo, hi := VisibleRange(kind, window, t, i+1)
	return i >= lo && i < hi
}

func checkMask(kernel string, kind MaskKind, window int) {
	if kind > MaskWindow {
		panic(fmt.Sprintf("kernels.%s: invalid mask kind %d", kernel, kind))
	}
	if kind == MaskWindow && window < 1 {
		panic(fmt.Sprintf("kernels.%s: mask kind window needs window ≥ 1, have %d", kernel, window))
	}
}

// Mask copies x [BH,T,S] (BH = B·H) into y, replacing entries whose key is
// invisible to their query by fill (−∞ or 0). y may be x (in place).
func Mask(y, x []float32, BH, T, S int, kind MaskKind, window int, fill Fill) {
	const name = "Mask"
	needDims(name, BH, T, S)
	checkMask(name, kind, window)
	need(name, "y", y, BH*T*S)
	need(name, "x", x, BH*T*S)
	var f float32
	switch fill {
	case FillNegInf:
		f = float32(math.Inf(-1))
	case FillZero:
	default:
		panic(fmt.Sprintf("kernels.Mask: invalid fill %d", fill))
	}
	maskRows(y, x, BH, T, S, kind, window, f)
}

// MaskBackward is the backward of Mask given dy: dx = dy on visible entries
// and 0 on hidden ones (OVERWRITES dx; dx may be dy).
func MaskBackward(dx, dy []float32, BH, T, S int, kind MaskKind, window int) {
	const name = "MaskBackward"
	needDims(name, BH, T, S)
	checkMask(name, kind, window)
	need(name, "dx", dx, BH*T*S)
	need(name, "dy", dy, BH*T*S)
	maskRows(dx, dy, BH, T, S, kind, window, 0)
}

func maskRows(y, x []float32, BH, T, S int, kind MaskKind, window int, f float32) {
	parallelForGrain(BH*T, 64, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			t := r % T
			a, b := VisibleRange(kind, window, t, S)
			yr, xr := y[r*S:(r+1)*S], x[r*S:(r+1)*S]
			for i := 0; i < a; i++ {
				yr[i] = f
			}
			copy(yr[a:b], xr[a:b])
			for i := b; i < S; i++ {
				yr[i] = f
			}
		}
	})
}
