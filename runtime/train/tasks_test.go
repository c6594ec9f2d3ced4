package train

import (
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/dsl"
)

// Small models for the tests.
const (
	tokenModel = `model tok { vocab 11; d_model 16; context 24
  attention softmax { heads 2; d_head 8 }
  unembed }`
	vectorModel = `model vec { d_in 5; d_model 8; context 16
  attention linear { heads 1; d_head 8; mask strict }
  readout 1 }`
	vectorModel2 = `model vec2 { d_in 5; d_model 8; context 16
  attention linear { heads 1; d_head 8; mask strict }
  readout 2 }`
	tokenReadout = `model tokread { vocab 11; d_model 8; context 16
  attention softmax { heads 1; d_head 8 }
  readout 1 }`
	tinyVec = `model tinyvec { d_in 1; d_model 4; context 16
  attention linear { heads 1; d_head 4; mask strict }
  readout 1 }`
)

func loadSrc(t testing.TB, src string) *dsl.Model {
	t.Helper()
	m, err := dsl.Load("m.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func loadFile(t testing.TB, path string) *dsl.Model {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := dsl.Load(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestNewTaskRejects(t *testing.T) {
	cases := []struct {
		model, task string
		B, T        int
		want        string
	}{
		{tokenModel, ICLRegression, 4, 11, "task icl-regression needs a model that reads vectors e = [x; y] (d_in = d_x + 1 ≥ 2) and has `readout 1`; model tok reads tokens (vocab 11) and has unembed"},
		{vectorModel2, ICLRegression, 4, 11, "model vec2 reads vectors (d_in 5) and has readout 2"},
		{tinyVec, ICLRegression, 4, 11, "d_in = d_x + 1 ≥ 2"},
		{vectorModel, Induction, 4, 8, "task induction needs a token model (vocab N) with `unembed`; model vec reads vectors (d_in 5)"},
		{vectorModel, Copy, 4, 8, "task copy needs a token model"},
		{tokenReadout, Copy, 4, 8, "model tokread reads tokens (vocab 11) and has readout 1"},
		{tokenModel, "sorting", 4, 8, `unknown task "sorting"; want one of icl-regression, induction, copy`},
		{tokenModel, Induction, 4, 30, "sequence length 30 exceeds the context 24 of model tok"},
		{tokenModel, Induction, 4, 3, "want T ≥ 4"},
		{vectorModel, ICLRegression, 4, 1, "want T ≥ 2"},
		{tokenModel, Copy, 0, 8, "batch 0: want ≥ 1"},
	}
	for _, c := range cases {
		t.Run(c.task+"/"+c.want[:min(len(c.want), 30)], func(t *testing.T) {
			_, err := NewTask(c.task, loadSrc(t, c.model), c.B, c.T)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestICLBatch(t *testing.T) {
	m := loadSrc(t, vectorModel) // d_in 5: dx = 4
	task, err := NewTask(ICLRegression, m, 3, 9)
	if err != nil {
		t.Fatal(err)
	}
	b := task.NewBatch()
	task.Fill(rand.New(rand.NewPCG(1, 1)), b)
	D, T := 5, 9
	for s := 0; s < 3; s++ {
		seq := b.Inputs[s*T*D : (s+1)*T*D]
		// Recover w from the first 4 pairs (x_j, y_j) and check every other
		// pair and the query target against it.
		w := solve4(seq, D)
		for j := 0; j < T; j++ {
			y := 0.0
			for i := 0; i < 4; i++ {
				x := float64(seq[j*D+i])
				if x < -0.5 || x >= 0.5 {
					t.Fatalf("seq %d token %d: x[%d] = %g outside [−½, ½)", s, j, i, x)
				}
				y += w[i] * x
			}
			got := float64(seq[j*D+4])
			row := s*T + j
			if j == T-1 {
				if got != 0 || b.Weight[row] != 1 || math.Abs(float64(b.Y[row])-y) > 1e-4 {
					t.Errorf("seq %d query: y slot %g (want 0), weight %g (want 1), target %g (want wᵀx_q = %g)", s, got, b.Weight[row], b.Y[row], y)
				}
				continue
			}
			if math.Abs(got-y) > 1e-4 || b.Weight[row] != 0 {
				t.Errorf("seq %d token %d: y = %g, wᵀx = %g, weight %g", s, j, got, y, b.Weight[row])
			}
		}
	}
}

// solve4 solves the 4×4 system x_j·w = y_j, j < 4, by Gaussian elimination.
func solve4(seq []float32, D int) []float64 {
	a := make([][]float64, 4)
	for j := range a {
		a[j] = make([]float64, 5)
		for i := 0; i < 5; i++ {
			a[j][i] = float64(seq[j*D+i])
		}
	}
	for c := 0; c < 4; c++ {
		p := c
		for r := c + 1; r < 4; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := 0; r < 4; r++ {
			if r != c {
				f := a[r][c] / a[c][c]
				for k := c; k < 5; k++ {
					a[r][k] -= f * a[c][k]
				}
			}
		}
	}
	w := make([]float64, 4)
	for i := range w {
		w[i] = a[i][4] / a[i][i]
	}
	return w
}

func TestInductionBatch(t *testing.T) {
	m := loadSrc(t, tokenModel) // vocab 11
	for _, T := range []int{4, 9, 20, 24} {
		task, err := NewTask(Induction, m, 64, T)
		if err != nil {
			t.Fatal(err)
		}
		b := task.NewBatch()
		task.Fill(rand.New(rand.NewPCG(2, 2)), b)
		periods := map[int]bool{}
		for s := 0; s < 64; s++ {
			toks := b.Tokens[s*T : (s+1)*T]
			tg := b.Targets[s*T : (s+1)*T]
			// The period: the smallest P with toks[i] = toks[i−P] for the last P tokens.
			P := 0
			for p := task.PMin; p <= task.PMax && P == 0; p++ {
				ok := true
				for i := T - p; i < T; i++ {
					ok = ok && toks[i] == toks[i-p]
				}
				if ok {
					P = p
				}
			}
			if P == 0 {
				t.Fatalf("T=%d seq %d: %v does not end in a pattern of %d..%d tokens and its repeat", T, s, toks, task.PMin, task.PMax)
			}
			periods[P] = true
			n := T - P
			if n <= 11 {
				u := slices.Clone(toks[:n])
				slices.Sort(u)
				if len(slices.Compact(u)) != n {
					t.Errorf("T=%d seq %d: the first %d tokens %v are not distinct", T, s, n, toks[:n])
				}
			}
			for i := range tg {
				want := int32(-1)
				if i >= n && i+1 < T {
					want = toks[i+1]
				}
				if tg[i] != want {
					t.Errorf("T=%d seq %d: target[%d] = %d, want %d", T, s, i, tg[i], want)
				}
			}
		}
		if task.PMax > task.PMin && len(periods) < 2 {
			t.Errorf("T=%d: every sequence has the same period %v", T, periods)
		}
	}
}

func TestCopyBatchAndDeterminism(t *testing.T) {
	m := loadSrc(t, tokenModel)
	task, _ := NewTask(Copy, m, 4, 10)
	a, b := task.NewBatch(), task.NewBatch()
	task.Fill(rand.New(rand.NewPCG(5, 5)), a)
	task.Fill(rand.New(rand.NewPCG(5, 5)), b)
	if !slices.Equal(a.Tokens, a.Targets) {
		t.Errorf("copy: targets %v differ from tokens %v", a.Targets, a.Tokens)
	}
	if !slices.Equal(a.Tokens, b.Tokens) {
		t.Error("the same seed gave different batches")
	}
	for _, id := range a.Tokens {
		if id < 0 || id >= 11 {
			t.Errorf("token %d outside the vocabulary", id)
		}
	}
}
