package dsl

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFormatRoundTrip(t *testing.T) {
	inputs := append([]string{
		"model v { d_in 3; d_model 8; context 4; attention softmax { heads 2; d_head 3 }; readout 2 }",
		"model s { vocab 9; d_model 6; context 2; attention softmax { heads 3; d_head 7; scale (1 / 3) }; unembed untied }",
		"model w { vocab 9; d_model 6; context 2; attention linear { heads 2; d_head 3; scale 1e-30; mask window 2 }; unembed }",
		"model big { vocab 9; d_model 6; context 2; attention softmax { heads 2; d_head 3; scale 123456789012345678901234 }; unembed }",
	}, examples...)
	for _, src := range inputs {
		m, err := Load("a.hopf", []byte(src))
		if err != nil {
			t.Fatalf("Load(%q): %v", src, err)
		}
		text := Format(m)
		m2, err := Load("b.hopf", []byte(text))
		if err != nil {
			t.Fatalf("Load(Format(m)) for %s: %v\n%s", m.Name, err, text)
		}
		if a, b := noPos(m), noPos(m2); !reflect.DeepEqual(a, b) {
			t.Errorf("round trip of %s changed the model:\n got %+v\nwant %+v\n%s", m.Name, b, a, text)
		}
		if text2 := Format(m2); text2 != text {
			t.Errorf("Format is not stable for %s:\n%s\nthen\n%s", m.Name, text, text2)
		}
	}
}

func TestFormatCanonical(t *testing.T) {
	m, err := Load("f.hopf", []byte(exFastweight))
	if err != nil {
		t.Fatal(err)
	}
	// Only the first two layers are compared in full; the repeat makes
	// layers 2 and 3 identical to them.
	want := `model fastweight {
  vocab 256
  d_model 128
  context 512
  dtype f32
  embed token
  position learned
  attention delta {
    heads 4
    d_head 32
    d_value 32
    mask causal
    scale 1
    feature elu1
    form auto
    beta learned
    norm rmsnorm
    residual on
    output on
  }
  attention linear {
    heads 4
    d_head 32
    d_value 32
    mask causal
    scale 1
    feature elu1
    form auto
    norm rmsnorm
    residual on
    output on
  }
  attention delta {
    heads 4
    d_head 32
    d_value 32
    mask causal
    scale 1
    feature elu1
    form auto
    beta learned
    norm rmsnorm
    residual on
    output on
  }
  attention linear {
    heads 4
    d_head 32
    d_value 32
    mask causal
    scale 1
    feature elu1
    form auto
    norm rmsnorm
    residual on
    output on
  }
  norm rmsnorm
  unembed tied
}
`
	if got := Format(m); got != want {
		t.Errorf("Format:\n%s\nwant\n%s", got, want)
	}
	m, err = Load("i.hopf", []byte(exICL))
	if err != nil {
		t.Fatal(err)
	}
	want = `model icl_regression {
  d_in 11
  d_model 11
  context 64
  dtype f32
  embed input identity
  position none
  attention linear {
    heads 1
    d_head 11
    d_value 11
    mask strict
    scale 1
    feature identity
    form auto
    norm none
    residual on
    output on
  }
  norm none
  readout 1
}
`
	if got := Format(m); got != want {
		t.Errorf("Format:\n%s\nwant\n%s", got, want)
	}
}

// TestRepoExamples loads the model files in ../examples, when there are
// any, and round-trips them through Format.
func TestRepoExamples(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.hopf")
	if len(files) == 0 {
		t.Skip("no ../examples/*.hopf")
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Load(name, src)
		if err != nil {
			t.Errorf("Load(%s): %v", name, err)
			continue
		}
		m2, err := Load(name, []byte(Format(m)))
		if err != nil || !reflect.DeepEqual(noPos(m), noPos(m2)) {
			t.Errorf("Format round trip of %s: %v", name, err)
		}
	}
}
