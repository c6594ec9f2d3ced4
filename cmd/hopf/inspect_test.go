package main

import (
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/runtime/inspect"
	"github.com/hopf-ml/hopf/runtime/safetensors"
)

func TestInspectHelp(t *testing.T) {
	out, _, code := hopf(t, "inspect", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Examples:", "hopf inspect examples/induction.hopf --dual", "--construct gd --eta", "--span", "--report", "ΔW = Σ"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect --help lacks %q", want)
		}
	}
}

// TestInspectDual: ΔW of every head of the induction model is written as
// L{i}.H{h}.dW, 32×32, with its pictures, and the table lists every head.
func TestInspectDual(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := hopf(t, "inspect", "../../examples/induction.hopf", "--dual", "--tokens", "5 9 2 7 5 9 2", "--span", "1:5", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "span 1:5 (4 tokens)") || !strings.Contains(out, "positions 5 … 6") {
		t.Errorf("the table should name the span and the queries:\n%s", out)
	}
	rows := regexp.MustCompile(`(?m)^[01]\s+[0-3]\s+softmax\s+\S+\s+4/32\s`).FindAllString(out, -1)
	if len(rows) != 8 {
		t.Errorf("want 8 rows (2 layers × 4 heads) of rank 4/32, got %d:\n%s", len(rows), out)
	}
	f, err := safetensors.ReadFile(filepath.Join(dir, "dual.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	for l := 0; l < 2; l++ {
		for h := 0; h < 4; h++ {
			name := "L" + strconv.Itoa(l) + ".H" + strconv.Itoa(h) + ".dW"
			if tt, ok := f.Tensors[name]; !ok || len(tt.Shape) != 2 || tt.Shape[0] != 32 || tt.Shape[1] != 32 {
				t.Errorf("%s: missing or not 32×32", name)
			}
			for _, pic := range []string{".attn.png", ".dW.png"} {
				p := filepath.Join(dir, "L"+strconv.Itoa(l)+".H"+strconv.Itoa(h)+pic)
				fh, err := os.Open(p)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := png.Decode(fh); err != nil {
					t.Errorf("%s: %v", p, err)
				}
				fh.Close()
			}
		}
	}
}

// TestInspectConstructGD: the CLI shows the construction's relative error
// below 1e-5, cosine 1 and equal predictions.
func TestInspectConstructGD(t *testing.T) {
	out, errOut, code := hopf(t, "inspect", "../../examples/icl_regression.hopf", "--construct", "gd", "--eta", "0.5", "--batch", "3", "--len", "11", "--w0", "random")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	m := regexp.MustCompile(`(?m)^mean\s+(\S+)\s+(\S+)\s+(\S+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no mean row:\n%s", out)
	}
	rel, _ := strconv.ParseFloat(m[1], 64)
	cos, _ := strconv.ParseFloat(m[2], 64)
	dist, _ := strconv.ParseFloat(m[3], 64)
	if !(rel < 1e-5) || cos < 0.9999999 || !(dist < 1e-5) {
		t.Errorf("rel. error %g, cos %g, distance %g; want < 1e-5, 1, < 1e-5:\n%s", rel, cos, dist, out)
	}
	if !strings.Contains(out, "η = 0.5 (given)") || !strings.Contains(out, "N = 10 examples") {
		t.Errorf("the check should state η and N:\n%s", out)
	}
}

// TestInspectInputFile: a safetensors input of [x; y] tokens with the
// construction's weights, and --weights files written by hopf init.
func TestInspectInputFile(t *testing.T) {
	dir := t.TempDir()
	x := inspect.ICLTasks(11, 2, 9, 4)
	in, err := safetensors.FromFloat32(safetensors.F32, x.Shape(), x.Data().([]float32))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "in.safetensors")
	if err := safetensors.WriteFile(p, &safetensors.File{Tensors: map[string]safetensors.Tensor{"inputs": in}}); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := hopf(t, "inspect", "../../examples/icl_regression.hopf", "--gd", "--construct", "gd", "--eta", "0.2", "--input", p, "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "N = 8 examples") || !strings.Contains(out, "in.safetensors [2 9 11]") {
		t.Errorf("output:\n%s", out)
	}
	f, err := safetensors.ReadFile(filepath.Join(dir, "gd.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	up, _ := f.Tensors["update"].Float32s()
	ref, _ := f.Tensors["neg_eta_grad"].Float32s()
	if len(up) != 20 || len(ref) != 20 {
		t.Fatalf("gd.safetensors: %d and %d values, want 2×10", len(up), len(ref))
	}
	for i := range up {
		if d := up[i] - ref[i]; d > 1e-6 || d < -1e-6 {
			t.Errorf("update[%d] = %g, −η∇L = %g", i, up[i], ref[i])
		}
	}
	w := filepath.Join(dir, "w.safetensors")
	if _, errOut, code := hopf(t, "init", "../../examples/fastweight.hopf", "-o", w, "--seed", "3"); code != 0 {
		t.Fatal(errOut)
	}
	if out, errOut, code := hopf(t, "inspect", "../../examples/fastweight.hopf", "--dual", "--weights", w, "--len", "6"); code != 0 || !strings.Contains(out, "weights "+w) {
		t.Errorf("--weights: exit %d %s\n%s", code, errOut, out)
	}
}

// TestInspectReport: --report writes index.html with the tables and every
// picture it lists; the fastweight model exercises delta heads (state
// check, per-token steps) and linear heads.
func TestInspectReport(t *testing.T) {
	src := write(t, "small.hopf", `model small { vocab 12; d_model 8; context 16
  attention delta { heads 2; d_head 4; feature l2; beta learned; norm rmsnorm }
  attention linear { heads 2; d_head 4; feature elu1 }
  attention softmax { heads 2; d_head 4 }
  unembed }`)
	dir := filepath.Join(t.TempDir(), "rep")
	out, errOut, code := hopf(t, "inspect", src, "--report", dir, "--len", "10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"delta-rule steps as gradient steps", "circuits (Elhage", "composition scores", "vs S"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Delta and linear heads match the exported state.
	rows := regexp.MustCompile(`(?m)^[01]\s+[01]\s+(delta|linear)\s+\S+\s+\d+/\d+\s.*\s(\S+)$`).FindAllStringSubmatch(out, -1)
	if len(rows) != 4 {
		t.Errorf("want 4 ΔW rows of delta and linear heads, got %d:\n%s", len(rows), out)
	}
	for _, m := range rows {
		if e, err := strconv.ParseFloat(m[2], 64); err != nil || e > 1e-5 {
			t.Errorf("state check %q: want < 1e-5", m[0])
		}
	}
	html, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	imgs := regexp.MustCompile(`<img src="([^"]+)"`).FindAllStringSubmatch(string(html), -1)
	// 6 ΔW, 4 attention (linear and softmax), 12 circuit maps, 2 repeat patterns.
	if len(imgs) != 24 {
		t.Errorf("index.html shows %d pictures, want 24", len(imgs))
	}
	for _, m := range imgs {
		fh, err := os.Open(filepath.Join(dir, m[1]))
		if err != nil {
			t.Error(err)
			continue
		}
		img, err := png.Decode(fh)
		fh.Close()
		if err != nil || img.Bounds().Dx() < 100 {
			t.Errorf("%s: %v", m[1], err)
		}
	}
}

