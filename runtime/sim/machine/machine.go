// Package machine is the sim backend: it runs a compiled program
// (codegen.Program: kernels and launch plan) on the kernel simulator
// (runtime/sim), so every machine checks what the GPU will run.
package machine

import (
	"fmt"
	"math"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// Machine runs a compiled program (codegen.Program: kernels and launch
// plan) on the simulator: the sim backend. Buffers are allocated once;
// activations and scratch are poisoned with NaN before every run, so an
// element no kernel writes shows in the output.
type Machine struct {
	P       *codegen.Program
	bufs    []*sim.Buffer
	kernels map[string]*kir.Kernel
	Opts    sim.Options
}

// Input is one graph input: token ids or f32 values, row-major.
type Input struct {
	I32 []int32
	F32 []float32
}

// NewMachine allocates the program's buffers and uploads the weights
// (f32 values by name; derived weights are concatenated from their parts).
func New(p *codegen.Program, weights map[string][]float32) (*Machine, error) {
	m := &Machine{P: p, kernels: map[string]*kir.Kernel{}, Opts: sim.Options{Races: true}}
	for _, k := range p.Kernels {
		m.kernels[k.Name] = k
	}
	for _, b := range p.Buffers {
		buf, err := alloc(b)
		if err != nil {
			return nil, err
		}
		m.bufs = append(m.bufs, buf)
		if b.Kind != codegen.Weight {
			continue
		}
		data, err := b.WeightValues(weights)
		if err != nil {
			return nil, err
		}
		put(buf, data)
	}
	return m, nil
}

func alloc(b codegen.Buffer) (*sim.Buffer, error) {
	buf := &sim.Buffer{Name: b.Name}
	n := b.Elems
	switch b.DType {
	case "f32":
		buf.F32 = make([]float32, n)
	case "f16":
		buf.F16 = make([]uint16, n)
	case "bf16":
		buf.BF16 = make([]uint16, n)
	case "i32":
		buf.I32 = make([]int32, n)
	default:
		return nil, fmt.Errorf("buffer %s: unsupported dtype %s", b.Name, b.DType)
	}
	return buf, nil
}

// put stores f32 values into a float buffer, rounding to its type.
func put(b *sim.Buffer, data []float32) {
	switch {
	case b.F32 != nil:
		copy(b.F32, data)
	case b.F16 != nil:
		for i, v := range data {
			b.F16[i] = safetensors.Float32ToF16(v)
		}
	case b.BF16 != nil:
		for i, v := range data {
			b.BF16[i] = safetensors.Float32ToBF16(v)
		}
	}
}

// tensorMap is the simulator's argument for tensor-map argument a of
// parameter j of k: the map over the machine's buffer, its strides in
// elements (the plan's are bytes).
func (m *Machine) tensorMap(k *kir.Kernel, j int, a *codegen.TensorMapArg) (*sim.TensorMap, error) {
	if j >= len(k.Params) {
		return nil, fmt.Errorf("argument %d: the kernel has %d parameters", j, len(k.Params))
	}
	if a.Buffer < 0 || a.Buffer >= len(m.bufs) {
		return nil, fmt.Errorf("argument %d: tensor map over buffer %d, the program has %d", j, a.Buffer, len(m.bufs))
	}
	prm := k.Params[j]
	if err := a.Check(prm, m.P.Buffers[a.Buffer]); err != nil {
		return nil, fmt.Errorf("argument %d: %w", j, err)
	}
	size := int64(prm.Type.Size())
	strides := make([]int64, len(a.Strides))
	for i, st := range a.Strides {
		if st%size != 0 {
			return nil, fmt.Errorf("argument %d: tensor map %s: stride %d bytes, not a whole number of %s", j, prm.Name, st, prm.Type)
		}
		strides[i] = st / size
	}
	return &sim.TensorMap{Buf: m.bufs[a.Buffer], Dims: a.Dims, Strides: strides, Box: a.Box, Swizzle: a.Swizzle}, nil
}

// get reads a float buffer as f32.
func get(b *sim.Buffer, n int64) []float32 {
	out := make([]float32, n)
	switch {
	case b.F32 != nil:
		copy(out, b.F32)
	case b.F16 != nil:
		for i := range out {
			out[i] = safetensors.F16ToFloat32(b.F16[i])
		}
	case b.BF16 != nil:
		for i := range out {
			out[i] = safetensors.BF16ToFloat32(b.BF16[i])
		}
	}
	return out
}

// poison fills a float buffer with NaN.
func poison(b *sim.Buffer) {
	nan := float32(math.NaN())
	for i := range b.F32 {
		b.F32[i] = nan
	}
	for i := range b.F16 {
		b.F16[i] = 0x7E00
	}
	for i := range b.BF16 {
		b.BF16[i] = 0x7FC0
	}
}

// Run uploads the inputs, runs every launch of the plan in order and
// returns the graph results as f32.
func (m *Machine) Run(inputs ...Input) ([][]float32, error) {
	p := m.P
	if len(inputs) != len(p.Inputs) {
		return nil, fmt.Errorf("program %s takes %d inputs, got %d", p.Graph, len(p.Inputs), len(inputs))
	}
	for i, id := range p.Inputs {
		b, in := m.bufs[id], inputs[i]
		switch {
		case b.I32 != nil && int64(len(in.I32)) == p.Buffers[id].Elems:
			copy(b.I32, in.I32)
		case b.I32 == nil && int64(len(in.F32)) == p.Buffers[id].Elems:
			put(b, in.F32)
		default:
			return nil, fmt.Errorf("input %d (%s): wrong type or length, want %d %s", i, p.Buffers[id].Name, p.Buffers[id].Elems, p.Buffers[id].DType)
		}
	}
	for i, b := range p.Buffers {
		if b.Kind == codegen.Activation || b.Kind == codegen.Scratch {
			poison(m.bufs[i])
		}
	}
	for li, l := range p.Launches {
		k := m.kernels[l.Kernel]
		if k == nil {
			return nil, fmt.Errorf("launch %d: no kernel %s", li, l.Kernel)
		}
		args := make([]sim.Arg, len(l.Args))
		for j, a := range l.Args {
			switch {
			case a.Buffer != nil:
				args[j] = m.bufs[*a.Buffer]
			case a.TensorMap != nil:
				tm, err := m.tensorMap(k, j, a.TensorMap)
				if err != nil {
					return nil, fmt.Errorf("launch %d (%s, %s at %s): %w", li, l.Kernel, l.Op, l.Pos, err)
				}
				args[j] = tm
			default:
				args[j] = *a.Scalar
			}
		}
		if err := sim.Run(k, sim.Launch{Grid: l.Grid, Args: args}, m.Opts); err != nil {
			return nil, fmt.Errorf("launch %d (%s, %s at %s): %w", li, l.Kernel, l.Op, l.Pos, err)
		}
	}
	outs := make([][]float32, len(p.Outputs))
	for i, id := range p.Outputs {
		outs[i] = get(m.bufs[id], p.OutputElems[i])
	}
	return outs, nil
}
