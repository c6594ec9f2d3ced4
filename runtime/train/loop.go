package train

import (
	"context"
	"errors"
	"fmt"
)

// RunOptions control Run.
type RunOptions struct {
	// Steps is the total number of updates to reach (a resumed trainer
	// counts the steps it already made).
	Steps int
	// Out is the checkpoint path ("": no checkpoints).
	Out string
	// CheckpointEvery writes a checkpoint every that many steps (0: only
	// at the end and when interrupted).
	CheckpointEvery int
	// OnStep is called after every step with its number and loss.
	OnStep func(step int, loss float64)
	// OnCheckpoint is called after each checkpoint is written.
	OnCheckpoint func(step int)
}

// RunResult says how a run ended.
type RunResult struct {
	// Interrupted: ctx was cancelled; a checkpoint of the last completed
	// step was written (when Out is set).
	Interrupted bool
	// Checkpoint is the step of the newest checkpoint in Out: written by
	// this run, or the one it resumed from; −1 when there is none.
	Checkpoint int
}

// StoppedError is a run stopped by a NaN or infinite loss or weight. The
// checkpoint in Out is left as it was: the newest good one.
type StoppedError struct {
	*NonFiniteError
	Out        string
	Checkpoint int // −1: none was written
	// FirstStep: the loss of the weights the run started from was not
	// finite, before any update of this run (the learning rate is not to
	// blame).
	FirstStep bool
}

func (e *StoppedError) Error() string {
	msg := e.NonFiniteError.Error() + "; training stopped"
	switch {
	case e.Out == "":
	case e.Checkpoint >= 0:
		msg += fmt.Sprintf("; the last good checkpoint (step %d) is kept in %s", e.Checkpoint, e.Out)
	default:
		msg += fmt.Sprintf("; no checkpoint had been written, %s is untouched", e.Out)
	}
	if e.FirstStep && e.What == "loss" {
		return msg + " (before any update: the starting weights, or the model's settings such as a large scale, give a non-finite loss; check --weights, or start from the seeded init)"
	}
	return msg + " (a lower --lr may help)"
}

func (e *StoppedError) Unwrap() error { return e.NonFiniteError }

// Run trains until o.Steps updates have been made, writing checkpoints as
// asked and a final one. When ctx is cancelled (Ctrl-C) it finishes the
// step in progress, writes a checkpoint and returns with Interrupted set.
// resumedFrom is the step of the checkpoint the trainer was loaded from
// (−1 for a new run): the checkpoint kept if the first steps fail.
func (t *Trainer) Run(ctx context.Context, o RunOptions, resumedFrom int) (RunResult, error) {
	res := RunResult{Checkpoint: resumedFrom}
	save := func() error {
		if o.Out == "" {
			return nil
		}
		if err := t.Save(o.Out); err != nil {
			return fmt.Errorf("writing the checkpoint at step %d: %w", t.Step(), err)
		}
		res.Checkpoint = t.Step()
		if o.OnCheckpoint != nil {
			o.OnCheckpoint(t.Step())
		}
		return nil
	}
	start := t.Step()
	for t.Step() < o.Steps {
		if ctx.Err() != nil {
			res.Interrupted = true
			if res.Checkpoint != t.Step() {
				return res, save()
			}
			return res, nil
		}
		loss, err := t.TrainStep()
		if err != nil {
			var nf *NonFiniteError
			if errors.As(err, &nf) {
				return res, &StoppedError{NonFiniteError: nf, Out: o.Out, Checkpoint: res.Checkpoint, FirstStep: t.Step() == start}
			}
			return res, fmt.Errorf("step %d: %w", t.Step()+1, err)
		}
		if o.OnStep != nil {
			o.OnStep(t.Step(), loss)
		}
		if o.CheckpointEvery > 0 && t.Step()%o.CheckpointEvery == 0 {
			if err := save(); err != nil {
				return res, err
			}
		}
	}
	if res.Checkpoint != t.Step() {
		return res, save()
	}
	return res, nil
}
