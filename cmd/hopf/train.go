package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/hopf-ml/hopf/runtime/train"
	"github.com/hopf-ml/hopf/runtime/weights"
)

type trainCmd struct {
	File     string  `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Task     string  `required:"" enum:"icl-regression,induction,copy" placeholder:"TASK" help:"What to learn: icl-regression (vector model, readout 1), induction or copy (token model with unembed)."`
	Steps    int     `default:"1000" help:"Train until this many steps in total (a resumed run counts its earlier steps)."`
	Batch    int     `default:"32" help:"Sequences per step (B)."`
	Len      int     `default:"0" placeholder:"T" help:"Sequence length (default: icl-regression 11, i.e. N = 10 examples and the query; induction min(context, 32); copy min(context, 16))."`
	LR       float64 `default:"0.001" help:"Adam's learning rate."`
	Schedule string  `default:"constant" enum:"constant,cosine" help:"Learning rate over the steps: constant, or cosine (from --lr to 0 at --steps)."`
	Seed     uint64  `default:"1" help:"Seeds the data stream and, without --weights, the initial weights."`
	Out      string  `required:"" placeholder:"W.safetensors" help:"Checkpoint and result: the weights (loadable by hopf run --weights) with the training state in their metadata; Adam's moments go to W.optim.safetensors."`
	Every    int     `name:"checkpoint-every" default:"500" help:"Write a checkpoint every this many steps (0: only at the end and on Ctrl-C)."`
	Resume   bool    `help:"Continue the checkpoint in --out (same settings as the first run), with the same result as an uninterrupted run."`
	Weights  string  `placeholder:"INIT.safetensors" help:"Start from these weights instead of the seeded init."`
	Force    bool    `help:"Overwrite a checkpoint in --out instead of refusing (without --resume)."`
	LogEvery int     `default:"100" help:"When stderr is not a terminal, print a progress line every this many steps."`
	Eval     int     `default:"1024" help:"Evaluate on this many fresh sequences at the end (0: skip): the loss, and for icl-regression the comparison with one GD step, for induction each head's prefix-matching score."`
}

func (c *trainCmd) Help() string {
	return `Trains a model on the CPU (the lowered graph, differentiated by gorgonia)
with Adam on data generated on the fly, deterministically from --seed:

  icl-regression  von Oswald et al. 2023: per sequence w ~ N(0, I), x_j ~ U(−½, ½)^d_x,
                  y_j = wᵀx_j; tokens [x_j; y_j] and the query [x_q; 0] last; loss:
                  squared error of the readout at the query. Needs d_in = d_x + 1 and
                  readout 1 (examples/icl_regression.hopf).
  induction       Olsson et al. 2022: random tokens whose last P repeat the P before
                  them (P drawn from [T/4, T/2]); loss: next-token cross-entropy on the
                  repeat. Needs a token model with unembed.
  copy            predict each token itself (a sanity check).

Progress goes to stderr: one redrawn line on a terminal, else a line every
--log-every steps (step, running-mean loss, steps/s). At the end hopf writes
--out and evaluates the model on fresh data (--eval).

Checkpoints (every --checkpoint-every steps, at the end, and on Ctrl-C) are
--out, the weights with the step, the settings and the data stream's state in
the metadata, plus W.optim.safetensors with Adam's moments. Rerun the same
command with --resume to continue: the result is the same as an
uninterrupted run. A NaN or infinite loss stops training with the step
named and keeps the last good checkpoint.

Exit status: 0 done, 1 an error (bad model, incompatible task, a flag's
value, NaN loss), 2 a command line that does not parse, 130 interrupted
by Ctrl-C (checkpoint written).

Examples (docs/training.md has the results):
  # one linear attention layer learns one step of gradient descent (seconds)
  hopf train examples/icl_regression.hopf --task icl-regression --steps 1600 \
      --batch 64 --lr 1e-2 --schedule cosine --out icl.safetensors
  # the 2-layer transformer forms induction heads (about a minute)
  hopf train examples/induction.hopf --task induction --len 64 --steps 1500 --out ind.safetensors
  # after Ctrl-C, or to train on: the same command with --resume (and more --steps)
  hopf train examples/induction.hopf --task induction --len 64 --steps 3000 --out ind.safetensors --resume
  hopf train model.hopf --task copy --steps 200 --weights init.safetensors --out copy.safetensors`
}

// trainHook, when set (tests), is called after every step.
var trainHook func(step int)

// exitInterrupted is the exit status after Ctrl-C (128 + SIGINT, as shells
// report it).
const exitInterrupted = 130

func (c *trainCmd) Run(e *env) error {
	if c.Out == "" {
		return errors.New("--out: give the path of the checkpoint file to write")
	}
	if c.Steps < 1 {
		return fmt.Errorf("--steps %d: want ≥ 1", c.Steps)
	}
	if err := checkBatchFlag(c.Batch); err != nil {
		return err
	}
	if c.Every < 0 || c.LogEvery < 0 || c.Eval < 0 {
		return errors.New("--checkpoint-every, --log-every and --eval must be ≥ 0")
	}
	if c.Resume && c.Weights != "" {
		return errors.New("--resume continues from the checkpoint in --out; --weights is for starting a new run, not both")
	}
	if c.Resume && c.Force {
		return errors.New("--force starts over and --resume continues: give one")
	}
	m, err := loadModel(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	g, err := train.LowerForTraining(m)
	if err != nil {
		return err
	}
	T := c.Len
	if T == 0 {
		T = train.DefaultLen(c.Task, m)
	}
	if err := checkBatch(m, c.Batch, T); err != nil {
		return err
	}
	if err := checkOutputs([]flagPath{{"--out", c.Out}, {"--out's optimizer file", train.OptimizerPath(c.Out)}}, []flagPath{{"the model file", c.File}}); err != nil {
		return err
	}
	// Check the task against the model before touching any file.
	if _, err := train.NewTask(c.Task, m, c.Batch, T); err != nil {
		return err
	}
	cfg := train.Config{Task: c.Task, Batch: c.Batch, Len: T, LR: c.LR, Seed: c.Seed, Schedule: c.Schedule}
	if c.Schedule == "cosine" {
		cfg.Horizon = c.Steps
	}
	var tr *train.Trainer
	resumed := -1
	if c.Resume {
		if tr, err = train.Resume(c.Out, m, g, cfg); err != nil {
			return err
		}
		resumed = tr.Step()
	} else {
		if step, ok, err := train.CheckpointStep(c.Out); err == nil && ok && !c.Force {
			return fmt.Errorf("%s already holds a training checkpoint (step %d): add --resume to continue it, or --force to start over", c.Out, step)
		} else if _, serr := os.Stat(c.Out); serr == nil && !c.Force {
			return fmt.Errorf("%s exists and is not a training checkpoint: choose another --out, or add --force to overwrite it", c.Out)
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
		if tr, err = train.New(m, g, ws, cfg); err != nil {
			return err
		}
	}
	defer tr.Close()
	if tr.Step() >= c.Steps {
		fmt.Fprintf(e.stdout, "%s is at step %d already (--steps %d): nothing to train\n", c.Out, tr.Step(), c.Steps)
		return c.evaluate(e, tr)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	prog := &train.Progress{W: e.stderr, TTY: isTerminal(e.stderr), Every: c.LogEvery, Total: c.Steps}
	first := tr.Step()
	from := "from the seeded init"
	switch {
	case c.Resume:
		from = fmt.Sprintf("resuming %s at step %d", c.Out, first)
	case c.Weights != "":
		from = "from " + c.Weights
	}
	fmt.Fprintf(e.stderr, "training %s on %s: B=%d T=%d lr=%g (%s) seed=%d, %s parameters, %s\n",
		m.Name, c.Task, c.Batch, T, c.LR, c.Schedule, c.Seed, humanCount(int64(tr.Weights.NumValues())), from)
	prog.Start(first)
	t0 := time.Now()
	res, err := tr.Run(ctx, train.RunOptions{
		Steps: c.Steps, Out: c.Out, CheckpointEvery: c.Every,
		OnStep: func(step int, loss float64) {
			prog.Step(step, loss)
			if trainHook != nil {
				trainHook(step)
			}
		},
	}, resumed)
	elapsed := time.Since(t0)
	prog.Break()
	if err != nil {
		return err
	}
	done := tr.Step() - first
	if res.Interrupted {
		stop()
		fmt.Fprintf(e.stderr, "interrupted after step %d: wrote the checkpoint %s; continue with the same command and --resume\n", tr.Step(), c.Out)
		// run() turns this into the exit status (kong's exit mechanism).
		panic(exitCode(exitInterrupted))
	}
	rate := float64(done) / elapsed.Seconds()
	fmt.Fprintf(e.stdout, "%s task=%s B=%d T=%d steps=%d..%d time_s=%.2f steps_per_s=%.1f loss=%.6g\n",
		m.Name, c.Task, c.Batch, T, first+1, tr.Step(), elapsed.Seconds(), rate, prog.Mean())
	fmt.Fprintf(e.stdout, "wrote %s and %s (step %d)\n", c.Out, train.OptimizerPath(c.Out), tr.Step())
	return c.evaluate(e, tr)
}

func (c *trainCmd) evaluate(e *env, tr *train.Trainer) error {
	if c.Eval == 0 {
		return nil
	}
	rep, err := tr.Evaluate(c.Eval, c.Seed)
	if err != nil {
		return fmt.Errorf("evaluation: %w", err)
	}
	fmt.Fprint(e.stdout, strings.TrimRight(rep.String(), "\n")+"\n")
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
