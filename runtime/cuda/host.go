package cuda

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// Host-side logic of the backend: everything that needs no GPU, so it is
// compiled and tested in every build.

// Input is one graph input: token ids or f32 values, row-major (as
// runtime/sim/machine.Input).
type Input struct {
	I32 []int32
	F32 []float32
}

// Stats counts what one forward pass did on the device.
type Stats struct {
	Launches      int     // kernels run (each its own launch call, or nodes of one graph)
	GraphLaunches int     // CUDA graph launches (Options.Graph: 1, the launch calls of the pass; else 0)
	HostSyncs     int     // times the host waited for the GPU (1: after the output copies)
	Memsets       int     // poison memsets (check runs)
	CopiesHtoD    int     // input uploads
	CopiesDtoH    int     // output downloads (only the outputs asked for)
	BytesHtoD     int64   // bytes uploaded
	BytesDtoH     int64   // bytes downloaded
	KernelMs      float64 // CUDA events around the launches
	PassMs        float64 // CUDA events around the whole pass: uploads, poison, launches, downloads
	WallMs        float64 // host clock around Run, conversions included
}

func (s Stats) String() string {
	launches := fmt.Sprintf("%d launches", s.Launches)
	if s.GraphLaunches > 0 {
		launches = fmt.Sprintf("%d kernels in %d graph launch(es)", s.Launches, s.GraphLaunches)
	}
	return fmt.Sprintf("%s, %d host sync(s), %d memsets, %d uploads (%d B), %d downloads (%d B), kernels %.3f ms, pass %.3f ms (CUDA events), wall %.3f ms",
		launches, s.HostSyncs, s.Memsets, s.CopiesHtoD, s.BytesHtoD, s.CopiesDtoH, s.BytesDtoH, s.KernelMs, s.PassMs, s.WallMs)
}

// PoisonByte fills activations, scratch and outputs before a check run:
// 0xFFFFFFFF is a NaN in f32, 0xFFFF a NaN in f16 and bf16, so an element
// no kernel writes shows up as NaN in the output.
const PoisonByte = 0xFF

// Limits of a launch on the devices hopf targets (compute capability ≥ 7).
const (
	maxThreads = 1024
	maxGridYZ  = 65535
	maxGridX   = 1<<31 - 1
	maxShared  = kir.MaxSharedBytes // sm_90's opt-in limit; the device's own is checked when a machine is made
)

// elemSize is the size of a buffer element type.
func elemSize(dtype string) (int, error) {
	switch dtype {
	case "f32", "i32":
		return 4, nil
	case "f16", "bf16":
		return 2, nil
	}
	return 0, fmt.Errorf("unsupported dtype %q", dtype)
}

