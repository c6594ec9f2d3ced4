// Command hopf compiles attention-only models written in the hopf DSL.
//
//	hopf check model.hopf            parse and verify; errors as file:line:col: message
//	hopf ir model.hopf               print the graph IR (lowered, fused, ...)
//	hopf compile model.hopf -o DIR   CUDA kernels and a launch plan
//	hopf run model.hopf              run it (cpu, or the kernels on the simulator)
//	hopf train / inspect / bench / init / ops / version
//
// Run `hopf --help` or `hopf COMMAND --help` for details.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/alecthomas/kong"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the model, the input or an output file has a problem
	exitUsage = 2 // the command line is wrong
)

const description = `hopf compiles attention-only neural networks (softmax, linear and
delta-rule attention on a residual stream) from a small DSL to a graph IR,
and on to GPU kernels.

Start with an example:

  hopf check examples/induction.hopf
  hopf ir examples/induction.hopf
  hopf ir examples/fastweight.hopf --print-after all
  hopf run examples/induction.hopf --tokens "5 9 2 7 5 9 2"
  hopf compile examples/induction.hopf -o build/induction
  hopf train examples/icl_regression.hopf --task icl-regression --out w.safetensors
  hopf inspect examples/icl_regression.hopf --construct gd --eta 0.5

The DSL and the IR are documented in README.md.`

type cli struct {
	Check   checkCmd   `cmd:"" help:"Parse and verify model files; report every error as file:line:col: message."`
	IR      irCmd      `cmd:"" name:"ir" help:"Print a model's graph IR (or the checked model, or DOT)."`
	Compile compileCmd `cmd:"" help:"Compile a model to CUDA kernels and a launch plan (kernels.cu, plan.json, PTX with nvcc)."`
	Run     runCmd     `cmd:"" help:"Run a model's forward pass (on the CPU, or its CUDA kernels on the simulator) and summarise or save the output."`
	Bench   benchCmd   `cmd:"" help:"Time a model's forward pass."`
	Init    initCmd    `cmd:"" help:"Write a model's seeded random weights (safetensors)."`
	Train   trainCmd   `cmd:"" help:"Train a model on the CPU on a generated task (icl-regression, induction, copy)."`
	Inspect inspectCmd `cmd:"" help:"Look inside a model: implicit weight updates ΔW, gradient-step checks, circuits, attention patterns."`
	Ops     opsCmd     `cmd:"" help:"List the graph IR's ops: operands, attributes, result."`
	Version versionCmd `cmd:"" help:"Print hopf's version."`
}

// env is what commands write to.
type env struct {
	stdout, stderr io.Writer
}

// exitCode is panicked by kong's exit hook so tests can run main in-process.
type exitCode int

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes hopf with args and returns the process exit status.
func run(args []string, stdout, stderr io.Writer) (code int) {
	var c cli
	defer func() {
		if r := recover(); r != nil {
			ec, ok := r.(exitCode)
			if !ok {
				panic(r)
			}
			code = int(ec)
		}
	}()
	parser, err := kong.New(&c,
		kong.Name("hopf"),
		kong.Description(description),
		kong.Writers(stdout, stderr),
		kong.Exit(func(c int) { panic(exitCode(c)) }),
		kong.UsageOnError(),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true, NoExpandSubcommands: true}),
		kong.Bind(&env{stdout: stdout, stderr: stderr}),
	)
	if err != nil {
		fmt.Fprintf(stderr, "hopf: %v\n", err)
		return exitError
	}
	if len(args) == 0 {
		args = []string{"--help"}
	}
	ctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(stderr, "hopf: %v\n", err)
		return exitUsage
	}
	if err := ctx.Run(); err != nil {
		var reported errReported
		if !errors.As(err, &reported) {
			fmt.Fprintf(stderr, "hopf: %v\n", err)
		}
		return exitError
	}
	return exitOK
}

// errReported is returned by commands that have already printed their
// errors (DSL error lists), so run only sets the exit status.
type errReported struct{ n int }

func (e errReported) Error() string { return fmt.Sprintf("%d errors", e.n) }
