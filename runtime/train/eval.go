package train

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/hopf-ml/hopf/runtime/cpu"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// evalStream is the PCG stream of evaluation data, (seed, evalStream):
// never the training stream.
const evalStream = 0x6576616c // "eval"

// evalBatch is the batch size evaluations run at.
const evalBatch = 256

// Report is an evaluation of a trained model on fresh data of its task.
type Report struct {
	Task string
	N    int     // sequences evaluated
	Loss float64 // the task's loss on them

	// icl-regression
	GDLoss   float64 // loss of one GD step from W = 0 with the best η
	GDEta    float64 // that η
	ZeroLoss float64 // loss of predicting 0 (E[y²])
	Cosine   float64 // mean over tasks of cos(∂ŷ/∂x_q of the model, of the GD step)

	// token tasks
	Accuracy float64 // argmax prediction = target, over the counted positions
	Chance   float64 // ln vocab: the loss of a uniform guess
	// induction (on a random half and its repeat, P = T/2): each softmax
	// head's prefix-matching score, and the loss when the pattern has
	// another length (T/3).
	Heads     []HeadScore
	OffLoss   float64
	OffPeriod int
}

// HeadScore is one attention head's prefix-matching score: the mean
// attention from position t of the repeat to t − P + 1, the token after
// the previous occurrence of the current token (Olsson et al. 2022), on
// sequences of a random half (P = T/2 tokens) and its repeat.
type HeadScore struct {
	Layer, Head int
	Score       float64
}

// Best returns the head with the highest prefix-matching score.
func (r *Report) Best() HeadScore {
	var b HeadScore
	b.Score = math.Inf(-1)
	for _, h := range r.Heads {
		if h.Score > b.Score {
			b = h
		}
	}
	return b
}

func (r *Report) String() string {
	var b strings.Builder
	switch r.Task {
	case ICLRegression:
		fmt.Fprintf(&b, "eval on %d fresh tasks: loss %.5f; one GD step (η=%.4g, best for this task distribution) %.5f; ratio %.4f; predicting 0: %.4f\n",
			r.N, r.Loss, r.GDEta, r.GDLoss, r.Loss/r.GDLoss, r.ZeroLoss)
		fmt.Fprintf(&b, "  cosine(∂ŷ/∂x_q of the model, of the GD step), mean over tasks: %.5f\n", r.Cosine)
	case Induction:
		fmt.Fprintf(&b, "eval on %d fresh sequences: loss on the repeated half %.5f (chance %.3f), accuracy %.2f%%; period %d instead: loss %.5f\n",
			r.N, r.Loss, r.Chance, 100*r.Accuracy, r.OffPeriod, r.OffLoss)
		if len(r.Heads) == 0 {
			b.WriteString("  no softmax attention layer: no prefix-matching scores\n")
			break
		}
		b.WriteString("  prefix-matching score per head:")
		for _, h := range r.Heads {
			fmt.Fprintf(&b, " L%d.h%d %.3f", h.Layer, h.Head, h.Score)
		}
		best := r.Best()
		fmt.Fprintf(&b, "; best L%d.h%d\n", best.Layer, best.Head)
	default:
		fmt.Fprintf(&b, "eval on %d fresh sequences: loss %.5f (chance %.3f), accuracy %.2f%%\n", r.N, r.Loss, r.Chance, 100*r.Accuracy)
	}
	return b.String()
}

// Evaluate measures the model on n fresh sequences of its task (drawn
// from seed's evaluation stream, not the training stream).
func (t *Trainer) Evaluate(n int, seed uint64) (*Report, error) {
	if n < 1 {
		return nil, fmt.Errorf("evaluate: n = %d, want ≥ 1", n)
	}
	switch t.Task.Name {
	case ICLRegression:
		return t.evalICL(n, seed)
	case Induction:
		return t.evalInduction(n, seed)
	}
	return t.evalTokens(n, seed)
}

// evalProgram compiles the graph for batch B and length T over the
// trainer's weights (shared, not copied).
func (t *Trainer) evalProgram(B, T int) (*cpu.Program, error) {
	return cpu.Compile(t.Graph, denseWeights(t.Weights), map[string]int{"B": B, "T": T})
}

