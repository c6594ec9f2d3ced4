package train

// The two results the training is checked against, reproduced at CI size
// (docs/training.md has the longer runs):
//
//   - von Oswald et al. 2023: one linear self-attention layer trained on
//     in-context linear regression predicts what one step of gradient
//     descent with the best learning rate predicts;
//   - Olsson et al. 2022: a 2-layer softmax attention-only model trained on
//     repeated random tokens forms an induction head.
//
// Everything is measured here with code independent of the package: the
// data generator, the best η of the GD step (Monte Carlo, checked against
// the closed form), an f64 forward of the trained linear-attention layer,
// and the attention pattern read from the lowered graph's %L{i}.p.

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hopf-ml/hopf/runtime/cpu"
	"github.com/hopf-ml/hopf/runtime/weights"
	"gorgonia.org/tensor"
)

// iclTask is one in-context regression task drawn by the test's own
// generator: N context pairs and a query.
type iclTask struct {
	x  [][]float64 // N+1 inputs; the last is the query
	y  []float64   // N+1 targets
	dx int
}

func drawICL(r *rand.Rand, dx, N int) iclTask {
	w := make([]float64, dx)
	for i := range w {
		w[i] = r.NormFloat64()
	}
	t := iclTask{dx: dx}
	for j := 0; j <= N; j++ {
		x := make([]float64, dx)
		y := 0.0
		for i := range x {
			x[i] = float64(float32(r.Float64() - 0.5)) // the model sees f32
			y += w[i] * x[i]
		}
		t.x = append(t.x, x)
		t.y = append(t.y, y)
	}
	return t
}

// gd is one GD step from W0 = 0 on L(W) = 1/(2N) Σ_j (W x_j − y_j)²:
// ŷ = (η/N) Σ_j y_j x_jᵀ x_q, and its gradient with respect to x_q.
func (t iclTask) gd(eta float64) (float64, []float64) {
	N := len(t.x) - 1
	s := make([]float64, t.dx)
	for j := 0; j < N; j++ {
		for i := range s {
			s[i] += eta / float64(N) * t.y[j] * t.x[j][i]
		}
	}
	yhat := 0.0
	for i := range s {
		yhat += s[i] * t.x[N][i]
	}
	return yhat, s
}

// lsa is the f64 forward of examples/icl_regression.hopf at the query,
// from its definition: tokens e_j = [x_j; y_j], query e_q = [x_q; 0],
// o = Σ_{j<N} (W_Q e_q · W_K e_j) W_V e_j (strict mask, scale 1),
// ŷ = r · (e_q + W_O o). ŷ is linear in e_q, so ∂ŷ/∂e_q is exact:
// r + W_Qᵀ Σ_j (W_K e_j) (r · W_O W_V e_j).
func lsa(ws *weights.Set, t iclTask) (float64, []float64) {
	D := t.dx + 1
	mat := func(name string) func(v []float64) []float64 {
		w := ws.Get(name)
		rows, cols := w.Shape[0], w.Shape[1]
		return func(v []float64) []float64 {
			o := make([]float64, rows)
			for a := 0; a < rows; a++ {
				for b := 0; b < cols; b++ {
					o[a] += float64(w.Data[a*cols+b]) * v[b]
				}
			}
			return o
		}
	}
	wq, wk, wv, wo := mat("L0.w_q"), mat("L0.w_k"), mat("L0.w_v"), mat("L0.w_o")
	r := f64s(ws.Get("readout").Data)
	dot := func(a, b []float64) float64 {
		s := 0.0
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	N := len(t.x) - 1
	eq := append(append([]float64(nil), t.x[N]...), 0)
	q := wq(eq)
	o := make([]float64, D)
	sk := make([]float64, D) // Σ_j (W_K e_j)(r·W_O W_V e_j)
	for j := 0; j < N; j++ {
		e := append(append([]float64(nil), t.x[j]...), t.y[j])
		k, v := wk(e), wv(e)
		a := dot(q, k)
		for i := range o {
			o[i] += a * v[i]
		}
		c := dot(r, wo(v))
		for i := range sk {
			sk[i] += k[i] * c
		}
	}
	h := wo(o)
	for i := range h {
		h[i] += eq[i]
	}
	// ∂ŷ/∂e_q = r + W_Qᵀ sk
	wqT := ws.Get("L0.w_q")
	sens := append([]float64(nil), r...)
	for a := 0; a < D; a++ {
		for b := 0; b < D; b++ {
			sens[b] += float64(wqT.Data[a*D+b]) * sk[a]
		}
	}
	return dot(r, h), sens[:t.dx]
}

func cos64(a, b []float64) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += a[i] * b[i]
		aa += a[i] * a[i]
		bb += b[i] * b[i]
	}
	return ab / math.Sqrt(aa*bb)
}

