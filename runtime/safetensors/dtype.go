package safetensors

import "fmt"

// DType is a tensor element type as named in a safetensors header.
type DType uint8

// The element types this package reads and writes. The zero DType is
// invalid.
const (
	Invalid DType = iota
	F64
	F32
	F16
	BF16
	I64
	I32
	I16
	I8
	U8
	BOOL
)

var dtypes = [...]struct {
	name string
	size int
}{
	Invalid: {"", 0},
	F64:     {"F64", 8},
	F32:     {"F32", 4},
	F16:     {"F16", 2},
	BF16:    {"BF16", 2},
	I64:     {"I64", 8},
	I32:     {"I32", 4},
	I16:     {"I16", 2},
	I8:      {"I8", 1},
	U8:      {"U8", 1},
	BOOL:    {"BOOL", 1},
}

// DTypes lists every valid DType.
func DTypes() []DType { return []DType{F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL} }

// ParseDType reads a dtype name as written in a header ("F32", "BF16", ...).
// Names are case-sensitive.
func ParseDType(s string) (DType, bool) {
	for i, d := range dtypes {
		if i != int(Invalid) && d.name == s {
			return DType(i), true
		}
	}
	return Invalid, false
}

// String is the header name of d, e.g. "F32".
func (d DType) String() string {
	if d != Invalid && int(d) < len(dtypes) {
		return dtypes[d].name
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// Size is the size of one element in bytes; 0 for an invalid DType.
func (d DType) Size() int {
	if int(d) < len(dtypes) {
		return dtypes[d].size
	}
	return 0
}

// Valid reports whether d is one of the listed element types.
func (d DType) Valid() bool { return d != Invalid && int(d) < len(dtypes) }

// IsFloat reports whether d is a floating-point type (F64, F32, F16, BF16).
func (d DType) IsFloat() bool { return d == F64 || d == F32 || d == F16 || d == BF16 }
