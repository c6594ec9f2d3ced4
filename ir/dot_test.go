package ir

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dotGraphs are the graphs the DOT tests export: every testdata file and
// one with awkward characters in its positions.
func dotGraphs(t *testing.T) map[string]*Graph {
	gs := map[string]*Graph{}
	for _, file := range testdataFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		gs[filepath.Base(file)] = parseOrFatal(t, string(src))
	}
	g, _ := buildTiny()
	if _, err := Infer(g); err != nil {
		t.Fatal(err)
	}
	g.Ops[2].Pos.File = `we"ird\path {x}.hopf`
	g.Weights[0].Pos.File = "tab\there.hopf"
	gs["tiny"] = g
	return gs
}

// layerCluster groups ops by the layer prefix of their result ("L0.q" is
// in L0), leaving the others outside any cluster.
func layerCluster(op *Op) string {
	name := op.Result().Name
	if i := strings.Index(name, "."); i > 0 {
		return name[:i]
	}
	if name == "h" || name == "h_1" { // the tiny graph has no prefixes
		return "heads"
	}
	return ""
}

// checkBalanced checks that braces and brackets outside quoted strings
// balance and that every string is closed.
func checkBalanced(t *testing.T, dot string) {
	t.Helper()
	depth := map[byte]int{}
	inStr := false
	for i := 0; i < len(dot); i++ {
		c := dot[i]
		if inStr {
			switch c {
			case '\\':
				i++
			case '"':
				inStr = false
			case '\n':
				t.Errorf("newline inside a quoted string at byte %d", i)
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '{', '[':
			depth[c]++
		case '}':
			depth['{']--
		case ']':
			depth['[']--
		}
		if depth['{'] < 0 || depth['['] < 0 {
			t.Fatalf("closing bracket without opening one at byte %d", i)
		}
	}
	if inStr || depth['{'] != 0 || depth['['] != 0 {
		t.Errorf("unbalanced: in string %v, braces %d, brackets %d", inStr, depth['{'], depth['['])
	}
}

var (
	opNodeRE  = regexp.MustCompile(`(?m)^\s*op(\d+) \[shape=box`)
	argEdgeRE = regexp.MustCompile(`(?m)^  (p\d+|op\d+) -> op(\d+) \[label="%([^"]+)"\];$`)
	wEdgeRE   = regexp.MustCompile(`(?m)^  (w\d+) -> op(\d+) \[style=dashed\];$`)
	outEdgeRE = regexp.MustCompile(`(?m)^  (p\d+|op\d+) -> out \[label="%([^"]+)"\];$`)
)

func TestWriteDOT(t *testing.T) {
	for name, g := range dotGraphs(t) {
		for _, cluster := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/cluster=%v", name, cluster), func(t *testing.T) {
				var opts DOTOptions
				if cluster {
					opts.Cluster = layerCluster
				}
				var buf bytes.Buffer
				if err := WriteDOT(&buf, g, opts); err != nil {
					t.Fatal(err)
				}
				dot := buf.String()
				if !strings.HasPrefix(dot, fmt.Sprintf("digraph %q {\n", g.Name)) || !strings.HasSuffix(dot, "\n}\n") {
					t.Errorf("not one digraph:\n%s", dot)
				}
				checkBalanced(t, dot)

				// The node of each value, to check edge sources.
				node := map[*Value]string{}
				for i, p := range g.Params {
					node[p] = fmt.Sprintf("p%d", i)
					if !strings.Contains(dot, fmt.Sprintf("  p%d [shape=ellipse", i)) {
						t.Errorf("no node for parameter %s", p)
					}
				}
				for i, w := range g.Weights {
					if !strings.Contains(dot, fmt.Sprintf("  w%d [shape=note", i)) || !strings.Contains(dot, fmt.Sprintf("%q", w.String()+"\n"+w.Type.String())) {
						t.Errorf("no node for weight %s", w)
					}
				}
				seen := map[string]int{}
				for _, m := range opNodeRE.FindAllStringSubmatch(dot, -1) {
					seen[m[1]]++
				}
				for i, op := range g.Ops {
					for _, r := range op.Results {
						node[r] = fmt.Sprintf("op%d", i)
					}
					if seen[fmt.Sprint(i)] != 1 {
						t.Errorf("op%d (%s) has %d nodes, want 1", i, op.Ref(), seen[fmt.Sprint(i)])
					}
					label := op.Name()
					if op.Pos.IsValid() {
						label = op.Pos.String()
					}
					if !strings.Contains(dot, strings.Trim(fmt.Sprintf("%q", label), `"`)) {
						t.Errorf("label of %s lacks %q", op.Ref(), label)
					}
				}
				if len(seen) != len(g.Ops) {
					t.Errorf("%d op nodes for %d ops", len(seen), len(g.Ops))
				}

				// One edge per value operand, from the right node, labelled
				// with the value; one dashed edge per weight operand.
				args := map[string][]string{}
				for _, m := range argEdgeRE.FindAllStringSubmatch(dot, -1) {
					args[m[2]] = append(args[m[2]], m[1]+" %"+m[3])
				}
				weights := map[string]int{}
				for _, m := range wEdgeRE.FindAllStringSubmatch(dot, -1) {
					weights[m[2]]++
				}
				nargs := 0
				for i, op := range g.Ops {
					var want []string
					for _, a := range op.Args {
						want = append(want, node[a]+" "+a.String())
					}
					nargs += len(want)
					if got := args[fmt.Sprint(i)]; strings.Join(got, ",") != strings.Join(want, ",") {
						t.Errorf("edges into op%d (%s) = %v, want %v", i, op.Ref(), got, want)
					}
					if weights[fmt.Sprint(i)] != len(op.Weights) {
						t.Errorf("op%d (%s) has %d weight edges, want %d", i, op.Ref(), weights[fmt.Sprint(i)], len(op.Weights))
					}
				}
				if n := strings.Count(dot, " -> op"); n != nargs+countWeights(g) {
					t.Errorf("%d edges into ops, want %d", n, nargs+countWeights(g))
				}
				outs := outEdgeRE.FindAllStringSubmatch(dot, -1)
				if len(outs) != len(g.Results) {
					t.Errorf("%d result edges, want %d", len(outs), len(g.Results))
				}
				for i, m := range outs {
					if i < len(g.Results) && (m[1] != node[g.Results[i]] || "%"+m[2] != g.Results[i].String()) {
						t.Errorf("result edge %d = %v, want from %s", i, m[1:], node[g.Results[i]])
					}
				}

				// Clusters: one subgraph per group, holding exactly its ops.
				groups := map[string][]int{}
				var order []string
				if cluster {
					for i, op := range g.Ops {
						if c := layerCluster(op); c != "" {
							if _, ok := groups[c]; !ok {
								order = append(order, c)
							}
							groups[c] = append(groups[c], i)
						}
					}
				}
				if n := strings.Count(dot, "subgraph cluster_"); n != len(groups) {
					t.Errorf("%d clusters, want %d", n, len(groups))
				}
				for ci, c := range order {
					start := strings.Index(dot, fmt.Sprintf("  subgraph cluster_%d {\n    label=%q;", ci, c))
					if start < 0 {
						t.Errorf("no cluster %d labelled %q", ci, c)
						continue
					}
					body := dot[start : start+strings.Index(dot[start:], "\n  }\n")]
					got := opNodeRE.FindAllStringSubmatch(body, -1)
					if len(got) != len(groups[c]) {
						t.Errorf("cluster %q holds %d ops, want %d", c, len(got), len(groups[c]))
						continue
					}
					for k, m := range got {
						if m[1] != fmt.Sprint(groups[c][k]) {
							t.Errorf("cluster %q holds op%s, want op%d", c, m[1], groups[c][k])
						}
					}
				}
				if cluster && len(groups) == 0 {
					t.Errorf("the cluster function grouped nothing in %s", name)
				}

				runDot(t, dot)
			})
		}
	}
}

func countWeights(g *Graph) int {
	n := 0
	for _, op := range g.Ops {
		n += len(op.Weights)
	}
	return n
}

// runDot renders the output with Graphviz when it is installed.
func runDot(t *testing.T, dot string) {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("graphviz dot is not on PATH; skipping the render check")
	}
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = strings.NewReader(dot)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s\ninput:\n%s", err, stderr.String(), dot)
	}
	if stderr.Len() > 0 {
		t.Errorf("dot -Tsvg warned:\n%s", stderr.String())
	}
	if !strings.Contains(out.String(), "<svg") {
		t.Errorf("dot -Tsvg wrote no SVG")
	}
}