// TestICLRegressionMatchesOneGDStep trains examples/icl_regression.hopf
// (d_x = 10, N = 10) and checks von Oswald et al.'s headline: the trained
// layer's loss is within 5% of one GD step with the best η, and its
// sensitivity ∂ŷ/∂x_q points the same way as the GD step's (cosine > 0.99;
// > 0.98 with -short, which trains half as long).
func TestICLRegressionMatchesOneGDStep(t *testing.T) {
	const dx, N = 10, 10
	steps, minCos := 1600, 0.99
	if testing.Short() {
		steps, minCos = 800, 0.98
	}
	m := loadFile(t, "../../examples/icl_regression.hopf")
	g, err := LowerForTraining(m)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := weights.Init(g, 1)
	tr, err := New(m, g, ws, Config{Task: ICLRegression, Batch: 64, Len: N + 1, LR: 1e-2, Seed: 1, Schedule: "cosine", Horizon: steps})
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if _, err := tr.Run(context.Background(), RunOptions{Steps: steps}, -1); err != nil {
		t.Fatal(err)
	}

	// The best η: Monte Carlo over 200k tasks (the prediction is η·a, so
	// η* = E[a y_q]/E[a²]), checked against the closed form for
	// x ~ U(−½, ½)^d (σ² = 1/12, E x⁴ = 1/80), w ~ N(0, I):
	// E[a y_q] = d σ⁴, E[a²] = (N(N−1) d σ⁶ + N σ² (d E x⁴ + d(d−1) σ⁴)) / N².
	r := rand.New(rand.NewPCG(20231, 1))
	var ay, aa float64
	for k := 0; k < 200_000; k++ {
		task := drawICL(r, dx, N)
		a, _ := task.gd(1)
		ay += a * task.y[N]
		aa += a * a
	}
	eta := ay / aa
	const s2, m4, d = 1.0 / 12, 1.0 / 80, float64(dx)
	eAY := d * s2 * s2
	eAA := (N*(N-1)*d*s2*s2*s2 + N*s2*(d*m4+d*(d-1)*s2*s2)) / (N * N)
	if exact := eAY / eAA; math.Abs(eta/exact-1) > 0.01 {
		t.Fatalf("Monte Carlo η* = %.4f, closed form %.4f", eta, exact)
	}
	gdExpected := d*s2 - eAY*eAY/eAA // the expected loss of the best GD step

	// Fresh tasks: the trained model (f64 forward) against the GD step.
	var seModel, seGD, cosSum float64
	const tasks = 4000
	for k := 0; k < tasks; k++ {
		task := drawICL(r, dx, N)
		ym, sm := lsa(tr.Weights, task)
		yg, sg := task.gd(eta)
		seModel += (ym - task.y[N]) * (ym - task.y[N])
		seGD += (yg - task.y[N]) * (yg - task.y[N])
		cosSum += cos64(sm, sg)
	}
	lossModel, lossGD, cosine := seModel/tasks, seGD/tasks, cosSum/tasks
	t.Logf("%d steps: loss %.5f, one GD step (η*=%.4f) %.5f (expected %.5f), ratio %.4f, cosine %.5f", steps, lossModel, eta, lossGD, gdExpected, lossModel/lossGD, cosine)
	if lossModel > 1.05*lossGD {
		t.Errorf("trained loss %.5f is more than 5%% above one GD step's %.5f", lossModel, lossGD)
	}
	if cosine < minCos {
		t.Errorf("cosine between the sensitivities %.5f < %.2f", cosine, minCos)
	}

	// The package's own evaluation (the gorgonia forward and gradient)
	// agrees with this one.
	rep, err := tr.Evaluate(2048, 9)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(rep.GDEta/eta-1) > 0.01 || math.Abs(rep.Loss/rep.GDLoss-lossModel/lossGD) > 0.02 || math.Abs(rep.Cosine-cosine) > 0.01 {
		t.Errorf("Evaluate: η %.4f, ratio %.4f, cosine %.5f; the test measured η %.4f, ratio %.4f, cosine %.5f",
			rep.GDEta, rep.Loss/rep.GDLoss, rep.Cosine, eta, lossModel/lossGD, cosine)
	}
}

