package main

import (
	"fmt"
	"math/bits"

	"github.com/hopf-ml/hopf/dsl"
)

// maxElems bounds the elements of one tensor a forward pass makes: 2^31
// (8 GiB in f32). Past it a batch is a mistake rather than a workload, and
// B·T·width would come near int's range in the kernels' index arithmetic.
const maxElems = 1 << 31

// widest is the most values per token of any tensor of the model's forward
// pass: the residual stream, an attention layer's q, k, v and scores (T per
// head: the lowered graph's softmax and linear layers make B×H×T×T), the
// logits or readout.
func widest(m *dsl.Model, T int) int {
	w := max(m.DModel, m.DIn, m.Readout.DOut)
	if m.Readout.Kind == dsl.ReadoutUnembed {
		w = max(w, m.Vocab)
	}
	for _, l := range m.Layers {
		w = max(w, l.Heads*(2*l.DHead+l.DValue), l.Heads*T)
	}
	return w
}

// checkBatch refuses B sequences of T tokens whose largest tensor would
// pass maxElems (or overflow int), naming the flags to lower.
func checkBatch(m *dsl.Model, B, T int) error {
	w := widest(m, T)
	hi, bt := bits.Mul64(uint64(B), uint64(T))
	hi2, n := bits.Mul64(bt, uint64(w))
	if hi != 0 || hi2 != 0 || n > maxElems {
		return fmt.Errorf("--batch %d with %d tokens: the largest tensor of %s would hold B×T×%d = %s values, more than hopf allocates for one tensor (2^31); lower --batch or --len",
			B, T, m.Name, w, bigProduct(B, T, w))
	}
	return nil
}

// bigProduct writes B·T·w exactly, or as ">" the largest uint64 when it
// overflows that too.
func bigProduct(B, T, w int) string {
	hi, bt := bits.Mul64(uint64(B), uint64(T))
	hi2, n := bits.Mul64(bt, uint64(w))
	if hi != 0 || hi2 != 0 {
		return "more than 1.8e19"
	}
	return fmt.Sprintf("%d", n)
}
