package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/weights"
)

// flagPath is a path given on the command line and the flag (or argument)
// that gave it.
type flagPath struct{ flag, path string }

// samePath reports whether a and b name the same file: the same existing
// file, or the same cleaned absolute path for files not yet written.
func samePath(a, b string) bool {
	if fa, err := os.Stat(a); err == nil {
		if fb, err := os.Stat(b); err == nil {
			return os.SameFile(fa, fb)
		}
	}
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == ab
}

// checkOutputs refuses an output that would overwrite one of the inputs
// (the model file, the weights or input read) or another output: the
// command would destroy what it reads, or keep only one of two results.
// An output that is a directory, or whose directory does not exist, is
// refused too (before the command does its work). Empty paths are not
// given and are skipped.
func checkOutputs(outs, ins []flagPath) error {
	for i, o := range outs {
		if o.path == "" {
			continue
		}
		if fi, err := os.Stat(o.path); err == nil && fi.IsDir() {
			return fmt.Errorf("%s %s is a directory: give the path of a file to write", o.flag, o.path)
		}
		// Before the work, not after it: the directory must be there.
		if d := filepath.Dir(o.path); d != "" {
			if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
				return fmt.Errorf("%s %s: the directory %s does not exist (create it first)", o.flag, o.path, d)
			}
		}
		for _, in := range ins {
			if in.path != "" && samePath(o.path, in.path) {
				return fmt.Errorf("%s %s is also %s: writing it would overwrite what hopf reads; choose another path", o.flag, o.path, in.flag)
			}
		}
		for _, p := range outs[:i] {
			if p.path != "" && samePath(o.path, p.path) {
				return fmt.Errorf("%s and %s are both %s: one would overwrite the other; give each its own path", p.flag, o.flag, o.path)
			}
		}
	}
	return nil
}

// loadWeights loads --weights for the model in file, and when they do not
// fit it (every mismatch listed) adds how to get a file that does.
func loadWeights(path string, g *ir.Graph, file string) (*weights.Set, error) {
	ws, err := weights.Load(path, g)
	var ce *weights.CheckError
	if errors.As(err, &ce) {
		return nil, fmt.Errorf("%w\n(weights written for another model? hopf init %s -o W.safetensors writes a file of this model's weights; hopf ir %s lists them)", err, file, file)
	}
	return ws, err
}
