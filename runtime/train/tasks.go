package train

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/hopf-ml/hopf/dsl"
)

// Task names.
const (
	ICLRegression = "icl-regression"
	Induction     = "induction"
	Copy          = "copy"
)

// Tasks lists the task names.
var Tasks = []string{ICLRegression, Induction, Copy}

// Task generates training data for one model shape. Data come from a
// *rand.Rand only, so a run is a deterministic function of the seed.
//
//   - icl-regression (von Oswald et al. 2023): per sequence w ~ N(0, I_dx),
//     x_j ~ U(−½, ½)^dx for j = 0..N (N = T−1), y_j = wᵀx_j; tokens
//     e_j = [x_j; y_j] for the N context pairs and the query [x_N; 0] last.
//     The loss is the squared error of the readout at the query position
//     against y_N (MSE over the batch).
//   - induction (Olsson et al. 2022): T−P random tokens whose last P are
//     then repeated, so the sequence ends in a pattern and its repeat; with
//     P = T/2 it is a random half and its repeat. The period P is drawn per
//     sequence from [⌈T/4⌉, ⌊T/2⌋]: with one fixed P a positional head
//     (attend to t−P+1) solves the task without looking at the tokens,
//     which is not an induction head. The T−P tokens are distinct when
//     T−P ≤ vocab (drawn with repetition otherwise), so each token of the
//     repeat has exactly one earlier occurrence. The loss is the
//     cross-entropy of the next token at positions T−P..T−2 (the repeat,
//     where the next token is predictable).
//   - copy: uniform random tokens; the loss is the cross-entropy of the
//     token itself at every position (a sanity check).
type Task struct {
	Name string
	B, T int
	// DX is the width of x (icl-regression): d_in − 1.
	DX int
	// Vocab is the token count (induction, copy).
	Vocab int
	// PMin and PMax bound the period of the induction sequences
	// (⌈T/4⌉ and ⌊T/2⌋; evaluations fix them).
	PMin, PMax int
}

// Batch is one step's data. Token tasks fill Tokens [B,T] and Targets
// [B,T] (−1: not counted); icl-regression fills Inputs [B,T,d_in], Y
// [B,T,1] and Weight [B,T] (1 at the query position).
type Batch struct {
	Tokens  []int32
	Targets []int32
	Inputs  []float32
	Y       []float32
	Weight  []float32
}

// DefaultLen is the sequence length a task uses when none is given:
// icl-regression 11 (N = 10 examples, as von Oswald et al.), induction
// min(context, 32), copy min(context, 16).
func DefaultLen(task string, m *dsl.Model) int {
	switch task {
	case ICLRegression:
		return min(m.Context, 11)
	case Induction:
		return min(m.Context, 32)
	}
	return min(m.Context, 16)
}

func describeModel(m *dsl.Model) string {
	in := fmt.Sprintf("reads vectors (d_in %d)", m.DIn)
	if m.Input == dsl.InputTokens {
		in = fmt.Sprintf("reads tokens (vocab %d)", m.Vocab)
	}
	out := fmt.Sprintf("has readout %d", m.Readout.DOut)
	if m.Readout.Kind == dsl.ReadoutUnembed {
		out = "has unembed"
	}
	return fmt.Sprintf("model %s %s and %s", m.Name, in, out)
}

