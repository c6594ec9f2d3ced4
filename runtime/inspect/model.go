package inspect

import (
	"fmt"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"gonum.org/v1/gonum/mat"
	"gorgonia.org/tensor"
)

// Model is a checked model with its weights, lowered for inspection.
type Model struct {
	M *dsl.Model
	G *ir.Graph // the lowered graph (compiler stage "lowered": StopAfter "dce")
	W cpu.Weights

	vals   []layerValues // per layer, the IR values a trace reads
	fusedG *ir.Graph     // the fused CPU graph with states exported (States)
}

// layerValues are the IR values of one layer in the lowered graph.
type layerValues struct {
	h    *ir.Value // the layer input after its pre-norm
	q, k *ir.Value // per-head queries and keys after the feature map, [B,H,T,dk]
	v    *ir.Value // per-head values [B,H,T,dv]
	p    *ir.Value // softmax probabilities [B,H,T,T] (softmax only)
	o    *ir.Value // attention core output [B,H,T,dv]
	beta *ir.Value // learned β [B,T,H] (delta with beta learned only)
}

// New lowers m and checks that w holds every weight the lowered graph
// declares, f32 and with its declared shape.
func New(m *dsl.Model, w cpu.Weights) (*Model, error) {
	if m == nil {
		return nil, fmt.Errorf("inspect: no model")
	}
	g, err := compiler.Compile(m, compiler.Options{StopAfter: "dce"})
	if err != nil {
		return nil, err
	}
	for _, wt := range g.Weights {
		t, ok := w[wt.Name]
		if !ok {
			return nil, fmt.Errorf("weight %s (%s) is missing", wt.Name, wt.Type)
		}
		want := make([]int, len(wt.Type.Shape))
		for i, d := range wt.Type.Shape {
			want[i] = d.N
		}
		if t.Dtype() != tensor.Float32 || !sameInts(t.Shape(), want) {
			return nil, fmt.Errorf("weight %s has shape %v (%v), want %v (float32)", wt.Name, []int(t.Shape()), t.Dtype(), want)
		}
	}
	mm := &Model{M: m, G: g, W: w}
	byName := map[string]*ir.Op{}
	for _, op := range g.Ops {
		for _, r := range op.Results {
			byName[r.Name] = op
		}
	}
	for _, L := range m.Layers {
		name := func(s string) string { return fmt.Sprintf("L%d.%s", L.Index, s) }
		get := func(s string) (*ir.Op, error) {
			op, ok := byName[name(s)]
			if !ok {
				return nil, fmt.Errorf("inspect: the lowered graph has no value %%%s", name(s))
			}
			return op, nil
		}
		var lv layerValues
		qop, err := get("q")
		if err != nil {
			return nil, err
		}
		lv.h = qop.Args[0]
		oop, err := get("o")
		if err != nil {
			return nil, err
		}
		lv.o = oop.Result()
		switch L.Kind {
		case dsl.Softmax, dsl.Linear:
			sop, err := get("s")
			if err != nil {
				return nil, err
			}
			lv.q, lv.k = sop.Args[0], sop.Args[1]
			lv.v = oop.Args[1]
			if L.Kind == dsl.Softmax {
				pop, err := get("p")
				if err != nil {
					return nil, err
				}
				lv.p = pop.Result()
			}
		case dsl.Delta:
			lv.q, lv.k, lv.v = oop.Args[0], oop.Args[1], oop.Args[2]
			if len(oop.Args) > 3 {
				lv.beta = oop.Args[3]
			}
		}
		mm.vals = append(mm.vals, lv)
	}
	return mm, nil
}

func sameInts(a tensor.Shape, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Trace holds the activations of one forward pass of the lowered graph.
type Trace struct {
	B, T   int
	Input  *tensor.Dense
	Output []float32 // [B,T,OutDim]: logits or predictions
	OutDim int
	Layers []LayerTrace

	w cpu.Weights // the weights the pass ran with (for error messages)
}

// LayerTrace is what one layer computed, per head. Vectors are f32 as the
// CPU backend computed them.
type LayerTrace struct {
	L    dsl.Layer
	H    []float32 // [B,T,d_model]: the layer input after its pre-norm
	Q, K []float32 // [B,heads,T,d_head]: queries and keys, after the feature map (linear, delta)
	V    []float32 // [B,heads,T,d_value]
	P    []float32 // [B,heads,T,T]: softmax probabilities (softmax layers only)
	O    []float32 // [B,heads,T,d_value]: the attention core output (before W_O)
	Beta []float32 // [B,T,heads]: learned β (delta with beta learned), else nil
	T    int
}

// Key returns φ(k) of head h at token t of sequence b (f64 copy).
func (l *LayerTrace) Key(b, h, t int) []float64 { return l.row(l.K, b, h, t, l.L.DHead) }

// Query returns φ(q) (softmax: q) of head h at token t of sequence b.
func (l *LayerTrace) Query(b, h, t int) []float64 { return l.row(l.Q, b, h, t, l.L.DHead) }

// Value returns v of head h at token t of sequence b.
func (l *LayerTrace) Value(b, h, t int) []float64 { return l.row(l.V, b, h, t, l.L.DValue) }

// Out returns the attention core output of head h at token t.
func (l *LayerTrace) Out(b, h, t int) []float64 { return l.row(l.O, b, h, t, l.L.DValue) }

// BetaAt is β_t of head h (the constant for beta X).
func (l *LayerTrace) BetaAt(b, h, t int) float64 {
	if l.Beta == nil {
		return l.L.Beta.Value
	}
	return float64(l.Beta[(b*l.T+t)*l.L.Heads+h])
}

// Prob is the softmax attention probability of query t on key i.
func (l *LayerTrace) Prob(b, h, t, i int) float64 {
	return float64(l.P[((b*l.L.Heads+h)*l.T+t)*l.T+i])
}

func (l *LayerTrace) row(x []float32, b, h, t, d int) []float64 {
	off := ((b*l.L.Heads+h)*l.T + t) * d
	return f64(x[off : off+d])
}

func f64(x []float32) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = float64(v)
	}
	return y
}

