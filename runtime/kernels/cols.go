package kernels

// Column ranges of a fused projection (the qkv of a fused layer).

// SplitHeadsCols is SplitHeads of the columns [off, off+H·d) of x
// [B,T,LD]: y[b,h,t,:] = x[b,t,off+h·d : off+(h+1)·d].
func SplitHeadsCols(y, x []float32, B, T, H, d, LD, off int) {
	const name = "SplitHeadsCols"
	needDims(name, B, T, H, d, LD)
	need(name, "x", x, B*T*LD)
	need(name, "y", y, B*H*T*d)
	if off < 0 || off+H*d > LD {
		panic("kernels.SplitHeadsCols: columns out of range")
	}
	parallelFor(B*T, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			b, t := r/T, r%T
			row := x[r*LD+off:]
			for h := 0; h < H; h++ {
				copy(y[((b*H+h)*T+t)*d:][:d], row[h*d:(h+1)*d])
			}
		}
	})
}

// SplitHeadsColsBackward adds the gradient dy [B,H,T,d] of SplitHeadsCols
// into the columns [off, off+H·d) of dx [B,T,LD] (ACCUMULATES, so the
// gradients of several column ranges of one projection combine).
func SplitHeadsColsBackward(dx, dy []float32, B, T, H, d, LD, off int) {
	const name = "SplitHeadsColsBackward"
	needDims(name, B, T, H, d, LD)
	need(name, "dx", dx, B*T*LD)
	need(name, "dy", dy, B*H*T*d)
	parallelFor(B*T, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			b, t := r/T, r%T
			row := dx[r*LD+off:]
			for h := 0; h < H; h++ {
				src := dy[((b*H+h)*T+t)*d:][:d]
				dst := row[h*d : (h+1)*d]
				for i, v := range src {
					dst[i] += v
				}
			}
		}
	})
}

// Cols copies the columns [off, off+w) of x [rows,LD] into y [rows,w].
func Cols(y, x []float32, rows, LD, off, w int) {
	need("Cols", "x", x, rows*LD)
	need("Cols", "y", y, rows*w)
	if off < 0 || off+w > LD {
		panic("kernels.Cols: columns out of range")
	}
	for r := 0; r < rows; r++ {
		copy(y[r*w:(r+1)*w], x[r*LD+off:r*LD+off+w])
	}
}

// ColsBackward adds dy [rows,w] into the columns [off, off+w) of dx
// [rows,LD] (ACCUMULATES).
func ColsBackward(dx, dy []float32, rows, LD, off, w int) {
	need("ColsBackward", "dx", dx, rows*LD)
	need("ColsBackward", "dy", dy, rows*w)
	for r := 0; r < rows; r++ {
		d := dx[r*LD+off : r*LD+off+w]
		for i, v := range dy[r*w : (r+1)*w] {
			d[i] += v
		}
	}
}
