package codegen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// TestGemmKernel runs the GEMM on the simulator against an f64 product
// y = x·wᵀ (+ res): shapes that fill the 64×64 block tiles and 16-deep k
// tiles exactly and ragged ones, every element type, with and without the
// residual epilogue.
func TestGemmKernel(t *testing.T) {
	for i, c := range []struct {
		M, N, K  int
		e        kir.Type
		residual bool
		scalar   bool
	}{
		{64, 64, 16, kir.F32, false, false},
		{128, 192, 128, kir.F32, true, false},
		{67, 33, 41, kir.F32, true, false},
		{5, 130, 7, kir.F32, false, false},
		{1, 1, 1, kir.F32, true, false},
		// f16/bf16 with K a multiple of 8: tensor cores (k tiles of 32, the
		// last one partial; rows and columns past M, N).
		{100, 72, 48, kir.F16, true, false},
		{70, 64, 128, kir.BF16, false, false},
		{130, 200, 8, kir.F16, false, false},
		{1, 9, 72, kir.BF16, true, false},
		{64, 64, 64, kir.F16, false, true}, // Scalar: CUDA cores
		{33, 17, 20, kir.F16, true, false}, // K not a multiple of 8: CUDA cores
	} {
		name := fmt.Sprintf("M%d_N%d_K%d_%s_res%v", c.M, c.N, c.K, c.e, c.residual)
		t.Run(name, func(t *testing.T) {
			s := GemmSpec{E: c.e, N: c.N, K: c.K, Residual: c.residual, Scalar: c.scalar}
			k, err := GemmKernel("gemm", "test", s)
			if err != nil {
				t.Fatal(err)
			}
			fusedRender(t, k)
			wantTC := c.e != kir.F32 && c.K%8 == 0 && !c.scalar
			if tc := strings.Contains(cuda.CUDA.Kernel(k), "mma.sync"); tc != wantTC {
				t.Errorf("tensor cores: %v, want %v", tc, wantTC)
			}
			rng := rand.New(rand.NewPCG(uint64(i), 3))
			xb, x := fusedBuffer(c.e, fusedUniform(rng, c.M*c.K, 1))
			wb, w := fusedBuffer(c.e, fusedUniform(rng, c.N*c.K, 1))
			args := []sim.Arg{xb, wb}
			var res []float32
			if c.residual {
				var rb *sim.Buffer
				rb, res = fusedBuffer(c.e, fusedUniform(rng, c.M*c.N, 1))
				args = append(args, rb)
			}
			y := fusedOutBuffer(c.e, c.M*c.N)
			args = append(args, y, int64(c.M))
			if err := sim.Run(k, sim.Launch{Grid: GemmGrid(s, c.M), Args: args}, sim.Options{Races: true}); err != nil {
				t.Fatal(err)
			}
			want := make([]float32, c.M*c.N)
			for r := 0; r < c.M; r++ {
				for n := 0; n < c.N; n++ {
					acc := 0.0
					for kk := 0; kk < c.K; kk++ {
						acc += float64(x[r*c.K+kk]) * float64(w[n*c.K+kk])
					}
					if c.residual {
						acc += float64(res[r*c.N+n])
					}
					want[r*c.N+n] = float32(acc)
				}
			}
			if e := fusedErr(fusedRead(y), want); !(e < fusedTol(c.e)) {
				t.Errorf("relative error %.3g, want < %g", e, fusedTol(c.e))
			}
		})
	}
}