// Validate checks a program against what the backend and the device
// accept, before anything is allocated: every launch names a kernel of the
// program, its arguments match the kernel's parameters one for one
// (buffer ↔ pointer of the same element type, scalar ↔ i64: cu's Launch
// copies 8 bytes per parameter; tensor map ↔ tensor-map parameter, the
// map passing codegen.TensorMapArg.Check over its buffer), grid, block and
// shared memory are within the device limits, and inputs, outputs and
// buffer sizes agree.
func Validate(p *codegen.Program) error {
	kernels := map[string]*kir.Kernel{}
	for _, k := range p.Kernels {
		if _, dup := kernels[k.Name]; dup {
			return fmt.Errorf("program @%s: two kernels named %s", p.Graph, k.Name)
		}
		kernels[k.Name] = k
		for _, prm := range k.Params {
			if !prm.Ptr && prm.Type != kir.I64 {
				return fmt.Errorf("kernel %s: scalar parameter %s is %s: cu passes every parameter as 8 bytes, so scalars must be i64", k.Name, prm.Name, prm.Type)
			}
		}
	}
	for i, b := range p.Buffers {
		if b.ID != i {
			return fmt.Errorf("program @%s: buffer %d (%s) has id %d", p.Graph, i, b.Name, b.ID)
		}
		size, err := elemSize(b.DType)
		if err != nil {
			return fmt.Errorf("buffer %d (%s): %v", i, b.Name, err)
		}
		if b.Elems < 1 || b.Bytes < b.Elems*int64(size) {
			return fmt.Errorf("buffer %d (%s): %d bytes for %d %s elements", i, b.Name, b.Bytes, b.Elems, b.DType)
		}
	}
	for li, l := range p.Launches {
		where := fmt.Sprintf("launch %d (%s, %s)", li, l.Kernel, l.Op)
		k := kernels[l.Kernel]
		if k == nil {
			return fmt.Errorf("%s: no kernel %s in the program", where, l.Kernel)
		}
		if l.Block != k.Block {
			return fmt.Errorf("%s: block %v, the kernel is built for %v", where, l.Block, k.Block)
		}
		if t := l.Block[0] * l.Block[1] * l.Block[2]; t < 1 || t > maxThreads || l.Block[2] > 64 {
			return fmt.Errorf("%s: block %v: want 1..%d threads, z ≤ 64", where, l.Block, maxThreads)
		}
		if l.Grid[0] < 1 || l.Grid[1] < 1 || l.Grid[2] < 1 || l.Grid[0] > maxGridX || l.Grid[1] > maxGridYZ || l.Grid[2] > maxGridYZ {
			return fmt.Errorf("%s: grid %v out of range (x ≤ 2³¹−1, y, z ≤ 65535, all ≥ 1)", where, l.Grid)
		}
		if l.SharedBytes != k.SharedBytes() || l.SharedBytes > maxShared {
			return fmt.Errorf("%s: %d bytes of shared memory, the kernel declares %d (at most %d)", where, l.SharedBytes, k.SharedBytes(), maxShared)
		}
		if l.DynamicShared != k.DynamicShared() {
			return fmt.Errorf("%s: dynamic shared memory %v, the kernel's arrays are dynamic: %v (more than %d bytes)", where, l.DynamicShared, k.DynamicShared(), kir.StaticSharedLimit)
		}
		if len(l.Args) != len(k.Params) {
			return fmt.Errorf("%s: %d arguments for %d parameters", where, len(l.Args), len(k.Params))
		}
		for j, a := range l.Args {
			prm := k.Params[j]
			if argKinds(a) != 1 {
				return fmt.Errorf("%s: argument %d (%s) must be exactly one of a buffer, a scalar and a tensor map", where, j, prm.Name)
			}
			if prm.Map != nil && a.TensorMap == nil {
				return fmt.Errorf("%s: argument %d: parameter %s is a tensor map (a CUtensorMap's address), the argument must be a tensor map (codegen.TensorMapArg)", where, j, prm.Name)
			}
			switch {
			case a.TensorMap != nil:
				m := a.TensorMap
				if prm.Map == nil {
					return fmt.Errorf("%s: argument %d is a tensor map, parameter %s (%s) is not one", where, j, prm.Name, paramKind(prm))
				}
				if m.Buffer < 0 || m.Buffer >= len(p.Buffers) {
					return fmt.Errorf("%s: argument %d (tensor map %s): no buffer %d", where, j, prm.Name, m.Buffer)
				}
				if err := m.Check(prm, p.Buffers[m.Buffer]); err != nil {
					return fmt.Errorf("%s: argument %d (over buffer %d, %s): %v", where, j, m.Buffer, p.Buffers[m.Buffer].Name, err)
				}
			case a.Buffer != nil:
				if !prm.Ptr {
					return fmt.Errorf("%s: argument %d is buffer %d, parameter %s is a scalar", where, j, *a.Buffer, prm.Name)
				}
				id := *a.Buffer
				if id < 0 || id >= len(p.Buffers) {
					return fmt.Errorf("%s: argument %d (%s): no buffer %d", where, j, prm.Name, id)
				}
				if b := p.Buffers[id]; b.DType != prm.Type.String() {
					return fmt.Errorf("%s: argument %d (%s %s) is buffer %d (%s) of %s", where, j, prm.Type, prm.Name, id, b.Name, b.DType)
				}
				if !prm.ReadOnly && (p.Buffers[id].Kind == codegen.Weight || p.Buffers[id].Kind == codegen.Input) {
					return fmt.Errorf("%s: argument %d (%s) writes %s buffer %d (%s)", where, j, prm.Name, p.Buffers[id].Kind, id, p.Buffers[id].Name)
				}
			default:
				if prm.Ptr {
					return fmt.Errorf("%s: argument %d is a scalar, parameter %s is a pointer", where, j, prm.Name)
				}
			}
		}
	}
	for i, id := range p.Inputs {
		if id < 0 || id >= len(p.Buffers) || p.Buffers[id].Kind != codegen.Input {
			return fmt.Errorf("program @%s: input %d is not an input buffer (%d)", p.Graph, i, id)
		}
	}
	if len(p.OutputElems) != len(p.Outputs) {
		return fmt.Errorf("program @%s: %d outputs, %d output sizes", p.Graph, len(p.Outputs), len(p.OutputElems))
	}
	for i, id := range p.Outputs {
		if id < 0 || id >= len(p.Buffers) {
			return fmt.Errorf("program @%s: output %d: no buffer %d", p.Graph, i, id)
		}
		if b := p.Buffers[id]; p.OutputElems[i] > b.Elems || p.OutputElems[i] < 1 || (b.DType != "f32" && b.DType != "f16" && b.DType != "bf16") {
			return fmt.Errorf("program @%s: output %d: %d elements in buffer %d (%s, %d %s)", p.Graph, i, p.OutputElems[i], id, b.Name, b.Elems, b.DType)
		}
	}
	return nil
}

