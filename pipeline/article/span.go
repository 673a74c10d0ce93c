package article

import (
	"cmp"
	"fmt"
)

// A Span is the byte range [Start, End) of the normalized text of the
// article whose ID is Doc. Every claim, removed line, entity mention and
// aligned passage carries one, so that a finding can always be traced back
// to the words it came from.
type Span struct {
	Doc   string
	Start int
	End   int
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool {
	return s.Doc == t.Doc && s.Start <= t.Start && t.End <= s.End
}

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool {
	return s.Doc == t.Doc && s.Start < t.End && t.Start < s.End
}

// String formats s as doc[start:end].
func (s Span) String() string { return fmt.Sprintf("%s[%d:%d]", s.Doc, s.Start, s.End) }

// ComparePos orders spans by document, then start, then end. It is the tie
// breaker that keeps every sorted output of crosscheck deterministic.
func ComparePos(a, b Span) int {
	if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return cmp.Compare(a.End, b.End)
}
