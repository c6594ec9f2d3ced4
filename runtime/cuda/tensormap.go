//go:build hopfcuda

package cuda

/*
#include <cuda.h>
#include <stdint.h>
#include <string.h>

// A CUtensorMap: 128 opaque bytes, 64-byte aligned (CUDA 12's cuda.h has
// the type; 11.8's, which this package builds against, has not).
typedef struct {
	unsigned long long opaque[16];
} __attribute__((aligned(64))) hopf_tensor_map;

// cuTensorMapEncodeTiled with plain integers for its enums (C enums of
// int size).
typedef CUresult (*hopf_encode_tiled_fn)(hopf_tensor_map *tensorMap, unsigned int dataType,
	unsigned int rank, void *globalAddress, const unsigned long long *globalDim,
	const unsigned long long *globalStrides, const unsigned int *boxDim,
	const unsigned int *elementStrides, unsigned int interleave, unsigned int swizzle,
	unsigned int l2Promotion, unsigned int oobFill);

static hopf_encode_tiled_fn hopf_encode_tiled_ptr;

// hopf_find_encode_tiled looks the entry point up in the driver, as of
// CUDA 12.0. CUDA 12's cuda.h renames cuGetProcAddress to its _v2, which
// takes a fifth, optional argument.
static CUresult hopf_find_encode_tiled(void) {
	void *fn = NULL;
#if CUDA_VERSION >= 12000
	CUresult r = cuGetProcAddress("cuTensorMapEncodeTiled", &fn, 12000, CU_GET_PROC_ADDRESS_DEFAULT, NULL);
#else
	CUresult r = cuGetProcAddress("cuTensorMapEncodeTiled", &fn, 12000, CU_GET_PROC_ADDRESS_DEFAULT);
#endif
	if (r == CUDA_SUCCESS && fn == NULL) {
		r = CUDA_ERROR_NOT_FOUND;
	}
	if (r == CUDA_SUCCESS) {
		hopf_encode_tiled_ptr = (hopf_encode_tiled_fn)fn;
	}
	return r;
}

// hopf_encode_tiled encodes a map into an aligned local and copies its 128
// bytes to out (Go memory, not necessarily 64-byte aligned).
static CUresult hopf_encode_tiled(unsigned char *out, unsigned int dataType, unsigned int rank,
	unsigned long long globalAddress, const unsigned long long *globalDim,
	const unsigned long long *globalStrides, const unsigned int *boxDim,
	const unsigned int *elementStrides, unsigned int interleave, unsigned int swizzle,
	unsigned int l2Promotion, unsigned int oobFill) {
	hopf_tensor_map m;
	memset(&m, 0, sizeof m);
	CUresult r = hopf_encode_tiled_ptr(&m, dataType, rank, (void *)(uintptr_t)globalAddress, globalDim,
		globalStrides, boxDim, elementStrides, interleave, swizzle, l2Promotion, oobFill);
	memcpy(out, &m, sizeof m);
	return r;
}
*/
import "C"

import (
	"fmt"
	"sync"
	"unsafe"
)

// The CUtensorMap of a tensor-map argument (TensorMapEncode) is encoded
// by the driver's cuTensorMapEncodeTiled, which is CUDA ≥ 12.0: neither
// 11.8's cuda.h nor its link stub, which this package builds against, has
// it. So the shim looks it up at run time, once, through cuGetProcAddress
// (CUDA ≥ 11.3), asking for the entry point as of CUDA 12.0; a driver
// without it fails only the machines whose plan has tensor maps.

var _ = [1]struct{}{}[unsafe.Sizeof(C.hopf_tensor_map{})-TensorMapBytes]

var (
	encodeOnce sync.Once
	encodeErr  error
)

// findEncodeTiled looks cuTensorMapEncodeTiled up in the driver (once).
func findEncodeTiled() error {
	encodeOnce.Do(func() {
		if r := C.hopf_find_encode_tiled(); r != C.CUDA_SUCCESS {
			encodeErr = fmt.Errorf("the driver has no cuTensorMapEncodeTiled (CUDA 12 or later needed for TMA kernels; cuGetProcAddress: CUresult %d): update the NVIDIA driver, or use a tiling without tma (hopf --tile, codegen.TCTile.Tma) or --backend sim", int(r))
		}
	})
	return encodeErr
}

// encodeTensorMap encodes the tensor map e over the device address addr
// (16-byte aligned) with the driver's cuTensorMapEncodeTiled and returns
// its 128 bytes, to be copied to global memory on a 64-byte boundary.
func encodeTensorMap(e TensorMapEncoding, addr uint64) ([TensorMapBytes]byte, error) {
	var out [TensorMapBytes]byte
	if err := findEncodeTiled(); err != nil {
		return out, err
	}
	r := int(e.Rank)
	if r < 1 || r > 5 || len(e.GlobalDim) != r || len(e.GlobalStrides) != r-1 || len(e.BoxDim) != r || len(e.ElementStrides) != r {
		return out, fmt.Errorf("cuTensorMapEncodeTiled: rank %d with %d dimensions, %d strides, %d box and %d element strides", r, len(e.GlobalDim), len(e.GlobalStrides), len(e.BoxDim), len(e.ElementStrides))
	}
	// Fixed arrays, so that no pointer is nil (rank 1 has no strides).
	var dim, strides [5]C.ulonglong
	var box, elem [5]C.uint
	for i := range r {
		dim[i] = C.ulonglong(e.GlobalDim[i])
		box[i] = C.uint(e.BoxDim[i])
		elem[i] = C.uint(e.ElementStrides[i])
	}
	for i, s := range e.GlobalStrides {
		strides[i] = C.ulonglong(s)
	}
	res := C.hopf_encode_tiled((*C.uchar)(unsafe.Pointer(&out[0])), C.uint(e.DataType), C.uint(e.Rank), C.ulonglong(addr),
		&dim[0], &strides[0], &box[0], &elem[0], C.uint(e.Interleave), C.uint(e.Swizzle), C.uint(e.L2Promotion), C.uint(e.OOBFill))
	if res != C.CUDA_SUCCESS {
		return out, fmt.Errorf("cuTensorMapEncodeTiled(data type %d, rank %d, address %#x, dims %v, strides %v bytes, box %v, swizzle %d, L2 promotion %d): CUresult %d",
			e.DataType, e.Rank, addr, e.GlobalDim, e.GlobalStrides, e.BoxDim, e.Swizzle, e.L2Promotion, int(res))
	}
	return out, nil
}
