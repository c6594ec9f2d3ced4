package ir

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTypeRoundTrip(t *testing.T) {
	tests := []struct {
		in   string
		want Type
	}{
		{"f32[B,T,128]", T(F32, S("B"), S("T"), C(128))},
		{"i32[B,T]", T(I32, S("B"), S("T"))},
		{"bf16[]", T(BF16)},
		{"f16[1,2,3,4]", T(F16, C(1), C(2), C(3), C(4))},
		{"f32[0]", T(F32, C(0))},
		{"f32[_n,Seq_len2]", T(F32, S("_n"), S("Seq_len2"))},
		{"?", Type{}},
	}
	for _, tt := range tests {
		got, err := ParseType(tt.in)
		if err != nil {
			t.Errorf("ParseType(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) || got.Known() != tt.want.Known() {
			t.Errorf("ParseType(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
		if s := got.String(); s != tt.in {
			t.Errorf("ParseType(%q).String() = %q", tt.in, s)
		}
		if s := tt.want.String(); s != tt.in {
			t.Errorf("%#v.String() = %q, want %q", tt.want, s, tt.in)
		}
	}
}

func TestParseTypeSpacing(t *testing.T) {
	// Blanks between tokens are allowed; the printed form has none.
	got, err := ParseType(" f32 [ B , 4 ] ")
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != "f32[B,4]" {
		t.Errorf("got %s, want f32[B,4]", got)
	}
}

func TestParseTypeErrors(t *testing.T) {
	tests := []struct {
		in, col, msg string // col is "line:col" of the error
	}{
		{"", "1:1", "expected a type like f32[B,T,128], found end of input"},
		{"f64[B]", "1:1", `unknown element type "f64"`},
		{"F32[B]", "1:1", `unknown element type "F32"`},
		{"f32", "1:4", `expected "[", found end of input`},
		{"f32[", "1:5", "expected a dimension, found end of input"},
		{"f32[B,]", "1:7", `expected a dimension, found "]"`},
		{"f32[B,,T]", "1:7", `expected a dimension, found ","`},
		{"f32[B T]", "1:7", `expected ",", found "T"`},
		{"f32[-1]", "1:5", `bad dimension "-1"`},
		{"f32[1.5]", "1:5", `bad dimension "1.5"`},
		{"f32[1e3]", "1:5", `bad dimension "1e3"`},
		{"f32[99999999999999999999]", "1:5", "bad dimension"},
		{"f32[B.x]", "1:5", `bad dimension "B.x"`},
		{"f32[-inf]", "1:5", `bad dimension "-inf"`},
		{"f32[%B]", "1:5", `expected a dimension, found "%B"`},
		{"f32[B] x", "1:8", `unexpected "x" after type`},
		{"f32[B]]", "1:7", `unexpected "]" after type`},
		{"?[B]", "1:2", `unexpected "[" after type`},
		{"f32[B] // c", "1:8", "unexpected comment after type"},
		{"f32[B;T]", "1:6", `expected ",", found ";"`},
	}
	for _, tt := range tests {
		_, err := ParseType(tt.in)
		if err == nil {
			t.Errorf("ParseType(%q) succeeded, want error %q", tt.in, tt.msg)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseType(%q) error %v is %T, not *ParseError", tt.in, err, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "type:"+tt.col+": ") || !strings.Contains(pe.Msg, tt.msg) {
			t.Errorf("ParseType(%q) = %q, want type:%s: ...%s...", tt.in, err, tt.col, tt.msg)
		}
	}
}

func TestTypeBytes(t *testing.T) {
	env := map[string]int{"B": 2, "T": 3}
	tests := []struct {
		typ  string
		want int64
		err  string
	}{
		{"f32[B,T,128]", 2 * 3 * 128 * 4, ""},
		{"i32[B,T]", 2 * 3 * 4, ""},
		{"bf16[B,T,8]", 2 * 3 * 8 * 2, ""},
		{"f16[4]", 8, ""},
		{"bf16[]", 2, ""},
		{"f32[B,0]", 0, ""},
		{"f32[B,S,4]", 0, "dimension S of f32[B,S,4] is not bound"},
		{"?", 0, "not known"},
	}
	for _, tt := range tests {
		typ, err := ParseType(tt.typ)
		if err != nil {
			t.Fatal(err)
		}
		got, err := typ.Bytes(env)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%s.Bytes() error = %v, want %q", tt.typ, err, tt.err)
		case tt.err == "" && err != nil:
			t.Errorf("%s.Bytes(): %v", tt.typ, err)
		case got != tt.want:
			t.Errorf("%s.Bytes() = %d, want %d", tt.typ, got, tt.want)
		}
	}
	// Bytes must not overflow int for large bindings.
	n, err := T(F32, S("B"), S("T"), C(4096)).Bytes(map[string]int{"B": 1 << 12, "T": 1 << 16})
	if err != nil || n != int64(1)<<12*(1<<16)*4096*4 {
		t.Errorf("large Bytes = %d, %v", n, err)
	}
}

func TestElem(t *testing.T) {
	tests := []struct {
		e     Elem
		name  string
		size  int
		float bool
	}{
		{F32, "f32", 4, true},
		{F16, "f16", 2, true},
		{BF16, "bf16", 2, true},
		{I32, "i32", 4, false},
		{Invalid, "?", 0, false},
	}
	for _, tt := range tests {
		if tt.e.String() != tt.name || tt.e.Size() != tt.size || tt.e.IsFloat() != tt.float {
			t.Errorf("%d: got %s/%d/%v, want %s/%d/%v", tt.e, tt.e, tt.e.Size(), tt.e.IsFloat(), tt.name, tt.size, tt.float)
		}
		e, ok := ParseElem(tt.name)
		if want := tt.e != Invalid; ok != want || ok && e != tt.e {
			t.Errorf("ParseElem(%q) = %v, %v", tt.name, e, ok)
		}
	}
	if s := Elem(200).String(); s != "elem(200)" {
		t.Errorf("Elem(200) = %s", s)
	}
}

func TestTypeHelpers(t *testing.T) {
	x := T(F32, S("B"), S("T"), C(128))
	if x.Rank() != 3 || x.Last() != C(128) || !x.Known() || (Type{}).Known() {
		t.Errorf("Rank/Last/Known wrong for %s", x)
	}
	y := x.WithLast(C(64))
	if y.String() != "f32[B,T,64]" || x.String() != "f32[B,T,128]" {
		t.Errorf("WithLast: got %s, and the original became %s", y, x)
	}
	z := x.With(BF16)
	z.Shape[0] = S("N")
	if z.String() != "bf16[N,T,128]" || x.String() != "f32[B,T,128]" {
		t.Errorf("With: got %s, and the original became %s", z, x)
	}
	if x.Equal(T(F32, S("B"), S("T"))) || x.Equal(x.With(F16)) || !x.Equal(T(F32, S("B"), S("T"), C(128))) {
		t.Errorf("Equal is wrong")
	}
	// A symbol and a constant never compare equal, even "0" and symbol "".
	if T(F32, C(0)).Equal(T(F32, S("Z"))) {
		t.Errorf("constant equals symbol")
	}
}

func TestPosString(t *testing.T) {
	tests := []struct {
		p    Pos
		want string
	}{
		{Pos{}, "-"},
		{Pos{File: "a.hopf", Line: 3, Col: 7}, "a.hopf:3:7"},
		{Pos{Line: 3, Col: 7}, "3:7"},
		{Pos{File: "a.hopf"}, "-"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}
