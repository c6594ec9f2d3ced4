package kernels

import "math"

// L2Eps is added under the square root of L2Norm so a zero vector maps to
// zero instead of NaN.
const L2Eps = 1e-6

// L2Norm is the feature map φ(x) = x / sqrt(Σx² + L2Eps) applied to each
// row of n values (each head's query or key vector; the IR op feature with
// map=l2). With unit keys a delta-rule step S ← S + β(v − Sk)kᵀ is a
// contraction for β ∈ (0, 2], which keeps the fast weights bounded.
// y may be x.
func L2Norm(y, x []float32, rows, n int) {
	need("L2Norm", "x", x, rows*n)
	need("L2Norm", "y", y, rows*n)
	parallelFor(rows, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, yr := x[r*n:(r+1)*n], y[r*n:(r+1)*n]
			s := 0.0
			for _, v := range xr {
				s += float64(v) * float64(v)
			}
			inv := float32(1 / math.Sqrt(s+L2Eps))
			for i, v := range xr {
				yr[i] = v * inv
			}
		}
	})
}

// L2NormBackward is the backward of L2Norm given its input x and dy: with
// ρ = sqrt(Σx² + L2Eps), dx = dy/ρ − x (x·dy)/ρ³. dx may be dy.
func L2NormBackward(dx, x, dy []float32, rows, n int) {
	need("L2NormBackward", "x", x, rows*n)
	need("L2NormBackward", "dy", dy, rows*n)
	need("L2NormBackward", "dx", dx, rows*n)
	parallelFor(rows, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, dyr, dxr := x[r*n:(r+1)*n], dy[r*n:(r+1)*n], dx[r*n:(r+1)*n]
			s, d := 0.0, 0.0
			for i, v := range xr {
				s += float64(v) * float64(v)
				d += float64(v) * float64(dyr[i])
			}
			rho := math.Sqrt(s + L2Eps)
			a, b := 1/rho, d/(rho*rho*rho)
			for i, v := range xr {
				dxr[i] = float32(a*float64(dyr[i]) - b*float64(v))
			}
		}
	})
}
