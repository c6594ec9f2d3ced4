package kir

import (
	"fmt"
	"regexp"
)

// Builder writes a kernel statement by statement. Nested blocks (loops,
// branches) are built by callbacks, so generator code reads like the
// kernel it makes:
//
//	b := kir.New("scale", "example", 256)
//	x, y := b.In("x", kir.F32), b.Out("y", kir.F32)
//	n := b.Scalar("n")
//	i := b.Let("i", kir.Add(kir.Mul(kir.Bid(), kir.Bdim()), kir.Tid()))
//	b.If(kir.Lt(i, n), func() { b.Store(y, i, kir.Mul(kir.Ld(x, i), kir.F(2))) })
//	k, err := b.Build()
type Builder struct {
	k     *Kernel
	cur   *[]Stmt
	names map[string]bool
}

// New starts a kernel with the given block shape (x, then optionally y, z).
func New(name, origin string, block ...int) *Builder {
	k := &Kernel{Name: name, Origin: origin, Block: [3]int{1, 1, 1}}
	copy(k.Block[:], block)
	b := &Builder{k: k, names: map[string]bool{}}
	b.cur = &k.Body
	return b
}

func (b *Builder) fresh(name string) string {
	n := name
	for i := 1; b.names[n]; i++ {
		n = fmt.Sprintf("%s%d", name, i)
	}
	b.names[n] = true
	return n
}

func (b *Builder) emit(s Stmt) { *b.cur = append(*b.cur, s) }

// In declares a read-only pointer parameter.
func (b *Builder) In(name string, t Type) *Param {
	p := &Param{Name: b.fresh(name), Type: t, Ptr: true, ReadOnly: true}
	b.k.Params = append(b.k.Params, p)
	return p
}

// Out declares a writable pointer parameter.
func (b *Builder) Out(name string, t Type) *Param {
	p := &Param{Name: b.fresh(name), Type: t, Ptr: true}
	b.k.Params = append(b.k.Params, p)
	return p
}

// Scalar declares an i64 scalar parameter and returns it as an expression.
func (b *Builder) Scalar(name string) Expr {
	p := &Param{Name: b.fresh(name), Type: I64}
	b.k.Params = append(b.k.Params, p)
	return &ParamRef{P: p}
}

// SharedArray declares a shared array of n elements.
func (b *Builder) SharedArray(name string, t Type, n int) *Shared {
	s := &Shared{Name: b.fresh(name), Type: t, Len: n}
	b.k.Shared = append(b.k.Shared, s)
	return s
}

// Var declares a mutable register initialised to x.
func (b *Builder) Var(name string, x Expr) *Var {
	v := &Var{Name: b.fresh(name), Type: x.Type()}
	b.emit(&Decl{V: v, Init: x})
	return v
}

// Let declares a register holding x and returns it as an expression.
func (b *Builder) Let(name string, x Expr) Expr { return V(b.Var(name, x)) }

// Set assigns a register.
func (b *Builder) Set(v *Var, x Expr) { b.emit(&Assign{V: v, X: x}) }

// Store writes buf[idx] = x.
func (b *Builder) Store(buf Buffer, idx, x Expr) { b.emit(&Store{Buf: buf, Index: idx, X: x}) }

// For emits a loop over [from, to) by step; body receives the counter.
func (b *Builder) For(name string, from, to, step Expr, body func(i Expr)) {
	f := &For{V: &Var{Name: b.fresh(name), Type: I64}, From: from, To: to, Step: step}
	b.block(&f.Body, func() { body(V(f.V)) })
	b.emit(f)
}

// If emits a branch without else.
func (b *Builder) If(cond Expr, then func()) { b.IfElse(cond, then, nil) }

// IfElse emits a branch.
func (b *Builder) IfElse(cond Expr, then, els func()) {
	s := &If{Cond: cond}
	b.block(&s.Then, then)
	if els != nil {
		b.block(&s.Else, els)
	}
	b.emit(s)
}

