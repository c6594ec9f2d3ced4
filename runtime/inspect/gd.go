package inspect

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/runtime/cpu"
	"gonum.org/v1/gonum/mat"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// CheckICL reports why m is not an in-context regression model of von
// Oswald et al.'s shape (examples/icl_regression.hopf): vector tokens
// e = [x; y] read straight into the residual stream (embed input identity,
// position none, d_in ≥ 2), one linear attention layer without feature map
// or pre-norm and with the residual on, no final norm, readout 1. Any
// number of heads, any mask, output on or off.
func CheckICL(m *dsl.Model) error {
	var p []string
	if m.Input != dsl.InputVectors {
		p = append(p, "it reads token ids, not [x; y] vectors (d_in)")
	} else {
		if m.Embed != dsl.EmbedIdentity {
			p = append(p, "the input must enter the residual stream unchanged (embed input identity)")
		}
		if m.DIn < 2 {
			p = append(p, "d_in must be at least 2 (x and y)")
		}
	}
	if m.Position != dsl.PosNone {
		p = append(p, "it has positional embeddings (want position none)")
	}
	if len(m.Layers) != 1 {
		p = append(p, fmt.Sprintf("it has %d layers (want one linear attention layer)", len(m.Layers)))
	} else {
		L := m.Layers[0]
		if L.Kind != dsl.Linear {
			p = append(p, "its layer is not linear attention")
		}
		if L.Feature != dsl.FeatureIdentity {
			p = append(p, "its layer has a feature map (want feature identity)")
		}
		if L.Norm != dsl.NormNone {
			p = append(p, "its layer has a pre-norm (want norm none)")
		}
		if !L.Residual {
			p = append(p, "its layer has residual off")
		}
	}
	if m.FinalNorm != dsl.NormNone {
		p = append(p, "it has a final norm")
	}
	if m.Readout.Kind != dsl.ReadoutLinear || m.Readout.DOut != 1 {
		p = append(p, "its readout is not `readout 1`")
	}
	if len(p) > 0 {
		return fmt.Errorf("model %s is not an in-context regression model of von Oswald et al.'s shape (see examples/icl_regression.hopf): %s", m.Name, strings.Join(p, "; "))
	}
	return nil
}

// ConstructGD returns von Oswald et al.'s weights for an in-context
// regression model with one head of width d_model (as
// examples/icl_regression.hopf): with D = d_in = dx + 1,
//
//	W_K = W_Q = [[I_dx, 0], [0, 0]]
//	W_V = [[0, 0], [W0, −1]]
//	P = w_o = [[0, 0], [0, η/(N·scale)]]
//	readout = [W0, −1]
//
// so that the query [x_q; 0] after N examples [x_j; y_j] predicts
// W1 x_q with W1 = W0 − η ∇L(W0), L(W) = 1/(2N) Σ_j (W x_j − y_j)². w0 may
// be nil (W0 = 0).
func ConstructGD(m *dsl.Model, eta float64, n int, w0 []float64) (cpu.Weights, error) {
	if err := CheckICL(m); err != nil {
		return nil, err
	}
	L := m.Layers[0]
	D := m.DModel
	dx := D - 1
	switch {
	case L.Heads != 1 || L.DHead != D || L.DValue != D:
		return nil, fmt.Errorf("the gradient-descent construction needs one head with d_head = d_value = d_model = %d; model %s has %d heads, d_head %d, d_value %d", D, m.Name, L.Heads, L.DHead, L.DValue)
	case !L.Output:
		return nil, fmt.Errorf("the gradient-descent construction needs the output projection P (output on)")
	case n < 1:
		return nil, fmt.Errorf("the gradient-descent construction needs at least one example, got N = %d", n)
	case !(eta > 0) || math.IsInf(eta, 0):
		return nil, fmt.Errorf("the step size η must be a positive number, got %g", eta)
	case L.Scale == 0:
		return nil, fmt.Errorf("the layer's scale is 0")
	}
	if w0 == nil {
		w0 = make([]float64, dx)
	}
	if len(w0) != dx {
		return nil, fmt.Errorf("W0 has %d entries, want dx = %d", len(w0), dx)
	}
	sq := func() []float32 { return make([]float32, D*D) }
	wq, wk, wv, wo := sq(), sq(), sq(), sq()
	ro := make([]float32, D)
	for i := 0; i < dx; i++ {
		wq[i*D+i], wk[i*D+i] = 1, 1
		wv[dx*D+i] = float32(w0[i])
		ro[i] = float32(w0[i])
	}
	wv[dx*D+dx], ro[dx] = -1, -1
	wo[dx*D+dx] = float32(eta / (float64(n) * L.Scale))
	dense := func(d []float32, s ...int) *tensor.Dense {
		return tensor.New(tensor.WithShape(s...), tensor.WithBacking(d))
	}
	return cpu.Weights{
		compiler.LayerWeight(0, "w_q"): dense(wq, D, D),
		compiler.LayerWeight(0, "w_k"): dense(wk, D, D),
		compiler.LayerWeight(0, "w_v"): dense(wv, D, D),
		compiler.LayerWeight(0, "w_o"): dense(wo, D, D),
		compiler.WReadout:              dense(ro, 1, D),
	}, nil
}

