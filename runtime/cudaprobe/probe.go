// Package cudaprobe checks that a CUDA driver and device are usable before
// gorgonia.org/cu's package initialisation runs, and ends the process with
// a clear message and exit status 3 when they are not.
//
// gorgonia.org/cu calls cuInit in its package init and, when that fails
// (no driver, no device), prints "Error in initialization ..." and exits 1
// before main runs, so nothing in hopf can catch it. Go initialises
// packages in import-path order among those whose imports are already
// initialised (the Go spec, "Package initialization", since Go 1.21). This
// package's path, github.com/hopf-ml/hopf/runtime/cudaprobe, sorts before
// gorgonia.org/cu, and it imports nothing that cu does not import itself
// (TestProbeDepsWithinCu checks), so whenever cu is ready to initialise,
// this package is too and comes first. Its init (probe_cuda.go, build tag
// hopfcuda) dlopens libcuda.so.1 and calls cuInit and cuDeviceGetCount itself.
// runtime/cuda imports it, so every binary that links cu links the probe.
//
// This file holds the decision, which needs no GPU and is tested in every
// build; the cgo probe is in probe_cuda.go.
package cudaprobe

import (
	"fmt"
	"strings"
)

// ExitNoDevice is the exit status of a hopfcuda binary on a machine
// without a usable CUDA device.
const ExitNoDevice = 3

// EnvMode is the environment variable that sets the probe's Mode.
const EnvMode = "HOPF_CUDA_PROBE"

// NoDeviceMessage opens the message a hopfcuda hopf prints when there
// is no usable device.
const NoDeviceMessage = "no CUDA device: use --backend cpu or sim"

// Mode says what the probe does when there is no usable device.
type Mode int

const (
	// ModeAuto (HOPF_CUDA_PROBE unset or empty): exit ExitNoDevice with the
	// message; in a test binary, report that the tests are skipped and exit
	// 0 (cu's init would end the process anyway, before any test runs).
	ModeAuto Mode = iota
	// ModeStrict (HOPF_CUDA_PROBE=strict): exit ExitNoDevice in test
	// binaries too, so a GPU host without a usable device fails loudly.
	ModeStrict
	// ModeOff (HOPF_CUDA_PROBE=off): do not probe; cu's init reports.
	ModeOff
)

// ParseMode reads HOPF_CUDA_PROBE's value.
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return ModeAuto, nil
	case "strict":
		return ModeStrict, nil
	case "off", "0", "false":
		return ModeOff, nil
	}
	return ModeAuto, fmt.Errorf("%s=%q: want auto (or unset), strict or off", EnvMode, s)
}

// Stage names the step of the probe that failed.
type Stage int

const (
	StageOK     Stage = iota
	StageDlopen       // dlopen("libcuda.so.1") failed: no driver library
	StageDlsym        // the library lacks cuInit or cuDeviceGetCount
	StageInit         // cuInit failed (no device, no kernel module, a stub library, a driver mismatch)
	StageCount        // cuDeviceGetCount failed
	StageNone         // the driver works but reports 0 devices
)

// Result is what the probe found.
type Result struct {
	Ran           bool   // the probe ran (a hopfcuda build with the probe on)
	Stage         Stage  // StageOK when a device is usable
	Code          int    // the CUresult of the failing call
	CodeName      string // its name from cuGetErrorName, e.g. CUDA_ERROR_NO_DEVICE
	Detail        string // dlerror's text for StageDlopen and StageDlsym
	Devices       int    // cuDeviceGetCount
	DriverVersion int    // cuDriverGetVersion, e.g. 13000 for CUDA 13.0 (0 if unknown)
}

// OK reports whether a device is usable.
func (r Result) OK() bool { return r.Stage == StageOK && r.Devices > 0 }

// Reason says in a few words why no device is usable.
func (r Result) Reason() string {
	code := func() string {
		if r.CodeName != "" {
			return fmt.Sprintf("%s (%d)", r.CodeName, r.Code)
		}
		return fmt.Sprintf("CUresult %d", r.Code)
	}
	switch r.Stage {
	case StageDlopen:
		return "the CUDA driver library libcuda.so.1 could not be loaded: " + r.Detail
	case StageDlsym:
		return "libcuda.so.1 lacks the driver API: " + r.Detail
	case StageInit:
		s := "cuInit: " + code()
		switch r.CodeName {
		case "CUDA_ERROR_NO_DEVICE":
			s += ": the driver library is installed but finds no GPU"
		case "CUDA_ERROR_STUB_LIBRARY":
			s += ": libcuda.so.1 is the link stub, not a driver (is .../stubs on LD_LIBRARY_PATH?)"
		case "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH", "CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE":
			s += ": the user-space driver does not match the kernel module"
		}
		return s
	case StageCount:
		return "cuDeviceGetCount: " + code()
	case StageNone:
		return "the driver reports 0 devices"
	}
	return "a device is usable"
}

// Action is what the probe's init does.
type Action struct {
	Exit    bool
	Code    int    // exit status when Exit
	Message string // printed on stderr when not empty
}

// Decide turns a probe result into an action. args are the process's
// arguments (os.Args), used to tell a test binary.
func Decide(r Result, mode Mode, args []string) Action {
	if mode == ModeOff || r.OK() {
		return Action{}
	}
	if IsTestBinary(args) && mode != ModeStrict {
		return Action{Exit: true, Code: 0, Message: fmt.Sprintf(
			"cudaprobe: no CUDA device (%s): SKIP: this hopfcuda test binary needs a GPU, so none of its tests ran "+
				"(the host-side tests run in the untagged build: go test ./runtime/cuda; set %s=strict to fail here instead)",
			r.Reason(), EnvMode)}
	}
	return Action{Exit: true, Code: ExitNoDevice, Message: fmt.Sprintf(
		"hopf: %s (%s).\n"+
			"This binary is built with -tags hopfcuda (the CUDA backend on gorgonia.org/cu) and needs an NVIDIA GPU with its driver;\n"+
			"on this machine run a build without that tag (go build ./cmd/hopf) with --backend cpu or --backend sim.",
		NoDeviceMessage, r.Reason())}
}

// IsTestBinary reports whether args are those of a Go test binary: one
// named *.test or run with -test.* flags (go test passes some).
func IsTestBinary(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if base := args[0][strings.LastIndexByte(args[0], '/')+1:]; strings.HasSuffix(base, ".test") {
		return true
	}
	for _, a := range args[1:] {
		if strings.HasPrefix(a, "-test.") || strings.HasPrefix(a, "--test.") {
			return true
		}
	}
	return false
}

// status is the probe's result, set by the hopfcuda init.
var status Result

// Status returns what the probe found (Ran is false in builds without the
// hopfcuda tag, or with HOPF_CUDA_PROBE=off).
func Status() Result { return status }