// IfElseRest emits "if cond { then } else { rest }" where rest is
// everything emitted from here until end is called: a role split (a
// producer warp's loop, then the consumers' code) without the consumers'
// code in one Go closure.
func (b *Builder) IfElseRest(cond Expr, then func()) (end func()) {
	s := &If{Cond: cond}
	b.block(&s.Then, then)
	b.emit(s)
	saved := b.cur
	b.cur = &s.Else
	return func() { b.cur = saved }
}

func (b *Builder) block(dst *[]Stmt, fill func()) {
	saved := b.cur
	b.cur = dst
	fill()
	b.cur = saved
}

// Barrier emits __syncthreads().
func (b *Builder) Barrier() { b.emit(&Barrier{}) }

// NamedBarrier emits bar.sync id, count (bar.arrive with arrive).
func (b *Builder) NamedBarrier(id Expr, count int, arrive bool) {
	b.emit(&NamedBarrier{ID: id, Count: count, Arrive: arrive})
}

// Comment emits a comment line.
func (b *Builder) Comment(format string, args ...any) {
	b.emit(&Comment{Text: fmt.Sprintf(format, args...)})
}

// Build checks the kernel and returns it.
func (b *Builder) Build() (*Kernel, error) {
	if err := Check(b.k); err != nil {
		return nil, err
	}
	return b.k, nil
}

// ------------------------------------------------------ expression helpers

// I is an i64 constant.
func I(n int64) Expr { return &Const{T: I64, I: n} }

// F is an f32 constant.
func F(x float64) Expr { return &Const{T: F32, F: x} }

// True and False are bool constants.
var (
	True  Expr = &Const{T: Bool, I: 1}
	False Expr = &Const{T: Bool, I: 0}
)

// V reads a register.
func V(v *Var) Expr { return &VarRef{V: v} }

// Tid, Bid, Bdim and Gdim are threadIdx.x, blockIdx.x, blockDim.x, gridDim.x.
func Tid() Expr  { return &Special{Kind: ThreadIdxX} }
func Bid() Expr  { return &Special{Kind: BlockIdxX} }
func Bdim() Expr { return &Special{Kind: BlockDimX} }
func Gdim() Expr { return &Special{Kind: GridDimX} }

// Sp is any special index.
func Sp(k SpecialKind) Expr { return &Special{Kind: k} }

func bin(op BinOp) func(a, b Expr) Expr {
	return func(a, b Expr) Expr { return &Bin{Op: op, A: a, B: b} }
}

// Binary operators (operands of one type; comparisons give bool).
var (
	Add    = bin(OpAdd)
	Sub    = bin(OpSub)
	Mul    = bin(OpMul)
	Div    = bin(OpDiv)
	Rem    = bin(OpRem)
	Min    = bin(OpMin)
	Max    = bin(OpMax)
	Lt     = bin(OpLt)
	Le     = bin(OpLe)
	Gt     = bin(OpGt)
	Ge     = bin(OpGe)
	Eq     = bin(OpEq)
	Ne     = bin(OpNe)
	And    = bin(OpAnd)
	Or     = bin(OpOr)
	BitAnd = bin(OpBitAnd)
	Shl    = bin(OpShl)
	Shr    = bin(OpShr)
)

func un(op UnOp) func(x Expr) Expr { return func(x Expr) Expr { return &Un{Op: op, X: x} } }

// Unary operators (math functions in f32).
var (
	Neg   = un(OpNeg)
	Not   = un(OpNot)
	Exp   = un(OpExp)
	Log   = un(OpLog)
	Sqrt  = un(OpSqrt)
	Rsqrt = un(OpRsqrt)
	Abs   = un(OpAbs)
	Exp2  = un(OpExp2) // 2^x, results below 2^-126 flushed to 0 (OpExp2)
	Rcp   = un(OpRcp)  // 1/x, fast (see OpRcp)
)

