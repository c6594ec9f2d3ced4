package cuda

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/hopf-ml/hopf/codegen"
	cudarender "github.com/hopf-ml/hopf/codegen/cuda"
)

// EnvCache overrides the module cache directory.
const EnvCache = "HOPF_CUDA_CACHE"

// DefaultCacheDir is $HOPF_CUDA_CACHE, else hopf/cuda under the user's
// cache directory ($XDG_CACHE_HOME or ~/.cache), else under the temporary
// directory.
func DefaultCacheDir() string {
	if d := os.Getenv(EnvCache); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "hopf", "cuda")
	}
	return filepath.Join(os.TempDir(), "hopf-cuda-cache")
}

// Source is the CUDA C of a program's kernels as the backend compiles it:
// codegen/cuda's rendering with a header that names the graph only, so
// that programs with the same kernels share a cache entry.
func Source(p *codegen.Program) string {
	header := fmt.Sprintf("hopf generated kernels for graph @%s (runtime/cuda module).\nDo not edit: generated from the launch plan.", p.Graph)
	return cudarender.CUDA.File(header, p.Kernels)
}

// ModuleArch is the architecture p's module is built for on a device of
// architecture device ("sm_90"): codegen.TargetArch of its kernels, the
// error prefixed "cuda:".
func ModuleArch(p *codegen.Program, device string) (string, error) {
	a, err := codegen.TargetArch(p.Kernels, device)
	if err != nil {
		return "", fmt.Errorf("cuda: %v", err)
	}
	return a, nil
}

// Compiler turns CUDA C into a module image with nvcc, caching the result
// by content: the file name is a hash of the source, the architecture and
// the kind, so a changed kernels.cu (or another arch) misses and is
// rebuilt, and an unchanged one is loaded without running nvcc. An entry
// that is empty or does not look like its kind (truncated by a crash) is
// rebuilt too. Entries are written to a temporary file and renamed, so
// concurrent processes never read half an entry.
type Compiler struct {
	NVCC string // nvcc to run on a miss; "" finds it (PATH, $CUDA_HOME/bin)
	Dir  string // cache directory; "" is DefaultCacheDir()
	Arch string // e.g. "sm_90"; required
	Kind string // "cubin" (default: machine code for Arch, no JIT at load) or "ptx"

	// run compiles src to out; nil is codegen.RunNVCC (tests replace it).
	run func(nvcc, arch, kind, src, out string) error
}

// Artifact is a compiled module image.
type Artifact struct {
	Path    string        // the cache entry
	Key     string        // the content hash (hex)
	Data    []byte        // the image: cubin (ELF) or PTX text
	Hit     bool          // loaded from the cache without running nvcc
	Rebuilt string        // on a miss: why ("missing", or what was wrong with the entry)
	Took    time.Duration // nvcc's time on a miss
}

func (c *Compiler) kind() string {
	if c.Kind == "" {
		return "cubin"
	}
	return c.Kind
}

// Key is the cache key of src: sha256 over the source, the architecture
// and the kind.
func (c *Compiler) Key(src string) string {
	h := sha256.New()
	fmt.Fprintf(h, "hopf-cuda-module v1\x00%s\x00%s\x00", c.Arch, c.kind())
	h.Write([]byte(src))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Path is the cache entry of src.
func (c *Compiler) Path(src string) string {
	dir := c.Dir
	if dir == "" {
		dir = DefaultCacheDir()
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%s.%s", c.Key(src), c.Arch, c.kind()))
}

// validImage says what is wrong with a module image of kind, or "".
func validImage(kind string, data []byte) string {
	switch {
	case len(data) == 0:
		return "empty"
	case kind == "cubin" && !bytes.HasPrefix(data, []byte("\x7fELF")):
		return "not an ELF cubin"
	case kind == "ptx" && !bytes.Contains(data, []byte(".target")):
		return "not PTX (no .target)"
	}
	return ""
}

// Build returns the module image of src, from the cache or from nvcc.
func (c *Compiler) Build(src string) (*Artifact, error) {
	kind := c.kind()
	if kind != "cubin" && kind != "ptx" {
		return nil, fmt.Errorf("cuda: module kind %q, want cubin or ptx", kind)
	}
	if c.Arch == "" {
		return nil, errors.New("cuda: no GPU architecture for nvcc (e.g. sm_90)")
	}
	a := &Artifact{Path: c.Path(src), Key: c.Key(src)}
	data, err := os.ReadFile(a.Path)
	switch {
	case err == nil:
		if a.Rebuilt = validImage(kind, data); a.Rebuilt == "" {
			a.Data, a.Hit = data, true
			return a, nil
		}
	case errors.Is(err, os.ErrNotExist):
		a.Rebuilt = "missing"
	default:
		return nil, fmt.Errorf("cuda: module cache: %v", err)
	}
	nvcc := c.NVCC
	if nvcc == "" {
		nvcc = codegen.NVCC()
	}
	if nvcc == "" {
		return nil, fmt.Errorf("cuda: the kernels' %s for %s is not in the cache (%s: %s) and nvcc is not on PATH or under $CUDA_HOME/bin: install the CUDA toolkit, or fill the cache (%s) where nvcc exists",
			kind, c.Arch, a.Path, a.Rebuilt, EnvCache)
	}
	dir := filepath.Dir(a.Path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cuda: module cache: %v", err)
	}
	base := filepath.Base(a.Path)
	cu := filepath.Join(dir, base[:len(base)-len(filepath.Ext(base))]+".cu")
	if err := writeAtomic(cu, []byte(src)); err != nil {
		return nil, fmt.Errorf("cuda: module cache: %v", err)
	}
	tmp, err := os.CreateTemp(dir, base+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("cuda: module cache: %v", err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	run := c.run
	if run == nil {
		run = codegen.RunNVCC
	}
	t0 := time.Now()
	if err := run(nvcc, c.Arch, kind, cu, tmp.Name()); err != nil {
		return nil, fmt.Errorf("cuda: %v", err)
	}
	a.Took = time.Since(t0)
	if a.Data, err = os.ReadFile(tmp.Name()); err != nil {
		return nil, fmt.Errorf("cuda: module cache: %v", err)
	}
	if bad := validImage(kind, a.Data); bad != "" {
		return nil, fmt.Errorf("cuda: %s wrote %s for %s: %s", nvcc, kind, cu, bad)
	}
	if err := os.Rename(tmp.Name(), a.Path); err != nil {
		return nil, fmt.Errorf("cuda: module cache: %v", err)
	}
	return a, nil
}

// writeAtomic writes data to path through a temporary file and a rename.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}
