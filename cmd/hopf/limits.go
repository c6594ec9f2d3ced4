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