// To converts x to t.
func To(t Type, x Expr) Expr { return &Cast{T: t, X: x} }

// Ld reads buf[idx].
func Ld(buf Buffer, idx Expr) Expr { return &Load{Buf: buf, Index: idx} }

// Sel is cond ? a : b.
func Sel(cond, a, b Expr) Expr { return &Select{Cond: cond, A: a, B: b} }

// ShflXor is __shfl_xor_sync(full mask, x, mask).
func ShflXor(x, mask Expr) Expr { return &Shfl{Kind: ShflKindXor, X: x, Arg: mask} }

// ShflIdx is __shfl_sync(full mask, x, lane): lane's value.
func ShflIdx(x, lane Expr) Expr { return &Shfl{Kind: ShflKindIdx, X: x, Arg: lane} }

// Mma emits d = a·b + c on the tensor cores of the warp (see kir.Mma for
// the operand layout).
func (b *Builder) Mma(d [4]*Var, a [8]Expr, bm [4]Expr, c [4]Expr) {
	b.emit(&Mma{D: d, A: a, B: bm, C: c})
}

// LdMatrix declares 2n registers of src's type and emits an ldmatrix of n
// 8×8 matrices into them (see kir.LdMatrix); row is this lane's row index.
func (b *Builder) LdMatrix(name string, src *Shared, row Expr, n int, trans bool) []*Var {
	d := make([]*Var, 2*n)
	for i := range d {
		d[i] = b.Var(fmt.Sprintf("%s%d", name, i), To(src.Type, F(0)))
	}
	b.emit(&LdMatrix{D: d, Src: src, Row: row, Trans: trans})
	return d
}

// Copy emits a vector copy of n elements (see kir.Copy).
func (b *Builder) Copy(dst Buffer, di Expr, src Buffer, si Expr, n int) {
	b.emit(&Copy{Dst: dst, DstIndex: di, Src: src, SrcIndex: si, N: n})
}

// CopyAsync emits an asynchronous 16-byte copy of n elements (see
// kir.CopyAsync); AsyncCommit and AsyncWait close and wait for groups.
func (b *Builder) CopyAsync(dst *Shared, di Expr, src *Param, si Expr, n int) {
	b.emit(&CopyAsync{Dst: dst, DstIndex: di, Src: src, SrcIndex: si, N: n})
}

// CopyAsyncZfill is CopyAsync that, where valid is false, reads nothing
// and writes n zeros (kir.CopyAsync.Valid).
func (b *Builder) CopyAsyncZfill(dst *Shared, di Expr, src *Param, si Expr, n int, valid Expr) {
	b.emit(&CopyAsync{Dst: dst, DstIndex: di, Src: src, SrcIndex: si, N: n, Valid: valid})
}

// AsyncCommit emits cp.async.commit_group.
func (b *Builder) AsyncCommit() { b.emit(&AsyncCommit{}) }

// AsyncWait emits cp.async.wait_group n.
func (b *Builder) AsyncWait(n int) { b.emit(&AsyncWait{N: n}) }

// Pack is lo and hi converted to t (f16 or bf16) in one 32-bit register
// (see kir.Pack2).
func Pack(t Type, lo, hi Expr) Expr { return &Pack2{T: t, Lo: lo, Hi: hi} }

// Wgmma emits an asynchronous warpgroup MMA (see kir.Wgmma).
func (b *Builder) Wgmma(w *Wgmma) { b.emit(w) }

// WgmmaFence emits wgmma.fence, pinning regs (see kir.WgmmaFence).
func (b *Builder) WgmmaFence(regs ...*Var) { b.emit(&WgmmaFence{Regs: regs}) }

// WgmmaCommit emits wgmma.commit_group.
func (b *Builder) WgmmaCommit() { b.emit(&WgmmaCommit{}) }

// WgmmaWait emits wgmma.wait_group n, pinning regs (see kir.WgmmaWait).
func (b *Builder) WgmmaWait(n int, regs ...*Var) { b.emit(&WgmmaWait{N: n, Regs: regs}) }

