package compiler

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

var update = flag.Bool("update", false, "rewrite golden files")

// examples returns the model files under examples/.
func examples(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../examples/*.hopf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	return files
}

func loadExample(t *testing.T, path string) *dsl.Model {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Positions are printed relative to the repository root, as a user
	// running hopf there would see them.
	m, err := dsl.Load(strings.TrimPrefix(path, "../"), src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./compiler -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./compiler -update rewrites it):\n%s", path, diff(string(want), got))
	}
}

// diff shows the first differing lines.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + a + "\n  got:  " + b
		}
	}
	return "(no line differs)"
}

// TestGoldenLowered checks the lowered IR of every example against
// testdata/golden/<name>.lowered.ir.
func TestGoldenLowered(t *testing.T) {
	for _, f := range examples(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".hopf")
		t.Run(name, func(t *testing.T) {
			m := loadExample(t, f)
			last, _ := StageEnd("lowered")
			g, err := Compile(m, Options{StopAfter: last, VerifyEach: true})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "golden", name+".lowered.ir"), ir.Print(g))
		})
	}
}

// TestGoldenFused checks the fused IR of every example (target cuda, the
// memory plan for B=1 and T=context) against
// testdata/golden/<name>.fused.ir, and that each layer became one fused op.
func TestGoldenFused(t *testing.T) {
	for _, f := range examples(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".hopf")
		t.Run(name, func(t *testing.T) {
			m := loadExample(t, f)
			g, err := Compile(m, Options{VerifyEach: true})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, op := range g.Ops {
				if op.Name() == "fused.attention_residual" || op.Name() == "fused.dual_residual" {
					n++
				}
			}
			if n != len(m.Layers) {
				t.Errorf("%d fused layer ops for %d layers", n, len(m.Layers))
			}
			golden(t, filepath.Join("testdata", "golden", name+".fused.ir"), ir.Print(g))
		})
	}
}

// TestGoldenParsed checks the canonical DSL form of every example.
func TestGoldenParsed(t *testing.T) {
	for _, f := range examples(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".hopf")
		t.Run(name, func(t *testing.T) {
			golden(t, filepath.Join("testdata", "golden", name+".parsed.hopf"), dsl.Format(loadExample(t, f)))
		})
	}
}

// TestGoldenRoundTrip parses every golden IR file, prints it again and
// expects the same text, and verifies it.
func TestGoldenRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.ir"))
	if len(files) == 0 {
		t.Fatal("no golden IR files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			g, err := ir.Parse(f, string(src))
			if err != nil {
				t.Fatal(err)
			}
			if err := ir.Verify(g, ir.VerifyOptions{}); err != nil {
				t.Fatal(err)
			}
			if got := ir.Print(g); got != string(src) {
				t.Errorf("print(parse(%s)) differs:\n%s", f, diff(string(src), got))
			}
		})
	}
}