// argKinds counts what an argument is set to: a valid one is exactly one
// of a buffer, a scalar and a tensor map.
func argKinds(a codegen.Arg) int {
	n := 0
	for _, set := range []bool{a.Buffer != nil, a.Scalar != nil, a.TensorMap != nil} {
		if set {
			n++
		}
	}
	return n
}

// paramKind says what a kernel parameter is, for messages.
func paramKind(p *kir.Param) string {
	switch {
	case p.Map != nil:
		return "a tensor map of " + p.Type.String()
	case p.Ptr:
		return "a pointer to " + p.Type.String()
	}
	return "a scalar " + p.Type.String()
}

// LaunchWords marshals a launch's arguments as the 8-byte words that cu's
// Function.Launch copies: the device address of a buffer argument (addr
// is indexed by buffer id), the two's-complement bits of an i64 scalar,
// the device address of a tensor-map argument's CUtensorMap (maps is
// indexed by argument, as TensorMapPlan.ArgAddrs gives it; nil for a
// launch without tensor maps).
func LaunchWords(l codegen.Launch, addr, maps []uint64) ([]uint64, error) {
	words := make([]uint64, len(l.Args))
	for j, a := range l.Args {
		if argKinds(a) != 1 {
			return nil, fmt.Errorf("launch of %s: argument %d must be exactly one of a buffer, a scalar and a tensor map", l.Kernel, j)
		}
		switch {
		case a.Buffer != nil:
			id := *a.Buffer
			if id < 0 || id >= len(addr) {
				return nil, fmt.Errorf("launch of %s: argument %d: no buffer %d", l.Kernel, j, id)
			}
			words[j] = addr[id]
		case a.Scalar != nil:
			words[j] = uint64(*a.Scalar)
		default:
			if j >= len(maps) || maps[j] == 0 {
				return nil, fmt.Errorf("launch of %s: argument %d is a tensor map over buffer %d and has no device address", l.Kernel, j, a.TensorMap.Buffer)
			}
			words[j] = maps[j]
		}
	}
	return words, nil
}

// ------------------------------------------------------------- tensor maps

// A tensor-map parameter (kir.TensorMap) takes the device address of a
// CUtensorMap, the 128-byte descriptor cp.async.bulk.tensor reads. The
// machine encodes every map of the plan once, when it allocates the
// buffers (a map holds its buffer's address), with the driver's
// cuTensorMapEncodeTiled (tensormap.go), puts them in one device
// allocation and passes their addresses as launch words: no host work per
// pass. What the driver call takes is worked out here, without a GPU.

// TensorMapBytes is the size of a CUtensorMap; a map in global memory
// must start on 64 bytes.
const TensorMapBytes = 128

