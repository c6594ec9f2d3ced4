package train

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// refCE is the f64 reference of the cross-entropy, written from the
// definition −log(exp(x_t) / Σ_i exp(x_i)) = log Σ_i exp(x_i − x_t): no
// shared code with CrossEntropyRows. Rows must keep x_i − x_t < 700.
func refCE(logits []float64, targets []int, V int) float64 {
	total, n := 0.0, 0
	for r, t := range targets {
		if t < 0 {
			continue
		}
		s := 0.0
		for i := 0; i < V; i++ {
			s += math.Exp(logits[r*V+i] - logits[r*V+t])
		}
		total += math.Log(s)
		n++
	}
	if n == 0 {
		return 0
	}
	return total / float64(n)
}

// refMSE is the f64 reference of the weighted mean squared error.
func refMSE(p, y, w []float64, K int) float64 {
	num, den := 0.0, 0.0
	for r := range w {
		for k := 0; k < K; k++ {
			d := p[r*K+k] - y[r*K+k]
			num += w[r] * d * d
		}
		den += w[r] * float64(K)
	}
	if den == 0 {
		return 0
	}
	return num / den
}

func f32s(x []float64) []float32 {
	o := make([]float32, len(x))
	for i, v := range x {
		o[i] = float32(v)
	}
	return o
}

func f64s(x []float32) []float64 {
	o := make([]float64, len(x))
	for i, v := range x {
		o[i] = float64(v)
	}
	return o
}

// runLoss builds loss(x) on a gorgonia graph, differentiates it with
// respect to x and returns the loss and ∂loss/∂x.
func runLoss(t *testing.T, shape []int, x []float32, build func(g *G.ExprGraph, x *G.Node) (*G.Node, error)) (float64, []float32, error) {
	t.Helper()
	g := G.NewGraph()
	xn := G.NewTensor(g, tensor.Float32, len(shape), G.WithShape(shape...), G.WithName("x"), G.WithValue(tensor.New(tensor.WithShape(shape...), tensor.WithBacking(x))))
	loss, err := build(g, xn)
	if err != nil {
		t.Fatal(err)
	}
	grads, err := G.Grad(loss, xn)
	if err != nil {
		t.Fatal(err)
	}
	vm := G.NewTapeMachine(g)
	defer vm.Close()
	if err := vm.RunAll(); err != nil {
		return 0, nil, err
	}
	l, err := scalarOf(loss.Value())
	if err != nil {
		t.Fatal(err)
	}
	return l, append([]float32(nil), grads[0].Value().Data().([]float32)...), nil
}

func TestSoftmaxCrossEntropy(t *testing.T) {
	const V = 7
	r := rand.New(rand.NewPCG(1, 2))
	normal := func(n int, mean, std float64) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = mean + std*r.NormFloat64()
		}
		return x
	}
	cases := []struct {
		name    string
		rows    []int // leading shape
		logits  []float64
		targets []int
	}{
		{"random", []int{2, 3}, normal(6*V, 0, 2), []int{0, 6, 3, 2, 5, 1}},
		{"ignored rows", []int{4}, normal(4*V, 0, 1), []int{-1, 3, -1, 4}},
		{"all ignored", []int{2}, normal(2*V, 0, 1), []int{-1, -1}},
		// Large logits: exp overflows without the per-row shift.
		{"large", []int{2}, normal(2*V, 1e4, 3), []int{1, 5}},
		// Rows of very different scale: a softmax seeding every row's max
		// with the tensor's first element (gorgonia.org/tensor's float32
		// softmax) gives 0/0 on the second row.
		{"mixed scales", []int{2}, append(normal(V, 3e4, 1), normal(V, -3e4, 1)...), []int{2, 4}},
		// Masked entries (−∞) that are not the target.
		{"masked", []int{2}, func() []float64 {
			x := normal(2*V, 0, 1)
			x[0], x[3], x[V+6] = math.Inf(-1), math.Inf(-1), math.Inf(-1)
			return x
		}(), []int{1, 0}},
		{"confident and wrong", []int{1}, []float64{0, 80, 0, 0, 0, 0, 0}, []int{0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := len(c.targets)
			tg := make([]int32, n)
			for i, v := range c.targets {
				tg[i] = int32(v)
			}
			shape := append(append([]int(nil), c.rows...), V)
			x := f32s(c.logits)
			x64 := f64s(x)
			got, grad, err := runLoss(t, shape, x, func(g *G.ExprGraph, xn *G.Node) (*G.Node, error) {
				tn := G.NewTensor(g, tensor.Int32, len(c.rows), G.WithShape(c.rows...), G.WithName("t"), G.WithValue(tensor.New(tensor.WithShape(c.rows...), tensor.WithBacking(tg))))
				return SoftmaxCrossEntropy(xn, tn)
			})
			if err != nil {
				t.Fatal(err)
			}
			want := refCE(x64, c.targets, V)
			if math.IsNaN(got) || math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
				t.Errorf("loss %.9g, want %.9g", got, want)
			}
			// Analytic gradient in f64: (softmax − onehot)/count.
			count := 0
			for _, v := range c.targets {
				if v >= 0 {
					count++
				}
			}
			for row, tv := range c.targets {
				for i := 0; i < V; i++ {
					w := 0.0
					if tv >= 0 {
						s := 0.0
						for j := 0; j < V; j++ {
							s += math.Exp(x64[row*V+j] - x64[row*V+i])
						}
						w = 1 / s
						if i == tv {
							w--
						}
						w /= float64(count)
					}
					if g := float64(grad[row*V+i]); math.IsNaN(g) || math.Abs(g-w) > 1e-6 {
						t.Errorf("∂/∂x[%d,%d] = %.9g, want %.9g", row, i, g, w)
					}
				}
			}
			// Central finite differences of the f64 reference, on finite entries.
			for k := 0; k < 8; k++ {
				i := r.IntN(len(x64))
				if math.IsInf(x64[i], 0) {
					continue
				}
				const h = 1e-4
				o := x64[i]
				x64[i] = o + h
				lp := refCE(x64, c.targets, V)
				x64[i] = o - h
				lm := refCE(x64, c.targets, V)
				x64[i] = o
				fd := (lp - lm) / (2 * h)
				if math.Abs(float64(grad[i])-fd) > 1e-5 {
					t.Errorf("∂/∂x[%d] = %.7g, finite differences %.7g", i, grad[i], fd)
				}
			}
		})
	}
}

