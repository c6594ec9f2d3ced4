package kernels

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// Benchmarks at the sizes of FACTS.md's workload (d_model 128, 4 heads × 32,
// B=8, T=256). Run: go test ./runtime/kernels -run '^$' -bench . -benchmem

func BenchmarkLinear(b *testing.B) {
	const rows, K, N = 2048, 128, 128
	r := newRand(1)
	x, w, y := randVec(r, rows*K, 1), randVec(r, N*K, 1), make([]float32, rows*N)
	b.SetBytes(4 * (rows*K + N*K + rows*N))
	for b.Loop() {
		Linear(y, x, w, rows, K, N)
	}
	b.ReportMetric(2*rows*K*N*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

func BenchmarkLinearBackward(b *testing.B) {
	const rows, K, N = 2048, 128, 128
	r := newRand(1)
	x, w, dy := randVec(r, rows*K, 1), randVec(r, N*K, 1), randVec(r, rows*N, 1)
	dx, dw := make([]float32, rows*K), make([]float32, N*K)
	for b.Loop() {
		LinearBackward(dx, dw, dy, x, w, rows, K, N)
	}
}

const bB, bH, bT, bD = 8, 4, 256, 32

func benchQKV() (q, k, v []float32) {
	r := newRand(2)
	n := bB * bH * bT * bD
	return randVec(r, n, 1), randVec(r, n, 1/math.Sqrt(bD)), randVec(r, n, 1)
}

// BenchmarkSoftmaxAttention: Scores + Mask(−∞) + Softmax + Mix, causal.
func BenchmarkSoftmaxAttention(b *testing.B) {
	q, k, v := benchQKV()
	s := make([]float32, bB*bH*bT*bT)
	o := make([]float32, len(v))
	scale := float32(1 / math.Sqrt(bD))
	b.Run("unfused", func(b *testing.B) {
		for b.Loop() {
			Scores(s, q, k, bB, bH, bT, bT, bD, scale)
			Mask(s, s, bB*bH, bT, bT, MaskCausal, 0, FillNegInf)
			Softmax(s, s, bB*bH*bT, bT)
			Mix(o, s, v, bB, bH, bT, bT, bD)
		}
	})
	b.Run("masked-softmax", func(b *testing.B) {
		for b.Loop() {
			Scores(s, q, k, bB, bH, bT, bT, bD, scale)
			MaskedSoftmax(s, s, bB*bH, bT, bT, MaskCausal, 0)
			Mix(o, s, v, bB, bH, bT, bT, bD)
		}
	})
}

func BenchmarkSoftmaxAttentionBackward(b *testing.B) {
	q, k, v := benchQKV()
	n := bB * bH * bT * bT
	p, dp, do := make([]float32, n), make([]float32, n), randVec(newRand(3), len(v), 1)
	dq, dk, dv := make([]float32, len(q)), make([]float32, len(k)), make([]float32, len(v))
	scale := float32(1 / math.Sqrt(bD))
	Scores(p, q, k, bB, bH, bT, bT, bD, scale)
	MaskedSoftmax(p, p, bB*bH, bT, bT, MaskCausal, 0)
	for b.Loop() {
		MixBackward(dp, dv, do, p, v, bB, bH, bT, bT, bD)
		SoftmaxBackward(dp, dp, p, bB*bH*bT, bT)
		ScoresBackward(dq, dk, dp, q, k, bB, bH, bT, bT, bD, scale)
	}
}

func BenchmarkSoftmax(b *testing.B) {
	x := randVec(newRand(4), bB*bH*bT*bT, 4)
	y := make([]float32, len(x))
	for b.Loop() {
		Softmax(y, x, bB*bH*bT, bT)
	}
}

func BenchmarkExp(b *testing.B) {
	x := randVec(newRand(5), 4096, 20)
	y := make([]float32, len(x))
	b.Run("exp32", func(b *testing.B) {
		for b.Loop() {
			for i, v := range x {
				y[i] = exp32(v)
			}
		}
	})
	// softmax's loop: x − max ≤ 0.
	for _, c := range []struct {
		name string
		f    func(dst, src []float32, shift float32) float64
	}{{"expShiftSum", expShiftSum}, {"expShiftSumScalar", expShiftSumScalar}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.f(y, x, 20)
			}
		})
	}
	b.Run("math.Exp", func(b *testing.B) {
		for b.Loop() {
			for i, v := range x {
				y[i] = float32(math.Exp(float64(v)))
			}
		}
	})
}

