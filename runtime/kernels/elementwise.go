package kernels

// Elementwise kernels work on flat slices of any shape; y may be x (in place)
// and dx may be dy.

const elemGrain = 1 << 14

// Elu1 is the feature map φ(x) = elu(x) + 1: x+1 for x > 0, exp(x) otherwise
// (the IR op feature with map=elu1). It is positive, as linear attention
// needs.
func Elu1(y, x []float32) {
	need("Elu1", "y", y, len(x))
	parallelForGrain(len(x), elemGrain, func(lo, hi int) {
		elu1Row(y[lo:hi], x[lo:hi])
	})
}

// elu1Row sets y = elu(x) + 1. On amd64 with AVX2 and FMA, blocks of 8
// whose entries are all ≥ expLo run eight lanes at a time (simd_amd64.s:
// exp within 1.4 ulp like exp32, not bit for bit); other blocks and the
// tail go through exp32.
func elu1Row(y, x []float32) {
	y = y[:len(x)]
	for useAVX2 && len(x) >= 8 {
		n := elu1Blocks(y, x)
		y, x = y[n:], x[n:]
		if len(x) < 8 {
			break
		}
		elu1Scalar(y[:8], x[:8]) // a block with an entry below expLo, or NaN
		y, x = y[8:], x[8:]
	}
	elu1Scalar(y, x)
}

func elu1Scalar(y, x []float32) {
	for i, v := range x {
		if v > 0 {
			y[i] = v + 1
		} else {
			y[i] = exp32(v)
		}
	}
}

// Elu1Backward is the backward of Elu1 given its input x and dy:
// dx = dy for x > 0 and dy·exp(x) otherwise (OVERWRITES dx).
func Elu1Backward(dx, x, dy []float32) {
	need("Elu1Backward", "dx", dx, len(x))
	need("Elu1Backward", "dy", dy, len(x))
	parallelForGrain(len(x), elemGrain, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if v := x[i]; v > 0 {
				dx[i] = dy[i]
			} else {
				dx[i] = dy[i] * exp32(v)
			}
		}
	})
}

// Sigmoid is the logistic function y = 1/(1+exp(−x)), evaluated without
// overflow for either sign of x.
func Sigmoid(y, x []float32) {
	need("Sigmoid", "y", y, len(x))
	parallelForGrain(len(x), elemGrain, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if v := x[i]; v >= 0 {
				y[i] = 1 / (1 + exp32(-v))
			} else {
				e := exp32(v)
				y[i] = e / (1 + e)
			}
		}
	})
}

// SigmoidBackward is the backward of Sigmoid given its output y and dy:
// dx = dy·y·(1−y) (OVERWRITES dx).
func SigmoidBackward(dx, y, dy []float32) {
	need("SigmoidBackward", "dx", dx, len(y))
	need("SigmoidBackward", "dy", dy, len(y))
	parallelForGrain(len(y), elemGrain, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			dx[i] = dy[i] * y[i] * (1 - y[i])
		}
	})
}

// Add computes y = a + b elementwise (the residual update). y may be a or b.
func Add(y, a, b []float32) {
	need("Add", "y", y, len(a))
	need("Add", "b", b, len(a))
	parallelForGrain(len(a), elemGrain, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			y[i] = a[i] + b[i]
		}
	})
}

// AddBackward is the backward of Add given dy: da = dy and db = dy (both
// OVERWRITTEN; either may be nil or dy itself).
func AddBackward(da, db, dy []float32) {
	needOpt("AddBackward", "da", da, len(dy))
	needOpt("AddBackward", "db", db, len(dy))
	copy(da, dy)
	copy(db, dy)
}
