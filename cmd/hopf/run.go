package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/sim/machine"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

type runCmd struct {
	File    string `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Weights string `placeholder:"W.safetensors" help:"Weights to load (names as in README \"Weights\"). Without it: seeded random init."`
	Seed    uint64 `default:"1" help:"Seed for the random init and the random input."`
	Tokens  string `placeholder:"\"1 2 3\"" help:"Token ids of one sequence (token models); repeated --batch times."`
	Input   string `placeholder:"IN.safetensors" help:"Input tensor: \"tokens\" i32/i64 [B,T] or \"inputs\" f32 [B,T,d_in]."`
	Batch   int    `default:"1" help:"Batch size B for --tokens or the random input."`
	Len     int    `default:"0" placeholder:"T" help:"Sequence length of the random input (default: min(context, 16))."`
	Out     string `placeholder:"OUT.safetensors" help:"Write the input and the output (\"output\", f32) here."`
	Backend string `default:"cpu" enum:"cpu,sim,cuda" help:"Where to run: cpu (gorgonia, the reference), sim (the generated CUDA kernels interpreted on the CPU, with bounds and race checks), cuda (the generated kernels on an NVIDIA GPU; needs a build with -tags hopfcuda, see README \"GPU backend\")."`
	Top     int    `default:"5" help:"How many next-token candidates to print (token models)."`
	Stage   string `default:"fused" enum:"lowered,fused" help:"Which graph to run: fused (one op per layer, dual forms chosen for the CPU) or lowered (primitive ops)."`
	State   string `name:"state-out" placeholder:"S.safetensors" help:"Write the final fast-weight state S of every linear and delta layer (tensors L{i}.S, f32 [B,heads,d_value,d_head])."`
	Tile    string `placeholder:"TILING" help:"Tiling of the softmax attention kernels of f16/bf16 models on tensor cores (the generated kernels only): comma-separated flags wgmma, overlap, earlys, lazy, tma, plain, producer, pingpong, qshared and bk=N, mt=N, warps=N, stages=N, mask=all|edge, order=launch|heavy|lpt; e.g. wgmma,overlap,earlys,tma,bk=64 (Hopper: sm_90 GPUs). Default: the GPU architecture's own (codegen.DefaultTile; so far the mma.sync kernels on every GPU)."`
	Arch    string `placeholder:"sm_XY" help:"With --backend sim: the GPU architecture to generate the kernels for (sm_80, sm_90, …), which picks the default tilings and refuses kernels it cannot run. Default: any GPU's kernels. --backend cuda takes the device's."`
}

func (c *runCmd) Help() string {
	return `Runs a model's forward pass and prints a summary: the output shape, then
for token models the top next tokens after each sequence, for regression
models the predictions at the last position.

Without --weights the weights are drawn from a seeded init (--seed); without
--tokens or --input the input is random (seeded too), so a run is
reproducible.

Examples:
  hopf run examples/induction.hopf --tokens "5 9 2 7 5 9 2"
  hopf run examples/icl_regression.hopf --batch 4 --len 11
  hopf run examples/fastweight.hopf --weights fw.safetensors --input batch.safetensors --out out.safetensors
  hopf run examples/fastweight.hopf --state-out state.safetensors`
}

// runInstead ends the error of hopf run --backend cuda in a build without
// the CUDA backend.
const runInstead = "Here, use --backend cpu, or --backend sim to run the generated CUDA kernels on the simulator"

func (c *runCmd) Run(e *env) error {
	if c.Backend == "cuda" {
		if err := cudaAvailable(runInstead); err != nil {
			return err
		}
	}
	if c.Backend != "cpu" && c.Stage == "lowered" {
		return fmt.Errorf("--backend %s runs the kernels generated from the fused stage: drop --stage lowered", c.Backend)
	}
	if c.Tokens != "" && c.Input != "" {
		return errors.New("give --tokens or --input, not both")
	}
	kopts, err := kernelOptions(c.Backend, c.Tile, c.Arch)
	if err != nil {
		return err
	}
	if err := checkBatchFlag(c.Batch); err != nil {
		return err
	}
	if c.Top < 1 {
		return fmt.Errorf("--top %d: want ≥ 1", c.Top)
	}
	if err := checkOutputs([]flagPath{{"--out", c.Out}, {"--state-out", c.State}},
		[]flagPath{{"the model file", c.File}, {"--weights", c.Weights}, {"--input", c.Input}}); err != nil {
		return err
	}
	m, err := loadModel(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	if err := tileApplies(m, c.Tile); err != nil {
		return err
	}
	if c.Len != 0 && (c.Tokens != "" || c.Input != "") {
		return errors.New("--len sets the length of the random input; --tokens and --input give their own: drop --len")
	}
	if c.Batch != 1 && c.Input != "" {
		return errors.New("--batch sets the batch of --tokens or the random input; --input gives its own: drop --batch")
	}
	opts := compiler.Options{Target: "cpu", ExportState: c.State != ""}
	if c.Stage == "lowered" {
		if c.State != "" {
			return errors.New("--state-out needs the fused stage (the lowered graph has no state S)")
		}
		opts.StopAfter, _ = compiler.StageEnd("lowered")
	}
	g, err := compiler.Compile(m, opts)
	if err != nil {
		return err
	}
	var ws *weights.Set
	if c.Weights != "" {
		ws, err = loadWeights(c.Weights, g, c.File)
	} else {
		ws, err = weights.Init(g, c.Seed)
	}
	if err != nil {
		return err
	}
	x, err := c.input(m, g)
	if err != nil {
		return err
	}
	env, err := cpu.BindDims(g, x.Shape())
	if err != nil {
		return err
	}
	if env["T"] > m.Context {
		return fmt.Errorf("sequence length %d exceeds the model's context %d", env["T"], m.Context)
	}
	var outs []*tensor.Dense
	switch c.Backend {
	case "sim":
		outs, err = runSim(m, x, ws, c.State != "", kopts)
	case "cuda": // backend_cuda.go (build tag hopfcuda) or backend_nocuda.go
		outs, err = runCUDA(e, m, x, ws, c.State != "", kopts)
	default:
		var p *cpu.Program
		if p, err = cpu.Compile(g, denseWeights(ws), env); err == nil {
			outs, err = p.Run(x)
		}
	}
	if err != nil {
		return err
	}
	out := outs[0]
	c.summary(e, m, g, x, out)
	if c.Out != "" {
		if err := writeRun(c.Out, g, x, out); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", c.Out)
	}
	if c.State != "" {
		n, err := writeState(c.State, g, outs[1:])
		if err != nil {
			return err
		}
		if n == 0 {
			fmt.Fprintf(e.stdout, "model %s has no linear or delta layer: wrote an empty %s\n", m.Name, c.State)
		} else {
			fmt.Fprintf(e.stdout, "wrote %s: the final state of %d layers\n", c.State, n)
		}
	}
	return nil
}

// writeState saves the exported states, named after their IR values
// (L{i}.S).
func writeState(path string, g *ir.Graph, states []*tensor.Dense) (int, error) {
	f := &safetensors.File{Tensors: map[string]safetensors.Tensor{}, Metadata: map[string]string{"model": g.Name, "format": "hopf", "layout": "S[b,h] is d_value x d_head, row-major"}}
	for i, s := range states {
		t, err := safetensors.FromFloat32(safetensors.F32, s.Shape(), s.Data().([]float32))
		if err != nil {
			return 0, err
		}
		f.Tensors[g.Results[i+1].Name] = t
	}
	return len(states), safetensors.WriteFile(path, f)
}

// denseWeights wraps the weight set's f32 data as tensors (no copy).
func denseWeights(ws *weights.Set) cpu.Weights {
	w := cpu.Weights{}
	for _, t := range ws.Tensors() {
		w[t.Name] = tensor.New(tensor.WithShape(t.Shape...), tensor.WithBacking(t.Data))
	}
	return w
}

// input builds the model input from --tokens, --input or the seeded random
// generator.
func (c *runCmd) input(m *dsl.Model, g *ir.Graph) (*tensor.Dense, error) {
	tokens := m.Input == dsl.InputTokens
	switch {
	case c.Tokens != "":
		if !tokens {
			return nil, fmt.Errorf("model %s reads vectors (d_in %d), not tokens: use --input FILE.safetensors with an \"inputs\" tensor", m.Name, m.DIn)
		}
		var ids []int32
		for _, f := range strings.Fields(strings.ReplaceAll(c.Tokens, ",", " ")) {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("--tokens: %q is not an integer", f)
			}
			if n < 0 || n >= m.Vocab {
				return nil, fmt.Errorf("--tokens: id %d is outside the vocabulary [0, %d)", n, m.Vocab)
			}
			ids = append(ids, int32(n))
		}
		if len(ids) == 0 {
			return nil, errors.New("--tokens is empty")
		}
		if err := checkBatch(m, c.Batch, len(ids)); err != nil {
			return nil, err
		}
		all := make([]int32, 0, len(ids)*c.Batch)
		for b := 0; b < c.Batch; b++ {
			all = append(all, ids...)
		}
		return tensor.New(tensor.WithShape(c.Batch, len(ids)), tensor.WithBacking(all)), nil
	case c.Input != "":
		return readInput(c.Input, m)
	}
	T := c.Len
	if T == 0 {
		T = min(m.Context, 16)
	}
	if T < 1 {
		return nil, fmt.Errorf("--len %d: want ≥ 1", T)
	}
	if err := checkLenFlag(m, T); err != nil {
		return nil, err
	}
	if err := checkBatch(m, c.Batch, T); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(c.Seed, 0x1a7))
	if tokens {
		ids := make([]int32, c.Batch*T)
		for i := range ids {
			ids[i] = int32(r.IntN(m.Vocab))
		}
		return tensor.New(tensor.WithShape(c.Batch, T), tensor.WithBacking(ids)), nil
	}
	xs := make([]float32, c.Batch*T*m.DIn)
	for i := range xs {
		xs[i] = float32(r.Float64() - 0.5)
	}
	return tensor.New(tensor.WithShape(c.Batch, T, m.DIn), tensor.WithBacking(xs)), nil
}

// readInput reads "tokens" or "inputs" from a safetensors file.
func readInput(path string, m *dsl.Model) (*tensor.Dense, error) {
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if m.Input == dsl.InputTokens {
		t, ok := f.Tensors["tokens"]
		if !ok {
			return nil, fmt.Errorf("%s: no tensor \"tokens\" (model %s reads token ids [B,T]); found %s", path, m.Name, strings.Join(f.Names(), ", "))
		}
		if len(t.Shape) != 2 {
			return nil, fmt.Errorf("%s: tensor tokens has shape %s, want [B,T]", path, safetensors.FormatShape(t.Shape))
		}
		ids, err := t.Int32s()
		if err != nil {
			return nil, fmt.Errorf("%s: tensor tokens: %v", path, err)
		}
		for i, id := range ids {
			if id < 0 || int(id) >= m.Vocab {
				return nil, fmt.Errorf("%s: tensor tokens: id %d at index %d is outside the vocabulary [0, %d)", path, id, i, m.Vocab)
			}
		}
		return tensor.New(tensor.WithShape(t.Shape...), tensor.WithBacking(ids)), nil
	}
	t, ok := f.Tensors["inputs"]
	if !ok {
		return nil, fmt.Errorf("%s: no tensor \"inputs\" (model %s reads vectors [B,T,%d]); found %s", path, m.Name, m.DIn, strings.Join(f.Names(), ", "))
	}
	if len(t.Shape) != 3 || t.Shape[2] != m.DIn {
		return nil, fmt.Errorf("%s: tensor inputs has shape %s, want [B,T,%d]", path, safetensors.FormatShape(t.Shape), m.DIn)
	}
	xs, err := t.Float32s()
	if err != nil {
		return nil, fmt.Errorf("%s: tensor inputs: %v", path, err)
	}
	return tensor.New(tensor.WithShape(t.Shape...), tensor.WithBacking(xs)), nil
}

func (c *runCmd) summary(e *env, m *dsl.Model, g *ir.Graph, x, out *tensor.Dense) {
	shape := []int(out.Shape())
	fmt.Fprintf(e.stdout, "model %s: output %s %v (B=%d, T=%d)\n", m.Name, g.Results[0].Type, shape, shape[0], shape[1])
	data := out.Data().([]float32)
	B, T, N := shape[0], shape[1], shape[2]
	for b := 0; b < B && b < 8; b++ {
		row := data[(b*T+T-1)*N : (b*T+T)*N]
		if m.Readout.Kind == dsl.ReadoutUnembed {
			fmt.Fprintf(e.stdout, "  seq %d: next token %s\n", b, topK(row, c.Top))
		} else {
			fmt.Fprintf(e.stdout, "  seq %d: prediction at t=%d: %s\n", b, T-1, floats(row, 8))
		}
	}
	if B > 8 {
		fmt.Fprintf(e.stdout, "  ... %d more sequences\n", B-8)
	}
}

// topK lists the k most likely tokens under softmax(logits).
func topK(logits []float32, k int) string {
	idx := make([]int, len(logits))
	mx := math.Inf(-1)
	for i, l := range logits {
		idx[i] = i
		mx = math.Max(mx, float64(l))
	}
	z := 0.0
	for _, l := range logits {
		z += math.Exp(float64(l) - mx)
	}
	sort.SliceStable(idx, func(a, b int) bool { return logits[idx[a]] > logits[idx[b]] })
	var parts []string
	for _, i := range idx[:min(k, len(idx))] {
		parts = append(parts, fmt.Sprintf("%d (p=%.3f)", i, math.Exp(float64(logits[i])-mx)/z))
	}
	return strings.Join(parts, ", ")
}

func floats(v []float32, n int) string {
	var parts []string
	for _, f := range v[:min(n, len(v))] {
		parts = append(parts, strconv.FormatFloat(float64(f), 'g', 6, 32))
	}
	s := "[" + strings.Join(parts, " ")
	if len(v) > n {
		s += " ..."
	}
	return s + "]"
}

// writeRun saves the input and the output.
func writeRun(path string, g *ir.Graph, x, out *tensor.Dense) error {
	f := &safetensors.File{Tensors: map[string]safetensors.Tensor{}, Metadata: map[string]string{"model": g.Name, "format": "hopf"}}
	o, err := safetensors.FromFloat32(safetensors.F32, out.Shape(), out.Data().([]float32))
	if err != nil {
		return err
	}
	f.Tensors["output"] = o
	switch d := x.Data().(type) {
	case []int32:
		t, err := safetensors.FromInt32(safetensors.I32, x.Shape(), d)
		if err != nil {
			return err
		}
		f.Tensors["tokens"] = t
	case []float32:
		t, err := safetensors.FromFloat32(safetensors.F32, x.Shape(), d)
		if err != nil {
			return err
		}
		f.Tensors["inputs"] = t
	}
	return safetensors.WriteFile(path, f)
}

// tileApplies refuses a --tile the model has no kernel for: it tiles the
// softmax attention kernels of f16 and bf16 models (on tensor cores).
func tileApplies(m *dsl.Model, tile string) error {
	if tile == "" {
		return nil
	}
	if m.DType != dsl.F16 && m.DType != dsl.BF16 {
		return fmt.Errorf("--tile tiles the tensor-core softmax attention kernels of f16 and bf16 models; %s is %s, so it would change nothing: drop --tile (or set dtype f16)", m.Name, m.DType)
	}
	for _, l := range m.Layers {
		if l.Kind == dsl.Softmax {
			return nil
		}
	}
	return fmt.Errorf("--tile tiles softmax attention kernels; %s has no softmax layer, so it would change nothing: drop --tile", m.Name)
}

// kernelOptions reads --tile and --arch: the kernels' options for a
// backend that runs generated kernels (sim, cuda; "" for hopf compile);
// an error for the CPU backend. The cuda backend fills in the device's
// architecture itself.
func kernelOptions(backend, tile, arch string) (codegen.Options, error) {
	var opts codegen.Options
	switch {
	case backend == "cpu" && tile != "":
		return opts, errors.New("--tile chooses among the generated kernels: use it with --backend sim or cuda")
	case backend == "cpu" && arch != "":
		return opts, errors.New("--arch chooses the generated kernels' GPU: use it with --backend sim")
	case backend == "cuda" && arch != "":
		return opts, errors.New("--backend cuda generates the kernels for the device's architecture: drop --arch (it is for --backend sim)")
	}
	t, err := codegen.ParseTCTile(tile)
	if err != nil {
		return opts, fmt.Errorf("--tile: %v", err)
	}
	opts = codegen.Options{Attention: t, Arch: arch}
	if err := opts.Check(); err != nil {
		return opts, fmt.Errorf("--arch: %v", err)
	}
	return opts, nil
}

// kernelProgram compiles the model to kernels and a launch plan for the
// input's B and T (target cuda: the forms a GPU runs), and returns the
// weights by name for a backend to upload.
func kernelProgram(m *dsl.Model, x *tensor.Dense, ws *weights.Set, state bool, opts codegen.Options) (*ir.Graph, *codegen.Program, map[string][]float32, error) {
	s := x.Shape()
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Batch: s[0], Len: s[1], ExportState: state})
	if err != nil {
		return nil, nil, nil, err
	}
	prog, err := codegen.CompileWith(g, opts)
	if err != nil {
		return nil, nil, nil, err
	}
	data := map[string][]float32{}
	for _, t := range ws.Tensors() {
		data[t.Name] = t.Data
	}
	return g, prog, data, nil
}

// resultTensors shapes a backend's flat results as the graph's results.
func resultTensors(g *ir.Graph, env map[string]int, res [][]float32) []*tensor.Dense {
	var outs []*tensor.Dense
	for i, r := range g.Results {
		shape, _ := r.Type.Dims(env) // the program was compiled for env
		outs = append(outs, tensor.New(tensor.WithShape(shape...), tensor.WithBacking(res[i])))
	}
	return outs
}

// runSim runs the model's kernels on the simulator.
func runSim(m *dsl.Model, x *tensor.Dense, ws *weights.Set, state bool, opts codegen.Options) ([]*tensor.Dense, error) {
	g, prog, data, err := kernelProgram(m, x, ws, state, opts)
	if err != nil {
		return nil, err
	}
	mach, err := machine.New(prog, data)
	if err != nil {
		return nil, err
	}
	var in machine.Input
	switch d := x.Data().(type) {
	case []int32:
		in.I32 = d
	case []float32:
		in.F32 = d
	}
	res, err := mach.Run(in)
	if err != nil {
		return nil, err
	}
	return resultTensors(g, prog.Env, res), nil
}