// Run runs the lowered graph on x (token ids [B,T] or vectors
// [B,T,d_in]) and records every layer's activations.
func (mm *Model) Run(x *tensor.Dense) (*Trace, error) {
	p, env, err := mm.program(x)
	if err != nil {
		return nil, err
	}
	outs, err := p.Run(x)
	if err != nil {
		return nil, err
	}
	tr := &Trace{B: env["B"], T: env["T"], Input: x, Output: outs[0].Data().([]float32), OutDim: outs[0].Shape()[2], w: mm.W}
	read := func(v *ir.Value) ([]float32, error) {
		if v == nil {
			return nil, nil
		}
		d, ok := p.Node(v).Value().(*tensor.Dense)
		if !ok {
			return nil, fmt.Errorf("inspect: value %s was not computed", v)
		}
		return append([]float32(nil), d.Data().([]float32)...), nil
	}
	for i, L := range mm.M.Layers {
		lv := mm.vals[i]
		lt := LayerTrace{L: L, T: tr.T}
		for _, r := range []struct {
			dst *[]float32
			v   *ir.Value
		}{{&lt.H, lv.h}, {&lt.Q, lv.q}, {&lt.K, lv.k}, {&lt.V, lv.v}, {&lt.P, lv.p}, {&lt.O, lv.o}, {&lt.Beta, lv.beta}} {
			if *r.dst, err = read(r.v); err != nil {
				return nil, err
			}
		}
		tr.Layers = append(tr.Layers, lt)
	}
	return tr, nil
}

// program compiles the lowered graph for x's shape.
func (mm *Model) program(x *tensor.Dense) (*cpu.Program, map[string]int, error) {
	env, err := mm.dims(x)
	if err != nil {
		return nil, nil, err
	}
	p, err := cpu.Compile(mm.G, mm.W, env)
	if err != nil {
		return nil, nil, err
	}
	return p, env, nil
}

// dims binds B and T from x and checks them against the model.
func (mm *Model) dims(x *tensor.Dense) (map[string]int, error) {
	if x == nil {
		return nil, fmt.Errorf("inspect: no input")
	}
	want := tensor.Int32
	if mm.M.Input == dsl.InputVectors {
		want = tensor.Float32
	}
	if x.Dtype() != want {
		return nil, fmt.Errorf("model %s reads %v input, got %v", mm.M.Name, want, x.Dtype())
	}
	env, err := cpu.BindDims(mm.G, x.Shape())
	if err != nil {
		return nil, err
	}
	if env["T"] > mm.M.Context {
		return nil, fmt.Errorf("sequence length %d exceeds the model's context %d", env["T"], mm.M.Context)
	}
	if err := compiler.CheckSize(mm.M, env["B"], env["T"]); err != nil {
		return nil, err
	}
	return env, nil
}

// weight returns a stored weight as an f64 matrix (rank-2) or nil.
func (mm *Model) weight(name string) *mat.Dense {
	t, ok := mm.W[name]
	if !ok || t.Dims() != 2 {
		return nil
	}
	s := t.Shape()
	return mat.NewDense(s[0], s[1], f64(t.Data().([]float32)))
}

// vector returns a rank-1 weight as f64, or nil.
func (mm *Model) vector(name string) []float64 {
	t, ok := mm.W[name]
	if !ok || t.Dims() != 1 {
		return nil
	}
	return f64(t.Data().([]float32))
}

// headRows returns rows [h·n, (h+1)·n) of a layer's projection weight.
func (mm *Model) headRows(layer int, w string, h, n int) *mat.Dense {
	full := mm.weight(compiler.LayerWeight(layer, w))
	_, c := full.Dims()
	return mat.DenseCopyOf(full.Slice(h*n, (h+1)*n, 0, c))
}

// headOut is W_O,h: columns [h·dv, (h+1)·dv) of w_o, or the identity's
// columns when the layer has no output projection ([d_model, dv]).
func (mm *Model) headOut(L dsl.Layer, h int) *mat.Dense {
	D, dv := mm.M.DModel, L.DValue
	if !L.Output {
		o := mat.NewDense(D, dv, nil)
		for j := 0; j < dv; j++ {
			o.Set(h*dv+j, j, 1)
		}
		return o
	}
	full := mm.weight(compiler.LayerWeight(L.Index, "w_o"))
	return mat.DenseCopyOf(full.Slice(0, D, h*dv, (h+1)*dv))
}

// Pattern is head h's attention pattern on sequence b, T×T row-major
// (row = query, column = key): the softmax probabilities, or for linear
// attention the weights scale·φ(q_t)·φ(k_i) of the visible keys (0
// elsewhere). Delta heads have none (nil): their weights depend on the
// whole recurrence.
func (l *LayerTrace) Pattern(b, h int) []float64 {
	T := l.T
	switch l.L.Kind {
	case dsl.Softmax:
		off := (b*l.L.Heads + h) * T * T
		return f64(l.P[off : off+T*T])
	case dsl.Linear:
		p := make([]float64, T*T)
		for t := 0; t < T; t++ {
			q := l.Query(b, h, t)
			for i := 0; i < T; i++ {
				if visible(l.L.Mask, t, i) {
					p[t*T+i] = l.L.Scale * dot(q, l.Key(b, h, i))
				}
			}
		}
		return p
	}
	return nil
}
