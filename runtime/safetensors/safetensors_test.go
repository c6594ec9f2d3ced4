package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// file builds a safetensors file by hand from a header and a data buffer,
// without padding, as the spec describes it.
func file(header string, buf ...byte) []byte {
	var out []byte
	out = binary.LittleEndian.AppendUint64(out, uint64(len(header)))
	out = append(out, header...)
	return append(out, buf...)
}

// diffFiles describes the first difference between two files, or "".
func diffFiles(a, b *File) string {
	if !slices.Equal(a.Names(), b.Names()) {
		return fmt.Sprintf("names %q vs %q", a.Names(), b.Names())
	}
	for _, n := range a.Names() {
		x, y := a.Tensors[n], b.Tensors[n]
		if x.DType != y.DType || !slices.Equal(x.Shape, y.Shape) || !bytes.Equal(x.Data, y.Data) {
			return fmt.Sprintf("tensor %q: %s%v %x vs %s%v %x", n, x.DType, x.Shape, x.Data, y.DType, y.Shape, y.Data)
		}
	}
	if len(a.Metadata) != len(b.Metadata) {
		return fmt.Sprintf("metadata %v vs %v", a.Metadata, b.Metadata)
	}
	for k, v := range a.Metadata {
		if w, ok := b.Metadata[k]; !ok || v != w {
			return fmt.Sprintf("metadata %v vs %v", a.Metadata, b.Metadata)
		}
	}
	return ""
}

func TestRoundTripEveryDType(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	f := &File{Tensors: map[string]Tensor{}, Metadata: map[string]string{"format": "hopf", "note": "<&> \"quoted\" ü"}}
	for _, dt := range DTypes() {
		for i, shape := range [][]int{{2, 3}, {}, {0, 4}, {5}} {
			data := make([]byte, dt.Size()*max(1, shape2n(shape)))
			if shape2n(shape) == 0 {
				data = data[:0]
			}
			for j := range data {
				data[j] = byte(r.Uint32())
			}
			if dt == BOOL {
				for j := range data {
					data[j] &= 1
				}
			}
			f.Tensors[fmt.Sprintf("%s.t%d", dt, i)] = Tensor{DType: dt, Shape: shape, Data: data}
		}
	}
	b, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	n := binary.LittleEndian.Uint64(b)
	if (8+n)%8 != 0 {
		t.Errorf("header length %d is not padded to a multiple of 8", n)
	}
	g, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if d := diffFiles(f, g); d != "" {
		t.Fatal(d)
	}
	b2, err := Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("rewriting a parsed file changed its bytes")
	}
	// Tensors are packed in name order without gaps.
	want := int(8 + n)
	for _, name := range f.Names() {
		want += len(f.Tensors[name].Data)
	}
	if len(b) != want {
		t.Errorf("file is %d bytes, want %d", len(b), want)
	}

	path := filepath.Join(t.TempDir(), "x.safetensors")
	if err := WriteFile(path, f); err != nil {
		t.Fatal(err)
	}
	h, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := diffFiles(f, h); d != "" {
		t.Fatal(d)
	}
}

func shape2n(s []int) int {
	n, _ := numElements(s)
	return n
}

