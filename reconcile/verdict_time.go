package reconcile

import (
	"fmt"
	"strconv"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// vdTime judges a fact of two or more voices dating one event: the days
// each claim can mean (Time.Start to Time.End, as resolved against its
// article's publication date) must overlap across voices. "On Tuesday" in
// an article known only to be published some day in a range can mean
// several Tuesdays; it agrees with any of them. Disjoint days for the same
// event are a contradiction.
func vdTime(cs []*factClaim) vdOutcome {
	o := vdOutcome{kind: Agreement, claims: cs, strength: 1}
	worst := 0
	for i, a := range cs {
		for _, b := range cs[i+1:] {
			if a.voice == b.voice {
				continue
			}
			if d := vdDaysApart(a.Time, b.Time); d > worst {
				worst = d
				o.kind = Contradiction
				o.strength = min(1, float64(d)/7)
				o.why = fmt.Sprintf("%s and %s name days %d apart", vdTimeCite(a), vdTimeCite(b), d)
			}
		}
	}
	if o.kind == Agreement {
		parts := make([]string, 0, min(len(cs), vdListMax))
		for _, c := range cs[:min(len(cs), vdListMax)] {
			parts = append(parts, vdTimeCite(c))
		}
		o.why = "the days overlap: " + vdCap(parts, len(cs), ", ")
	}
	return o
}

// vdDaysApart returns the number of days between two resolved times, 0
// when they overlap.
func vdDaysApart(a, b *article.Time) int {
	switch {
	case a.End.Before(b.Start):
		return b.Start.Sub(a.End)
	case b.End.Before(a.Start):
		return a.Start.Sub(b.End)
	}
	return 0
}

// vdTimeCite cites a time claim with the days it was resolved to.
func vdTimeCite(c *factClaim) string {
	days := fpDate(c.Time.Start)
	if c.Time.End != c.Time.Start {
		days += "/" + fpDate(c.Time.End)
	}
	return strconv.Quote(vdSquash(c.Text)) + " = " + days + " (" + c.Span.Doc + ")"
}
