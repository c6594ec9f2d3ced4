//go:build hopfcuda

package cuda

/*
#cgo LDFLAGS: -lcuda
#include <cuda.h>

static CUresult hopf_func_set_max_dynamic_shared(CUfunction f, int n) {
	return cuFuncSetAttribute(f, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, n);
}
static CUresult hopf_device_shared_optin(CUdevice d, int *n) {
	return cuDeviceGetAttribute(n, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN, d);
}
*/
import "C"

import (
	"fmt"
	"unsafe"

	"gorgonia.org/cu"
)

// The driver calls gorgonia.org/cu v0.9.6 does not wrap, through a minimal
// cgo shim: raising a kernel's dynamic shared memory limit past 48 KiB
// (cuFuncSetAttribute) and reading the device's opt-in limit. Call them on
// the context's thread.

// cu.Function is one CUfunction (this fails to compile otherwise).
var _ = [1]struct{}{}[unsafe.Sizeof(cu.Function{})-unsafe.Sizeof(C.CUfunction(nil))]

// cFunction is fn's CUfunction: cu.Function holds it as its one field.
func cFunction(fn cu.Function) C.CUfunction {
	return *(*C.CUfunction)(unsafe.Pointer(&fn))
}

// sharedOptin is the most shared memory a block of the device may use
// after opting in (227 KiB on sm_90).
func sharedOptin(d cu.Device) (int, error) {
	var n C.int
	if r := C.hopf_device_shared_optin(C.CUdevice(d), &n); r != C.CUDA_SUCCESS {
		return 0, fmt.Errorf("cuDeviceGetAttribute(MAX_SHARED_MEMORY_PER_BLOCK_OPTIN): CUresult %d", int(r))
	}
	return int(n), nil
}

// setMaxDynamicShared lets fn's launches use n bytes of dynamic shared
// memory.
func setMaxDynamicShared(fn cu.Function, n int) error {
	if r := C.hopf_func_set_max_dynamic_shared(cFunction(fn), C.int(n)); r != C.CUDA_SUCCESS {
		return fmt.Errorf("cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_BYTES, %d): CUresult %d", n, int(r))
	}
	return nil
}
