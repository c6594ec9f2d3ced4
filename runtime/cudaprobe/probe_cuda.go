//go:build hopfcuda

package cudaprobe

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stddef.h>

typedef int (*hopf_cuInit_t)(unsigned int);
typedef int (*hopf_cuCount_t)(int *);
typedef int (*hopf_cuVersion_t)(int *);
typedef int (*hopf_cuErrName_t)(int, const char **);

// hopf_cuda_probe loads the driver library the way the process will (by
// its soname) and asks it for devices. Stages as in probe.go.
static int hopf_cuda_probe(int *stage, int *code, const char **name, const char **detail, int *count, int *version) {
	void *h = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) {
		*stage = 1;
		*detail = dlerror();
		return -1;
	}
	hopf_cuInit_t init = (hopf_cuInit_t)dlsym(h, "cuInit");
	hopf_cuCount_t cnt = (hopf_cuCount_t)dlsym(h, "cuDeviceGetCount");
	hopf_cuVersion_t ver = (hopf_cuVersion_t)dlsym(h, "cuDriverGetVersion");
	hopf_cuErrName_t en = (hopf_cuErrName_t)dlsym(h, "cuGetErrorName");
	if (init == NULL || cnt == NULL) {
		*stage = 2;
		*detail = dlerror();
		return -1;
	}
	if (ver != NULL && ver(version) != 0) {
		*version = 0;
	}
	int r = init(0);
	if (r != 0) {
		*stage = 3;
		*code = r;
		if (en != NULL) en(r, name);
		return r;
	}
	r = cnt(count);
	if (r != 0) {
		*stage = 4;
		*code = r;
		if (en != NULL) en(r, name);
		return r;
	}
	*stage = *count > 0 ? 0 : 5;
	return 0;
}
*/
import "C"

import (
	"fmt"
	"os"
)

// probe runs the driver checks through dlopen (no link-time dependency on
// libcuda, no CUDA header).
func probe() Result {
	var stage, code, count, version C.int
	var name, detail *C.char
	C.hopf_cuda_probe(&stage, &code, &name, &detail, &count, &version)
	r := Result{Ran: true, Stage: Stage(stage), Code: int(code), Devices: int(count), DriverVersion: int(version)}
	if name != nil {
		r.CodeName = C.GoString(name)
	}
	if detail != nil {
		r.Detail = C.GoString(detail)
	}
	return r
}

// init runs before gorgonia.org/cu's init: see the package comment.
func init() {
	mode, err := ParseMode(os.Getenv(EnvMode))
	if err != nil {
		fmt.Fprintf(os.Stderr, "hopf: %v\n", err)
		os.Exit(2)
	}
	if mode == ModeOff {
		return
	}
	status = probe()
	a := Decide(status, mode, os.Args)
	if a.Message != "" {
		fmt.Fprintln(os.Stderr, a.Message)
	}
	if a.Exit {
		os.Exit(a.Code)
	}
}