// SetMaxNReg emits setmaxnreg: inc to at least n registers a thread, or
// dec to at most n.
func (b *Builder) SetMaxNReg(inc bool, n int) { b.emit(&SetMaxNReg{Inc: inc, N: n}) }

// FenceProxyAsync emits fence.proxy.async.shared::cta.
func (b *Builder) FenceProxyAsync() { b.emit(&FenceProxyAsync{}) }

// ShflDown is __shfl_down_sync(full mask, x, delta).
func ShflDown(x, delta Expr) Expr { return &Shfl{Kind: ShflKindDown, X: x, Arg: delta} }

// --------------------------------------------------------------- type check

var ident = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// CheckError lists what is wrong with a kernel.
type CheckError struct {
	Kernel   string
	Problems []string
}

func (e *CheckError) Error() string {
	s := "kernel " + e.Kernel + ":"
	for _, p := range e.Problems {
		s += "\n  " + p
	}
	return s
}

// Check type-checks a kernel: operand types agree (no implicit
// conversions: use To), indices are i64, registers are declared before use
// in an enclosing scope, stores do not write read-only parameters, scalar
// parameters are i64 and names are C identifiers.
func Check(k *Kernel) error {
	c := &checker{k: k}
	if !ident.MatchString(k.Name) {
		c.addf("name %q is not a C identifier", k.Name)
	}
	for i, d := range k.Block {
		if d < 1 || d > 1024 {
			c.addf("block dimension %d is %d, want 1..1024", i, d)
		}
	}
	if k.Threads() > 1024 {
		c.addf("block has %d threads, want ≤ 1024", k.Threads())
	}
	if n := k.SharedBytes(); n > MaxSharedBytes {
		c.addf("block uses %d bytes of shared memory, want ≤ %d (227 KiB, the opt-in limit of sm_90)", n, MaxSharedBytes)
	}
	names := map[string]bool{}
	for _, p := range k.Params {
		if !ident.MatchString(p.Name) || names[p.Name] {
			c.addf("parameter %q is not a unique C identifier", p.Name)
		}
		names[p.Name] = true
		if !p.Ptr && p.Type != I64 {
			c.addf("scalar parameter %s is %s: scalars are passed as 8 bytes, use i64", p.Name, p.Type)
		}
		if p.Ptr && (p.Type == Bool || p.Type == Void) {
			c.addf("pointer parameter %s of %s: buffers hold numbers", p.Name, p.Type)
		}
		if p.Map != nil {
			c.tensorMapParam(p)
		}
	}
	for _, s := range k.Shared {
		if !ident.MatchString(s.Name) || names[s.Name] {
			c.addf("shared array %q is not a unique C identifier", s.Name)
		}
		names[s.Name] = true
		if s.Len < 1 {
			c.addf("shared array %s has length %d", s.Name, s.Len)
		}
		c.checkAlign(s)
	}
	c.stmts(k.Body, map[*Var]bool{})
	if len(c.problems) > 0 {
		return &CheckError{Kernel: k.Name, Problems: c.problems}
	}
	return nil
}

type checker struct {
	k        *Kernel
	problems []string
}

func (c *checker) addf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func (c *checker) buffer(b Buffer) {
	switch x := b.(type) {
	case *Param:
		if !x.Ptr {
			c.addf("%s is a scalar, not a buffer", x.Name)
		}
		if x.Map != nil {
			c.addf("%s is a tensor map: only cp.async.bulk.tensor reads it", x.Name)
		}
		for _, p := range c.k.Params {
			if p == x {
				return
			}
		}
		c.addf("buffer %s is not a parameter of the kernel", x.Name)
	case *Shared:
		for _, s := range c.k.Shared {
			if s == x {
				return
			}
		}
		c.addf("shared array %s is not declared in the kernel", x.Name)
	default:
		c.addf("unknown buffer %T", b)
	}
}

