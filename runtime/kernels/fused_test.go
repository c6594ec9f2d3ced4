package kernels

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// qkvCols copies the columns [off, off+n) of x [rows, ld] into [rows, n].
func qkvCols(x []float32, rows, ld, off, n int) []float32 {
	y := make([]float32, rows*n)
	for r := 0; r < rows; r++ {
		copy(y[r*n:(r+1)*n], x[r*ld+off:r*ld+off+n])
	}
	return y
}

// unfusedQKV is AttentionQKV as the chain of unfused kernels: copy the
// three column ranges out, SplitHeads, feature map, Scores, Mask, Softmax
// (softmax) or fill 0 (linear), Mix, MergeHeads.
func unfusedQKV(qkv []float32, a QKVAttn) []float32 {
	B, T, H, DK, DV := a.B, a.T, a.H, a.DK, a.DV
	rows, BH := B*T, B*H
	q, k, v := make([]float32, rows*H*DK), make([]float32, rows*H*DK), make([]float32, rows*H*DV)
	SplitHeads(q, qkvCols(qkv, rows, a.LD, 0, H*DK), B, T, H, DK)
	SplitHeads(k, qkvCols(qkv, rows, a.LD, H*DK, H*DK), B, T, H, DK)
	SplitHeads(v, qkvCols(qkv, rows, a.LD, 2*H*DK, H*DV), B, T, H, DV)
	switch a.Feature {
	case FeatureELU1:
		Elu1(q, q)
		Elu1(k, k)
	case FeatureL2:
		L2Norm(q, q, BH*T, DK)
		L2Norm(k, k, BH*T, DK)
	}
	s := make([]float32, BH*T*T)
	Scores(s, q, k, B, H, T, T, DK, a.Scale)
	if a.Kind == AttnSoftmax {
		Mask(s, s, BH, T, T, a.Mask, a.Window, FillNegInf)
		Softmax(s, s, BH*T, T)
	} else {
		Mask(s, s, BH, T, T, a.Mask, a.Window, FillZero)
	}
	oh := make([]float32, BH*T*DV)
	Mix(oh, s, v, B, H, T, T, DV)
	o := make([]float32, rows*H*DV)
	MergeHeads(o, oh, B, T, H, DV)
	return o
}

// refAttentionQKV is AttentionQKV from its formulas in float64 with plain
// loops, reading qkv [B,T,LD] and writing o [B,T,H·DV].
func refAttentionQKV(qkv []float64, a QKVAttn) []float64 {
	B, T, H, DK, DV, LD := a.B, a.T, a.H, a.DK, a.DV, a.LD
	phi := func(x []float64) []float64 {
		switch a.Feature {
		case FeatureELU1:
			return refElu1(x)
		case FeatureL2:
			return refL2(x, 1, len(x))
		}
		return x
	}
	o := make([]float64, B*T*H*DV)
	for b := 0; b < B; b++ {
		for h := 0; h < H; h++ {
			for t := 0; t < T; t++ {
				qr := (b*T + t) * LD
				q := phi(qkv[qr+h*DK : qr+(h+1)*DK])
				var keys []int
				var s []float64
				for i := 0; i < T; i++ {
					if !refVisible(a.Mask, a.Window, t, i) {
						continue
					}
					kr := (b*T+i)*LD + H*DK
					k := phi(qkv[kr+h*DK : kr+(h+1)*DK])
					var d float64
					for j := range q {
						d += q[j] * k[j]
					}
					keys = append(keys, i)
					s = append(s, float64(a.Scale)*d)
				}
				if a.Kind == AttnSoftmax && len(s) > 0 {
					m := slices.Max(s)
					var z float64
					for j := range s {
						s[j] = math.Exp(s[j] - m)
						z += s[j]
					}
					for j := range s {
						s[j] /= z
					}
				}
				out := o[(b*T+t)*H*DV+h*DV : (b*T+t)*H*DV+(h+1)*DV]
				for n, i := range keys {
					vr := (b*T+i)*LD + 2*H*DK + h*DV
					for j := 0; j < DV; j++ {
						out[j] += s[n] * qkv[vr+j]
					}
				}
			}
		}
	}
	return o
}

// qkvInput returns a random qkv [B,T,LD] whose ignored trailing columns are
// NaN, so that reading them anywhere poisons the output.
func qkvInput(seed uint64, a QKVAttn, scale float64) []float32 {
	x := randVec(newRand(seed), a.B*a.T*a.LD, scale)
	used := 2*a.H*a.DK + a.H*a.DV
	for r := 0; r < a.B*a.T; r++ {
		for c := used; c < a.LD; c++ {
			x[r*a.LD+c] = float32(math.NaN())
		}
	}
	return x
}

