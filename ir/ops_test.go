package ir

import (
	"sort"
	"strings"
	"testing"
)

// cells splits a Markdown table row at unescaped pipes.
func cells(row string) []string {
	var out []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row) && row[i+1] == '|':
			cur.WriteString(`\|`)
			i++
		case row[i] == '|':
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

func TestOpTable(t *testing.T) {
	md := OpTable()
	if !strings.HasSuffix(md, "\n") {
		t.Errorf("table does not end in a newline")
	}
	rows := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	if rows[0] != "| op | operands | attributes | result |" || rows[1] != "| --- | --- | --- | --- |" {
		t.Fatalf("header:\n%s\n%s", rows[0], rows[1])
	}
	defs := Ops()
	if len(rows)-2 != len(defs) {
		t.Fatalf("%d rows for %d ops", len(rows)-2, len(defs))
	}
	byName := map[string][]string{}
	for _, row := range rows[2:] {
		c := cells(row)
		// A row is "| a | b | c | d |": empty cells at both ends.
		if len(c) != 6 || c[0] != "" || c[5] != "" {
			t.Errorf("row does not have 4 cells (a | in a Doc?): %s", row)
			continue
		}
		name := strings.Trim(c[1], "`")
		byName[name] = c[1:5]
	}
	for _, d := range defs {
		c, ok := byName[d.Name]
		if !ok {
			t.Errorf("no row for op %s", d.Name)
			continue
		}
		// The Doc is in the result cell with its pipes escaped.
		if c[0] != "`"+d.Name+"`" || c[3] != strings.ReplaceAll(d.Doc, "|", `\|`) || d.Doc == "" {
			t.Errorf("%s: row %q, doc %q", d.Name, c, d.Doc)
		}
		for _, a := range d.Args {
			if !strings.Contains(c[1], "%"+a) {
				t.Errorf("%s: operands %q lack %%%s", d.Name, c[1], a)
			}
		}
		for _, w := range d.Weights {
			if !strings.Contains(c[1], "@"+w) {
				t.Errorf("%s: operands %q lack @%s", d.Name, c[1], w)
			}
		}
		for _, a := range d.Attrs {
			if !strings.Contains(c[2], a.Name+": ") {
				t.Errorf("%s: attributes %q lack %s", d.Name, c[2], a.Name)
			}
		}
	}
	// Spot checks of the rendering.
	for _, tt := range []struct{ op, col, want string }{
		{"delta_rule", "operands", "%q, %k, %v, %beta?"},
		{"delta_rule", "attributes", "mask: causal\\|strict; scale: float; beta: float (optional); form: parallel\\|recurrent\\|chunked (optional); chunk: int (optional)"},
		{"mix", "attributes", "form: parallel\\|recurrent\\|chunked (optional); chunk: int (optional)"},
		{"mask", "attributes", "kind: causal\\|strict\\|none\\|window; window: int (optional); fill: neg_inf\\|zero"},
		{"layernorm", "operands", "%x, @weight, @bias"},
		{"split_heads", "attributes", "heads: int; offset: int (optional); width: int (optional)"},
		{"slice", "attributes", "offset: int; width: int"},
		{"fused.attention", "operands", "%q, %k, %v"},
		{"fused.attention", "attributes", "kind: softmax\\|linear; mask: causal\\|strict\\|none\\|window; window: int (optional); scale: float"},
		{"dual.sum_update", "operands", "%q, %k, %v"},
		{"dual.sum_update", "attributes", "mask: causal\\|strict; scale: float; form: parallel\\|recurrent\\|chunked; chunk: int (optional)"},
		{"dual.delta_update", "operands", "%q, %k, %v, %beta?"},
		{"dual.delta_update", "attributes", "mask: causal\\|strict; scale: float; form: parallel\\|recurrent\\|chunked; chunk: int (optional); beta: float (optional)"},
		{"fused.attention_residual", "operands", "%x, %qkv, @w_o?"},
		{"fused.attention_residual", "attributes", "heads: int; d_head: int; d_value: int; kind: softmax\\|linear; mask: causal\\|strict\\|none\\|window; window: int (optional); scale: float; feature: identity\\|elu1\\|l2; residual: bool"},
		{"fused.dual_residual", "operands", "%x, %qkv, @w_o?"},
		{"fused.dual_residual", "attributes", "heads: int; d_head: int; d_value: int; kind: sum\\|delta; mask: causal\\|strict; scale: float; feature: identity\\|elu1\\|l2; beta: float (optional); form: parallel\\|recurrent\\|chunked; chunk: int (optional); residual: bool"},
		{"add", "attributes", ""},
	} {
		i := map[string]int{"operands": 1, "attributes": 2}[tt.col]
		if got := byName[tt.op][i]; got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.op, tt.col, got, tt.want)
		}
	}
}

