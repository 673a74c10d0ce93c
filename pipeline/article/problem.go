package article

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A Problem is bad input that did not stop the run: a file that could not
// be read or parsed, or a part of one that was skipped.
type Problem struct {
	Path string
	Line int // 1-based; 0 when the problem concerns the whole file
	Msg  string
	// Skipped is true when the input (the file, or the line given) was
	// left out of the run; false for a warning about input that was kept.
	Skipped bool
}

func (p *Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Msg)
}

// An ErrorList is a list of Problems, in the manner of go/scanner's: the
// zero value is empty and ready to use, and Err returns nil when it is.
type ErrorList []*Problem

// Add appends a problem.
func (l *ErrorList) Add(path string, line int, skipped bool, format string, args ...any) {
	*l = append(*l, &Problem{Path: path, Line: line, Msg: fmt.Sprintf(format, args...), Skipped: skipped})
}

// Sort orders the list by path, then line, then message.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Problem) int {
		if c := cmp.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Line, b.Line); c != 0 {
			return c
		}
		return cmp.Compare(a.Msg, b.Msg)
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no problems"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	b.WriteString(l[0].Error())
	fmt.Fprintf(&b, " (and %d more)", len(l)-1)
	return b.String()
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