type qkvMask struct {
	kind MaskKind
	w    int
}

func (m qkvMask) String() string {
	if m.kind == MaskWindow {
		return fmt.Sprintf("window%d", m.w)
	}
	return m.kind.String()
}

func qkvMasks(T int) []qkvMask {
	return []qkvMask{{MaskCausal, 0}, {MaskStrict, 0}, {MaskNone, 0}, {MaskWindow, 1}, {MaskWindow, 3}, {MaskWindow, T + 2}}
}

func TestAttentionQKV(t *testing.T) {
	type dims struct{ DK, DV, extra int }
	// 200 > qkvKeyChunk: the score Gemm of the last blocks is split.
	for _, T := range []int{1, 5, 63, 64, 65, 130, 200} {
		for _, B := range []int{1, 2} {
			for _, H := range []int{1, 3} {
				for _, d := range []dims{{8, 6, H}, {5, 12, 2*H + 1}} {
					for _, kind := range []AttnKind{AttnSoftmax, AttnLinear} {
						for _, feat := range []FeatureKind{FeatureIdentity, FeatureELU1, FeatureL2} {
							for _, m := range qkvMasks(T) {
								a := QKVAttn{B: B, T: T, H: H, DK: d.DK, DV: d.DV,
									LD: 2*H*d.DK + H*d.DV + d.extra, Kind: kind, Mask: m.kind, Window: m.w,
									Scale: float32(1 / math.Sqrt(float64(d.DK))), Feature: feat}
								name := fmt.Sprintf("%s/%s/%s/T%dB%dH%dDK%dDV%dLD%d", kind, feat, m, T, B, H, d.DK, d.DV, a.LD)
								t.Run(name, func(t *testing.T) { checkAttentionQKV(t, a, 2) })
							}
						}
					}
				}
			}
		}
	}
}

func checkAttentionQKV(t *testing.T, a QKVAttn, inScale float64) {
	t.Helper()
	qkv := qkvInput(uint64(a.T*1000+a.B*100+a.H*10+a.DK), a, inScale)
	o := fill32NaN(a.B * a.T * a.H * a.DV)
	AttentionQKV(o, qkv, a)
	closeTo(t, "vs f64 reference", o, refAttentionQKV(f64(qkv), a), fwdTol)
	closeTo(t, "vs unfused kernels", o, f64(unfusedQKV(qkv, a)), fwdTol)
}

// Large scores: the softmax must shift by the row maximum over the visible
// keys only.
func TestAttentionQKVLargeScores(t *testing.T) {
	for _, m := range qkvMasks(70) {
		a := QKVAttn{B: 2, T: 70, H: 2, DK: 16, DV: 8, LD: 2*2*16 + 2*8, Kind: AttnSoftmax,
			Mask: m.kind, Window: m.w, Scale: 3}
		t.Run(m.String(), func(t *testing.T) { checkAttentionQKV(t, a, 4) })
	}
}

// Tiny vectors: L2Eps matters (without it a zero vector would give NaN).
func TestAttentionQKVSmallL2(t *testing.T) {
	for _, kind := range []AttnKind{AttnSoftmax, AttnLinear} {
		a := QKVAttn{B: 1, T: 9, H: 2, DK: 4, DV: 3, LD: 2*2*4 + 2*3, Kind: kind,
			Mask: MaskCausal, Scale: 1, Feature: FeatureL2}
		t.Run(kind.String(), func(t *testing.T) { checkAttentionQKV(t, a, 1e-3) })
	}
}

// Each work item is computed the same way however items are split over
// workers, so the output is bitwise independent of GOMAXPROCS.
func TestAttentionQKVWorkers(t *testing.T) {
	for _, kind := range []AttnKind{AttnSoftmax, AttnLinear} {
		a := QKVAttn{B: 2, T: 200, H: 3, DK: 8, DV: 4, LD: 2*3*8 + 3*4 + 3, Kind: kind,
			Mask: MaskCausal, Scale: 0.5, Feature: FeatureELU1}
		qkv := qkvInput(7, a, 1)
		var outs [][]float32
		for _, p := range []int{1, 2, 3, 5} {
			prev := runtime.GOMAXPROCS(p)
			o := fill32NaN(a.B * a.T * a.H * a.DV)
			AttentionQKV(o, qkv, a)
			runtime.GOMAXPROCS(prev)
			outs = append(outs, o)
		}
		for i := 1; i < len(outs); i++ {
			if !slices.Equal(outs[0], outs[i]) {
				t.Errorf("%s: output with GOMAXPROCS variant %d differs from GOMAXPROCS=1", kind, i)
			}
		}
		closeTo(t, kind.String(), outs[0], refAttentionQKV(f64(qkv), a), fwdTol)
	}
}

