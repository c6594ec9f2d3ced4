package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/train"
)

// Tiny models: the CLI tests check plumbing, runtime/train checks learning.
const (
	trainTok = "model tok { vocab 9; d_model 8; context 16\n  attention softmax { heads 2; d_head 4 }\n  unembed }\n"
	trainVec = "model vec { d_in 5; d_model 5; context 16; embed input identity\n  attention linear { heads 1; d_head 5; mask strict; scale 1 }\n  readout 1 }\n"
)

func TestTrainHelp(t *testing.T) {
	out, _, code := hopf(t, "train", "--help")
	for _, want := range []string{"Examples", "--task", "icl-regression", "induction", "copy", "--resume", "--checkpoint-every", "Ctrl-C", "130", "W.optim.safetensors"} {
		if !strings.Contains(out, want) {
			t.Errorf("train --help lacks %q", want)
		}
	}
	if code != 0 {
		t.Errorf("exit %d", code)
	}
}

func TestTrainErrors(t *testing.T) {
	dir := t.TempDir()
	tok := write(t, "tok.hopf", trainTok)
	vec := write(t, "vec.hopf", trainVec)
	bad := write(t, "bad.hopf", "model bad { vocab 9; d_model 8; context 16\n  attention softmax { heads 2; d_head 4; beta 0.5 }\n  unembed }\n")
	ckpt := filepath.Join(dir, "ckpt.safetensors")
	if _, e, code := hopf(t, "train", tok, "--task", "copy", "--steps", "2", "--batch", "2", "--out", ckpt, "--eval", "0"); code != 0 {
		t.Fatalf("setup run: %s", e)
	}
	initOther := filepath.Join(dir, "other.safetensors")
	if _, e, code := hopf(t, "init", vec, "-o", initOther); code != 0 {
		t.Fatal(e)
	}
	out := filepath.Join(dir, "w.safetensors")
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown task", []string{tok, "--task", "sorting", "--out", out}, exitUsage, []string{"--task", "icl-regression", "sorting"}},
		{"no task", []string{tok, "--out", out}, exitUsage, []string{"--task"}},
		{"no out", []string{tok, "--task", "copy"}, exitUsage, []string{"--out"}},
		{"icl on a token model", []string{tok, "--task", "icl-regression", "--out", out}, exitError, []string{"task icl-regression needs a model that reads vectors", "model tok reads tokens (vocab 9)"}},
		{"induction on a vector model", []string{vec, "--task", "induction", "--out", out}, exitError, []string{"task induction needs a token model", "model vec reads vectors (d_in 5)"}},
		{"too long", []string{tok, "--task", "copy", "--len", "40", "--out", out}, exitError, []string{"sequence length 40 exceeds the context 16"}},
		{"bad model", []string{bad, "--task", "copy", "--out", out}, exitError, []string{"bad.hopf:2:"}},
		{"no model", []string{filepath.Join(dir, "none.hopf"), "--task", "copy", "--out", out}, exitError, []string{"none.hopf"}},
		{"zero steps", []string{tok, "--task", "copy", "--steps", "0", "--out", out}, exitError, []string{"--steps 0"}},
		{"negative lr", []string{tok, "--task", "copy", "--lr=-1", "--out", out}, exitError, []string{"learning rate -1: want a positive number"}},
		{"nothing to resume", []string{tok, "--task", "copy", "--out", out, "--resume"}, exitError, []string{"nothing to resume"}},
		{"resume and weights", []string{tok, "--task", "copy", "--out", ckpt, "--resume", "--weights", initOther}, exitError, []string{"not both"}},
		{"resume with other settings", []string{tok, "--task", "copy", "--steps", "4", "--batch", "3", "--out", ckpt, "--resume"}, exitError, []string{"--batch: the checkpoint has 2, this run 3"}},
		{"checkpoint in the way", []string{tok, "--task", "copy", "--out", ckpt}, exitError, []string{"already holds a training checkpoint (step 2)", "--resume", "--force"}},
		{"weights of another model", []string{tok, "--task", "copy", "--out", out, "--weights", initOther}, exitError, []string{"tensor tok_embed is missing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, e, code := hopf(t, append([]string{"train"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, e)
			}
			for _, s := range tt.want {
				if !strings.Contains(e, s) {
					t.Errorf("stderr %q lacks %q", e, s)
				}
			}
			if strings.Contains(e, "goroutine") || strings.Contains(e, "panic") {
				t.Errorf("panic: %s", e)
			}
		})
	}
}

