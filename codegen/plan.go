// Package codegen turns a fused graph (compiler stage "fused", with its
// memory plan) into kernels in kernel IR (codegen/kir) and an ordered
// launch plan: which kernel runs on which buffers, with which grid. The
// CUDA renderer (codegen/cuda) prints the kernels; the simulator
// (runtime/sim) and the CUDA backend run the plan.
package codegen

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/ir"
)

// BufferKind says where a buffer's contents come from.
type BufferKind string

const (
	Input      BufferKind = "input"      // a graph parameter, uploaded per run
	Weight     BufferKind = "weight"     // a weight (derived weights: Parts concatenated by rows)
	Activation BufferKind = "activation" // a buffer of the memory plan
	Scratch    BufferKind = "scratch"    // a kernel's temporary (the attention output before w_o)
)

// Buffer is one device allocation.
type Buffer struct {
	ID     int        `json:"id"`
	Name   string     `json:"name"`
	Kind   BufferKind `json:"kind"`
	DType  string     `json:"dtype"`
	Elems  int64      `json:"elems"`
	Bytes  int64      `json:"bytes"`
	Values []string   `json:"values,omitempty"` // IR values it holds over the pass (activations)
	Parts  []string   `json:"parts,omitempty"`  // derived weights: the weights concatenated
}

// Arg is a kernel argument: a buffer, an i64 scalar, or a tensor map.
type Arg struct {
	Buffer    *int          `json:"buffer,omitempty"`
	Scalar    *int64        `json:"scalar,omitempty"`
	TensorMap *TensorMapArg `json:"tensor_map,omitempty"`
}

// TensorMapArg is the argument of a tensor-map parameter (kir.TensorMap):
// the runtime encodes a CUtensorMap (cuTensorMapEncodeTiled) viewing
// buffer Buffer as a tensor of Dims elements with the byte Strides, puts
// it in device memory once per plan and passes its address. Box and
// Swizzle repeat the kernel's (the shared layout depends on them); parts
// of a box outside Dims are zeros.
type TensorMapArg struct {
	Buffer  int     `json:"buffer"`
	Dims    []int64 `json:"dims"`    // elements per dimension, innermost first
	Strides []int64 `json:"strides"` // bytes from one index to the next of dimensions 1 …: len(Dims)−1 of them
	Box     []int   `json:"box"`
	Swizzle int     `json:"swizzle"` // 0 or 128
}

// Check reports what is wrong with m as the argument of tensor-map
// parameter p over buffer b (nil if nothing): what cuTensorMapEncodeTiled
// would refuse, a box or swizzle other than the kernel's, or a view past
// the buffer's end.
func (m *TensorMapArg) Check(p *kir.Param, b Buffer) error {
	var probs []string
	add := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	if p.Map == nil {
		return fmt.Errorf("parameter %s is not a tensor map", p.Name)
	}
	if b.DType != p.Type.String() {
		add("buffer %s is %s, the map's parameter %s", b.Name, b.DType, p.Type)
	}
	if !slices.Equal(m.Box, p.Map.Box) || m.Swizzle != p.Map.Swizzle {
		add("box %v swizzle %d, the kernel's %v swizzle %d", m.Box, m.Swizzle, p.Map.Box, p.Map.Swizzle)
	}
	if len(m.Dims) != len(p.Map.Box) || len(m.Strides) != len(m.Dims)-1 {
		add("%d dimensions and %d strides for a %d-dimensional box", len(m.Dims), len(m.Strides), len(p.Map.Box))
		return fmt.Errorf("tensor map %s: %s", p.Name, strings.Join(probs, "; "))
	}
	size := int64(p.Type.Size())
	last := size // one past the last byte the view reaches
	for i, d := range m.Dims {
		if d < 1 || d > 1<<32 {
			add("dimension %d is %d, want 1..2^32", i, d)
		}
		if i > 0 {
			st := m.Strides[i-1]
			if st <= 0 || st%16 != 0 || st >= 1<<40 {
				add("stride %d is %d bytes, want a positive multiple of 16 below 2^40", i, st)
			}
			last += (d - 1) * st
		} else {
			last += (d - 1) * size
		}
	}
	if last > b.Bytes {
		add("the view reaches byte %d of buffer %s, which has %d", last, b.Name, b.Bytes)
	}
	if len(probs) > 0 {
		return fmt.Errorf("tensor map %s: %s", p.Name, strings.Join(probs, "; "))
	}
	return nil
}

