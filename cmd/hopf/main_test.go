package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

// hopf runs the CLI in-process.
func hopf(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return o.String(), e.String(), code
}

func write(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckExamples(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.hopf")
	if len(files) < 4 {
		t.Fatalf("want at least 4 examples, found %d", len(files))
	}
	out, errOut, code := hopf(t, append([]string{"check"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if n := strings.Count(out, ": ok: model "); n != len(files) {
		t.Errorf("want an ok line per file, got:\n%s", out)
	}
}

var errLine = regexp.MustCompile(`^[^:]+\.hopf:\d+:\d+: \S`)

func TestCheckReportsEveryError(t *testing.T) {
	bad := write(t, "bad.hopf", `model bad {
  vocab 64; d_model 128; context 256
  attention softmax { heads 4; d_head 32; beta 0.5 }
  attention linear { head 4; d_head 32 }
  unembed
}
`)
	good := write(t, "good.hopf", "model ok { vocab 8; d_model 8; context 8; attention softmax { heads 2; d_head 4 }; unembed }\n")
	out, errOut, code := hopf(t, "check", bad, good)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) < 2 {
		t.Fatalf("want at least two errors (beta on softmax, unknown head), got:\n%s", errOut)
	}
	for _, l := range lines {
		if !errLine.MatchString(l) {
			t.Errorf("error line %q is not file:line:col: message", l)
		}
		if strings.Contains(l, "goroutine") || strings.Contains(l, "panic") {
			t.Errorf("stack trace in output: %q", l)
		}
	}
	if !strings.Contains(errOut, "bad.hopf:3:") || !strings.Contains(errOut, "bad.hopf:4:") {
		t.Errorf("errors should point at lines 3 and 4:\n%s", errOut)
	}
	if !strings.Contains(out, "good.hopf: ok") {
		t.Errorf("the good file should still be checked:\n%s", out)
	}
}

func TestCheckSyntaxError(t *testing.T) {
	bad := write(t, "syn.hopf", "model x {\n  vocab 64 {\n")
	_, errOut, code := hopf(t, "check", bad)
	if code != 1 || !errLine.MatchString(errOut) {
		t.Errorf("exit %d, stderr %q; want 1 and file:line:col", code, errOut)
	}
}

func TestCheckMissingFile(t *testing.T) {
	_, errOut, code := hopf(t, "check", "/nonexistent/m.hopf")
	if code != 1 || !strings.Contains(errOut, "no such file") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestIR(t *testing.T) {
	out, errOut, code := hopf(t, "ir", "../../examples/induction.hopf")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"graph @induction(%tokens: i32[B,T]) -> f32[B,T,64] {",
		"embed %tokens, @tok_embed : f32[B,T,128]",
		"softmax",
		"// ", // positions
		"return %logits",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("ir output lacks %q:\n%s", want, out)
		}
	}
	if !regexp.MustCompile(`// \S*induction\.hopf:\d+:\d+`).MatchString(out) {
		t.Errorf("ir output has no source positions:\n%s", out)
	}
}

func TestIRStagesAndFlags(t *testing.T) {
	ex := "../../examples/icl_regression.hopf"
	out, _, code := hopf(t, "ir", ex, "--stage", "parsed")
	if code != 0 || !strings.Contains(out, "model icl_regression {") || !strings.Contains(out, "mask strict") {
		t.Errorf("--stage parsed: exit %d\n%s", code, out)
	}
	_, errOut, code := hopf(t, "ir", ex, "--print-after", "all")
	if code != 0 || strings.Count(errOut, "IR Dump After") != 4 {
		t.Errorf("--print-after all: exit %d, want 4 banners on stderr:\n%s", code, errOut)
	}
	dir := t.TempDir()
	if _, e, code := hopf(t, "ir", ex, "--dump-dir", dir, "--verify-each"); code != 0 {
		t.Fatalf("--dump-dir: %s", e)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "icl_regression_*__*.ir")); len(files) != 4 {
		t.Errorf("--dump-dir wrote %v", files)
	}
	out, _, code = hopf(t, "ir", ex, "--dot")
	if code != 0 || !strings.HasPrefix(out, "digraph") {
		t.Errorf("--dot: exit %d\n%s", code, out)
	}
	o := filepath.Join(dir, "out.ir")
	if _, e, code := hopf(t, "ir", ex, "-o", o); code != 0 {
		t.Fatalf("-o: %s", e)
	}
	if data, _ := os.ReadFile(o); !strings.Contains(string(data), "graph @icl_regression") {
		t.Errorf("-o wrote %q", data)
	}
	if _, e, code := hopf(t, "ir", ex, "--print-after", "nope"); code != 1 || !strings.Contains(e, `unknown pass "nope"`) {
		t.Errorf("--print-after nope: exit %d, %q", code, e)
	}
	if _, e, code := hopf(t, "ir", ex, "--disable-pass", "infer-shapes"); code != 1 || !strings.Contains(e, "required") {
		t.Errorf("--disable-pass infer-shapes: exit %d, %q", code, e)
	}
	// A pass that would never run is an error, not a silent no-op.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--print-after", "dualize"}, "--print-after dualize: that pass runs at --stage fused; the lowered stage ends after dce"},
		{[]string{"--stage", "parsed", "--print-after", "dce"}, "use --stage lowered or fused, not parsed"},
		{[]string{"--stage", "parsed", "--dump-dir", dir}, "use --stage lowered or fused, not parsed"},
		{[]string{"--stage", "fused", "--print-after", "fuse-qkv", "--disable-pass", "fuse-qkv"}, "print-after fuse-qkv: that pass is disabled"},
	} {
		if _, e, code := hopf(t, append([]string{"ir", ex}, c.args...)...); code != 1 || !strings.Contains(e, c.want) {
			t.Errorf("%v: exit %d, %q; want 1 and %q", c.args, code, e, c.want)
		}
	}
	if _, e, code := hopf(t, "ir", ex, "--stage", "fused", "--print-after", "dualize"); code != 0 || !strings.Contains(e, "IR Dump After dualize") {
		t.Errorf("--stage fused --print-after dualize: exit %d, %q", code, e)
	}
}

