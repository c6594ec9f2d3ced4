package cuda

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
)

// fakeNVCC counts its calls and writes an image of the kind asked for.
type fakeNVCC struct {
	calls int
	fail  bool
	bad   bool // write garbage
	srcs  []string
}

func (f *fakeNVCC) run(nvcc, arch, kind, src, out string) error {
	f.calls++
	text, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	f.srcs = append(f.srcs, string(text))
	if f.fail {
		return errors.New("nvcc -arch=" + arch + ": error: expected a ';'")
	}
	img := []byte("\x7fELF fake cubin for " + arch)
	if kind == "ptx" {
		img = []byte(".version 7.8\n.target " + arch + "\n")
	}
	if f.bad {
		img = []byte("garbage")
	}
	return os.WriteFile(out, img, 0o644)
}

func TestCacheHitMissRebuild(t *testing.T) {
	dir := t.TempDir()
	f := &fakeNVCC{}
	c := &Compiler{NVCC: "/fake/nvcc", Dir: dir, Arch: "sm_90", run: f.run}
	src := "extern \"C\" __global__ void k(float *y) { y[0] = 1; }\n"

	a, err := c.Build(src)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hit || a.Rebuilt != "missing" || f.calls != 1 || !bytes.HasPrefix(a.Data, []byte("\x7fELF")) {
		t.Fatalf("first build: hit %v rebuilt %q calls %d", a.Hit, a.Rebuilt, f.calls)
	}
	if f.srcs[0] != src {
		t.Errorf("nvcc compiled %q", f.srcs[0])
	}
	if filepath.Dir(a.Path) != dir || !strings.HasSuffix(a.Path, "-sm_90.cubin") || !strings.HasPrefix(filepath.Base(a.Path), a.Key) {
		t.Errorf("entry %s (key %s)", a.Path, a.Key)
	}
	if _, err := os.Stat(strings.TrimSuffix(a.Path, ".cubin") + ".cu"); err != nil {
		t.Errorf("the source is not kept beside the entry: %v", err)
	}

	// Same source, same arch: a hit, nvcc not run.
	b, err := c.Build(src)
	if err != nil || !b.Hit || f.calls != 1 || !bytes.Equal(a.Data, b.Data) {
		t.Fatalf("second build: hit %v calls %d err %v", b.Hit, f.calls, err)
	}

	// A changed source misses (the stale entry is never read).
	src2 := strings.Replace(src, "= 1", "= 2", 1)
	if b, err = c.Build(src2); err != nil || b.Hit || f.calls != 2 || b.Path == a.Path {
		t.Fatalf("changed source: hit %v calls %d path %s err %v", b.Hit, f.calls, b.Path, err)
	}

	// Another arch or kind misses.
	c90 := *c
	c90.Arch = "sm_80"
	if b, err = c90.Build(src); err != nil || b.Hit || f.calls != 3 {
		t.Fatalf("other arch: hit %v calls %d err %v", b.Hit, f.calls, err)
	}
	ptx := *c
	ptx.Kind = "ptx"
	if b, err = ptx.Build(src); err != nil || b.Hit || f.calls != 4 || !strings.HasSuffix(b.Path, ".ptx") {
		t.Fatalf("ptx: hit %v calls %d err %v", b.Hit, f.calls, err)
	}
	if b, err = ptx.Build(src); err != nil || !b.Hit || f.calls != 4 {
		t.Fatalf("ptx again: hit %v calls %d err %v", b.Hit, f.calls, err)
	}

	// A truncated or foreign entry is rebuilt.
	for _, broken := range [][]byte{nil, []byte("PK\x03\x04 not a cubin")} {
		if err := os.WriteFile(a.Path, broken, 0o644); err != nil {
			t.Fatal(err)
		}
		calls := f.calls
		b, err = c.Build(src)
		if err != nil || b.Hit || f.calls != calls+1 || b.Rebuilt == "missing" || b.Rebuilt == "" {
			t.Fatalf("broken entry %q: hit %v rebuilt %q calls %d err %v", broken, b.Hit, b.Rebuilt, f.calls-calls, err)
		}
		if data, _ := os.ReadFile(a.Path); !bytes.HasPrefix(data, []byte("\x7fELF")) {
			t.Errorf("entry not replaced: %q", data)
		}
	}
	// No temporary files are left behind.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestCacheErrors(t *testing.T) {
	dir := t.TempDir()
	f := &fakeNVCC{fail: true}
	c := &Compiler{NVCC: "/fake/nvcc", Dir: dir, Arch: "sm_90", run: f.run}
	if _, err := c.Build("x"); err == nil || !strings.Contains(err.Error(), "expected a ';'") {
		t.Errorf("nvcc failure: %v", err)
	}
	if _, err := os.Stat(c.Path("x")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed build left an entry: %v", err)
	}
	f.fail, f.bad = false, true
	if _, err := c.Build("x"); err == nil || !strings.Contains(err.Error(), "not an ELF cubin") {
		t.Errorf("garbage from nvcc: %v", err)
	}
	if _, err := (&Compiler{Dir: dir, run: f.run}).Build("x"); err == nil || !strings.Contains(err.Error(), "architecture") {
		t.Errorf("no arch: %v", err)
	}
	if _, err := (&Compiler{Dir: dir, Arch: "sm_90", Kind: "fatbin", run: f.run}).Build("x"); err == nil {
		t.Error("kind fatbin accepted")
	}
	// No nvcc anywhere and a miss: the error says how to fix it.
	t.Setenv("PATH", t.TempDir())
	t.Setenv("CUDA_HOME", "")
	if _, err := (&Compiler{Dir: dir, Arch: "sm_90"}).Build("y"); err == nil || !strings.Contains(err.Error(), "nvcc is not on PATH") || !strings.Contains(err.Error(), EnvCache) {
		t.Errorf("no nvcc: %v", err)
	}
}