// TestHandBuilt parses a file written byte by byte from the spec, with
// tensors out of offset order and white space in the header.
func TestHandBuilt(t *testing.T) {
	header := `{"b": {"dtype":"I64","shape":[1,1],"data_offsets":[8,16]},` +
		` "__metadata__": {"format": "pt"},` +
		`"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},` +
		`"c":{"dtype":"BF16","shape":[],"data_offsets":[16,18]},` +
		`"d": { "dtype" : "F16", "shape": [ 3 ],"data_offsets":[ 18 , 24 ] } ,` +
		`"e":{"dtype":"I32","shape":[0],"data_offsets":[24,24]}}   `
	data := file(header,
		0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x20, 0xc0, // a: 1.0, -2.5
		0xf9, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // b: -7
		0x80, 0x3f, // c: bf16 1.0
		0x00, 0x3c, 0xff, 0x7b, 0x01, 0x00, // d: 1.0, 65504, 2^-24
	)
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Names(); !slices.Equal(got, []string{"a", "b", "c", "d", "e"}) {
		t.Errorf("names %q", got)
	}
	if f.Metadata["format"] != "pt" || len(f.Metadata) != 1 {
		t.Errorf("metadata %v", f.Metadata)
	}
	checkF := func(name string, shape []int, want ...float32) {
		t.Helper()
		tn := f.Tensors[name]
		got, err := tn.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(tn.Shape, shape) || !slices.Equal(got, want) {
			t.Errorf("%s: %v %v, want %v %v", name, tn.Shape, got, shape, want)
		}
	}
	checkF("a", []int{2}, 1, -2.5)
	checkF("c", []int{}, 1)
	checkF("d", []int{3}, 1, 65504, float32(math.Ldexp(1, -24)))
	b, err := f.Tensors["b"].Int32s()
	if err != nil || !slices.Equal(b, []int32{-7}) {
		t.Errorf("b = %v, %v", b, err)
	}
	e := f.Tensors["e"]
	if e.DType != I32 || !slices.Equal(e.Shape, []int{0}) || len(e.Data) != 0 {
		t.Errorf("e = %+v", e)
	}
}

// TestWriteGolden checks Write's exact output against bytes built by hand.
func TestWriteGolden(t *testing.T) {
	f := &File{
		Tensors: map[string]Tensor{
			"w": {DType: F32, Shape: []int{1}, Data: []byte{0, 0, 0x80, 0x3f}},
			"b": {DType: BF16, Shape: []int{2}, Data: []byte{0x80, 0x3f, 0, 0xc0}},
		},
		Metadata: map[string]string{"model": "m", "format": "hopf"},
	}
	got, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	header := `{"__metadata__":{"format":"hopf","model":"m"},` +
		`"b":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]},` +
		`"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`
	for len(header)%8 != 0 {
		header += " "
	}
	want := file(header, 0x80, 0x3f, 0, 0xc0, 0, 0, 0x80, 0x3f)
	if !bytes.Equal(got, want) {
		t.Errorf("Write:\n%q\nwant\n%q", got, want)
	}
}

var f16Table = []struct {
	bits uint16
	val  float32
}{
	{0x0000, 0},
	{0x8000, float32(math.Copysign(0, -1))},
	{0x3c00, 1},
	{0xbc00, -1},
	{0xc000, -2},
	{0x3800, 0.5},
	{0x3555, 0.33325195},
	{0x7bff, 65504},
	{0xfbff, -65504},
	{0x0400, 6.1035156e-05},               // smallest normal 2^-14
	{0x03ff, 6.097555e-05},                // largest subnormal
	{0x0001, 5.9604645e-08},               // smallest subnormal 2^-24
	{0x8001, -5.9604645e-08},              // negative subnormal
	{0x0200, float32(math.Ldexp(1, -15))}, // mid subnormal
	{0x7c00, float32(math.Inf(1))},
	{0xfc00, float32(math.Inf(-1))},
}

var bf16Table = []struct {
	bits uint16
	val  float32
}{
	{0x0000, 0},
	{0x8000, float32(math.Copysign(0, -1))},
	{0x3f80, 1},
	{0xc000, -2},
	{0x3f00, 0.5},
	{0x7f7f, 3.3895314e38},  // largest finite
	{0x0080, 1.1754944e-38}, // smallest normal
	{0x0001, 9.18355e-41},   // smallest subnormal
	{0x7f80, float32(math.Inf(1))},
	{0xff80, float32(math.Inf(-1))},
}

func same(a, b float32) bool {
	return math.Float32bits(a) == math.Float32bits(b) || a != a && b != b
}

