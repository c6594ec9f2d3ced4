// Package kir is hopf's kernel IR: a small typed language for GPU kernels —
// parameters, the thread/block mapping, registers, shared arrays, loops,
// branches, loads and stores, barriers and warp shuffles. Kernel
// generators build it with a Builder (builder.go); the CUDA renderer
// (codegen/cuda) prints it as CUDA C and the simulator (runtime/sim) runs it
// on the CPU, so what the GPU will run is checked on every machine.
//
// Kernels are SIMT programs: Body runs once per thread. Indices and loop
// counters are i64 (cu copies every kernel parameter as 8 bytes, so scalar
// parameters are i64 or f32-in-8-bytes too: see Param).
package kir

import "fmt"

// Type is a scalar type.
type Type uint8

const (
	Void Type = iota
	Bool
	I32
	I64
	F32
	F16
	BF16
)

var typeNames = [...]string{"void", "bool", "i32", "i64", "f32", "f16", "bf16"}

func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", t)
}

// IsFloat reports whether t is a floating-point type.
func (t Type) IsFloat() bool { return t == F32 || t == F16 || t == BF16 }

// IsInt reports whether t is an integer type.
func (t Type) IsInt() bool { return t == I32 || t == I64 }

// Size is the size of one element in bytes.
func (t Type) Size() int {
	switch t {
	case Bool:
		return 1
	case F16, BF16:
		return 2
	case I32, F32:
		return 4
	case I64:
		return 8
	}
	return 0
}

// Param is a kernel parameter: a pointer to global memory (Ptr) of
// element type Type, or a scalar. Scalars are passed as 8 bytes, so a
// scalar parameter must be I64 (gorgonia.org/cu copies every parameter as
// 8 bytes; see FACTS.md).
type Param struct {
	Name     string
	Type     Type
	Ptr      bool
	ReadOnly bool // a pointer the kernel only reads (const __restrict__)
	// Map makes the parameter a tensor map (TensorMap): the address of a
	// CUtensorMap over a tensor of Type, read by TmaLoad only.
	Map *TensorMap
}

// Shared is a shared-memory array of constant length, one per block.
type Shared struct {
	Name string
	Type Type
	Len  int
	// Align is the array's alignment in bytes: 0 for SharedAlign, else a
	// power of two up to 1024 (TmaLoad destinations: 128; swizzled tiles:
	// 1024).
	Align int
}

// Buffer is what loads and stores address: a pointer parameter or a shared
// array.
type Buffer interface {
	BufName() string
	ElemType() Type
	buffer()
}

func (p *Param) BufName() string  { return p.Name }
func (p *Param) ElemType() Type   { return p.Type }
func (*Param) buffer()            {}
func (s *Shared) BufName() string { return s.Name }
func (s *Shared) ElemType() Type  { return s.Type }
func (*Shared) buffer()           {}

// Var is a register: a per-thread variable.
type Var struct {
	Name string
	Type Type
}

// Kernel is one generated kernel.
type Kernel struct {
	Name   string // a C identifier, e.g. L0_fused_attention_residual_l13
	Origin string // the IR op and DSL position it came from, for the header comment
	Params []*Param
	Shared []*Shared
	Block  [3]int // threads per block (x, y, z); constant
	Body   []Stmt
}

// Threads is the number of threads in a block.
func (k *Kernel) Threads() int { return k.Block[0] * k.Block[1] * k.Block[2] }

// Shared-memory limits per block on the devices hopf targets.
const (
	// StaticSharedLimit is what a kernel may declare as static __shared__
	// arrays, and what any launch gets without opting in.
	StaticSharedLimit = 48 * 1024
	// MaxSharedBytes is the opt-in limit of compute capability 9.0 (227
	// KiB; 8.0 allows 163, 8.6 and 8.9 99): a block using more than
	// StaticSharedLimit gets its arrays in dynamic shared memory, and the
	// runtime raises the kernel's limit (cuFuncSetAttribute) after checking
	// the device's.
	MaxSharedBytes = 227 * 1024
)

// SharedAlign is the alignment of every shared array (16 bytes: vector
// copies, cp.async and ldmatrix rows).
const SharedAlign = 16

// SharedPadded is the bytes an array of n bytes takes in the layout: n
// rounded up to SharedAlign.
func SharedPadded(n int) int { return (n + SharedAlign - 1) / SharedAlign * SharedAlign }