func TestDefaultCacheDir(t *testing.T) {
	t.Setenv(EnvCache, "/x/y")
	if d := DefaultCacheDir(); d != "/x/y" {
		t.Errorf("with %s: %s", EnvCache, d)
	}
	t.Setenv(EnvCache, "")
	t.Setenv("XDG_CACHE_HOME", "/cache")
	if d := DefaultCacheDir(); d != "/cache/hopf/cuda" {
		t.Errorf("default: %s", d)
	}
}

// TestSourceIsStable: the module source of a program depends on its
// kernels, not on B and T when the kernels do not (they take B and T as
// scalars), so one cache entry serves every shape.
func TestSourceIsStable(t *testing.T) {
	m, err := LoadModel(filepath.Join(root, "examples/induction.hopf"))
	if err != nil {
		t.Fatal(err)
	}
	p1, _ := CompileModel(m, 2, 17, false, CheckArch)
	p2, _ := CompileModel(m, 4, 256, false, CheckArch)
	if Source(p1) != Source(p2) {
		t.Error("induction's module source changes with B and T")
	}
	c := Compiler{Arch: "sm_90"}
	if c.Key(Source(p1)) == (&Compiler{Arch: "sm_80"}).Key(Source(p1)) {
		t.Error("the key ignores the arch")
	}
}

// TestNVCCBuildsBenchModules compiles the kernel benchmarks' modules (the
// f16 attention at d 64 and 128, the f32 delta rule at d 64, which no
// example has) as cubins for sm_90 with the real nvcc where it is
// installed, through the cache. The examples' kernels are compiled by
// codegen's golden test; scripts/device/build.sh compiles every module
// the GPU host loads into the cache it ships.
func TestNVCCBuildsBenchModules(t *testing.T) {
	nvcc := codegen.NVCC()
	if nvcc == "" {
		t.Skip("nvcc not found on PATH or under $CUDA_HOME (scripts/install-cuda-toolkit.sh installs it)")
	}
	if testing.Short() {
		t.Skip("runs nvcc")
	}
	dir := t.TempDir()
	type mod struct{ name, arch string }
	srcs := map[string]mod{}
	for _, kb := range KernelBenches() {
		p, _, err := kb.Program()
		if err != nil {
			t.Fatal(err)
		}
		arch, err := ModuleArch(p, "sm_90")
		if err != nil {
			t.Fatal(err)
		}
		srcs[Source(p)] = mod{kb.Name, arch}
	}
	for _, dtype := range []string{"f16", "bf16"} {
		p, err := WgmmaProbe(dtype)
		if err != nil {
			t.Fatal(err)
		}
		arch, err := ModuleArch(p, "sm_90")
		if err != nil {
			t.Fatal(err)
		}
		srcs[Source(p)] = mod{"wgmma probe " + dtype, arch}
	}
	// In parallel (the cache writes atomically): ~46 modules, 1–2 s of nvcc
	// each, inside the device check's time limit.
	t.Run("modules", func(t *testing.T) {
		for src, m := range srcs {
			t.Run(m.name, func(t *testing.T) {
				t.Parallel()
				if err := codegen.CanBuild(nvcc, m.arch); err != nil {
					if os.Getenv("CI") != "" { // .ci/run installs the ptxas
						t.Fatal(err)
					}
					t.Skipf("not built: %v", err)
				}
				c := &Compiler{NVCC: nvcc, Dir: dir, Arch: m.arch}
				a, err := c.Build(src)
				if err != nil {
					t.Fatal(err)
				}
				if a.Hit {
					t.Error("hit in an empty cache")
				}
				if b, err := c.Build(src); err != nil || !b.Hit {
					t.Errorf("second build: hit %v err %v", b != nil && b.Hit, err)
				}
			})
		}
	})
	t.Logf("%d distinct modules compiled with %s", len(srcs), nvcc)
}
