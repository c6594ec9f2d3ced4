package main

import (
	"fmt"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
)

// checkBatch refuses B sequences of T tokens whose forward pass would make
// a tensor past compiler.MaxElems (2^31 values), before anything is
// allocated, naming the tensor and the flags to lower.
func checkBatch(m *dsl.Model, B, T int) error {
	if err := compiler.CheckSize(m, B, T); err != nil {
		return fmt.Errorf("--batch %d with %d tokens: %v; lower --batch or --len", B, T, err)
	}
	return nil
}

// checkBatchFlag refuses a --batch below 1: B is a count of sequences,
// and 0 is not a default.
func checkBatchFlag(B int) error {
	if B < 1 {
		return fmt.Errorf("--batch %d: want ≥ 1", B)
	}
	return nil
}

// checkLenFlag refuses a --len past the model's context (the learned
// position table has that many rows) or below 0, the documented default
// of compile and ir being 0 (the context; run, bench and inspect pass
// their own default resolved).
func checkLenFlag(m *dsl.Model, T int) error {
	switch {
	case T < 0:
		return fmt.Errorf("--len %d: want ≥ 1 (or 0, the default: the model's context %d)", T, m.Context)
	case T > m.Context:
		return fmt.Errorf("--len %d exceeds the model's context %d", T, m.Context)
	}
	return nil
}
