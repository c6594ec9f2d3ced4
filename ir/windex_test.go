package ir

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// manyWeights builds a graph of n layers of two weights read by three ops
// each, the way lowering declares them: a weight is looked up (a miss)
// before it is declared, and again (a hit) by a later op that reads it.
func manyWeights(n int) *Graph {
	b := NewBuilder("many")
	x := b.Param("x", T(F32, S("B"), C(4)))
	for i := range n {
		for _, s := range []string{"w_q", "w_k", "w_q"} {
			w := b.Weight(fmt.Sprintf("L%d.%s", i, s), T(F32, C(4), C(4)))
			x = b.Op("linear", "h", []*Value{x}, []*Weight{w}, nil)
		}
	}
	return b.Return(x)
}

// TestGraphWeightIndex: Weight answers as a scan of g.Weights would, after
// each way code edits g.Weights directly (the compiler filters it in place
// and inserts into it; tests rename and overwrite weights).
func TestGraphWeightIndex(t *testing.T) {
	g := manyWeights(50)
	if len(g.Weights) != 100 {
		t.Fatalf("%d weights, want 100", len(g.Weights))
	}
	scan := func(name string) *Weight {
		for _, w := range g.Weights {
			if w != nil && w.Name == name {
				return w
			}
		}
		return nil
	}
	check := func(step string, names ...string) {
		t.Helper()
		for _, w := range g.Weights {
			if w != nil {
				names = append(names, w.Name)
			}
		}
		for _, name := range names {
			if got, want := g.Weight(name), scan(name); got != want {
				t.Errorf("%s: Weight(%q) = %p, want %p", step, name, got, want)
			}
		}
	}
	check("built", "L0.w_v", "nope", "")

	// Removal in place, as dce does: same backing array, shorter.
	ws := g.Weights[:0]
	for i, w := range g.Weights {
		if i%3 != 0 {
			ws = append(ws, w)
		}
	}
	g.Weights = ws
	check("filtered", "L0.w_q", "L1.w_k", "L3.w_q")

	// Insertion after a weight, as qkv fusion does.
	fused := &Weight{Name: "L4.w_qkv", Type: T(F32, C(8), C(4)), Concat: []*Weight{g.Weights[1], g.Weights[2]}}
	g.Weights = slices.Insert(g.Weights, 3, fused)
	check("inserted", "L4.w_qkv")

	// A rename in place: the old name is gone, the new one found, without
	// the slice changing at all.
	w := g.Weights[5]
	old := w.Name
	g.Weight(old) // make sure the index is fresh and holds old
	w.Name = "renamed"
	check("renamed", old, "renamed")
	w.Name = "again"
	if g.Weight("again") != w || g.Weight("renamed") != nil || g.Weight(old) != nil {
		t.Errorf("second rename: not found as %q", w.Name)
	}

	// An element overwritten, same length and array.
	other := &Weight{Name: "other", Type: T(F32, C(4))}
	prev := g.Weights[7]
	g.Weights[7] = other
	check("overwritten", prev.Name, "other")
	same := &Weight{Name: g.Weights[8].Name, Type: T(F32, C(4))}
	g.Weights[8] = same // same name, another weight
	check("replaced")

	// A nil entry (the verifier reports it) does not break lookups.
	g.Weights[9] = nil
	check("nil entry")

	// Appends, until the array is reallocated; and emptied.
	for i := range 40 {
		g.Weights = append(g.Weights, &Weight{Name: fmt.Sprint("new", i), Type: T(F32, C(1))})
		check(fmt.Sprint("append ", i))
	}
	g.Weights = nil
	check("emptied", "new0", "L1.w_k")
}

// TestBuilderWeightAfterReturn: a builder used again after Return, its
// graph edited meanwhile, still declares each weight once.
func TestBuilderWeightAfterReturn(t *testing.T) {
	b := NewBuilder("g")
	a := b.Weight("a", T(F32, C(4)))
	g := b.Return()
	g.Weights = append(g.Weights, &Weight{Name: "c", Type: T(F32, C(4))})
	if w := b.Weight("c", T(F32, C(4))); w != g.Weights[1] || len(g.Weights) != 2 {
		t.Errorf("Weight(c) after an append: %p, %d weights", w, len(g.Weights))
	}
	a.Name = "b"
	if w := b.Weight("b", T(F32, C(4))); w != a || len(g.Weights) != 2 {
		t.Errorf("Weight(b) after a rename: %p, %d weights", w, len(g.Weights))
	}
	if w := b.Weight("a", T(F32, C(4))); w == a || w.Name != "a" || len(g.Weights) != 3 {
		t.Errorf("Weight(a) after a rename: %v, %d weights", w, len(g.Weights))
	}
}

// TestGraphWeightConcurrent: lookups from several goroutines on a graph
// none of them modifies (go test -race checks the index's updates).
func TestGraphWeightConcurrent(t *testing.T) {
	g := manyWeights(20)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, w := range g.Weights {
				if g.Weight(w.Name) != w {
					t.Errorf("Weight(%q) wrong", w.Name)
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkBuildManyWeights builds graphs of growing size: ns/weight should
// stay about flat; it grew linearly when declaring a weight scanned the
// ones declared before it.
func BenchmarkBuildManyWeights(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				g := manyWeights(n / 2)
				for _, w := range g.Weights {
					if g.Weight(w.Name) != w {
						b.Fatal("lookup failed")
					}
				}
				if err := Verify(g, VerifyOptions{AllowUnknownTypes: true}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/weight")
		})
	}
}