func TestIRFused(t *testing.T) {
	fw := "../../examples/fastweight.hopf"
	out, errOut, code := hopf(t, "ir", fw, "--stage", "fused", "--target", "cpu", "--batch", "8", "--len", "256", "--export-state")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"weight @L0.w_qkvbeta : f32[388,128] = concat @L0.w_q, @L0.w_k, @L0.w_v, @L0.w_beta",
		"%x1, %L0.S = fused.dual_residual %x0, %L0.qkvbeta, @L0.w_o {",
		"kind=delta", "form=recurrent", "feature=l2",
		": f32[B,T,128], f32[B,4,32,32]",
		"return %logits, %L0.S, %L1.S, %L2.S, %L3.S",
		"memory {B=8, T=256} peak=",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("fused IR lacks %q:\n%s", want, out)
		}
	}
	// The cuda target picks the recurrent form for the model's context
	// (512; measured fastest on a GPU, docs/gpu-results.md).
	out, _, _ = hopf(t, "ir", fw, "--stage", "fused")
	if !strings.Contains(out, "form=recurrent") || strings.Contains(out, "form=chunked") || strings.Contains(out, "form=parallel") {
		t.Errorf("cuda target: want recurrent forms:\n%s", out)
	}
	// Every pass is printed with a banner, in order.
	_, errOut, _ = hopf(t, "ir", fw, "--stage", "fused", "--print-after", "all")
	last := -1
	for _, p := range []string{"lower", "infer-shapes", "canonicalize", "dce", "fuse-qkv", "dualize", "fuse-attention", "fuse-residual", "export-state", "plan-memory"} {
		i := strings.Index(errOut, "// -----// IR Dump After "+p+" //----- //")
		if i <= last {
			t.Errorf("banner for %s missing or out of order", p)
		}
		last = i
	}
	// DOT draws each layer in a cluster.
	out, _, _ = hopf(t, "ir", fw, "--stage", "fused", "--dot")
	if n := strings.Count(out, "subgraph cluster_"); n != 4 {
		t.Errorf("--dot: %d clusters, want one per layer (4)", n)
	}
}

