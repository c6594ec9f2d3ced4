package kernels

import "testing"

func TestSplitHeadsCols(t *testing.T) {
	r := newRand(51)
	B, T, H, d, LD, off := 2, 3, 2, 4, 21, 5
	x := randVec(r, B*T*LD, 1)
	y := fill32NaN(B * H * T * d)
	SplitHeadsCols(y, x, B, T, H, d, LD, off)
	for b := 0; b < B; b++ {
		for h := 0; h < H; h++ {
			for tt := 0; tt < T; tt++ {
				for i := 0; i < d; i++ {
					if got, want := y[((b*H+h)*T+tt)*d+i], x[(b*T+tt)*LD+off+h*d+i]; got != want {
						t.Fatalf("y[%d,%d,%d,%d] = %v, want %v", b, h, tt, i, got, want)
					}
				}
			}
		}
	}
	// The backward puts the gradient back where the values came from and
	// leaves the other columns alone.
	dx := make([]float32, len(x))
	SplitHeadsColsBackward(dx, y, B, T, H, d, LD, off)
	for i := range dx {
		c := i % LD
		want := float32(0)
		if c >= off && c < off+H*d {
			want = x[i]
		}
		if dx[i] != want {
			t.Fatalf("dx[%d] = %v, want %v", i, dx[i], want)
		}
	}
	cy := fill32NaN(B * T * 3)
	Cols(cy, x, B*T, LD, 7, 3)
	cx := make([]float32, len(x))
	ColsBackward(cx, cy, B*T, LD, 7, 3)
	for i := range cx {
		c := i % LD
		if (c >= 7 && c < 10) != (cx[i] == x[i]) && x[i] != 0 {
			t.Fatalf("Cols round trip wrong at %d", i)
		}
	}
}