func (t *Trainer) evalICL(n int, seed uint64) (*Report, error) {
	T, dx := t.Task.T, t.Task.DX
	D, N := dx+1, T-1
	B := min(n, evalBatch)
	task := *t.Task
	task.B = B
	p, err := t.evalProgram(B, T)
	if err != nil {
		return nil, err
	}
	// ∂ŷ/∂x_q: the gradient of Σ_b ŷ_b (the outputs at the query
	// position) with respect to the input.
	eg := p.ExprGraph()
	out, in := p.Outputs()[0], p.Inputs()[0]
	sel := make([]float32, B*T)
	for b := 0; b < B; b++ {
		sel[b*T+T-1] = 1
	}
	selN := G.NewTensor(eg, tensor.Float32, 3, G.WithShape(B, T, 1), G.WithName("query"), G.WithValue(tensor.New(tensor.WithShape(B, T, 1), tensor.WithBacking(sel))))
	cost, err := G.Sum(G.Must(G.HadamardProd(out, selN)))
	if err != nil {
		return nil, err
	}
	gs, err := G.Grad(cost, in)
	if err != nil {
		return nil, fmt.Errorf("sensitivity: %w", err)
	}
	vm := G.NewTapeMachine(eg)
	defer vm.Close()

	eta := BestGDEta(dx, N, 1<<17, seed)
	r := rand.New(rand.NewPCG(seed, evalStream))
	batch := task.NewBatch()
	x := tensor.New(tensor.WithShape(B, T, D), tensor.WithBacking(batch.Inputs))
	rep := &Report{Task: ICLRegression, GDEta: eta}
	var se, seGD, y2, cos float64
	for done := 0; done < n; done += B {
		task.Fill(r, batch)
		if err := G.Let(in, x); err != nil {
			return nil, err
		}
		if err := vm.RunAll(); err != nil {
			vm.Reset()
			return nil, unwrap(err)
		}
		o := out.Value().Data().([]float32)
		sens := gs[0].Value().Data().([]float32)
		for b := 0; b < min(B, n-done); b++ {
			seq := batch.Inputs[b*T*D : (b+1)*T*D]
			y := float64(batch.Y[b*T+T-1])
			yhat := float64(o[b*T+T-1])
			gd, gdSens := GDStep(seq, dx, N, eta)
			se += (yhat - y) * (yhat - y)
			seGD += (gd - y) * (gd - y)
			y2 += y * y
			cos += cosine(sens[(b*T+T-1)*D:(b*T+T-1)*D+dx], gdSens)
			rep.N++
		}
		vm.Reset()
	}
	k := float64(rep.N)
	rep.Loss, rep.GDLoss, rep.ZeroLoss, rep.Cosine = se/k, seGD/k, y2/k, cos/k
	return rep, nil
}

// GDStep is the prediction of one gradient-descent step from W0 = 0 on
// L(W) = 1/(2N) Σ_j (W x_j − y_j)² for one sequence [T, dx+1] of
// icl-regression tokens (the first N hold [x_j; y_j], the last the query
// [x_q; 0]): ŷ = (η/N) Σ_j y_j x_jᵀ x_q. It also returns ∂ŷ/∂x_q =
// (η/N) Σ_j y_j x_j.
func GDStep(seq []float32, dx, N int, eta float64) (float64, []float64) {
	D := dx + 1
	g := make([]float64, dx)
	for j := 0; j < N; j++ {
		y := float64(seq[j*D+dx])
		for i := 0; i < dx; i++ {
			g[i] += eta / float64(N) * y * float64(seq[j*D+i])
		}
	}
	yhat := 0.0
	for i := 0; i < dx; i++ {
		yhat += g[i] * float64(seq[N*D+i])
	}
	return yhat, g
}

// BestGDEta is the η minimising the expected squared error of GDStep over
// the icl-regression task distribution (w ~ N(0, I), x ~ U(−½, ½)^dx),
// estimated from n tasks: with a = (1/N) Σ_j y_j x_jᵀ x_q the prediction
// is η a, so η* = E[a y_q] / E[a²].
func BestGDEta(dx, N, n int, seed uint64) float64 {
	r := rand.New(rand.NewPCG(seed, 0x6764)) // "gd"
	w := make([]float64, dx)
	xq := make([]float64, dx)
	var ay, aa float64
	for k := 0; k < n; k++ {
		for i := range w {
			w[i] = r.NormFloat64()
		}
		for i := range xq {
			xq[i] = float64(float32(r.Float64() - 0.5))
		}
		a := 0.0
		for j := 0; j < N; j++ {
			y, dot := 0.0, 0.0
			for i := 0; i < dx; i++ {
				x := float64(float32(r.Float64() - 0.5))
				y += w[i] * x
				dot += x * xq[i]
			}
			a += y * dot / float64(N)
		}
		yq := 0.0
		for i := range w {
			yq += w[i] * xq[i]
		}
		ay += a * yq
		aa += a * a
	}
	return ay / aa
}

