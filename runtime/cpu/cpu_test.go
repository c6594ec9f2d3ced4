package cpu

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Small models covering every setting the lowering handles.
var testModels = []struct{ name, src string }{
	{"softmax", `model m { vocab 7; d_model 8; context 9
  attention softmax { heads 2; d_head 3; d_value 4 }
  attention softmax { heads 1; d_head 4; mask window 2; norm layernorm }
  unembed }`},
	{"softmax-none-tied", `model m { vocab 7; d_model 8; context 9; position none
  attention softmax { heads 2; d_head 4; mask none; scale 0.3 }
  norm layernorm; unembed tied }`},
	{"linear", `model m { vocab 7; d_model 8; context 9
  attention linear { heads 2; d_head 3; feature elu1; norm rmsnorm }
  attention linear { heads 2; d_head 4; mask strict; output off }
  attention linear { heads 1; d_head 2; mask none; residual off; scale 0.5 }
  unembed }`},
	{"delta", `model m { vocab 7; d_model 8; context 9
  attention delta { heads 2; d_head 3; d_value 4; feature elu1 }
  attention delta { heads 2; d_head 4; beta 0.7; mask strict; norm rmsnorm; feature l2 }
  attention linear { heads 2; d_head 4; feature l2 }
  norm rmsnorm; unembed }`},
	{"vectors", `model m { d_in 5; d_model 8; context 9
  attention delta { heads 2; d_head 4; scale 0.5 }
  attention softmax { heads 2; d_head 4 }
  readout 3 }`},
	{"identity", `model m { d_in 6; d_model 6; context 9; embed input identity
  attention linear { heads 1; d_head 6; mask strict }
  readout 1 }`},
}

// fixture is a compiled model with random weights in f32 and the same
// values in f64 for the reference.
type fixture struct {
	m   *dsl.Model
	g   *ir.Graph
	w   Weights
	w64 refWeights
}

// Pipelines the tests run a model through.
var (
	lowered  = compiler.Options{StopAfter: "dce"}
	fusedGPU = compiler.Options{Target: "cuda"}
	fusedCPU = compiler.Options{Target: "cpu"}
)

var stages = []struct {
	name string
	opts compiler.Options
}{{"lowered", lowered}, {"fused-cuda", fusedGPU}, {"fused-cpu", fusedCPU}}

