package train

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/weights"
)

func newTrainer(t testing.TB, m *dsl.Model, cfg Config) (*Trainer, *ir.Graph) {
	t.Helper()
	g, err := LowerForTraining(m)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := weights.Init(g, 7)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := New(m, g, ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.Close)
	return tr, g
}

// f16 model: the checkpoint holds f32 master weights beside the rounded ones.
const halfModel = `model half { vocab 9; d_model 8; context 16; dtype f16
  attention softmax { heads 2; d_head 4; norm layernorm }
  attention delta { heads 2; d_head 4; feature l2 }
  unembed tied }`

var resumeCases = []struct {
	name string
	src  string
	cfg  Config
}{
	{"icl-regression", vectorModel, Config{Task: ICLRegression, Batch: 8, Len: 9, LR: 1e-2, Seed: 3}},
	{"induction/cosine", tokenModel, Config{Task: Induction, Batch: 4, Len: 12, LR: 3e-3, Seed: 4, Schedule: "cosine", Horizon: 12}},
	{"copy/f16", halfModel, Config{Task: Copy, Batch: 3, Len: 7, LR: 1e-2, Seed: 5}},
}

// TestResumeMatchesUninterrupted trains 12 steps straight, and 5 steps,
// a checkpoint, a resume and 7 more: the weights, Adam's moments and the
// data stream must be identical, bit for bit.
func TestResumeMatchesUninterrupted(t *testing.T) {
	for _, c := range resumeCases {
		t.Run(c.name, func(t *testing.T) {
			m := loadSrc(t, c.src)
			a, _ := newTrainer(t, m, c.cfg)
			if _, err := a.Run(context.Background(), RunOptions{Steps: 12}, -1); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "w.safetensors")
			b, g := newTrainer(t, m, c.cfg)
			res, err := b.Run(context.Background(), RunOptions{Steps: 5, Out: out}, -1)
			if err != nil || res.Checkpoint != 5 {
				t.Fatalf("first part: checkpoint %d, %v", res.Checkpoint, err)
			}
			r, err := Resume(out, m, g, c.cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if r.Step() != 5 {
				t.Fatalf("resumed at step %d, want 5", r.Step())
			}
			if _, err := r.Run(context.Background(), RunOptions{Steps: 12, Out: out}, 5); err != nil {
				t.Fatal(err)
			}
			sameState(t, a, r)
			// The file loads as plain weights.
			if _, err := weights.Load(out, g); err != nil {
				t.Errorf("the checkpoint does not load as weights: %v", err)
			}
		})
	}
}

func sameState(t *testing.T, a, b *Trainer) {
	t.Helper()
	if a.Step() != b.Step() {
		t.Fatalf("steps %d and %d", a.Step(), b.Step())
	}
	for i, name := range a.names {
		if !slices.Equal(a.params[i], b.params[i]) {
			t.Errorf("weight %s differs", name)
		}
		if !slices.Equal(a.Adam.M[i], b.Adam.M[i]) || !slices.Equal(a.Adam.V[i], b.Adam.V[i]) {
			t.Errorf("Adam's moments of %s differ", name)
		}
	}
	sa, _ := a.src.MarshalBinary()
	sb, _ := b.src.MarshalBinary()
	if !bytes.Equal(sa, sb) {
		t.Error("the data streams differ")
	}
}