var benchSh = AttnShape{B: bB, H: bH, T: bT, DK: bD, DV: bD}

func BenchmarkLinearAttention(b *testing.B) {
	q, k, v := benchQKV()
	o := make([]float32, len(v))
	b.Run("recurrent", func(b *testing.B) {
		for b.Loop() {
			LinearAttention(o, nil, q, k, v, benchSh, MaskCausal, 0.2)
		}
	})
	for _, c := range []int{32, 64} {
		b.Run(fmt.Sprintf("chunked%d", c), func(b *testing.B) {
			for b.Loop() {
				LinearAttentionChunked(o, nil, q, k, v, benchSh, MaskCausal, 0.2, c)
			}
		})
	}
	b.Run("backward", func(b *testing.B) {
		dq, dk, dv := make([]float32, len(q)), make([]float32, len(k)), make([]float32, len(v))
		for b.Loop() {
			LinearAttentionBackward(dq, dk, dv, o, q, k, v, benchSh, MaskCausal, 0.2)
		}
	})
}

func BenchmarkDeltaRule(b *testing.B) {
	q, k, v := benchQKV()
	beta := randPos(newRand(6), bB*bT*bH, 0.1, 0.9)
	o := make([]float32, len(v))
	b.Run("recurrent", func(b *testing.B) {
		for b.Loop() {
			DeltaRule(o, nil, q, k, v, beta, 0, benchSh, MaskCausal, 0.2)
		}
	})
	for _, c := range []int{16, 32, 64} {
		b.Run(fmt.Sprintf("chunked%d", c), func(b *testing.B) {
			for b.Loop() {
				DeltaRuleChunked(o, nil, q, k, v, beta, 0, benchSh, MaskCausal, 0.2, c)
			}
		})
	}
	b.Run("backward", func(b *testing.B) {
		dq, dk, dv, db := make([]float32, len(q)), make([]float32, len(k)), make([]float32, len(v)), make([]float32, len(beta))
		for b.Loop() {
			DeltaRuleBackward(dq, dk, dv, db, o, q, k, v, beta, 0, benchSh, MaskCausal, 0.2)
		}
	})
}

func BenchmarkLayerNorm(b *testing.B) {
	const rows, n = 2048, 128
	r := newRand(7)
	x, w, bias, y := randVec(r, rows*n, 1), randVec(r, n, 1), randVec(r, n, 1), make([]float32, rows*n)
	for b.Loop() {
		LayerNorm(y, x, w, bias, rows, n, 1e-5)
	}
}

// BenchmarkGemm: the shapes of the examples' projections (rows × 384 × 128,
// x·wᵀ) and attention blocks (64 × 64 × 32), gemm against gonum's blas32
// directly (in the default build gemm is the packed AVX2 sgemm where the
// CPU has it).
func BenchmarkGemm(b *testing.B) {
	r := newRand(3)
	for _, s := range []struct{ m, n, k int }{{256, 384, 128}, {64, 64, 32}, {512, 512, 512}} {
		a, w, c := randVec(r, s.m*s.k, 1), randVec(r, s.n*s.k, 1), make([]float32, s.m*s.n)
		flops := 2 * float64(s.m*s.n*s.k)
		b.Run(fmt.Sprintf("%dx%dx%d/gemm", s.m, s.n, s.k), func(b *testing.B) {
			for b.Loop() {
				gemm(false, true, s.m, s.n, s.k, 1, a, s.k, w, s.k, 0, c, s.n)
			}
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
		b.Run(fmt.Sprintf("%dx%dx%d/blas32", s.m, s.n, s.k), func(b *testing.B) {
			for b.Loop() {
				blas32.Gemm(blas.NoTrans, blas.Trans, 1,
					blas32.General{Rows: s.m, Cols: s.k, Stride: s.k, Data: a},
					blas32.General{Rows: s.n, Cols: s.k, Stride: s.k, Data: w}, 0,
					blas32.General{Rows: s.m, Cols: s.n, Stride: s.n, Data: c})
			}
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
