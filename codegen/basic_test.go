package codegen

import (
	"fmt"
	"math/rand/v2"
	"testing"

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
	}{
		{64, 64, 16, kir.F32, false},
		{128, 192, 128, kir.F32, true},
		{67, 33, 41, kir.F32, true},
		{5, 130, 7, kir.F32, false},
		{100, 72, 48, kir.F16, true},
		{70, 64, 128, kir.BF16, false},
		{1, 1, 1, kir.F32, true},
	} {
		name := fmt.Sprintf("M%d_N%d_K%d_%s_res%v", c.M, c.N, c.K, c.e, c.residual)
		t.Run(name, func(t *testing.T) {
			s := GemmSpec{E: c.e, N: c.N, K: c.K, Residual: c.residual}
			k, err := GemmKernel("gemm", "test", s)
			if err != nil {
				t.Fatal(err)
			}
			fusedRender(t, k)
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
