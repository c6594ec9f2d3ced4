// Package weights holds a model's weights as float32 tensors, checks them
// against the weights a graph declares, initialises them, and loads and
// saves them as safetensors files.
//
// Tensors follow the naming scheme and [out, in] layout of
// docs/RATIONALE.md ("Weights"). The CPU runtime computes in float32: f16
// and bf16 models are converted to float32 on load (their values rounded to
// the model's type) and stored back in the model's type on save.
package weights

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// Tensor is one weight: a row-major float32 array of the given shape.
type Tensor struct {
	Name  string
	Shape []int
	Data  []float32
}

// Set is a model's tensors in order (the graph's weight order for sets made
// by Init and Load), with lookup by name.
type Set struct {
	list  []*Tensor
	index map[string]int
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{index: map[string]int{}} }

// Add appends t; a second tensor of the same name is an error.
func (s *Set) Add(t *Tensor) error {
	if s.index == nil {
		s.index = map[string]int{}
	}
	if _, ok := s.index[t.Name]; ok {
		return fmt.Errorf("tensor %s added twice", display(t.Name))
	}
	s.index[t.Name] = len(s.list)
	s.list = append(s.list, t)
	return nil
}

// Get returns the tensor with the given name, or nil.
func (s *Set) Get(name string) *Tensor {
	if i, ok := s.index[name]; ok {
		return s.list[i]
	}
	return nil
}

// Tensors returns the tensors in order. The slice is a copy; the tensors
// are shared.
func (s *Set) Tensors() []*Tensor { return slices.Clone(s.list) }

// Names returns the tensor names in order.
func (s *Set) Names() []string {
	names := make([]string, len(s.list))
	for i, t := range s.list {
		names[i] = t.Name
	}
	return names
}

// Len is the number of tensors.
func (s *Set) Len() int { return len(s.list) }

// NumValues is the total number of values (parameters) in the set.
func (s *Set) NumValues() int {
	n := 0
	for _, t := range s.list {
		n += len(t.Data)
	}
	return n
}

// CheckError lists every way a set of tensors fails to match a graph, one
// problem per line, each naming its tensor.
type CheckError struct {
	Source   string // where the tensors came from (a path), or ""
	Problems []string
}

func (e *CheckError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if e.Source != "" {
			b.WriteString(e.Source)
			b.WriteString(": ")
		}
		b.WriteString(p)
	}
	return b.String()
}

// display prints a tensor name bare when it is made of ordinary name
// characters, quoted otherwise.
func display(name string) string {
	if name == "" {
		return `""`
	}
	for _, r := range name {
		if !(r == '_' || r == '.' || r == '-' || r == '/' || r == ':' ||
			'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return strconv.Quote(name)
		}
	}
	return name
}

func declared(w *ir.Weight) string {
	if !w.Pos.IsValid() {
		return ""
	}
	return " (declared at " + w.Pos.String() + ")"
}

func formatShape(shape []int) string { return safetensors.FormatShape(shape) }

// shapeOf returns the constant shape of a weight, or a problem: a
// symbolic or negative dimension, an element count that overflows, or a
// type that is not floating point.
func shapeOf(w *ir.Weight) ([]int, string) {
	if !w.Type.Elem.IsFloat() {
		return nil, fmt.Sprintf("weight %s has type %s; weights must be f32, f16 or bf16%s", display(w.Name), w.Type, declared(w))
	}
	shape := make([]int, len(w.Type.Shape))
	n := 1
	for i, d := range w.Type.Shape {
		if !d.IsConst() {
			return nil, fmt.Sprintf("weight %s has symbolic dimension %s in %s; weight shapes must be constant%s", display(w.Name), d.Sym, w.Type, declared(w))
		}
		if d.N < 0 {
			return nil, fmt.Sprintf("weight %s has negative dimension %d in %s%s", display(w.Name), d.N, w.Type, declared(w))
		}
		if d.N != 0 && n > math.MaxInt32/d.N {
			return nil, fmt.Sprintf("weight %s of type %s is too large%s", display(w.Name), w.Type, declared(w))
		}
		n *= d.N
		shape[i] = d.N
	}
	return shape, ""
}

