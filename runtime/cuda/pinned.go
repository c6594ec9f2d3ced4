//go:build hopfcuda

package cuda

/*
#cgo LDFLAGS: -lcuda
#include <cuda.h>

static CUresult hopf_mem_alloc_host(void **p, size_t n) { return cuMemAllocHost(p, n); }
static CUresult hopf_mem_free_host(void *p) { return cuMemFreeHost(p); }
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// Page-locked host memory: gorgonia.org/cu v0.9.6 has cuMemFreeHost but
// not cuMemAllocHost. Staging inputs and outputs in page-locked memory
// keeps cuMemcpy{HtoD,DtoH}Async asynchronous (with pageable Go memory the
// driver may synchronise), so a forward pass waits for the GPU once.

// pinned is a page-locked host buffer; call alloc and free on the
// context's thread.
type pinned struct {
	p unsafe.Pointer
	n int
}

func allocPinned(n int) (pinned, error) {
	if n < 1 {
		n = 1
	}
	var p unsafe.Pointer
	if r := C.hopf_mem_alloc_host(&p, C.size_t(n)); r != C.CUDA_SUCCESS {
		return pinned{}, fmt.Errorf("cuMemAllocHost(%d bytes): CUresult %d", n, int(r))
	}
	return pinned{p: p, n: n}, nil
}

// bytes views the buffer as a Go slice (C memory: the GC never moves it).
func (b pinned) bytes() []byte {
	if b.p == nil {
		return nil
	}
	return unsafe.Slice((*byte)(b.p), b.n)
}

func (b *pinned) free() error {
	if b.p == nil {
		return nil
	}
	r := C.hopf_mem_free_host(b.p)
	b.p = nil
	if r != C.CUDA_SUCCESS {
		return fmt.Errorf("cuMemFreeHost: CUresult %d", int(r))
	}
	return nil
}
