package dsl

import (
	"fmt"
	"math"
	"strconv"
)

// String methods return the word the DSL uses for each enum value, so that
// messages and Format print what a user would write. Out-of-range values
// print as Type(n).

// Word tables: the DSL words of each enum, in declaration order. The checker
// resolves words through them and lists them in messages.
var (
	dtypeWords   = []string{"f32", "f16", "bf16"}
	posWords     = []string{"none", "learned"}                     // index = PosKind
	normWords    = []string{"none", "layernorm", "rmsnorm"}        // index = NormKind
	attnWords    = []string{"softmax", "linear", "delta"}          // index = AttnKind
	maskWords    = []string{"causal", "strict", "none", "window"}  // index = MaskKind
	featureWords = []string{"identity", "elu1", "l2"}              // index = FeatureMap
	formWords    = []string{"auto", "parallel", "dual", "chunked"} // index = Form
	onOffWords   = []string{"off", "on"}                           // index = bool as 0/1
	embedWords   = []string{"token", "input"}                      // first word of embed
	inEmbedWords = []string{"linear", "identity"}                  // second word of embed input
	unembedWords = []string{"untied", "tied"}                      // index = Tied as 0/1
)

func word(table []string, i int, typ string) string {
	if i >= 0 && i < len(table) {
		return table[i]
	}
	return fmt.Sprintf("%s(%d)", typ, i)
}

// String returns the dtype name, e.g. "f32".
func (d DType) String() string { return string(d) }

// String returns "tokens" or "vectors". The DSL has no word for the input
// kind: it follows from `vocab N` or `d_in N`.
func (k InputKind) String() string {
	return word([]string{"tokens", "vectors"}, int(k), "InputKind")
}

// String returns what follows `embed`: "token", "input linear" or
// "input identity".
func (k EmbedKind) String() string {
	return word([]string{"token", "input linear", "input identity"}, int(k), "EmbedKind")
}

// String returns "none" or "learned".
func (k PosKind) String() string { return word(posWords, int(k), "PosKind") }

// String returns "none", "layernorm" or "rmsnorm".
func (k NormKind) String() string { return word(normWords, int(k), "NormKind") }

// String returns "softmax", "linear" or "delta".
func (k AttnKind) String() string { return word(attnWords, int(k), "AttnKind") }

// String returns "causal", "strict", "none" or "window".
func (k MaskKind) String() string { return word(maskWords, int(k), "MaskKind") }

// String returns "identity", "elu1" or "l2".
func (k FeatureMap) String() string { return word(featureWords, int(k), "FeatureMap") }

// String returns "unembed" or "readout", the statement that selects the kind.
func (k ReadoutKind) String() string {
	return word([]string{"unembed", "readout"}, int(k), "ReadoutKind")
}

// String returns the mask as written after `mask`, e.g. "causal" or
// "window 16".
func (m Mask) String() string {
	if m.Kind == MaskWindow {
		return "window " + strconv.Itoa(m.Window)
	}
	return m.Kind.String()
}

// String returns the beta as written after `beta`: "learned" or a number.
func (b Beta) String() string {
	if b.Learned {
		return "learned"
	}
	return formatFloat(b.Value)
}

// formatFloat prints the shortest decimal that parses back to x exactly,
// without an exponent for whole numbers below 1e21 (1048577, not
// 1.048577e+06).
func formatFloat(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e21 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// String returns "auto", "parallel", "dual" or "chunked".
func (f Form) String() string { return word(formWords, int(f), "Form") }
