package safetensors

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzParse checks that Parse never panics, fails only with a
// *FormatError, and that a file it accepts is written back (Write) to bytes
// that parse to an equal file and rewrite to the same bytes.
//
//	go test ./runtime/safetensors -run XXX -fuzz FuzzParse -fuzztime 3m -parallel 1
func FuzzParse(f *testing.F) {
	for _, tt := range corrupt {
		f.Add(tt.data)
	}
	valid := &File{
		Tensors: map[string]Tensor{
			"a":   {DType: F32, Shape: []int{2}, Data: []byte{0, 0, 0x80, 0x3f, 0, 0, 0x20, 0xc0}},
			"b.c": {DType: BF16, Shape: []int{1, 1}, Data: []byte{0x80, 0x3f}},
			"i":   {DType: I64, Shape: []int{}, Data: []byte{1, 2, 3, 4, 5, 6, 7, 8}},
			"z":   {DType: BOOL, Shape: []int{0, 3}, Data: []byte{}},
		},
		Metadata: map[string]string{"format": "hopf"},
	}
	b, err := Marshal(valid)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(file(`{"a": {"dtype":"F16","shape":[3],"data_offsets":[2,8]}, "__metadata__": {"\u00fc": "x"}}`, 0, 0, 0, 0x3c, 0xff, 0x7b, 1, 0))
	f.Add(file(`{"\ud800": {"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, 1))

	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is %T, not *FormatError", err, err)
			}
			if p != nil {
				t.Fatal("Parse returned a file and an error")
			}
			return
		}
		for _, name := range p.Names() {
			tn := p.Tensors[name]
			if tn.DType.IsFloat() {
				if _, err := tn.Float32s(); err != nil {
					t.Fatalf("tensor %q: Float32s: %v", name, err)
				}
			} else if tn.DType != I64 {
				if _, err := tn.Int32s(); err != nil {
					t.Fatalf("tensor %q: Int32s: %v", name, err)
				}
			}
		}
		b1, err := Marshal(p)
		if err != nil {
			t.Fatalf("writing a parsed file: %v", err)
		}
		q, err := Parse(b1)
		if err != nil {
			t.Fatalf("reparsing a written file: %v\n%q", err, b1)
		}
		if d := diffFiles(p, q); d != "" {
			t.Fatalf("reparsed file differs: %s", d)
		}
		b2, err := Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1, b2) {
			t.Fatalf("rewrite is not stable:\n%q\n%q", b1, b2)
		}
	})
}