// SharedOffsets lays the shared arrays out one after another, each padded
// to a multiple of SharedAlign and starting on its alignment; it returns
// each array's byte offset and the total, which is SharedBytes. The
// arrays with the largest alignment are placed first (in declaration
// order among equals), so that no padding is lost between them.
func (k *Kernel) SharedOffsets() (offsets []int, total int) {
	offsets = make([]int, len(k.Shared))
	for _, a := range []int{1024, 512, 256, 128, 64, 32, 16} {
		for i, s := range k.Shared {
			if s.align() != a {
				continue
			}
			total = (total + a - 1) / a * a
			offsets[i] = total
			total += SharedPadded(s.Len * s.Type.Size())
		}
	}
	return offsets, total
}

// SharedAlignMax is the largest alignment of the kernel's shared arrays:
// the alignment the block's shared memory must start on.
func (k *Kernel) SharedAlignMax() int {
	a := SharedAlign
	for _, s := range k.Shared {
		a = max(a, s.align())
	}
	return a
}

// SharedBytes is the shared memory of one block: the arrays, each padded
// to SharedAlign (generators' size formulas sum kir.SharedPadded of each).
func (k *Kernel) SharedBytes() int {
	_, n := k.SharedOffsets()
	return n
}

// DynamicShared reports whether the kernel's shared arrays live in dynamic
// shared memory: they do when they need more than StaticSharedLimit. The
// launch then passes SharedBytes as its dynamic size.
func (k *Kernel) DynamicShared() bool { return k.SharedBytes() > StaticSharedLimit }

// ---------------------------------------------------------------- expressions

// Expr is a typed expression.
type Expr interface {
	Type() Type
	expr()
}

// Const is a literal.
type Const struct {
	T Type
	I int64   // integer and bool constants
	F float64 // float constants
}

// ParamRef reads a scalar parameter.
type ParamRef struct{ P *Param }

// VarRef reads a register.
type VarRef struct{ V *Var }

// SpecialKind names a built-in index.
type SpecialKind uint8

const (
	ThreadIdxX SpecialKind = iota
	ThreadIdxY
	ThreadIdxZ
	BlockIdxX
	BlockIdxY
	BlockIdxZ
	BlockDimX
	BlockDimY
	BlockDimZ
	GridDimX
	GridDimY
	GridDimZ
)

var specialNames = [...]string{"threadIdx.x", "threadIdx.y", "threadIdx.z", "blockIdx.x", "blockIdx.y", "blockIdx.z",
	"blockDim.x", "blockDim.y", "blockDim.z", "gridDim.x", "gridDim.y", "gridDim.z"}

func (s SpecialKind) String() string { return specialNames[s] }

// Special is a built-in index, always i64.
type Special struct{ Kind SpecialKind }

// BinOp is a binary operator.
type BinOp uint8

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpDiv // integer division truncates toward zero, as in C
	OpRem
	OpMin
	OpMax
	OpLt
	OpLe
	OpGt
	OpGe
	OpEq
	OpNe
	OpAnd // logical, on bools
	OpOr
	OpBitAnd
	OpShl
	OpShr
)

var binNames = [...]string{"+", "-", "*", "/", "%", "min", "max", "<", "<=", ">", ">=", "==", "!=", "&&", "||", "&", "<<", ">>"}

func (o BinOp) String() string { return binNames[o] }

// IsCompare reports whether o yields a bool from two values.
func (o BinOp) IsCompare() bool { return o >= OpLt && o <= OpNe }

// Bin is a binary operation on operands of one type.
type Bin struct {
	Op   BinOp
	A, B Expr
}

// UnOp is a unary operator.
type UnOp uint8

const (
	OpNeg UnOp = iota
	OpNot
	OpExp
	OpLog
	OpSqrt
	OpRsqrt
	OpAbs
	// OpExp2 is 2^x as the hardware's approximation computes it (PTX
	// ex2.approx.ftz.f32, one MUFU.EX2, within 2 ulp): a result below the
	// smallest normal f32, 2^-126, is 0.
	OpExp2
	// OpRcp is a fast reciprocal 1/x (CUDA __fdividef(1, x): within 2 ulp,
	// one MUFU.RCP, no call to IEEE division's slow-path subroutine). For
	// normalisers such as a softmax sum, which need no IEEE rounding.
	OpRcp
)

