package dsl

// This file is the contract between the front end (parse + check) and the
// compiler: a Model is a fully resolved, validated model description. Every
// default is filled in, `repeat` blocks are expanded into Layers, named
// constants are substituted. The compiler lowers a Model and never looks at
// the syntax tree.

import "fmt"

// Pos is a position in a model file. Line and Col are 1-based.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// DType is an element type name as written in the DSL: "f32", "f16", "bf16".
type DType string

const (
	F32  DType = "f32"
	F16  DType = "f16"
	BF16 DType = "bf16"
)

// InputKind says what the model reads.
type InputKind int

const (
	InputTokens  InputKind = iota // integer token ids, vocab N
	InputVectors                  // continuous vectors, d_in N
)

// EmbedKind says how inputs reach the residual stream.
type EmbedKind int

const (
	EmbedToken    EmbedKind = iota // x = tok_embed[tokens]
	EmbedLinear                    // x = in_proj · input (d_in → d_model)
	EmbedIdentity                  // x = input (requires d_in == d_model)
)

// PosKind is the positional embedding.
type PosKind int

const (
	PosNone    PosKind = iota
	PosLearned         // x += pos_embed[0:T]
)

// NormKind is a normalisation.
type NormKind int

const (
	NormNone NormKind = iota
	NormLayer
	NormRMS
)

// AttnKind is the attention flavour of a layer.
type AttnKind int

const (
	Softmax AttnKind = iota
	Linear
	Delta
)

// MaskKind restricts which keys a query sees.
type MaskKind int

const (
	MaskCausal MaskKind = iota // key i visible to query t iff i <= t
	MaskStrict                 // key i visible to query t iff i <  t (linear/delta only)
	MaskNone                   // every key visible
	MaskWindow                 // t-Window < i <= t
)

// FeatureMap is applied to queries and keys of linear and delta attention.
type FeatureMap int

const (
	FeatureIdentity FeatureMap = iota
	FeatureELU1                // elu(x) + 1
	FeatureL2                  // x / sqrt(Σx² + 1e-6) per head (DeltaNet): keeps the delta rule stable for β ∈ (0, 2]
)

// Mask is a mask kind with its window size (MaskWindow only).
type Mask struct {
	Kind   MaskKind
	Window int
}

// Beta is the delta-rule step size: a constant, or learned per token and
// head as sigmoid(x · w_betaᵀ).
type Beta struct {
	Learned bool
	Value   float64 // when !Learned
}

// Layer is one attention block on the residual stream.
type Layer struct {
	Index    int // 0-based layer number; weights are named L{Index}.*
	Pos      Pos // position of the `attention` block
	Kind     AttnKind
	Heads    int
	DHead    int // query/key width per head
	DValue   int // value width per head (defaults to DHead)
	Mask     Mask
	Scale    float64    // scores are scaled by this (softmax default 1/sqrt(DHead), else 1)
	Feature  FeatureMap // linear and delta only
	Beta     Beta       // delta only
	Norm     NormKind   // pre-norm on the block input
	Residual bool       // x ← x + f(x) when true, x ← f(x) when false
	Output   bool       // output projection W_O (false: heads*DValue must equal d_model)
	Form     Form       // linear and delta only: how the dualize pass computes it
	Chunk    int        // chunk size for Form == FormChunked (0: the compiler picks)
}

// Form is how linear and delta attention are computed: FormAuto leaves
// the choice to the dualize pass's cost rule.
type Form int

const (
	FormAuto     Form = iota
	FormParallel      // the masked T×T attention matrix
	FormDual          // the recurrent fast-weight state S, token by token
	FormChunked       // the chunked dual form (WY form for the delta rule)
)

// ReadoutKind is how the residual stream becomes outputs.
type ReadoutKind int

const (
	ReadoutUnembed ReadoutKind = iota // logits over the vocabulary
	ReadoutLinear                     // linear map to DOut
)

// Readout is the model's output head.
type Readout struct {
	Kind ReadoutKind
	Tied bool // unembed only: reuse tok_embed
	DOut int  // linear only
	Pos  Pos
}

// Model is a checked model with every default resolved.
type Model struct {
	Name      string
	Pos       Pos
	Input     InputKind
	Vocab     int // InputTokens
	DIn       int // InputVectors
	DModel    int
	Context   int // largest sequence length T
	DType     DType
	Embed     EmbedKind
	Position  PosKind
	Layers    []Layer
	FinalNorm NormKind
	Readout   Readout

	// Positions of the statements that set these (the model name when the
	// value is a default), so ops lowered from them point at the source.
	EmbedPos, PositionPos, FinalNormPos Pos
}
