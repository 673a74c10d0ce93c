package reconcile

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// vdAsOf returns when quantity claim c was reported true, and how that
// was found. It is the resolved date claim in c's sentence nearest to c,
// provided no other figure of the sentence is nearer to that date and the
// date is not after the article's publication (a forecast, "by early
// February", dates the plan, not the figure). Otherwise it is the
// article's publication date, or a range of days when only that is known.
// The zero DateRange means unknown; the note then says why.
func vdAsOf(c *factClaim, story []*factClaim) (article.DateRange, string) {
	var pub article.DateRange
	if c.doc != nil {
		pub = c.doc.Published
	}
	if t := vdSentenceTime(c, story, pub); t != nil {
		return article.DateRange{From: t.Time.Start, To: t.Time.End}, "dated by " + vdQuoteText(t.Text)
	}
	switch {
	case pub.IsZero():
		return pub, "no publication date"
	case pub.Exact():
		return pub, "publication date"
	}
	return pub, "publication date range"
}

// vdSentenceTime returns the time claim that dates c, or nil.
func vdSentenceTime(c *factClaim, story []*factClaim, pub article.DateRange) *factClaim {
	s := c.Sentence
	if s.IsZero() || s.Doc != c.Span.Doc {
		return nil
	}
	in := vdWithin(story, s)
	var best *factClaim
	bestDist := 0
	for _, t := range in {
		if t.Time == nil || t.Time.Duration || !t.Time.Resolved() {
			continue
		}
		if !pub.IsZero() && pub.To.Before(t.Time.Start) {
			continue
		}
		d := vdDistance(c.Span, t.Span)
		if vdNearerFigure(in, c, t, d) {
			continue
		}
		if best == nil || d < bestDist {
			best, bestDist = t, d
		}
	}
	return best
}

// vdNearerFigure reports whether another figure of the sentence is nearer
// to time claim t than c is, at distance d.
func vdNearerFigure(in []*factClaim, c, t *factClaim, d int) bool {
	for _, q := range in {
		if q != c && q.Quantity != nil && vdDistance(q.Span, t.Span) < d {
			return true
		}
	}
	return false
}

// vdWithin returns the claims of story (in position order) inside s.
func vdWithin(story []*factClaim, s article.Span) []*factClaim {
	i, _ := slices.BinarySearchFunc(story, s, func(c *factClaim, s article.Span) int {
		return article.ComparePos(c.Span, article.Span{Doc: s.Doc, Start: s.Start})
	})
	j := i
	for j < len(story) && story[j].Span.Doc == s.Doc && story[j].Span.Start < s.End {
		j++
	}
	var out []*factClaim
	for _, c := range story[i:j] {
		if s.Contains(c.Span) {
			out = append(out, c)
		}
	}
	return out
}

// vdDistance returns the number of bytes between two spans of one text.
func vdDistance(a, b article.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

func vdQuoteText(s string) string { return "“" + s + "”" }
