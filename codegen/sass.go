package codegen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Cuobjdump finds cuobjdump beside nvcc, on PATH or under $CUDA_HOME/bin
// (Debian's nvidia-cuda-toolkit installs it with nvcc); "" when there is
// none.
func Cuobjdump(nvcc string) string {
	if nvcc != "" {
		p := filepath.Join(filepath.Dir(nvcc), "cuobjdump")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return cudaTool("cuobjdump")
}

// SASS disassembles cubin with cuobjdump: each kernel's instructions in
// order, as cuobjdump prints them without address and encoding
// ("@!P1 BRA 0x4a80", "HGMMA.64x64x16.F32 R24, gdesc[UR4], R24, gsb0").
// What ptxas made of a kernel is how its schedule is checked without a
// GPU (TestWgmmaOverlapSASS).
func SASS(cuobjdump, cubin string) (map[string][]string, error) {
	out, err := exec.Command(cuobjdump, "-sass", cubin).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("cuobjdump -sass %s: %v\n%s", cubin, err, strings.TrimSpace(string(out)))
	}
	return parseSASS(string(out)), nil
}

// parseSASS splits cuobjdump -sass output by "Function : name" and keeps
// each instruction line's text: "/*0120*/  @P1 BRA 0xb90 ;  /* 0x… */"
// gives "@P1 BRA 0xb90".
func parseSASS(out string) map[string][]string {
	fns := map[string][]string{}
	var cur string
	for _, l := range strings.Split(out, "\n") {
		t := strings.TrimSpace(l)
		if name, ok := strings.CutPrefix(t, "Function : "); ok {
			cur = strings.TrimSpace(name)
			fns[cur] = nil
			continue
		}
		if cur == "" || !strings.HasPrefix(t, "/*") {
			continue
		}
		end := strings.Index(t, "*/")
		semi := strings.LastIndex(t, ";")
		if end < 0 || semi < end {
			continue
		}
		if ins := strings.TrimSpace(t[end+2 : semi]); ins != "" {
			fns[cur] = append(fns[cur], ins)
		}
	}
	return fns
}