// ICLTasks draws B in-context regression tasks of T tokens for a model
// with d_in = dx + 1: per task w ~ N(0, I), tokens [x_j; wᵀx_j] with
// x_j ~ U(−½, ½)^dx, and the last token (the query) [x_q; 0].
func ICLTasks(dIn, B, T int, seed uint64) *tensor.Dense {
	r := rand.New(rand.NewPCG(seed, 0x1c1))
	dx := dIn - 1
	in := make([]float32, B*T*dIn)
	for b := 0; b < B; b++ {
		w := make([]float64, dx)
		for i := range w {
			w[i] = r.NormFloat64()
		}
		for t := 0; t < T; t++ {
			row := in[(b*T+t)*dIn : (b*T+t+1)*dIn]
			y := 0.0
			for i := 0; i < dx; i++ {
				row[i] = float32(r.Float64() - 0.5)
				y += w[i] * float64(row[i])
			}
			if t < T-1 {
				row[dx] = float32(y)
			}
		}
	}
	return tensor.New(tensor.WithShape(B, T, dIn), tensor.WithBacking(in))
}

// GDSeq is the gradient-step check of one sequence (one regression task).
type GDSeq struct {
	Seq int
	// W0 is the predictor before the update: the readout's x-columns.
	W0 []float64
	// Grad is ∇L(W0) for L(W) = 1/(2N) Σ_{j∈span} (W x_j − y_j)²,
	// computed by gorgonia's Grad.
	Grad []float64
	// Update is ΔW mapped into W-space: Σ_h scale · r P_h ΔW_h W_Q,h
	// restricted to the x-columns (r the readout row, P_h the head's
	// columns of w_o), the change the layer makes to the predictor
	// ŷ = W x_q.
	Update []float64
	// RelErr is ‖Update − (−η Grad)‖_F / ‖η Grad‖_F.
	RelErr float64
	// SensModel is ∂ŷ/∂x_q of the model (gorgonia Grad through the lowered
	// graph, w.r.t. the input); SensGD = W1 = W0 − η Grad, the sensitivity
	// of the GD prediction ŷ_GD = W1 x_q.
	SensModel, SensGD []float64
	Cos               float64 // cos(SensModel, SensGD)
	PredModel, PredGD float64 // ŷ at the query (last position), and W1 x_q
	Dist              float64 // |PredModel − PredGD| (the L2 distance of the 1-dimensional predictions)
}

// GDCheck is the gradient-step check over a batch of tasks.
type GDCheck struct {
	Span   Span
	N      int // examples (span length)
	Eta    float64
	Fitted bool // η was fitted: argmin_η Σ_b ‖Update_b + η Grad_b‖²
	Seqs   []GDSeq
}

// MeanRelErr, MeanCos and MeanDist average over the sequences.
func (c *GDCheck) MeanRelErr() float64 { return c.avg(func(s GDSeq) float64 { return s.RelErr }) }
func (c *GDCheck) MeanCos() float64    { return c.avg(func(s GDSeq) float64 { return s.Cos }) }
func (c *GDCheck) MeanDist() float64   { return c.avg(func(s GDSeq) float64 { return s.Dist }) }