func TestRunStateOut(t *testing.T) {
	s := filepath.Join(t.TempDir(), "s.safetensors")
	out, errOut, code := hopf(t, "run", "../../examples/fastweight.hopf", "--batch", "2", "--state-out", s)
	if code != 0 || !strings.Contains(out, "the final state of 4 layers") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	f, err := safetensors.ReadFile(s)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		st, ok := f.Tensors[fmt.Sprintf("L%d.S", i)]
		if !ok || safetensors.FormatShape(st.Shape) != "[2,4,32,32]" || st.DType != safetensors.F32 {
			t.Errorf("L%d.S: %v", i, st.Shape)
		}
	}
	// The lowered stage runs too, with the same output.
	lo, _, code := hopf(t, "run", "../../examples/fastweight.hopf", "--batch", "2", "--stage", "lowered")
	if code != 0 || !strings.HasPrefix(out, lo) {
		t.Errorf("lowered stage output differs:\n%s\nvs\n%s", lo, out)
	}
	if _, e, code := hopf(t, "run", "../../examples/fastweight.hopf", "--stage", "lowered", "--state-out", s); code != 1 || !strings.Contains(e, "needs the fused stage") {
		t.Errorf("--state-out with lowered: exit %d %q", code, e)
	}
}

func TestUsage(t *testing.T) {
	out, _, code := hopf(t)
	if code != 0 || !strings.Contains(out, "hopf check") || !strings.Contains(out, "Commands:") {
		t.Errorf("no args: exit %d\n%s", code, out)
	}
	out, _, code = hopf(t, "ir", "--help")
	if code != 0 || !strings.Contains(out, "--print-after") || !strings.Contains(out, "Examples:") {
		t.Errorf("ir --help: exit %d\n%s", code, out)
	}
	_, errOut, code := hopf(t, "frobnicate")
	if code != exitUsage || errOut == "" {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
	_, _, code = hopf(t, "ir", "x.hopf", "--stage", "bogus")
	if code != exitUsage {
		t.Errorf("bad --stage: exit %d, want %d", code, exitUsage)
	}
	out, _, code = hopf(t, "version")
	if code != 0 || !strings.HasPrefix(out, "hopf ") {
		t.Errorf("version: %d %q", code, out)
	}
	out, _, code = hopf(t, "ops")
	if code != 0 || !strings.Contains(out, "`delta_rule`") {
		t.Errorf("ops: %d %q", code, out)
	}
}

// readme is README.md's text.
func readme(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestREADMEOpTable keeps README's op table equal to `hopf ops`.
func TestREADMEOpTable(t *testing.T) {
	s := readme(t)
	const begin, end = "<!-- op table: generated by `hopf ops`; TestREADMEOpTable keeps it in sync -->\n", "<!-- end op table -->"
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatal("README.md has no op table markers")
	}
	out, _, _ := hopf(t, "ops")
	if got := s[i+len(begin) : j]; got != out {
		t.Errorf("README.md op table differs from `hopf ops`; paste its output between the markers:\n%s", out)
	}
}

// TestREADMEIRExcerpt keeps README's IR excerpt true: every IR line it
// shows is a line of `hopf ir examples/icl_regression.hopf`.
func TestREADMEIRExcerpt(t *testing.T) {
	data := readme(t)
	out, _, _ := hopf(t, "ir", "../../examples/icl_regression.hopf")
	out = strings.ReplaceAll(out, "../../examples/", "examples/")
	have := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		have[strings.TrimRight(l, " ")] = true
	}
	n := 0
	for _, l := range strings.Split(data, "\n") {
		if strings.Contains(l, "icl_regression.hopf:") && (strings.HasPrefix(l, "weight @") || strings.HasPrefix(l, "  %")) {
			n++
			if !have[l] {
				t.Errorf("README shows an IR line hopf does not print:\n%s", l)
			}
		}
	}
	if n < 3 {
		t.Errorf("found only %d IR excerpt lines in README", n)
	}
}

