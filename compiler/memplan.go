package compiler

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/hopf-ml/hopf/ir"
)

// MaxElems is the most elements one value of the memory plan may hold at
// the planned B and T: 2^31 (8 GiB of f32). The kernels index with 64-bit
// integers, but past it a batch is a mistake rather than a workload (hopf
// run and bench refuse the same), and sizes computed in int64 bytes stay
// far from overflow.
const MaxElems = 1 << 31

// planMemory assigns the op results to buffers for the dimensions in the
// context (B, T): a value's buffer is free again after the last op that
// reads it, and an op never writes into a buffer one of its operands is in
// (the kernels do not work in place). Among the free buffers holding the
// same element type (so a device buffer has one type: f16 activations and
// f32 states never share) it takes the smallest that fits, else grows the
// largest, else adds a buffer. Graph results stay live to the end.
func planMemory(c *Context, g *ir.Graph) (bool, error) {
	if len(c.Env) == 0 {
		return false, nil
	}
	last := map[*ir.Value]int{}
	for i, op := range g.Ops {
		for _, a := range op.Args {
			last[a] = i
		}
	}
	for _, r := range g.Results {
		last[r] = len(g.Ops)
	}
	m := &ir.MemoryPlan{Env: c.Env, Assign: map[*ir.Value]int{}}
	elem := map[int]ir.Elem{}    // a buffer holds values of one element type
	var free []int               // buffer ids not holding a live value
	holds := map[int]*ir.Value{} // buffer → value
	for i, op := range g.Ops {
		var unread []int
		for _, r := range op.Results {
			n, err := planElems(r, c.Env)
			if err != nil {
				return false, fmt.Errorf("%s: %s: %v", op.Pos, op.Ref(), err)
			}
			size := n * int64(r.Type.Elem.Size())
			m.Naive += size
			var same []int
			for _, f := range free {
				if elem[f] == r.Type.Elem {
					same = append(same, f)
				}
			}
			b := pick(m.Buffers, same, size)
			if b < 0 {
				m.Buffers = append(m.Buffers, size)
				b = len(m.Buffers) - 1
			} else {
				free = remove(free, b)
				if m.Buffers[b] < size {
					m.Buffers[b] = size
				}
			}
			m.Assign[r] = b
			elem[b] = r.Type.Elem
			holds[b] = r
			if _, read := last[r]; !read {
				unread = append(unread, b) // free again after this op
			}
		}
		// Operands whose last use is this op free their buffers now that
		// the op's outputs have their own.
		for _, a := range op.Args {
			if last[a] != i {
				continue
			}
			if b, ok := m.Assign[a]; ok && holds[b] == a {
				free = append(free, b)
				delete(holds, b)
			}
		}
		for _, b := range unread {
			free = append(free, b)
			delete(holds, b)
		}
	}
	for _, s := range m.Buffers {
		m.Peak += s
	}
	g.Memory = m
	return true, nil
}

// planElems is the number of elements of value v under env, computed
// without overflow: an error names the product when it passes MaxElems.
func planElems(v *ir.Value, env map[string]int) (int64, error) {
	dims, err := v.Type.Dims(env)
	if err != nil {
		return 0, fmt.Errorf("%v (plan-memory needs B and T)", err)
	}
	n := product(dims)
	if n.Sign() >= 0 && n.Cmp(big.NewInt(MaxElems)) <= 0 {
		return n.Int64(), nil
	}
	var sym, num []string
	for i, d := range v.Type.Shape {
		if d.Sym != "" {
			sym = append(sym, d.Sym)
		} else {
			sym = append(sym, strconv.Itoa(d.N))
		}
		num = append(num, strconv.Itoa(dims[i]))
	}
	return 0, fmt.Errorf("value %s needs %s = %s = %s elements, more than one buffer of the memory plan holds (2^31): lower the batch (--batch) or the sequence length (--len)",
		v, strings.Join(sym, "×"), strings.Join(num, "×"), n)
}

// pick returns the smallest free buffer of at least size bytes, else the
// largest free buffer (to be grown), else -1.
func pick(sizes []int64, free []int, size int64) int {
	if len(free) == 0 {
		return -1
	}
	ids := append([]int(nil), free...)
	sort.Slice(ids, func(i, j int) bool {
		return sizes[ids[i]] < sizes[ids[j]] || sizes[ids[i]] == sizes[ids[j]] && ids[i] < ids[j]
	})
	for _, b := range ids {
		if sizes[b] >= size {
			return b
		}
	}
	return ids[len(ids)-1]
}

func remove(xs []int, x int) []int {
	for i, y := range xs {
		if y == x {
			return append(xs[:i], xs[i+1:]...)
		}
	}
	return xs
}