func cosine(a []float32, b []float64) float64 {
	var ab, aa, bb float64
	for i := range b {
		ab += float64(a[i]) * b[i]
		aa += float64(a[i]) * float64(a[i])
		bb += b[i] * b[i]
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}

// tokenRun runs the model on token batches and accumulates the loss and
// accuracy over the counted positions; visit, when set, sees each batch
// after its forward pass (the program's values still bound).
type tokenRun struct {
	loss, correct float64
	rows          int
	seqs          int
}

func (t *Trainer) runTokens(task *Task, n int, r *rand.Rand, visit func(p *cpu.Program, b *Batch, count int)) (*tokenRun, error) {
	B := task.B
	p, err := t.evalProgram(B, task.T)
	if err != nil {
		return nil, err
	}
	batch := task.NewBatch()
	x := tensor.New(tensor.WithShape(B, task.T), tensor.WithBacking(batch.Tokens))
	V := t.Model.Vocab
	acc := &tokenRun{}
	for done := 0; done < n; done += B {
		task.Fill(r, batch)
		count := min(B, n-done)
		outs, err := p.Run(x)
		if err != nil {
			return nil, err
		}
		logits := outs[0].Data().([]float32)
		rows := count * task.T
		tg := batch.Targets[:rows]
		l, err := CrossEntropyRows(logits[:rows*V], tg, V, nil, 0)
		if err != nil {
			return nil, err
		}
		counted := 0
		for i, target := range tg {
			if target < 0 {
				continue
			}
			counted++
			row := logits[i*V : (i+1)*V]
			best := 0
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
			if best == int(target) {
				acc.correct++
			}
		}
		acc.loss += l * float64(counted)
		acc.rows += counted
		acc.seqs += count
		if visit != nil {
			visit(p, batch, count)
		}
	}
	return acc, nil
}

func (t *Trainer) evalTokens(n int, seed uint64) (*Report, error) {
	task := *t.Task
	task.B = min(n, evalBatch)
	acc, err := t.runTokens(&task, n, rand.New(rand.NewPCG(seed, evalStream)), nil)
	if err != nil {
		return nil, err
	}
	return &Report{Task: t.Task.Name, N: acc.seqs, Loss: acc.loss / float64(acc.rows), Accuracy: acc.correct / float64(acc.rows), Chance: math.Log(float64(t.Model.Vocab))}, nil
}

// attention lists the softmax ops' results (%L{i}.p, [B,H,T,T]) with their
// layer numbers.
func (t *Trainer) attention() (layers []int, names []string) {
	for _, op := range t.Graph.Ops {
		if op.Name() != "softmax" {
			continue
		}
		var l int
		if _, err := fmt.Sscanf(op.Result().Name, "L%d.", &l); err != nil {
			continue
		}
		layers = append(layers, l)
		names = append(names, op.Result().Name)
	}
	return layers, names
}

func (t *Trainer) evalInduction(n int, seed uint64) (*Report, error) {
	task := *t.Task
	task.B = min(n, evalBatch)
	T, P := task.T, task.T/2
	task.PMin, task.PMax = P, P
	layers, names := t.attention()
	var heads []HeadScore
	var sums []float64
	var counts []int
	acc, err := t.runTokens(&task, n, rand.New(rand.NewPCG(seed, evalStream)), func(p *cpu.Program, b *Batch, count int) {
		if heads == nil {
			for i, name := range names {
				v := valueNamed(p, name)
				H := v.Shape()[1]
				for h := 0; h < H; h++ {
					heads = append(heads, HeadScore{Layer: layers[i], Head: h})
				}
			}
			sums = make([]float64, len(heads))
			counts = make([]int, len(heads))
		}
		k := 0
		for _, name := range names {
			v := valueNamed(p, name)
			H := v.Shape()[1]
			probs := v.Value().Data().([]float32)
			for h := 0; h < H; h++ {
				for s := 0; s < count; s++ {
					for q := T - P; q < T; q++ {
						sums[k] += float64(probs[((s*H+h)*T+q)*T+q-P+1])
						counts[k]++
					}
				}
				k++
			}
		}
	})
	if err != nil {
		return nil, err
	}
	for i := range heads {
		heads[i].Score = sums[i] / float64(counts[i])
	}
	rep := &Report{Task: Induction, N: acc.seqs, Loss: acc.loss / float64(acc.rows), Accuracy: acc.correct / float64(acc.rows),
		Chance: math.Log(float64(t.Model.Vocab)), Heads: heads}
	// Another period: a pattern of ⌊T/3⌋ tokens (at least 2) and its repeat.
	off := task
	off.PMin, off.PMax = max(2, T/3), max(2, T/3)
	if off.PMin != P {
		oa, err := t.runTokens(&off, n, rand.New(rand.NewPCG(seed, evalStream+1)), nil)
		if err != nil {
			return nil, err
		}
		rep.OffLoss, rep.OffPeriod = oa.loss/float64(oa.rows), off.PMin
	}
	return rep, nil
}

// valueNamed is the node of the graph value with the given name.
func valueNamed(p *cpu.Program, name string) *G.Node {
	for _, op := range p.IR.Ops {
		for _, r := range op.Results {
			if r.Name == name {
				return p.Node(r)
			}
		}
	}
	return nil
}
