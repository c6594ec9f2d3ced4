package dsl

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse loads arbitrary input: Load must not panic, must return either
// a model or an ErrorList of positioned errors, and a model it returns must
// survive a Format round trip.
func FuzzParse(f *testing.F) {
	for _, s := range examples {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/errors.hopf"); err == nil {
		for _, c := range strings.Split(string(data), "\n---\n") {
			f.Add(c)
		}
	}
	for _, tt := range parseTests {
		f.Add(tt.src)
	}
	for _, tt := range parseErrorTests {
		f.Add(tt.src)
	}
	for _, s := range []string{"", "model m {}", "const D = (1 / 0)", "model m { x ((((1)))) }", "model m { a -1; b (-2 * -(3)) }"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkLoad(t, src)
		m, err := Load("f.hopf", []byte(src))
		if err != nil {
			return
		}
		m2, err := Load("g.hopf", []byte(Format(m)))
		if err != nil {
			t.Fatalf("Load(Format(Load(%q))): %v\n%s", src, err, Format(m))
		}
		if !reflect.DeepEqual(noPos(m), noPos(m2)) {
			t.Fatalf("Format round trip of %q changed the model", src)
		}
	})
}
