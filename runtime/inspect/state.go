package inspect

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/cpu"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// fused returns the fused graph for the CPU with every final state S
// exported (compiled once).
func (mm *Model) fused() (*ir.Graph, error) {
	if mm.fusedG == nil {
		g, err := compiler.Compile(mm.M, compiler.Options{Target: "cpu", ExportState: true})
		if err != nil {
			return nil, err
		}
		mm.fusedG = g
	}
	return mm.fusedG, nil
}

// prefix returns the sequences [b0, b1) of x cut to their first n tokens.
func prefix(x *tensor.Dense, b0, b1, n int) *tensor.Dense {
	s := x.Shape()
	T := s[1]
	w := 1
	for _, d := range s[2:] {
		w *= d
	}
	shape := append([]int{b1 - b0, n}, s[2:]...)
	switch d := x.Data().(type) {
	case []int32:
		out := make([]int32, 0, (b1-b0)*n*w)
		for b := b0; b < b1; b++ {
			out = append(out, d[b*T*w:(b*T+n)*w]...)
		}
		return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(out))
	case []float32:
		out := make([]float32, 0, (b1-b0)*n*w)
		for b := b0; b < b1; b++ {
			out = append(out, d[b*T*w:(b*T+n)*w]...)
		}
		return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(out))
	}
	panic(fmt.Sprintf("inspect: input of type %T", x.Data()))
}

// States runs the fused graph (CPU target, states exported) on the first n
// tokens of sequence seq of x and returns the final fast-weight state of
// every linear and delta layer, by layer index: S f32 [heads, d_value,
// d_head]. This is the state the model's own dual kernels compute.
func (mm *Model) States(x *tensor.Dense, seq, n int) (map[int][]float32, error) {
	g, err := mm.fused()
	if err != nil {
		return nil, err
	}
	if _, err := mm.dims(x); err != nil {
		return nil, err
	}
	if seq < 0 || seq >= x.Shape()[0] || n < 1 || n > x.Shape()[1] {
		return nil, fmt.Errorf("inspect: states of sequence %d after %d tokens: out of range for input %v", seq, n, []int(x.Shape()))
	}
	xp := prefix(x, seq, seq+1, n)
	p, err := cpu.Compile(g, mm.W, map[string]int{"B": 1, "T": n})
	if err != nil {
		return nil, err
	}
	outs, err := p.Run(xp)
	if err != nil {
		return nil, err
	}
	states := map[int][]float32{}
	for i, r := range g.Results[1:] {
		name, ok := strings.CutSuffix(r.Name, ".S")
		idx, err := strconv.Atoi(strings.TrimPrefix(name, "L"))
		if !ok || err != nil {
			return nil, fmt.Errorf("inspect: unexpected graph result %s", r)
		}
		states[idx] = outs[i+1].Data().([]float32)
	}
	return states, nil
}

// CheckStates fills StateErr of every linear and delta head whose span
// starts at 0: ‖ΔW − S‖_F/‖S‖_F with S the state the fused graph exports
// after the first span.B tokens. Layers the fused graph does not turn into
// fast weights (linear attention with mask none or window) keep NaN.
func (mm *Model) CheckStates(x *tensor.Dense, seq int, ds []HeadDual) error {
	need := 0
	for _, d := range ds {
		if d.Kind != dsl.Softmax && d.Span.A == 0 {
			need = d.Span.B
		}
	}
	if need == 0 {
		return nil
	}
	states, err := mm.States(x, seq, need)
	if err != nil {
		return err
	}
	for i := range ds {
		d := &ds[i]
		S, ok := states[d.Layer]
		if !ok || d.Kind == dsl.Softmax || d.Span.A != 0 {
			continue
		}
		dv, dk := d.DW.Dims()
		off := d.Head * dv * dk
		var num, den float64
		for r := 0; r < dv; r++ {
			for c := 0; c < dk; c++ {
				s := float64(S[off+r*dk+c])
				num += (d.DW.At(r, c) - s) * (d.DW.At(r, c) - s)
				den += s * s
			}
		}
		d.StateErr = math.Sqrt(num / math.Max(den, 1e-300))
	}
	return nil
}

// DeltaStep is the per-token gradient-step check of one delta head.
type DeltaStep struct {
	Layer, Head int
	Steps       int     // tokens checked
	MaxRelErr   float64 // max over tokens of ‖ΔS_t + β_t ∇_t‖ / ‖β_t ∇_t‖
	MeanRelErr  float64
	WorstT      int // the token with the largest error
}