func TestSoftmaxCrossEntropyErrors(t *testing.T) {
	g := G.NewGraph()
	x := G.NewTensor(g, tensor.Float32, 2, G.WithShape(2, 3), G.WithName("x"), G.WithValue(tensor.New(tensor.WithShape(2, 3), tensor.Of(tensor.Float32))))
	bad := G.NewTensor(g, tensor.Int32, 1, G.WithShape(3), G.WithName("bad"))
	if _, err := SoftmaxCrossEntropy(x, bad); err == nil {
		t.Error("targets [3] for logits [2,3]: want an error")
	}
	// A target outside the vocabulary is a run-time error, not a panic.
	g = G.NewGraph()
	x = G.NewTensor(g, tensor.Float32, 2, G.WithShape(2, 3), G.WithName("x"), G.WithValue(tensor.New(tensor.WithShape(2, 3), tensor.Of(tensor.Float32))))
	tn := G.NewTensor(g, tensor.Int32, 1, G.WithShape(2), G.WithName("t"), G.WithValue(tensor.New(tensor.WithShape(2), tensor.WithBacking([]int32{1, 3}))))
	if _, err := SoftmaxCrossEntropy(x, tn); err != nil {
		t.Fatal(err)
	}
	vm := G.NewTapeMachine(g)
	defer vm.Close()
	err := vm.RunAll()
	if err == nil || !strings.Contains(err.Error(), "target 3 in row 1 is outside the vocabulary [0, 3)") {
		t.Errorf("target 3 with V=3: got %v", err)
	}
}

func TestMeanSquaredError(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	normal := func(n int) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = r.NormFloat64()
		}
		return x
	}
	cases := []struct {
		name string
		rows []int
		K    int
		w    []float64
	}{
		{"every row", []int{2, 3}, 1, []float64{1, 1, 1, 1, 1, 1}},
		{"query rows only", []int{2, 3}, 1, []float64{0, 0, 1, 0, 0, 1}},
		{"weighted, K=3", []int{4}, 3, []float64{0.5, 2, 0, 1}},
		{"no row", []int{2}, 2, []float64{0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := len(c.w) * c.K
			shape := append(append([]int(nil), c.rows...), c.K)
			p := f32s(normal(n))
			y := f32s(normal(n))
			w := f32s(c.w)
			p64, y64 := f64s(p), f64s(y)
			got, grad, err := runLoss(t, shape, p, func(g *G.ExprGraph, pn *G.Node) (*G.Node, error) {
				yn := G.NewTensor(g, tensor.Float32, len(shape), G.WithShape(shape...), G.WithName("y"), G.WithValue(tensor.New(tensor.WithShape(shape...), tensor.WithBacking(y))))
				wn := G.NewTensor(g, tensor.Float32, len(c.rows), G.WithShape(c.rows...), G.WithName("w"), G.WithValue(tensor.New(tensor.WithShape(c.rows...), tensor.WithBacking(w))))
				return MeanSquaredError(pn, yn, wn)
			})
			if err != nil {
				t.Fatal(err)
			}
			want := refMSE(p64, y64, c.w, c.K)
			if math.Abs(got-want) > 1e-6*math.Max(1, want) {
				t.Errorf("loss %.9g, want %.9g", got, want)
			}
			for i := range p64 {
				const h = 1e-4
				o := p64[i]
				p64[i] = o + h
				lp := refMSE(p64, y64, c.w, c.K)
				p64[i] = o - h
				lm := refMSE(p64, y64, c.w, c.K)
				p64[i] = o
				fd := (lp - lm) / (2 * h)
				if math.Abs(float64(grad[i])-fd) > 1e-5 {
					t.Errorf("∂/∂p[%d] = %.7g, finite differences %.7g", i, grad[i], fd)
				}
			}
		})
	}
	g := G.NewGraph()
	a := G.NewTensor(g, tensor.Float32, 2, G.WithShape(2, 3), G.WithName("a"))
	b := G.NewTensor(g, tensor.Float32, 2, G.WithShape(2, 2), G.WithName("b"))
	wn := G.NewTensor(g, tensor.Float32, 1, G.WithShape(2), G.WithName("w"))
	if _, err := MeanSquaredError(a, b, wn); err == nil {
		t.Error("pred [2,3], target [2,2]: want an error")
	}
}