// The values of the driver's tensor-map enums (cuda.h, CUDA 12).
const (
	tmDataTypeFloat16  = 6 // CU_TENSOR_MAP_DATA_TYPE_FLOAT16
	tmDataTypeFloat32  = 7 // CU_TENSOR_MAP_DATA_TYPE_FLOAT32
	tmDataTypeBfloat16 = 9 // CU_TENSOR_MAP_DATA_TYPE_BFLOAT16

	tmInterleaveNone = 0 // CU_TENSOR_MAP_INTERLEAVE_NONE

	tmSwizzleNone = 0 // CU_TENSOR_MAP_SWIZZLE_NONE
	tmSwizzle128B = 3 // CU_TENSOR_MAP_SWIZZLE_128B (32B is 1, 64B 2)

	tmL2Promotion128B = 2 // CU_TENSOR_MAP_L2_PROMOTION_L2_128B (NONE 0, 64B 1, 256B 3)

	tmOOBFillNone = 0 // CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE: zeros outside the tensor
)

// TensorMapEncoding is the arguments of cuTensorMapEncodeTiled for one
// tensor map, but the map itself and the global address (the buffer's,
// known once it is allocated). The enums are the driver's values.
type TensorMapEncoding struct {
	DataType       uint32   // CUtensorMapDataType
	Rank           uint32   // 1..5
	GlobalDim      []uint64 // elements per dimension, innermost first
	GlobalStrides  []uint64 // bytes, dimensions 1 …: Rank−1 of them
	BoxDim         []uint32 // elements of one load per dimension
	ElementStrides []uint32 // all 1: every element of the box
	Interleave     uint32   // CUtensorMapInterleave: NONE
	Swizzle        uint32   // CUtensorMapSwizzle: NONE or 128B
	L2Promotion    uint32   // CUtensorMapL2promotion: 128B, FlashAttention-3's and CUTLASS's choice
	OOBFill        uint32   // CUtensorMapFloatOOBfill: NONE, zeros past the tensor's end
}

// TensorMapEncode turns a tensor-map argument over a tensor of element
// type t into the arguments of cuTensorMapEncodeTiled. It checks only what
// it needs to produce them; Validate checks the argument against its
// parameter and buffer (codegen.TensorMapArg.Check).
func TensorMapEncode(m *codegen.TensorMapArg, t kir.Type) (TensorMapEncoding, error) {
	var e TensorMapEncoding
	switch t {
	case kir.F16:
		e.DataType = tmDataTypeFloat16
	case kir.BF16:
		e.DataType = tmDataTypeBfloat16
	case kir.F32:
		e.DataType = tmDataTypeFloat32
	default:
		return e, fmt.Errorf("tensor map over buffer %d: element type %s, want f16, bf16 or f32", m.Buffer, t)
	}
	rank := len(m.Dims)
	if rank < 1 || rank > 5 || len(m.Strides) != rank-1 || len(m.Box) != rank {
		return e, fmt.Errorf("tensor map over buffer %d: %d dimensions, %d strides and a %d-dimensional box, want 1..5 dimensions, one stride fewer and a box of as many", m.Buffer, rank, len(m.Strides), len(m.Box))
	}
	switch m.Swizzle {
	case 0:
		e.Swizzle = tmSwizzleNone
	case 128:
		e.Swizzle = tmSwizzle128B
	default:
		return e, fmt.Errorf("tensor map over buffer %d: swizzle %d, want 0 or 128", m.Buffer, m.Swizzle)
	}
	e.Rank = uint32(rank)
	for i := range rank {
		if m.Dims[i] < 1 || m.Box[i] < 1 || m.Box[i] > 256 {
			return e, fmt.Errorf("tensor map over buffer %d: dimension %d of %d elements, box %d, want at least 1 and a box of 1..256", m.Buffer, i, m.Dims[i], m.Box[i])
		}
		e.GlobalDim = append(e.GlobalDim, uint64(m.Dims[i]))
		e.BoxDim = append(e.BoxDim, uint32(m.Box[i]))
		e.ElementStrides = append(e.ElementStrides, 1)
	}
	for i, st := range m.Strides {
		if st <= 0 {
			return e, fmt.Errorf("tensor map over buffer %d: stride %d is %d bytes, want positive", m.Buffer, i+1, st)
		}
		e.GlobalStrides = append(e.GlobalStrides, uint64(st))
	}
	e.Interleave = tmInterleaveNone
	e.L2Promotion = tmL2Promotion128B
	e.OOBFill = tmOOBFillNone
	return e, nil
}

// TensorMapPlan places a program's tensor maps in one device allocation of
// Bytes(): the distinct maps its launches pass (Maps; launches passing the
// same view of the same buffer share one), map i at byte offset
// i·TensorMapBytes, and which map each launch argument passes.
type TensorMapPlan struct {
	Maps []TensorMapUse
	// Slot[launch][argument] is the index in Maps of the argument's map,
	// -1 for an argument that is not a tensor map.
	Slot [][]int
}

