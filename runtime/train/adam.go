package train

import "math"

// Adam is Kingma & Ba's optimizer with PyTorch's conventions
// (torch.optim.Adam without weight decay or amsgrad):
//
//	m ← β1 m + (1−β1) g
//	v ← β2 v + (1−β2) g²
//	w ← w − lr · (m / (1−β1ᵗ)) / (√(v / (1−β2ᵗ)) + ε)
//
// Moments are float32, one pair per parameter tensor, in the order of the
// parameters; the bias corrections are computed in float64. Step counts the
// updates made, so a checkpoint holding (Step, M, V) resumes exactly.
type Adam struct {
	LR, Beta1, Beta2, Eps float64
	Step                  int
	M, V                  [][]float32
}

// Default Adam hyperparameters (PyTorch's).
const (
	DefaultBeta1 = 0.9
	DefaultBeta2 = 0.999
	DefaultEps   = 1e-8
)

// NewAdam returns Adam with zero moments for parameters of the given sizes.
func NewAdam(lr, beta1, beta2, eps float64, sizes []int) *Adam {
	a := &Adam{LR: lr, Beta1: beta1, Beta2: beta2, Eps: eps}
	for _, n := range sizes {
		a.M = append(a.M, make([]float32, n))
		a.V = append(a.V, make([]float32, n))
	}
	return a
}

// Update applies one step to params given their gradients (same order and
// sizes as the moments).
func (a *Adam) Update(params, grads [][]float32) {
	a.Step++
	t := float64(a.Step)
	c1 := 1 - math.Pow(a.Beta1, t)
	c2 := 1 - math.Pow(a.Beta2, t)
	b1, b2 := float32(a.Beta1), float32(a.Beta2)
	// step = lr/c1 · m / (√v/√c2 + ε), as PyTorch computes it.
	stepSize := float32(a.LR / c1)
	sc2 := float32(math.Sqrt(c2))
	eps := float32(a.Eps)
	for i, w := range params {
		g, m, v := grads[i], a.M[i], a.V[i]
		for j := range w {
			gj := g[j]
			m[j] = b1*m[j] + (1-b1)*gj
			v[j] = b2*v[j] + (1-b2)*gj*gj
			w[j] -= stepSize * m[j] / (float32(math.Sqrt(float64(v[j])))/sc2 + eps)
		}
	}
}
