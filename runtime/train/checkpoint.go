package train

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
	"github.com/hopf-ml/hopf/runtime/weights"
)

// A checkpoint is two safetensors files:
//
//   - OUT (e.g. w.safetensors) holds the weights exactly as `hopf init`
//     writes them — `hopf run --weights OUT` loads it — and, in its
//     metadata, the training state: hopf.train.step (updates made),
//     hopf.train.rng (the data stream's PCG state, hex), and the settings
//     that define the run (task, batch, len, lr, seed, Adam's β1/β2/ε,
//     schedule, horizon), and hopf.train.model, a hash of the model it
//     trains (ModelHash).
//   - OUT's optimizer file (w.optim.safetensors: ".safetensors" replaced
//     by ".optim.safetensors", or ".optim" appended) holds Adam's moments
//     as f32 tensors adam.m.NAME and adam.v.NAME, and for f16/bf16 models
//     the f32 master weights master.NAME (OUT holds them rounded to the
//     model's type). Its metadata repeats hopf.train.step.
//
// The moments live in a second file because weights.Load rejects tensors
// a model does not declare: OUT stays a plain weight file. The optimizer
// file is written first; each file is written atomically, and a resume
// checks that both carry the same step.

const (
	metaStep     = "hopf.train.step"
	metaRNG      = "hopf.train.rng"
	metaTask     = "hopf.train.task"
	metaBatch    = "hopf.train.batch"
	metaLen      = "hopf.train.len"
	metaLR       = "hopf.train.lr"
	metaSeed     = "hopf.train.seed"
	metaAdam     = "hopf.train.adam" // "β1 β2 ε"
	metaSchedule = "hopf.train.schedule"
	metaHorizon  = "hopf.train.horizon"
	metaOptim    = "hopf.train.optimizer_file"
	metaModel    = "hopf.train.model"
)

// OptimizerPath is the optimizer file that goes with a checkpoint.
func OptimizerPath(out string) string {
	if s, ok := strings.CutSuffix(out, ".safetensors"); ok {
		return s + ".optim.safetensors"
	}
	return out + ".optim"
}

