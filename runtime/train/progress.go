package train

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Progress shows training progress: on a terminal one line redrawn in
// place (at most ten times a second), otherwise a plain line every Every
// steps. Both show the step, the loss as a running mean over the last
// Window steps, and steps per second over that window.
type Progress struct {
	W      io.Writer
	TTY    bool
	Every  int // plain mode: print every that many steps (and the last)
	Window int // steps in the running mean (default 50)
	Total  int // the final step, for the bar and the ETA
	Now    func() time.Time

	losses []float64
	times  []time.Time
	n      int // steps recorded
	drawn  time.Time
	dirty  bool // a terminal line is drawn and not ended
}

func (p *Progress) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// Start records the time before the first step.
func (p *Progress) Start(step int) {
	if p.Window < 1 {
		p.Window = 50
	}
	p.losses = make([]float64, p.Window)
	p.times = make([]time.Time, p.Window+1)
	p.times[0] = p.now()
	p.n = 0
}

// Step records a step's loss and redraws or prints as due.
func (p *Progress) Step(step int, loss float64) {
	if p.losses == nil {
		p.Start(step - 1)
	}
	p.losses[p.n%p.Window] = loss
	p.n++
	p.times[p.n%(p.Window+1)] = p.now()
	last := step == p.Total
	if p.TTY {
		if t := p.times[p.n%(p.Window+1)]; last || t.Sub(p.drawn) >= 100*time.Millisecond {
			p.drawn = t
			fmt.Fprintf(p.W, "\r\033[K%s", p.line(step, true))
			p.dirty = true
		}
		return
	}
	if (p.Every > 0 && step%p.Every == 0) || last {
		fmt.Fprintln(p.W, p.line(step, false))
	}
}

// Mean is the running mean of the loss.
func (p *Progress) Mean() float64 {
	k := min(p.n, p.Window)
	if k == 0 {
		return 0
	}
	s := 0.0
	for i := 0; i < k; i++ {
		s += p.losses[i]
	}
	return s / float64(k)
}

// Rate is the steps per second over the window.
func (p *Progress) Rate() float64 {
	k := min(p.n, p.Window)
	if k == 0 {
		return 0
	}
	t1 := p.times[p.n%(p.Window+1)]
	t0 := p.times[(p.n-k)%(p.Window+1)]
	d := t1.Sub(t0).Seconds()
	if d <= 0 {
		return 0
	}
	return float64(k) / d
}

func (p *Progress) line(step int, bar bool) string {
	var b strings.Builder
	if p.Total > 0 {
		fmt.Fprintf(&b, "step %d/%d", step, p.Total)
	} else {
		fmt.Fprintf(&b, "step %d", step)
	}
	if bar && p.Total > 0 {
		const width = 24
		fill := width * step / p.Total
		b.WriteString(" [" + strings.Repeat("=", fill) + strings.Repeat(" ", width-fill) + "]")
	}
	rate := p.Rate()
	fmt.Fprintf(&b, " loss %.5g  %.1f steps/s", p.Mean(), rate)
	if p.Total > step && rate > 0 {
		if eta := time.Duration(float64(p.Total-step) / rate * float64(time.Second)); eta >= time.Second {
			fmt.Fprintf(&b, "  ETA %s", eta.Round(time.Second))
		}
	}
	return b.String()
}

// Break ends a terminal line in progress so other output starts on a new
// line.
func (p *Progress) Break() {
	if p.TTY && p.dirty {
		fmt.Fprintln(p.W)
		p.dirty = false
	}
}