// CUDA's limits on a launch (every compute capability hopf targets, 7.0
// on; the CUDA C Programming Guide's table of technical specifications).
// CompileWith refuses a plan past them; the simulator and the CUDA backend
// check them again at run time.
const (
	MaxGridX        = 1<<31 - 1 // blocks along grid.x
	MaxGridYZ       = 65535     // blocks along grid.y and along grid.z
	MaxBlockThreads = 1024      // threads of one block
)

// checkLimits reports a launch CUDA would refuse: a grid dimension outside
// 1..its limit or a block of more than MaxBlockThreads threads, naming
// the kernel, the dimension, its value and the limit, and what to lower.
func (l *Launch) checkLimits(env map[string]int) error {
	for i, g := range l.Grid {
		lim := MaxGridYZ
		if i == 0 {
			lim = MaxGridX
		}
		if g >= 1 && g <= lim {
			continue
		}
		dim := "xyz"[i : i+1]
		if g < 1 {
			return fmt.Errorf("kernel %s: grid.%s is %d blocks, want 1..%d", l.Kernel, dim, g, lim)
		}
		if B, ok := env["B"]; ok && g == B {
			return fmt.Errorf("kernel %s: grid.%s is %d blocks (one per sequence of the batch), more than CUDA's limit of %d: lower the batch (--batch)", l.Kernel, dim, g, lim)
		}
		return fmt.Errorf("kernel %s: grid.%s is %d blocks at B=%d T=%d, more than CUDA's limit of %d: lower the batch (--batch) or the sequence length (--len)", l.Kernel, dim, g, env["B"], env["T"], lim)
	}
	if n := l.Block[0] * l.Block[1] * l.Block[2]; n < 1 || n > MaxBlockThreads {
		return fmt.Errorf("kernel %s: a block of %d×%d×%d threads, want 1..%d", l.Kernel, l.Block[0], l.Block[1], l.Block[2], MaxBlockThreads)
	}
	return nil
}

// Launch is one kernel launch of the plan.
type Launch struct {
	Kernel      string `json:"kernel"`
	Grid        [3]int `json:"grid"`
	Block       [3]int `json:"block"`
	SharedBytes int    `json:"shared_bytes"`
	// DynamicShared: the kernel's shared arrays are dynamic (more than 48
	// KiB, kir.Kernel.DynamicShared): the launch passes SharedBytes as the
	// dynamic size, after the runtime raised the kernel's limit.
	DynamicShared bool   `json:"dynamic_shared,omitempty"`
	Args          []Arg  `json:"args"`
	Op            string `json:"op"`  // the IR op, e.g. "%x1 = fused.attention_residual"
	Pos           string `json:"pos"` // its DSL positions
	// Tiling of a tensor-core attention kernel, resolved (every field the
	// generator used, defaults included) and written as --tile reads it
	// (codegen.ParseTCTile); "" for other kernels.
	Tiling string `json:"tiling,omitempty"`
}

// Program is a compiled forward pass for one (B, T).
type Program struct {
	Graph    string         `json:"graph"`
	Env      map[string]int `json:"env"`
	Buffers  []Buffer       `json:"buffers"`
	Launches []Launch       `json:"launches"`
	Inputs   []int          `json:"inputs"`  // buffer of each graph parameter
	Outputs  []int          `json:"outputs"` // buffer of each graph result
	// OutputElems is the element count of each graph result (its buffer
	// may be larger: the memory plan reuses buffers).
	OutputElems []int64       `json:"output_elems"`
	Kernels     []*kir.Kernel `json:"-"`
	elems       map[*ir.Value]kir.Type
}

func kirType(e ir.Elem) kir.Type {
	switch e {
	case ir.F16:
		return kir.F16
	case ir.BF16:
		return kir.BF16
	case ir.I32:
		return kir.I32
	}
	return kir.F32
}

var nonIdent = regexp.MustCompile(`[^A-Za-z0-9_]+`)

