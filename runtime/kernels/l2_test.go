package kernels

import (
	"fmt"
	"math"
	"testing"
)

// refL2 is φ(x) = x / sqrt(Σx² + eps) per row, from the definition.
func refL2(x []float64, rows, n int) []float64 {
	y := make([]float64, len(x))
	for r := 0; r < rows; r++ {
		s := 0.0
		for i := 0; i < n; i++ {
			s += x[r*n+i] * x[r*n+i]
		}
		for i := 0; i < n; i++ {
			y[r*n+i] = x[r*n+i] / math.Sqrt(s+1e-6)
		}
	}
	return y
}

func TestL2Norm(t *testing.T) {
	for _, c := range []struct{ rows, n int }{{1, 1}, {3, 5}, {40, 32}} {
		t.Run(fmt.Sprintf("%dx%d", c.rows, c.n), func(t *testing.T) {
			r := newRand(41)
			x := randVec(r, c.rows*c.n, 2)
			y := fill32NaN(len(x))
			L2Norm(y, x, c.rows, c.n)
			closeTo(t, "l2", y, refL2(f64(x), c.rows, c.n), fwdTol)
			// Rows have unit length (up to eps).
			for i := 0; i < c.rows; i++ {
				s := 0.0
				for _, v := range y[i*c.n : (i+1)*c.n] {
					s += float64(v) * float64(v)
				}
				if math.Abs(s-1) > 1e-3 {
					t.Fatalf("row %d has squared norm %g", i, s)
				}
			}
			dy := randVec(r, len(x), 1)
			dx := fill32NaN(len(x))
			L2NormBackward(dx, x, dy, c.rows, c.n)
			x64 := f64(x)
			fdCheck(t, "l2 dx", dx, x64, f64(dy), func() []float64 { return refL2(x64, c.rows, c.n) })
		})
	}
	// The zero vector maps to zero, not NaN.
	y := []float32{1, 1}
	L2Norm(y, []float32{0, 0}, 1, 2)
	if y[0] != 0 || y[1] != 0 {
		t.Errorf("L2Norm(0) = %v", y)
	}
}
