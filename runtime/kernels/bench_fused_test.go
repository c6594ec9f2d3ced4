package kernels

import (
	"fmt"
	"math"
	"testing"
)

// BenchmarkAttentionQKV: attention straight out of a fused projection
// [B,T,3·H·d] (FACTS.md's workload: B=8, H=4, T=256, d=32, LD=384) against
// the unfused chain SplitHeads×3 + Scores + Mask + Softmax + Mix +
// MergeHeads on q, k, v that arrive as three [B,T,H·d] tensors (as from
// three projections; the column copy is not timed). The T1024 cases show a
// long sequence with few heads. GFLOP/s counts the q·kᵀ and p·v products of
// the visible (causal) pairs only. Run:
//
//	go test ./runtime/kernels -run '^$' -bench AttentionQKV -benchmem
//	CGO_LDFLAGS=-lopenblas OPENBLAS_NUM_THREADS=1 go test -tags openblas ./runtime/kernels -run '^$' -bench AttentionQKV
func BenchmarkAttentionQKV(b *testing.B) {
	benchAttentionQKV(b, "", 8, 4, 256, 32)
	benchAttentionQKV(b, "-T1024", 1, 2, 1024, 32)
}

func benchAttentionQKV(b *testing.B, suffix string, B, H, T, d int) {
	HD, LD := H*d, 3*H*d
	a := QKVAttn{B: B, T: T, H: H, DK: d, DV: d, LD: LD, Kind: AttnSoftmax,
		Mask: MaskCausal, Scale: float32(1 / math.Sqrt(float64(d)))}
	qkv := randVec(newRand(5), B*T*LD, 1)
	qm, km, vm := qkvCols(qkv, B*T, LD, 0, HD), qkvCols(qkv, B*T, LD, HD, HD), qkvCols(qkv, B*T, LD, 2*HD, HD)
	q, k, v := make([]float32, len(qm)), make([]float32, len(km)), make([]float32, len(vm))
	s, oh, o := make([]float32, B*H*T*T), make([]float32, B*H*T*d), make([]float32, B*T*HD)
	flops := float64(B*H) * float64(T*(T+1)/2) * 4 * float64(d)
	report := func(b *testing.B) {
		b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
	}
	fused := func(a QKVAttn) func(b *testing.B) {
		return func(b *testing.B) {
			for b.Loop() {
				AttentionQKV(o, qkv, a)
			}
			report(b)
		}
	}
	unfused := func(feature, mask func()) func(b *testing.B) {
		return func(b *testing.B) {
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
	}
	none := func() {}
	sm := "softmax" + suffix
	b.Run(sm+"/fused", fused(a))
	b.Run(sm+"/unfused", unfused(none, func() {
		Mask(s, s, B*H, T, T, MaskCausal, 0, FillNegInf)
		Softmax(s, s, B*H*T, T)
	}))
	b.Run(sm+"/unfused-masked-softmax", unfused(none, func() { MaskedSoftmax(s, s, B*H, T, T, MaskCausal, 0) }))

	la := a
	la.Kind, la.Feature = AttnLinear, FeatureELU1
	lin := fmt.Sprintf("linear-elu1%s", suffix)
	b.Run(lin+"/fused", fused(la))
	b.Run(lin+"/unfused", unfused(func() {
		Elu1(q, q)
		Elu1(k, k)
	}, func() { Mask(s, s, B*H, T, T, MaskCausal, 0, FillZero) }))
}
