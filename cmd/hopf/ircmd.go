package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

type irCmd struct {
	File             string   `arg:"" name:"FILE" help:"Model file (.hopf)."`
	Stage            string   `default:"lowered" enum:"parsed,lowered,fused" help:"What to print: parsed (the checked model as canonical DSL, every default explicit), lowered (graph IR of primitive ops) or fused (after fusion, dual form and memory planning)."`
	PrintAfter       string   `name:"print-after" placeholder:"PASS" help:"Also print the IR after this pass, or after every pass with 'all' (to stderr, MLIR-style banners). Passes: lower, infer-shapes, canonicalize, dce; at --stage fused also fuse-qkv, dualize, fuse-attention, fuse-residual, export-state, plan-memory."`
	PrintAfterChange bool     `name:"print-after-change" help:"Also print the IR after every pass that changed it (to stderr)."`
	VerifyEach       bool     `name:"verify-each" help:"Run the IR verifier after lowering and after every pass."`
	DumpDir          string   `name:"dump-dir" placeholder:"DIR" help:"Write the IR after every pass to DIR/<graph>_<seq>__<pass>.ir."`
	Disable          []string `name:"disable-pass" placeholder:"PASS" help:"Skip an optional pass (repeatable)."`
	DOT              bool     `name:"dot" help:"Print Graphviz DOT instead of IR text (each layer's ops in a box). With -o FILE.svg and Graphviz installed, render SVG."`
	Target           string   `default:"cuda" enum:"cuda,cpu" help:"Backend whose cost rule picks the form of linear and delta attention (fused stage): cuda or cpu."`
	Batch            int      `default:"1" placeholder:"B" help:"Batch size the memory plan is made for (fused stage; ≥ 1)."`
	Len              int      `default:"0" placeholder:"T" help:"Sequence length the memory plan is made for, at most the model's context (default, 0: the context)."`
	ExportState      bool     `name:"export-state" help:"Return the final fast-weight state S of every dual layer as a graph result (fused stage)."`
	Output           string   `short:"o" placeholder:"FILE" help:"Write to FILE instead of stdout."`
}

func (c *irCmd) Help() string {
	return `Prints one stage of the compiler for a model file. Each op of the IR ends
with the DSL position it came from (// file:line:col).

Stages:
  parsed    the checked model printed back as DSL, defaults explicit,
            repeat blocks expanded (it parses back to the same model)
  lowered   graph IR after lowering and the passes infer-shapes,
            canonicalize, dce
  fused     after fuse-qkv, dualize, fuse-attention, fuse-residual,
            export-state and plan-memory: one fused op per layer, the
            fast-weight state S explicit, a memory plan for --batch/--len

Examples:
  hopf ir examples/induction.hopf
  hopf ir examples/induction.hopf --stage parsed
  hopf ir examples/fastweight.hopf --print-after all 2>passes.txt
  hopf ir examples/induction.hopf --dump-dir build/ir
  hopf ir examples/fastweight.hopf --stage fused --target cpu --batch 8 --len 256
  hopf ir examples/induction.hopf --dot -o induction.svg`
}

func (c *irCmd) Run(e *env) error {
	if err := checkBatchFlag(c.Batch); err != nil {
		return err
	}
	m, err := loadModel(c.File)
	if err != nil {
		return errReported{report(e, err)}
	}
	if err := checkLenFlag(m, c.Len); err != nil {
		return err
	}
	var out bytes.Buffer
	switch c.Stage {
	case "parsed":
		if c.DOT {
			return errors.New("--dot needs an IR stage (lowered), not parsed")
		}
		if c.PrintAfter != "" || c.PrintAfterChange || c.DumpDir != "" || c.VerifyEach || len(c.Disable) > 0 {
			return errors.New("--print-after, --print-after-change, --dump-dir, --verify-each and --disable-pass act on the passes: use --stage lowered or fused, not parsed")
		}
		out.WriteString(dsl.Format(m))
	default:
		last, _ := compiler.StageEnd(c.Stage)
		if st := compiler.StageOf(c.PrintAfter); c.PrintAfter != "all" && st != "" && st != c.Stage && st != "lowered" {
			return fmt.Errorf("--print-after %s: that pass runs at --stage %s; the %s stage ends after %s", c.PrintAfter, st, c.Stage, last)
		}
		opts := compiler.Options{
			StopAfter:        last,
			VerifyEach:       c.VerifyEach,
			PrintAfter:       c.PrintAfter,
			PrintAfterChange: c.PrintAfterChange,
			DumpDir:          c.DumpDir,
			Disable:          c.Disable,
			Out:              e.stderr,
			Target:           c.Target,
			Batch:            c.Batch,
			Len:              c.Len,
			ExportState:      c.ExportState,
		}
		g, err := compiler.Compile(m, opts)
		if err != nil {
			return err
		}
		if c.DOT {
			ir.WriteDOT(&out, g, ir.DOTOptions{Cluster: layerCluster(g)})
		} else {
			ir.Fprint(&out, g)
		}
	}
	return c.write(e, out.Bytes())
}

func (c *irCmd) write(e *env, data []byte) error {
	if c.Output == "" {
		_, err := e.stdout.Write(data)
		return err
	}
	if c.DOT && strings.EqualFold(filepath.Ext(c.Output), ".svg") {
		dot, err := exec.LookPath("dot")
		if err != nil {
			return fmt.Errorf("writing %s needs Graphviz's dot on PATH (apt-get install graphviz), or write DOT with -o FILE.dot", c.Output)
		}
		cmd := exec.Command(dot, "-Tsvg", "-o", c.Output)
		cmd.Stdin = bytes.NewReader(data)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("dot -Tsvg: %v: %s", err, strings.TrimSpace(stderr.String()))
		}
		return nil
	}
	return os.WriteFile(c.Output, data, 0o644)
}

type opsCmd struct{}

func (opsCmd) Run(e *env) error {
	_, err := io.WriteString(e.stdout, ir.OpTable())
	return err
}

// layerCluster groups a graph's ops by the layer they belong to: ops whose
// result is named L{i}.*, and a fused layer op (its result is the residual
// stream x{i+1}) by its projection operand's name.
func layerCluster(g *ir.Graph) func(op *ir.Op) string {
	return func(op *ir.Op) string {
		name := op.Result().Name
		if !strings.HasPrefix(name, "L") {
			for _, a := range op.Args {
				if strings.HasPrefix(a.Name, "L") && strings.Contains(a.Name, ".") {
					name = a.Name
					break
				}
			}
		}
		i := strings.Index(name, ".")
		if !strings.HasPrefix(name, "L") || i < 2 {
			return ""
		}
		if _, err := strconv.Atoi(name[1:i]); err != nil {
			return ""
		}
		return "layer " + name[:i]
	}
}
