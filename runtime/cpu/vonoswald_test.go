package cpu

import (
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"gorgonia.org/tensor"
)

// TestVonOswaldOneGDStep builds von Oswald et al.'s construction in
// examples/icl_regression.hopf and checks that the model predicts exactly
// what one gradient-descent step from W0 predicts, computed here in f64
// from L(W) = 1/(2N) Σ ‖W x_j − y_j‖².
func TestVonOswaldOneGDStep(t *testing.T) {
	src, err := os.ReadFile("../../examples/icl_regression.hopf")
	if err != nil {
		t.Fatal(err)
	}
	m, err := dsl.Load("icl_regression.hopf", src)
	if err != nil {
		t.Fatal(err)
	}
	g, err := compiler.Compile(m, compiler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const dx, N, B = 10, 10, 4
	D := dx + 1
	r := rand.New(rand.NewPCG(2023, 1))
	for _, eta := range []float64{0.1, 0.7, 1.3} {
		W0 := make([]float64, dx)
		for i := range W0 {
			W0[i] = r.NormFloat64() * 0.5
		}
		mat := func() []float32 { return make([]float32, D*D) }
		wq, wk, wv, wo := mat(), mat(), mat(), mat()
		for i := 0; i < dx; i++ {
			wq[i*D+i], wk[i*D+i] = 1, 1 // W_K = W_Q = [[I,0],[0,0]]
			wv[dx*D+i] = float32(W0[i]) // W_V = [[0,0],[W0,−1]]
		}
		wv[dx*D+dx] = -1
		wo[dx*D+dx] = float32(eta / N) // P = [[0,0],[0,η/N]]
		ro := make([]float32, D)       // readout [W0, −1]
		for i := 0; i < dx; i++ {
			ro[i] = float32(W0[i])
		}
		ro[dx] = -1
		dense := func(d []float32, s ...int) *tensor.Dense {
			return tensor.New(tensor.WithShape(s...), tensor.WithBacking(d))
		}
		w := Weights{
			"L0.w_q": dense(wq, D, D), "L0.w_k": dense(wk, D, D), "L0.w_v": dense(wv, D, D),
			"L0.w_o": dense(wo, D, D), "readout": dense(ro, 1, D),
		}
		// B tasks: w ~ N(0, I), x ~ U(−½, ½)^dx, y = wᵀx; tokens [x_j; y_j], query [x_q; 0].
		T := N + 1
		in := make([]float32, B*T*D)
		want := make([]float64, B)
		for b := 0; b < B; b++ {
			wt := make([]float64, dx)
			for i := range wt {
				wt[i] = r.NormFloat64()
			}
			xs := make([][]float64, T)
			for j := 0; j < T; j++ {
				xs[j] = make([]float64, dx)
				y := 0.0
				for i := range xs[j] {
					xs[j][i] = float64(float32(r.Float64() - 0.5))
					in[(b*T+j)*D+i] = float32(xs[j][i])
					y += wt[i] * xs[j][i]
				}
				if j < N {
					in[(b*T+j)*D+dx] = float32(y)
				}
			}
			// One GD step from W0: W1 = W0 − η/N Σ_j (W0 x_j − y_j) x_jᵀ.
			W1 := append([]float64(nil), W0...)
			for j := 0; j < N; j++ {
				res := -float64(in[(b*T+j)*D+dx])
				for i := 0; i < dx; i++ {
					res += W0[i] * xs[j][i]
				}
				for i := 0; i < dx; i++ {
					W1[i] -= eta / N * res * xs[j][i]
				}
			}
			for i := 0; i < dx; i++ {
				want[b] += W1[i] * xs[N][i]
			}
		}
		x := dense(in, B, T, D)
		env, err := BindDims(g, x.Shape())
		if err != nil {
			t.Fatal(err)
		}
		p, err := Compile(g, w, env)
		if err != nil {
			t.Fatal(err)
		}
		out, err := p.Run(x)
		if err != nil {
			t.Fatal(err)
		}
		o := out[0].Data().([]float32) // [B,T,1]
		for b := 0; b < B; b++ {
			got := float64(o[b*T+N])
			if e := math.Abs(got-want[b]) / math.Max(math.Abs(want[b]), 1e-3); e > 1e-4 {
				t.Errorf("eta=%g task %d: model predicts %.7g, one GD step predicts %.7g (rel. error %.2g)", eta, b, got, want[b], e)
			}
		}
	}
}
