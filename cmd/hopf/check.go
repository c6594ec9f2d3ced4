package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

type checkCmd struct {
	Files []string `arg:"" name:"FILE" help:"Model files (.hopf) to check."`
	Quiet bool     `short:"q" help:"Print nothing for files without errors."`
}

func (c *checkCmd) Help() string {
	return `Each file is parsed, checked (settings, dimensions, kind-specific options),
lowered to graph IR and verified. Every error of every file is printed as

  file:line:col: message

and hopf exits with status 1 if there was any. For a file without errors it
prints a one-line summary.

Examples:
  hopf check examples/*.hopf
  hopf check -q model.hopf && echo fine`
}

func (c *checkCmd) Run(e *env) error {
	failed := 0
	for _, f := range c.Files {
		m, g, err := load(f)
		if err != nil {
			failed += report(e, err)
			continue
		}
		if !c.Quiet {
			layers := "layers"
			if len(m.Layers) == 1 {
				layers = "layer"
			}
			fmt.Fprintf(e.stdout, "%s: ok: model %s, %d %s, %s parameters\n", f, m.Name, len(m.Layers), layers, humanCount(paramCount(g)))
		}
	}
	if failed > 0 {
		return errReported{failed}
	}
	return nil
}

// load reads, checks, lowers and runs the lowering pipeline on a model file.
func load(path string) (*dsl.Model, *ir.Graph, error) {
	m, err := loadModel(path)
	if err != nil {
		return nil, nil, err
	}
	last, _ := compiler.StageEnd("lowered")
	g, err := compiler.Compile(m, compiler.Options{StopAfter: last, VerifyEach: true})
	if err != nil {
		return nil, nil, err
	}
	return m, g, nil
}

func loadModel(path string) (*dsl.Model, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return dsl.Load(path, src)
}

// report prints an error (one line per DSL error) and returns how many
// errors it printed.
func report(e *env, err error) int {
	var list dsl.ErrorList
	if errors.As(err, &list) {
		for _, d := range list {
			fmt.Fprintln(e.stderr, d.Error())
		}
		return len(list)
	}
	fmt.Fprintf(e.stderr, "hopf: %v\n", err)
	return 1
}

func paramCount(g *ir.Graph) int64 {
	var n int64
	for _, w := range g.Weights {
		c := int64(1)
		for _, d := range w.Type.Shape {
			c *= int64(d.N)
		}
		n += c
	}
	return n
}

func humanCount(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2fG", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.2fM", float64(n)/1e6)
	case n >= 1e4:
		return fmt.Sprintf("%.1fk", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}