func TestOpTableOptionalWeights(t *testing.T) {
	d := &OpDef{Name: "test_optw", Args: []string{"x"}, Weights: []string{"w", "b"}, OptWeights: 1,
		Attrs: []AttrDef{{Name: "flag", Kind: AttrBool}}, Doc: "test op",
		Infer: func(op *Op) ([]Type, error) { return []Type{op.Args[0].Type}, nil }}
	Register(d)
	t.Cleanup(func() { delete(opTable, d.Name) })
	if d.Results != 1 {
		t.Errorf("Register left Results = %d, want 1", d.Results)
	}
	if !strings.Contains(OpTable(), "| `test_optw` | %x, @w, @b? | flag: bool (optional) | test op |\n") {
		t.Errorf("row for test_optw missing or wrong:\n%s", OpTable())
	}
	// The parser accepts the optional weight left out, and a bool attribute.
	for _, src := range []string{
		"weight @w : f32[4]\ngraph @g(%x: f32[4]) -> f32[4] {\n  %y = test_optw %x, @w {flag=true} : f32[4]\n  return %y\n}\n",
		"weight @w : f32[4]\ngraph @g(%x: f32[4]) -> f32[4] {\n  %y = test_optw %x, @w, @w {flag=false} : f32[4]\n  return %y\n}\n",
	} {
		g, err := Parse("t.ir", src)
		if err != nil {
			t.Fatal(err)
		}
		if Print(g) != src {
			t.Errorf("round trip:\n%s", Print(g))
		}
		if err := Verify(g, VerifyOptions{}); err != nil {
			t.Error(err)
		}
	}
	_, err := Parse("t.ir", "weight @w : f32[4]\ngraph @g(%x: f32[4]) -> f32[4] {\n  %y = test_optw %x, @w {flag=1} : f32[4]\n  return %y\n}\n")
	if err == nil || !strings.Contains(err.Error(), `t.ir:3:31: attribute flag wants true or false, found "1"`) {
		t.Errorf("bool attribute given 1: %v", err)
	}
	g := parseOrFatal(t, "weight @w : f32[4]\ngraph @g(%x: f32[4]) -> f32[4] {\n  %y = test_optw %x, @w : f32[4]\n  return %y\n}\n")
	g.Ops[0].Attrs["flag"] = "yes"
	if err := Verify(g, VerifyOptions{}); err == nil || !strings.Contains(err.Error(), "attribute flag: want a bool, have string") {
		t.Errorf("Verify with flag=\"yes\": %v", err)
	}
}

func TestOpsSortedAndLookup(t *testing.T) {
	defs := Ops()
	names := make([]string, len(defs))
	for i, d := range defs {
		names[i] = d.Name
		if Lookup(d.Name) != d {
			t.Errorf("Lookup(%s) is not the listed definition", d.Name)
		}
		if d.Infer == nil || d.Results < 1 {
			t.Errorf("op %s: Infer %v, Results %d", d.Name, d.Infer != nil, d.Results)
		}
		for _, a := range d.Attrs {
			if d.Attr(a.Name) == nil || (a.Kind == AttrEnum) != (len(a.Enum) > 0) {
				t.Errorf("op %s: attribute %s declared badly", d.Name, a.Name)
			}
		}
		if d.Attr("no_such_attribute") != nil {
			t.Errorf("op %s: Attr of an undeclared name is not nil", d.Name)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("Ops not sorted: %v", names)
	}
	want := "add delta_rule dual.delta_update dual.sum_update embed embed_pos feature " +
		"fused.attention fused.attention_residual fused.dual_residual layernorm linear mask " +
		"merge_heads mix rmsnorm scores sigmoid slice softmax split_heads unembed"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("ops = %s\nwant  %s", got, want)
	}
	// The dual ops also return the fast-weight state; every other op has
	// one result.
	var two []string
	for _, d := range defs {
		if d.Results == 2 {
			two = append(two, d.Name)
		} else if d.Results != 1 {
			t.Errorf("op %s has %d results", d.Name, d.Results)
		}
	}
	if got, want := strings.Join(two, " "), "dual.delta_update dual.sum_update fused.dual_residual"; got != want {
		t.Errorf("two-result ops = %s, want %s", got, want)
	}
	if Lookup("nope") != nil {
		t.Errorf("Lookup of an unknown op is not nil")
	}
}
