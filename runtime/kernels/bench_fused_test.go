package kernels

import (
	"math"
	"testing"
)

// BenchmarkAttentionQKV: attention straight out of a fused projection
// [B,T,3·H·d] (FACTS.md's workload: B=8, H=4, T=256, d=32, LD=384) against
// the unfused chain SplitHeads×3 + Scores + Mask + Softmax + Mix +
// MergeHeads on q, k, v that arrive as three [B,T,H·d] tensors (as from
// three projections; the column copy is not timed). Run:
// go test ./runtime/kernels -run '^$' -bench AttentionQKV -benchmem
func BenchmarkAttentionQKV(b *testing.B) {
	const B, H, T, d = 8, 4, 256, 32
	const HD, LD = H * d, 3 * H * d
	a := QKVAttn{B: B, T: T, H: H, DK: d, DV: d, LD: LD, Kind: AttnSoftmax,
		Mask: MaskCausal, Scale: float32(1 / math.Sqrt(d))}
	qkv := randVec(newRand(5), B*T*LD, 1)
	qm, km, vm := qkvCols(qkv, B*T, LD, 0, HD), qkvCols(qkv, B*T, LD, HD, HD), qkvCols(qkv, B*T, LD, 2*HD, HD)
	q, k, v := make([]float32, len(qm)), make([]float32, len(km)), make([]float32, len(vm))
	s, oh, o := make([]float32, B*H*T*T), make([]float32, B*H*T*d), make([]float32, B*T*HD)
	// Causal attention flops: q·kᵀ and p·v over the T(T+1)/2 visible pairs.
	flops := float64(B*H) * float64(T*(T+1)/2) * 4 * d
	report := func(b *testing.B) {
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
	}
	unfused := func(b *testing.B, feature, mask func()) {
		for b.Loop() {
			SplitHeads(q, qm, B, T, H, d)
			SplitHeads(k, km, B, T, H, d)
			SplitHeads(v, vm, B, T, H, d)
			feature()
			Scores(s, q, k, B, H, T, T, d, a.Scale)
			mask()
			Mix(oh, s, v, B, H, T, T, d)
			MergeHeads(o, oh, B, T, H, d)
		}
		report(b)
	}
	b.Run("softmax/fused", func(b *testing.B) {
		for b.Loop() {
			AttentionQKV(o, qkv, a)
		}
		report(b)
	})
	b.Run("softmax/unfused", func(b *testing.B) {
		unfused(b, func() {}, func() {
			Mask(s, s, B*H, T, T, MaskCausal, 0, FillNegInf)
			Softmax(s, s, B*H*T, T)
		})
	})
	b.Run("softmax/unfused-masked-softmax", func(b *testing.B) {
		unfused(b, func() {}, func() { MaskedSoftmax(s, s, B*H, T, T, MaskCausal, 0) })
	})
	la := a
	la.Kind, la.Feature = AttnLinear, FeatureELU1
	b.Run("linear-elu1/fused", func(b *testing.B) {
		for b.Loop() {
			AttentionQKV(o, qkv, la)
		}
		report(b)
	})
	b.Run("linear-elu1/unfused", func(b *testing.B) {
		unfused(b, func() {
			Elu1(q, q)
			Elu1(k, k)
		}, func() { Mask(s, s, B*H, T, T, MaskCausal, 0, FillZero) })
	})
}
