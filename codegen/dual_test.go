package codegen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/kernels"
	"github.com/hopf-ml/hopf/runtime/sim"
)

func TestDualKernel(t *testing.T) {
	n := 0
	for _, delta := range []bool{false, true} {
		for _, strict := range []bool{false, true} {
			for _, feat := range []string{"identity", "elu1", "l2"} {
				for _, form := range []string{"recurrent", "chunked4", "chunked16", "parallel"} {
					for _, learned := range []bool{false, true} {
						if learned && !delta {
							continue
						}
						for _, T := range []int{1, 7, 33, 70} {
							dims := fusedDims[n%3]
							bh := fusedBH[n%len(fusedBH)]
							e := fusedElems[(n/3)%3]
							if T == 70 && e == kir.F32 {
								dims = fusedDims[2]
							}
							s := DualSpec{E: e, H: bh[1], DK: dims[0], DV: dims[1], Delta: delta, Strict: strict,
								Scale: 1 / math.Sqrt(float64(dims[0])), Feature: feat, LearnedBeta: learned}
							switch form {
							case "chunked4":
								s.Form, s.Chunk = "chunked", 4
							case "chunked16":
								s.Form, s.Chunk = "chunked", 16
							case "parallel":
								s.Form, s.Chunk = "parallel", T
							default:
								s.Form = form
							}
							if delta && !learned {
								s.Beta = 0.7
								if feat == "elu1" { // ‖φ(k)‖² ≈ d_k: keep β‖k‖² < 1
									s.Beta = 0.5 / float64(s.DK)
								}
							}
							s.LD = 2*s.H*s.DK + s.H*s.DV + n%2*3
							if learned {
								s.LD += s.H
							}
							rule := map[bool]string{true: "delta", false: "sum"}[delta]
							mask := map[bool]string{true: "strict", false: "causal"}[strict]
							beta := map[bool]string{true: "_learned", false: ""}[learned]
							name := fmt.Sprintf("%s_%s_%s_%s%s_T%d_B%dH%d_dk%d_dv%d_%s", rule, mask, feat, form, beta, T, bh[0], s.H, s.DK, s.DV, e)
							seed := uint64(n)
							n++
							t.Run(name, func(t *testing.T) { checkDual(t, "dual_"+name, s, bh[0], T, seed) })
						}
					}
				}
			}
		}
	}
}

// dualInputs makes qkv [B,T,LD] for a dual-form case: q and k small enough
// that the delta rule is a contraction (identity: ‖k‖² ≈ 1/3), learned β
// logits around 0 (elu1: around logit(0.5/d_k), since ‖φ(k)‖² ≈ d_k).
func dualInputs(rng *rand.Rand, s DualSpec, B, T int) []float32 {
	a := 1 / math.Sqrt(float64(s.DK))
	x := fusedUniform(rng, B*T*s.LD, a)
	if s.LearnedBeta {
		c := 0.0
		if s.Feature == "elu1" {
			p := 0.5 / float64(s.DK)
			c = math.Log(p / (1 - p))
		}
		off := 2*s.H*s.DK + s.H*s.DV
		for r := 0; r < B*T; r++ {
			for h := 0; h < s.H; h++ {
				x[r*s.LD+off+h] = float32(c + 2*rng.Float64() - 1)
			}
		}
	}
	return x
}