func (c *GDCheck) avg(f func(GDSeq) float64) float64 {
	x := make([]float64, len(c.Seqs))
	for i, s := range c.Seqs {
		x[i] = f(s)
	}
	return mean(x)
}

// GradientStep compares the in-context update of an in-context regression
// model (CheckICL) with one gradient-descent step, for every sequence of
// the trace: the examples are the span's tokens [x_j; y_j], the query is
// the last token. eta ≤ 0 fits η by least squares over the batch.
func (mm *Model) GradientStep(tr *Trace, span Span, eta float64) (*GDCheck, error) {
	m := mm.M
	if err := CheckICL(m); err != nil {
		return nil, err
	}
	if err := span.Check(tr.T); err != nil {
		return nil, err
	}
	if span.B > tr.T-1 {
		return nil, fmt.Errorf("the query is the last token (position %d): the span of examples must end before it (want B ≤ %d, got span %s)", tr.T-1, tr.T-1, span)
	}
	D := m.DModel
	dx := D - 1
	L := m.Layers[0]
	lt := &tr.Layers[0]
	r := mm.weight(compiler.WReadout) // 1×D
	w0 := mat.Row(nil, 0, r)[:dx]
	// M_h = scale · r P_h (1×dv) and W_Q,h[:, :dx] (dk×dx).
	type head struct{ rp, wq *mat.Dense }
	var heads []head
	for h := 0; h < L.Heads; h++ {
		var rp mat.Dense
		rp.Mul(r, mm.headOut(L, h))
		rp.Scale(L.Scale, &rp)
		wq := mm.headRows(0, "w_q", h, L.DHead)
		heads = append(heads, head{&rp, mat.DenseCopyOf(wq.Slice(0, L.DHead, 0, dx))})
	}
	in := tr.Input.Data().([]float32)
	var err error
	c := &GDCheck{Span: span, N: span.Len(), Eta: eta}
	for b := 0; b < tr.B; b++ {
		s := GDSeq{Seq: b, W0: w0}
		u := mat.NewDense(1, dx, nil)
		for h, hd := range heads {
			var t1, t2 mat.Dense
			t1.Mul(hd.rp, spanState(lt, b, h, span))
			t2.Mul(&t1, hd.wq)
			u.Add(u, &t2)
		}
		s.Update = mat.Row(nil, 0, u)
		X := make([]float64, 0, span.Len()*dx)
		Y := make([]float64, 0, span.Len())
		for j := span.A; j < span.B; j++ {
			row := in[(b*tr.T+j)*D : (b*tr.T+j+1)*D]
			X = append(X, f64(row[:dx])...)
			Y = append(Y, float64(row[dx]))
		}
		if s.Grad, err = lossGrad(w0, X, Y); err != nil {
			return nil, err
		}
		c.Seqs = append(c.Seqs, s)
	}
	if !(eta > 0) {
		var num, den float64
		for _, s := range c.Seqs {
			num -= dot(s.Update, s.Grad)
			den += dot(s.Grad, s.Grad)
		}
		c.Eta, c.Fitted = num/math.Max(den, 1e-300), true
	}
	sens, err := mm.querySensitivity(tr.Input)
	if err != nil {
		return nil, err
	}
	for i := range c.Seqs {
		s := &c.Seqs[i]
		b := s.Seq
		var num, den float64
		s.SensGD = make([]float64, dx)
		for j := 0; j < dx; j++ {
			want := -c.Eta * s.Grad[j]
			num += (s.Update[j] - want) * (s.Update[j] - want)
			den += want * want
			s.SensGD[j] = w0[j] + want
		}
		s.RelErr = math.Sqrt(num / math.Max(den, 1e-300))
		s.SensModel = sens[b][:dx]
		s.Cos = dot(s.SensModel, s.SensGD) / math.Sqrt(dot(s.SensModel, s.SensModel)*dot(s.SensGD, s.SensGD))
		q := in[(b*tr.T+tr.T-1)*D : (b*tr.T+tr.T)*D]
		s.PredGD = dot(s.SensGD, f64(q[:dx]))
		s.PredModel = float64(tr.Output[(b*tr.T+tr.T-1)*tr.OutDim])
		s.Dist = math.Abs(s.PredModel - s.PredGD)
	}
	return c, nil
}

