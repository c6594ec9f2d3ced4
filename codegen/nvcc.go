package codegen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// NVCC finds nvcc on PATH or under $CUDA_HOME/bin; "" when there is none.
func NVCC() string {
	if p, err := exec.LookPath("nvcc"); err == nil {
		return p
	}
	if h := os.Getenv("CUDA_HOME"); h != "" {
		p := filepath.Join(h, "bin", "nvcc")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// RunNVCC compiles src to out with nvcc for arch ("sm_90"); kind is "ptx"
// or "cubin". nvcc 11.8 uses its own g++-11 host compiler: no -ccbin.
func RunNVCC(nvcc, arch, kind, src, out string) error {
	cmd := exec.Command(nvcc, "-arch="+arch, "-"+kind, "-o", out, src)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("nvcc -arch=%s -%s %s: %v\n%s", arch, kind, src, err, strings.TrimSpace(string(msg)))
	}
	return nil
}