// TestREADMEFlags keeps README's command-line synopsis complete: every
// flag of every command's --help appears in it.
func TestREADMEFlags(t *testing.T) {
	s := readme(t)
	i := strings.Index(s, "## The command line\n\n```\n")
	if i < 0 {
		t.Fatal("README.md has no command-line synopsis")
	}
	block := s[i:]
	block = block[:strings.Index(block[len("## The command line\n\n```\n"):], "```")+len("## The command line\n\n```\n")]
	flag := regexp.MustCompile(`^\s+(?:(-\w), )?(--[a-z0-9-]+)`)
	// Each command's part: from its "hopf CMD" line to the next command's.
	parts := map[string]string{}
	cur := ""
	for _, l := range strings.Split(block, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[0] == "hopf" {
			cur = f[1]
		}
		parts[cur] += l + "\n"
	}
	for _, cmd := range []string{"check", "ir", "compile", "run", "init", "bench", "inspect", "train"} {
		part := parts[cmd]
		in := func(f string) bool {
			return f != "" && (strings.Contains(part, f+" ") || strings.Contains(part, f+"]") || strings.Contains(part, f+"="))
		}
		out, _, _ := hopf(t, cmd, "--help")
		flags := out[strings.Index(out, "\nFlags:\n"):]
		n := 0
		for _, l := range strings.Split(flags, "\n") {
			m := flag.FindStringSubmatch(l)
			if m == nil || m[2] == "--help" {
				continue
			}
			n++
			if !in(m[1]) && !in(m[2]) {
				t.Errorf("hopf %s %s is not in README's command-line synopsis", cmd, m[2])
			}
		}
		if n == 0 && cmd != "check" {
			t.Errorf("hopf %s --help: found no flags", cmd)
		}
	}
}

// TestREADMECheckExample runs README's `hopf check bad.hopf` on the file
// it shows and wants exactly the errors it shows.
func TestREADMECheckExample(t *testing.T) {
	s := readme(t)
	const cat, check = "$ cat bad.hopf\n", "$ hopf check bad.hopf\n"
	i, j := strings.Index(s, cat), strings.Index(s, check)
	if i < 0 || j < i {
		t.Fatal("README.md has no `cat bad.hopf` and `hopf check bad.hopf` example")
	}
	src := s[i+len(cat) : j]
	want := s[j+len(check):]
	want = want[:strings.Index(want, "```")]
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.hopf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir) // the errors name the file as given
	if _, e, code := hopf(t, "check", "bad.hopf"); code != 1 || e != want {
		t.Errorf("hopf check bad.hopf: exit %d, stderr:\n%s\nREADME shows:\n%s", code, e, want)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := hopf(t, "run", "../../examples/induction.hopf", "--tokens", "5 9 2 7 5 9 2", "--batch", "2")
	if code != 0 || !strings.Contains(out, "output f32[B,T,64] [2 7 64]") || strings.Count(out, "next token") != 2 {
		t.Fatalf("run --tokens: exit %d\n%s%s", code, out, errOut)
	}
	// --out writes input and output; --input reads them back and gives the
	// same summary.
	o := filepath.Join(dir, "o.safetensors")
	out1, errOut, code := hopf(t, "run", "../../examples/icl_regression.hopf", "--batch", "3", "--len", "11", "--out", o)
	if code != 0 {
		t.Fatalf("run --out: %s", errOut)
	}
	out2, errOut, code := hopf(t, "run", "../../examples/icl_regression.hopf", "--input", o)
	if code != 0 || !strings.HasPrefix(out1, out2) {
		t.Errorf("run --input of --out's file: exit %d\n%s\nvs\n%s%s", code, out2, out1, errOut)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	// Weights of another model: every mismatch is named with both shapes.
	w := filepath.Join(dir, "w.safetensors")
	other := write(t, "other.hopf", "model other { vocab 64; d_model 64; context 256; attention softmax { heads 2; d_head 32 }; unembed; norm rmsnorm }\n")
	if out, e, code := hopf(t, "init", other, "-o", w); code != 0 || !strings.Contains(out, "wrote") {
		t.Fatal(e)
	}
	trunc := filepath.Join(dir, "trunc.safetensors")
	data, _ := os.ReadFile(w)
	os.WriteFile(trunc, data[:len(data)/2], 0o644)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"tokens for a vector model", []string{"run", "../../examples/icl_regression.hopf", "--tokens", "1 2"}, []string{"reads vectors"}},
		{"token out of range", []string{"run", "../../examples/induction.hopf", "--tokens", "1 64"}, []string{"id 64 is outside the vocabulary [0, 64)"}},
		{"not a number", []string{"run", "../../examples/induction.hopf", "--tokens", "1 x"}, []string{`"x" is not an integer`}},
		{"too long", []string{"run", "../../examples/induction.hopf", "--len", "300"}, []string{"exceeds the model's context 256"}},
		{"no such weights", []string{"run", "../../examples/induction.hopf", "--weights", filepath.Join(dir, "none.safetensors")}, []string{"none.safetensors"}},
		{"weights of another model", []string{"run", "../../examples/induction.hopf", "--weights", w}, []string{
			"tensor tok_embed has shape [64,64], want [64,128]",
			"tensor L0.w_q has shape [64,64], want [128,128]",
			"tensor norm_f.weight (f32[64]) is not a weight of graph @induction",
			"tensor L1.w_q is missing",
		}},
		{"truncated weights", []string{"run", "../../examples/induction.hopf", "--weights", trunc}, []string{"trunc.safetensors"}},
		{"tile on the cpu", []string{"run", "../../examples/hybrid.hopf", "--tile", "wgmma"}, []string{"--tile chooses among the generated kernels: use it with --backend sim or cuda"}},
		{"unknown tile flag", []string{"run", "../../examples/hybrid.hopf", "--backend", "sim", "--tile", "wgmma,turbo"}, []string{`--tile: tile "wgmma,turbo": unknown flag "turbo"`, "wgmma, overlap, earlys"}},
		{"tile a layer cannot take", []string{"run", "../../examples/hybrid.hopf", "--backend", "sim", "--tile", "wgmma,overlap,tma"}, []string{
			"examples/hybrid.hopf:17:5", "d_k 32 and d_v 32 must be multiples of 64", "or add plain"}},
		{"arch on the cpu", []string{"run", "../../examples/hybrid.hopf", "--arch", "sm_90"}, []string{"--arch chooses the generated kernels' GPU: use it with --backend sim"}},
		{"not an arch", []string{"run", "../../examples/hybrid.hopf", "--backend", "sim", "--arch", "hopper"}, []string{`--arch: architecture "hopper": want sm_XY`}},
		{"tile the arch cannot run", []string{"run", "../../examples/hybrid.hopf", "--backend", "sim", "--arch", "sm_80", "--tile", "wgmma"}, []string{
			"examples/hybrid.hopf:17:5", "uses wgmma", "the target is sm_80"}},
		{"f16 before sm_80", []string{"run", "../../examples/hybrid.hopf", "--backend", "sim", "--arch", "sm_75"}, []string{"sm_80 or later", "the target is sm_75"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, e, code := hopf(t, tt.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1; stderr %q", code, e)
			}
			for _, s := range tt.want {
				if !strings.Contains(e, s) {
					t.Errorf("stderr %q lacks %q", e, s)
				}
			}
			if strings.Contains(e, "goroutine") {
				t.Errorf("panic: %s", e)
			}
		})
	}
}

