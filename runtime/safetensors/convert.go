package safetensors

import (
	"encoding/binary"
	"math"
)

// F16ToFloat32 decodes an IEEE 754 binary16 bit pattern. Every binary16
// value, subnormals, infinities and NaNs included, is exactly representable.
func F16ToFloat32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	man := uint32(h) & 0x3ff
	switch exp {
	case 0:
		// Zero or subnormal: man · 2^-24, exact in float32.
		f := float32(man) * (1.0 / (1 << 24))
		return math.Float32frombits(math.Float32bits(f) | sign)
	case 0x1f:
		// Infinity or NaN; the payload keeps its top bits.
		return math.Float32frombits(sign | 0x7f800000 | man<<13)
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | man<<13)
}

// Float32ToF16 encodes f as binary16, rounding to nearest, ties to even.
// Values beyond the largest finite binary16 (65504) round to infinity,
// values below half the smallest subnormal (2^-25) to a signed zero; NaNs
// stay NaN (quiet) with their sign.
func Float32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23) & 0xff
	man := b & 0x7fffff
	if exp == 0xff {
		if man != 0 {
			return sign | 0x7e00 | uint16(man>>13)
		}
		return sign | 0x7c00
	}
	e := exp - 127 + 15
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e >= 1 {
		h := uint32(e)<<10 | man>>13
		rem := man & 0x1fff
		if rem > 0x1000 || rem == 0x1000 && h&1 != 0 {
			h++ // may carry into the exponent, up to infinity: correct
		}
		return sign | uint16(h)
	}
	// Subnormal result: the value is full · 2^(exp-150) = m · 2^-24.
	if exp == 0 {
		return sign // float32 subnormals are far below 2^-25
	}
	full := man | 0x800000
	shift := uint(126 - exp) // ≥ 14
	if shift > 24 {
		return sign // full < 2^24 ≤ half of 2^shift: rounds to zero
	}
	m := full >> shift
	rem := full & (1<<shift - 1)
	half := uint32(1) << (shift - 1)
	if rem > half || rem == half && m&1 != 0 {
		m++ // may become 0x400, the smallest normal: correct
	}
	return sign | uint16(m)
}

// BF16ToFloat32 decodes a bfloat16 bit pattern (the top half of a float32).
func BF16ToFloat32(h uint16) float32 { return math.Float32frombits(uint32(h) << 16) }

// Float32ToBF16 encodes f as bfloat16, rounding to nearest, ties to even;
// NaNs stay NaN (quiet) with their sign.
func Float32ToBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return uint16(b>>16) | 0x0040
	}
	b += 0x7fff + (b>>16)&1
	return uint16(b >> 16)
}

// RoundFloat32 rounds every value in place to the nearest value of dt
// (F16, BF16 or F64/F32, which leave it unchanged), as storing the values
// in dt and reading them back would.
func RoundFloat32(dt DType, data []float32) {
	switch dt {
	case F16:
		for i, v := range data {
			data[i] = F16ToFloat32(Float32ToF16(v))
		}
	case BF16:
		for i, v := range data {
			data[i] = BF16ToFloat32(Float32ToBF16(v))
		}
	}
}

// Float32s decodes a floating-point tensor (F32, F16, BF16, or F64 rounded
// to nearest float32) into a new slice.
func (t Tensor) Float32s() ([]float32, error) {
	if !t.DType.IsFloat() {
		return nil, errorf("cannot convert %s to f32: not a floating-point type", t.DType)
	}
	if err := t.Check(); err != nil {
		return nil, err
	}
	d := t.Data
	out := make([]float32, len(d)/t.DType.Size())
	switch t.DType {
	case F32:
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(d[4*i:]))
		}
	case F16:
		for i := range out {
			out[i] = F16ToFloat32(binary.LittleEndian.Uint16(d[2*i:]))
		}
	case BF16:
		for i := range out {
			out[i] = BF16ToFloat32(binary.LittleEndian.Uint16(d[2*i:]))
		}
	case F64:
		for i := range out {
			out[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(d[8*i:])))
		}
	}
	return out, nil
}