func TestF16Table(t *testing.T) {
	for _, tt := range f16Table {
		if got := F16ToFloat32(tt.bits); !same(got, tt.val) {
			t.Errorf("F16ToFloat32(%#04x) = %g, want %g", tt.bits, got, tt.val)
		}
		if got := Float32ToF16(tt.val); got != tt.bits {
			t.Errorf("Float32ToF16(%g) = %#04x, want %#04x", tt.val, got, tt.bits)
		}
	}
	nan := F16ToFloat32(0x7e00)
	if !math.IsNaN(float64(nan)) || !math.IsNaN(float64(F16ToFloat32(0x7c01))) || !math.IsNaN(float64(F16ToFloat32(0xfe00))) {
		t.Error("f16 NaN patterns do not decode to NaN")
	}
	for _, v := range []float32{float32(math.NaN()), math.Float32frombits(0x7f800001), math.Float32frombits(0xffc00000)} {
		h := Float32ToF16(v)
		if h&0x7c00 != 0x7c00 || h&0x3ff == 0 {
			t.Errorf("Float32ToF16(NaN %#x) = %#04x, not a NaN", math.Float32bits(v), h)
		}
		if h>>15 != uint16(math.Float32bits(v)>>31) {
			t.Errorf("Float32ToF16(NaN %#x) = %#04x lost the sign", math.Float32bits(v), h)
		}
	}
	ld := func(m float64, e int) float32 { return float32(math.Ldexp(m, e)) }
	for _, tt := range []struct {
		val  float32
		bits uint16
	}{
		{ld(1+1.0/2048, 0), 0x3c00},             // tie → even (down)
		{ld(1+3.0/2048, 0), 0x3c02},             // tie → even (up)
		{ld(1+1.0/2048+1.0/(1<<20), 0), 0x3c01}, // above the tie
		{ld(1+1.0/2048-1.0/(1<<20), 0), 0x3c00}, // below the tie
		{0.1, 0x2e66},
		{65519, 0x7bff}, // below the tie with infinity
		{65520, 0x7c00}, // tie → even is infinity
		{1e6, 0x7c00},
		{-1e6, 0xfc00},
		{float32(math.MaxFloat32), 0x7c00},
		{ld(1, -25), 0x0000},             // tie between 0 and 2^-24 → 0
		{ld(1+1.0/(1<<20), -25), 0x0001}, // just above the tie
		{ld(3, -25), 0x0002},             // tie between 1 and 2 → 2
		{ld(5, -25), 0x0002},             // tie between 2 and 3 → 2
		{ld(1, -26), 0x0000},
		{-ld(1, -26), 0x8000},
		{math.Float32frombits(1), 0x0000}, // f32 subnormal
		{math.Float32frombits(0x80000001), 0x8000},
		{ld(1, -14) - ld(1, -25), 0x0400}, // tie between largest subnormal and smallest normal
		{ld(1023, -24), 0x03ff},
	} {
		if got := Float32ToF16(tt.val); got != tt.bits {
			t.Errorf("Float32ToF16(%g) = %#04x, want %#04x", tt.val, got, tt.bits)
		}
	}
}

func TestBF16Table(t *testing.T) {
	for _, tt := range bf16Table {
		if got := BF16ToFloat32(tt.bits); !same(got, tt.val) {
			t.Errorf("BF16ToFloat32(%#04x) = %g, want %g", tt.bits, got, tt.val)
		}
		if got := Float32ToBF16(tt.val); got != tt.bits {
			t.Errorf("Float32ToBF16(%g) = %#04x, want %#04x", tt.val, got, tt.bits)
		}
	}
	ld := func(m float64, e int) float32 { return float32(math.Ldexp(m, e)) }
	for _, tt := range []struct {
		val  float32
		bits uint16
	}{
		{ld(1+1.0/256, 0), 0x3f80},             // tie → even (down)
		{ld(1+3.0/256, 0), 0x3f82},             // tie → even (up)
		{ld(1+1.0/256+1.0/(1<<20), 0), 0x3f81}, // above the tie
		{0.1, 0x3dcd},
		{float32(math.MaxFloat32), 0x7f80}, // rounds to infinity
		{math.Float32frombits(1), 0x0000},
		{math.Float32frombits(0x80008000), 0x8000}, // subnormal tie → even
		{math.Float32frombits(0x00018000), 0x0002}, // subnormal tie → even (up)
	} {
		if got := Float32ToBF16(tt.val); got != tt.bits {
			t.Errorf("Float32ToBF16(%g) = %#04x, want %#04x", tt.val, got, tt.bits)
		}
	}
	for _, v := range []float32{float32(math.NaN()), math.Float32frombits(0x7f800001), math.Float32frombits(0xff800001)} {
		h := Float32ToBF16(v)
		if !math.IsNaN(float64(BF16ToFloat32(h))) || h>>15 != uint16(math.Float32bits(v)>>31) {
			t.Errorf("Float32ToBF16(NaN %#x) = %#04x", math.Float32bits(v), h)
		}
	}
}