// Degenerate sizes write what they must and nothing else.
func TestAttentionQKVEmpty(t *testing.T) {
	// DK = 0: all scores 0, softmax is the mean of the visible values.
	a := QKVAttn{B: 1, T: 4, H: 2, DK: 0, DV: 3, LD: 6, Kind: AttnSoftmax, Mask: MaskCausal, Scale: 1, Feature: FeatureL2}
	qkv := qkvInput(3, a, 1)
	o := fill32NaN(a.B * a.T * a.H * a.DV)
	AttentionQKV(o, qkv, a)
	closeTo(t, "DK=0", o, refAttentionQKV(f64(qkv), a), fwdTol)
	for _, a := range []QKVAttn{
		{B: 0, T: 4, H: 2, DK: 2, DV: 3, LD: 14},
		{B: 1, T: 0, H: 2, DK: 2, DV: 3, LD: 14},
		{B: 1, T: 4, H: 0, DK: 2, DV: 3, LD: 0},
		{B: 1, T: 4, H: 2, DK: 2, DV: 0, LD: 8},
	} {
		AttentionQKV(make([]float32, a.B*a.T*a.H*a.DV), make([]float32, a.B*a.T*a.LD), a)
	}
}

func TestAttentionQKVPanics(t *testing.T) {
	ok := QKVAttn{B: 1, T: 3, H: 2, DK: 2, DV: 3, LD: 14, Kind: AttnLinear, Mask: MaskCausal, Scale: 1}
	cases := []struct {
		what string
		edit func(a *QKVAttn) (o, qkv int)
		want string
	}{
		{"LD too small", func(a *QKVAttn) (int, int) { a.LD = 13; return 18, 39 }, "LD 13"},
		{"bad kind", func(a *QKVAttn) (int, int) { a.Kind = 2; return 18, 42 }, "attention kind"},
		{"bad feature", func(a *QKVAttn) (int, int) { a.Feature = 3; return 18, 42 }, "feature map"},
		{"bad mask", func(a *QKVAttn) (int, int) { a.Mask = 4; return 18, 42 }, "mask kind"},
		{"window 0", func(a *QKVAttn) (int, int) { a.Mask = MaskWindow; return 18, 42 }, "window ≥ 1"},
		{"short qkv", func(a *QKVAttn) (int, int) { return 18, 41 }, "qkv has 41"},
		{"long o", func(a *QKVAttn) (int, int) { return 19, 42 }, "o has 19"},
		{"negative", func(a *QKVAttn) (int, int) { a.DK = -1; return 18, 42 }, "negative"},
	}
	for _, c := range cases {
		t.Run(c.what, func(t *testing.T) {
			a := ok
			no, nqkv := c.edit(&a)
			defer func() {
				r := recover()
				if r == nil {
					t.Fatal("no panic")
				}
				if s := fmt.Sprint(r); !strings.Contains(s, "AttentionQKV") || !strings.Contains(s, c.want) {
					t.Errorf("panic %q, want it to name AttentionQKV and contain %q", s, c.want)
				}
			}()
			AttentionQKV(make([]float32, no), make([]float32, nqkv), a)
		})
	}
	// The unedited call is valid.
	AttentionQKV(make([]float32, 18), make([]float32, 42), ok)
}

func TestFeatureKindNames(t *testing.T) {
	for _, f := range []FeatureKind{FeatureIdentity, FeatureELU1, FeatureL2} {
		g, err := ParseFeatureKind(f.String())
		if err != nil || g != f {
			t.Errorf("ParseFeatureKind(%q) = %v, %v", f.String(), g, err)
		}
	}
	if _, err := ParseFeatureKind("relu"); err == nil {
		t.Error("ParseFeatureKind(relu): no error")
	}
	if s := FeatureKind(9).String(); s != "FeatureKind(9)" {
		t.Errorf("FeatureKind(9).String() = %q", s)
	}
	if AttnSoftmax.String() != "softmax" || AttnLinear.String() != "linear" || AttnKind(5).String() != "AttnKind(5)" {
		t.Error("AttnKind names")
	}
}
