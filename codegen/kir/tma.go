package kir

// ------------------------------------------ Hopper's tensor memory accelerator

// TensorMap marks a pointer parameter as a CUtensorMap (the 128-byte
// descriptor of a tiled view of a global tensor that cp.async.bulk.tensor
// reads) in global memory, passed by address: gorgonia.org/cu copies every
// kernel parameter as 8 bytes, so the map cannot be a __grid_constant__
// parameter. The launch plan says which buffer the map views and with
// which dimensions and strides; the kernel fixes what its shared layout
// depends on: the element type (the parameter's Type), the box and the
// swizzle. The parameter is read only by TmaLoad.
type TensorMap struct {
	// Box is the box of one load in elements per dimension, innermost
	// first (1 to 5 dimensions, each 1..256). Its innermost extent times
	// the element size is a multiple of 16 bytes, at most Swizzle bytes
	// when swizzled.
	Box []int
	// Swizzle is 0 (rows of the box land one after another) or 128: rows
	// of 128 bytes, the 16-byte chunk c of row r landing at chunk c ⊕ (r
	// mod 8), where r counts 128-byte rows from a 1024-byte boundary
	// (SwizzleElem). Wgmma reads such tiles with WgmmaSmem.Swizzle 128.
	Swizzle int
}

// BoxElems is the number of elements one load writes.
func (m *TensorMap) BoxElems() int {
	n := 1
	for _, d := range m.Box {
		n *= d
	}
	return n
}

// SwizzleElem is the element index in a shared array of 16-bit elements
// where the 128-byte swizzle puts element i of the unswizzled layout: the
// 16-byte chunk bits [4, 7) of the byte offset XOR bits [7, 10). The
// array must start on 1024 bytes (Shared.Align), as the hardware swizzles
// shared-memory addresses.
func SwizzleElem(i int64) int64 {
	byt := 2 * i
	return (byt ^ (byt>>7&7)<<4) / 2
}

// TensorMapParam declares a read-only tensor-map parameter over a tensor
// of element type t (see TensorMap).
func (b *Builder) TensorMapParam(name string, t Type, m TensorMap) *Param {
	p := &Param{Name: b.fresh(name), Type: t, Ptr: true, ReadOnly: true, Map: &m}
	b.k.Params = append(b.k.Params, p)
	return p
}

// AlignedSharedArray declares a shared array of n elements starting on a
// multiple of align bytes (a power of two from SharedAlign to 1024).
func (b *Builder) AlignedSharedArray(name string, t Type, n, align int) *Shared {
	s := b.SharedArray(name, t, n)
	s.Align = align
	return s
}

// MbarInit is mbarrier.init.shared::cta.b64 on Bar[Index] (an I64 shared
// array: one 8-byte mbarrier an element): phase 0, Count arrivals
// expected. One thread initialises a barrier; FenceMbarInit and a Barrier
// make it the block's (and the async proxy's).
type MbarInit struct {
	Bar   *Shared
	Index Expr
	Count int
}

// FenceMbarInit is fence.mbarrier_init.release.cluster: orders the
// thread's earlier MbarInit before the async proxy's uses of the barriers
// (a TmaLoad completing on them).
type FenceMbarInit struct{}

// MbarArriveTx is mbarrier.arrive.expect_tx.shared::cta.b64: the
// thread's arrival on Bar[Index], expecting Bytes more bytes of
// asynchronous copies in the current phase. A phase completes once every
// expected arrival happened and the bytes expected have landed. Bytes 0
// is a plain arrival (mbarrier.arrive: a consumer releasing a stage).
type MbarArriveTx struct {
	Bar   *Shared
	Index Expr
	Bytes int
}

// MbarWait waits until the phase of Bar[Index] with parity Parity (i64, 0
// or 1) has completed (mbarrier.try_wait.parity in a loop); the copies
// that completed on it are then visible to the thread. A barrier's phase
// k has parity k mod 2; waiting for the parity of the phase before the
// current one returns at once.
type MbarWait struct {
	Bar           *Shared
	Index, Parity Expr
}

// TmaLoad is cp.async.bulk.tensor (tile mode) from global to shared
// memory: the box of Map (a TensorMap parameter) at element coordinates
// Coords (innermost first, i64 that fit in 32 bits; parts of the box
// outside the tensor are zeros) lands at Dst[Start …] (Start a multiple
// of 64 elements: 128 bytes), as the box's rows one after another,
// swizzled if the map is. Its bytes count towards the transaction of the
// current phase of Bar[BarIndex]; the data is visible to a thread after
// its MbarWait for that phase. One thread issues it.
type TmaLoad struct {
	Dst      *Shared
	Start    Expr
	Map      *Param
	Coords   []Expr
	Bar      *Shared
	BarIndex Expr
}

func (*MbarInit) stmt()      {}
func (*FenceMbarInit) stmt() {}
func (*MbarArriveTx) stmt()  {}
func (*MbarWait) stmt()      {}
func (*TmaLoad) stmt()       {}

// MbarInit initialises barrier bar[i] for count arrivals.
func (b *Builder) MbarInit(bar *Shared, i Expr, count int) {
	b.emit(&MbarInit{Bar: bar, Index: i, Count: count})
}

// FenceMbarInit emits fence.mbarrier_init.release.cluster.
func (b *Builder) FenceMbarInit() { b.emit(&FenceMbarInit{}) }

// MbarArriveTx arrives on bar[i] expecting bytes of copies.
func (b *Builder) MbarArriveTx(bar *Shared, i Expr, bytes int) {
	b.emit(&MbarArriveTx{Bar: bar, Index: i, Bytes: bytes})
}

// MbarArrive arrives on bar[i] (MbarArriveTx of 0 bytes).
func (b *Builder) MbarArrive(bar *Shared, i Expr) { b.MbarArriveTx(bar, i, 0) }

