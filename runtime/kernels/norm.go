package kernels

import "math"

// Row statistics are accumulated in float64; weight gradients are reduced
// in float64 partial sums, one per worker, added in worker order
// (deterministic for a given GOMAXPROCS).

const normGrain = 8

// LayerNorm normalises each row of x [rows,n] over the last axis:
// y = (x − mean)/sqrt(var + eps)·w + b with the biased variance (the IR op
// layernorm). w [n] and b [n] may be nil (meaning 1 and 0). y may be x.
func LayerNorm(y, x, w, b []float32, rows, n int, eps float32) {
	const name = "LayerNorm"
	needDims(name, rows, n)
	need(name, "y", y, rows*n)
	need(name, "x", x, rows*n)
	needOpt(name, "weight", w, n)
	needOpt(name, "bias", b, n)
	parallelForGrain(rows, normGrain, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, yr := x[r*n:(r+1)*n], y[r*n:(r+1)*n]
			mu, rstd := meanRstd(xr, eps)
			for j, v := range xr {
				h := (v - mu) * rstd
				if w != nil {
					h *= w[j]
				}
				if b != nil {
					h += b[j]
				}
				yr[j] = h
			}
		}
	})
}

func meanRstd(xr []float32, eps float32) (mu, rstd float32) {
	var s float64
	for _, v := range xr {
		s += float64(v)
	}
	m := s / float64(len(xr))
	var ss float64
	for _, v := range xr {
		d := float64(v) - m
		ss += d * d
	}
	return float32(m), float32(1 / math.Sqrt(ss/float64(len(xr))+float64(eps)))
}

// LayerNormBackward is the backward of LayerNorm given dy [rows,n]; it
// recomputes the row statistics from x. dx = rstd·(g − mean(g) − x̂·mean(g⊙x̂))
// with g = dy⊙w and x̂ = (x−mean)·rstd (OVERWRITES dx; dx may be dy);
// dw += Σ_rows dy⊙x̂ and db += Σ_rows dy (ACCUMULATE). Any of dx, dw, db may
// be nil; w may be nil (meaning 1).
func LayerNormBackward(dx, dw, db, dy, x, w []float32, rows, n int, eps float32) {
	const name = "LayerNormBackward"
	needDims(name, rows, n)
	need(name, "dy", dy, rows*n)
	need(name, "x", x, rows*n)
	needOpt(name, "weight", w, n)
	needOpt(name, "dx", dx, rows*n)
	needOpt(name, "dweight", dw, n)
	needOpt(name, "dbias", db, n)
	np := parts(rows, normGrain)
	var pw, pb [][]float64
	if dw != nil {
		pw = make([][]float64, np)
	}
	if db != nil {
		pb = make([][]float64, np)
	}
	parallelParts(rows, normGrain, func(part, lo, hi int) {
		var accW, accB []float64
		if dw != nil {
			accW = make([]float64, n)
			pw[part] = accW
		}
		if db != nil {
			accB = make([]float64, n)
			pb[part] = accB
		}
		xh := make([]float32, n)
		for r := lo; r < hi; r++ {
			xr, dyr := x[r*n:(r+1)*n], dy[r*n:(r+1)*n]
			mu, rstd := meanRstd(xr, eps)
			var mg, mgx float64
			for j, v := range xr {
				h := (v - mu) * rstd
				xh[j] = h
				g := dyr[j]
				if w != nil {
					g *= w[j]
				}
				mg += float64(g)
				mgx += float64(g) * float64(h)
				if accW != nil {
					accW[j] += float64(dyr[j]) * float64(h)
				}
				if accB != nil {
					accB[j] += float64(dyr[j])
				}
			}
			if dx != nil {
				a, c := float32(mg/float64(n)), float32(mgx/float64(n))
				dxr := dx[r*n : (r+1)*n]
				for j := range dxr {
					g := dyr[j]
					if w != nil {
						g *= w[j]
					}
					dxr[j] = rstd * (g - a - xh[j]*c)
				}
			}
		}
	})
	reduceInto(dw, pw)
	reduceInto(db, pb)
}

// reduceInto adds the partial sums p[0], p[1], … into dst in order.
func reduceInto(dst []float32, p [][]float64) {
	if dst == nil {
		return
	}
	for j := range dst {
		var s float64
		for _, q := range p {
			s += q[j]
		}
		dst[j] += float32(s)
	}
}

// RMSNorm computes y = x / sqrt(mean(x²) + eps) · w over the last axis of
// x [rows,n] (the IR op rmsnorm). w may be nil (meaning 1). y may be x.
func RMSNorm(y, x, w []float32, rows, n int, eps float32) {
	const name = "RMSNorm"
	needDims(name, rows, n)
	need(name, "y", y, rows*n)
	need(name, "x", x, rows*n)
	needOpt(name, "weight", w, n)
	parallelForGrain(rows, normGrain, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, yr := x[r*n:(r+1)*n], y[r*n:(r+1)*n]
			rr := rmsInv(xr, eps)
			for j, v := range xr {
				h := v * rr
				if w != nil {
					h *= w[j]
				}
				yr[j] = h
			}
		}
	})
}

func rmsInv(xr []float32, eps float32) float32 {
	var ss float64
	for _, v := range xr {
		ss += float64(v) * float64(v)
	}
	return float32(1 / math.Sqrt(ss/float64(len(xr))+float64(eps)))
}

// RMSNormBackward is the backward of RMSNorm given dy [rows,n]. With
// r = 1/sqrt(mean(x²)+eps) and g = dy⊙w: dx = r·(g − x·r²·mean(g⊙x))
// (OVERWRITES dx; dx may be dy) and dw += Σ_rows dy⊙x·r (ACCUMULATES).
// dx or dw may be nil; w may be nil (meaning 1).
func RMSNormBackward(dx, dw, dy, x, w []float32, rows, n int, eps float32) {
	const name = "RMSNormBackward"
	needDims(name, rows, n)
	need(name, "dy", dy, rows*n)
	need(name, "x", x, rows*n)
	needOpt(name, "weight", w, n)
	needOpt(name, "dx", dx, rows*n)
	needOpt(name, "dweight", dw, n)
	np := parts(rows, normGrain)
	var pw [][]float64
	if dw != nil {
		pw = make([][]float64, np)
	}
	parallelParts(rows, normGrain, func(part, lo, hi int) {
		var accW []float64
		if dw != nil {
			accW = make([]float64, n)
			pw[part] = accW
		}
		for r := lo; r < hi; r++ {
			xr, dyr := x[r*n:(r+1)*n], dy[r*n:(r+1)*n]
			rr := rmsInv(xr, eps)
			var mgx float64
			for j, v := range xr {
				g := dyr[j]
				if w != nil {
					g *= w[j]
				}
				mgx += float64(g) * float64(v)
				if accW != nil {
					accW[j] += float64(dyr[j]) * float64(v*rr)
				}
			}
			if dx != nil {
				c := float32(mgx/float64(n)) * rr * rr
				dxr := dx[r*n : (r+1)*n]
				for j, v := range xr {
					g := dyr[j]
					if w != nil {
						g *= w[j]
					}
					dxr[j] = rr * (g - v*c)
				}
			}
		}
	})
	reduceInto(dw, pw)
}