// TensorMapUse is one tensor map of a plan: the argument and its
// parameter's element type, which the encoding needs.
type TensorMapUse struct {
	Arg  *codegen.TensorMapArg
	Type kir.Type
}

// PlanTensorMaps lists the tensor maps of a validated program. A program
// without tensor maps gives an empty plan (Bytes 0).
func PlanTensorMaps(p *codegen.Program) (*TensorMapPlan, error) {
	kernels := map[string]*kir.Kernel{}
	for _, k := range p.Kernels {
		kernels[k.Name] = k
	}
	tp := &TensorMapPlan{Slot: make([][]int, len(p.Launches))}
	index := map[string]int{}
	for li, l := range p.Launches {
		k := kernels[l.Kernel]
		tp.Slot[li] = make([]int, len(l.Args))
		for j, a := range l.Args {
			tp.Slot[li][j] = -1
			if a.TensorMap == nil {
				continue
			}
			if k == nil || j >= len(k.Params) || k.Params[j].Map == nil {
				return nil, fmt.Errorf("launch %d (%s): argument %d is a tensor map, the kernel's parameter is not (validate the program first)", li, l.Kernel, j)
			}
			m, t := a.TensorMap, k.Params[j].Type
			key := fmt.Sprintf("%s %d %v %v %v %d", t, m.Buffer, m.Dims, m.Strides, m.Box, m.Swizzle)
			i, ok := index[key]
			if !ok {
				i = len(tp.Maps)
				index[key] = i
				tp.Maps = append(tp.Maps, TensorMapUse{Arg: m, Type: t})
			}
			tp.Slot[li][j] = i
		}
	}
	return tp, nil
}

// Bytes is the size of the allocation that holds the plan's maps.
func (tp *TensorMapPlan) Bytes() int64 { return int64(len(tp.Maps)) * TensorMapBytes }

// ArgAddrs gives, for each argument of launch li, the device address of
// its tensor map when the maps lie from base on (0 for the others), as
// LaunchWords takes them; nil for a launch without tensor maps.
func (tp *TensorMapPlan) ArgAddrs(li int, base uint64) []uint64 {
	var out []uint64
	for j, i := range tp.Slot[li] {
		if i < 0 {
			continue
		}
		if out == nil {
			out = make([]uint64, len(tp.Slot[li]))
		}
		out[j] = base + uint64(i)*TensorMapBytes
	}
	return out
}

// Encode writes f32 values into dst as dtype (rounding to f16 or bf16
// like runtime/sim), little-endian. dst must hold len(data) elements.
func Encode(dst []byte, dtype string, data []float32) error {
	size, err := elemSize(dtype)
	if err != nil {
		return err
	}
	if len(dst) < len(data)*size {
		return fmt.Errorf("encode: %d bytes for %d %s values", len(dst), len(data), dtype)
	}
	le := binary.LittleEndian
	switch dtype {
	case "f32":
		for i, v := range data {
			le.PutUint32(dst[4*i:], math.Float32bits(v))
		}
	case "f16":
		for i, v := range data {
			le.PutUint16(dst[2*i:], safetensors.Float32ToF16(v))
		}
	case "bf16":
		for i, v := range data {
			le.PutUint16(dst[2*i:], safetensors.Float32ToBF16(v))
		}
	default:
		return fmt.Errorf("encode: f32 values into a %s buffer", dtype)
	}
	return nil
}

// EncodeI32 writes token ids into dst, little-endian.
func EncodeI32(dst []byte, ids []int32) error {
	if len(dst) < 4*len(ids) {
		return fmt.Errorf("encode: %d bytes for %d i32 values", len(dst), len(ids))
	}
	for i, v := range ids {
		binary.LittleEndian.PutUint32(dst[4*i:], uint32(v))
	}
	return nil
}

