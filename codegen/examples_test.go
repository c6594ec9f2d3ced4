package codegen

import (
	"flag"
	"github.com/hopf-ml/hopf/codegen/kir"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

var update = flag.Bool("update", false, "rewrite golden files")

// exampleGraph compiles an example (path from this directory) to its
// fused graph for target cuda at B=1 and T (0: the context), its
// positions named from the repository root.
func exampleGraph(t *testing.T, path string, T int) *ir.Graph {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := dsl.Load(strings.TrimPrefix(path, "../"), src)
	if err != nil {
		t.Fatal(err)
	}
	g, err := compiler.Compile(m, compiler.Options{Target: "cuda", Len: T})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// exampleCU compiles an example (target cuda, B=1, T=context) and renders
// its kernels as `hopf compile` does.
func exampleCU(t *testing.T, path string) (string, []*kir.Kernel) {
	t.Helper()
	name := strings.TrimPrefix(path, "../")
	p, err := Compile(exampleGraph(t, path, 0))
	if err != nil {
		t.Fatal(err)
	}
	return cuda.CUDA.File("hopf generated kernels for "+name, p.Kernels), p.Kernels
}

// TestGoldenKernels keeps the generated CUDA of every example in
// testdata/golden/<name>.cu, so codegen changes show in review
// (go test ./codegen -update rewrites them), and compiles each with
// nvcc -arch=sm_90 where nvcc is installed: no kernel may spill registers
// to local memory, and every block must fit on an SM.
func TestGoldenKernels(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.hopf")
	if len(files) < 4 {
		t.Fatalf("found %d examples", len(files))
	}
	nvcc := NVCC()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".hopf")
		t.Run(name, func(t *testing.T) {
			got, kernels := exampleCU(t, f)
			path := filepath.Join("testdata", "golden", name+".cu")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./codegen -update creates it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the generated kernels (go test ./codegen -update rewrites it after an intended change)", path)
			}
			if nvcc == "" {
				t.Skip("nvcc not found on PATH or under $CUDA_HOME: kernels not compiled (scripts/install-cuda-toolkit.sh installs it)")
			}
			rs, err := CompileCubin(nvcc, "sm_90", path, filepath.Join(t.TempDir(), name+".cubin"))
			if err != nil {
				t.Fatal(err)
			}
			reps, err := Report(kernels, rs, "sm_90")
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range reps {
				if p := r.Problem(); p != "" {
					t.Errorf("kernel %s (%d threads, %d registers, %d bytes shared): %s", r.Kernel, r.Threads, r.Registers, r.Shared, p)
				}
			}
		})
	}
}