// TestRunSim runs the generated kernels on the simulator: the summary
// (top tokens with probabilities to 3 digits) equals the CPU backend's.
func TestRunSim(t *testing.T) {
	for _, ex := range []string{"induction", "fastweight", "icl_regression"} {
		f := "../../examples/" + ex + ".hopf"
		cpuOut, e1, c1 := hopf(t, "run", f, "--len", "9", "--batch", "2")
		simOut, e2, c2 := hopf(t, "run", f, "--len", "9", "--batch", "2", "--backend", "sim")
		if c1 != 0 || c2 != 0 {
			t.Fatalf("%s: exit %d/%d: %s%s", ex, c1, c2, e1, e2)
		}
		if cpuOut != simOut {
			t.Errorf("%s: sim summary differs from cpu:\n%s\nvs\n%s", ex, simOut, cpuOut)
		}
	}
	// --arch: the kernels of one GPU (f32 models run from sm_70).
	f := "../../examples/induction.hopf"
	cpuOut, _, _ := hopf(t, "run", f, "--len", "9")
	simOut, e, c := hopf(t, "run", f, "--len", "9", "--backend", "sim", "--arch", "sm_70")
	if c != 0 || simOut != cpuOut {
		t.Errorf("--arch sm_70: exit %d, %s\n%s\nvs\n%s", c, e, simOut, cpuOut)
	}
}

