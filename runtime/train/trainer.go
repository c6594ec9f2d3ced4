// Package train trains hopf models on the CPU: generated tasks
// (icl-regression, induction, copy), losses as custom gorgonia ops with
// hand-written gradients, Adam, checkpoints that resume exactly, and
// evaluations that compare a trained model with what the literature
// predicts (one step of gradient descent; induction heads).
//
// Training differentiates the lowered graph (compiler stage "lowered"),
// whose every op has a tested backward; the fused ops have none.
package train

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/weights"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Config is what defines a training run: with the model, the initial
// weights and these settings, every step is determined.
type Config struct {
	Task  string
	Batch int     // B
	Len   int     // T
	LR    float64 // Adam's learning rate
	Seed  uint64  // seeds the data stream
	// Adam's β1, β2 and ε; zero means PyTorch's defaults.
	Beta1, Beta2, Eps float64
	// Schedule is the learning rate over the steps: "constant" (or "") or
	// "cosine", which decays it from LR at step 1 to 0 at step Horizon:
	// LR · ½(1 + cos(π (step−1)/(Horizon−1))), and 0 after.
	Schedule string
	Horizon  int
}

// Schedules lists the learning-rate schedules.
var Schedules = []string{"constant", "cosine"}

// LRAt is the learning rate of update number step (1-based).
func (c *Config) LRAt(step int) float64 {
	if c.Schedule != "cosine" {
		return c.LR
	}
	if step >= c.Horizon {
		return 0
	}
	if c.Horizon <= 1 {
		return c.LR
	}
	return c.LR * 0.5 * (1 + math.Cos(math.Pi*float64(step-1)/float64(c.Horizon-1)))
}

func (c *Config) defaults() {
	if c.Beta1 == 0 {
		c.Beta1 = DefaultBeta1
	}
	if c.Beta2 == 0 {
		c.Beta2 = DefaultBeta2
	}
	if c.Eps == 0 {
		c.Eps = DefaultEps
	}
}

func (c *Config) check() error {
	if !(c.LR > 0) || math.IsInf(c.LR, 0) {
		return fmt.Errorf("learning rate %g: want a positive number", c.LR)
	}
	switch c.Schedule {
	case "", "constant":
		c.Schedule = "constant"
		c.Horizon = 0
	case "cosine":
		if c.Horizon < 1 {
			return fmt.Errorf("the cosine schedule needs a horizon (the number of steps it decays over), got %d", c.Horizon)
		}
	default:
		return fmt.Errorf("unknown learning-rate schedule %q; want constant or cosine", c.Schedule)
	}
	if !(c.Beta1 >= 0 && c.Beta1 < 1) || !(c.Beta2 >= 0 && c.Beta2 < 1) || !(c.Eps > 0) {
		return fmt.Errorf("Adam β1=%g β2=%g ε=%g: want 0 ≤ β < 1 and ε > 0", c.Beta1, c.Beta2, c.Eps)
	}
	return nil
}

// LowerForTraining compiles a model to the graph training differentiates:
// the lowered stage.
func LowerForTraining(m *dsl.Model) (*ir.Graph, error) {
	last, _ := compiler.StageEnd("lowered")
	return compiler.Compile(m, compiler.Options{StopAfter: last})
}

// Trainer holds a model being trained: its weights (updated in place),
// Adam's state and the data stream.
type Trainer struct {
	Model   *dsl.Model
	Graph   *ir.Graph
	Weights *weights.Set
	Config  Config
	Task    *Task
	Adam    *Adam

	src    *rand.PCG // the data stream; its state is checkpointed
	rng    *rand.Rand
	batch  *Batch
	prog   *cpu.Program
	vm     G.VM
	params [][]float32 // weight data, in the graph's weight order
	names  []string
	grads  []*G.Node
	loss   interface{ lastLoss() float64 }
	// graph inputs, bound every step
	xIn, tgIn, yIn, wIn *G.Node
	xT, tgT, yT, wT     *tensor.Dense
}

func (o *ceOp) lastLoss() float64  { return o.last }
func (o *mseOp) lastLoss() float64 { return o.last }

// New prepares training of the lowered graph g of model m from the weights
// ws (which it updates in place). The data stream starts from cfg.Seed.
func New(m *dsl.Model, g *ir.Graph, ws *weights.Set, cfg Config) (*Trainer, error) {
	cfg.defaults()
	if err := cfg.check(); err != nil {
		return nil, err
	}
	task, err := NewTask(cfg.Task, m, cfg.Batch, cfg.Len)
	if err != nil {
		return nil, err
	}
	for _, op := range g.Ops {
		if strings.HasPrefix(op.Name(), "fused.") || strings.HasPrefix(op.Name(), "dual.") {
			return nil, fmt.Errorf("graph @%s has %s, which has no gradient: train the lowered graph (LowerForTraining)", g.Name, op.Ref())
		}
	}
	if err := weights.Check(g, ws, ""); err != nil {
		return nil, err
	}
	t := &Trainer{Model: m, Graph: g, Weights: ws, Config: cfg, Task: task}
	t.src = rand.NewPCG(cfg.Seed, dataStream)
	t.rng = rand.New(t.src)
	t.batch = task.NewBatch()
	if err := t.build(); err != nil {
		return nil, err
	}
	sizes := make([]int, len(t.params))
	for i, p := range t.params {
		sizes[i] = len(p)
	}
	t.Adam = NewAdam(cfg.LR, cfg.Beta1, cfg.Beta2, cfg.Eps, sizes)
	return t, nil
}

// dataStream is the PCG stream constant of the training data (seed, dataStream).
const dataStream = 0x747261696e // "train"