// MbarWait waits for the phase of bar[i] with parity p.
func (b *Builder) MbarWait(bar *Shared, i, p Expr) {
	b.emit(&MbarWait{Bar: bar, Index: i, Parity: p})
}

// TmaLoad loads the box of m at coords into dst[start …], completing on
// bar[bi].
func (b *Builder) TmaLoad(dst *Shared, start Expr, m *Param, coords []Expr, bar *Shared, bi Expr) {
	b.emit(&TmaLoad{Dst: dst, Start: start, Map: m, Coords: coords, Bar: bar, BarIndex: bi})
}

// UsesTma reports whether k issues TmaLoad (cp.async.bulk.tensor, sm_90).
func (k *Kernel) UsesTma() bool {
	for _, p := range k.Params {
		if p.Map != nil {
			return true
		}
	}
	return false
}

// tensorMapParam checks a tensor-map parameter's declaration.
func (c *checker) tensorMapParam(p *Param) {
	m := p.Map
	if !p.Ptr || !p.ReadOnly {
		c.addf("tensor map %s must be a read-only pointer parameter", p.Name)
	}
	if len(m.Box) < 1 || len(m.Box) > 5 {
		c.addf("tensor map %s has %d dimensions, want 1..5", p.Name, len(m.Box))
		return
	}
	for i, d := range m.Box {
		if d < 1 || d > 256 {
			c.addf("tensor map %s: box dimension %d is %d, want 1..256", p.Name, i, d)
		}
	}
	inner := m.Box[0] * p.Type.Size()
	if inner%16 != 0 {
		c.addf("tensor map %s: the box's inner extent is %d bytes, want a multiple of 16", p.Name, inner)
	}
	switch m.Swizzle {
	case 0:
	case 128:
		if inner > 128 {
			c.addf("tensor map %s: the box's inner extent is %d bytes, more than the 128-byte swizzle", p.Name, inner)
		}
		if p.Type.Size() != 2 {
			c.addf("tensor map %s: swizzled tiles of %s, want a 16-bit type", p.Name, p.Type)
		}
	default:
		c.addf("tensor map %s: swizzle %d, want 0 or 128", p.Name, m.Swizzle)
	}
}

// mbar checks a barrier operand.
func (c *checker) mbar(what string, bar *Shared, i Expr, scope map[*Var]bool) {
	if bar == nil || i == nil {
		c.addf("%s: barrier missing", what)
		return
	}
	c.buffer(bar)
	c.index(i, scope)
	if bar.Type != I64 {
		c.addf("%s: barrier array %s is %s, want i64 (8-byte mbarriers)", what, bar.Name, bar.Type)
	}
}

func (c *checker) tma(s Stmt, scope map[*Var]bool) {
	switch s := s.(type) {
	case *MbarInit:
		c.mbar("mbarrier.init", s.Bar, s.Index, scope)
		if s.Count < 1 || s.Count > 1<<20-1 {
			c.addf("mbarrier.init: count %d, want 1..2^20−1", s.Count)
		}
	case *MbarArriveTx:
		c.mbar("mbarrier.arrive.expect_tx", s.Bar, s.Index, scope)
		if s.Bytes < 0 || s.Bytes > 1<<20-1 {
			c.addf("mbarrier.arrive.expect_tx: %d bytes, want 0..2^20−1", s.Bytes)
		}
	case *MbarWait:
		c.mbar("mbarrier.try_wait.parity", s.Bar, s.Index, scope)
		if s.Parity == nil {
			c.addf("mbarrier.try_wait.parity: parity missing")
			return
		}
		c.index(s.Parity, scope)
	case *TmaLoad:
		c.mbar("cp.async.bulk.tensor", s.Bar, s.BarIndex, scope)
		if s.Dst == nil || s.Start == nil || s.Map == nil {
			c.addf("cp.async.bulk.tensor: destination or map missing")
			return
		}
		c.buffer(s.Dst)
		c.index(s.Start, scope)
		declared := false
		for _, p := range c.k.Params {
			declared = declared || p == s.Map
		}
		if !declared {
			c.addf("tensor map %s is not a parameter of the kernel", s.Map.Name)
		}
		m := s.Map.Map
		if m == nil {
			c.addf("cp.async.bulk.tensor from %s, which is not a tensor map", s.Map.Name)
			return
		}
		if s.Dst.Type != s.Map.Type {
			c.addf("cp.async.bulk.tensor: %s of %s into %s of %s", s.Map.Name, s.Map.Type, s.Dst.Name, s.Dst.Type)
		}
		if len(s.Coords) != len(m.Box) {
			c.addf("cp.async.bulk.tensor: %d coordinates for the %d dimensions of %s", len(s.Coords), len(m.Box), s.Map.Name)
		}
		for _, x := range s.Coords {
			c.index(x, scope)
		}
		if want := 128; s.Dst.align() < want || m.Swizzle == 128 && s.Dst.align() < 1024 {
			if m.Swizzle == 128 {
				want = 1024
			}
			c.addf("cp.async.bulk.tensor into %s, aligned to %d bytes: want %d (Shared.Align)", s.Dst.Name, s.Dst.align(), want)
		}
	}
}

// align is the array's alignment in bytes.
func (s *Shared) align() int {
	if s.Align > SharedAlign {
		return s.Align
	}
	return SharedAlign
}

// checkAlign checks a shared array's alignment.
func (c *checker) checkAlign(s *Shared) {
	if a := s.Align; a != 0 && (a < SharedAlign || a > 1024 || a&(a-1) != 0) {
		c.addf("shared array %s aligned to %d bytes, want a power of two from %d to 1024", s.Name, a, SharedAlign)
	}
}
