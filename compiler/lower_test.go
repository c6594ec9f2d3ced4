package compiler

import (
	"sort"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/dsl"
	"github.com/hopf-ml/hopf/ir"
)

func compileSrc(t *testing.T, src string) *ir.Graph {
	t.Helper()
	m, err := dsl.Load("m.hopf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	last, _ := StageEnd("lowered")
	g, err := Compile(m, Options{StopAfter: last, VerifyEach: true})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestWeightScheme checks the weight names and shapes of DESIGN.md's scheme
// (matrices [out, in]) for each kind of model.
func TestWeightScheme(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "name shape", sorted
	}{
		{
			name: "softmax token model",
			src:  "model m { vocab 10; d_model 8; context 16; attention softmax { heads 2; d_head 3; d_value 5 }; unembed }",
			want: []string{
				"L0.w_k f32[6,8]", "L0.w_o f32[8,10]", "L0.w_q f32[6,8]", "L0.w_v f32[10,8]",
				"pos_embed f32[16,8]", "tok_embed f32[10,8]", "unembed f32[10,8]",
			},
		},
		{
			name: "delta with learned beta, norms, tied",
			src: `model m { vocab 10; d_model 8; context 16; dtype bf16; position none
  attention delta { heads 2; d_head 4; norm layernorm }
  attention linear { heads 2; d_head 4; norm rmsnorm; output off }
  norm rmsnorm; unembed tied }`,
			want: []string{
				"L0.norm.bias bf16[8]", "L0.norm.weight bf16[8]",
				"L0.w_beta bf16[2,8]", "L0.w_k bf16[8,8]", "L0.w_o bf16[8,8]", "L0.w_q bf16[8,8]", "L0.w_v bf16[8,8]",
				"L1.norm.weight bf16[8]", "L1.w_k bf16[8,8]", "L1.w_q bf16[8,8]", "L1.w_v bf16[8,8]",
				"norm_f.weight bf16[8]", "tok_embed bf16[10,8]",
			},
		},
		{
			name: "vector input, linear embed, readout, constant beta",
			src:  "model m { d_in 3; d_model 8; context 4; attention delta { heads 1; d_head 8; beta 0.5 }; readout 2 }",
			want: []string{
				"L0.w_k f32[8,8]", "L0.w_o f32[8,8]", "L0.w_q f32[8,8]", "L0.w_v f32[8,8]",
				"in_proj f32[8,3]", "readout f32[2,8]",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := compileSrc(t, tt.src)
			var got []string
			for _, w := range g.Weights {
				got = append(got, w.Name+" "+w.Type.String())
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("weights:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLowerOps checks the op sequence each attention kind lowers to.
func TestLowerOps(t *testing.T) {
	tests := []struct {
		name, layer string
		want        string // op names of the layer, space separated
	}{
		{"softmax", "attention softmax { heads 2; d_head 4 }",
			"linear linear linear split_heads split_heads split_heads scores mask softmax mix merge_heads linear add"},
		{"softmax window", "attention softmax { heads 2; d_head 4; mask window 3; residual off }",
			"linear linear linear split_heads split_heads split_heads scores mask softmax mix merge_heads linear"},
		{"linear elu1", "attention linear { heads 2; d_head 4; feature elu1; mask none }",
			// mask none is removed by canonicalize + dce
			"linear linear linear split_heads split_heads split_heads feature feature scores mix merge_heads linear add"},
		{"linear identity", "attention linear { heads 2; d_head 4 }",
			"linear linear linear split_heads split_heads split_heads scores mask mix merge_heads linear add"},
		{"delta learned", "attention delta { heads 2; d_head 4; norm rmsnorm }",
			"rmsnorm linear linear linear split_heads split_heads split_heads linear sigmoid delta_rule merge_heads linear add"},
		{"delta const", "attention delta { heads 2; d_head 4; beta 1; output off; mask strict }",
			"linear linear linear split_heads split_heads split_heads delta_rule merge_heads add"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := compileSrc(t, "model m { vocab 10; d_model 8; context 16; position none\n"+tt.layer+"\nunembed }")
			var names []string
			for _, op := range g.Ops[1 : len(g.Ops)-1] { // drop embed and unembed
				names = append(names, op.Name())
			}
			if got := strings.Join(names, " "); got != tt.want {
				t.Errorf("ops:\n  %s\nwant:\n  %s\n%s", got, tt.want, ir.Print(g))
			}
		})
	}
}

// TestLowerAttrs checks attributes carried from the DSL to the ops.
func TestLowerAttrs(t *testing.T) {
	g := compileSrc(t, `model m { vocab 10; d_model 8; context 16
  attention softmax { heads 2; d_head 4; mask window 3 }
  attention delta { heads 2; d_head 4; beta 0.25; scale 0.5; mask strict }
  unembed }`)
	var mask, delta *ir.Op
	for _, op := range g.Ops {
		switch op.Name() {
		case "mask":
			mask = op
		case "delta_rule":
			delta = op
		}
	}
	if mask == nil || mask.Str("kind", "") != "window" || mask.Int("window", 0) != 3 || mask.Str("fill", "") != "neg_inf" {
		t.Errorf("mask op: %v", mask)
	}
	if delta == nil || delta.Float("beta", 0) != 0.25 || delta.Float("scale", 0) != 0.5 || delta.Str("mask", "") != "strict" || len(delta.Args) != 3 {
		t.Errorf("delta op: %+v", delta)
	}
	for _, op := range g.Ops {
		if !op.Pos.IsValid() || op.Pos.File != "m.hopf" {
			t.Errorf("%s has no DSL position", op.Ref())
		}
	}
}