// DeltaSteps checks, for every delta head and every token t of sequence
// seq, that the step the model's delta-rule kernel takes,
// ΔS_t = S_t − S_{t−1} (states exported by the fused graph after t+1 and t
// tokens, S_{−1} = 0), is one gradient step on the token's regression
// loss: ΔS_t = −β_t ∇_S ½‖S_{t−1} k_t − v_t‖² at S_{t−1}. The gradient is
// computed by gorgonia's Grad on a graph of its own; k_t, v_t and β_t come
// from the lowered graph's trace.
func (mm *Model) DeltaSteps(tr *Trace, seq int) ([]DeltaStep, error) {
	var deltas []int
	for i, L := range mm.M.Layers {
		if L.Kind == dsl.Delta {
			deltas = append(deltas, i)
		}
	}
	if len(deltas) == 0 {
		return nil, fmt.Errorf("model %s has no delta layer", mm.M.Name)
	}
	if seq < 0 || seq >= tr.B {
		return nil, fmt.Errorf("sequence %d is out of range: the batch has %d (0 … %d)", seq, tr.B, tr.B-1)
	}
	// states[t][layer] = S after tokens 0 … t.
	states := make([]map[int][]float32, tr.T)
	for t := range states {
		s, err := mm.States(tr.Input, seq, t+1)
		if err != nil {
			return nil, err
		}
		states[t] = s
	}
	var out []DeltaStep
	for _, li := range deltas {
		lt := &tr.Layers[li]
		L := lt.L
		dv, dk := L.DValue, L.DHead
		for h := 0; h < L.Heads; h++ {
			ck := DeltaStep{Layer: L.Index, Head: h, Steps: tr.T}
			prev := make([]float64, dv*dk)
			for t := 0; t < tr.T; t++ {
				cur := f64(states[t][li][h*dv*dk : (h+1)*dv*dk])
				grad, err := stepGrad(prev, lt.Key(seq, h, t), lt.Value(seq, h, t))
				if err != nil {
					return nil, err
				}
				beta := lt.BetaAt(seq, h, t)
				var num, den float64
				for i := range cur {
					want := -beta * grad[i]
					d := (cur[i] - prev[i]) - want
					num += d * d
					den += want * want
				}
				// A vanishing step (v_t = S k_t) is measured against the
				// state's size instead of 0.
				e := math.Sqrt(num / math.Max(den, 1e-12*(1+dot(prev, prev))))
				if t == 0 || e > ck.MaxRelErr || math.IsNaN(e) && !math.IsNaN(ck.MaxRelErr) {
					ck.MaxRelErr, ck.WorstT = e, t
				}
				ck.MeanRelErr += e / float64(tr.T)
				prev = cur
			}
			out = append(out, ck)
		}
	}
	return out, nil
}

// stepGrad returns ∇_S ½‖S k − v‖² at S (dv×dk row-major) by gorgonia's
// Grad on a graph of its own.
func stepGrad(S, k, v []float64) ([]float64, error) {
	dv, dk := len(v), len(k)
	g := G.NewGraph()
	val := func(d []float64, r, c int) G.NodeConsOpt {
		return G.WithValue(tensor.New(tensor.WithShape(r, c), tensor.WithBacking(append([]float64(nil), d...))))
	}
	Sn := G.NewMatrix(g, tensor.Float64, G.WithShape(dv, dk), G.WithName("S"), val(S, dv, dk))
	kn := G.NewMatrix(g, tensor.Float64, G.WithShape(dk, 1), G.WithName("k"), val(k, dk, 1))
	vn := G.NewMatrix(g, tensor.Float64, G.WithShape(dv, 1), G.WithName("v"), val(v, dv, 1))
	sk, err := G.Mul(Sn, kn)
	if err != nil {
		return nil, err
	}
	r, err := G.Sub(sk, vn)
	if err != nil {
		return nil, err
	}
	sq, err := G.Square(r)
	if err != nil {
		return nil, err
	}
	sum, err := G.Sum(sq)
	if err != nil {
		return nil, err
	}
	loss, err := G.Mul(sum, G.NewConstant(0.5))
	if err != nil {
		return nil, err
	}
	return gradOf(g, loss, Sn)
}
