package dsl

import (
	"fmt"
	"strings"
)

// Format prints a Model back as canonical DSL source: every default
// explicit, repeats expanded to one attention block per layer, one setting
// per line, 2-space indent. Load(Format(m)) gives a Model equal to m except
// for Pos fields. Kind-specific settings are printed only for the kinds
// that take them (feature for linear and delta, beta for delta).
func Format(m *Model) string {
	var b strings.Builder
	line := func(indent int, format string, args ...any) {
		b.WriteString(strings.Repeat("  ", indent))
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	line(0, "model %s {", m.Name)
	if m.Input == InputVectors {
		line(1, "d_in %d", m.DIn)
	} else {
		line(1, "vocab %d", m.Vocab)
	}
	line(1, "d_model %d", m.DModel)
	line(1, "context %d", m.Context)
	line(1, "dtype %s", m.DType)
	line(1, "embed %s", m.Embed)
	line(1, "position %s", m.Position)
	for _, l := range m.Layers {
		line(1, "attention %s {", l.Kind)
		line(2, "heads %d", l.Heads)
		line(2, "d_head %d", l.DHead)
		line(2, "d_value %d", l.DValue)
		line(2, "mask %s", l.Mask)
		line(2, "scale %s", formatFloat(l.Scale))
		if l.Kind == Linear || l.Kind == Delta {
			line(2, "feature %s", l.Feature)
			line(2, "form %s", l.Form)
			if l.Chunk > 0 {
				line(2, "chunk %d", l.Chunk)
			}
		}
		if l.Kind == Delta {
			line(2, "beta %s", l.Beta)
		}
		line(2, "norm %s", l.Norm)
		line(2, "residual %s", onOff(l.Residual))
		line(2, "output %s", onOff(l.Output))
		line(1, "}")
	}
	line(1, "norm %s", m.FinalNorm)
	switch r := m.Readout; r.Kind {
	case ReadoutLinear:
		line(1, "readout %d", r.DOut)
	default:
		line(1, "unembed %s", unembedWords[boolIndex(r.Tied)])
	}
	line(0, "}")
	return b.String()
}

func onOff(b bool) string { return onOffWords[boolIndex(b)] }

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