// TestHalfExhaustive checks every finite f16 and bf16 value: decoding
// matches m·2^e computed in float64, encoding inverts decoding, and values
// between two neighbours round to the nearer one, ties to the even one.
func TestHalfExhaustive(t *testing.T) {
	f16ref := func(h uint16) float64 {
		e := int(h>>10) & 0x1f
		m := float64(h & 0x3ff)
		var v float64
		if e == 0 {
			v = math.Ldexp(m, -24)
		} else {
			v = math.Ldexp(1024+m, e-25)
		}
		if h&0x8000 != 0 {
			v = -v
		}
		return v
	}
	type codec struct {
		name   string
		dec    func(uint16) float32
		enc    func(float32) uint16
		maxFin uint16
	}
	for _, c := range []codec{
		{"f16", F16ToFloat32, Float32ToF16, 0x7bff},
		{"bf16", BF16ToFloat32, Float32ToBF16, 0x7f7f},
	} {
		for _, sign := range []uint16{0, 0x8000} {
			for h := uint16(0); h <= c.maxFin; h++ {
				v := c.dec(sign | h)
				if c.name == "f16" && float64(v) != f16ref(sign|h) {
					t.Fatalf("F16ToFloat32(%#04x) = %g, want %g", sign|h, v, f16ref(sign|h))
				}
				if got := c.enc(v); got != sign|h {
					t.Fatalf("%s: encode(decode(%#04x)) = %#04x", c.name, sign|h, got)
				}
				if h == c.maxFin {
					continue // the next value up is infinity: see the tables
				}
				// The midpoint to the next value up (exact in float32).
				next := c.dec(sign | (h + 1))
				mid := float32((float64(v) + float64(next)) / 2)
				even := sign | h
				if h&1 != 0 {
					even = sign | (h + 1)
				}
				if got := c.enc(mid); got != even {
					t.Fatalf("%s: encode(%g, tie of %#04x and %#04x) = %#04x, want %#04x", c.name, mid, sign|h, sign|(h+1), got, even)
				}
				up, down := math.Nextafter32(mid, next), math.Nextafter32(mid, v)
				if got := c.enc(up); got != sign|(h+1) {
					t.Fatalf("%s: encode(%g) = %#04x, want %#04x", c.name, up, got, sign|(h+1))
				}
				if got := c.enc(down); got != sign|h {
					t.Fatalf("%s: encode(%g) = %#04x, want %#04x", c.name, down, got, sign|h)
				}
			}
		}
	}
}

func TestConversions(t *testing.T) {
	vals := []float32{0, 1, -2.5, 0.1, 65504, 1e-7, float32(math.Inf(-1))}
	for _, dt := range []DType{F32, F16, BF16, F64} {
		tn, err := FromFloat32(dt, []int{len(vals)}, vals)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tn.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(vals)
		RoundFloat32(dt, want)
		for i := range vals {
			if !same(got[i], want[i]) {
				t.Errorf("%s: value %d = %g, want %g", dt, i, got[i], want[i])
			}
		}
	}
	if tn, _ := FromFloat32(F16, []int{1}, []float32{0.1}); binary.LittleEndian.Uint16(tn.Data) != 0x2e66 {
		t.Errorf("F16 0.1 encoded as %x", tn.Data)
	}

	ints := []int32{0, -1, math.MaxInt32, math.MinInt32}
	for _, dt := range []DType{I32, I64} {
		tn, err := FromInt32(dt, []int{2, 2}, ints)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tn.Int32s()
		if err != nil || !slices.Equal(got, ints) {
			t.Errorf("%s: %v, %v", dt, got, err)
		}
	}
	big := Tensor{DType: I64, Shape: []int{2}, Data: binary.LittleEndian.AppendUint64(make([]byte, 8), 1<<31)}
	if _, err := big.Int32s(); err == nil || !strings.Contains(err.Error(), "element 1 = 2147483648 is out of the i32 range") {
		t.Errorf("I64 out of range: %v", err)
	}
	small := Tensor{DType: I8, Shape: []int{2}, Data: []byte{0xff, 5}}
	if got, err := small.Int32s(); err != nil || !slices.Equal(got, []int32{-1, 5}) {
		t.Errorf("I8: %v %v", got, err)
	}

	for _, tt := range []struct {
		f    func() error
		want string
	}{
		{func() error { _, err := FromFloat32(F32, []int{2, 3}, make([]float32, 5)); return err }, "5 values do not match shape [2,3] of F32 (6 elements)"},
		{func() error { _, err := FromFloat32(I32, []int{1}, make([]float32, 1)); return err }, "cannot encode f32 values as I32"},
		{func() error { _, err := FromInt32(F32, []int{1}, make([]int32, 1)); return err }, "cannot encode i32 values as F32"},
		{func() error { _, err := FromFloat32(F32, []int{-1}, nil); return err }, "shape [-1] is invalid"},
		{func() error {
			_, err := Tensor{DType: I32, Shape: []int{1}, Data: make([]byte, 4)}.Float32s()
			return err
		}, "cannot convert I32 to f32"},
		{func() error {
			_, err := Tensor{DType: F32, Shape: []int{1}, Data: make([]byte, 4)}.Int32s()
			return err
		}, "cannot convert F32 to i32"},
		{func() error {
			_, err := Tensor{DType: F32, Shape: []int{2}, Data: make([]byte, 4)}.Float32s()
			return err
		}, "4 data bytes do not match shape [2] of F32 (8 bytes)"},
	} {
		if err := tt.f(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("error %v, want %q", err, tt.want)
		}
	}
}

