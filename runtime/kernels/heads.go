package kernels

// SplitHeads reorders x [B,T,H·d] into y [B,H,T,d] (the IR op split_heads).
// It is also the backward of MergeHeads: SplitHeads(dx, dy, …) OVERWRITES dx.
func SplitHeads(y, x []float32, B, T, H, d int) {
	const name = "SplitHeads"
	needDims(name, B, T, H, d)
	need(name, "y", y, B*T*H*d)
	need(name, "x", x, B*T*H*d)
	parallelForGrain(B*H, 4, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			b, h := bh/H, bh%H
			for t := 0; t < T; t++ {
				src := x[((b*T+t)*H+h)*d:]
				copy(y[(bh*T+t)*d:(bh*T+t+1)*d], src[:d])
			}
		}
	})
}

// MergeHeads reorders x [B,H,T,d] into y [B,T,H·d] (the IR op merge_heads).
// It is also the backward of SplitHeads: MergeHeads(dx, dy, …) OVERWRITES dx.
func MergeHeads(y, x []float32, B, T, H, d int) {
	const name = "MergeHeads"
	needDims(name, B, T, H, d)
	need(name, "y", y, B*T*H*d)
	need(name, "x", x, B*T*H*d)
	parallelForGrain(B*H, 4, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			b, h := bh/H, bh%H
			for t := 0; t < T; t++ {
				dst := y[((b*T+t)*H+h)*d:]
				copy(dst[:d], x[(bh*T+t)*d:(bh*T+t+1)*d])
			}
		}
	})
}
