package codegen

import (
	"os"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
	"github.com/hopf-ml/hopf/dsl"
)

// TestPlanGridLimits: CompileWith refuses a launch CUDA would refuse — a
// grid past MaxGridX or MaxGridYZ — naming the layer, the kernel, the
// dimension, its value and the limit, and what to lower; a grid at the
// limit is a plan.
func TestPlanGridLimits(t *testing.T) {
	src, err := os.ReadFile("../examples/fastweight.hopf")
	if err != nil {
		t.Fatal(err)
	}
	long, err := dsl.Load("long.hopf", []byte(strings.Replace(string(src), "context 512", "context 1048576", 1)))
	if err != nil {
		t.Fatal(err)
	}
	src, err = os.ReadFile("../examples/induction.hopf")
	if err != nil {
		t.Fatal(err)
	}
	ind, err := dsl.Load("examples/induction.hopf", src)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		m    *dsl.Model
		B, T int
		want string // "" when the plan is made
	}{
		{"attention grid.z = B", ind, 70000, 16, "examples/induction.hopf:13:5: op %x1 (fused.attention_residual): kernel x1__fused_attention_residual_attn__l13: grid.z is 70000 blocks (one per sequence of the batch), more than CUDA's limit of 65535: lower the batch (--batch)"},
		{"attention grid.z at the limit", ind, MaxGridYZ, 2, ""},
		{"dual grid.y = B", long, 65536, 1, "kernel x1__fused_dual_residual_dual__l21: grid.y is 65536 blocks (one per sequence of the batch), more than CUDA's limit of 65535"},
		{"GEMM grid.y = B·T/64", long, 4, 1048576, "long.hopf:21:5: op %L0.qkvbeta (linear): kernel L0_qkvbeta__linear__l21: grid.y is 65536 blocks at B=4 T=1048576, more than CUDA's limit of 65535: lower the batch (--batch) or the sequence length (--len)"},
		{"GEMM grid.y at the limit", long, 4, MaxGridYZ * 16, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := compiler.Compile(tt.m, compiler.Options{Target: "cuda", Batch: tt.B, Len: tt.T})
			if err != nil {
				t.Fatal(err)
			}
			p, err := Compile(g)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range p.Launches {
					if l.Grid[0] > MaxGridX || l.Grid[1] > MaxGridYZ || l.Grid[2] > MaxGridYZ {
						t.Errorf("launch %s: grid %v", l.Kernel, l.Grid)
					}
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// TestPlanLaunchLimits: checkLimits on launches the generators never make
// (a zero grid, an x past 2^31−1, a block past 1024 threads).
func TestPlanLaunchLimits(t *testing.T) {
	env := map[string]int{"B": 3, "T": 5}
	tests := []struct {
		l    Launch
		want string
	}{
		{Launch{Kernel: "k", Grid: [3]int{0, 1, 1}, Block: [3]int{32, 1, 1}}, "kernel k: grid.x is 0 blocks, want 1..2147483647"},
		{Launch{Kernel: "k", Grid: [3]int{-127, 1, 1}, Block: [3]int{32, 1, 1}}, "kernel k: grid.x is -127 blocks, want 1..2147483647"},
		{Launch{Kernel: "k", Grid: [3]int{1 << 31, 1, 1}, Block: [3]int{32, 1, 1}}, "kernel k: grid.x is 2147483648 blocks at B=3 T=5, more than CUDA's limit of 2147483647: lower the batch (--batch) or the sequence length (--len)"},
		{Launch{Kernel: "k", Grid: [3]int{1, 1, 1}, Block: [3]int{32, 33, 1}}, "kernel k: a block of 32×33×1 threads, want 1..1024"},
		{Launch{Kernel: "k", Grid: [3]int{MaxGridX, MaxGridYZ, MaxGridYZ}, Block: [3]int{1024, 1, 1}}, ""},
	}
	for _, tt := range tests {
		err := tt.l.checkLimits(env)
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || err.Error() != tt.want) {
			t.Errorf("grid %v block %v: got %v, want %q", tt.l.Grid, tt.l.Block, err, tt.want)
		}
	}
}
