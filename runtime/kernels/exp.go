package kernels

import "math"

// Float32 exp: Cody–Waite range reduction x = n·ln2 + r with |r| ≤ ln2/2,
// the degree-6 minimax polynomial of Cephes expf for e^r, and 2ⁿ put in
// through the exponent bits. n = round(x·log2e) comes from adding
// 1.5·2²³, which makes the float32 adder round to an integer: no branches
// or int conversions on the fast path. Measured against math.Exp over the
// normal range: ≤ 1.4 ulp (relative 8.1e-8; TestExp32 holds it to 3 ulp and
// 1e-6). Outside the fast path (results below the smallest normal float32,
// x < −87.34, or x > 88.376 where 2ⁿ would overflow) it falls back to
// math.Exp, so subnormal results are exactly rounded, x < −103.98 gives 0,
// x > 88.72 +Inf, and NaN NaN. It is 1.2–1.8× faster than
// float32(math.Exp(float64(x))) on the 2-core build machine (BenchmarkExp).
const (
	expLo    = -87.33654 // ln(smallest normal float32): n ≥ −126
	expHi    = 88.3762   // 127.5·ln2 less a margin: n ≤ 127
	expLog2e = 1.44269504089
	expMagic = 12582912    // 1.5·2²³
	expC1    = 0.693359375 // ln2 = expC1 + expC2, expC1 exact in 9 bits
	expC2    = -2.12194440e-4
	expBias  = 0x4b400000 - 127 // bits of expMagic, less the exponent bias
)

// exp32 returns e^x in float32 (see above).
func exp32(x float32) float32 {
	if !(x >= expLo && x <= expHi) {
		return exp32Slow(x)
	}
	t := x*expLog2e + expMagic
	fn := t - expMagic
	r := x - fn*expC1 - fn*expC2
	p := ((((1.9875691500e-4*r+1.3981999507e-3)*r+8.3334519073e-3)*r+4.1665795894e-2)*r+1.6666665459e-1)*r + 5.0000001201e-1
	p = p*r*r + r + 1
	return p * math.Float32frombits((math.Float32bits(t)-expBias)<<23)
}

func exp32Slow(x float32) float32 {
	switch {
	case x != x:
		return x
	case x < -103.972084:
		return 0
	case x > 88.72284:
		return float32(math.Inf(1))
	}
	return float32(math.Exp(float64(x)))
}

// expShiftSum sets dst[i] = exp(src[i] − shift) and returns Σ dst[i]. On
// amd64 with AVX2 and FMA, blocks of 8 whose every x = src[i] − shift is
// in exp32's fast range run eight lanes at a time (simd_amd64.s: the same
// reduction and polynomial with fused multiply-adds, so results may
// differ from exp32 in the last bit; TestExpShiftSum holds both to 3 ulp
// of math.Exp); the other blocks and the tail go through
// expShiftSumScalar. −Inf entries give 0.
func expShiftSum(dst, src []float32, shift float32) float64 {
	src = src[:len(dst)]
	var sum float64
	for useAVX2 && len(dst) >= 8 {
		n, s := expShiftBlocks(dst, src, shift)
		sum += s
		dst, src = dst[n:], src[n:]
		if len(dst) < 8 {
			break
		}
		// A block with an entry out of the fast range (or NaN).
		sum += expShiftSumScalar(dst[:8], src[:8], shift)
		dst, src = dst[8:], src[8:]
	}
	return sum + expShiftSumScalar(dst, src, shift)
}

// expShiftSumScalar is expShiftSum one element at a time: exp32 written
// into the loop (the compiler does not inline exp32); the sum is kept in
// float32 over blocks of 32 and in float64 across blocks, which is both
// fast and accurate.
func expShiftSumScalar(dst, src []float32, shift float32) float64 {
	src = src[:len(dst)]
	var sum float64
	for len(dst) > 0 {
		n := min(len(dst), 32)
		d, s := dst[:n], src[:n]
		var part float32
		for i, v := range s {
			x := v - shift
			var e float32
			if x >= expLo && x <= expHi {
				t := x*expLog2e + expMagic
				fn := t - expMagic
				r := x - fn*expC1 - fn*expC2
				p := ((((1.9875691500e-4*r+1.3981999507e-3)*r+8.3334519073e-3)*r+4.1665795894e-2)*r+1.6666665459e-1)*r + 5.0000001201e-1
				p = p*r*r + r + 1
				e = p * math.Float32frombits((math.Float32bits(t)-expBias)<<23)
			} else {
				e = exp32Slow(x)
			}
			d[i] = e
			part += e
		}
		sum += float64(part)
		dst, src = dst[n:], src[n:]
	}
	return sum
}