var unNames = [...]string{"-", "!", "exp", "log", "sqrt", "rsqrt", "abs", "exp2", "rcp"}

func (o UnOp) String() string { return unNames[o] }

// Un is a unary operation.
type Un struct {
	Op UnOp
	X  Expr
}

// Cast converts X to T.
type Cast struct {
	T Type
	X Expr
}

// Load reads Buf[Index] (Index is i64).
type Load struct {
	Buf   Buffer
	Index Expr
}

// Select is Cond ? A : B.
type Select struct{ Cond, A, B Expr }

// ShflKind is a warp shuffle variant.
type ShflKind uint8

const (
	ShflKindXor  ShflKind = iota // value of lane (lane ^ Arg)
	ShflKindDown                 // value of lane (lane + Arg), own value past the warp
	ShflKindIdx                  // value of lane Arg
)

// Shfl exchanges X between the 32 lanes of a warp (full mask: every lane
// of the warp must execute it).
type Shfl struct {
	Kind ShflKind
	X    Expr
	Arg  Expr // i64
}

func (c *Const) Type() Type    { return c.T }
func (p *ParamRef) Type() Type { return p.P.Type }
func (v *VarRef) Type() Type   { return v.V.Type }
func (*Special) Type() Type    { return I64 }
func (b *Bin) Type() Type {
	if b.Op.IsCompare() {
		return Bool
	}
	return b.A.Type()
}
func (u *Un) Type() Type     { return u.X.Type() }
func (c *Cast) Type() Type   { return c.T }
func (l *Load) Type() Type   { return l.Buf.ElemType() }
func (s *Select) Type() Type { return s.A.Type() }
func (s *Shfl) Type() Type   { return s.X.Type() }

func (*Const) expr()    {}
func (*ParamRef) expr() {}
func (*VarRef) expr()   {}
func (*Special) expr()  {}
func (*Bin) expr()      {}
func (*Un) expr()       {}
func (*Cast) expr()     {}
func (*Load) expr()     {}
func (*Select) expr()   {}
func (*Shfl) expr()     {}

// ----------------------------------------------------------------- statements

// Stmt is a statement.
type Stmt interface{ stmt() }

// Decl declares a register with an initial value.
type Decl struct {
	V    *Var
	Init Expr
}

// Assign sets a register.
type Assign struct {
	V *Var
	X Expr
}

// Store writes Buf[Index] = X.
type Store struct {
	Buf   Buffer
	Index Expr
	X     Expr
}

// For runs Body for V = From; V < To; V += Step (V is an i64 register
// declared by the loop).
type For struct {
	V              *Var
	From, To, Step Expr
	Body           []Stmt
}

// If runs Then or Else.
type If struct {
	Cond       Expr
	Then, Else []Stmt
}

// Barrier is __syncthreads(): every thread of the block must reach the
// same barrier.
type Barrier struct{}

// NamedBarrier is bar.sync ID, Count (or bar.arrive with Arrive): a
// hardware barrier other than __syncthreads' (ID 1 to 15, an i64
// expression) that completes once Count threads (a multiple of 32) have
// arrived, by either. bar.sync waits for that; bar.arrive does not. It
// orders when warps run (two warpgroups taking turns at the tensor
// cores), not memory: the simulator does not treat it as making shared
// writes visible. The simulator faults arrivals left over when the block
// ends (a protocol of turns whose sides disagree on their number).
type NamedBarrier struct {
	ID     Expr
	Count  int
	Arrive bool
}

// Comment is a line of commentary in the generated source.
type Comment struct{ Text string }

// Mma is one warp-wide tensor-core matrix multiply-accumulate D = A·B + C
// with A 16×16, B 16×8 and C, D 16×8: PTX
// mma.sync.aligned.m16n8k16.row.col.f32.{f16,bf16}.{f16,bf16}.f32 (sm_80
// and later). Every lane of the warp must execute it (full mask, like
// Shfl). Each lane holds its part of every operand in PTX's fragment
// layout; with g = lane/4 and q = lane%4:
//
//	A[i]: row g + 8·((i/2)%2),  column 2q + i%2 + 8·(i/4)   (i = 0..7)
//	B[i]: row 2q + i%2 + 8·(i/2), column g                   (i = 0..3)
//	C[i], D[i]: row g + 8·(i/2), column 2q + i%2             (i = 0..3)
//
// A and B are f16 or bf16 (one type), C is f32 and D are f32 registers,
// written after every operand is read (D may be C's registers).
type Mma struct {
	D [4]*Var
	A [8]Expr
	B [4]Expr
	C [4]Expr
}

