package cpu

import (
	"math"
	"testing"

	"github.com/hopf-ml/hopf/compiler"
)

// TestExportedState checks the final fast-weight state a dual layer
// exports against the state recomputed here from its definition:
// S = Σ_t v_t k_tᵀ (sum rule) or the delta recurrence, with k and v the
// layer's projections of its input.
func TestExportedState(t *testing.T) {
	for _, tc := range []struct {
		name, layer string
		delta       bool
		beta        float64
	}{
		{"sum", "attention linear { heads 2; d_head 3; d_value 2; feature elu1 }", false, 0},
		{"delta", "attention delta { heads 2; d_head 3; d_value 2; feature l2; beta 0.8; mask strict }", true, 0.8},
	} {
		for _, target := range []string{"cuda", "cpu"} {
			t.Run(tc.name+"/"+target, func(t *testing.T) {
				src := "model m { vocab 9; d_model 6; context 80; position none\n" + tc.layer + "\nunembed }"
				f := newFixture(t, src, 4, lowered)
				B, T, H, dk, dv, D := 2, 70, 2, 3, 2, 6
				x, in := f.input(B, T, 3)
				_, g := runStage(t, src, compiler.Options{Target: target, ExportState: true}, f.w, x)
				env, _ := BindDims(g, x.Shape())
				p, err := Compile(g, f.w, env)
				if err != nil {
					t.Fatal(err)
				}
				outs, err := p.Run(x)
				if err != nil {
					t.Fatal(err)
				}
				if len(outs) != 2 || g.Results[1].Name != "L0.S" {
					t.Fatalf("want the logits and L0.S, got %d results", len(outs))
				}
				got := outs[1].Data().([]float32) // [B,H,dv,dk]
				L := f.m.Layers[0]
				for b := 0; b < B; b++ {
					for h := 0; h < H; h++ {
						S := make([]float64, dv*dk)
						for tt := 0; tt < T; tt++ {
							xe := f.w64["tok_embed"][int(in.tokens[b*T+tt])*D:]
							k, v := make([]float64, dk), make([]float64, dv)
							for i := 0; i < dk; i++ {
								for j := 0; j < D; j++ {
									k[i] += f.w64["L0.w_k"][(h*dk+i)*D+j] * xe[j]
								}
							}
							for i := 0; i < dv; i++ {
								for j := 0; j < D; j++ {
									v[i] += f.w64["L0.w_v"][(h*dv+i)*D+j] * xe[j]
								}
							}
							k = phiVec(L.Feature, k)
							if !tc.delta {
								for i := 0; i < dv; i++ {
									for j := 0; j < dk; j++ {
										S[i*dk+j] += v[i] * k[j]
									}
								}
								continue
							}
							e := make([]float64, dv)
							for i := 0; i < dv; i++ {
								e[i] = v[i]
								for j := 0; j < dk; j++ {
									e[i] -= S[i*dk+j] * k[j]
								}
							}
							for i := 0; i < dv; i++ {
								for j := 0; j < dk; j++ {
									S[i*dk+j] += tc.beta * e[i] * k[j]
								}
							}
						}
						var num, den float64
						for i := range S {
							d := float64(got[((b*H+h)*dv)*dk+i]) - S[i]
							num += d * d
							den += S[i] * S[i]
						}
						if e := math.Sqrt(num / den); e > 1e-4 || math.IsNaN(e) {
							t.Errorf("b=%d h=%d: exported state relative error %.3g", b, h, e)
						}
					}
				}
			})
		}
	}
}
