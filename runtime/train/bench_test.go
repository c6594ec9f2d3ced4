package train

import (
	"testing"

	"github.com/hopf-ml/hopf/runtime/weights"
)

// BenchmarkTrainStep times one training step (data, forward, backward,
// Adam) of the examples at the sizes of scripts/bench/train.sh.
func BenchmarkTrainStep(b *testing.B) {
	for _, c := range []struct {
		name, file string
		cfg        Config
	}{
		{"icl_regression", "../../examples/icl_regression.hopf", Config{Task: ICLRegression, Batch: 64, Len: 11, LR: 1e-3, Seed: 1}},
		{"induction", "../../examples/induction.hopf", Config{Task: Induction, Batch: 32, Len: 32, LR: 1e-3, Seed: 1}},
	} {
		b.Run(c.name, func(b *testing.B) {
			m := loadFile(b, c.file)
			g, err := LowerForTraining(m)
			if err != nil {
				b.Fatal(err)
			}
			ws, _ := weights.Init(g, 1)
			tr, err := New(m, g, ws, c.cfg)
			if err != nil {
				b.Fatal(err)
			}
			defer tr.Close()
			for i := 0; i < 3; i++ {
				tr.TrainStep()
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := tr.TrainStep(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
