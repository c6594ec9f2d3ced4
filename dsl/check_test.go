package dsl

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// noPos returns a copy of m with every Pos field zeroed.
func noPos(m *Model) *Model {
	c := *m
	c.Pos, c.EmbedPos, c.PositionPos, c.FinalNormPos, c.Readout.Pos = Pos{}, Pos{}, Pos{}, Pos{}, Pos{}
	c.Layers = append([]Layer(nil), m.Layers...)
	for i := range c.Layers {
		c.Layers[i].Pos = Pos{}
	}
	return &c
}

// softmaxLayer is a softmax layer with every default.
func softmaxLayer(i, heads, dHead int) Layer {
	return Layer{Index: i, Kind: Softmax, Heads: heads, DHead: dHead, DValue: dHead,
		Mask: Mask{Kind: MaskCausal}, Scale: 1 / math.Sqrt(float64(dHead)), Residual: true, Output: true}
}

func TestCheckModels(t *testing.T) {
	tokens := func(name string, vocab, dModel, context int, layers []Layer) *Model {
		return &Model{Name: name, Input: InputTokens, Vocab: vocab, DModel: dModel, Context: context,
			DType: F32, Embed: EmbedToken, Position: PosLearned, Layers: layers,
			Readout: Readout{Kind: ReadoutUnembed}}
	}
	fastweight := func() []Layer {
		delta := Layer{Kind: Delta, Heads: 4, DHead: 32, DValue: 32, Mask: Mask{Kind: MaskCausal}, Scale: 1,
			Feature: FeatureELU1, Beta: Beta{Learned: true}, Norm: NormRMS, Residual: true, Output: true}
		linear := delta
		linear.Kind, linear.Beta = Linear, Beta{}
		var ls []Layer
		for i := range 4 {
			l := delta
			if i%2 == 1 {
				l = linear
			}
			l.Index = i
			ls = append(ls, l)
		}
		return ls
	}
	tests := []struct {
		name string
		src  string
		want *Model
	}{
		{"induction", exInduction,
			tokens("induction", 64, 128, 256, []Layer{softmaxLayer(0, 4, 32), softmaxLayer(1, 4, 32)})},
		{"icl regression", exICL, &Model{Name: "icl_regression", Input: InputVectors, DIn: 11, DModel: 11, Context: 64,
			DType: F32, Embed: EmbedIdentity, Position: PosNone,
			Layers: []Layer{{Kind: Linear, Heads: 1, DHead: 11, DValue: 11, Mask: Mask{Kind: MaskStrict},
				Scale: 1, Residual: true, Output: true}},
			Readout: Readout{Kind: ReadoutLinear, DOut: 1}}},
		{"fastweight", exFastweight, func() *Model {
			m := tokens("fastweight", 256, 128, 512, fastweight())
			m.FinalNorm, m.Readout.Tied = NormRMS, true
			return m
		}()},
		{"hybrid", exHybrid, func() *Model {
			delta := Layer{Kind: Delta, Heads: 8, DHead: 32, DValue: 32, Mask: Mask{Kind: MaskCausal}, Scale: 1,
				Beta: Beta{Value: 0.5}, Norm: NormLayer, Residual: true, Output: true}
			win := softmaxLayer(1, 8, 32)
			win.Mask, win.Norm, win.Output = Mask{Kind: MaskWindow, Window: 64}, NormLayer, false
			last := softmaxLayer(4, 4, 64)
			last.Scale, last.Norm, last.Residual = 0.125, NormLayer, false
			d2, w2 := delta, win
			d2.Index, w2.Index = 2, 3
			m := tokens("hybrid", 512, 256, 1024, []Layer{delta, win, d2, w2, last})
			m.DType, m.Position, m.FinalNorm = F16, PosNone, NormLayer
			return m
		}()},
		{"defaults for vectors", "model v { d_in 3; d_model 8; context 4; attention softmax { heads 2; d_head 4 }; readout 2 }",
			&Model{Name: "v", Input: InputVectors, DIn: 3, DModel: 8, Context: 4, DType: F32,
				Embed: EmbedLinear, Position: PosNone, Layers: []Layer{softmaxLayer(0, 2, 4)},
				Readout: Readout{Kind: ReadoutLinear, DOut: 2}}},
		{"defaults for tokens", "model t { vocab 2; d_model 9; context 1; attention softmax { heads 1; d_head 9 }; unembed }",
			tokens("t", 2, 9, 1, []Layer{softmaxLayer(0, 1, 9)})},
		{"block overrides defaults", `model o {
  vocab 10; d_model 8; context 4
  defaults { heads 2; d_head 4; mask none; scale 3; residual off; output off; beta 1.5; feature elu1 }
  attention softmax {}
  attention linear { heads 1; d_head 8; d_value 8; mask causal; scale 0.5; residual on; feature identity }
  attention delta { mask strict }
  unembed
}`, tokens("o", 10, 8, 4, []Layer{
			{Index: 0, Kind: Softmax, Heads: 2, DHead: 4, DValue: 4, Mask: Mask{Kind: MaskNone}, Scale: 3},
			{Index: 1, Kind: Linear, Heads: 1, DHead: 8, DValue: 8, Mask: Mask{Kind: MaskCausal}, Scale: 0.5, Residual: true},
			{Index: 2, Kind: Delta, Heads: 2, DHead: 4, DValue: 4, Mask: Mask{Kind: MaskStrict}, Scale: 3,
				Feature: FeatureELU1, Beta: Beta{Value: 1.5}},
		})},
		{"nested repeats and constants", `
const L = 2
const D = (L * 8)     # 16
const Dh = (D / L - 4) // 4
model r {
  vocab (D * D); d_model D; context (D * 4)
  repeat L {
    attention softmax { heads L; d_head Dh }
    repeat (L + 1) { attention softmax { heads 1; d_head (Dh * 2); scale (-(-0.5)) } }
  }
  unembed
}`, func() *Model {
			var ls []Layer
			for range 2 {
				ls = append(ls, softmaxLayer(len(ls), 2, 4))
				for range 3 {
					l := softmaxLayer(len(ls), 1, 8)
					l.Scale = 0.5
					ls = append(ls, l)
				}
			}
			return tokens("r", 256, 16, 64, ls)
		}()},
		{"constant after model and whole float", "model c { vocab V; d_model 4.0; context 1e2; attention softmax { heads 1; d_head 4 }; unembed }\nconst V = 100",
			tokens("c", 100, 4, 100, []Layer{softmaxLayer(0, 1, 4)})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Load("t.hopf", []byte(tt.src))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got := noPos(m); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Load:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestCheckPositions(t *testing.T) {
	m, err := Load("p.hopf", []byte(exFastweight))
	if err != nil {
		t.Fatal(err)
	}
	pos := func(line, col int) Pos { return Pos{File: "p.hopf", Line: line, Col: col} }
	got := map[string]Pos{
		"model":     m.Pos,
		"embed":     m.EmbedPos,
		"position":  m.PositionPos,
		"finalnorm": m.FinalNormPos,
		"readout":   m.Readout.Pos,
		"layer0":    m.Layers[0].Pos,
		"layer1":    m.Layers[1].Pos,
		"layer2":    m.Layers[2].Pos,
	}
	want := map[string]Pos{
		"model":     pos(2, 1),
		"embed":     pos(2, 7), // default: the model name
		"position":  pos(2, 7),
		"finalnorm": pos(9, 3),
		"readout":   pos(10, 3),
		"layer0":    pos(6, 5),
		"layer1":    pos(7, 5),
		"layer2":    pos(6, 5), // a repeat copies its block's position
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("positions:\n got %v\nwant %v", got, want)
	}
}

func TestStrings(t *testing.T) {
	tests := []struct {
		got  interface{ String() string }
		want string
	}{
		{F16, "f16"}, {InputTokens, "tokens"}, {InputVectors, "vectors"},
		{EmbedToken, "token"}, {EmbedLinear, "input linear"}, {EmbedIdentity, "input identity"},
		{PosNone, "none"}, {PosLearned, "learned"},
		{NormNone, "none"}, {NormLayer, "layernorm"}, {NormRMS, "rmsnorm"},
		{Softmax, "softmax"}, {Linear, "linear"}, {Delta, "delta"},
		{MaskCausal, "causal"}, {MaskStrict, "strict"}, {MaskNone, "none"}, {MaskWindow, "window"},
		{FeatureIdentity, "identity"}, {FeatureELU1, "elu1"},
		{ReadoutUnembed, "unembed"}, {ReadoutLinear, "readout"},
		{Mask{Kind: MaskWindow, Window: 8}, "window 8"}, {Mask{Kind: MaskStrict}, "strict"},
		{Beta{Learned: true}, "learned"}, {Beta{Value: 0.25}, "0.25"},
		{AttnKind(7), "AttnKind(7)"}, {NormKind(-1), "NormKind(-1)"},
	}
	for _, tt := range tests {
		if s := tt.got.String(); s != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.got, s, tt.want)
		}
	}
}

func TestErrorList(t *testing.T) {
	l := ErrorList{
		{Pos: Pos{File: "a", Line: 3, Col: 1}, Msg: "c"},
		{Pos: Pos{File: "a", Line: 1, Col: 5}, Msg: "b"},
		{Pos: Pos{File: "a", Line: 1, Col: 2}, Msg: "a"},
	}
	l.Sort()
	if got, want := l.Error(), "a:1:2: a\na:1:5: b\na:3:1: c"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if ErrorList(nil).Err() != nil {
		t.Error("empty ErrorList.Err() != nil")
	}
	if l.Err() == nil {
		t.Error("ErrorList.Err() == nil")
	}
	if _, err := Load("x.hopf", []byte("model m {}")); err == nil || !strings.Contains(err.Error(), "\n") {
		t.Errorf("want several errors, one per line; got %v", err)
	}
}

// TestFloat32Bounds: float32Positive accepts exactly the positive values
// that stay finite and non-zero when rounded to float32.
func TestFloat32Bounds(t *testing.T) {
	for _, x := range []float64{
		f32Inf, math.Nextafter(f32Inf, 0), math.MaxFloat32, math.Inf(1),
		f32Zero, math.Nextafter(f32Zero, 1), math.SmallestNonzeroFloat32, 1e-300,
		math.SmallestNonzeroFloat64, 1, 1e38, 1e39,
	} {
		c := &checker{seen: map[Error]bool{}}
		f := float64(float32(x)) // IEEE rounding on the test machine
		want := !math.IsInf(f, 0) && f > 0
		if got := c.float32Positive("scale", x, lexer.Position{Line: 1, Column: 1}); got != want || got != (len(c.errs) == 0) {
			t.Errorf("float32Positive(%g) = %v (errors %v), want %v", x, got, c.errs, want)
		}
	}
}