// ModelHash identifies a model by its canonical DSL (dsl.Format: the
// name and every setting, defaults explicit; not comments or layout, so
// an edit that changes neither keeps the hash): "sha256:" and the first
// 16 hex digits of its SHA-256.
func ModelHash(m *dsl.Model) string {
	sum := sha256.Sum256([]byte(dsl.Format(m)))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func (c *Config) meta() map[string]string {
	return map[string]string{
		metaTask:     c.Task,
		metaBatch:    strconv.Itoa(c.Batch),
		metaLen:      strconv.Itoa(c.Len),
		metaLR:       ftoa(c.LR),
		metaSeed:     strconv.FormatUint(c.Seed, 10),
		metaAdam:     ftoa(c.Beta1) + " " + ftoa(c.Beta2) + " " + ftoa(c.Eps),
		metaSchedule: c.Schedule,
		metaHorizon:  strconv.Itoa(c.Horizon),
	}
}

// Save writes a checkpoint to path and its optimizer file.
func (t *Trainer) Save(path string) error {
	step := strconv.Itoa(t.Adam.Step)
	of := &safetensors.File{Tensors: map[string]safetensors.Tensor{}, Metadata: map[string]string{
		"format": "hopf-optimizer", "model": t.Graph.Name, metaStep: step, "optimizer": "adam",
	}}
	master := t.Model.DType != dsl.F32 && t.Model.DType != ""
	for i, name := range t.names {
		shape := t.Weights.Get(name).Shape
		add := func(key string, data []float32) error {
			st, err := safetensors.FromFloat32(safetensors.F32, shape, data)
			if err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
			of.Tensors[key] = st
			return nil
		}
		if err := add("adam.m."+name, t.Adam.M[i]); err != nil {
			return err
		}
		if err := add("adam.v."+name, t.Adam.V[i]); err != nil {
			return err
		}
		if master {
			if err := add("master."+name, t.params[i]); err != nil {
				return err
			}
		}
	}
	if err := safetensors.WriteFile(OptimizerPath(path), of); err != nil {
		return err
	}
	f, err := weights.ToFile(t.Graph, t.Weights)
	if err != nil {
		return err
	}
	for k, v := range t.Config.meta() {
		f.Metadata[k] = v
	}
	rng, err := t.src.MarshalBinary()
	if err != nil {
		return err
	}
	f.Metadata[metaStep] = step
	f.Metadata[metaRNG] = hex.EncodeToString(rng)
	f.Metadata[metaOptim] = baseName(OptimizerPath(path))
	f.Metadata[metaModel] = ModelHash(t.Model)
	return safetensors.WriteFile(path, f)
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// CheckpointStep reads the step of the training checkpoint at path: ok is
// false when the file does not exist or holds no training state.
func CheckpointStep(path string) (step int, ok bool, err error) {
	f, err := safetensors.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	s, has := f.Metadata[metaStep]
	if !has {
		return 0, false, nil
	}
	step, err = strconv.Atoi(s)
	if err != nil {
		return 0, false, fmt.Errorf("%s: metadata %s = %q is not a step number", path, metaStep, s)
	}
	return step, true, nil
}

// Resume loads the checkpoint at path and returns a trainer that continues
// it exactly. cfg must describe the same run: every setting that shapes
// the updates (task, batch, len, lr, seed, Adam's constants, schedule and
// horizon) must equal the checkpoint's, or the error lists the
// differences.
func Resume(path string, m *dsl.Model, g *ir.Graph, cfg Config) (*Trainer, error) {
	cfg.defaults()
	if err := cfg.check(); err != nil {
		return nil, err
	}
	f, err := safetensors.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("resume: %s does not exist: there is nothing to resume (drop --resume to start a new run)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("resume: %w", err)
	}
	meta := f.Metadata
	if _, ok := meta[metaStep]; !ok {
		return nil, fmt.Errorf("resume: %s holds weights but no training state (it was not written by hopf train); start a new run from it with --weights", path)
	}
	step, err := strconv.Atoi(meta[metaStep])
	if err != nil || step < 0 {
		return nil, fmt.Errorf("resume: %s: metadata %s = %q is not a step number", path, metaStep, meta[metaStep])
	}
	var diffs []string
	for _, k := range []struct{ key, flag string }{
		{metaTask, "--task"}, {metaBatch, "--batch"}, {metaLen, "--len"}, {metaLR, "--lr"}, {metaSeed, "--seed"},
		{metaAdam, "Adam's β1 β2 ε"}, {metaSchedule, "--schedule"}, {metaHorizon, "the schedule's horizon (--steps of the first run)"},
	} {
		want, got := cfg.meta()[k.key], meta[k.key]
		if got != want {
			diffs = append(diffs, fmt.Sprintf("%s: the checkpoint has %s, this run %s", k.flag, orNone(got), want))
		}
	}
	if len(diffs) > 0 {
		return nil, fmt.Errorf("resume: %s was trained with other settings; give the same ones as the interrupted run:\n  %s", path, strings.Join(diffs, "\n  "))
	}
	// Checkpoints from before the hash have none: their model is unchecked
	// beyond the weights' names and shapes.
	if got, want := meta[metaModel], ModelHash(m); got != "" && got != want {
		return nil, fmt.Errorf("resume: %s was trained from another model (%s; this model %s is %s, compare with hopf ir --stage parsed): resume with the model file it was trained from, or start a new run from its weights with --weights %s --out NEW", path, got, m.Name, want, path)
	}
	ws, err := weights.FromFile(f, g, path)
	if err != nil {
		return nil, err
	}
	t, err := New(m, g, ws, cfg)
	if err != nil {
		return nil, err
	}
	opath := OptimizerPath(path)
	of, err := safetensors.ReadFile(opath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("resume: the optimizer state of %s, %s, is missing (Adam's moments are needed to continue exactly)", path, opath)
	}
	if err != nil {
		return nil, fmt.Errorf("resume: %w", err)
	}
	if of.Metadata[metaStep] != meta[metaStep] {
		return nil, fmt.Errorf("resume: %s is from step %s but %s from step %s (was a checkpoint write interrupted?)", opath, orNone(of.Metadata[metaStep]), path, meta[metaStep])
	}
	load := func(key string, dst []float32, shape []int) error {
		st, ok := of.Tensors[key]
		if !ok {
			return fmt.Errorf("resume: %s has no tensor %s", opath, key)
		}
		if st.DType != safetensors.F32 || !sameInts(st.Shape, shape) {
			return fmt.Errorf("resume: %s: tensor %s is %s%s, want f32%s", opath, key, st.DType, safetensors.FormatShape(st.Shape), safetensors.FormatShape(shape))
		}
		data, err := st.Float32s()
		if err != nil {
			return fmt.Errorf("resume: %s: tensor %s: %w", opath, key, err)
		}
		copy(dst, data)
		return nil
	}
	master := t.Model.DType != dsl.F32 && t.Model.DType != ""
	for i, name := range t.names {
		shape := t.Weights.Get(name).Shape
		if err := load("adam.m."+name, t.Adam.M[i], shape); err != nil {
			return nil, err
		}
		if err := load("adam.v."+name, t.Adam.V[i], shape); err != nil {
			return nil, err
		}
		if master {
			if err := load("master."+name, t.params[i], shape); err != nil {
				return nil, err
			}
		}
	}
	rng, err := hex.DecodeString(meta[metaRNG])
	if err == nil {
		err = t.src.UnmarshalBinary(rng)
	}
	if err != nil {
		return nil, fmt.Errorf("resume: %s: metadata %s: the data stream's state does not decode: %v", path, metaRNG, err)
	}
	t.Adam.Step = step
	return t, nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