// TestRunSimTile runs the f16 example's softmax layers on Hopper's kernels
// (--tile: wgmma, pipelined, K/V by TMA without swizzle) on the simulator:
// the summary equals the default kernels'.
func TestRunSimTile(t *testing.T) {
	f := "../../examples/hybrid.hopf"
	def, e1, c1 := hopf(t, "run", f, "--len", "40", "--batch", "2", "--backend", "sim")
	tiled, e2, c2 := hopf(t, "run", f, "--len", "40", "--batch", "2", "--backend", "sim", "--tile", "wgmma,overlap,earlys,tma,plain,bk=32")
	if c1 != 0 || c2 != 0 {
		t.Fatalf("exit %d/%d: %s%s", c1, c2, e1, e2)
	}
	if def != tiled {
		t.Errorf("--tile changes the summary:\n%s\nvs\n%s", tiled, def)
	}
}

// TestCompileTiling: hopf compile prints each tensor-core attention
// layer's resolved tiling (the defaults written out, or --tile's with the
// rest filled in), and plan.json records it.
func TestCompileTiling(t *testing.T) {
	for _, c := range []struct{ tile, want string }{
		{"", "x5__fused_attention_residual_attn__l19 (../../examples/hybrid.hopf:19:3): tiling bk=128,mt=1,warps=4,stages=2,mask=edge,order=launch"},
		{"wgmma,overlap,tma,plain,bk=64", "tiling wgmma,overlap,tma,plain,bk=64,mt=1,warps=4,stages=3,mask=edge,order=launch"},
	} {
		dir := t.TempDir()
		args := []string{"compile", "../../examples/hybrid.hopf", "-o", dir, "--len", "64", "--no-nvcc"}
		if c.tile != "" {
			args = append(args, "--tile", c.tile)
		}
		out, errOut, code := hopf(t, args...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("--tile %q: exit %d, output %s%s, want %q", c.tile, code, out, errOut, c.want)
		}
		plan, _ := os.ReadFile(filepath.Join(dir, "plan.json"))
		if !strings.Contains(string(plan), `"tiling": "`) {
			t.Errorf("--tile %q: plan.json records no tiling", c.tile)
		}
	}
}

func TestCompile(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := hopf(t, "compile", "../../examples/fastweight.hopf", "-o", dir, "--batch", "2", "--len", "100")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "20 kernels, 20 launches") {
		t.Errorf("summary: %s", out)
	}
	cu, _ := os.ReadFile(filepath.Join(dir, "kernels.cu"))
	for _, want := range []string{
		"// fast weights, delta rule S += β(v − S k)kᵀ, recurrent form",
		"from examples/fastweight.hopf:21:5",
		`extern "C" __global__ void`,
		"x1__fused_dual_residual_dual__l21(",
	} {
		if !strings.Contains(string(cu), strings.ReplaceAll(want, "examples/", "../../examples/")) && !strings.Contains(string(cu), want) {
			t.Errorf("kernels.cu lacks %q", want)
		}
	}
	plan, _ := os.ReadFile(filepath.Join(dir, "plan.json"))
	var p struct {
		Env      map[string]int
		Launches []struct {
			Kernel string
			Grid   [3]int
			Op     string
		}
	}
	if err := json.Unmarshal(plan, &p); err != nil {
		t.Fatal(err)
	}
	if p.Env["B"] != 2 || p.Env["T"] != 100 || len(p.Launches) != 20 || p.Launches[0].Op != "%emb = embed" {
		t.Errorf("plan.json: %+v", p)
	}
	if ir, _ := os.ReadFile(filepath.Join(dir, "ir.fused.txt")); !strings.Contains(string(ir), "fused.dual_residual") {
		t.Error("ir.fused.txt lacks the fused ops")
	}
	if codegen.NVCC() != "" {
		for _, f := range []string{"kernels.ptx", "kernels.cubin"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("nvcc is installed but no %s: %v", f, err)
			}
		}
		// resources.txt: a header, then one row per kernel of the plan.
		res, _ := os.ReadFile(filepath.Join(dir, "resources.txt"))
		rows := 0
		for _, line := range strings.Split(strings.TrimSpace(string(res)), "\n") {
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "kernel ") {
				continue
			}
			if f := strings.Fields(line); len(f) != 9 || f[6] != "0" || f[7] == "0" {
				t.Errorf("resources.txt row %q: want 9 columns, no spill loads, blocks per SM > 0", line)
			}
			rows++
		}
		if rows != 20 || !strings.Contains(out, "wrote resources.txt: 20 kernels") || !strings.Contains(out, "no spills") {
			t.Errorf("resources.txt has %d kernel rows, want 20; stdout:\n%s", rows, out)
		}
	}
}
