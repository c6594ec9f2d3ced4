package compiler

import "testing"

// TestChooseForm: the dualize pass's cost rule per target (the cuda side
// from the H200 measurements in docs/gpu-results.md).
func TestChooseForm(t *testing.T) {
	for _, c := range []struct {
		target string
		T, d   int
		want   Form
	}{
		{"cpu", 32, 32, Form{Name: "parallel"}},
		{"cpu", 33, 32, Form{Name: "recurrent"}},
		{"cpu", 0, 32, Form{Name: "recurrent"}},
		{"cuda", 64, 32, Form{Name: "parallel"}},
		{"cuda", 65, 32, Form{Name: "recurrent"}},
		{"cuda", 4096, 64, Form{Name: "recurrent"}},
		{"cuda", 0, 64, Form{Name: "recurrent"}},
	} {
		if got := ChooseForm(c.target, c.T, c.d); got != c.want {
			t.Errorf("ChooseForm(%s, T=%d, d=%d) = %+v, want %+v", c.target, c.T, c.d, got, c.want)
		}
	}
}
