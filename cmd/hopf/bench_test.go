package main

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// benchFields parses hopf bench's key=value line.
func benchFields(t *testing.T, line string) map[string]string {
	t.Helper()
	f := map[string]string{}
	for _, w := range strings.Fields(line)[1:] {
		k, v, ok := strings.Cut(w, "=")
		if !ok {
			t.Fatalf("field %q is not key=value in %q", w, line)
		}
		f[k] = v
	}
	return f
}

// TestBenchCPU: one line with the shape asked for, times that make sense,
// and a rate that is the model's FLOPs, counted here by hand, over the
// median time.
func TestBenchCPU(t *testing.T) {
	for _, stage := range []string{"fused", "lowered"} {
		out, e, code := hopf(t, "bench", "../../examples/induction.hopf", "--batch", "2", "--len", "64", "--runs", "5", "--warmup", "1", "--stage", stage)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", stage, code, e)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 1 || !strings.HasPrefix(lines[0], "induction backend=cpu stage="+stage+" ") {
			t.Fatalf("%s: want one line for induction, got %q", stage, out)
		}
		f := benchFields(t, lines[0])
		for k, want := range map[string]string{"B": "2", "T": "64", "runs": "5"} {
			if f[k] != want {
				t.Errorf("%s: %s=%q, want %s", stage, k, f[k], want)
			}
		}
		num := func(k string) float64 {
			x, err := strconv.ParseFloat(f[k], 64)
			if err != nil {
				t.Fatalf("%s: %s=%q: %v", stage, k, f[k], err)
			}
			return x
		}
		med, lo, rate := num("median_ms"), num("min_ms"), num("gflops")
		if lo <= 0 || med < lo {
			t.Errorf("%s: min_ms %g, median_ms %g", stage, lo, med)
		}
		// induction at B=2, T=64: 128 rows of d_model 128; per layer the
		// q, k, v projections (3·4·32 columns), causal scores and mix over
		// 64·65/2 pairs (d_head 32 each, 4 heads, 2 sequences) and the
		// output projection; then the unembedding to 64 tokens.
		rows, pairs := 128.0, 64.0*65/2
		layer := 2*rows*128*(3*4*32) + 2*(32+32)*2*4*pairs + 2*rows*(4*32)*128
		flops := 2*layer + 2*rows*128*64
		// median_ms is printed to 0.01 ms, gflops to 0.1.
		if want := flops / (med * 1e-3) / 1e9; math.Abs(rate-want) > want*0.01/med+0.1 {
			t.Errorf("%s: gflops=%g, want %g (%g FLOPs in %g ms)", stage, rate, want, flops, med)
		}
	}
}

// TestBenchErrors: flags that do not go together are refused before any
// work, with what to do instead.
func TestBenchErrors(t *testing.T) {
	ex := "../../examples/induction.hopf"
	for _, tc := range []struct {
		args []string
		code int // 2: a usage error (kong)
		want []string
	}{
		{[]string{ex, "--graph"}, 1, []string{"--graph is for --backend cuda"}},
		{[]string{ex, "--runs", "0"}, 1, []string{"--runs, --batch and --len must be ≥ 1"}},
		{[]string{ex, "--len", "257"}, 1, []string{"--len 257 exceeds the model's context 256"}},
		{[]string{ex, "--backend", "sim"}, 2, []string{"--backend must be one of \"cpu\",\"cuda\""}},
		{[]string{"no-such-file.hopf"}, 1, []string{"no-such-file.hopf"}},
	} {
		out, e, code := hopf(t, append([]string{"bench"}, tc.args...)...)
		if code != tc.code || out != "" {
			t.Errorf("%v: exit %d, stdout %q", tc.args, code, out)
		}
		for _, s := range tc.want {
			if !strings.Contains(e, s) {
				t.Errorf("%v: stderr lacks %q:\n%s", tc.args, s, e)
			}
		}
	}
}