func (c *checker) stmts(ss []Stmt, scope map[*Var]bool) {
	local := map[*Var]bool{}
	for v := range scope {
		local[v] = true
	}
	for _, s := range ss {
		switch s := s.(type) {
		case *Decl:
			c.expr(s.Init, local)
			if local[s.V] {
				c.addf("register %s declared twice", s.V.Name)
			}
			if s.V.Type != s.Init.Type() {
				c.addf("register %s is %s, initialised with %s", s.V.Name, s.V.Type, s.Init.Type())
			}
			local[s.V] = true
		case *Assign:
			c.expr(s.X, local)
			if !local[s.V] {
				c.addf("assignment to undeclared register %s", s.V.Name)
			} else if s.V.Type != s.X.Type() {
				c.addf("register %s is %s, assigned %s", s.V.Name, s.V.Type, s.X.Type())
			}
		case *Store:
			c.buffer(s.Buf)
			c.index(s.Index, local)
			c.expr(s.X, local)
			if p, ok := s.Buf.(*Param); ok && p.ReadOnly {
				c.addf("store to read-only parameter %s", p.Name)
			}
			if s.X.Type() != s.Buf.ElemType() {
				c.addf("store of %s into %s of %s", s.X.Type(), s.Buf.BufName(), s.Buf.ElemType())
			}
		case *For:
			for _, x := range []Expr{s.From, s.To, s.Step} {
				c.index(x, local)
			}
			if s.V.Type != I64 {
				c.addf("loop counter %s is %s, want i64", s.V.Name, s.V.Type)
			}
			inner := map[*Var]bool{s.V: true}
			for v := range local {
				inner[v] = true
			}
			c.stmts(s.Body, inner)
		case *If:
			c.expr(s.Cond, local)
			if s.Cond.Type() != Bool {
				c.addf("if condition is %s, want bool", s.Cond.Type())
			}
			c.stmts(s.Then, local)
			c.stmts(s.Else, local)
		case *Mma:
			c.mma(s, local)
		case *LdMatrix:
			c.ldmatrix(s, local)
		case *Copy:
			c.copyVec(s, local)
		case *CopyAsync:
			if s.Dst == nil || s.Src == nil {
				c.addf("cp.async: buffer missing")
				break
			}
			c.copyVec(&Copy{Dst: s.Dst, DstIndex: s.DstIndex, Src: s.Src, SrcIndex: s.SrcIndex, N: s.N}, local)
			if n := s.N * s.Src.Type.Size(); n != 16 {
				c.addf("cp.async of %d bytes, want 16", n)
			}
			if !s.Src.Ptr {
				c.addf("cp.async from scalar %s", s.Src.Name)
			}
			if s.Valid != nil {
				c.expr(s.Valid, local)
				if s.Valid.Type() != Bool {
					c.addf("cp.async valid is %s, want bool", s.Valid.Type())
				}
			}
		case *AsyncCommit:
		case *AsyncWait:
			if s.N < 0 || s.N > 7 {
				c.addf("cp.async.wait_group %d, want 0..7", s.N)
			}
		case *Wgmma:
			c.wgmma(s, local)
		case *WgmmaFence:
			c.regs("wgmma.fence", s.Regs, local)
		case *WgmmaWait:
			c.regs("wgmma.wait_group", s.Regs, local)
			if s.N < 0 || s.N > 7 {
				c.addf("wgmma.wait_group %d, want 0..7", s.N)
			}
		case *MbarInit, *MbarArriveTx, *MbarWait, *TmaLoad:
			c.tma(s, local)
		case *NamedBarrier:
			if s.ID == nil {
				c.addf("bar.sync: barrier id missing")
				break
			}
			c.index(s.ID, local)
			if s.Count < 32 || s.Count%32 != 0 || s.Count > c.k.Threads() {
				c.addf("bar.sync with %d threads, want a multiple of 32 up to the block's %d", s.Count, c.k.Threads())
			}
			if id, ok := s.ID.(*Const); ok && (id.I < 1 || id.I > 15) {
				c.addf("bar.sync %d, want barrier 1 to 15 (0 is __syncthreads')", id.I)
			}
		case *SetMaxNReg:
			if s.N < 24 || s.N > 256 || s.N%8 != 0 {
				c.addf("setmaxnreg %d, want a multiple of 8 from 24 to 256", s.N)
			}
			if c.k.Threads()%128 != 0 {
				c.addf("setmaxnreg in a block of %d threads, want whole warpgroups (a multiple of 128)", c.k.Threads())
			}
		case *Barrier, *Comment, *WgmmaCommit, *FenceProxyAsync, *FenceMbarInit:
		default:
			c.addf("unknown statement %T", s)
		}
	}
}