// corrupt lists malformed files and the error each must give.
var corrupt = []struct {
	name string
	data []byte
	want string
}{
	{"empty", nil, "file is 0 bytes, shorter than the 8-byte header length"},
	{"seven bytes", []byte{1, 0, 0, 0, 0, 0, 0}, "file is 7 bytes"},
	{"absurd header", binary.LittleEndian.AppendUint64(nil, 1<<62), "header length 4611686018427387904 is larger than the limit of 100000000 bytes"},
	{"max header", binary.LittleEndian.AppendUint64(nil, math.MaxUint64), "is larger than the limit"},
	{"header past end", append(binary.LittleEndian.AppendUint64(nil, 100), "{}"...), "header length 100 exceeds the 2 bytes that follow it"},
	{"empty header", file(""), "header is not a valid JSON object: unexpected end of JSON"},
	{"bad json", file(`{"a":`), "header is not a valid JSON object"},
	{"bad json 2", file(`{"a" 1}`), "header is not a valid JSON object: expected colon after object key (at byte 5)"},
	{"array", file(`[]`), "found \"[\", want an object"},
	{"trailing", file(`{} x`), "after the object"},
	{"two objects", file(`{}{}`), "unexpected \"{\" after the object"},
	{"utf8", file("{\"\xff\":1}"), "header is not valid UTF-8 (byte 2 of the header)"},
	{"duplicate", file(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}}`), `duplicate key "a"`},
	{"entry not object", file(`{"a":[1]}`), `tensor "a": entry is an array`},
	{"empty name", file(`{"":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}}`), "tensor name is empty"},
	{"unknown dtype", file(`{"a":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}}`, 0), `tensor "a": unknown dtype "F8_E4M3"`},
	{"lower-case dtype", file(`{"a":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": unknown dtype "f32"`},
	{"dtype number", file(`{"a":{"dtype":3,"shape":[1],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": dtype is a number, want a string`},
	{"missing shape", file(`{"a":{"dtype":"F32","data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": missing "shape"`},
	{"missing offsets", file(`{"a":{"dtype":"F32","shape":[1]}}`, 0, 0, 0, 0), `tensor "a": missing "data_offsets"`},
	{"unknown field", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":1}}`, 0, 0, 0, 0), `tensor "a": unknown field "x"`},
	{"shape null", file(`{"a":{"dtype":"F32","shape":null,"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape is null, want an array of integers`},
	{"shape string", file(`{"a":{"dtype":"F32","shape":["1"],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape[0] is a string, want an integer`},
	{"negative dim", file(`{"a":{"dtype":"F32","shape":[2,-1],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape [2,-1] has negative dimension -1`},
	{"fractional dim", file(`{"a":{"dtype":"F32","shape":[2.5],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape[0] = 2.5 is not an integer`},
	{"exponent dim", file(`{"a":{"dtype":"F32","shape":[1e30],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape[0] = 1e30 is not an integer`},
	{"huge dim", file(`{"a":{"dtype":"F32","shape":[99999999999999999999],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape[0] = 99999999999999999999 is out of range`},
	{"overflowing shape", file(`{"a":{"dtype":"F32","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape [4294967296,4294967296,4294967296] of F32 is too large`},
	{"overflowing bytes", file(`{"a":{"dtype":"F64","shape":[2305843009213693952],"data_offsets":[0,4]}}`, 0, 0, 0, 0), `tensor "a": shape [2305843009213693952] of F64 is too large`},
	{"three offsets", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}}`, 0, 0, 0, 0), `tensor "a": data_offsets has 3 elements, want 2`},
	{"negative offset", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}`, 0, 0, 0, 0), `tensor "a": data_offsets [-4,0] are negative`},
	{"end before begin", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}}`, 0, 0, 0, 0), `tensor "a": data_offsets [4,0] end before they begin`},
	{"size mismatch", file(`{"L0.w_q":{"dtype":"F32","shape":[5,6],"data_offsets":[0,100]}}`, make([]byte, 100)...),
		`tensor "L0.w_q": data_offsets [0,100] do not match shape [5,6] of F32 (120 bytes)`},
	{"past buffer", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, 0, 0, 0, 0), `tensor "a": data_offsets [0,8] run past the end of the 4-byte data buffer`},
	{"huge offsets", file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[9223372036854775806,9223372036854775807]}}`), `tensor "a": data_offsets [9223372036854775806,9223372036854775807] run past the end`},
	{"overlap", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, make([]byte, 8)...),
		`tensors "a" (data_offsets [0,8]) and "b" (data_offsets [4,8]) overlap`},
	{"same span", file(`{"b":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"a":{"dtype":"I32","shape":[1],"data_offsets":[0,4]}}`, make([]byte, 4)...),
		`tensors "a" (data_offsets [0,4]) and "b" (data_offsets [0,4]) overlap`},
	{"metadata not object", file(`{"__metadata__":["x"]}`), `__metadata__ is an array, want an object of strings`},
	{"metadata number", file(`{"__metadata__":{"k":1}}`), `__metadata__: value of "k" is a number, want a string`},
	{"metadata null", file(`{"__metadata__":{"k":null}}`), `__metadata__: value of "k" is null, want a string`},
	{"metadata duplicate", file(`{"__metadata__":{"k":"a","k":"b"}}`), `__metadata__: duplicate key "k"`},
}

func TestCorrupt(t *testing.T) {
	for _, tt := range corrupt {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.data)
			if err == nil {
				t.Fatalf("parsed: %v", f.Names())
			}
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Errorf("error %T is not a *FormatError", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q\nwant %q", err, tt.want)
			}
		})
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.safetensors")
	if err := os.WriteFile(path, []byte{1, 2, 3}, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+": file is 3 bytes") {
		t.Errorf("error %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestGapsAllowed: unused bytes between tensors and after the last one are
// tolerated, and Write drops them.
func TestGapsAllowed(t *testing.T) {
	data := file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[2,3]}}`, 9, 9, 7, 9)
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f.Tensors["a"].Data, []byte{7}) {
		t.Errorf("a = %v", f.Tensors["a"].Data)
	}
	b, _ := Marshal(f)
	if n := binary.LittleEndian.Uint64(b); uint64(len(b)) != 8+n+1 {
		t.Errorf("rewritten file is %d bytes", len(b))
	}
}

func TestWriteErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    *File
		want string
	}{
		{"short data", &File{Tensors: map[string]Tensor{"x": {DType: F32, Shape: []int{2}, Data: make([]byte, 4)}}},
			`tensor "x": 4 data bytes do not match shape [2] of F32 (8 bytes)`},
		{"invalid dtype", &File{Tensors: map[string]Tensor{"x": {Shape: []int{2}}}}, `tensor "x": invalid dtype`},
		{"negative dim", &File{Tensors: map[string]Tensor{"x": {DType: U8, Shape: []int{-2}}}}, `tensor "x": shape [-2] of U8 is invalid`},
		{"reserved", &File{Tensors: map[string]Tensor{"__metadata__": {DType: U8, Shape: []int{0}}}}, `tensor name "__metadata__" is reserved`},
		{"empty name", &File{Tensors: map[string]Tensor{"": {DType: U8, Shape: []int{0}}}}, "tensor name is empty"},
		{"bad utf8", &File{Tensors: map[string]Tensor{"\xff": {DType: U8, Shape: []int{0}}}}, "not valid UTF-8"},
		{"bad metadata", &File{Metadata: map[string]string{"k": "\xff"}}, `metadata "k": not valid UTF-8`},
	} {
		var b bytes.Buffer
		err := Write(&b, tt.f)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: wrote %d bytes before failing", tt.name, b.Len())
		}
		path := filepath.Join(t.TempDir(), "x")
		if err := WriteFile(path, tt.f); err == nil {
			t.Errorf("%s: WriteFile succeeded", tt.name)
		}
		if ents, _ := os.ReadDir(filepath.Dir(path)); len(ents) != 0 {
			t.Errorf("%s: WriteFile left %d files", tt.name, len(ents))
		}
	}
}

func TestEmptyFile(t *testing.T) {
	b, err := Marshal(&File{})
	if err != nil {
		t.Fatal(err)
	}
	if want := file("{}      "); !bytes.Equal(b, want) {
		t.Errorf("empty file %q, want %q", b, want)
	}
	f, err := Parse(b)
	if err != nil || len(f.Tensors) != 0 || f.Metadata != nil {
		t.Errorf("%+v %v", f, err)
	}
}

// TestReadFileNotRegular: a device, a directory (and, on Unix, a named
// pipe: read_unix_test.go) is refused before reading; reading /dev/zero
// to its end would never finish.
func TestReadFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(dir); err == nil || err.Error() != dir+" is not a regular file (it is a directory)" {
		t.Errorf("directory: error %v", err)
	}
	for _, dev := range []string{"/dev/zero", "/dev/urandom"} {
		if _, err := os.Stat(dev); err != nil {
			t.Logf("skipping %s: %v", dev, err)
			continue
		}
		done := make(chan error, 1)
		go func() { _, err := ReadFile(dev); done <- err }()
		select {
		case err := <-done:
			if err == nil || err.Error() != dev+" is not a regular file (it is a character device)" {
				t.Errorf("%s: error %v", dev, err)
			}
		case <-time.After(time.Minute):
			t.Fatalf("ReadFile(%s) did not return", dev)
		}
	}
}

// TestReadFileHeaderLength: the declared header length is checked against
// the limit and against the file's size before the rest is read, and the
// error names both numbers.
func TestReadFileHeaderLength(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		n    uint64
		rest int
		want string
	}{
		{100, 10, "header length 100 exceeds the 10 bytes that follow it (file truncated?)"},
		{MaxHeaderLen + 1, 10, "header length 100000001 is larger than the limit of 100000000 bytes"},
		{1 << 63, 0, "header length 9223372036854775808 is larger than the limit of 100000000 bytes"},
	} {
		data := binary.LittleEndian.AppendUint64(nil, tt.n)
		data = append(data, bytes.Repeat([]byte{' '}, tt.rest)...)
		path := filepath.Join(dir, fmt.Sprint(tt.n))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadFile(path)
		var fe *FormatError
		if err == nil || err.Error() != path+": "+tt.want || !errors.As(err, &fe) {
			t.Errorf("header length %d: error %v\nwant %s: %s", tt.n, err, path, tt.want)
		}
		// Parse says the same about the bytes in memory.
		if _, err := Parse(data); err == nil || err.Error() != tt.want {
			t.Errorf("Parse, header length %d: error %v\nwant %s", tt.n, err, tt.want)
		}
	}
	// A well-formed file still reads, whatever its size's relation to 8.
	good, err := Marshal(&File{Tensors: map[string]Tensor{"a": {DType: U8, Shape: []int{3}, Data: []byte{1, 2, 3}}}})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "good")
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	if f, err := ReadFile(path); err != nil || !bytes.Equal(f.Tensors["a"].Data, []byte{1, 2, 3}) {
		t.Errorf("good file: %v %v", f, err)
	}
}