// NewTask checks that the model can be trained on the task with batch B
// and length T, and returns the task.
func NewTask(name string, m *dsl.Model, B, T int) (*Task, error) {
	t := &Task{Name: name, B: B, T: T}
	if B < 1 {
		return nil, fmt.Errorf("batch %d: want ≥ 1", B)
	}
	if T > m.Context {
		return nil, fmt.Errorf("sequence length %d exceeds the context %d of model %s", T, m.Context, m.Name)
	}
	switch name {
	case ICLRegression:
		if m.Input != dsl.InputVectors || m.DIn < 2 || m.Readout.Kind != dsl.ReadoutLinear || m.Readout.DOut != 1 {
			return nil, fmt.Errorf("task %s needs a model that reads vectors e = [x; y] (d_in = d_x + 1 ≥ 2) and has `readout 1`; %s (see examples/icl_regression.hopf)", name, describeModel(m))
		}
		if T < 2 {
			return nil, fmt.Errorf("task %s: length %d leaves no context pair; want T ≥ 2 (N = T−1 examples and the query)", name, T)
		}
		t.DX = m.DIn - 1
	case Induction, Copy:
		if m.Input != dsl.InputTokens || m.Readout.Kind != dsl.ReadoutUnembed {
			return nil, fmt.Errorf("task %s needs a token model (vocab N) with `unembed`; %s (see examples/induction.hopf)", name, describeModel(m))
		}
		t.Vocab = m.Vocab
		if name == Induction {
			if T < 4 {
				return nil, fmt.Errorf("task %s: length %d is too short; want T ≥ 4 (a prefix of T/2 tokens and its repeat)", name, T)
			}
			t.PMin, t.PMax = max(2, (T+3)/4), T/2
		} else if T < 1 {
			return nil, fmt.Errorf("task %s: length %d: want T ≥ 1", name, T)
		}
	default:
		return nil, fmt.Errorf("unknown task %q; want one of %s", name, strings.Join(Tasks, ", "))
	}
	return t, nil
}

// Tokens reports whether the task feeds token ids.
func (t *Task) Tokens() bool { return t.Name != ICLRegression }

// NewBatch allocates the buffers of one batch.
func (t *Task) NewBatch() *Batch {
	n := t.B * t.T
	if t.Tokens() {
		return &Batch{Tokens: make([]int32, n), Targets: make([]int32, n)}
	}
	return &Batch{Inputs: make([]float32, n*(t.DX+1)), Y: make([]float32, n), Weight: make([]float32, n)}
}

// Fill draws one batch from r.
func (t *Task) Fill(r *rand.Rand, b *Batch) {
	for s := 0; s < t.B; s++ {
		switch t.Name {
		case ICLRegression:
			t.fillICL(r, b, s)
		case Induction:
			t.fillInduction(r, b, s)
		case Copy:
			toks := b.Tokens[s*t.T : (s+1)*t.T]
			for i := range toks {
				toks[i] = int32(r.IntN(t.Vocab))
			}
			copy(b.Targets[s*t.T:(s+1)*t.T], toks)
		}
	}
}

func (t *Task) fillICL(r *rand.Rand, b *Batch, s int) {
	D := t.DX + 1
	w := make([]float64, t.DX)
	for i := range w {
		w[i] = r.NormFloat64()
	}
	for j := 0; j < t.T; j++ {
		e := b.Inputs[(s*t.T+j)*D : (s*t.T+j+1)*D]
		y := 0.0
		for i := 0; i < t.DX; i++ {
			x := float32(r.Float64() - 0.5)
			e[i] = x
			y += w[i] * float64(x)
		}
		row := s*t.T + j
		if j < t.T-1 {
			e[t.DX] = float32(y)
			b.Y[row], b.Weight[row] = 0, 0
		} else {
			e[t.DX] = 0 // the query [x_q; 0]
			b.Y[row], b.Weight[row] = float32(y), 1
		}
	}
}

func (t *Task) fillInduction(r *rand.Rand, b *Batch, s int) {
	toks := b.Tokens[s*t.T : (s+1)*t.T]
	P := t.PMin + r.IntN(t.PMax-t.PMin+1)
	n := t.T - P // the distinct part: noise, then the pattern
	if n <= t.Vocab {
		// n distinct tokens: a partial Fisher–Yates shuffle of 0..V−1.
		perm := make([]int32, t.Vocab)
		for i := range perm {
			perm[i] = int32(i)
		}
		for i := 0; i < n; i++ {
			j := i + r.IntN(t.Vocab-i)
			perm[i], perm[j] = perm[j], perm[i]
		}
		copy(toks, perm[:n])
	} else {
		for i := 0; i < n; i++ {
			toks[i] = int32(r.IntN(t.Vocab))
		}
	}
	for i := n; i < t.T; i++ {
		toks[i] = toks[i-P]
	}
	tg := b.Targets[s*t.T : (s+1)*t.T]
	for i := range tg {
		tg[i] = -1
		if i >= n && i+1 < t.T {
			tg[i] = toks[i+1]
		}
	}
}