func numElements(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// dtypeOf is the safetensors element type of a float ir element type.
func dtypeOf(e ir.Elem) safetensors.DType {
	switch e {
	case ir.F16:
		return safetensors.F16
	case ir.BF16:
		return safetensors.BF16
	}
	return safetensors.F32
}

// entry describes one tensor to check: from a Set (dtype F32, n the number
// of values) or from a file (n = -1: the file guarantees its sizes).
type entry struct {
	name  string
	shape []int
	dtype safetensors.DType
	n     int
}

// check compares entries with g's weights and returns every problem:
// graph weights that cannot be held (symbolic or non-float types), missing
// tensors, non-float tensors, shape mismatches, wrong value counts, then
// extra tensors in entry order.
func check(g *ir.Graph, entries []entry) []string {
	var problems []string
	byName := make(map[string]*entry, len(entries))
	for i := range entries {
		byName[entries[i].name] = &entries[i]
	}
	for _, w := range stored(g) {
		want, p := shapeOf(w)
		if p != "" {
			problems = append(problems, p)
			continue
		}
		e := byName[w.Name]
		switch {
		case e == nil:
			problems = append(problems, fmt.Sprintf("tensor %s is missing, want %s%s", display(w.Name), w.Type, declared(w)))
		case !e.dtype.IsFloat():
			problems = append(problems, fmt.Sprintf("tensor %s has dtype %s, want a floating-point type for %s%s", display(w.Name), e.dtype, w.Type, declared(w)))
		case !slices.Equal(e.shape, want):
			problems = append(problems, fmt.Sprintf("tensor %s has shape %s, want %s%s", display(w.Name), formatShape(e.shape), formatShape(want), declared(w)))
		case e.n >= 0 && e.n != numElements(want):
			problems = append(problems, fmt.Sprintf("tensor %s has %d values, want %d for shape %s%s", display(w.Name), e.n, numElements(want), formatShape(want), declared(w)))
		}
	}
	for _, e := range entries {
		if g.Weight(e.name) == nil {
			problems = append(problems, fmt.Sprintf("tensor %s (%s%s) is not a weight of graph @%s", display(e.name), strings.ToLower(e.dtype.String()), formatShape(e.shape), g.Name))
		}
	}
	return problems
}

// Check reports every way s fails to hold exactly g's weights: a missing
// tensor (with the declared type and DSL position), a tensor g does not
// declare, a shape (or rank) mismatch, a value count that does not match
// the shape, or a graph weight whose type cannot be held (symbolic
// dimensions, non-float). The error is a *CheckError whose lines are
// prefixed by source, when not empty.
func Check(g *ir.Graph, s *Set, source string) error {
	entries := make([]entry, len(s.list))
	for i, t := range s.list {
		entries[i] = entry{name: t.Name, shape: t.Shape, dtype: safetensors.F32, n: len(t.Data)}
	}
	if problems := check(g, entries); len(problems) > 0 {
		return &CheckError{Source: source, Problems: problems}
	}
	return nil
}

// FromFile converts the tensors of a parsed safetensors file to a Set in
// g's weight order, after checking them against g as Check does and
// rejecting non-float tensors. Float tensors of any float dtype are
// accepted and converted; their values are rounded to the type g declares.
// Problems are reported as a *CheckError with the given source.
func FromFile(f *safetensors.File, g *ir.Graph, source string) (*Set, error) {
	names := f.Names()
	entries := make([]entry, len(names))
	for i, n := range names {
		t := f.Tensors[n]
		entries[i] = entry{name: n, shape: t.Shape, dtype: t.DType, n: -1}
	}
	if problems := check(g, entries); len(problems) > 0 {
		return nil, &CheckError{Source: source, Problems: problems}
	}
	s := NewSet()
	for _, w := range stored(g) {
		t := f.Tensors[w.Name]
		data, err := t.Float32s()
		if err != nil {
			return nil, fmt.Errorf("%s: tensor %s: %w", source, display(w.Name), err)
		}
		safetensors.RoundFloat32(dtypeOf(w.Type.Elem), data)
		s.Add(&Tensor{Name: w.Name, Shape: slices.Clone(t.Shape), Data: data})
	}
	return s, nil
}

// ToFile encodes s in the element types g declares, with metadata
// {"format": "hopf", "model": g.Name}, after checking it against g.
func ToFile(g *ir.Graph, s *Set) (*safetensors.File, error) {
	if err := Check(g, s, ""); err != nil {
		return nil, err
	}
	f := &safetensors.File{
		Tensors:  make(map[string]safetensors.Tensor, len(g.Weights)),
		Metadata: map[string]string{"format": "hopf", "model": g.Name},
	}
	for _, w := range stored(g) {
		t := s.Get(w.Name)
		st, err := safetensors.FromFloat32(dtypeOf(w.Type.Elem), t.Shape, t.Data)
		if err != nil {
			return nil, fmt.Errorf("tensor %s: %w", display(w.Name), err)
		}
		f.Tensors[w.Name] = st
	}
	return f, nil
}

// Load reads a safetensors file and checks it against g. A truncated or
// corrupt file gives the safetensors error prefixed by path; tensors that
// do not match g give a *CheckError listing every problem.
func Load(path string, g *ir.Graph) (*Set, error) {
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return FromFile(f, g, path)
}

// Save writes s to path in the element types g declares (see ToFile),
// atomically. It fails, writing nothing, if s does not match g.
func Save(path string, g *ir.Graph, s *Set) error {
	f, err := ToFile(g, s)
	if err != nil {
		if ce, ok := err.(*CheckError); ok {
			ce.Source = path
		}
		return err
	}
	return safetensors.WriteFile(path, f)
}

// Init returns deterministic initial values for every weight of g, in g's
// weight order. Each tensor's values depend only on the seed, its name and
// its declared type: its generator is math/rand/v2's PCG seeded with
// (seed, FNV-1a 64-bit hash of the name), so adding, removing or reordering
// other weights never changes it. The rule:
//
//   - a rank-1 tensor whose name ends in ".weight" (a norm's scale): 1
//   - a tensor whose name ends in ".bias": 0
//   - tok_embed and pos_embed: N(0, 1)
//   - every other tensor, e.g. a matrix [out, in]: N(0, 1/in), that is
//     standard deviation 1/√in, where in is the last dimension (N(0, 1)
//     for a scalar)
//
// Values are rounded to the weight's element type (f16, bf16), so saving
// and loading them changes nothing. A weight with a symbolic dimension or a
// non-float type is an error (a *CheckError listing all of them).
func Init(g *ir.Graph, seed uint64) (*Set, error) {
	var problems []string
	s := NewSet()
	for _, w := range stored(g) {
		shape, p := shapeOf(w)
		if p != "" {
			problems = append(problems, p)
			continue
		}
		data := make([]float32, numElements(shape))
		switch {
		case len(shape) == 1 && strings.HasSuffix(w.Name, ".weight"):
			for i := range data {
				data[i] = 1
			}
		case strings.HasSuffix(w.Name, ".bias"):
			// zeros
		default:
			std := 1.0
			if w.Name != "tok_embed" && w.Name != "pos_embed" && len(shape) > 0 && shape[len(shape)-1] > 0 {
				std = 1 / math.Sqrt(float64(shape[len(shape)-1]))
			}
			r := rand.New(rand.NewPCG(seed, nameHash(w.Name)))
			for i := range data {
				data[i] = float32(r.NormFloat64() * std)
			}
			safetensors.RoundFloat32(dtypeOf(w.Type.Elem), data)
		}
		if err := s.Add(&Tensor{Name: w.Name, Shape: shape, Data: data}); err != nil {
			problems = append(problems, err.Error())
		}
	}
	if len(problems) > 0 {
		return nil, &CheckError{Problems: problems}
	}
	return s, nil
}

// nameHash is the 64-bit FNV-1a hash of a tensor name.
func nameHash(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

// stored lists the weights a file holds: derived weights (a fused qkv
// projection's concatenation) are computed from their parts by the
// runtime, never stored.
func stored(g *ir.Graph) []*ir.Weight {
	var ws []*ir.Weight
	for _, w := range g.Weights {
		if !w.Derived() {
			ws = append(ws, w)
		}
	}
	return ws
}