// denseWeights wraps the set's data as tensors (no copy): the programs
// read the weights the optimiser updates.
func denseWeights(ws *weights.Set) cpu.Weights {
	w := cpu.Weights{}
	for _, t := range ws.Tensors() {
		w[t.Name] = tensor.New(tensor.WithShape(t.Shape...), tensor.WithBacking(t.Data))
	}
	return w
}

// build compiles the program for (B, T), adds the loss and its gradient.
func (t *Trainer) build() error {
	B, T := t.Task.B, t.Task.T
	p, err := cpu.Compile(t.Graph, denseWeights(t.Weights), map[string]int{"B": B, "T": T})
	if err != nil {
		return err
	}
	t.prog = p
	eg := p.ExprGraph()
	out := p.Outputs()[0]
	t.xIn = p.Inputs()[0]
	var loss *G.Node
	if t.Task.Tokens() {
		t.xT = tensor.New(tensor.WithShape(B, T), tensor.WithBacking(t.batch.Tokens))
		t.tgT = tensor.New(tensor.WithShape(B, T), tensor.WithBacking(t.batch.Targets))
		t.tgIn = G.NewTensor(eg, tensor.Int32, 2, G.WithShape(B, T), G.WithName("targets"))
		if loss, err = SoftmaxCrossEntropy(out, t.tgIn); err != nil {
			return err
		}
	} else {
		D := t.Task.DX + 1
		t.xT = tensor.New(tensor.WithShape(B, T, D), tensor.WithBacking(t.batch.Inputs))
		t.yT = tensor.New(tensor.WithShape(B, T, 1), tensor.WithBacking(t.batch.Y))
		t.wT = tensor.New(tensor.WithShape(B, T), tensor.WithBacking(t.batch.Weight))
		t.yIn = G.NewTensor(eg, tensor.Float32, 3, G.WithShape(B, T, 1), G.WithName("y"))
		t.wIn = G.NewTensor(eg, tensor.Float32, 2, G.WithShape(B, T), G.WithName("row_weight"))
		if loss, err = MeanSquaredError(out, t.yIn, t.wIn); err != nil {
			return err
		}
	}
	t.loss = loss.Op().(interface{ lastLoss() float64 })
	var wn G.Nodes
	for _, w := range t.Graph.Weights {
		if w.Derived() {
			return fmt.Errorf("weight %s is derived (a fused graph): train the lowered graph", w.Name)
		}
		tw := t.Weights.Get(w.Name)
		t.params = append(t.params, tw.Data)
		t.names = append(t.names, w.Name)
		wn = append(wn, p.Weight(w.Name))
	}
	if t.grads, err = G.Grad(loss, wn...); err != nil {
		return fmt.Errorf("differentiating graph @%s: %w", t.Graph.Name, err)
	}
	t.vm = G.NewTapeMachine(eg)
	return nil
}

// Step is the number of updates made so far.
func (t *Trainer) Step() int { return t.Adam.Step }

// NonFiniteError reports a NaN or infinite loss (or weight after an
// update) at a step. The update of that step is not applied when the loss
// is not finite.
type NonFiniteError struct {
	Step  int     // the step (1-based) that produced it
	Loss  float64 // the loss of that step
	What  string  // "loss", or the weight that became non-finite
	Value float64
}

func (e *NonFiniteError) Error() string {
	if e.What == "loss" {
		return fmt.Sprintf("step %d: the loss is %v", e.Step, e.Loss)
	}
	return fmt.Sprintf("step %d: the update made weight %s %v (loss %.6g)", e.Step, e.What, e.Value, e.Loss)
}

// TrainStep draws a batch, runs forward and backward, and applies one
// Adam update. It returns the batch's loss (before the update).
func (t *Trainer) TrainStep() (float64, error) {
	t.Task.Fill(t.rng, t.batch)
	loss, err := t.forwardBackward()
	if err != nil {
		return loss, err
	}
	step := t.Adam.Step + 1
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return loss, &NonFiniteError{Step: step, Loss: loss, What: "loss"}
	}
	grads := make([][]float32, len(t.grads))
	for i, g := range t.grads {
		d, ok := g.Value().(*tensor.Dense)
		if !ok {
			return loss, fmt.Errorf("weight %s has no gradient value", t.names[i])
		}
		grads[i] = d.Data().([]float32)
	}
	t.Adam.LR = t.Config.LRAt(step)
	t.Adam.Update(t.params, grads)
	for i, p := range t.params {
		for _, v := range p {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return loss, &NonFiniteError{Step: step, Loss: loss, What: t.names[i], Value: float64(v)}
			}
		}
	}
	return loss, nil
}

// forwardBackward binds the batch and runs the program (loss and
// gradients); the gradient values stay bound to their nodes.
func (t *Trainer) forwardBackward() (float64, error) {
	binds := [][2]any{{t.xIn, t.xT}}
	if t.Task.Tokens() {
		binds = append(binds, [2]any{t.tgIn, t.tgT})
	} else {
		binds = append(binds, [2]any{t.yIn, t.yT}, [2]any{t.wIn, t.wT})
	}
	for _, b := range binds {
		if err := G.Let(b[0].(*G.Node), b[1]); err != nil {
			return 0, err
		}
	}
	defer t.vm.Reset()
	if err := t.vm.RunAll(); err != nil {
		return 0, unwrap(err)
	}
	return t.loss.lastLoss(), nil
}

// Close releases the machine.
func (t *Trainer) Close() {
	if t.vm != nil {
		t.vm.Close()
	}
}

// unwrap returns the op's own error from under gorgonia's machine wrapping.
func unwrap(err error) error {
	var oe *cpu.OpError
	if errors.As(err, &oe) {
		return oe
	}
	return err
}
