package dsl

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// chunk is one test file cut from testdata/errors.hopf.
type chunk struct {
	start   int // line in errors.hopf of the chunk's first line
	src     string
	markers map[int][]*regexp.Regexp // chunk line → expected errors
}

// readChunks splits an error-test file into chunks at lines that are
// exactly "---" and collects the `### "regexp"` markers of each line.
func readChunks(t *testing.T, path string) []chunk {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []chunk
	cur := chunk{start: 1, markers: map[int][]*regexp.Regexp{}}
	var lines []string
	flush := func() {
		cur.src = strings.Join(lines, "\n")
		chunks = append(chunks, cur)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if line == "---" {
			flush()
			cur, lines = chunk{start: i + 2, markers: map[int][]*regexp.Regexp{}}, nil
			continue
		}
		lines = append(lines, line)
		k := strings.Index(line, "###")
		if k < 0 {
			continue
		}
		for _, m := range strings.Split(line[k+len("###"):], "###") {
			m = strings.TrimSpace(m)
			if len(m) < 2 || m[0] != '"' || m[len(m)-1] != '"' {
				t.Fatalf("%s:%d: malformed marker %q", path, i+1, m)
			}
			rx, err := regexp.Compile(m[1 : len(m)-1])
			if err != nil {
				t.Fatalf("%s:%d: %v", path, i+1, err)
			}
			cur.markers[len(lines)] = append(cur.markers[len(lines)], rx)
		}
	}
	flush()
	return chunks
}

// TestErrors checks every chunk of testdata/errors.hopf: the errors must be
// exactly those its markers describe, one per marker.
func TestErrors(t *testing.T) {
	const path = "testdata/errors.hopf"
	for n, c := range readChunks(t, path) {
		name := fmt.Sprintf("chunk%d.hopf", n)
		_, err := Load(name, []byte(c.src))
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Errorf("%s:%d: error is %T, not ErrorList: %v", path, c.start, err, err)
			continue
		}
		used := map[*regexp.Regexp]bool{}
		for _, e := range list {
			if !strings.HasPrefix(e.Error(), fmt.Sprintf("%s:%d:%d: ", name, e.Pos.Line, e.Pos.Col)) || e.Pos.Line < 1 || e.Pos.Col < 1 {
				t.Errorf("%s:%d: error %q does not start with file:line:col", path, c.start, e.Error())
			}
			found := false
			for _, rx := range c.markers[e.Pos.Line] {
				if !used[rx] && rx.MatchString(e.Msg) {
					used[rx], found = true, true
					break
				}
			}
			if !found {
				t.Errorf("%s:%d: unexpected error: %s", path, c.start+e.Pos.Line-1, e.Msg)
			}
		}
		for line, rxs := range c.markers {
			for _, rx := range rxs {
				if !used[rx] {
					t.Errorf("%s:%d: missing error matching %q", path, c.start+line-1, rx)
				}
			}
		}
	}
}

// TestErrorChunksDoNotPanic loads every chunk, every prefix of every chunk
// and the file as a whole; none may panic, and every error must be an
// ErrorList of positioned errors.
func TestErrorChunksDoNotPanic(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.hopf")
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{string(data)}
	for _, c := range readChunks(t, "testdata/errors.hopf") {
		for i := 0; i <= len(c.src); i += 7 {
			inputs = append(inputs, c.src[:i])
		}
		inputs = append(inputs, c.src)
	}
	for _, src := range inputs {
		checkLoad(t, src)
	}
}

// checkLoad loads src and fails the test if Load panics or returns a
// malformed error.
func checkLoad(t *testing.T, src string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Load(%q) panicked: %v", src, r)
		}
	}()
	m, err := Load("f.hopf", []byte(src))
	if err == nil {
		if m == nil {
			t.Fatalf("Load(%q) returned neither model nor error", src)
		}
		return
	}
	if m != nil {
		t.Fatalf("Load(%q) returned a model and an error", src)
	}
	var list ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("Load(%q) error %T is not a non-empty ErrorList: %v", src, err, err)
	}
	for _, e := range list {
		if e.Pos.Line < 1 || e.Pos.Col < 1 || !strings.HasPrefix(e.Error(), fmt.Sprintf("f.hopf:%d:%d: ", e.Pos.Line, e.Pos.Col)) {
			t.Fatalf("Load(%q): badly positioned error %q", src, e.Error())
		}
		if strings.Contains(e.Msg, "internal parser error") {
			t.Fatalf("Load(%q): %s", src, e.Msg)
		}
	}
}
