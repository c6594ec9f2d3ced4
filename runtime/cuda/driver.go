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
static CUresult hopf_begin_capture(CUstream s) {
	return cuStreamBeginCapture(s, CU_STREAM_CAPTURE_MODE_THREAD_LOCAL);
}
static CUresult hopf_end_capture(CUstream s, CUgraph *g) { return cuStreamEndCapture(s, g); }
static CUresult hopf_graph_nodes(CUgraph g, size_t *n) { return cuGraphGetNodes(g, NULL, n); }
static CUresult hopf_graph_instantiate(CUgraphExec *e, CUgraph g) { return cuGraphInstantiateWithFlags(e, g, 0); }
static CUresult hopf_graph_launch(CUgraphExec e, CUstream s) { return cuGraphLaunch(e, s); }
static CUresult hopf_graph_exec_destroy(CUgraphExec e) { return cuGraphExecDestroy(e); }
static CUresult hopf_graph_destroy(CUgraph g) { return cuGraphDestroy(g); }
*/
import "C"

import (
	"errors"
	"fmt"
	"unsafe"

	"gorgonia.org/cu"
)

// The driver calls gorgonia.org/cu v0.9.6 does not wrap, through a minimal
// cgo shim: raising a kernel's dynamic shared memory limit past 48 KiB
// (cuFuncSetAttribute) and reading the device's opt-in limit; capturing a
// stream's launches into a CUDA graph and replaying it (cu has graph types
// but neither stream capture nor graph launch). Call them on the context's
// thread.

// cu.Function is one CUfunction and cu.Stream one CUstream (this fails to
// compile otherwise).
var (
	_ = [1]struct{}{}[unsafe.Sizeof(cu.Function{})-unsafe.Sizeof(C.CUfunction(nil))]
	_ = [1]struct{}{}[unsafe.Sizeof(cu.Stream{})-unsafe.Sizeof(C.CUstream(nil))]
)

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

// cStream is s's CUstream: cu.Stream holds it as its one field.
func cStream(s cu.Stream) C.CUstream {
	return *(*C.CUstream)(unsafe.Pointer(&s))
}

// graph is an instantiated CUDA graph and the graph it came from.
type graph struct {
	g     C.CUgraph
	exec  C.CUgraphExec
	nodes int
}

// captureGraph records what launch puts on stream s (which must be idle
// and not the legacy default stream) into a graph and instantiates it. The
// capture is ended even when launch fails, so the stream stays usable.
func captureGraph(s cu.Stream, launch func() error) (*graph, error) {
	cs := cStream(s)
	if r := C.hopf_begin_capture(cs); r != C.CUDA_SUCCESS {
		return nil, fmt.Errorf("cuStreamBeginCapture: CUresult %d", int(r))
	}
	lerr := launch()
	gr := &graph{}
	if r := C.hopf_end_capture(cs, &gr.g); r != C.CUDA_SUCCESS {
		if lerr != nil {
			return nil, lerr
		}
		return nil, fmt.Errorf("cuStreamEndCapture: CUresult %d", int(r))
	}
	if lerr != nil {
		C.hopf_graph_destroy(gr.g)
		return nil, lerr
	}
	var n C.size_t
	if r := C.hopf_graph_nodes(gr.g, &n); r != C.CUDA_SUCCESS {
		C.hopf_graph_destroy(gr.g)
		return nil, fmt.Errorf("cuGraphGetNodes: CUresult %d", int(r))
	}
	gr.nodes = int(n)
	if r := C.hopf_graph_instantiate(&gr.exec, gr.g); r != C.CUDA_SUCCESS {
		C.hopf_graph_destroy(gr.g)
		return nil, fmt.Errorf("cuGraphInstantiateWithFlags: CUresult %d", int(r))
	}
	return gr, nil
}

// launch replays the graph on s.
func (gr *graph) launch(s cu.Stream) error {
	if r := C.hopf_graph_launch(gr.exec, cStream(s)); r != C.CUDA_SUCCESS {
		return fmt.Errorf("cuGraphLaunch: CUresult %d", int(r))
	}
	return nil
}

func (gr *graph) destroy() error {
	var errs []error
	if r := C.hopf_graph_exec_destroy(gr.exec); r != C.CUDA_SUCCESS {
		errs = append(errs, fmt.Errorf("cuGraphExecDestroy: CUresult %d", int(r)))
	}
	if r := C.hopf_graph_destroy(gr.g); r != C.CUDA_SUCCESS {
		errs = append(errs, fmt.Errorf("cuGraphDestroy: CUresult %d", int(r)))
	}
	return errors.Join(errs...)
}
