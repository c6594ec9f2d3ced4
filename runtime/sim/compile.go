package sim

import (
	"fmt"
	"math"
	"sync/atomic"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// Compiled code: every expression is a closure of its class (integers in
// int64, floats in float32, bools), every statement a closure. i32 values
// are held sign-extended in int64 and wrapped at 32 bits after each
// operation; f16 and bf16 values are held as their exact float32 value.
type (
	iFn func(*thread) int64
	fFn func(*thread) float32
	bFn func(*thread) bool
	sFn func(*thread)
)

type class uint8

const (
	cInt class = iota
	cFloat
	cBool
)

func classOf(t kir.Type) class {
	switch t {
	case kir.I32, kir.I64:
		return cInt
	case kir.F32, kir.F16, kir.BF16:
		return cFloat
	}
	return cBool
}

type compiler struct {
	p       *program
	bufs    map[*kir.Param]*Buffer
	scalars map[*kir.Param]int64
	shared  map[*kir.Shared]int
	slot    map[*kir.Var]int
	nbar    int
	nshfl   int
	nmma    int // mma sites (their warp rounds carry operands)
	nldm    int // ldmatrix sites
	nasync  int
	nwg     int     // wgmma sites (rendezvous carrying A operands)
	wgSite  []int32 // their fault sites
	nmbar   int     // mbarrier and TMA statements
	nwait   int     // mbarrier waits
	maps    map[*kir.Param]*TensorMap
	gshadow map[*kir.Param]*gShadow
}

// compile turns a checked kernel and a validated launch into a program.
// Buffers and scalar arguments are bound into the closures. A construct
// kir.Check lets through but the simulator does not know (an operator
// value out of range) is a *LaunchError.
func compile(k *kir.Kernel, l Launch, races bool) (p *program, err error) {
	defer func() {
		if e := recover(); e != nil {
			msg, ok := e.(unsupportedError)
			if !ok {
				panic(e)
			}
			p, err = nil, &LaunchError{Kernel: k.Name, Problems: []string{string(msg)}}
		}
	}()
	p = &program{
		k: k, n: int32(k.Threads()), races: races,
		grid:     [3]int64{int64(l.Grid[0]), int64(l.Grid[1]), int64(l.Grid[2])},
		sites:    []string{""},
		shflSite: []bool{false},
		mbarSite: []bool{false},
		nbarSite: []bool{false},
		mbarArr:  make([]bool, len(k.Shared)),
		tmaDst:   make([]bool, len(k.Shared)),
	}
	p.errs.kernel = k.Name
	// Global race shadows name the writer by block·threads + thread in 40 bits.
	p.gRaces = races && int64(l.Grid[0])*int64(l.Grid[1])*int64(l.Grid[2])*int64(k.Threads()) < 1<<gIDBits
	c := &compiler{p: p, bufs: map[*kir.Param]*Buffer{}, scalars: map[*kir.Param]int64{},
		shared: map[*kir.Shared]int{}, slot: map[*kir.Var]int{}, maps: map[*kir.Param]*TensorMap{}}
	for i, prm := range k.Params {
		switch a := l.Args[i].(type) {
		case *Buffer:
			c.bufs[prm] = a
		case *TensorMap:
			c.maps[prm] = a
		case int64:
			c.scalars[prm] = a
		case int:
			c.scalars[prm] = int64(a)
		}
	}
	for i, s := range k.Shared {
		c.shared[s] = i
		p.shName = append(p.shName, s.Name)
		p.shLen = append(p.shLen, s.Len)
	}
	markTmaDst(k.Body, c.shared, p.tmaDst)
	p.body = c.block(k.Body)
	if p.body == nil {
		p.body = func(*thread) {}
	}
	// Async copies: per-thread state, a goroutine each; mbarrier waits block.
	p.sync = c.nbar+c.nshfl+c.nmma+c.nldm+c.nasync+c.nwg+c.nmbar > 0
	p.mbar = c.nmbar > 0
	p.mma = c.nmma+c.nwg > 0
	p.nwg, p.wgSite = c.nwg, c.wgSite
	return p, nil
}

// site allocates a fault site; name is set for rendezvous.
func (c *compiler) site(name string, shfl bool) int32 {
	c.p.sites = append(c.p.sites, name)
	c.p.shflSite = append(c.p.shflSite, shfl)
	c.p.mbarSite = append(c.p.mbarSite, false)
	c.p.nbarSite = append(c.p.nbarSite, false)
	return int32(len(c.p.sites) - 1)
}

func (c *compiler) alloc(v *kir.Var) int {
	if k, ok := c.slot[v]; ok {
		return k
	}
	var k int
	switch classOf(v.Type) {
	case cInt:
		k = c.p.ni
		c.p.ni++
	case cFloat:
		k = c.p.nf
		c.p.nf++
	default:
		k = c.p.nb
		c.p.nb++
	}
	c.slot[v] = k
	return k
}

type unsupportedError string

func unsupported(x any) unsupportedError {
	switch x := x.(type) {
	case *kir.Bin:
		return unsupportedError(fmt.Sprintf("the simulator does not support operator %d on %s", x.Op, x.A.Type()))
	case *kir.Un:
		return unsupportedError(fmt.Sprintf("the simulator does not support unary operator %d on %s", x.Op, x.X.Type()))
	case *kir.Shfl:
		return unsupportedError(fmt.Sprintf("the simulator does not support shuffle kind %d", x.Kind))
	case *kir.Special:
		return unsupportedError(fmt.Sprintf("the simulator does not support special index %d", x.Kind))
	case kir.Expr:
		return unsupportedError(fmt.Sprintf("the simulator does not support %T of %s", x, x.Type()))
	}
	return unsupportedError(fmt.Sprintf("the simulator does not support %T", x))
}

// ----------------------------------------------------------------- statements

func (c *compiler) block(ss []kir.Stmt) sFn {
	var fs []sFn
	for _, s := range ss {
		if f := c.stmt(s); f != nil {
			fs = append(fs, f)
		}
	}
	switch len(fs) {
	case 0:
		return nil
	case 1:
		return fs[0]
	case 2:
		a, b := fs[0], fs[1]
		return func(t *thread) { a(t); b(t) }
	case 3:
		a, b, d := fs[0], fs[1], fs[2]
		return func(t *thread) { a(t); b(t); d(t) }
	}
	return func(t *thread) {
		for _, f := range fs {
			f(t)
		}
	}
}

func (c *compiler) stmt(s kir.Stmt) sFn {
	switch s := s.(type) {
	case *kir.Decl:
		return c.set(s.V, s.Init)
	case *kir.Assign:
		return c.set(s.V, s.X)
	case *kir.Store:
		return c.store(s)
	case *kir.For:
		return c.loop(s)
	case *kir.If:
		cond := c.be(s.Cond)
		th, el := c.block(s.Then), c.block(s.Else)
		switch {
		case th == nil && el == nil:
			return func(t *thread) { cond(t) }
		case el == nil:
			return func(t *thread) {
				if cond(t) {
					th(t)
				}
			}
		case th == nil:
			return func(t *thread) {
				if !cond(t) {
					el(t)
				}
			}
		}
		return func(t *thread) {
			if cond(t) {
				th(t)
			} else {
				el(t)
			}
		}
	case *kir.Barrier:
		c.nbar++
		site := c.site(fmt.Sprintf("__syncthreads #%d", c.nbar), false)
		return func(t *thread) { t.syncthreads(site) }
	case *kir.NamedBarrier:
		return c.namedBarrier(s)
	case *kir.Comment:
		return nil
	case *kir.Mma:
		return c.mma(s)
	case *kir.LdMatrix:
		return c.ldmatrix(s)
	case *kir.Copy:
		return c.copyVec(s)
	case *kir.CopyAsync:
		return c.copyAsync(s)
	case *kir.AsyncCommit:
		c.nasync++
		return func(t *thread) { t.groups, t.open = append(t.groups, t.open), nil }
	case *kir.AsyncWait:
		c.nasync++
		n := s.N
		return func(t *thread) { t.asyncWait(n) }
	case *kir.Wgmma:
		return c.wgmma(s)
	case *kir.WgmmaFence:
		return func(t *thread) { t.wgFenced = true }
	case *kir.WgmmaCommit:
		return func(t *thread) { t.wgGroups, t.wgOpen = append(t.wgGroups, t.wgOpen), nil }
	case *kir.WgmmaWait:
		n := s.N
		return func(t *thread) { t.wgmmaWait(n) }
	case *kir.FenceProxyAsync:
		return func(t *thread) { t.unfenced = false }
	case *kir.SetMaxNReg:
		return c.setMaxNReg(s)
	case *kir.MbarInit, *kir.FenceMbarInit, *kir.MbarArriveTx, *kir.MbarWait, *kir.TmaLoad:
		return c.mbarStmt(s)
	}
	panic(unsupported(s))
}

// mma evaluates the lane's operands in order (A, B, C), meets the warp and
// writes D.
func (c *compiler) mma(s *kir.Mma) sFn {
	var ops [16]fFn
	for i, x := range s.A {
		ops[i] = c.fe(x)
	}
	for i, x := range s.B {
		ops[8+i] = c.fe(x)
	}
	for i, x := range s.C {
		ops[12+i] = c.fe(x)
	}
	var d [4]int
	for i, v := range s.D {
		d[i] = c.alloc(v)
	}
	c.nmma++
	site := c.site(fmt.Sprintf("mma.sync #%d", c.nmma), true)
	return func(t *thread) {
		var in mmaIn
		for i, f := range ops {
			in[i] = f(t)
		}
		r := t.mma(site, &in)
		for i, k := range d {
			t.f[k] = r[i]
		}
	}
}

// ldmatrix meets the warp with this lane's row index and reads the lane's
// elements of every matrix from the rows the other lanes gave.
func (c *compiler) ldmatrix(s *kir.LdMatrix) sFn {
	row := c.ie(s.Row)
	k := c.shared[s.Src]
	d := make([]int, len(s.D))
	for i, v := range s.D {
		d[i] = c.alloc(v)
	}
	n, trans, name := len(s.D)/2, s.Trans, s.Src.Name
	c.nldm++
	site := c.site(fmt.Sprintf("ldmatrix #%d", c.nldm), true)
	return func(t *thread) {
		x := row(t)
		r := t.rendezvous(site, func(r *shflRound) { r.vals[t.lane] = uint64(x) })
		if t.warp.size < 32 {
			t.report(site, kShuffle, 2, func(l Loc) located {
				return &BadShuffle{Loc: l, Msg: fmt.Sprintf("%s in a warp of %d lanes: ldmatrix needs a full warp", t.blk.p.sites[site], t.warp.size)}
			})
			return
		}
		for j := 0; j < n; j++ {
			for e := 0; e < 2; e++ {
				rr, cc := int(t.lane)/4, 2*(int(t.lane)%4)+e
				if trans {
					rr, cc = cc, rr
				}
				src := 8*j + rr
				base := int64(r.vals[src])
				if base%8 != 0 {
					t.report(site, kAlign, 0, func(l Loc) located {
						return &Misaligned{Loc: l, Msg: fmt.Sprintf("%s: lane %d gives row %s[%d], not a multiple of 8 elements (16 bytes)", t.blk.p.sites[site], src, name, base)}
					})
					continue
				}
				i := base + int64(cc)
				if !t.shOK(k, i, site, false) {
					continue
				}
				t.f[d[2*j+e]] = math.Float32frombits(uint32(atomic.LoadUint64(&t.sh[k][i])))
			}
		}
	}
}

// copyVec is a kir.Copy: an alignment check, then the elements one by one
// through the ordinary load and store paths (bounds and races included).
func (c *compiler) copyVec(s *kir.Copy) sFn {
	di, si := c.ie(s.DstIndex), c.ie(s.SrcIndex)
	dv, sv := &kir.Var{Name: "copy_dst", Type: kir.I64}, &kir.Var{Name: "copy_src", Type: kir.I64}
	kd, ks := c.alloc(dv), c.alloc(sv)
	site := c.site("", false)
	var fs []sFn
	for e := 0; e < s.N; e++ {
		fs = append(fs, c.store(&kir.Store{Buf: s.Dst, Index: kir.Add(kir.V(dv), kir.I(int64(e))), X: kir.Ld(s.Src, kir.Add(kir.V(sv), kir.I(int64(e))))}))
	}
	n, dst, src := int64(s.N), s.Dst.BufName(), s.Src.BufName()
	bytes := s.N * s.Src.ElemType().Size()
	return func(t *thread) {
		d, x := di(t), si(t)
		if d%n != 0 || x%n != 0 {
			t.report(site, kAlign, 0, func(l Loc) located {
				return &Misaligned{Loc: l, Msg: fmt.Sprintf("%d-byte copy %s[%d] = %s[%d]: indices must be multiples of %d", bytes, dst, d, src, x, n)}
			})
			return
		}
		t.i[kd], t.i[ks] = d, x
		for _, f := range fs {
			f(t)
		}
	}
}

// copyAsync reads the source elements at issue and queues them for the
// wait that completes their group.
func (c *compiler) copyAsync(s *kir.CopyAsync) sFn {
	c.nasync++
	di, si := c.ie(s.DstIndex), c.ie(s.SrcIndex)
	sv := &kir.Var{Name: "cp_async_src", Type: kir.I64}
	ks := c.alloc(sv)
	var ld []fFn
	for e := 0; e < s.N; e++ {
		ld = append(ld, c.fe(kir.Ld(s.Src, kir.Add(kir.V(sv), kir.I(int64(e))))))
	}
	var valid bFn
	if s.Valid != nil {
		valid = c.be(s.Valid)
	}
	site := c.site("", false)
	k, n := c.shared[s.Dst], int64(s.N)
	dst, src := s.Dst.Name, s.Src.Name
	return func(t *thread) {
		d, x := di(t), si(t)
		if d%n != 0 || x%n != 0 {
			t.report(site, kAlign, 0, func(l Loc) located {
				return &Misaligned{Loc: l, Msg: fmt.Sprintf("cp.async %s[%d] = %s[%d]: indices must be multiples of %d (16 bytes)", dst, d, src, x, n)}
			})
			return
		}
		t.i[ks] = x
		vals := make([]float32, len(ld))
		if valid == nil || valid(t) { // else src-size 0: zeros, nothing read
			for e, f := range ld {
				vals[e] = f(t)
			}
		}
		t.open = append(t.open, asyncCopy{k: k, i: d, site: site, vals: vals})
	}
}

// globalRace wraps the index of a global access with a race check (with
// Options.Races; buffers only read by the kernel need none).
func (c *compiler) globalRace(buf *kir.Param, idx iFn, site int32, store bool) iFn {
	if !c.p.gRaces || buf.ReadOnly {
		return idx
	}
	if c.gshadow == nil {
		c.gshadow = map[*kir.Param]*gShadow{}
	}
	sh, ok := c.gshadow[buf]
	if !ok {
		n := c.bufs[buf].Len()
		sh = &gShadow{name: buf.Name, w: make([]uint64, n), r: make([]uint64, n)}
		c.gshadow[buf] = sh
	}
	n := uint64(len(sh.w))
	return func(t *thread) int64 {
		i := idx(t)
		if uint64(i) < n {
			t.globalAccess(sh, i, store, site)
		}
		return i
	}
}

func (c *compiler) set(v *kir.Var, x kir.Expr) sFn {
	k := c.alloc(v)
	switch classOf(v.Type) {
	case cInt:
		f := c.ie(x)
		return func(t *thread) { t.i[k] = f(t) }
	case cFloat:
		if a, b, ok := c.fmaOf(x); ok {
			// acc = acc + a*b, the inner loop of most kernels; still two roundings.
			if kv, isv := c.fvar(a); isv && kv == k {
				if m, ok := b.(*kir.Bin); ok && m.Op == kir.OpMul && v.Type == kir.F32 {
					p, q := c.fe(m.A), c.fe(m.B)
					return func(t *thread) { t.f[k] += float32(p(t) * q(t)) } // no fused multiply-add
				}
			}
		}
		f := c.fe(x)
		return func(t *thread) { t.f[k] = f(t) }
	}
	f := c.be(x)
	return func(t *thread) { t.b[k] = f(t) }
}

// fmaOf splits x = a + b.
func (c *compiler) fmaOf(x kir.Expr) (a, b kir.Expr, ok bool) {
	if s, isBin := x.(*kir.Bin); isBin && s.Op == kir.OpAdd {
		return s.A, s.B, true
	}
	return nil, nil, false
}

func (c *compiler) fvar(x kir.Expr) (int, bool) {
	if v, ok := x.(*kir.VarRef); ok {
		return c.slot[v.V], true
	}
	return 0, false
}

func (c *compiler) ivar(x kir.Expr) (int, bool) {
	if v, ok := x.(*kir.VarRef); ok && classOf(v.V.Type) == cInt {
		return c.slot[v.V], true
	}
	return 0, false
}

func (c *compiler) loop(s *kir.For) sFn {
	from, to, step := c.ie(s.From), c.ie(s.To), c.ie(s.Step)
	k := c.alloc(s.V)
	body := c.block(s.Body)
	if body == nil {
		body = func(*thread) {}
	}
	site := c.site("", false)
	name := s.V.Name
	toC, toK := c.iconst(s.To)
	stC, stK := c.iconst(s.Step)
	if toK && stK && stC > 0 {
		return func(t *thread) {
			for t.i[k] = from(t); t.i[k] < toC; t.i[k] += stC {
				body(t)
			}
		}
	}
	// C re-evaluates the condition before, and the step after, each pass.
	return func(t *thread) {
		t.i[k] = from(t)
		for t.i[k] < to(t) {
			body(t)
			st := step(t)
			if st <= 0 {
				t.report(site, kLoop, 0, func(l Loc) located { return &BadLoop{Loc: l, Var: name, Step: st} })
				return
			}
			t.i[k] += st
		}
	}
}

func (c *compiler) store(s *kir.Store) sFn {
	idx := c.ie(s.Index)
	var fv fFn
	var iv iFn
	var bv bFn
	switch classOf(s.Buf.ElemType()) {
	case cFloat:
		fv = c.fe(s.X)
	case cInt:
		iv = c.ie(s.X)
	default:
		bv = c.be(s.X)
	}
	site := c.site("", false) // after the value's sites: faults sort in evaluation order
	switch buf := s.Buf.(type) {
	case *kir.Param:
		idx = c.globalRace(buf, idx, site, true)
		b, name := c.bufs[buf], buf.Name
		switch buf.Type {
		case kir.F32:
			d := b.F32
			return func(t *thread) {
				i, x := idx(t), fv(t)
				if uint64(i) >= uint64(len(d)) {
					t.oob(site, true, false, name, i, len(d))
					return
				}
				d[i] = x
			}
		case kir.F16, kir.BF16:
			d, enc := b.F16, safetensors.Float32ToF16
			if buf.Type == kir.BF16 {
				d, enc = b.BF16, safetensors.Float32ToBF16
			}
			return func(t *thread) {
				i, x := idx(t), fv(t)
				if uint64(i) >= uint64(len(d)) {
					t.oob(site, true, false, name, i, len(d))
					return
				}
				d[i] = enc(x)
			}
		case kir.I32:
			d := b.I32
			return func(t *thread) {
				i, x := idx(t), iv(t)
				if uint64(i) >= uint64(len(d)) {
					t.oob(site, true, false, name, i, len(d))
					return
				}
				d[i] = int32(x)
			}
		case kir.I64:
			d := b.I64
			return func(t *thread) {
				i, x := idx(t), iv(t)
				if uint64(i) >= uint64(len(d)) {
					t.oob(site, true, false, name, i, len(d))
					return
				}
				d[i] = x
			}
		}
	case *kir.Shared:
		k := c.shared[buf]
		switch {
		case fv != nil:
			return func(t *thread) {
				i, x := idx(t), fv(t)
				if t.shOK(k, i, site, true) {
					atomic.StoreUint64(&t.sh[k][i], uint64(math.Float32bits(x)))
					t.unfenced = true
				}
			}
		case iv != nil:
			return func(t *thread) {
				i, x := idx(t), iv(t)
				if t.shOK(k, i, site, true) {
					atomic.StoreUint64(&t.sh[k][i], uint64(x))
					t.unfenced = true
				}
			}
		default:
			return func(t *thread) {
				i, x := idx(t), bv(t)
				if t.shOK(k, i, site, true) {
					atomic.StoreUint64(&t.sh[k][i], b2u(x))
					t.unfenced = true
				}
			}
		}
	}
	panic(unsupported(s.Buf))
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func (t *thread) oob(site int32, store, shared bool, name string, i int64, n int) {
	t.report(site, kOOB, 0, func(l Loc) located {
		return &OutOfBounds{Loc: l, Store: store, Shared: shared, Buffer: name, Index: i, Len: n}
	})
}

// shOK checks an access of shared array k, word i, and records it for race
// detection; false if it is out of bounds (and not to be performed).
func (t *thread) shOK(k int, i int64, site int32, store bool) bool {
	if uint64(i) >= uint64(len(t.sh[k])) {
		p := t.blk.p
		t.oob(site, store, true, p.shName[k], i, p.shLen[k])
		return false
	}
	if t.shadow != nil {
		if store {
			t.raceWrite(k, i, site)
		} else {
			t.raceRead(k, i, site)
		}
	}
	if bz := t.blk.tmaBusy; bz != nil && bz[k] != nil {
		switch {
		case bz[k][i].Load() > 0:
			t.tmaBusyAccess(k, i, site, store)
		case store:
			t.blk.tmaFrom[k][i].Store(0) // the thread's data now, not the load's
		default:
			t.tmaVisible(k, i, site)
		}
	}
	return true
}

// ---------------------------------------------------------------- integers

// iconst is the value of x if it is the same for every thread of the launch.
func (c *compiler) iconst(x kir.Expr) (int64, bool) {
	switch x := x.(type) {
	case *kir.Const:
		switch x.T {
		case kir.I32:
			return int64(int32(x.I)), true
		case kir.I64:
			return x.I, true
		}
	case *kir.ParamRef:
		v, ok := c.scalars[x.P]
		return v, ok
	case *kir.Special:
		switch x.Kind {
		case kir.BlockDimX, kir.BlockDimY, kir.BlockDimZ:
			return int64(c.p.k.Block[x.Kind-kir.BlockDimX]), true
		case kir.GridDimX, kir.GridDimY, kir.GridDimZ:
			return c.p.grid[x.Kind-kir.GridDimX], true
		}
	}
	return 0, false
}

func wrap32(v int64) int64 { return int64(int32(v)) }

func (c *compiler) ie(x kir.Expr) iFn {
	if v, ok := c.iconst(x); ok {
		return func(*thread) int64 { return v }
	}
	is32 := x.Type() == kir.I32
	switch x := x.(type) {
	case *kir.VarRef:
		k := c.slot[x.V]
		return func(t *thread) int64 { return t.i[k] }
	case *kir.Special:
		switch x.Kind {
		case kir.ThreadIdxX:
			return func(t *thread) int64 { return t.tid[0] }
		case kir.ThreadIdxY:
			return func(t *thread) int64 { return t.tid[1] }
		case kir.ThreadIdxZ:
			return func(t *thread) int64 { return t.tid[2] }
		case kir.BlockIdxX:
			return func(t *thread) int64 { return t.blk.idx[0] }
		case kir.BlockIdxY:
			return func(t *thread) int64 { return t.blk.idx[1] }
		case kir.BlockIdxZ:
			return func(t *thread) int64 { return t.blk.idx[2] }
		}
	case *kir.Bin:
		if is32 {
			return c.ibin32(x)
		}
		return c.ibin64(x)
	case *kir.Un:
		a := c.ie(x.X)
		switch x.Op {
		case kir.OpNeg:
			if is32 {
				return func(t *thread) int64 { return wrap32(-a(t)) }
			}
			return func(t *thread) int64 { return -a(t) }
		case kir.OpAbs: // llabs; (int)llabs(INT_MIN) wraps back to INT_MIN
			return func(t *thread) int64 {
				v := a(t)
				if v < 0 {
					v = -v
				}
				if is32 {
					return wrap32(v)
				}
				return v
			}
		}
	case *kir.Cast:
		return c.icast(x)
	case *kir.Pack2:
		return c.pack2(x)
	case *kir.Load:
		return c.iload(x)
	case *kir.Select:
		cond, a, b := c.be(x.Cond), c.ie(x.A), c.ie(x.B)
		return func(t *thread) int64 {
			if cond(t) {
				return a(t)
			}
			return b(t)
		}
	case *kir.Shfl:
		site, kind := c.shflSite(x)
		v, arg := c.ie(x.X), c.ie(x.Arg)
		return func(t *thread) int64 {
			x := v(t)
			return int64(t.shfl(site, kind, uint64(x), arg(t)))
		}
	}
	panic(unsupported(x))
}

func (c *compiler) shflSite(x *kir.Shfl) (int32, kir.ShflKind) {
	c.nshfl++
	fn := map[kir.ShflKind]string{kir.ShflKindXor: "__shfl_xor_sync", kir.ShflKindDown: "__shfl_down_sync", kir.ShflKindIdx: "__shfl_sync"}[x.Kind]
	if fn == "" {
		panic(unsupported(x))
	}
	return c.site(fmt.Sprintf("%s #%d", fn, c.nshfl), true), x.Kind
}

func (c *compiler) ibin64(x *kir.Bin) iFn {
	a, b := c.ie(x.A), c.ie(x.B)
	cb, bk := c.iconst(x.B)
	ka, av := c.ivar(x.A)
	kb, bv := c.ivar(x.B)
	switch x.Op {
	case kir.OpAdd:
		switch {
		case av && bk:
			return func(t *thread) int64 { return t.i[ka] + cb }
		case bk:
			return func(t *thread) int64 { return a(t) + cb }
		case av:
			return func(t *thread) int64 { return t.i[ka] + b(t) }
		case bv:
			return func(t *thread) int64 { return a(t) + t.i[kb] }
		}
		return func(t *thread) int64 { return a(t) + b(t) }
	case kir.OpSub:
		if bk {
			return func(t *thread) int64 { return a(t) - cb }
		}
		return func(t *thread) int64 { return a(t) - b(t) }
	case kir.OpMul:
		switch {
		case av && bk:
			return func(t *thread) int64 { return t.i[ka] * cb }
		case bk:
			return func(t *thread) int64 { return a(t) * cb }
		}
		return func(t *thread) int64 { return a(t) * b(t) }
	case kir.OpDiv, kir.OpRem:
		return c.idiv(x.Op, a, b, math.MinInt64)
	case kir.OpMin:
		return func(t *thread) int64 { return min(a(t), b(t)) }
	case kir.OpMax:
		return func(t *thread) int64 { return max(a(t), b(t)) }
	case kir.OpBitAnd:
		return func(t *thread) int64 { return a(t) & b(t) }
	case kir.OpShl, kir.OpShr:
		return c.ishift(x.Op, a, b, 64)
	}
	panic(unsupported(x))
}

func (c *compiler) ibin32(x *kir.Bin) iFn {
	a, b := c.ie(x.A), c.ie(x.B)
	switch x.Op {
	case kir.OpAdd:
		return func(t *thread) int64 { return wrap32(a(t) + b(t)) }
	case kir.OpSub:
		return func(t *thread) int64 { return wrap32(a(t) - b(t)) }
	case kir.OpMul:
		return func(t *thread) int64 { return wrap32(a(t) * b(t)) }
	case kir.OpDiv, kir.OpRem:
		return c.idiv(x.Op, a, b, math.MinInt32)
	case kir.OpMin:
		return func(t *thread) int64 { return min(a(t), b(t)) }
	case kir.OpMax:
		return func(t *thread) int64 { return max(a(t), b(t)) }
	case kir.OpBitAnd:
		return func(t *thread) int64 { return a(t) & b(t) }
	case kir.OpShl, kir.OpShr:
		return c.ishift(x.Op, a, b, 32)
	}
	panic(unsupported(x))
}

func (t *thread) arith(site int32, op string, a, b int64, msg string) {
	t.report(site, kArith, 0, func(l Loc) located { return &ArithmeticFault{Loc: l, Op: op, A: a, B: b, Msg: msg} })
}

// idiv is C's / and %: truncation toward zero (as Go's); a zero divisor
// and MIN / -1 are faults.
func (c *compiler) idiv(op kir.BinOp, a, b iFn, minv int64) iFn {
	site := c.site("", false)
	if op == kir.OpDiv {
		return func(t *thread) int64 {
			x, y := a(t), b(t)
			switch {
			case y == 0:
				t.arith(site, "/", x, y, "integer division by zero")
				return 0
			case y == -1 && x == minv:
				t.arith(site, "/", x, y, "integer division overflows")
				return x
			}
			return x / y
		}
	}
	return func(t *thread) int64 {
		x, y := a(t), b(t)
		switch {
		case y == 0:
			t.arith(site, "%", x, y, "integer remainder by zero")
			return 0
		case y == -1 && x == minv:
			t.arith(site, "%", x, y, "integer remainder overflows")
			return 0
		}
		return x % y
	}
}

// ishift is << and >> (arithmetic for signed values, as nvcc does); a
// count outside 0..width-1 is a fault.
func (c *compiler) ishift(op kir.BinOp, a, b iFn, width int64) iFn {
	site := c.site("", false)
	sym := op.String()
	return func(t *thread) int64 {
		x, y := a(t), b(t)
		if y < 0 || y >= width {
			t.arith(site, sym, x, y, fmt.Sprintf("shift count out of range 0..%d", width-1))
			return x
		}
		if op == kir.OpShr {
			return x >> y
		}
		if width == 32 {
			return int64(int32(x) << y)
		}
		return x << y
	}
}

// f2i truncates toward zero and saturates, NaN giving 0, like the GPU's
// cvt.rzi (C leaves out-of-range conversions undefined).
func f2i(v float32, lo, hi int64) int64 {
	switch {
	case v != v:
		return 0
	case float64(v) >= float64(hi):
		return hi
	case float64(v) <= float64(lo):
		return lo
	}
	return int64(v)
}

func (c *compiler) icast(x *kir.Cast) iFn {
	from := x.X.Type()
	switch classOf(from) {
	case cInt:
		a := c.ie(x.X)
		if x.T == kir.I32 && from == kir.I64 {
			return func(t *thread) int64 { return wrap32(a(t)) }
		}
		return a
	case cFloat:
		f := c.fe(x.X)
		if x.T == kir.I32 {
			return func(t *thread) int64 { return f2i(f(t), math.MinInt32, math.MaxInt32) }
		}
		return func(t *thread) int64 { return f2i(f(t), math.MinInt64, math.MaxInt64) }
	}
	f := c.be(x.X)
	return func(t *thread) int64 {
		if f(t) {
			return 1
		}
		return 0
	}
}

func (c *compiler) iload(x *kir.Load) iFn {
	idx := c.ie(x.Index)
	site := c.site("", false)
	switch buf := x.Buf.(type) {
	case *kir.Param:
		idx = c.globalRace(buf, idx, site, false)
		b, name := c.bufs[buf], buf.Name
		switch buf.Type {
		case kir.I32:
			s := b.I32
			return func(t *thread) int64 {
				i := idx(t)
				if uint64(i) >= uint64(len(s)) {
					t.oob(site, false, false, name, i, len(s))
					return 0
				}
				return int64(s[i])
			}
		case kir.I64:
			s := b.I64
			return func(t *thread) int64 {
				i := idx(t)
				if uint64(i) >= uint64(len(s)) {
					t.oob(site, false, false, name, i, len(s))
					return 0
				}
				return s[i]
			}
		}
	case *kir.Shared:
		k := c.shared[buf]
		return func(t *thread) int64 {
			i := idx(t)
			if !t.shOK(k, i, site, false) {
				return 0
			}
			return int64(atomic.LoadUint64(&t.sh[k][i]))
		}
	}
	panic(unsupported(x.Buf))
}

// ------------------------------------------------------------------ floats

// roundTo gives f16 and bf16 values their precision (to nearest, ties to
// even); f32 values are already float32.
func roundTo(t kir.Type, v float32) float32 {
	switch t {
	case kir.F16:
		return safetensors.F16ToFloat32(safetensors.Float32ToF16(v))
	case kir.BF16:
		return safetensors.BF16ToFloat32(safetensors.Float32ToBF16(v))
	}
	return v
}

func rounded(t kir.Type, f fFn) fFn {
	if t == kir.F32 {
		return f
	}
	return func(th *thread) float32 { return roundTo(t, f(th)) }
}

// fminf and fmaxf: a NaN operand gives the other one; -0 < +0.
func fmin(a, b float32) float32 {
	switch {
	case a != a:
		return b
	case b != b:
		return a
	case a < b:
		return a
	case b < a:
		return b
	case math.Signbit(float64(a)):
		return a
	}
	return b
}

func fmax(a, b float32) float32 {
	switch {
	case a != a:
		return b
	case b != b:
		return a
	case a > b:
		return a
	case b > a:
		return b
	case math.Signbit(float64(a)):
		return b
	}
	return a
}

func (c *compiler) fe(x kir.Expr) fFn {
	typ := x.Type()
	switch x := x.(type) {
	case *kir.Const:
		v := roundTo(typ, float32(x.F))
		return func(*thread) float32 { return v }
	case *kir.VarRef:
		k := c.slot[x.V]
		return func(t *thread) float32 { return t.f[k] }
	case *kir.Bin:
		return rounded(typ, c.fbin(x))
	case *kir.Un:
		a := c.fe(x.X)
		switch x.Op {
		case kir.OpNeg:
			return func(t *thread) float32 { return -a(t) }
		case kir.OpAbs:
			return func(t *thread) float32 { return math.Float32frombits(math.Float32bits(a(t)) &^ (1 << 31)) }
		case kir.OpExp:
			return rounded(typ, func(t *thread) float32 { return float32(math.Exp(float64(a(t)))) })
		case kir.OpExp2: // results below 2^-126 flushed to 0, as ex2.approx.ftz does
			return rounded(typ, func(t *thread) float32 {
				y := float32(math.Exp2(float64(a(t))))
				if y < 0x1p-126 {
					return 0
				}
				return y
			})
		case kir.OpLog:
			return rounded(typ, func(t *thread) float32 { return float32(math.Log(float64(a(t)))) })
		case kir.OpSqrt:
			return rounded(typ, func(t *thread) float32 { return float32(math.Sqrt(float64(a(t)))) })
		case kir.OpRsqrt:
			return rounded(typ, func(t *thread) float32 { return float32(1 / math.Sqrt(float64(a(t)))) })
		case kir.OpRcp: // the correctly rounded reciprocal; the GPU's is within 2 ulp of it
			return rounded(typ, func(t *thread) float32 { return 1 / a(t) })
		}
	case *kir.Cast:
		return c.fcast(x)
	case *kir.Load:
		return c.fload(x)
	case *kir.Select:
		cond, a, b := c.be(x.Cond), c.fe(x.A), c.fe(x.B)
		return func(t *thread) float32 {
			if cond(t) {
				return a(t)
			}
			return b(t)
		}
	case *kir.Shfl:
		site, kind := c.shflSite(x)
		v, arg := c.fe(x.X), c.ie(x.Arg)
		return func(t *thread) float32 {
			x := v(t)
			return math.Float32frombits(uint32(t.shfl(site, kind, uint64(math.Float32bits(x)), arg(t))))
		}
	}
	panic(unsupported(x))
}

func (c *compiler) fbin(x *kir.Bin) fFn {
	a, b := c.fe(x.A), c.fe(x.B)
	ka, av := c.fvar(x.A)
	switch x.Op {
	case kir.OpAdd:
		if av {
			return func(t *thread) float32 { return t.f[ka] + b(t) }
		}
		return func(t *thread) float32 { return a(t) + b(t) }
	case kir.OpSub:
		return func(t *thread) float32 { return a(t) - b(t) }
	case kir.OpMul:
		return func(t *thread) float32 { return a(t) * b(t) }
	case kir.OpDiv:
		return func(t *thread) float32 { return a(t) / b(t) }
	case kir.OpMin:
		return func(t *thread) float32 { return fmin(a(t), b(t)) }
	case kir.OpMax:
		return func(t *thread) float32 { return fmax(a(t), b(t)) }
	}
	panic(unsupported(x))
}

func (c *compiler) fcast(x *kir.Cast) fFn {
	from, to := x.X.Type(), x.T
	switch classOf(from) {
	case cInt:
		a := c.ie(x.X)
		return rounded(to, func(t *thread) float32 { return float32(a(t)) })
	case cFloat:
		f := c.fe(x.X)
		if from == to || to == kir.F32 {
			return f // f16 and bf16 values are exact in f32
		}
		return rounded(to, f)
	}
	f := c.be(x.X)
	return func(t *thread) float32 {
		if f(t) {
			return 1
		}
		return 0
	}
}

func (c *compiler) fload(x *kir.Load) fFn {
	idx := c.ie(x.Index)
	site := c.site("", false)
	switch buf := x.Buf.(type) {
	case *kir.Param:
		idx = c.globalRace(buf, idx, site, false)
		b, name := c.bufs[buf], buf.Name
		switch buf.Type {
		case kir.F32:
			s := b.F32
			return func(t *thread) float32 {
				i := idx(t)
				if uint64(i) >= uint64(len(s)) {
					t.oob(site, false, false, name, i, len(s))
					return 0
				}
				return s[i]
			}
		case kir.F16, kir.BF16:
			s, dec := b.F16, safetensors.F16ToFloat32
			if buf.Type == kir.BF16 {
				s, dec = b.BF16, safetensors.BF16ToFloat32
			}
			return func(t *thread) float32 {
				i := idx(t)
				if uint64(i) >= uint64(len(s)) {
					t.oob(site, false, false, name, i, len(s))
					return 0
				}
				return dec(s[i])
			}
		}
	case *kir.Shared:
		// The inner loop of most kernels: bounds check and race record inline.
		k := c.shared[buf]
		if c.p.tmaDst[k] { // TMA kernels: the check for loads in flight too
			return func(t *thread) float32 {
				i := idx(t)
				if !t.shOK(k, i, site, false) {
					return 0
				}
				return math.Float32frombits(uint32(atomic.LoadUint64(&t.sh[k][i])))
			}
		}
		if c.p.races {
			return func(t *thread) float32 {
				i, sh := idx(t), t.sh[k]
				if uint64(i) >= uint64(len(sh)) {
					t.shOK(k, i, site, false)
					return 0
				}
				t.raceRead(k, i, site)
				return math.Float32frombits(uint32(atomic.LoadUint64(&sh[i])))
			}
		}
		return func(t *thread) float32 {
			i, sh := idx(t), t.sh[k]
			if uint64(i) >= uint64(len(sh)) {
				t.shOK(k, i, site, false)
				return 0
			}
			return math.Float32frombits(uint32(atomic.LoadUint64(&sh[i])))
		}
	}
	panic(unsupported(x.Buf))
}

// ------------------------------------------------------------------- bools

func (c *compiler) be(x kir.Expr) bFn {
	switch x := x.(type) {
	case *kir.Const:
		v := x.I != 0
		return func(*thread) bool { return v }
	case *kir.VarRef:
		k := c.slot[x.V]
		return func(t *thread) bool { return t.b[k] }
	case *kir.Bin:
		return c.bbin(x)
	case *kir.Un:
		if x.Op == kir.OpNot {
			a := c.be(x.X)
			return func(t *thread) bool { return !a(t) }
		}
	case *kir.Cast:
		switch classOf(x.X.Type()) {
		case cInt:
			a := c.ie(x.X)
			return func(t *thread) bool { return a(t) != 0 }
		case cFloat:
			a := c.fe(x.X)
			return func(t *thread) bool { return a(t) != 0 }
		}
		return c.be(x.X)
	case *kir.Load:
		buf, ok := x.Buf.(*kir.Shared)
		if !ok {
			break // bool buffers are refused at launch
		}
		idx := c.ie(x.Index)
		site := c.site("", false)
		k := c.shared[buf]
		return func(t *thread) bool {
			i := idx(t)
			if !t.shOK(k, i, site, false) {
				return false
			}
			return atomic.LoadUint64(&t.sh[k][i]) != 0
		}
	case *kir.Select:
		cond, a, b := c.be(x.Cond), c.be(x.A), c.be(x.B)
		return func(t *thread) bool {
			if cond(t) {
				return a(t)
			}
			return b(t)
		}
	}
	panic(unsupported(x))
}

func (c *compiler) bbin(x *kir.Bin) bFn {
	switch x.Op {
	case kir.OpAnd:
		a, b := c.be(x.A), c.be(x.B)
		return func(t *thread) bool { return a(t) && b(t) }
	case kir.OpOr:
		a, b := c.be(x.A), c.be(x.B)
		return func(t *thread) bool { return a(t) || b(t) }
	}
	switch classOf(x.A.Type()) {
	case cInt:
		a, b := c.ie(x.A), c.ie(x.B)
		ka, av := c.ivar(x.A)
		switch x.Op {
		case kir.OpLt:
			if av {
				return func(t *thread) bool { return t.i[ka] < b(t) }
			}
			return func(t *thread) bool { return a(t) < b(t) }
		case kir.OpLe:
			return func(t *thread) bool { return a(t) <= b(t) }
		case kir.OpGt:
			return func(t *thread) bool { return a(t) > b(t) }
		case kir.OpGe:
			return func(t *thread) bool { return a(t) >= b(t) }
		case kir.OpEq:
			return func(t *thread) bool { return a(t) == b(t) }
		case kir.OpNe:
			return func(t *thread) bool { return a(t) != b(t) }
		}
	case cFloat:
		a, b := c.fe(x.A), c.fe(x.B)
		switch x.Op {
		case kir.OpLt:
			return func(t *thread) bool { return a(t) < b(t) }
		case kir.OpLe:
			return func(t *thread) bool { return a(t) <= b(t) }
		case kir.OpGt:
			return func(t *thread) bool { return a(t) > b(t) }
		case kir.OpGe:
			return func(t *thread) bool { return a(t) >= b(t) }
		case kir.OpEq:
			return func(t *thread) bool { return a(t) == b(t) }
		case kir.OpNe:
			return func(t *thread) bool { return a(t) != b(t) }
		}
	default:
		a, b := c.be(x.A), c.be(x.B)
		switch x.Op {
		case kir.OpEq:
			return func(t *thread) bool { return a(t) == b(t) }
		case kir.OpNe:
			return func(t *thread) bool { return a(t) != b(t) }
		}
	}
	panic(unsupported(x))
}
