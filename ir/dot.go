package ir

import (
	"fmt"
	"io"
	"strings"
)

// DOTOptions control DOT export.
type DOTOptions struct {
	// Cluster, when set, names the group an op belongs to ("" for none);
	// ops of one group are drawn inside one box. Fusion passes use it to
	// show fused groups.
	Cluster func(op *Op) string
}

// WriteDOT writes g as a Graphviz digraph: parameters and weights are
// ellipses, ops are boxes labelled with name, attributes, type and DSL
// position; edges carry the value names.
func WriteDOT(w io.Writer, g *Graph, opts DOTOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %q {\n", g.Name)
	b.WriteString("  rankdir=TB;\n  node [fontname=\"monospace\", fontsize=10];\n  edge [fontname=\"monospace\", fontsize=9];\n")
	id := map[*Value]string{}
	for i, p := range g.Params {
		n := fmt.Sprintf("p%d", i)
		id[p] = n
		fmt.Fprintf(&b, "  %s [shape=ellipse, style=filled, fillcolor=\"#dde8ff\", label=%q];\n", n, p.String()+"\n"+p.Type.String())
	}
	wid := map[*Weight]string{}
	for i, wt := range g.Weights {
		n := fmt.Sprintf("w%d", i)
		wid[wt] = n
		fmt.Fprintf(&b, "  %s [shape=note, style=filled, fillcolor=\"#fff3cc\", label=%q];\n", n, wt.String()+"\n"+wt.Type.String())
	}
	clusters := map[string][]string{}
	var order []string
	for i, op := range g.Ops {
		n := fmt.Sprintf("op%d", i)
		for _, r := range op.Results {
			id[r] = n
		}
		label := op.Def.Name
		if len(op.Attrs) > 0 {
			var kv []string
			for _, k := range attrOrder(op) {
				kv = append(kv, k+"="+formatAttr(op.Attrs[k]))
			}
			label += "\n{" + strings.Join(kv, ", ") + "}"
		}
		for _, r := range op.Results {
			label += "\n" + r.String() + " : " + r.Type.String()
		}
		if op.Pos.IsValid() {
			label += "\n" + op.Pos.String()
		}
		line := fmt.Sprintf("%s [shape=box, style=rounded, label=%q];", n, label)
		c := ""
		if opts.Cluster != nil {
			c = opts.Cluster(op)
		}
		if c == "" {
			b.WriteString("  " + line + "\n")
			continue
		}
		if _, ok := clusters[c]; !ok {
			order = append(order, c)
		}
		clusters[c] = append(clusters[c], line)
	}
	for i, c := range order {
		fmt.Fprintf(&b, "  subgraph cluster_%d {\n    label=%q; style=filled; fillcolor=\"#eef7ee\";\n", i, c)
		for _, l := range clusters[c] {
			b.WriteString("    " + l + "\n")
		}
		b.WriteString("  }\n")
	}
	for i, op := range g.Ops {
		for _, a := range op.Args {
			fmt.Fprintf(&b, "  %s -> op%d [label=%q];\n", id[a], i, a.String())
		}
		for _, wt := range op.Weights {
			fmt.Fprintf(&b, "  %s -> op%d [style=dashed];\n", wid[wt], i)
		}
	}
	for _, wt := range g.Weights {
		for _, p := range wt.Concat { // a derived weight is built from its parts
			fmt.Fprintf(&b, "  %s -> %s [style=dotted, arrowhead=none];\n", wid[p], wid[wt])
		}
	}
	b.WriteString("  out [shape=doubleoctagon, label=\"return\"];\n")
	for _, r := range g.Results {
		fmt.Fprintf(&b, "  %s -> out [label=%q];\n", id[r], r.String())
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}
