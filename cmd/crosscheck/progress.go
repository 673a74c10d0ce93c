package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// A progressBar draws the pipeline's progress on one line of a terminal.
// It draws nothing when its writer is not a terminal, so logs and CI
// output stay clean.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
	drawn bool
}

// newProgress returns a bar on w, or nil when w is not a terminal.
func newProgress(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progressBar{w: w, start: time.Now()}
}

const barWidth = 24

// step draws the bar at the start of a stage.
func (p *progressBar) step(stage string, step, steps int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := barWidth * (step - 1) / steps
	bar := strings.Repeat("=", done) + ">" + strings.Repeat(" ", barWidth-done-1)
	fmt.Fprintf(p.w, "\r\033[K[%s] %d/%d %s  %s", bar, step, steps, stage, time.Since(p.start).Round(100*time.Millisecond))
	p.drawn = true
}

// clear removes the bar, leaving the line for what comes next.
func (p *progressBar) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
