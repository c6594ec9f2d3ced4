package weights

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// model is a small graph; ELEM is replaced by the element type and EXTRA
// by additional weight declarations.
const model = `EXTRA
weight @tok_embed : ELEM[10,8]       // examples/m.hopf:2:3
weight @L0.w_q : ELEM[8,8]           // examples/m.hopf:13:5
weight @L0.norm.weight : ELEM[8]     // examples/m.hopf:12:5
weight @L0.norm.bias : ELEM[8]       // examples/m.hopf:12:5
graph @m(%tokens: i32[B,T]) -> ELEM[B,T,8] {
  %x = embed %tokens, @tok_embed : ELEM[B,T,8]
  %h = layernorm %x, @L0.norm.weight, @L0.norm.bias {eps=1e-05} : ELEM[B,T,8]
  %q = linear %h, @L0.w_q : ELEM[B,T,8]
  return %q
}
`

func parse(t testing.TB, elem, extra string) *ir.Graph {
	t.Helper()
	src := strings.ReplaceAll(strings.ReplaceAll(model, "ELEM", elem), "EXTRA", extra)
	g, err := ir.Parse("m.ir", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Verify(g, ir.VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
	return g
}

func mustInit(t testing.TB, g *ir.Graph, seed uint64) *Set {
	t.Helper()
	s, err := Init(g, seed)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestInitDeterministic(t *testing.T) {
	g := parse(t, "f32", "")
	a, b, c := mustInit(t, g, 1), mustInit(t, g, 1), mustInit(t, g, 2)
	if !slices.Equal(a.Names(), []string{"tok_embed", "L0.w_q", "L0.norm.weight", "L0.norm.bias"}) {
		t.Fatalf("names %v: not in graph order", a.Names())
	}
	for _, name := range a.Names() {
		x, y, z := a.Get(name), b.Get(name), c.Get(name)
		if !slices.Equal(x.Data, y.Data) {
			t.Errorf("%s: same seed, different values", name)
		}
		random := !strings.HasPrefix(name, "L0.norm.")
		if random && slices.Equal(x.Data, z.Data) {
			t.Errorf("%s: different seeds, same values", name)
		}
	}
	if slices.Equal(a.Get("tok_embed").Data[:8], a.Get("L0.w_q").Data[:8]) {
		t.Error("two tensors share their random stream")
	}

	// A graph with one more weight, declared first, leaves the others as
	// they were.
	g2 := parse(t, "f32", "weight @L1.w_k : f32[8,8]")
	d := mustInit(t, g2, 1)
	if d.Len() != a.Len()+1 || d.Get("L1.w_k") == nil {
		t.Fatalf("names %v", d.Names())
	}
	for _, name := range a.Names() {
		if !slices.Equal(a.Get(name).Data, d.Get(name).Data) {
			t.Errorf("%s changed when another weight was added", name)
		}
	}
}

func TestInitStatistics(t *testing.T) {
	g, err := ir.Parse("s.ir", `weight @L0.w_o : f32[256,256]
weight @tok_embed : f32[64,256]
weight @L3.norm.weight : f32[256]
weight @L3.norm.bias : f32[256]
weight @norm_f.weight : f32[256]
graph @s(%x: f32[B,T,256]) -> f32[B,T,256] {
  return %x
}
`)
	if err != nil {
		t.Fatal(err)
	}
	s := mustInit(t, g, 42)
	stats := func(d []float32) (mean, std float64) {
		for _, v := range d {
			mean += float64(v)
		}
		mean /= float64(len(d))
		for _, v := range d {
			std += (float64(v) - mean) * (float64(v) - mean)
		}
		return mean, math.Sqrt(std / float64(len(d)))
	}
	for _, tt := range []struct {
		name string
		std  float64
	}{{"L0.w_o", 1.0 / 16}, {"tok_embed", 1}} {
		mean, std := stats(s.Get(tt.name).Data)
		if math.Abs(mean) > 0.05*tt.std || math.Abs(std-tt.std) > 0.1*tt.std {
			t.Errorf("%s: mean %g std %g, want 0 and %g", tt.name, mean, std, tt.std)
		}
	}
	for name, want := range map[string]float32{"L3.norm.weight": 1, "L3.norm.bias": 0, "norm_f.weight": 1} {
		for i, v := range s.Get(name).Data {
			if v != want {
				t.Fatalf("%s[%d] = %g, want %g", name, i, v, want)
			}
		}
	}
}

func TestInitErrors(t *testing.T) {
	src := strings.ReplaceAll(strings.ReplaceAll(model, "ELEM", "f32"), "EXTRA",
		"weight @sym : f32[B,8]  // examples/m.hopf:1:1\nweight @ints : i32[4]")
	g, err := ir.Parse("m.ir", src) // not verified: the verifier rejects these too
	if err != nil {
		t.Fatal(err)
	}
	_, err = Init(g, 0)
	if err == nil {
		t.Fatal("Init accepted a symbolic weight")
	}
	for _, want := range []string{
		"weight sym has symbolic dimension B in f32[B,8]; weight shapes must be constant (declared at examples/m.hopf:1:1)",
		"weight ints has type i32[4]; weights must be f32, f16 or bf16",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q\nwant %q", err, want)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	for _, elem := range []string{"f32", "f16", "bf16"} {
		t.Run(elem, func(t *testing.T) {
			g := parse(t, elem, "")
			s := mustInit(t, g, 7)
			// Values no f16 or bf16 can hold exactly, to see them rounded.
			q := s.Get("L0.w_q")
			for i := range q.Data {
				q.Data[i] = 0.1 * float32(i+1)
			}
			path := filepath.Join(t.TempDir(), "m.safetensors")
			if err := Save(path, g, s); err != nil {
				t.Fatal(err)
			}
			f, err := safetensors.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if f.Metadata["format"] != "hopf" || f.Metadata["model"] != "m" {
				t.Errorf("metadata %v", f.Metadata)
			}
			wantDT := map[string]safetensors.DType{"f32": safetensors.F32, "f16": safetensors.F16, "bf16": safetensors.BF16}[elem]
			for name, tn := range f.Tensors {
				if tn.DType != wantDT {
					t.Errorf("%s stored as %s, want %s", name, tn.DType, wantDT)
				}
			}
			l, err := Load(path, g)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(l.Names(), s.Names()) {
				t.Fatalf("names %v, want %v", l.Names(), s.Names())
			}
			for _, a := range s.Tensors() {
				b := l.Get(a.Name)
				if !slices.Equal(a.Shape, b.Shape) {
					t.Errorf("%s: shape %v, want %v", a.Name, b.Shape, a.Shape)
				}
				want := slices.Clone(a.Data)
				safetensors.RoundFloat32(wantDT, want)
				if !slices.Equal(b.Data, want) {
					t.Errorf("%s: loaded %v, want %v", a.Name, b.Data[:4], want[:4])
				}
				if a.Name != "L0.w_q" && !slices.Equal(b.Data, a.Data) {
					t.Errorf("%s: Init values are not exactly representable in %s", a.Name, elem)
				}
			}
			if elem != "f32" && slices.Equal(l.Get("L0.w_q").Data, q.Data) {
				t.Error("values were not rounded")
			}
		})
	}
}

// TestLoadConverts: a file of another float type loads, rounded to the
// model's type.
func TestLoadConverts(t *testing.T) {
	g32, g16 := parse(t, "f32", ""), parse(t, "f16", "")
	s := mustInit(t, g32, 3)
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := Save(path, g16, s); err != nil { // f32 values stored as f16
		t.Fatal(err)
	}
	l, err := Load(path, g32)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(s.Get("tok_embed").Data)
	safetensors.RoundFloat32(safetensors.F16, want)
	if !slices.Equal(l.Get("tok_embed").Data, want) {
		t.Error("f16 file for an f32 model: values differ")
	}
	if err := Save(path, g32, s); err != nil {
		t.Fatal(err)
	}
	l, err = Load(path, g16) // an f32 file for an f16 model: rounded
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(l.Get("tok_embed").Data, want) {
		t.Error("f32 file for an f16 model: values not rounded to f16")
	}
}

// tensorsFile builds a file from (name, dtype, shape) triples with zeros.
func tensorsFile(t *testing.T, specs ...any) *safetensors.File {
	f := &safetensors.File{Tensors: map[string]safetensors.Tensor{}}
	for i := 0; i < len(specs); i += 3 {
		dt, shape := specs[i+1].(safetensors.DType), specs[i+2].([]int)
		n := 1
		for _, d := range shape {
			n *= d
		}
		f.Tensors[specs[i].(string)] = safetensors.Tensor{DType: dt, Shape: shape, Data: make([]byte, n*dt.Size())}
	}
	return f
}

func TestCheckErrors(t *testing.T) {
	g := parse(t, "f32", "")
	F32, F16, I32 := safetensors.F32, safetensors.F16, safetensors.I32
	good := []any{"tok_embed", F32, []int{10, 8}, "L0.w_q", F16, []int{8, 8}, "L0.norm.weight", F32, []int{8}, "L0.norm.bias", F32, []int{8}}
	with := func(i int, name string, dt safetensors.DType, shape []int) []any {
		s := slices.Clone(good)
		s[3*i], s[3*i+1], s[3*i+2] = name, dt, shape
		return s
	}
	for _, tt := range []struct {
		name  string
		specs []any
		want  []string
	}{
		{"missing", good[3:], []string{"src.safetensors: tensor tok_embed is missing, want f32[10,8] (declared at examples/m.hopf:2:3)"}},
		{"extra", append(slices.Clone(good), "L9.w_k", F32, []int{8, 8}), []string{"src.safetensors: tensor L9.w_k (f32[8,8]) is not a weight of graph @m"}},
		{"wrong shape", with(1, "L0.w_q", F32, []int{8, 4}), []string{"src.safetensors: tensor L0.w_q has shape [8,4], want [8,8] (declared at examples/m.hopf:13:5)"}},
		{"transposed", with(0, "tok_embed", F32, []int{8, 10}), []string{"tensor tok_embed has shape [8,10], want [10,8]"}},
		{"wrong rank", with(2, "L0.norm.weight", F32, []int{1, 8}), []string{"tensor L0.norm.weight has shape [1,8], want [8] (declared at examples/m.hopf:12:5)"}},
		{"scalar", with(3, "L0.norm.bias", F32, []int{}), []string{"tensor L0.norm.bias has shape [], want [8]"}},
		{"non-float", with(1, "L0.w_q", I32, []int{8, 8}), []string{"tensor L0.w_q has dtype I32, want a floating-point type for f32[8,8] (declared at examples/m.hopf:13:5)"}},
		{"all at once", append(with(1, "L0.w_k", F32, []int{8, 8})[3:], "\x00odd", F32, []int{1}), []string{
			"tensor tok_embed is missing",
			"tensor L0.w_q is missing, want f32[8,8]",
			"tensor L0.w_k (f32[8,8]) is not a weight of graph @m",
			`tensor "\x00odd" (f32[1]) is not a weight`,
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromFile(tensorsFile(t, tt.specs...), g, "src.safetensors")
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not a *CheckError", err)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tt.want) || len(ce.Problems) != len(tt.want) {
				t.Errorf("%d problems, want %d:\n%v", len(lines), len(tt.want), err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nwant %q", err, w)
				}
			}
			for _, l := range lines {
				if !strings.HasPrefix(l, "src.safetensors: tensor ") {
					t.Errorf("line %q does not name its source and tensor", l)
				}
			}
		})
	}
	if _, err := FromFile(tensorsFile(t, good...), g, "x"); err != nil {
		t.Errorf("good file: %v", err)
	}
}

func TestCheckSet(t *testing.T) {
	g := parse(t, "f32", "")
	s := mustInit(t, g, 0)
	if err := Check(g, s, "init"); err != nil {
		t.Fatal(err)
	}
	bad := NewSet()
	for _, tn := range s.Tensors() {
		c := *tn
		switch c.Name {
		case "L0.w_q":
			c.Shape = []int{8, 4}
		case "L0.norm.bias":
			c.Data = c.Data[:7]
		case "tok_embed":
			continue
		}
		if err := bad.Add(&c); err != nil {
			t.Fatal(err)
		}
	}
	bad.Add(&Tensor{Name: "unembed", Shape: []int{10, 8}, Data: make([]float32, 80)})
	if err := bad.Add(&Tensor{Name: "unembed"}); err == nil {
		t.Error("Add accepted a duplicate name")
	}
	err := Check(g, bad, "mine")
	want := "mine: tensor tok_embed is missing, want f32[10,8] (declared at examples/m.hopf:2:3)\n" +
		"mine: tensor L0.w_q has shape [8,4], want [8,8] (declared at examples/m.hopf:13:5)\n" +
		"mine: tensor L0.norm.bias has 7 values, want 8 for shape [8] (declared at examples/m.hopf:12:5)\n" +
		"mine: tensor unembed (f32[10,8]) is not a weight of graph @m"
	if err == nil || err.Error() != want {
		t.Errorf("error\n%v\nwant\n%s", err, want)
	}
	path := filepath.Join(t.TempDir(), "bad.safetensors")
	if err := Save(path, g, bad); err == nil || !strings.HasPrefix(err.Error(), path+": tensor tok_embed is missing") {
		t.Errorf("Save of a bad set: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("Save of a bad set wrote a file")
	}
}

// TestCorruptFiles: every truncation of a saved file and corrupted headers
// give errors naming the path, never panics.
func TestCorruptFiles(t *testing.T) {
	g := parse(t, "bf16", "")
	dir := t.TempDir()
	path := filepath.Join(dir, "m.safetensors")
	if err := Save(path, g, mustInit(t, g, 1)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.safetensors")
	for n := 0; n < len(data); n++ {
		if err := os.WriteFile(cut, data[:n], 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(cut, g)
		if err == nil {
			t.Fatalf("file cut to %d of %d bytes loaded", n, len(data))
		}
		if !strings.HasPrefix(err.Error(), cut+": ") {
			t.Fatalf("cut to %d bytes: error %q does not start with the path", n, err)
		}
	}
	_, err = Load(filepath.Join(dir, "cut.safetensors"), g)
	if err == nil || !strings.Contains(err.Error(), "run past the end") {
		t.Errorf("cut by one byte: %v", err)
	}

	corrupt := func(f func(b []byte)) error {
		b := slices.Clone(data)
		f(b)
		if err := os.WriteFile(cut, b, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(cut, g)
		return err
	}
	for _, tt := range []struct {
		name string
		f    func(b []byte)
		want string
	}{
		{"brace", func(b []byte) { b[8] = 'x' }, "header is not a valid JSON object"},
		{"length", func(b []byte) { b[7] = 0x40 }, "is larger than the limit"},
		{"dtype", func(b []byte) { copy(b[8:], strings.Replace(string(b[8:]), `"BF16"`, `"XF16"`, 1)) }, `unknown dtype "XF16"`},
		{"shape", func(b []byte) { copy(b[8:], strings.Replace(string(b[8:]), `[10,8]`, `[10,9]`, 1)) }, `do not match shape [10,9] of BF16`},
		{"int dtype", func(b []byte) { copy(b[8:], strings.Replace(string(b[8:]), `"BF16"`, `"I16" `, 1)) }, `has dtype I16, want a floating-point type`},
	} {
		err := corrupt(tt.f)
		if err == nil || !strings.HasPrefix(err.Error(), cut+": ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(filepath.Join(dir, "none"), g); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}
