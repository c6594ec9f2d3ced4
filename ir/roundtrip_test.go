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
		for _, op := range g.Ops {
			used[op.Name()] = true
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
	if results < 2 {
		t.Errorf("no testdata graph returns more than one result")
	}
	for _, want := range []string{
		"kind=causal", "kind=window, window=", "kind=strict, fill=zero", "fill=neg_inf",
		"map=elu1", "scale=0.17677669529663687", "eps=1e-05", "scale=1.0", "beta=0.5",
		": f32[B,T,11]", "i32[B,T]", "bf16[", ") -> (",
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
