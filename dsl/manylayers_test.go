package dsl_test

import (
	"fmt"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

// manyLayers is a model of n attention layers, the shape of file that made
// `hopf check` quadratic in the number of layers.
func manyLayers(n int) []byte {
	return fmt.Appendf(nil, "model m { vocab 8; d_model 16; context 8; repeat %d { attention softmax { heads 2; d_head 8 } }; unembed }\n", n)
}

// checkModel does what `hopf check` does: load, lower, run the lowering
// pipeline with verification after each pass.
func checkModel(tb testing.TB, src []byte) (*dsl.Model, *ir.Graph) {
	tb.Helper()
	m, err := dsl.Load("many.hopf", src)
	if err != nil {
		tb.Fatal(err)
	}
	last, ok := compiler.StageEnd("lowered")
	if !ok {
		tb.Fatal("no stage \"lowered\"")
	}
	g, err := compiler.Compile(m, compiler.Options{StopAfter: last, VerifyEach: true})
	if err != nil {
		tb.Fatal(err)
	}
	return m, g
}

// BenchmarkCheckManyLayers checks models of growing depth. The time per
// layer (ns/layer) should stay about flat from one size to the next; a
// lookup or name check that scans the graph makes it grow with n.
func BenchmarkCheckManyLayers(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		src := manyLayers(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				checkModel(b, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/layer")
		})
	}
}

// TestCheckManyLayers runs the benchmark's path once, so that it keeps
// working without -bench, and checks that every weight of the lowered
// graph is found by name.
func TestCheckManyLayers(t *testing.T) {
	const n = 2000
	m, g := checkModel(t, manyLayers(n))
	if len(m.Layers) != n {
		t.Fatalf("%d layers, want %d", len(m.Layers), n)
	}
	if len(g.Weights) < 4*n {
		t.Fatalf("%d weights, want at least %d", len(g.Weights), 4*n)
	}
	for _, w := range g.Weights {
		if g.Weight(w.Name) != w {
			t.Fatalf("Weight(%q) does not find it", w.Name)
		}
	}
	if g.Weight("L2000.w_q") != nil || g.Weight(fmt.Sprintf("L%d.w_q", n-1)) == nil {
		t.Error("lookup of a missing or the last layer's weight is wrong")
	}
}
