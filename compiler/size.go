package compiler

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/hopf-ml/hopf/dsl"
)

// SizeError is a forward pass whose largest tensor would have more than
// MaxElems elements.
type SizeError struct {
	Tensor string   // what the tensor is, e.g. "the logits"
	Dims   []string // its dimensions by name, e.g. B, T, vocab
	Sizes  []int    // and by size
}

func (e *SizeError) Error() string {
	s := make([]string, len(e.Sizes))
	for i, d := range e.Sizes {
		s[i] = fmt.Sprint(d)
	}
	return fmt.Sprintf("%s %s = %s = %s elements is more than hopf can allocate (limit 2^31)",
		e.Tensor, strings.Join(e.Dims, "×"), strings.Join(s, "×"), product(e.Sizes))
}

// product is the exact product of sizes (no int overflow).
func product(sizes []int) *big.Int {
	n := big.NewInt(1)
	for _, d := range sizes {
		n.Mul(n, big.NewInt(int64(d)))
	}
	return n
}

// CheckSize reports a forward pass of m over B sequences of T tokens that
// would make a tensor of more than MaxElems elements (hopf run, bench,
// train and inspect call it before allocating anything) (a *SizeError,
// naming the largest tensor), or B or T below 1. The tensors counted are
// the input, the residual stream, every layer's queries, keys, values and
// (softmax and linear layers) scores, and the logits or readout.
func CheckSize(m *dsl.Model, B, T int) error {
	if B < 1 || T < 1 {
		return fmt.Errorf("a batch of %d sequences of %d tokens: want at least one sequence of at least one token", B, T)
	}
	type cand struct {
		what  string
		dims  []string
		sizes []int
	}
	cands := []cand{{"the residual stream", []string{"B", "T", "d_model"}, []int{B, T, m.DModel}}}
	if m.Input == dsl.InputVectors {
		cands = append(cands, cand{"the input", []string{"B", "T", "d_in"}, []int{B, T, m.DIn}})
	} else {
		cands = append(cands, cand{"the input", []string{"B", "T"}, []int{B, T}})
	}
	for _, L := range m.Layers {
		lw := func(s string) string { return fmt.Sprintf("layer %d's %s", L.Index, s) }
		cands = append(cands,
			cand{lw("queries"), []string{"B", "heads", "T", "d_head"}, []int{B, L.Heads, T, L.DHead}},
			cand{lw("values"), []string{"B", "heads", "T", "d_value"}, []int{B, L.Heads, T, L.DValue}})
		if L.Kind == dsl.Softmax || L.Kind == dsl.Linear {
			cands = append(cands, cand{lw("attention scores"), []string{"B", "heads", "T", "T"}, []int{B, L.Heads, T, T}})
		}
	}
	if m.Readout.Kind == dsl.ReadoutUnembed {
		cands = append(cands, cand{"the logits", []string{"B", "T", "vocab"}, []int{B, T, m.Vocab}})
	} else {
		cands = append(cands, cand{"the readout", []string{"B", "T", "d_out"}, []int{B, T, m.Readout.DOut}})
	}
	var worst *cand
	var most *big.Int
	for i := range cands {
		n := product(cands[i].sizes)
		if most == nil || n.Cmp(most) > 0 {
			worst, most = &cands[i], n
		}
	}
	if most.Cmp(big.NewInt(MaxElems)) > 0 {
		return &SizeError{Tensor: worst.what, Dims: worst.dims, Sizes: worst.sizes}
	}
	return nil
}