// Int32s decodes an integer tensor (I32, or I64/I16/I8/U8 and BOOL widened
// or range-checked) into a new slice. An I64 value outside the int32 range
// is an error naming its index.
func (t Tensor) Int32s() ([]int32, error) {
	switch t.DType {
	case I64, I32, I16, I8, U8, BOOL:
	default:
		return nil, errorf("cannot convert %s to i32: not an integer type", t.DType)
	}
	if err := t.Check(); err != nil {
		return nil, err
	}
	d := t.Data
	out := make([]int32, len(d)/t.DType.Size())
	switch t.DType {
	case I32:
		for i := range out {
			out[i] = int32(binary.LittleEndian.Uint32(d[4*i:]))
		}
	case I64:
		for i := range out {
			v := int64(binary.LittleEndian.Uint64(d[8*i:]))
			if v < math.MinInt32 || v > math.MaxInt32 {
				return nil, errorf("I64 element %d = %d is out of the i32 range", i, v)
			}
			out[i] = int32(v)
		}
	case I16:
		for i := range out {
			out[i] = int32(int16(binary.LittleEndian.Uint16(d[2*i:])))
		}
	case I8:
		for i := range out {
			out[i] = int32(int8(d[i]))
		}
	case U8, BOOL:
		for i := range out {
			out[i] = int32(d[i])
		}
	}
	return out, nil
}

// FromFloat32 encodes data as a tensor of type dt (F32, F16, BF16 rounding
// to nearest even, or F64 exactly). len(data) must equal the shape's number
// of elements.
func FromFloat32(dt DType, shape []int, data []float32) (Tensor, error) {
	if !dt.IsFloat() {
		return Tensor{}, errorf("cannot encode f32 values as %s: not a floating-point type", dt)
	}
	if err := checkCount(dt, shape, len(data)); err != nil {
		return Tensor{}, err
	}
	out := make([]byte, len(data)*dt.Size())
	switch dt {
	case F32:
		for i, v := range data {
			binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(v))
		}
	case F16:
		for i, v := range data {
			binary.LittleEndian.PutUint16(out[2*i:], Float32ToF16(v))
		}
	case BF16:
		for i, v := range data {
			binary.LittleEndian.PutUint16(out[2*i:], Float32ToBF16(v))
		}
	case F64:
		for i, v := range data {
			binary.LittleEndian.PutUint64(out[8*i:], math.Float64bits(float64(v)))
		}
	}
	return Tensor{DType: dt, Shape: append([]int{}, shape...), Data: out}, nil
}

// FromInt32 encodes data as a tensor of type dt (I32 or I64).
func FromInt32(dt DType, shape []int, data []int32) (Tensor, error) {
	if dt != I32 && dt != I64 {
		return Tensor{}, errorf("cannot encode i32 values as %s: want I32 or I64", dt)
	}
	if err := checkCount(dt, shape, len(data)); err != nil {
		return Tensor{}, err
	}
	out := make([]byte, len(data)*dt.Size())
	for i, v := range data {
		if dt == I32 {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(v))
		} else {
			binary.LittleEndian.PutUint64(out[8*i:], uint64(int64(v)))
		}
	}
	return Tensor{DType: dt, Shape: append([]int{}, shape...), Data: out}, nil
}

func checkCount(dt DType, shape []int, n int) error {
	want, ok := numElements(shape)
	if !ok {
		return errorf("shape %s is invalid or too large", FormatShape(shape))
	}
	if want != n {
		return errorf("%d values do not match shape %s of %s (%d elements)", n, FormatShape(shape), dt, want)
	}
	if _, ok := byteSize(dt, shape); !ok {
		return errorf("shape %s of %s is too large", FormatShape(shape), dt)
	}
	return nil
}
