package compiler

import (
	"strings"
	"testing"
)

// TestOptionsBatchLen: the memory plan refuses a B and T at which a value
// would pass MaxElems (once an int64 overflow: negative sizes, peak=0) or
// T past the model's context (the learned position table has that many
// rows), and plans the largest values it accepts with exact sizes.
func TestOptionsBatchLen(t *testing.T) {
	m := loadExample(t, "../examples/induction.hopf") // d_model 128, qkv 384, context 256
	tests := []struct {
		name string
		opts Options
		want string // error; "" when the plan is made
		peak int64  // the plan's peak when it is made
	}{
		{name: "int64 batch", opts: Options{Batch: 1<<63 - 1}, want: "value %emb needs B×T×128 = 9223372036854775807×256×128 = 302231454903657293643776 elements, more than one buffer of the memory plan holds (2^31)"},
		{name: "batch 2^62", opts: Options{Batch: 1 << 62}, want: "4611686018427387904×256×128 = 151115727451828646838272 elements"},
		{name: "product wraps to 0", opts: Options{Batch: 1 << 47, Len: 128}, want: "value %emb needs B×T×128 = 140737488355328×128×128"},
		{name: "qkv one past 2^31", opts: Options{Batch: 21846}, want: "value %L0.qkv needs B×T×384 = 21846×256×384 = 2147549184 elements"},
		{name: "len past the context", opts: Options{Len: 5000}, want: "sequence length 5000 exceeds the model's context 256"},
		{name: "len past the context, lowered", opts: Options{Len: 257, StopAfter: "dce"}, want: "sequence length 257 exceeds the model's context 256"},
		{name: "negative batch", opts: Options{Batch: -3}, want: "batch -3 and length 0: want ≥ 1"},
		{name: "largest batch", opts: Options{Batch: 21845}, peak: 21845 * 256 * (384 + 128 + 128) * 4},
		{name: "the context", opts: Options{Batch: 2, Len: 256}, peak: 2 * 256 * (384 + 128 + 128) * 4},
		{name: "defaults", opts: Options{}, peak: 256 * (384 + 128 + 128) * 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Compile(m, tt.opts)
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("got %v, want an error with %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if g.Memory == nil || g.Memory.Peak != tt.peak {
				t.Fatalf("memory plan %+v, want peak %d", g.Memory, tt.peak)
			}
		})
	}
}

// TestOptionsCheckMaxT: Run on parsed IR refuses a length past MaxT.
func TestOptionsCheckMaxT(t *testing.T) {
	o := Options{Len: 65, MaxT: 64}
	if err := o.Check(); err == nil || !strings.Contains(err.Error(), "sequence length 65 exceeds the model's context 64") {
		t.Errorf("Len 65, MaxT 64: got %v", err)
	}
	o.Len = 64
	if err := o.Check(); err != nil {
		t.Errorf("Len 64, MaxT 64: %v", err)
	}
}