// TestTrainRunsAndWritesWeights trains both kinds of task briefly: the
// summary and evaluation go to stdout, progress lines to stderr, and --out
// loads in hopf run.
func TestTrainRunsAndWritesWeights(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		model, task string
		run         []string
		want        []string
	}{
		{trainTok, "induction", []string{"--tokens", "1 2 3 1 2"}, []string{"prefix-matching score per head: L0.h0", "loss on the repeated half"}},
		{trainTok, "copy", []string{"--tokens", "4 5"}, []string{"accuracy"}},
		{trainVec, "icl-regression", []string{"--len", "5"}, []string{"one GD step", "cosine(∂ŷ/∂x_q"}},
	} {
		t.Run(c.task, func(t *testing.T) {
			m := write(t, "m.hopf", c.model)
			w := filepath.Join(dir, c.task+".safetensors")
			out, e, code := hopf(t, "train", m, "--task", c.task, "--steps", "20", "--batch", "4", "--len", "8", "--lr", "1e-2", "--out", w, "--log-every", "10", "--eval", "64")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, e)
			}
			for _, want := range append([]string{"steps=1..20", "steps_per_s=", "wrote " + w}, c.want...) {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			if !strings.Contains(e, "step 10/20 loss ") || !strings.Contains(e, "step 20/20 loss ") || strings.Contains(e, "\r") {
				t.Errorf("stderr: want plain progress lines at steps 10 and 20:\n%q", e)
			}
			if _, err := os.Stat(filepath.Join(dir, c.task+".optim.safetensors")); err != nil {
				t.Error(err)
			}
			if ro, re, code := hopf(t, append([]string{"run", m, "--weights", w}, c.run...)...); code != 0 {
				t.Errorf("hopf run --weights %s: exit %d %s%s", w, code, ro, re)
			}
		})
	}
}

func TestTrainNaNStops(t *testing.T) {
	vec := write(t, "vec.hopf", trainVec)
	w := filepath.Join(t.TempDir(), "w.safetensors")
	_, e, code := hopf(t, "train", vec, "--task", "icl-regression", "--len", "6", "--lr", "1e30", "--steps", "50", "--checkpoint-every", "1", "--out", w)
	if code != exitError || !strings.Contains(e, "the loss is") || !strings.Contains(e, "training stopped; the last good checkpoint (step ") {
		t.Fatalf("exit %d, stderr %q", code, e)
	}
	// The message names step s; the checkpoint holds step s−1.
	var s int
	i := strings.Index(e, "hopf: step ")
	if i < 0 {
		t.Fatalf("no step in %q", e)
	}
	if _, err := fmt.Sscanf(e[i:], "hopf: step %d:", &s); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := train.CheckpointStep(w); got != s-1 {
		t.Errorf("stopped at step %d, checkpoint at step %d, want %d", s, got, s-1)
	}
}

// TestTrainCtrlCAndResume sends SIGINT to the process after step 3 of 40:
// hopf writes a checkpoint and exits with 130; the same command with
// --resume finishes, and the result is the uninterrupted run's.
func TestTrainCtrlCAndResume(t *testing.T) {
	dir := t.TempDir()
	tok := write(t, "tok.hopf", trainTok)
	args := func(out string) []string {
		return []string{"train", tok, "--task", "induction", "--steps", "40", "--batch", "3", "--len", "8", "--checkpoint-every", "25", "--out", out, "--eval", "0"}
	}
	self, err := os.FindProcess(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	trainHook = func(step int) {
		if step == 3 {
			if err := self.Signal(os.Interrupt); err != nil {
				t.Skipf("cannot send SIGINT here: %v", err)
			}
			time.Sleep(100 * time.Millisecond) // let the signal arrive before step 4
		}
	}
	b := filepath.Join(dir, "b.safetensors")
	_, e, code := hopf(t, args(b)...)
	trainHook = nil
	if code != exitInterrupted || !strings.Contains(e, "interrupted after step 3: wrote the checkpoint "+b) {
		t.Fatalf("exit %d, stderr %q", code, e)
	}
	if s, _, _ := train.CheckpointStep(b); s != 3 {
		t.Fatalf("checkpoint at step %d, want 3", s)
	}
	if out, e, code := hopf(t, append(args(b), "--resume")...); code != 0 || !strings.Contains(out, "steps=4..40") {
		t.Fatalf("resume: exit %d\n%s%s", code, out, e)
	}
	a := filepath.Join(dir, "a.safetensors")
	if _, e, code := hopf(t, args(a)...); code != 0 {
		t.Fatal(e)
	}
	for _, pair := range [][2]string{{a, b}, {filepath.Join(dir, "a.optim.safetensors"), filepath.Join(dir, "b.optim.safetensors")}} {
		fa, err := safetensors.ReadFile(pair[0])
		if err != nil {
			t.Fatal(err)
		}
		fb, err := safetensors.ReadFile(pair[1])
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(fa.Names(), fb.Names()) {
			t.Fatalf("%s and %s hold different tensors", pair[0], pair[1])
		}
		for _, n := range fa.Names() {
			if !bytes.Equal(fa.Tensors[n].Data, fb.Tensors[n].Data) {
				t.Errorf("tensor %s differs between the uninterrupted and the resumed run", n)
			}
		}
	}
}