// KernelName names a kernel after its op's result, the op and the DSL line:
// "%x1 = fused.attention_residual" at line 13 gives
// "x1__fused_attention_residual__l13".
func KernelName(op *ir.Op, suffix string) string {
	n := nonIdent.ReplaceAllString(op.Result().Name, "_") + "__" + nonIdent.ReplaceAllString(op.Name(), "_")
	if suffix != "" {
		n += "_" + suffix
	}
	if op.Pos.IsValid() {
		n += fmt.Sprintf("__l%d", op.Pos.Line)
	}
	if n[0] >= '0' && n[0] <= '9' {
		n = "v" + n
	}
	return n
}

// origin is the comment that opens a kernel: the IR op and its positions.
func origin(op *ir.Op, what string) string {
	var pos []string
	for _, p := range op.Positions() {
		pos = append(pos, p.String())
	}
	s := fmt.Sprintf("%s: %s", what, ir.FormatOp(op))
	if len(pos) > 0 {
		s += "\nfrom " + strings.Join(pos, ", ")
	}
	return s
}

// Compile generates the kernels and the launch plan of a fused graph. The
// graph must carry a memory plan (the plan-memory pass), whose B and T the
// plan is made for.
func Compile(g *ir.Graph) (*Program, error) { return CompileWith(g, Options{}) }

// CompileWith is Compile with a choice of kernels (Options).
func CompileWith(g *ir.Graph, opts Options) (*Program, error) {
	if g.Memory == nil {
		return nil, fmt.Errorf("graph @%s has no memory plan: compile the fused stage (plan-memory) first", g.Name)
	}
	if err := ir.Verify(g, ir.VerifyOptions{}); err != nil {
		return nil, err
	}
	if err := opts.Check(); err != nil {
		return nil, err
	}
	c := &planner{g: g, p: &Program{Graph: g.Name, Env: g.Memory.Env}, opts: opts, valueBuf: map[*ir.Value]int{}, weightBuf: map[*ir.Weight]int{}}
	if err := c.buffers(); err != nil {
		return nil, err
	}
	for _, op := range g.Ops {
		gen, ok := generators[op.Name()]
		if !ok {
			return nil, fmt.Errorf("%s: %s: no kernel generator for op %s: code generation takes the fused stage (compiler stage \"fused\"), where every layer is one fused op", op.Pos, op.Ref(), op.Name())
		}
		n0, l0 := len(c.p.Kernels), len(c.p.Launches)
		err := gen(c, op)
		for i := l0; err == nil && i < len(c.p.Launches); i++ {
			err = c.p.Launches[i].checkLimits(c.p.Env)
		}
		if err == nil && opts.Arch != "" {
			// The layer's kernels on the target, before any module is built.
			_, err = TargetArch(c.p.Kernels[n0:], opts.Arch)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", op.Pos, op.Ref(), err)
		}
	}
	for _, r := range g.Results {
		n, err := c.elems(r.Type)
		if err != nil {
			return nil, err
		}
		c.p.Outputs = append(c.p.Outputs, c.valueBuf[r])
		c.p.OutputElems = append(c.p.OutputElems, n)
	}
	return c.p, nil
}

type planner struct {
	g         *ir.Graph
	p         *Program
	opts      Options
	valueBuf  map[*ir.Value]int
	weightBuf map[*ir.Weight]int
	scratch   map[string]int
}

func (c *planner) add(b Buffer) int {
	b.ID = len(c.p.Buffers)
	c.p.Buffers = append(c.p.Buffers, b)
	return b.ID
}

func (c *planner) elems(t ir.Type) (int64, error) { return t.Elems(c.p.Env) }

