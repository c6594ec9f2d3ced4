package compiler

import (
	"fmt"
	"sort"

	"github.com/hopf-ml/hopf/ir"
)

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
			size, err := r.Type.Bytes(c.Env)
			if err != nil {
				return false, fmt.Errorf("%s: %s: %v (plan-memory needs B and T)", op.Pos, op.Ref(), err)
			}
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
