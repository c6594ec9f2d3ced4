package cpu

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
	"gorgonia.org/tensor"
)

// runStage compiles src with opts and runs it on x with weights w.
func runStage(t *testing.T, src string, opts compiler.Options, w Weights, x *tensor.Dense) ([]float32, *ir.Graph) {
	t.Helper()
	m, err := dsl.Load("m.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	opts.VerifyEach = true
	g, err := compiler.Compile(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	env, err := BindDims(g, x.Shape())
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(g, w, env)
	if err != nil {
		t.Fatal(err)
	}
	out, err := p.Run(x)
	if err != nil {
		t.Fatal(err)
	}
	return out[0].Data().([]float32), g
}

func relErr32(got, want []float32) float64 {
	w := make([]float64, len(want))
	for i, v := range want {
		w[i] = float64(v)
	}
	return relErr(got, w)
}

// countFused counts the fused layer ops and checks there is one per layer.
func countFused(g *ir.Graph) int {
	n := 0
	for _, op := range g.Ops {
		if op.Name() == "fused.attention_residual" || op.Name() == "fused.dual_residual" {
			n++
		}
	}
	return n
}

// TestFusedMatchesUnfused runs every example and test model, as written
// and with its masks swapped, through the lowered graph and the fused
// graph (both targets' forms) with the same random weights: relative
// error < 1e-5.
func TestFusedMatchesUnfused(t *testing.T) {
	var models []struct{ name, src string }
	files, _ := filepath.Glob("../../examples/*.hopf")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, struct{ name, src string }{filepath.Base(f), string(src)})
	}
	models = append(models, testModels...)
	// The other mask for every model: softmax and linear causal ↔ none,
	// delta causal ↔ strict (the delta rule is causal by nature).
	for _, m := range models[:len(models):len(models)] {
		swapped := strings.NewReplacer("mask causal", "mask none", "mask none", "mask causal", "mask window 2", "mask none", "mask strict", "mask causal").Replace(m.src)
		swapped = regexpDeltaMask(swapped)
		if swapped != m.src {
			models = append(models, struct{ name, src string }{m.name + "/other-masks", swapped})
		}
	}
	for _, m := range models {
		t.Run(m.name, func(t *testing.T) {
			f := newFixture(t, m.src, 5, lowered)
			// Keep T short of the context and off any tile boundary.
			T := min(f.m.Context, 37)
			x, _ := f.input(2, T, 6)
			want, _ := runStage(t, m.src, lowered, f.w, x)
			for _, target := range []string{"cuda", "cpu"} {
				got, g := runStage(t, m.src, compiler.Options{Target: target}, f.w, x)
				if e := relErr32(got, want); e > 1e-5 || math.IsNaN(e) {
					t.Errorf("target %s: fused vs unfused relative error %.3g > 1e-5", target, e)
				}
				if n := countFused(g); n != len(f.m.Layers) {
					t.Errorf("target %s: %d fused layer ops for %d layers:\n%s", target, n, len(f.m.Layers), ir.Print(g))
				}
			}
		})
	}
}

// regexpDeltaMask gives delta blocks that now say mask none (from the
// swap above) mask strict instead, and delta blocks without a mask a
// strict one: the delta rule takes only causal or strict.
func regexpDeltaMask(src string) string {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		if strings.Contains(line, "attention delta") {
			line = strings.ReplaceAll(line, "mask none", "mask strict")
			if !strings.Contains(line, "mask ") && strings.Contains(line, "{") && strings.Contains(line, "}") {
				line = strings.Replace(line, "{", "{ mask strict;", 1)
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// TestChunkedMatchesRecurrent forces each form of linear and delta
// attention with DSL `form` and `chunk`, for chunk sizes that do and do not
// divide T, and compares with the recurrent form.
func TestChunkedMatchesRecurrent(t *testing.T) {
	for _, kind := range []string{"linear { heads 2; d_head 4; feature elu1", "delta { heads 2; d_head 4; feature l2", "delta { heads 1; d_head 8; beta 0.6; mask strict"} {
		src := func(form string) string {
			return fmt.Sprintf("model m { vocab 9; d_model 8; context 40; attention %s; %s }; unembed }", kind, form)
		}
		f := newFixture(t, src("form dual"), 8, lowered)
		for _, T := range []int{1, 7, 23} {
			x, _ := f.input(2, T, uint64(T))
			want, g := runStage(t, src("form dual"), compiler.Options{}, f.w, x)
			if !strings.Contains(ir.Print(g), "form=recurrent") {
				t.Fatalf("form dual did not give the recurrent form:\n%s", ir.Print(g))
			}
			for _, form := range []string{"form parallel", "chunk 1", "chunk 3", "chunk 5", "chunk 16", "chunk 64"} {
				got, g := runStage(t, src(form), compiler.Options{}, f.w, x)
				if form != "form parallel" && !strings.Contains(ir.Print(g), "form=chunked, chunk="+strings.TrimPrefix(form, "chunk ")) {
					t.Fatalf("%s did not give the chunked form:\n%s", form, ir.Print(g))
				}
				if e := relErr32(got, want); e > 1e-5 || math.IsNaN(e) {
					t.Errorf("%s, T=%d, %s: relative error to the recurrent form %.3g", kind, T, form, e)
				}
			}
		}
	}
}