// dualReference runs fused.dual_residual's attention core as runtime/cpu
// does (impl_fused.go dualResidual), in the recurrent form: split heads,
// φ on q and k, β = sigmoid of the logits, LinearAttention or DeltaRule,
// merge heads.
func dualReference(t *testing.T, s DualSpec, qkv []float32, B, T int) (o, state []float32) {
	H, DK, DV, LD := s.H, s.DK, s.DV, s.LD
	n := B * H * T
	q, k, v := make([]float32, n*DK), make([]float32, n*DK), make([]float32, n*DV)
	kernels.SplitHeadsCols(q, qkv, B, T, H, DK, LD, 0)
	kernels.SplitHeadsCols(k, qkv, B, T, H, DK, LD, H*DK)
	kernels.SplitHeadsCols(v, qkv, B, T, H, DV, LD, 2*H*DK)
	switch s.Feature {
	case "elu1":
		kernels.Elu1(q, q)
		kernels.Elu1(k, k)
	case "l2":
		kernels.L2Norm(q, q, n, DK)
		kernels.L2Norm(k, k, n, DK)
	}
	var beta []float32
	if s.LearnedBeta {
		beta = make([]float32, B*T*H)
		kernels.Cols(beta, qkv, B*T, LD, 2*H*DK+H*DV, H)
		kernels.Sigmoid(beta, beta)
	}
	mk := kernels.MaskCausal
	if s.Strict {
		mk = kernels.MaskStrict
	}
	oh := make([]float32, n*DV)
	state = make([]float32, B*H*DV*DK)
	sh := kernels.AttnShape{B: B, H: H, T: T, DK: DK, DV: DV}
	if s.Delta {
		kernels.DeltaRule(oh, state, q, k, v, beta, float32(s.Beta), sh, mk, float32(s.Scale))
	} else {
		kernels.LinearAttention(oh, state, q, k, v, sh, mk, float32(s.Scale))
	}
	o = make([]float32, n*DV)
	kernels.MergeHeads(o, oh, B, T, H, DV)
	return o, state
}

func checkDual(t *testing.T, name string, s DualSpec, B, T int, seed uint64) {
	k, err := DualKernel(name, "test: "+name, s)
	if err != nil {
		t.Fatal(err)
	}
	if k.SharedBytes() > kir.MaxSharedBytes || k.SharedBytes() != DualShared(s) || (s.Chunk == 0 && k.DynamicShared()) {
		t.Fatalf("shared memory %d bytes (DualShared %d)", k.SharedBytes(), DualShared(s))
	}
	fusedRender(t, k)
	rng := rand.New(rand.NewPCG(seed, 2))
	qkvIn, qkv := fusedBuffer(s.E, dualInputs(rng, s, B, T))
	o := fusedOutBuffer(s.E, B*T*s.H*s.DV)
	st := fusedOutBuffer(kir.F32, B*s.H*s.DV*s.DK)
	err = sim.Run(k, sim.Launch{Grid: DualGrid(s, B, T), Args: []sim.Arg{qkvIn, o, st, int64(B), int64(T)}}, sim.Options{Races: true})
	if err != nil {
		t.Fatal(err)
	}
	wantO, wantS := dualReference(t, s, qkv, B, T)
	eo := fusedErr(fusedRead(o), wantO)
	if !(eo < fusedTol(s.E)) {
		t.Errorf("o: relative error %.3g, want < %g", eo, fusedTol(s.E))
	}
	// S is f32 in every case, computed from the same (rounded) inputs.
	es := fusedErr(st.F32, wantS)
	if !(es < 1e-4) {
		t.Errorf("state: relative error %.3g, want < 1e-4", es)
	}
	t.Logf("relative error o %.3g, state %.3g", eo, es)
}