// querySensitivity returns, per sequence b, ∂ŷ_b/∂e_q: the gradient of the
// model's first output at the last position with respect to the input
// vector at that position, by gorgonia's Grad through the lowered graph.
func (mm *Model) querySensitivity(x *tensor.Dense) ([][]float64, error) {
	p, env, err := mm.program(x)
	if err != nil {
		return nil, err
	}
	B, T := env["B"], env["T"]
	out := p.Outputs()[0]
	os := out.Shape()
	pick := make([]float32, os.TotalSize())
	for b := 0; b < B; b++ {
		pick[(b*T+T-1)*os[2]] = 1
	}
	eg := p.ExprGraph()
	pn := G.NewTensor(eg, tensor.Float32, 3, G.WithShape(os...), G.WithName("inspect.pick"),
		G.WithValue(tensor.New(tensor.WithShape(os...), tensor.WithBacking(pick))))
	prod, err := G.HadamardProd(out, pn)
	if err != nil {
		return nil, err
	}
	loss, err := G.Sum(prod)
	if err != nil {
		return nil, err
	}
	in := p.Inputs()[0]
	if _, err := G.Grad(loss, in); err != nil {
		return nil, fmt.Errorf("differentiating the model w.r.t. its input: %w", err)
	}
	if err := G.Let(in, x); err != nil {
		return nil, err
	}
	vm := G.NewTapeMachine(eg, G.BindDualValues(in))
	defer vm.Close()
	if err := vm.RunAll(); err != nil {
		return nil, err
	}
	gv, err := in.Grad()
	if err != nil {
		return nil, err
	}
	g := gv.Data().([]float32)
	D := x.Shape()[2]
	sens := make([][]float64, B)
	for b := 0; b < B; b++ {
		sens[b] = f64(g[(b*T+T-1)*D : (b*T+T)*D])
	}
	return sens, nil
}

// lossGrad returns ∇_W L(W) at W = w0 for L(W) = 1/(2N) Σ_j (W x_j − y_j)²
// (W a row vector, held as a dx×1 column), by gorgonia's Grad on a graph
// of its own. X is N×dx row-major, Y has N entries. The graph is built per
// call: gorgonia accumulates gradients into the dual values of a reused
// machine.
func lossGrad(w0, X, Y []float64) ([]float64, error) {
	n, dx := len(Y), len(w0)
	g := G.NewGraph()
	val := func(d []float64, r, c int) G.NodeConsOpt {
		return G.WithValue(tensor.New(tensor.WithShape(r, c), tensor.WithBacking(append([]float64(nil), d...))))
	}
	w := G.NewMatrix(g, tensor.Float64, G.WithShape(dx, 1), G.WithName("W"), val(w0, dx, 1))
	Xn := G.NewMatrix(g, tensor.Float64, G.WithShape(n, dx), G.WithName("X"), val(X, n, dx))
	Yn := G.NewMatrix(g, tensor.Float64, G.WithShape(n, 1), G.WithName("Y"), val(Y, n, 1))
	pred, err := G.Mul(Xn, w)
	if err != nil {
		return nil, err
	}
	res, err := G.Sub(pred, Yn)
	if err != nil {
		return nil, err
	}
	sq, err := G.Square(res)
	if err != nil {
		return nil, err
	}
	sum, err := G.Sum(sq)
	if err != nil {
		return nil, err
	}
	loss, err := G.Mul(sum, G.NewConstant(1/(2*float64(n))))
	if err != nil {
		return nil, err
	}
	return gradOf(g, loss, w)
}

// gradOf runs g and returns the gradient of loss w.r.t. the f64 node x.
func gradOf(g *G.ExprGraph, loss, x *G.Node) ([]float64, error) {
	if _, err := G.Grad(loss, x); err != nil {
		return nil, err
	}
	vm := G.NewTapeMachine(g, G.BindDualValues(x))
	defer vm.Close()
	if err := vm.RunAll(); err != nil {
		return nil, err
	}
	gv, err := x.Grad()
	if err != nil {
		return nil, err
	}
	return append([]float64(nil), gv.Data().([]float64)...), nil
}