// Decode reads n elements of dtype from src as f32.
func Decode(src []byte, dtype string, n int64) ([]float32, error) {
	size, err := elemSize(dtype)
	if err != nil {
		return nil, err
	}
	if int64(len(src)) < n*int64(size) {
		return nil, fmt.Errorf("decode: %d bytes for %d %s values", len(src), n, dtype)
	}
	out := make([]float32, n)
	le := binary.LittleEndian
	switch dtype {
	case "f32":
		for i := range out {
			out[i] = math.Float32frombits(le.Uint32(src[4*i:]))
		}
	case "f16":
		for i := range out {
			out[i] = safetensors.F16ToFloat32(le.Uint16(src[2*i:]))
		}
	case "bf16":
		for i := range out {
			out[i] = safetensors.BF16ToFloat32(le.Uint16(src[2*i:]))
		}
	default:
		return nil, fmt.Errorf("decode: a %s buffer as f32", dtype)
	}
	return out, nil
}

// WeightData returns a weight buffer's values (codegen.Buffer.WeightValues).
func WeightData(b codegen.Buffer, weights map[string][]float32) ([]float32, error) {
	return b.WeightValues(weights)
}

// TokenLimits finds, for each i32 input buffer that an embedding kernel
// gathers by (a kernel whose first parameter is the i32 pointer "ids",
// then the table, the output and n = rows·D), the vocabulary size: the
// table's rows. The embedding kernels do not check ids (runtime/sim's
// bounds checker would; a GPU reads out of bounds), so Run checks them on
// the host.
func TokenLimits(p *codegen.Program) map[int]int {
	kernels := map[string]*kir.Kernel{}
	for _, k := range p.Kernels {
		kernels[k.Name] = k
	}
	out := map[int]int{}
	for _, l := range p.Launches {
		k := kernels[l.Kernel]
		if k == nil || len(k.Params) != 4 || len(l.Args) != 4 || !k.Params[0].Ptr || k.Params[0].Type != kir.I32 ||
			!strings.HasPrefix(k.Params[0].Name, "ids") || l.Args[0].Buffer == nil || l.Args[1].Buffer == nil || l.Args[3].Scalar == nil {
			continue
		}
		ids, table := p.Buffers[*l.Args[0].Buffer], p.Buffers[*l.Args[1].Buffer]
		n := *l.Args[3].Scalar
		if ids.Kind != codegen.Input || ids.Elems < 1 || n%ids.Elems != 0 {
			continue
		}
		if d := n / ids.Elems; d > 0 && table.Elems%d == 0 {
			out[ids.ID] = int(table.Elems / d)
		}
	}
	return out
}

// checkInputs checks the inputs' types and lengths against the program,
// and token ids against the vocabulary.
func checkInputs(p *codegen.Program, vocab map[int]int, inputs []Input) error {
	if len(inputs) != len(p.Inputs) {
		return fmt.Errorf("program @%s takes %d inputs, got %d", p.Graph, len(p.Inputs), len(inputs))
	}
	for i, id := range p.Inputs {
		b, in := p.Buffers[id], inputs[i]
		switch {
		case b.DType == "i32" && int64(len(in.I32)) == b.Elems:
			if V, ok := vocab[id]; ok {
				for j, t := range in.I32 {
					if t < 0 || int(t) >= V {
						return fmt.Errorf("input %d (%s): token id %d at index %d is outside the vocabulary [0, %d)", i, b.Name, t, j, V)
					}
				}
			}
		case b.DType != "i32" && int64(len(in.F32)) == b.Elems:
		default:
			return fmt.Errorf("input %d (%s): wrong type or length, want %d %s", i, b.Name, b.Elems, b.DType)
		}
	}
	return nil
}

// RelErr is the relative error ‖got − want‖₂ / ‖want‖₂ (NaN when got has
// a NaN or the lengths differ), the measure the sim and cuda checks use.
func RelErr(got, want []float32) float64 {
	if len(got) != len(want) {
		return math.NaN()
	}
	var num, den float64
	for i := range want {
		d := float64(got[i]) - float64(want[i])
		num += d * d
		den += float64(want[i]) * float64(want[i])
	}
	if den == 0 {
		return math.Sqrt(num)
	}
	return math.Sqrt(num / den)
}

// Tolerance is the relative error allowed against the CPU backend: 1e-4
// for f32 models, 1e-2 for f16 and bf16 (activations stored in half
// precision).
func Tolerance(dtype string) float64 {
	if dtype == "f32" || dtype == "" {
		return 1e-4
	}
	return 1e-2
}