// TestInterruptWritesCheckpoint cancels the context after step 4: Run
// stops, writes a checkpoint of step 4, and resuming it to step 9 gives
// what nine uninterrupted steps give.
func TestInterruptWritesCheckpoint(t *testing.T) {
	c := resumeCases[1]
	m := loadSrc(t, c.src)
	out := filepath.Join(t.TempDir(), "w.safetensors")
	b, g := newTrainer(t, m, c.cfg)
	ctx, cancel := context.WithCancel(context.Background())
	res, err := b.Run(ctx, RunOptions{Steps: 9, Out: out, OnStep: func(step int, _ float64) {
		if step == 4 {
			cancel()
		}
	}}, -1)
	if err != nil || !res.Interrupted || res.Checkpoint != 4 {
		t.Fatalf("interrupted run: %+v, %v; want Interrupted at checkpoint 4", res, err)
	}
	if step, ok, err := CheckpointStep(out); !ok || step != 4 || err != nil {
		t.Fatalf("checkpoint step %d, %v, %v", step, ok, err)
	}
	r, err := Resume(out, m, g, c.cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Run(context.Background(), RunOptions{Steps: 9, Out: out}, 4); err != nil {
		t.Fatal(err)
	}
	a, _ := newTrainer(t, m, c.cfg)
	if _, err := a.Run(context.Background(), RunOptions{Steps: 9}, -1); err != nil {
		t.Fatal(err)
	}
	sameState(t, a, r)
}

// TestNonFiniteLossStops poisons a weight after a checkpoint: the next
// step reports a NaN loss naming the step, and the checkpoint is left as
// it was.
func TestNonFiniteLossStops(t *testing.T) {
	for _, c := range resumeCases {
		t.Run(c.name, func(t *testing.T) {
			m := loadSrc(t, c.src)
			out := filepath.Join(t.TempDir(), "w.safetensors")
			tr, _ := newTrainer(t, m, c.cfg)
			if _, err := tr.Run(context.Background(), RunOptions{Steps: 3, Out: out, CheckpointEvery: 3}, -1); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(out)
			tr.params[0][0] = float32(math.NaN())
			_, err := tr.Run(context.Background(), RunOptions{Steps: 6, Out: out, CheckpointEvery: 1}, 3)
			var se *StoppedError
			if !errors.As(err, &se) || se.Step != 4 || se.What != "loss" || !math.IsNaN(se.Loss) {
				t.Fatalf("got %v, want a NaN loss at step 4", err)
			}
			want := "step 4: the loss is NaN; training stopped; the last good checkpoint (step 3) is kept in " + out
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("message %q, want it to start with %q", err, want)
			}
			// The run's first step: no update of this run is to blame.
			if !se.FirstStep || !strings.Contains(err.Error(), "before any update: the starting weights") || strings.Contains(err.Error(), "--lr") {
				t.Errorf("message %q, want the starting weights blamed, not --lr", err)
			}
			after, _ := os.ReadFile(out)
			if !bytes.Equal(before, after) {
				t.Error("the checkpoint changed")
			}
		})
	}
	// A huge learning rate overflows: infinite loss or weights, reported
	// before any checkpoint is written.
	m := loadSrc(t, vectorModel)
	tr, _ := newTrainer(t, m, Config{Task: ICLRegression, Batch: 4, Len: 9, LR: 1e38, Seed: 1})
	out := filepath.Join(t.TempDir(), "w.safetensors")
	_, err := tr.Run(context.Background(), RunOptions{Steps: 50, Out: out, CheckpointEvery: 100}, -1)
	var se *StoppedError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "no checkpoint had been written") || !strings.Contains(err.Error(), "a lower --lr may help") || se.FirstStep {
		t.Errorf("lr 1e38: got %v", err)
	}
	if _, serr := os.Stat(out); serr == nil {
		t.Error("a checkpoint was written")
	}
}

func TestResumeErrors(t *testing.T) {
	c := resumeCases[0]
	m := loadSrc(t, c.src)
	dir := t.TempDir()
	out := filepath.Join(dir, "w.safetensors")
	tr, g := newTrainer(t, m, c.cfg)
	if _, err := tr.Run(context.Background(), RunOptions{Steps: 2, Out: out}, -1); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "plain.safetensors")
	if err := weights.Save(plain, g, tr.Weights); err != nil {
		t.Fatal(err)
	}
	other := c.cfg
	other.Batch, other.LR = 16, 0.5
	// The same weights' names and shapes, another model: delta attention
	// with a constant β in place of linear attention.
	otherModel := loadSrc(t, strings.Replace(c.src, "attention linear {", "attention delta { beta 0.5;", 1))
	cases := []struct {
		name  string
		path  string
		cfg   Config
		model *dsl.Model
		setup func()
		want  []string
	}{
		{"missing", filepath.Join(dir, "none.safetensors"), c.cfg, nil, nil, []string{"does not exist: there is nothing to resume"}},
		{"plain weights", plain, c.cfg, nil, nil, []string{"holds weights but no training state"}},
		{"other settings", out, other, nil, nil, []string{"--batch: the checkpoint has 8, this run 16", "--lr: the checkpoint has 0.01, this run 0.5"}},
		{"other model", out, c.cfg, otherModel, nil, []string{"was trained from another model (sha256:", "this model vec is sha256:", "--weights " + out}},
		{"optimizer file from another step", out, c.cfg, nil, func() {
			f, _ := safetensors.ReadFile(OptimizerPath(out))
			f.Metadata[metaStep] = "1"
			safetensors.WriteFile(OptimizerPath(out), f)
		}, []string{"w.optim.safetensors is from step 1 but", "from step 2"}},
		{"optimizer file missing", out, c.cfg, nil, func() { os.Remove(OptimizerPath(out)) }, []string{"w.optim.safetensors, is missing"}},
	}
	for _, k := range cases {
		t.Run(k.name, func(t *testing.T) {
			if k.setup != nil {
				k.setup()
			}
			km, kg := m, g
			if k.model != nil {
				km = k.model
				var err error
				if kg, err = LowerForTraining(km); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Resume(k.path, km, kg, k.cfg)
			for _, w := range k.want {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("got %v, want %q", err, w)
				}
			}
		})
	}
}