// LdMatrix is PTX ldmatrix.sync.aligned.m8n8.x{1,2,4}[.trans].shared.b16:
// the warp loads N = len(D)/2 matrices of 8×8 16-bit elements from the
// shared array Src. Lane 8j + r (r = 0..7) gives Row, the index of row r
// of matrix j (8 consecutive elements; Row is a multiple of 8, i.e. 16
// bytes aligned); the Row of lanes ≥ 8N is not used. Lane ℓ receives from
// matrix j the elements (ℓ/4, 2(ℓ%4)) and (ℓ/4, 2(ℓ%4)+1) in D[2j] and
// D[2j+1]; with Trans, (2(ℓ%4), ℓ/4) and (2(ℓ%4)+1, ℓ/4). That is the A
// or B fragment layout of Mma: B of a product with a row-major 16×8 tile
// of Bᵀ (no Trans) or of B itself (Trans). Every lane of the warp must
// execute it.
type LdMatrix struct {
	D     []*Var // 2, 4 or 8 registers of Src's type (f16 or bf16)
	Src   *Shared
	Row   Expr // i64
	Trans bool
}

// Copy copies N consecutive elements Src[SrcIndex …] to Dst[DstIndex …] as
// one vector access of N·size bytes (4, 8 or 16) on each side: both
// indices are multiples of N (buffer bases are 256-byte aligned). Src and
// Dst have one element type. A thread's own copy, not a collective.
type Copy struct {
	Dst      Buffer
	DstIndex Expr
	Src      Buffer
	SrcIndex Expr
	N        int
}

// CopyAsync starts an asynchronous 16-byte copy of N elements from the
// global buffer Src[SrcIndex …] to the shared array Dst[DstIndex …] (PTX
// cp.async.cg.shared.global, sm_80 and later): both indices are multiples
// of N. The copy belongs to the thread's open group, closed by
// AsyncCommit, and is complete (its elements visible to the thread) once
// an AsyncWait leaves that group no longer pending; other threads see it
// after a Barrier that follows the wait.
//
// With Valid (a bool) false the copy reads nothing and writes N zeros
// (cp.async's src-size operand 0: the rest of the 16 bytes is
// zero-filled), so a tile's rows past the end are cleared without a
// branch; SrcIndex must still be in the buffer. A nil Valid is true.
type CopyAsync struct {
	Dst      *Shared
	DstIndex Expr
	Src      *Param
	SrcIndex Expr
	N        int
	Valid    Expr
}

// AsyncCommit closes the thread's open group of CopyAsync
// (cp.async.commit_group); an empty group is a group too.
type AsyncCommit struct{}

// AsyncWait waits until at most N of the thread's committed groups are
// pending: every older group is complete (cp.async.wait_group N).
type AsyncWait struct{ N int }

// MmaA, MmaB and MmaC give the (row, column) of fragment element i held by
// lane (the layout above), for generators and tests.
func MmaA(lane, i int) (row, col int) {
	return lane/4 + 8*((i/2)%2), 2*(lane%4) + i%2 + 8*(i/4)
}

// MmaB is the layout of B: see MmaA.
func MmaB(lane, i int) (row, col int) { return 2*(lane%4) + i%2 + 8*(i/2), lane / 4 }

// MmaC is the layout of C and D: see MmaA.
func MmaC(lane, i int) (row, col int) { return lane/4 + 8*(i/2), 2*(lane%4) + i%2 }

func (*Decl) stmt()         {}
func (*Assign) stmt()       {}
func (*Store) stmt()        {}
func (*For) stmt()          {}
func (*If) stmt()           {}
func (*NamedBarrier) stmt() {}
func (*Barrier) stmt()      {}
func (*Comment) stmt()      {}
func (*Mma) stmt()          {}
func (*LdMatrix) stmt()     {}
func (*Copy) stmt()         {}
func (*CopyAsync) stmt()    {}
func (*AsyncCommit) stmt()  {}
func (*AsyncWait) stmt()    {}

// ------------------------------------------------- Hopper warpgroup MMA (sm_90a)