func (c *checker) mma(s *Mma, scope map[*Var]bool) {
	ab := Void
	for i, x := range append(s.A[:], s.B[:]...) {
		if x == nil {
			c.addf("mma: operand %d of A and B missing", i)
			return
		}
		c.expr(x, scope)
		t := x.Type()
		if t != F16 && t != BF16 {
			c.addf("mma: A and B are %s, want f16 or bf16", t)
			return
		}
		if ab != Void && t != ab {
			c.addf("mma: A and B mix %s and %s", ab, t)
			return
		}
		ab = t
	}
	for _, x := range s.C {
		if x == nil {
			c.addf("mma: operand of C missing")
			return
		}
		c.expr(x, scope)
		if x.Type() != F32 {
			c.addf("mma: C is %s, want f32", x.Type())
		}
	}
	for _, v := range s.D {
		switch {
		case v == nil:
			c.addf("mma: register of D missing")
		case !scope[v]:
			c.addf("mma: result into undeclared register %s", v.Name)
		case v.Type != F32:
			c.addf("mma: result register %s is %s, want f32", v.Name, v.Type)
		}
	}
}

func (c *checker) wgmma(s *Wgmma, scope map[*Var]bool) {
	// Warps past the last whole warpgroup (a producer warp) may be in the
	// block if they never issue one (the simulator checks that).
	if n := c.k.Threads(); n < 128 || n%32 != 0 {
		c.addf("wgmma in a block of %d threads, want at least one whole warpgroup (128) and whole warps", n)
	}
	if s.N < 8 || s.N > 256 || s.N%8 != 0 {
		c.addf("wgmma m64n%dk16: N must be a multiple of 8 from 8 to 256", s.N)
		return
	}
	if len(s.D) != s.N/2 {
		c.addf("wgmma m64n%dk16 with %d accumulator registers, want %d", s.N, len(s.D), s.N/2)
	}
	for _, v := range s.D {
		switch {
		case v == nil:
			c.addf("wgmma: accumulator register missing")
		case !scope[v]:
			c.addf("wgmma: result into undeclared register %s", v.Name)
		case v.Type != F32:
			c.addf("wgmma: accumulator %s is %s, want f32", v.Name, v.Type)
		}
	}
	e := c.wgmmaSmem("B", &s.B, scope)
	if s.ASmem != nil {
		if a := c.wgmmaSmem("A", s.ASmem, scope); a != Void && e != Void && a != e {
			c.addf("wgmma: A is %s, B %s", a, e)
		}
		return
	}
	for _, x := range s.A {
		if x == nil {
			c.addf("wgmma: register of A missing (or give ASmem)")
			return
		}
		c.expr(x, scope)
		if x.Type() != I32 {
			c.addf("wgmma: A register is %s, want i32 (two halves packed by Pack)", x.Type())
		}
		if p, ok := x.(*Pack2); ok && e != Void && p.T != e {
			c.addf("wgmma: A packs %s, B is %s", p.T, e)
		}
	}
}

