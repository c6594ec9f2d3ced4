package cudaprobe_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/runtime/cudaprobe"
)

func TestParseMode(t *testing.T) {
	for in, want := range map[string]cudaprobe.Mode{"": cudaprobe.ModeAuto, "auto": cudaprobe.ModeAuto, "strict": cudaprobe.ModeStrict, " STRICT ": cudaprobe.ModeStrict, "off": cudaprobe.ModeOff, "0": cudaprobe.ModeOff} {
		if got, err := cudaprobe.ParseMode(in); err != nil || got != want {
			t.Errorf("ParseMode(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := cudaprobe.ParseMode("yes"); err == nil || !strings.Contains(err.Error(), "HOPF_CUDA_PROBE") {
		t.Errorf("ParseMode(yes): %v", err)
	}
}

func TestDecide(t *testing.T) {
	noDev := cudaprobe.Result{Ran: true, Stage: cudaprobe.StageInit, Code: 100, CodeName: "CUDA_ERROR_NO_DEVICE"}
	ok := cudaprobe.Result{Ran: true, Stage: cudaprobe.StageOK, Devices: 1}
	hopf := []string{"/usr/local/bin/hopf", "run", "m.hopf", "--backend", "cuda"}
	test := []string{"/tmp/go-build1/b001/cuda.test", "-test.paniconexit0", "-test.timeout=10m0s"}
	renamed := []string{"./gpu", "-test.v"}
	tests := []struct {
		name string
		r    cudaprobe.Result
		mode cudaprobe.Mode
		args []string
		exit bool
		code int
		msg  []string
	}{
		{"device present", ok, cudaprobe.ModeAuto, hopf, false, 0, nil},
		{"device present, test", ok, cudaprobe.ModeStrict, test, false, 0, nil},
		{"no device", noDev, cudaprobe.ModeAuto, hopf, true, 3, []string{"hopf: no CUDA device: use --backend cpu or sim", "CUDA_ERROR_NO_DEVICE (100)", "-tags hopfcuda"}},
		{"no device, test binary skips", noDev, cudaprobe.ModeAuto, test, true, 0, []string{"SKIP", "none of its tests ran", "HOPF_CUDA_PROBE=strict"}},
		{"no device, renamed test binary", noDev, cudaprobe.ModeAuto, renamed, true, 0, []string{"SKIP"}},
		{"no device, strict test", noDev, cudaprobe.ModeStrict, test, true, 3, []string{"no CUDA device"}},
		{"no device, probe off", noDev, cudaprobe.ModeOff, hopf, false, 0, nil},
		{"zero devices", cudaprobe.Result{Ran: true, Stage: cudaprobe.StageNone}, cudaprobe.ModeAuto, hopf, true, 3, []string{"0 devices"}},
		{"no library", cudaprobe.Result{Ran: true, Stage: cudaprobe.StageDlopen, Detail: "libcuda.so.1: cannot open shared object file"}, cudaprobe.ModeAuto, hopf, true, 3, []string{"libcuda.so.1 could not be loaded", "cannot open"}},
		{"stub library", cudaprobe.Result{Ran: true, Stage: cudaprobe.StageInit, Code: 34, CodeName: "CUDA_ERROR_STUB_LIBRARY"}, cudaprobe.ModeAuto, hopf, true, 3, []string{"link stub"}},
		{"no error name", cudaprobe.Result{Ran: true, Stage: cudaprobe.StageCount, Code: 999}, cudaprobe.ModeAuto, hopf, true, 3, []string{"cuDeviceGetCount: CUresult 999"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cudaprobe.Decide(tt.r, tt.mode, tt.args)
			if a.Exit != tt.exit || a.Code != tt.code {
				t.Errorf("exit %v code %d, want %v %d", a.Exit, a.Code, tt.exit, tt.code)
			}
			for _, s := range tt.msg {
				if !strings.Contains(a.Message, s) {
					t.Errorf("message lacks %q:\n%s", s, a.Message)
				}
			}
			if len(tt.msg) == 0 && a.Message != "" {
				t.Errorf("unexpected message %q", a.Message)
			}
		})
	}
}

// goTool finds the go command that runs the tests.
func goTool(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/local/go/bin/go", filepath.Join(os.Getenv("HOME"), "go", "bin", "go")} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("no go command on PATH")
	return ""
}

// TestInitOrderRule checks the rule the probe relies on with the Go
// toolchain at hand, on a program built from scratch: packages are
// initialised in import-path order among those whose imports are ready, so
// of two packages that both exit in init, the one whose path sorts first
// wins, whatever the order of the imports in the source. The fakes mirror
// the real pair: fakecu (gorgonia.org/...) exits 1 like cu, the probe
// (github.com/...) exits 3; both import only fmt and os.
func TestInitOrderRule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs")
	}
	goCmd := goTool(t)
	build := func(probePath string) (string, int) {
		dir := t.TempDir()
		write := func(name, text string) {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("go.mod", "module example.com/order\n\ngo 1.21\n\nrequire (\n\tgorgonia.org/fakecu v0.0.0\n\t"+probePath+" v0.0.0\n)\n\nreplace gorgonia.org/fakecu => ./fakecu\n\nreplace "+probePath+" => ./probe\n")
		write("fakecu/go.mod", "module gorgonia.org/fakecu\n\ngo 1.21\n")
		write("fakecu/cu.go", "package fakecu\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc init() {\n\tfmt.Println(\"fakecu: Error in initialization\")\n\tos.Exit(1)\n}\n\nfunc Version() int { return 1 }\n")
		write("probe/go.mod", "module "+probePath+"\n\ngo 1.21\n")
		write("probe/probe.go", "package probe\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc init() {\n\tfmt.Println(\"probe: no CUDA device\")\n\tos.Exit(3)\n}\n\nfunc OK() bool { return true }\n")
		// The backend imports cu first in the source, as runtime/cuda may.
		write("backend/backend.go", "package backend\n\nimport (\n\tcu \"gorgonia.org/fakecu\"\n\tprobe \""+probePath+"\"\n)\n\nfunc Run() int {\n\tif probe.OK() {\n\t\treturn cu.Version()\n\t}\n\treturn 0\n}\n")
		write("main.go", "package main\n\nimport \"example.com/order/backend\"\n\nfunc main() { println(backend.Run()) }\n")
		bin := filepath.Join(dir, "order")
		cmd := exec.Command(goCmd, "build", "-o", bin, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		out, err := exec.Command(bin).CombinedOutput()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(bytes.TrimSpace(out)), code
	}
	// As in hopf: the probe's path sorts before gorgonia.org.
	if out, code := build("github.com/hopf-ml/probe"); code != 3 || out != "probe: no CUDA device" {
		t.Errorf("probe at github.com/...: exit %d, output %q; want the probe's exit 3", code, out)
	}
	// Control: the same probe at a path that sorts after gorgonia.org loses.
	if out, code := build("zz.example/probe"); code != 1 || !strings.HasPrefix(out, "fakecu:") {
		t.Errorf("probe at zz.example/...: exit %d, output %q; want fakecu's exit 1", code, out)
	}
}

// TestProbeDepsWithinCu checks the other half of the argument: every
// package the probe (with its cgo init) depends on is a dependency of
// gorgonia.org/cu too, so the probe is ready to initialise whenever cu is.
func TestProbeDepsWithinCu(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goCmd := goTool(t)
	list := func(pkg string) []string {
		cmd := exec.Command(goCmd, "list", "-deps", "-tags", "hopfcuda", pkg)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			msg := stderr.String()
			if strings.Contains(msg, "dial tcp") || strings.Contains(msg, "no such host") || strings.Contains(msg, "GOPROXY") {
				t.Skipf("go list %s needs the module, which cannot be downloaded here: %s", pkg, msg)
			}
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, msg)
		}
		return strings.Fields(string(out))
	}
	probe := list("github.com/hopf-ml/hopf/runtime/cudaprobe")
	cu := list("gorgonia.org/cu")
	if !slices.Contains(probe, "runtime/cgo") {
		t.Errorf("the hopfcuda probe does not use cgo: %v", probe)
	}
	for _, p := range probe {
		if p != "github.com/hopf-ml/hopf/runtime/cudaprobe" && !slices.Contains(cu, p) {
			t.Errorf("the probe depends on %s, which gorgonia.org/cu does not: cu could initialise before the probe", p)
		}
	}
	if "github.com/hopf-ml/hopf/runtime/cudaprobe" >= "gorgonia.org/cu" {
		t.Error("the probe's import path does not sort before gorgonia.org/cu")
	}
	// Every hopf package that links cu links the probe.
	cmd := exec.Command(goCmd, "list", "-tags", "hopfcuda", "-f", "{{.ImportPath}} {{join .Deps \" \"}}", "github.com/hopf-ml/hopf/...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	withCu := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || !slices.Contains(f[1:], "gorgonia.org/cu") {
			continue
		}
		withCu++
		if !slices.Contains(f[1:], "github.com/hopf-ml/hopf/runtime/cudaprobe") {
			t.Errorf("%s links gorgonia.org/cu without runtime/cudaprobe", f[0])
		}
	}
	if withCu == 0 {
		t.Error("no hopfcuda package links gorgonia.org/cu")
	}
}