func TestOptimizerPath(t *testing.T) {
	for in, want := range map[string]string{
		"w.safetensors":     "w.optim.safetensors",
		"dir/m.safetensors": "dir/m.optim.safetensors",
		"weights.bin":       "weights.bin.optim",
	} {
		if got := OptimizerPath(in); got != want {
			t.Errorf("OptimizerPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	m := loadSrc(t, tokenModel)
	g, _ := LowerForTraining(m)
	ws, _ := weights.Init(g, 1)
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{Task: Copy, Batch: 2, Len: 4, LR: 0}, "learning rate 0: want a positive number"},
		{Config{Task: Copy, Batch: 2, Len: 4, LR: math.NaN()}, "learning rate NaN"},
		{Config{Task: Copy, Batch: 2, Len: 4, LR: 1, Schedule: "cosine"}, "needs a horizon"},
		{Config{Task: Copy, Batch: 2, Len: 4, LR: 1, Schedule: "step"}, `unknown learning-rate schedule "step"`},
		{Config{Task: Copy, Batch: 2, Len: 4, LR: 1, Beta1: 1}, "want 0 ≤ β < 1"},
	} {
		if _, err := New(m, g, ws, c.cfg); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want %q", c.cfg, err, c.want)
		}
	}
	// A fused graph has ops without a backward.
	fg, err := compiler.Compile(m, compiler.Options{Target: "cpu"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(m, fg, ws, Config{Task: Copy, Batch: 2, Len: 4, LR: 1}); err == nil || !strings.Contains(err.Error(), "which has no gradient: train the lowered graph") {
		t.Errorf("fused graph: got %v", err)
	}
	// Weights that do not match the graph.
	bad := weights.NewSet()
	if _, err := New(m, g, bad, Config{Task: Copy, Batch: 2, Len: 4, LR: 1}); err == nil || !strings.Contains(err.Error(), "tensor tok_embed is missing") {
		t.Errorf("empty weights: got %v", err)
	}
}

// TestGradientMatchesFiniteDifferences checks the whole chain the trainer
// differentiates — model, loss op, gorgonia's Grad — on one fixed batch:
// ∂loss/∂w against central differences of the loss (f32 forward passes).
func TestGradientMatchesFiniteDifferences(t *testing.T) {
	for _, c := range resumeCases {
		t.Run(c.name, func(t *testing.T) {
			m := loadSrc(t, c.src)
			tr, _ := newTrainer(t, m, c.cfg)
			tr.Task.Fill(tr.rng, tr.batch)
			if _, err := tr.forwardBackward(); err != nil {
				t.Fatal(err)
			}
			grads := make([][]float32, len(tr.grads))
			for i, g := range tr.grads {
				grads[i] = slices.Clone(g.Value().Data().([]float32))
			}
			lossAt := func() float64 {
				l, err := tr.forwardBackward()
				if err != nil {
					t.Fatal(err)
				}
				return l
			}
			checked := 0
			for i, p := range tr.params {
				for k := 0; k < 3; k++ {
					j := (k*7919 + i*31) % len(p)
					const h = 1e-2
					o := p[j]
					p[j] = o + h
					lp := lossAt()
					p[j] = o - h
					lm := lossAt()
					p[j] = o
					fd := (lp - lm) / (2 * h)
					if g := float64(grads[i][j]); math.Abs(g-fd) > 2e-3+2e-2*math.Abs(fd) {
						t.Errorf("%s[%d]: gradient %.6g, finite differences %.6g", tr.names[i], j, g, fd)
					}
					checked++
				}
			}
			if checked == 0 {
				t.Fatal("nothing checked")
			}
			// The gradient buffers are reused from run to run (gradient
			// slices are views of each op's flat buffer, which its next run
			// clears): after all those runs, the same parameters and batch
			// give the same gradients, bit for bit.
			lossAt()
			for i, g := range tr.grads {
				if got := g.Value().Data().([]float32); !slices.Equal(got, grads[i]) {
					t.Errorf("%s: the gradient differs from the first run's at the same point", tr.names[i])
				}
			}
		})
	}
}