// wgmmaSmem checks a shared-memory operand and returns its element type
// (Void if it is unusable).
func (c *checker) wgmmaSmem(what string, o *WgmmaSmem, scope map[*Var]bool) Type {
	if o.Src == nil || o.Start == nil {
		c.addf("wgmma: %s in shared memory without an array or start", what)
		return Void
	}
	c.buffer(o.Src)
	c.index(o.Start, scope)
	for _, x := range []struct {
		name string
		v    int
	}{{"LBO", o.LBO}, {"SBO", o.SBO}} {
		if x.v <= 0 || x.v%16 != 0 || x.v >= 1<<18 {
			c.addf("wgmma: %s's %s %d bytes, want a positive multiple of 16 below 256 KiB", what, x.name, x.v)
		}
	}
	switch {
	case o.Swizzle != 0 && o.Swizzle != 128:
		c.addf("wgmma: %s swizzled %d bytes, want 0 or 128", what, o.Swizzle)
	case o.Swizzle == 128 && o.Src.align() < 1024:
		c.addf("wgmma: %s swizzled in %s, aligned to %d bytes: want 1024 (Shared.Align)", what, o.Src.Name, o.Src.align())
	}
	if t := o.Src.Type; t != F16 && t != BF16 {
		c.addf("wgmma: %s from %s of %s, want f16 or bf16", what, o.Src.Name, t)
		return Void
	}
	return o.Src.Type
}

func (c *checker) regs(what string, vs []*Var, scope map[*Var]bool) {
	for _, v := range vs {
		switch {
		case v == nil:
			c.addf("%s: register missing", what)
		case !scope[v]:
			c.addf("%s: register %s used outside its scope or before its declaration", what, v.Name)
		case v.Type != F32 && v.Type != I32:
			c.addf("%s: register %s is %s, want f32 or i32", what, v.Name, v.Type)
		}
	}
}

func (c *checker) ldmatrix(s *LdMatrix, scope map[*Var]bool) {
	if s.Src == nil {
		c.addf("ldmatrix: no source array")
		return
	}
	c.buffer(s.Src)
	c.index(s.Row, scope)
	if t := s.Src.Type; t != F16 && t != BF16 {
		c.addf("ldmatrix from %s of %s, want f16 or bf16", s.Src.Name, t)
	}
	if n := len(s.D); n != 2 && n != 4 && n != 8 {
		c.addf("ldmatrix into %d registers, want 2, 4 or 8", n)
	}
	for _, v := range s.D {
		switch {
		case v == nil:
			c.addf("ldmatrix: register missing")
		case !scope[v]:
			c.addf("ldmatrix into undeclared register %s", v.Name)
		case v.Type != s.Src.Type:
			c.addf("ldmatrix: register %s is %s, the array %s", v.Name, v.Type, s.Src.Type)
		}
	}
}

func (c *checker) copyVec(s *Copy, scope map[*Var]bool) {
	if s.Dst == nil || s.Src == nil {
		c.addf("copy: buffer missing")
		return
	}
	c.buffer(s.Dst)
	c.buffer(s.Src)
	c.index(s.DstIndex, scope)
	c.index(s.SrcIndex, scope)
	if p, ok := s.Dst.(*Param); ok && p.ReadOnly {
		c.addf("copy into read-only parameter %s", p.Name)
	}
	if s.Dst.ElemType() != s.Src.ElemType() {
		c.addf("copy from %s of %s into %s of %s", s.Src.BufName(), s.Src.ElemType(), s.Dst.BufName(), s.Dst.ElemType())
	}
	if n := s.N * s.Src.ElemType().Size(); s.N < 1 || n != 4 && n != 8 && n != 16 {
		c.addf("copy of %d elements of %s (%d bytes), want 4, 8 or 16 bytes", s.N, s.Src.ElemType(), n)
	}
}

func (c *checker) index(x Expr, scope map[*Var]bool) {
	c.expr(x, scope)
	if x.Type() != I64 {
		c.addf("index or bound has type %s, want i64", x.Type())
	}
}

