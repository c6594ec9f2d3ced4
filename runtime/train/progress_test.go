package train

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func fakeClock(step time.Duration) func() time.Time {
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(step); return t }
}

func TestProgressPlainLines(t *testing.T) {
	var b bytes.Buffer
	p := &Progress{W: &b, Every: 2, Total: 5, Window: 2, Now: fakeClock(50 * time.Millisecond)}
	p.Start(0)
	for s, l := range []float64{4, 2, 1, 3, 5} {
		p.Step(s+1, l)
	}
	p.Break() // nothing to end in plain mode
	want := []string{
		"step 2/5 loss 3  20.0 steps/s",
		"step 4/5 loss 2  20.0 steps/s",
		"step 5/5 loss 4  20.0 steps/s",
	}
	got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(b.String(), "\r") {
		t.Error("plain output has carriage returns")
	}
}

func TestProgressETA(t *testing.T) {
	var b bytes.Buffer
	p := &Progress{W: &b, Every: 10, Total: 1000, Now: fakeClock(100 * time.Millisecond)}
	for s := 1; s <= 10; s++ {
		p.Step(s, 0.5)
	}
	if want := "step 10/1000 loss 0.5  10.0 steps/s  ETA 1m39s\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestProgressTerminalLine(t *testing.T) {
	var b bytes.Buffer
	p := &Progress{W: &b, TTY: true, Total: 10, Now: fakeClock(40 * time.Millisecond)}
	p.Start(0)
	for s := 1; s <= 10; s++ {
		p.Step(s, 1)
	}
	p.Break()
	out := b.String()
	if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
		t.Errorf("want one line, redrawn, ended once: %q", out)
	}
	draws := strings.Count(out, "\r\033[K")
	if draws < 2 || draws > 5 {
		t.Errorf("%d redraws for 10 steps of 40 ms at most every 100 ms (and the last): %q", draws, out)
	}
	if !strings.Contains(out, "step 10/10 [========================] loss 1  25.0 steps/s") {
		t.Errorf("last draw: %q", out)
	}
}
