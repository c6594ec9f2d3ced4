package ir

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdataFiles lists every hand-written IR file, so that a file added to
// testdata/ is covered without touching the tests.
func testdataFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.ir"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.ir files")
	}
	return files
}

// TestRoundTrip parses every testdata/*.ir file, prints it back and expects
// the input byte for byte (the files are written as the printer writes
// them), and expects the graph to verify without unknown types.
func TestRoundTrip(t *testing.T) {
	for _, file := range testdataFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			g, err := Parse(file, string(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := Print(g); got != string(src) {
				t.Errorf("Print(Parse(%s)) differs from the file:\n%s", file, lineDiff(string(src), got))
			}
			if err := Verify(g, VerifyOptions{}); err != nil {
				t.Errorf("Verify: %v", err)
			}
			// Inference must agree with the types written in the file.
			if changed, err := Infer(g); err != nil || changed {
				t.Errorf("Infer = %v, %v; want false, nil (the file's types are the inferred ones)", changed, err)
			}
		})
	}
}

// TestTestdataCoverage checks that the testdata files together use every op
// in the table and the features the files are meant to cover, so that a
// file edited later does not silently drop them.
func TestTestdataCoverage(t *testing.T) {
	var all strings.Builder
	used := map[string]bool{}
	results := 0
	// features the new passes brought, found in the parsed graphs.
	feature := map[string]bool{}
	want := []string{
		"derived weight", "four-part derived weight", "op with several positions",
		"op with three positions", "memory plan", "memory plan of an f16 graph",
		"two-result op", "f16 graph with an f32 state", "split_heads offset/width",
		"mix form", "mix form=parallel", "delta_rule form=chunked with chunk",
		"delta_rule form=recurrent", "dual.delta_update beta operand",
		"dual.delta_update beta attribute", "fused.attention kind=linear",
		"fused.attention_residual without w_o", "fused.dual_residual without w_o",
		"fused.dual_residual with learned beta", "fused.dual_residual with constant beta",
	}
	for _, file := range testdataFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(src)
		g, err := Parse(file, string(src))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		f16 := false
		for _, w := range g.Weights {
			f16 = f16 || w.Type.Elem == F16
			if w.Derived() {
				feature["derived weight"] = true
				feature["four-part derived weight"] = feature["four-part derived weight"] || len(w.Concat) == 4
			}
		}
		if g.Memory != nil {
			feature["memory plan"] = true
			feature["memory plan of an f16 graph"] = feature["memory plan of an f16 graph"] || f16
		}
		for _, op := range g.Ops {
			used[op.Name()] = true
			_, hasBeta := op.Attrs["beta"]
			_, hasForm := op.Attrs["form"]
			has := func(name string, ok bool) {
				if ok {
					feature[name] = true
				}
			}
			has("op with several positions", len(op.Also) >= 1)
			has("op with three positions", len(op.Also) >= 2)
			has("two-result op", len(op.Results) == 2)
			has("f16 graph with an f32 state", len(op.Results) == 2 && op.Results[0].Type.Elem == F16 && op.Results[1].Type.Elem == F32)
			switch op.Name() {
			case "split_heads":
				has("split_heads offset/width", op.Attrs["offset"] != nil && op.Attrs["width"] != nil)
			case "mix":
				has("mix form", hasForm)
				has("mix form=parallel", op.Str("form", "") == "parallel")
			case "delta_rule":
				has("delta_rule form=chunked with chunk", op.Str("form", "") == "chunked" && op.Int("chunk", 0) > 0)
				has("delta_rule form=recurrent", op.Str("form", "") == "recurrent")
			case "dual.delta_update":
				has("dual.delta_update beta operand", len(op.Args) == 4)
				has("dual.delta_update beta attribute", hasBeta)
			case "fused.attention":
				has("fused.attention kind=linear", op.Str("kind", "") == "linear")
			case "fused.attention_residual":
				has("fused.attention_residual without w_o", len(op.Weights) == 0)
			case "fused.dual_residual":
				has("fused.dual_residual without w_o", len(op.Weights) == 0)
				has("fused.dual_residual with learned beta", op.Str("kind", "") == "delta" && !hasBeta)
				has("fused.dual_residual with constant beta", hasBeta)
			}
		}
		if len(g.Results) > results {
			results = len(g.Results)
		}
	}
	for _, d := range Ops() {
		if !used[d.Name] {
			t.Errorf("no testdata file uses op %s", d.Name)
		}
	}
	for _, f := range want {
		if !feature[f] {
			t.Errorf("no testdata file has a %s", f)
		}
	}
	if results < 2 {
		t.Errorf("no testdata graph returns more than one result")
	}
	for _, want := range []string{
		"kind=causal", "kind=window, window=", "kind=strict, fill=zero", "fill=neg_inf",
		"map=elu1", "scale=0.17677669529663687", "eps=1e-05", "scale=1.0", "beta=0.5",
		": f32[B,T,11]", "i32[B,T]", "bf16[", ") -> (",
		" = concat @", "\nmemory {B=1, T=", "  // 2.00 KiB\n", "  // 24.00 KiB\n",
		"kind=softmax, mask=window, window=8", "form=recurrent", "chunk=16",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no testdata file contains %q", want)
		}
	}
}

// lineDiff shows the first differing line of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}