func (c *checker) expr(x Expr, scope map[*Var]bool) {
	switch x := x.(type) {
	case *Const:
		if x.T == Void {
			c.addf("constant of type void")
		}
	case *ParamRef:
		if x.P.Ptr {
			c.addf("pointer parameter %s used as a value (load from it instead)", x.P.Name)
		}
	case *VarRef:
		if !scope[x.V] {
			c.addf("register %s used outside its scope or before its declaration", x.V.Name)
		}
	case *Special:
		if x.Kind > GridDimZ {
			c.addf("unknown special index %d", x.Kind)
		}
	case *Bin:
		c.expr(x.A, scope)
		c.expr(x.B, scope)
		if x.Op > OpShr {
			c.addf("unknown binary operator %d", x.Op)
			return
		}
		a, b := x.A.Type(), x.B.Type()
		if (a == F16 || a == BF16) && (x.Op == OpMin || x.Op == OpMax || x.Op == OpRem || x.Op >= OpAnd) {
			// cuda_fp16.h/cuda_bf16.h define + - * / and comparisons on
			// __half and __nv_bfloat16; nothing else renders portably.
			c.addf("%s of %s: do arithmetic in f32 (convert with To)", x.Op, a)
			return
		}
		if a != b {
			c.addf("%s of %s and %s: operand types differ (convert with To)", x.Op, a, b)
			return
		}
		switch x.Op {
		case OpAnd, OpOr:
			if a != Bool {
				c.addf("%s of %s, want bool", x.Op, a)
			}
		case OpBitAnd, OpShl, OpShr, OpRem:
			if !a.IsInt() {
				c.addf("%s of %s, want an integer type", x.Op, a)
			}
		default:
			if a == Bool && !(x.Op == OpEq || x.Op == OpNe) {
				c.addf("%s of bools", x.Op)
			}
		}
	case *Un:
		c.expr(x.X, scope)
		t := x.X.Type()
		if x.Op > OpRcp {
			c.addf("unknown unary operator %d", x.Op)
			return
		}
		if (t == F16 || t == BF16) && x.Op != OpNeg {
			c.addf("%s of %s: do arithmetic in f32 (convert with To)", x.Op, t)
			return
		}
		switch x.Op {
		case OpNot:
			if t != Bool {
				c.addf("! of %s", t)
			}
		case OpNeg, OpAbs:
			if t == Bool {
				c.addf("%s of bool", x.Op)
			}
		default:
			if t != F32 {
				c.addf("%s of %s, want f32 (math is done in f32)", x.Op, t)
			}
		}
	case *Cast:
		c.expr(x.X, scope)
		if x.T == Void || x.T > BF16 {
			c.addf("cast to %s", x.T)
		}
	case *Load:
		c.buffer(x.Buf)
		c.index(x.Index, scope)
	case *Select:
		c.expr(x.Cond, scope)
		c.expr(x.A, scope)
		c.expr(x.B, scope)
		if x.Cond.Type() != Bool || x.A.Type() != x.B.Type() {
			c.addf("select wants a bool condition and equal arms, have %s ? %s : %s", x.Cond.Type(), x.A.Type(), x.B.Type())
		}
	case *Pack2:
		c.expr(x.Lo, scope)
		c.expr(x.Hi, scope)
		if x.T != F16 && x.T != BF16 {
			c.addf("pack into %s, want f16 or bf16", x.T)
		}
		if !x.Lo.Type().IsFloat() || !x.Hi.Type().IsFloat() {
			c.addf("pack of %s and %s, want floats", x.Lo.Type(), x.Hi.Type())
		}
	case *Shfl:
		c.expr(x.X, scope)
		if x.Kind > ShflKindIdx {
			c.addf("unknown shuffle kind %d", x.Kind)
		}
		c.index(x.Arg, scope)
		if t := x.X.Type(); t != F32 && t != I32 && t != I64 {
			c.addf("shuffle of %s", t)
		}
	default:
		c.addf("unknown expression %T", x)
	}
}