// Pack2 converts Lo and Hi (f32, f16 or bf16) to T (f16 or bf16) and packs
// them into one 32-bit register, Lo in the lower half (PTX's .f16x2 and
// .bf16x2): the register form of a Wgmma's A operand. Its type is I32; only
// Wgmma reads it.
type Pack2 struct {
	T      Type
	Lo, Hi Expr
}

func (*Pack2) Type() Type { return I32 }
func (*Pack2) expr()      {}

// WgmmaSmem is a Wgmma operand in shared memory: the matrix at Src[Start …]
// in PTX's no-swizzle canonical layout. The matrix is made of core
// matrices of 8 rows × 16 bytes (8 elements of 16 bits), each 128
// contiguous bytes. K-major (MNMajor false, PTX imm-trans 0): a core
// matrix row is one M/N index, its 8 elements consecutive K indices.
// MN-major (MNMajor true, imm-trans 1): a core matrix row is one K index,
// its 8 elements consecutive M/N indices. Either way LBO is the byte
// distance between core matrices adjacent in K and SBO between core
// matrices adjacent in M/N (the PTX ISA's "leading" and "stride dimension
// byte offsets" of the no-swizzle layouts; both multiples of 16). Element
// (mn, k) is at Start + Offset(mn, k).
//
// With Swizzle 128 the operand is in PTX's 128-byte swizzle layout, as a
// TmaLoad of a 128-byte-swizzled map writes it (the array aligned to 1024
// bytes): rows of 128 bytes whose 16-byte chunks are permuted by
// SwizzleElem, 8-row atoms of 1024 bytes. K-major: a row is one M/N index,
// 64 consecutive K; SBO is the distance between 8-row groups in M/N, LBO
// is not used, and the K steps of 16 within a row advance Start by 16
// elements (32 bytes). MN-major: a row is one K index, 64 consecutive M/N;
// SBO is the distance between 8-row groups in K and LBO between
// 64-element groups in M/N. Element (mn, k) is at SwizzleElem(Start +
// Offset(mn, k)).
type WgmmaSmem struct {
	Src      *Shared
	Start    Expr // i64, a multiple of 8 (16 bytes)
	LBO, SBO int
	MNMajor  bool
	Swizzle  int // 0 or 128
}

// Offset is the element offset of (mn, k) from Start in the unswizzled
// address space (see Elem).
func (o *WgmmaSmem) Offset(mn, k int) int {
	lbo, sbo := o.LBO/2, o.SBO/2 // in 16-bit elements
	switch {
	case o.Swizzle == 128 && o.MNMajor:
		return (mn/64)*lbo + mn%64 + (k/8)*sbo + (k%8)*64
	case o.Swizzle == 128:
		return (mn/8)*sbo + (mn%8)*64 + k
	case o.MNMajor:
		return (k/8)*lbo + (mn/8)*sbo + (k%8)*8 + mn%8
	}
	return (k/8)*lbo + (mn/8)*sbo + (mn%8)*8 + k%8
}

// Elem is the index in Src of element (mn, k) for an operand starting at
// element start.
func (o *WgmmaSmem) Elem(start int64, mn, k int) int64 {
	i := start + int64(o.Offset(mn, k))
	if o.Swizzle == 128 {
		return SwizzleElem(i)
	}
	return i
}

// Wgmma is one asynchronous warpgroup matrix multiply-accumulate D = A·B
// (+ D) of PTX wgmma.mma_async.sync.aligned.m64nNk16.f32.{f16,bf16}
// (sm_90a): A is 64×16, B 16×N, D 64×N in f32. The 128 threads of a
// warpgroup (threads 128w … 128w+127 of the block) execute it together,
// every one of them. B is in shared memory (WgmmaSmem); A is too (ASmem),
// or in registers: A[j] packs (Pack2) elements 2j and 2j+1 of the thread's
// fragment, which is Mma's A fragment for the 16 rows of the thread's warp
// (WgmmaA). D is N/2 f32 registers in the accumulator layout (WgmmaD).
//
// The operation is asynchronous: it reads its operands (registers and
// shared memory) and writes D some time before the WgmmaWait that
// completes its group (WgmmaCommit closes a group); D must not be read or
// written, and the operands must not change, until then. A WgmmaFence
// must come between the last ordinary access of D or A's registers and
// the first Wgmma of a batch. Shared memory written by the threads (not
// by a bulk copy) becomes visible to a Wgmma after FenceProxyAsync in the
// writing thread and a Barrier.
type Wgmma struct {
	N          int
	D          []*Var // N/2 f32 registers
	A          [4]Expr
	ASmem      *WgmmaSmem // A from shared memory (K-major); nil: A from registers
	B          WgmmaSmem
	Accumulate bool // D = A·B + D; false: D = A·B (PTX scale-d 0)
}

