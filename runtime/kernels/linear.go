package kernels

// Linear computes y = x·wᵀ for x [rows,K] and w [N,K] (the IR ops linear and
// unembed; nn.Linear convention, no bias), writing y [rows,N]. Rows are split
// over workers; each block is one Gemm with w read transposed in place.
func Linear(y, x, w []float32, rows, K, N int) {
	const name = "Linear"
	needDims(name, rows, K, N)
	need(name, "y", y, rows*N)
	need(name, "x", x, rows*K)
	need(name, "w", w, N*K)
	parallelForGrain(rows, 16, func(lo, hi int) {
		gemm(false, true, hi-lo, N, K, 1, x[lo*K:], K, w, K, 0, y[lo*N:], N)
	})
}

// LinearBackward is the backward of Linear given dy [rows,N]:
// dx = dy·w (OVERWRITES dx [rows,K]) and dw += dyᵀ·x (ACCUMULATES into
// dw [N,K]). Either gradient may be nil when not wanted.
func LinearBackward(dx, dw, dy, x, w []float32, rows, K, N int) {
	const name = "LinearBackward"
	needDims(name, rows, K, N)
	need(name, "dy", dy, rows*N)
	need(name, "x", x, rows*K)
	need(name, "w", w, N*K)
	needOpt(name, "dx", dx, rows*K)
	needOpt(name, "dw", dw, N*K)
	if dx != nil {
		parallelForGrain(rows, 16, func(lo, hi int) {
			gemm(false, false, hi-lo, K, N, 1, dy[lo*N:], N, w, K, 0, dx[lo*K:], K)
		})
	}
	if dw != nil && rows > 0 {
		// Split over output rows of dw so that no two workers write the same
		// element: dw[n0:n1] += dy[:, n0:n1]ᵀ · x.
		parallelForGrain(N, 8, func(lo, hi int) {
			gemm(true, false, hi-lo, K, rows, 1, dy[lo:], N, x, K, 1, dw[lo*K:], K)
		})
	}
}