func newFixture(t *testing.T, src string, seed uint64, opts compiler.Options) *fixture {
	t.Helper()
	m, err := dsl.Load("m.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	opts.VerifyEach = true
	g, err := compiler.Compile(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	f := &fixture{m: m, g: g, w: Weights{}, w64: refWeights{}}
	for _, wt := range g.Weights {
		if wt.Derived() {
			continue
		}
		shape, _ := concrete(wt.Type, nil)
		n := prod(shape)
		d32 := make([]float32, n)
		d64 := make([]float64, n)
		std := 1.0
		if len(shape) == 2 {
			std = 1 / math.Sqrt(float64(shape[1]))
		}
		for i := range d32 {
			d32[i] = float32(r.NormFloat64() * std)
			if len(shape) == 1 { // norm weights near 1, biases small
				d32[i] = float32(1 + 0.2*r.NormFloat64())
			}
			d64[i] = float64(d32[i])
		}
		f.w[wt.Name] = tensor.New(tensor.WithShape(shape...), tensor.WithBacking(d32))
		f.w64[wt.Name] = d64
	}
	return f
}

// input makes a random batch for the model.
func (f *fixture) input(B, T int, seed uint64) (*tensor.Dense, refInput) {
	r := rand.New(rand.NewPCG(seed, 2))
	in := refInput{B: B, T: T}
	if f.m.Input == dsl.InputTokens {
		in.tokens = make([]int32, B*T)
		for i := range in.tokens {
			in.tokens[i] = int32(r.IntN(f.m.Vocab))
		}
		return tensor.New(tensor.WithShape(B, T), tensor.WithBacking(append([]int32(nil), in.tokens...))), in
	}
	x32 := make([]float32, B*T*f.m.DIn)
	in.x = make([]float64, len(x32))
	for i := range x32 {
		x32[i] = float32(r.Float64() - 0.5)
		in.x[i] = float64(x32[i])
	}
	return tensor.New(tensor.WithShape(B, T, f.m.DIn), tensor.WithBacking(x32)), in
}

func relErr(got []float32, want []float64) float64 {
	var num, den float64
	for i := range want {
		d := float64(got[i]) - want[i]
		num += d * d
		den += want[i] * want[i]
	}
	return math.Sqrt(num / den)
}

// TestForwardMatchesF64Reference runs every test model on the CPU backend
// and compares with the f64 reference: relative error < 1e-4.
func TestForwardMatchesF64Reference(t *testing.T) {
	for _, tm := range testModels {
		for _, st := range stages {
			for _, bt := range [][2]int{{1, 1}, {2, 5}, {3, 9}} {
				t.Run(tm.name+"/"+st.name, func(t *testing.T) {
					f := newFixture(t, tm.src, 7, st.opts)
					x, in := f.input(bt[0], bt[1], 11)
					env, err := BindDims(f.g, x.Shape())
					if err != nil {
						t.Fatal(err)
					}
					p, err := Compile(f.g, f.w, env)
					if err != nil {
						t.Fatal(err)
					}
					out, err := p.Run(x)
					if err != nil {
						t.Fatal(err)
					}
					want := refForward(f.m, f.w64, in)
					got := out[0].Data().([]float32)
					if len(got) != len(want) {
						t.Fatalf("output has %d values, want %d", len(got), len(want))
					}
					if e := relErr(got, want); e > 1e-4 || math.IsNaN(e) {
						t.Errorf("B=%d T=%d: relative error %.3g > 1e-4", bt[0], bt[1], e)
					}
				})
			}
		}
	}
}

// TestGradientsMatchFiniteDifferences differentiates loss = Σ out ⊙ r with
// gorgonia's Grad through the custom ops, as hopf train does, and compares
// with central finite differences of the f64 reference, on a sample of
// entries of every weight. Every gradient buffer is poisoned with NaN
// before its kernel runs (poisonGrads), so a kernel that leaves part of a
// gradient it should overwrite unwritten fails; and the tape runs twice,
// so one whose gradient accumulates without being zeroed (impl.partial)
// doubles.
func TestGradientsMatchFiniteDifferences(t *testing.T) {
	poisonGrads = true
	defer func() { poisonGrads = false }()

	gradStages := []struct {
		name string
		opts compiler.Options
	}{{"lowered", lowered}, {"dualized", compiler.Options{Target: "cpu", StopAfter: "dualize"}}}
	for _, tm := range testModels {
		for _, st := range gradStages {
			t.Run(tm.name+"/"+st.name, func(t *testing.T) { gradCheck(t, tm.src, st.opts) })
		}
	}
}

func gradCheck(t *testing.T, src string, opts compiler.Options) {
	f := newFixture(t, src, 3, opts)
	x, in := f.input(2, 5, 5)
	env, _ := BindDims(f.g, x.Shape())
	p, err := Compile(f.g, f.w, env)
	if err != nil {
		t.Fatal(err)
	}
	out := p.Outputs()[0]
	rr := rand.New(rand.NewPCG(9, 9))
	r32 := make([]float32, prod(out.Shape()))
	r64 := make([]float64, len(r32))
	for i := range r32 {
		r32[i] = float32(rr.NormFloat64())
		r64[i] = float64(r32[i])
	}
	eg := p.ExprGraph()
	rn := G.NewTensor(eg, tensor.Float32, out.Dims(), G.WithShape(out.Shape()...), G.WithValue(tensor.New(tensor.WithShape(out.Shape()...), tensor.WithBacking(r32))), G.WithName("r"))
	loss := G.Must(G.Sum(G.Must(G.HadamardProd(out, rn))))
	// The weights the ops read: after fuse-qkv, a derived w_qkv in place
	// of its parts.
	var used []*ir.Weight
	seen := map[*ir.Weight]bool{}
	for _, op := range f.g.Ops {
		for _, wt := range op.Weights {
			if !seen[wt] {
				seen[wt] = true
				used = append(used, wt)
			}
		}
	}
	var wn G.Nodes
	for _, wt := range used {
		wn = append(wn, p.Weight(wt.Name))
	}
	if len(wn) == 0 {
		t.Fatal("no weights")
	}
	grads, err := G.Grad(loss, wn...)
	if err != nil {
		t.Fatal(err)
	}
	if err := G.Let(p.Inputs()[0], x); err != nil {
		t.Fatal(err)
	}
	vm := G.NewTapeMachine(eg)
	defer vm.Close()
	for range 2 {
		if err := vm.RunAll(); err != nil {
			t.Fatal(err)
		}
		vm.Reset()
	}
	lossOf := func() float64 {
		o := refForward(f.m, f.w64, in)
		s := 0.0
		for i := range o {
			s += o[i] * r64[i]
		}
		return s
	}
	for j, wt := range used {
		g32 := grads[j].Value().Data().([]float32)
		var num, den float64
		for s := 0; s < 6; s++ {
			i := rr.IntN(len(g32))
			w, wi := f.w64.entry(wt, i)
			const h = 1e-5
			orig := w[wi]
			w[wi] = orig + h
			lp := lossOf()
			w[wi] = orig - h
			lm := lossOf()
			w[wi] = orig
			fd := (lp - lm) / (2 * h)
			num += (float64(g32[i]) - fd) * (float64(g32[i]) - fd)
			den += fd * fd
		}
		if e := math.Sqrt(num / math.Max(den, 1e-12)); e > 1e-3 && math.Sqrt(num) > 1e-4 || math.IsNaN(num) {
			t.Errorf("weight %s: gradient relative error %.3g", wt.Name, e)
		}
	}
}

// entry returns the f64 weight holding entry i of wt and its index there:
// for a derived weight (rows concatenated), the part's.
func (w refWeights) entry(wt *ir.Weight, i int) ([]float64, int) {
	for _, part := range wt.Concat {
		n := len(w[part.Name])
		if i < n {
			return w[part.Name], i
		}
		i -= n
	}
	return w[wt.Name], i
}

func TestEveryOpHasImpl(t *testing.T) {
	for _, d := range ir.Ops() {
		if _, ok := impls[d.Name]; !ok {
			t.Errorf("op %s has no CPU implementation", d.Name)
		}
	}
}

func TestBindDims(t *testing.T) {
	f := newFixture(t, testModels[0].src, 1, lowered)
	if env, err := BindDims(f.g, []int{3, 4}); err != nil || env["B"] != 3 || env["T"] != 4 {
		t.Errorf("BindDims([3,4]) = %v, %v", env, err)
	}
	for _, bad := range [][]int{{3}, {3, 4, 5}, {0, 4}} {
		if _, err := BindDims(f.g, bad); err == nil {
			t.Errorf("BindDims(%v): want an error", bad)
		}
	}
}

func TestRunErrors(t *testing.T) {
	f := newFixture(t, testModels[0].src, 1, lowered)
	// A token id outside the vocabulary is an error naming the id, not a panic.
	x := tensor.New(tensor.WithShape(1, 3), tensor.WithBacking([]int32{1, 99, 2}))
	env, _ := BindDims(f.g, x.Shape())
	p, err := Compile(f.g, f.w, env)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(x); err == nil || !strings.HasPrefix(err.Error(), "m.hopf:1:7: op %emb (embed): ") || !strings.Contains(err.Error(), "99") {
		t.Errorf("token 99 with vocab 7: got %v, want an error naming the op and the id", err)
	}
	// T beyond the context is an error.
	x = tensor.New(tensor.WithShape(1, 12), tensor.WithBacking(make([]int32, 12)))
	env, _ = BindDims(f.g, x.Shape())
	if p, err = Compile(f.g, f.w, env); err == nil {
		_, err = p.Run(x)
	}
	if err == nil || !strings.Contains(err.Error(), "embed_pos") || !strings.Contains(err.Error(), "12") {
		t.Errorf("T=12 > context 9: got %v, want an error naming embed_pos and 12", err)
	}
	// A missing weight is named.
	delete(f.w, "L0.w_q")
	if _, err := Compile(f.g, f.w, env); err == nil {
		t.Error("missing weight: want an error")
	}
}
