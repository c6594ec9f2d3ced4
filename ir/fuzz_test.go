package ir

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics and rejects input only with a
// *ParseError, and that whatever it accepts prints to text that parses back
// to the same printed form and verifies the same way. The seeds are every
// testdata/*.ir file (fused ops, derived weights, memory plans, several
// positions), the parse error table and the verifier's base graphs.
//
//	go test ./ir -run XXX -fuzz FuzzParse -fuzztime 5m -parallel 1
func FuzzParse(f *testing.F) {
	for _, file := range testdataFiles(f) {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	for _, tt := range parseErrorTests {
		f.Add(tt.src)
	}
	f.Add(verifySrc)
	f.Add(fusedSrc)
	f.Add(siblingSrc)
	f.Add(memMod("memory {B=1, T=2} peak=32 naive=32 {\n  buffer 0 : 16 = %a  // 16 B\n  buffer 1 : 16 = %b  // 16 B\n}\n"))
	f.Add("graph @g(%x: f32[B,T,26]) -> f32[B,2,T,4] {\n  %s = slice %x {offset=9223372036854775807, width=1} : ?\n  %h = split_heads %x {heads=2, offset=8, width=8} : f32[B,2,T,4]  // f:1:1, f:2:2, 3:3\n  return %h\n}\n")
	f.Add("graph @g(%x: f32[B]) -> (f32[B], f32[B]) {\n  %a = softmax %x : f32[B]  // 3:4\n  %b = sigmoid %a : f32[B]  // f:0:1\n  return %a, %b\n}\n")
	f.Add("graph @g(%q: f32[B,1,T,2], %k: ?) -> ? {\n  %s = scores %q, %k {scale=-inf} : ?\n  %t = mask %s {kind=window, window=-3, fill=zero} : ?\n  return %t\n}\n")

	f.Fuzz(func(t *testing.T, src string) {
		g, err := Parse("fuzz.ir", src)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is %T, not *ParseError", err, err)
			}
			if g != nil {
				t.Fatalf("Parse returned a graph and error %v", err)
			}
			if pe.File != "fuzz.ir" || pe.Line < 1 || pe.Col < 1 || pe.Line > strings.Count(src, "\n")+1 {
				t.Fatalf("error position out of range: %v", err)
			}
			return
		}
		printed := Print(g)
		g2, err := Parse("printed.ir", printed)
		if err != nil {
			t.Fatalf("printed graph does not parse: %v\ninput:\n%s\nprinted:\n%s", err, src, printed)
		}
		if again := Print(g2); again != printed {
			t.Fatalf("print/parse/print is not a fixed point:\n%s\nfirst:\n%s\nsecond:\n%s", lineDiff(printed, again), printed, again)
		}

		// The verifier must not panic, and must judge the reparsed graph
		// as it judged the original.
		for _, opts := range []VerifyOptions{{AllowUnknownTypes: true}, {}} {
			e1, e2 := Verify(g, opts), Verify(g2, opts)
			if errText(e1) != errText(e2) {
				t.Fatalf("Verify(%+v) differs after reparsing:\n%v\n%v\nprinted:\n%s", opts, e1, e2, printed)
			}
		}
		if err := WriteDOT(io.Discard, g, DOTOptions{Cluster: func(op *Op) string { return op.Name() }}); err != nil {
			t.Fatal(err)
		}
		// A graph that verifies has the types inference gives it.
		if Verify(g, VerifyOptions{}) == nil {
			if changed, err := Infer(g); changed || err != nil {
				t.Fatalf("verified graph: Infer = %v, %v\n%s", changed, err, printed)
			}
		} else {
			Infer(g) // must not panic
		}
	})
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
