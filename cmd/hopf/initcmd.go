package main

import (
	"errors"
	"fmt"

	"github.com/hopf-ml/hopf/runtime/weights"
)

type initCmd struct {
	File   string `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Output string `short:"o" required:"" placeholder:"W.safetensors" help:"Where to write the weights."`
	Seed   uint64 `default:"1" help:"Seed of the init."`
}

func (c *initCmd) Help() string {
	return `Writes a model's seeded random weights as safetensors, in the model's
dtype, with the names of README "Weights". The same seed always gives the
same values, and each tensor depends only on the seed and its name. Use it
as a starting point for weights you construct elsewhere (NumPy, PyTorch).

Example:
  hopf init examples/induction.hopf -o induction.safetensors --seed 7`
}

func (c *initCmd) Run(e *env) error {
	if c.Output == "" {
		return errors.New("-o: give the path of a file to write")
	}
	if err := checkOutputs([]flagPath{{"-o", c.Output}}, []flagPath{{"the model file", c.File}}); err != nil {
		return err
	}
	_, g, err := load(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	ws, err := weights.Init(g, c.Seed)
	if err != nil {
		return err
	}
	if err := weights.Save(c.Output, g, ws); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d tensors, %s parameters\n", c.Output, ws.Len(), humanCount(int64(ws.NumValues())))
	return nil
}
