package ir

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// MemoryPlan assigns every op result to a buffer for concrete dimensions
// (the plan-memory pass computes it). Buffers are reused once the values in
// them are dead; a value never shares a buffer with an operand of the op
// that computes it. Graph inputs are not planned: the caller owns them.
type MemoryPlan struct {
	Env     map[string]int // the dimensions planned for, e.g. B=8, T=256
	Buffers []int64        // size in bytes of buffer i
	Assign  map[*Value]int // value → buffer
	Peak    int64          // Σ Buffers: the activation memory of one forward pass
	Naive   int64          // Σ value sizes: the memory without reuse
}

// printMemory writes the plan after the graph:
//
//	memory {B=8, T=256} peak=4194304 naive=9437184 {
//	  buffer 0 : 1048576 = %emb, %x1
//	}
func printMemory(b *strings.Builder, g *Graph) {
	m := g.Memory
	if m == nil {
		return
	}
	var env []string
	for k, v := range m.Env {
		env = append(env, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(env)
	fmt.Fprintf(b, "memory {%s} peak=%d naive=%d {\n", strings.Join(env, ", "), m.Peak, m.Naive)
	members := make([][]string, len(m.Buffers))
	for _, op := range g.Ops {
		for _, r := range op.Results {
			if i, ok := m.Assign[r]; ok && i >= 0 && i < len(members) {
				members[i] = append(members[i], r.String())
			}
		}
	}
	for i, size := range m.Buffers {
		fmt.Fprintf(b, "  buffer %d : %d = %s  // %s\n", i, size, strings.Join(members[i], ", "), HumanBytes(size))
	}
	b.WriteString("}\n")
}

// HumanBytes renders a byte count as B, KiB, MiB or GiB.
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.2f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// parseMemory reads the section printMemory writes.
func (p *parser) parseMemory(g *Graph) {
	p.next() // memory
	m := &MemoryPlan{Env: map[string]int{}, Assign: map[*Value]int{}}
	p.expect("{")
	for p.err == nil && !p.is("}") {
		if len(m.Env) > 0 {
			p.expect(",")
		}
		name := p.tok.text
		if p.tok.kind != tIdent {
			p.errorf("expected a dimension name, found %s", p.tok)
			return
		}
		if _, dup := m.Env[name]; dup {
			p.errorf("dimension %s given twice", name)
			return
		}
		p.next()
		p.expect("=")
		m.Env[name] = p.intTok()
	}
	p.expect("}")
	m.Peak = p.keyInt("peak")
	m.Naive = p.keyInt("naive")
	p.expect("{")
	p.skipComments()
	for p.err == nil && p.is("buffer") {
		line := p.tok.line
		p.next()
		idTok := p.tok
		if id := p.intTok(); p.err == nil && id != len(m.Buffers) {
			p.tok = idTok
			p.errorf("buffer %d out of order (want %d)", id, len(m.Buffers))
			return
		}
		p.expect(":")
		m.Buffers = append(m.Buffers, int64(p.intTok()))
		p.expect("=")
		for p.err == nil {
			tok := p.tok
			v := p.useValue()
			if v == nil {
				return
			}
			if v.Def == nil {
				p.tok = tok
				p.errorf("%s is a graph input: inputs are not planned", v)
				return
			}
			if _, dup := m.Assign[v]; dup {
				p.tok = tok
				p.errorf("value %s is in two buffers", v)
				return
			}
			m.Assign[v] = len(m.Buffers) - 1
			if !p.is(",") {
				break
			}
			p.next()
		}
		if p.tok.kind == tComment && p.tok.line == line {
			p.next()
		}
		p.skipComments()
	}
	p.expect("}")
	g.Memory = m
}

func (p *parser) intTok() int {
	if p.tok.kind != tNumber {
		p.errorf("expected an integer, found %s", p.tok)
		return 0
	}
	// The whole token must be the integer: Sscan would read "1.5" as 1.
	n, err := strconv.Atoi(p.tok.text)
	if err != nil || n < 0 {
		p.errorf("expected a non-negative integer, found %s", p.tok)
		return 0
	}
	p.next()
	return n
}

func (p *parser) keyInt(key string) int64 {
	if !p.is(key) {
		p.errorf("expected %s=N, found %s", key, p.tok)
		return 0
	}
	p.next()
	p.expect("=")
	return int64(p.intTok())
}

// checkMemory verifies a plan against the graph: every op result is
// assigned a buffer large enough, and no two values live at the same time
// share one, nor does a result share with an operand of its op.
func (v *verifier) checkMemory() {
	g, m := v.g, v.g.Memory
	if m == nil {
		return
	}
	var sum int64
	for _, s := range m.Buffers {
		sum += s
	}
	if sum != m.Peak {
		v.addf("memory plan: peak %d is not the sum of its buffers (%d)", m.Peak, sum)
	}
	// last[v] is the index of the last op that reads v, len(g.Ops) for a
	// graph result. A value nothing reads lives through the op that
	// computes it: the op writes all its results at once, so a sibling
	// result must not share its buffer even when it is never read.
	last := map[*Value]int{}
	results := map[*Value]bool{}
	for i, op := range g.Ops {
		for _, r := range op.Results {
			last[r] = i
			results[r] = true
		}
	}
	for i, op := range g.Ops {
		for _, a := range op.Args {
			last[a] = i
		}
	}
	for _, r := range g.Results {
		last[r] = len(g.Ops)
	}
	var strays []string
	for val := range m.Assign {
		if !results[val] {
			strays = append(strays, val.String())
		}
	}
	sort.Strings(strays)
	for _, s := range strays {
		v.addf("memory plan: %s is not a result of an op of the graph (graph inputs are not planned)", s)
	}
	used := make([]bool, len(m.Buffers))
	holder := make([]*Value, len(m.Buffers)) // value currently in each buffer
	for i, op := range g.Ops {
		for _, r := range op.Results {
			b, ok := m.Assign[r]
			if !ok || b < 0 || b >= len(m.Buffers) {
				v.addf("memory plan: %s has no buffer", r)
				continue
			}
			used[b] = true
			size, err := r.Type.Bytes(m.Env)
			if err != nil {
				v.addf("memory plan: %s: %v", r, err)
				continue
			}
			if size > m.Buffers[b] {
				v.addf("memory plan: %s needs %d bytes, buffer %d has %d", r, size, b, m.Buffers[b])
			}
			if h := holder[b]; h != nil && h.Def == op {
				v.addf("memory plan: %s and %s are results of one op but share buffer %d", h, r, b)
			} else if h != nil && last[h] >= i {
				v.addf("memory plan: %s overwrites %s in buffer %d while %s is still live", r, h, b, h)
			}
			holder[b] = r
		}
	}
	for b, u := range used {
		if !u {
			v.addf("memory plan: buffer %d holds no value", b)
		}
	}
}