// buffers lays out inputs, weights and the memory plan's activations.
func (c *planner) buffers() error {
	for _, v := range c.g.Params {
		n, err := c.elems(v.Type)
		if err != nil {
			return err
		}
		id := c.add(Buffer{Name: v.Name, Kind: Input, DType: v.Type.Elem.String(), Elems: n, Bytes: n * int64(v.Type.Elem.Size()), Values: []string{v.String()}})
		c.valueBuf[v] = id
		c.p.Inputs = append(c.p.Inputs, id)
	}
	used := map[*ir.Weight]bool{}
	for _, op := range c.g.Ops {
		for _, w := range op.Weights {
			used[w] = true
		}
	}
	for _, w := range c.g.Weights {
		if !used[w] {
			continue // parts of a derived weight are uploaded into it
		}
		n, err := c.elems(w.Type)
		if err != nil {
			return err
		}
		b := Buffer{Name: w.Name, Kind: Weight, DType: w.Type.Elem.String(), Elems: n, Bytes: n * int64(w.Type.Elem.Size())}
		for _, p := range w.Concat {
			b.Parts = append(b.Parts, p.Name)
		}
		c.weightBuf[w] = c.add(b)
	}
	m := c.g.Memory
	ids := make([]int, len(m.Buffers))
	for i := range ids {
		ids[i] = -1
	}
	for _, op := range c.g.Ops {
		for _, r := range op.Results {
			bi, ok := m.Assign[r]
			if !ok {
				return fmt.Errorf("value %s has no buffer in the memory plan", r)
			}
			if ids[bi] < 0 {
				elem := r.Type.Elem
				n := m.Buffers[bi] / int64(elem.Size())
				ids[bi] = c.add(Buffer{Name: fmt.Sprintf("buf%d", bi), Kind: Activation, DType: elem.String(), Elems: n, Bytes: m.Buffers[bi]})
			}
			c.p.Buffers[ids[bi]].Values = append(c.p.Buffers[ids[bi]].Values, r.String())
			c.valueBuf[r] = ids[bi]
		}
	}
	return nil
}

// scratchBuf returns a scratch buffer of at least n elements of type e,
// shared by every op that needs one (ops run one after the other).
func (c *planner) scratchBuf(name string, e ir.Elem, n int64) int {
	if c.scratch == nil {
		c.scratch = map[string]int{}
	}
	key := name + "/" + e.String()
	if id, ok := c.scratch[key]; ok {
		b := &c.p.Buffers[id]
		if b.Elems < n {
			b.Elems, b.Bytes = n, n*int64(e.Size())
		}
		return id
	}
	id := c.add(Buffer{Name: name, Kind: Scratch, DType: e.String(), Elems: n, Bytes: n * int64(e.Size())})
	c.scratch[key] = id
	return id
}

func bufArg(id int) Arg     { return Arg{Buffer: &id} }
func scalarArg(n int64) Arg { return Arg{Scalar: &n} }

// launch appends a kernel (once) and its launch.
func (c *planner) launch(op *ir.Op, k *kir.Kernel, grid [3]int, args ...Arg) {
	seen := false
	for _, x := range c.p.Kernels {
		seen = seen || x == k
	}
	if !seen {
		c.p.Kernels = append(c.p.Kernels, k)
	}
	var pos []string
	for _, p := range op.Positions() {
		pos = append(pos, p.String())
	}
	var res []string
	for _, r := range op.Results {
		res = append(res, r.String())
	}
	c.p.Launches = append(c.p.Launches, Launch{
		Kernel: k.Name, Grid: grid, Block: k.Block, SharedBytes: k.SharedBytes(), DynamicShared: k.DynamicShared(), Args: args,
		Op: strings.Join(res, ", ") + " = " + op.Name(), Pos: strings.Join(pos, ", "),
	})
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// WeightValues returns a weight buffer's contents from the model's weights
// by name: the named weight, or its parts concatenated by rows for a
// derived weight. Backends upload it as it is.
func (b Buffer) WeightValues(weights map[string][]float32) ([]float32, error) {
	var data []float32
	if len(b.Parts) == 0 {
		data = weights[b.Name]
		if data == nil {
			return nil, fmt.Errorf("weight %s is missing", b.Name)
		}
	} else {
		for _, part := range b.Parts {
			d := weights[part]
			if d == nil {
				return nil, fmt.Errorf("weight %s (a part of %s) is missing", part, b.Name)
			}
			data = append(data, d...)
		}
	}
	if int64(len(data)) != b.Elems {
		return nil, fmt.Errorf("weight %s has %d values, the plan wants %d", b.Name, len(data), b.Elems)
	}
	return data, nil
}