// WgmmaFence is wgmma.fence.sync.aligned: orders the warpgroup's earlier
// register accesses before the Wgmma that follow. Regs are the registers
// those Wgmma use (accumulators, packed A) that ordinary code wrote: the
// renderer pins them so the C compiler keeps their writes before the fence.
type WgmmaFence struct{ Regs []*Var }

// WgmmaCommit is wgmma.commit_group.sync.aligned: closes the thread's
// open group of Wgmma.
type WgmmaCommit struct{}

// WgmmaWait is wgmma.wait_group.sync.aligned N: waits until at most N of
// the thread's committed groups are pending. Regs are the accumulators the
// completed groups wrote: the renderer pins them so the C compiler reads
// them only after the wait.
type WgmmaWait struct {
	N    int
	Regs []*Var
}

// FenceProxyAsync is fence.proxy.async.shared::cta: the thread's earlier
// writes to shared memory (stores, Copy, CopyAsync once waited for) are
// ordered before later accesses by the async proxy (Wgmma's shared-memory
// operands), once a Barrier has made them the block's.
type FenceProxyAsync struct{}

// SetMaxNReg is setmaxnreg.{inc,dec}.sync.aligned.u32 N (sm_90a): the
// warpgroup's threads get N registers each from here on (Inc: at least
// N, taken from the block's pool; else at most N, given back to it).
// Every warp of a warpgroup executes it together; N is a multiple of 8
// from 24 to 256. A producer warpgroup gives registers up so that the
// consumer warpgroups can have more than the launch's even share.
type SetMaxNReg struct {
	Inc bool
	N   int
}

func (*SetMaxNReg) stmt()      {}
func (*Wgmma) stmt()           {}
func (*WgmmaFence) stmt()      {}
func (*WgmmaCommit) stmt()     {}
func (*WgmmaWait) stmt()       {}
func (*FenceProxyAsync) stmt() {}

// WgmmaA is the (row, column) of A fragment element i (0..7; register
// A[i/2], half i%2) held by thread tid of the warpgroup (0..127): Mma's A
// layout in the 16 rows of the thread's warp.
func WgmmaA(tid, i int) (row, col int) {
	r, c := MmaA(tid%32, i)
	return 16*(tid/32) + r, c
}

// WgmmaD is the (row, column) of accumulator element i (0..N/2−1) held by
// thread tid of the warpgroup: Mma's C layout in the 16 rows of the
// thread's warp, repeated over the N/8 column blocks of 8.
func WgmmaD(tid, i int) (row, col int) {
	r, c := MmaC(tid%32, i%4)
	return 16*(tid/32) + r, 8*(i/4) + c
}

// UsesWgmma reports whether k contains a Wgmma: it needs sm_90a.
func (k *Kernel) UsesWgmma() bool {
	return k.Uses(func(s Stmt) bool { _, ok := s.(*Wgmma); return ok })
}

// UsesSetMaxNReg reports whether k contains a SetMaxNReg: it needs
// sm_90a.
func (k *Kernel) UsesSetMaxNReg() bool {
	return k.Uses(func(s Stmt) bool { _, ok := s.(*SetMaxNReg); return ok })
}

// UsesSm80 reports whether k contains an instruction from sm_80 on: Mma
// (mma.sync m16n8k16 on f16 or bf16) or CopyAsync (cp.async).
func (k *Kernel) UsesSm80() bool {
	return k.Uses(func(s Stmt) bool {
		switch s.(type) {
		case *Mma, *CopyAsync:
			return true
		}
		return false
	})
}

// Uses reports whether any statement of k, at any depth, satisfies f.
func (k *Kernel) Uses(f func(Stmt) bool) bool { return usesStmt(k.Body, f) }

func usesStmt(ss []Stmt, f func(Stmt) bool) bool {
	for _, s := range ss {
		if f(s) {
			return true
		}
		switch s := s.(type) {
		case *For:
			if usesStmt(s.Body, f) {
				return true
			}
		case *If:
			if usesStmt(s.Then, f) || usesStmt(s.Else, f) {
				return true
			}
		}
	}
	return false
}
