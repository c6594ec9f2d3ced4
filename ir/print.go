package ir

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

// commentCol caps the column at which trailing position comments are
// aligned, so one long line does not push every comment to the right.
const commentCol = 96

// Print renders g in the textual form that Parse reads back.
func Print(g *Graph) string {
	var b bytes.Buffer
	Fprint(&b, g)
	return b.String()
}

// Fprint writes g in textual form to w.
func Fprint(w io.Writer, g *Graph) error {
	var lines []line
	for _, wt := range g.Weights {
		text := fmt.Sprintf("weight %s : %s", wt, wt.Type)
		if wt.Derived() {
			var parts []string
			for _, p := range wt.Concat {
				parts = append(parts, p.String())
			}
			text += " = concat " + strings.Join(parts, ", ")
		}
		lines = append(lines, line{text, posText(wt.Pos)})
	}
	flush(w, lines)
	lines = lines[:0]

	var sig strings.Builder
	fmt.Fprintf(&sig, "graph @%s(", g.Name)
	for i, p := range g.Params {
		if i > 0 {
			sig.WriteString(", ")
		}
		fmt.Fprintf(&sig, "%s: %s", p, p.Type)
	}
	sig.WriteString(") -> ")
	if len(g.Results) == 1 {
		sig.WriteString(g.Results[0].Type.String())
	} else {
		sig.WriteString("(")
		for i, r := range g.Results {
			if i > 0 {
				sig.WriteString(", ")
			}
			sig.WriteString(r.Type.String())
		}
		sig.WriteString(")")
	}
	fmt.Fprintf(w, "%s {\n", sig.String())
	for _, op := range g.Ops {
		lines = append(lines, line{"  " + FormatOp(op), posText(op.Positions()...)})
	}
	flush(w, lines)
	var ret []string
	for _, r := range g.Results {
		ret = append(ret, r.String())
	}
	var tail strings.Builder
	fmt.Fprintf(&tail, "  return %s\n}\n", strings.Join(ret, ", "))
	printMemory(&tail, g)
	_, err := io.WriteString(w, tail.String())
	return err
}

type line struct {
	text string
	pos  string // the position comment's text, "" for none
}

// posText renders positions for a trailing comment: "f:1:2, f:3:4".
func posText(ps ...Pos) string {
	var s []string
	for _, p := range ps {
		if p.IsValid() {
			s = append(s, p.String())
		}
	}
	return strings.Join(s, ", ")
}

// flush writes lines with their position comments aligned.
func flush(w io.Writer, lines []line) {
	col := 0
	for _, l := range lines {
		if n := len([]rune(l.text)); n > col && n <= commentCol {
			col = n
		}
	}
	for _, l := range lines {
		if l.pos == "" {
			fmt.Fprintln(w, l.text)
			continue
		}
		pad := col - len([]rune(l.text))
		if pad < 0 {
			pad = 0
		}
		fmt.Fprintf(w, "%s%s  // %s\n", l.text, strings.Repeat(" ", pad), l.pos)
	}
}

// FormatOp renders one op without its position comment:
// "%r = name %a, @w {k=v} : type".
func FormatOp(op *Op) string {
	var b strings.Builder
	for i, r := range op.Results {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(r.String())
	}
	b.WriteString(" = ")
	b.WriteString(op.Def.Name)
	sep := " "
	for _, a := range op.Args {
		b.WriteString(sep + a.String())
		sep = ", "
	}
	for _, wt := range op.Weights {
		b.WriteString(sep + wt.String())
		sep = ", "
	}
	if len(op.Attrs) > 0 {
		b.WriteString(" {")
		for i, k := range attrOrder(op) {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(k + "=" + formatAttr(op.Attrs[k]))
		}
		b.WriteString("}")
	}
	b.WriteString(" : ")
	for i, r := range op.Results {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(r.Type.String())
	}
	return b.String()
}

// attrOrder lists the op's attribute names in table order, then any
// undeclared ones sorted (the verifier rejects those).
func attrOrder(op *Op) []string {
	var keys []string
	seen := map[string]bool{}
	for _, d := range op.Def.Attrs {
		if _, ok := op.Attrs[d.Name]; ok {
			keys = append(keys, d.Name)
			seen[d.Name] = true
		}
	}
	var rest []string
	for k := range op.Attrs {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}