// TestInductionHeadForms trains runtime/train/testdata/induction_small.hopf
// (vocab 24, d_model 48, 2 layers of 2 heads, T = 20) and checks that the
// loss on repeated random tokens is low and that a layer-1 head is an
// induction head: on a random half and its repeat its prefix-matching
// score (mean attention from t to t − P + 1) is high, while no layer-0
// head has one and a layer-0 head attends to the previous token (the
// circuit's first half) far more than uniformly.
func TestInductionHeadForms(t *testing.T) {
	const T, P, V = 20, 10, 24
	steps := 500
	if testing.Short() {
		steps = 400
	}
	m := loadFile(t, "testdata/induction_small.hopf")
	g, err := LowerForTraining(m)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := weights.Init(g, 1)
	tr, err := New(m, g, ws, Config{Task: Induction, Batch: 32, Len: T, LR: 3e-3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if _, err := tr.Run(context.Background(), RunOptions{Steps: steps}, -1); err != nil {
		t.Fatal(err)
	}

	// Repeated random sequences drawn here: P distinct tokens, twice.
	const B = 64
	r := rand.New(rand.NewPCG(1997, 3))
	ids := make([]int32, B*T)
	for b := 0; b < B; b++ {
		perm := r.Perm(V)
		for i := 0; i < T; i++ {
			ids[b*T+i] = int32(perm[i%P])
		}
	}
	w := cpu.Weights{}
	for _, x := range tr.Weights.Tensors() {
		w[x.Name] = tensor.New(tensor.WithShape(x.Shape...), tensor.WithBacking(x.Data))
	}
	p, err := cpu.Compile(g, w, map[string]int{"B": B, "T": T})
	if err != nil {
		t.Fatal(err)
	}
	outs, err := p.Run(tensor.New(tensor.WithShape(B, T), tensor.WithBacking(ids)))
	if err != nil {
		t.Fatal(err)
	}
	// Loss on the repeat (positions P..T−2 predict the next token), in f64.
	logits := outs[0].Data().([]float32)
	loss, n := 0.0, 0
	for b := 0; b < B; b++ {
		for i := P; i < T-1; i++ {
			row := f64s(logits[(b*T+i)*V : (b*T+i+1)*V])
			target := ids[b*T+i+1]
			mx := math.Inf(-1)
			for _, v := range row {
				mx = math.Max(mx, v)
			}
			z := 0.0
			for _, v := range row {
				z += math.Exp(v - mx)
			}
			loss += mx + math.Log(z) - row[target]
			n++
		}
	}
	loss /= float64(n)

	// Attention patterns: %L{i}.p [B,H,T,T] after the forward run.
	score := func(layer int, offset func(q int) int) []float64 {
		var pv *tensor.Dense
		for _, op := range g.Ops {
			if op.Name() == "softmax" && op.Result().Name == "L"+string(rune('0'+layer))+".p" {
				pv = p.Node(op.Result()).Value().(*tensor.Dense)
			}
		}
		if pv == nil {
			t.Fatalf("no %%L%d.p in the lowered graph", layer)
		}
		H := pv.Shape()[1]
		probs := pv.Data().([]float32)
		s := make([]float64, H)
		for h := 0; h < H; h++ {
			c := 0
			for b := 0; b < B; b++ {
				for q := P; q < T; q++ {
					s[h] += float64(probs[((b*H+h)*T+q)*T+offset(q)])
					c++
				}
			}
			s[h] /= float64(c)
		}
		return s
	}
	prefix := func(q int) int { return q - P + 1 }
	prev := func(q int) int { return q - 1 }
	l0, l1, prev0 := score(0, prefix), score(1, prefix), score(0, prev)
	best1 := math.Max(l1[0], l1[1])
	t.Logf("%d steps: loss on the repeat %.5f (chance %.3f); prefix matching L0 %.3f, L1 %.3f; previous token L0 %.3f", steps, loss, math.Log(V), l0, l1, prev0)
	if loss > 0.1 {
		t.Errorf("loss on the repeated half %.4f > 0.1 (chance %.3f)", loss, math.Log(V))
	}
	if best1 < 0.6 {
		t.Errorf("no induction head in layer 1: prefix-matching scores %.3f", l1)
	}
	for h, s := range l0 {
		if s > 0.3 {
			t.Errorf("layer-0 head %d has prefix-matching score %.3f: a one-layer shortcut, not an induction circuit", h, s)
		}
	}
	if math.Max(prev0[0], prev0[1]) < 0.3 { // uniform attention would give 1/(t+1) < 0.1
		t.Errorf("no previous-token head in layer 0: attention to t−1 %.3f", prev0)
	}

	// The package's evaluation finds the same head.
	rep, err := tr.Evaluate(256, 2)
	if err != nil {
		t.Fatal(err)
	}
	best := rep.Best()
	if best.Layer != 1 || math.Abs(best.Score-best1) > 0.1 || rep.Loss > 0.1 || rep.OffLoss > 0.2 {
		t.Errorf("Evaluate: best head L%d.h%d %.3f, loss %.4f, loss at period %d %.4f; the test found L1 %.3f, loss %.4f",
			best.Layer, best.Head, best.Score, rep.Loss, rep.OffPeriod, rep.OffLoss, best1, loss)
	}
}