// TestDualLayout checks the shared memory limits and the spec errors.
func TestDualLayout(t *testing.T) {
	base := DualSpec{E: kir.F32, H: 1, DK: 32, DV: 32, LD: 97, Delta: true, Scale: 1, Beta: 0.5, Form: "chunked", Chunk: 64, LearnedBeta: true}
	if _, err := DualKernel("d", "test", base); err != nil {
		t.Errorf("chunk 64 at d 32: %v", err)
	}
	// Past 48 KiB an explicit chunk takes dynamic shared memory, up to 227 KiB.
	dyn := base
	dyn.Chunk = 128
	if k, err := DualKernel("d", "test", dyn); err != nil || !k.DynamicShared() || k.SharedBytes() != 4*(128*(2*32+32+1)+128*128) {
		t.Errorf("chunk 128 at d 32: %v, want dynamic shared memory", err)
	}
	t.Run("dynamic_chunk128", func(t *testing.T) { checkDual(t, "dual_dynamic_chunk128", dyn, 1, 300, 77) })
	big := base
	big.Chunk = 256
	if _, err := DualKernel("d", "test", big); err == nil || !strings.Contains(err.Error(), "227 KiB") || !strings.Contains(err.Error(), "largest chunk that fits is 197") {
		t.Errorf("chunk 256 at d 32: %v, want a shared memory error", err)
	}
	par := base
	par.Form, par.Chunk = "parallel", 0
	k, err := DualKernel("d", "test", par)
	if err != nil || k.SharedBytes() > 48*1024 || k.SharedBytes() < 40*1024 {
		t.Errorf("parallel, chunk 0: %v (shared %d bytes)", err, DualShared(par))
	}
	for _, d := range [][2]int{{64, 64}, {128, 128}, {256, 256}} {
		s := base
		s.DK, s.DV, s.LD, s.Form, s.Chunk = d[0], d[1], 2*d[0]+d[1]+1, "recurrent", 0
		k, err := DualKernel("d", "test", s)
		if err != nil || k.SharedBytes() > 48*1024 {
			t.Errorf("recurrent d %v: %v", d, err)
		}
	}
	bad := []struct {
		edit func(s *DualSpec)
		want string
	}{
		{func(s *DualSpec) { s.Form = "blocked" }, "unknown form"},
		{func(s *DualSpec) { s.Chunk = 0 }, "chunk size 0"},
		{func(s *DualSpec) { s.Delta = false }, "learned β needs the delta rule"},
		{func(s *DualSpec) { s.LD = 96 }, "learned β logits"},
		{func(s *DualSpec) { s.Feature = "softplus" }, "unknown feature map"},
		{func(s *DualSpec) { s.E = kir.I64 }, "element type"},
		{func(s *DualSpec) { s.Split = 2 }, "split 2 is for the recurrent form, not chunked"},
		{func(s *DualSpec) { s.Form, s.Split = "recurrent", 3 }, "split 3, want a power of two up to 32 that divides d_k 32"},
		{func(s *DualSpec) { s.Form, s.Split = "recurrent", 64 }, "split 64, want a power of two"},
		{func(s *DualSpec) { s.Form, s.Split, s.DV, s.LD = "recurrent", 32, 40, 105 }, "needs 1280 threads, more than 1024"},
	}
	for _, b := range bad {
		s := base
		b.edit(&s)
		if _, err := DualKernel("d", "test", s); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%+v: got %v, want an error containing %q", s, err, b.want)
		}
	}
}

// TestDualSplit: the recurrent form with 2 to 32 threads per row of S
// (dot products summed by shuffles) against the reference, both rules and
// masks, every feature map, d_v that leaves threads past the last row
// (12 rows × 2 or 8 threads: 24 and 96 threads rounded up to whole warps).
func TestDualSplit(t *testing.T) {
	n := 0
	for _, c := range []struct {
		dk, dv, split int
	}{{8, 8, 2}, {16, 12, 2}, {16, 12, 8}, {32, 32, 4}, {32, 32, 32}, {64, 16, 16}} {
		for _, delta := range []bool{false, true} {
			for _, strict := range []bool{false, true} {
				feat := []string{"identity", "elu1", "l2"}[n%3]
				e := fusedElems[n%3]
				learned := delta && n%2 == 0
				s := DualSpec{E: e, H: 2, DK: c.dk, DV: c.dv, Delta: delta, Strict: strict, Scale: 1 / math.Sqrt(float64(c.dk)),
					Feature: feat, LearnedBeta: learned, Form: "recurrent", Split: c.split}
				if delta && !learned {
					s.Beta = 0.7
					if feat == "elu1" {
						s.Beta = 0.5 / float64(s.DK)
					}
				}
				s.LD = 2*s.H*s.DK + s.H*s.DV + n%2*3
				if learned {
					s.LD += s.H
				}
				T := []int{1, 33, 70}[n%3]
				name := fmt.Sprintf("split%d_dk%d_dv%d_delta%v_strict%v_%s_learned%v_T%d_%s", c.split, c.dk, c.dv, delta, strict, feat, learned, T, e)
				seed := uint64(500 + n)
				n++
				t.Run(name, func(t *testing.T) { checkDual(t, "dual_"+name, s, 2, T, seed) })
			}
		}
	}
}