// TestInspectErrors: bad requests exit 1 with a message that says what is
// wrong, never a panic.
func TestInspectErrors(t *testing.T) {
	icl, ind, fw := "../../examples/icl_regression.hopf", "../../examples/induction.hopf", "../../examples/fastweight.hopf"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{ind, "--dual", "--tokens", "1 2 3", "--span", "2:9"}, "out of range for a sequence of 3 tokens"},
		{[]string{ind, "--dual", "--tokens", "1 2 3", "--span", "x"}, "want A:B"},
		{[]string{ind, "--dual", "--tokens", "1 2 3", "--seq", "1"}, "the batch has 1 sequences"},
		{[]string{ind, "--dual", "--tokens", "1 99"}, "outside the vocabulary"},
		{[]string{ind, "--gd"}, "not an in-context regression model"},
		{[]string{icl, "--circuits"}, "circuits need a token model"},
		{[]string{ind, "--construct", "gd", "--eta", "0.1"}, "not an in-context regression model"},
		{[]string{icl, "--construct", "gd"}, "needs the step size"},
		{[]string{icl, "--construct", "sgd", "--eta", "1"}, "the one construction is \"gd\""},
		{[]string{icl, "--construct", "gd", "--eta", "1", "--weights", "w.safetensors"}, "not both"},
		{[]string{icl, "--gd", "--span", "0:16", "--len", "16"}, "the examples must end before it"},
		{[]string{icl, "--tokens", "1 2"}, "reads vectors"},
		{[]string{ind, "--len", "300"}, "exceeds the model's context"},
		{[]string{fw, "--weights", "nonexistent.safetensors"}, "nonexistent.safetensors"},
	} {
		out, errOut, code := hopf(t, append([]string{"inspect"}, c.args...)...)
		if code != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("hopf inspect %s: exit %d, stderr %q; want exit 1 and %q (stdout %q)", strings.Join(c.args, " "), code, errOut, c.want, out)
		}
		if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine") {
			t.Errorf("hopf inspect %s: stack trace:\n%s", strings.Join(c.args, " "), errOut)
		}
	}
}
