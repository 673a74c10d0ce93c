package reconcile

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// vdApproxTolerance widens a hedged but precise figure ("about 5,000")
// by this fraction each way before it is compared.
const vdApproxTolerance = 0.1

// vdQuantity judges a fact of two or more voices about a quantity.
//
// Each figure has an as-of time: the date of the resolved time claim in
// its sentence that is nearest to it (and nearer to it than to any other
// figure, and not after publication), else its article's publication
// date. Figures whose as-of times overlap are compared as one moment:
// overlapping intervals agree; disjoint ones contradict. A figure whose
// as-of time is unknown is compared with every other as the same moment,
// so it can never be an update. When figures of different moments state
// different values, the fact is an update, and each moment with two or
// more voices gets its own verdict as well.
//
// Vague against precise: a figure is vague when it is hedged
// (Interval.Approximate) and its interval, with a lower bound above zero,
// spans a factor of two or more ("tens of thousands" is 20,000 to
// 100,000); a bound ("as many as 150,000", "more than 100,000") is not
// vague. When a vague figure and another do not overlap,
// the verdict is a contradiction of warning severity, not an error: a
// vague figure gives no firm bound to break.
func vdQuantity(cs []*factClaim) []vdOutcome {
	moments, unknown := vdMoments(cs)
	update := false
	for i, m := range moments {
		for _, n := range moments[i+1:] {
			update = update || vdValuesDiffer(m, n)
		}
	}
	if !update {
		o := vdSameMoment(moments, cs)
		o.why = vdJoin(o.why, unknown)
		return []vdOutcome{o}
	}
	outs := []vdOutcome{{kind: Update, claims: cs, strength: 1,
		why: "the figures differ but are reported as of different dates: " + vdListMoments(moments)}}
	for _, m := range moments {
		if vdVoiceCount(m) >= 2 {
			o := vdSameMoment([][]*factClaim{m}, m)
			o.moment = fpDateRange(m[0].asOf)
			o.why = vdJoin(o.why, "as of "+o.moment)
			outs = append(outs, o)
		}
	}
	return outs
}

// vdMoments groups figures whose as-of times overlap, earliest first. When
// any as-of time is unknown, all figures form one moment and the second
// result says why no update can be found.
func vdMoments(cs []*factClaim) ([][]*factClaim, string) {
	for _, c := range cs {
		if c.asOf.IsZero() {
			return [][]*factClaim{cs}, fmt.Sprintf(
				"the as-of date of %s is unknown (%s), so a difference cannot be an update", c.Span.Doc, c.asOfNote)
		}
	}
	sorted := slices.Clone(cs)
	slices.SortStableFunc(sorted, func(a, b *factClaim) int {
		if c := a.asOf.From.Compare(b.asOf.From); c != 0 {
			return c
		}
		return a.asOf.To.Compare(b.asOf.To)
	})
	var out [][]*factClaim
	var end article.Date
	for _, c := range sorted {
		if len(out) == 0 || end.Before(c.asOf.From) {
			out = append(out, nil)
			end = c.asOf.To
		}
		out[len(out)-1] = append(out[len(out)-1], c)
		if end.Before(c.asOf.To) {
			end = c.asOf.To
		}
	}
	for _, m := range out {
		slices.SortFunc(m, func(a, b *factClaim) int { return cmp.Compare(a.pos, b.pos) })
	}
	return out, ""
}

// vdValuesDiffer reports whether two moments state different figures.
func vdValuesDiffer(m, n []*factClaim) bool {
	for _, a := range m {
		for _, b := range n {
			if a.Quantity.Value != b.Quantity.Value || !vdWiden(a.Quantity).Overlaps(vdWiden(b.Quantity)) {
				return true
			}
		}
	}
	return false
}

// vdSameMoment compares the figures of each moment across voices; the
// worst pair decides. cs are all the claims the outcome covers.
func vdSameMoment(moments [][]*factClaim, cs []*factClaim) vdOutcome {
	o := vdOutcome{kind: Agreement, claims: cs, strength: 1}
	rank := 0
	var worstA, worstB *factClaim
	for _, m := range moments {
		for i, a := range m {
			for _, b := range m[i+1:] {
				if a.voice == b.voice {
					continue
				}
				r, gap := vdCompareQuantities(a.Quantity, b.Quantity)
				if r > rank || (r == rank && r > 0 && gap > o.strength) {
					rank, o.strength, worstA, worstB = r, gap, a, b
				}
			}
		}
	}
	switch rank {
	case 0:
		o.why = "the figures are compatible: " + vdListValues(cs)
	case 1:
		o.kind, o.soft = Contradiction, true
		o.why = fmt.Sprintf("%s and %s do not overlap, but one is vague, so this is a warning, not an error",
			vdCite(worstA), vdCite(worstB))
	default:
		o.kind = Contradiction
		o.why = fmt.Sprintf("%s and %s cannot both be true at the same moment", vdCite(worstA), vdCite(worstB))
	}
	return o
}

// vdCompareQuantities returns 0 when a and b overlap, 1 when they do not
// and one is vague, 2 when they contradict; and the relative gap between
// them in [0, 1].
func vdCompareQuantities(a, b *article.Quantity) (int, float64) {
	ia, ib := vdWiden(a), vdWiden(b)
	if ia.Overlaps(ib) {
		return 0, 0
	}
	if ia.Low > ib.Low {
		ia, ib = ib, ia
	}
	gap := 1.0
	if ib.Low > 0 {
		gap = min(1, (ib.Low-ia.High)/ib.Low)
	}
	if vdVague(a) || vdVague(b) {
		return 1, gap
	}
	return 2, gap
}

// vdVague reports whether q is vague: hedged, over a factor of two or
// more above zero.
func vdVague(q *article.Quantity) bool {
	return q.Approximate && q.Low > 0 && q.High >= 2*q.Low
}

// vdWiden returns q's interval, widened by vdApproxTolerance when q is
// hedged but precise.
func vdWiden(q *article.Quantity) article.Interval {
	iv := q.Interval
	if iv.Low == 0 && iv.High == 0 && q.Value != 0 {
		iv = article.Exact(q.Value)
	}
	if iv.Approximate && !vdVague(q) {
		iv.Low *= 1 - vdApproxTolerance
		if !math.IsInf(iv.High, 1) {
			iv.High *= 1 + vdApproxTolerance
		}
		iv.LowInclusive, iv.HighInclusive = true, true
	}
	return iv
}

// vdListMax is the most claims an explanation lists.
const vdListMax = 6

// vdListMoments lists the figures moment by moment: "more than 100,000
// troops (a, as of 2022-01-31, publication date); …".
func vdListMoments(moments [][]*factClaim) string {
	var parts []string
	n := 0
	for _, m := range moments {
		for _, c := range m {
			if n++; n <= vdListMax {
				parts = append(parts, strconv.Quote(vdSquash(c.Text))+" ("+c.Span.Doc+", as of "+
					fpDateRange(c.asOf)+", "+c.asOfNote+")")
			}
		}
	}
	return vdCap(parts, n, "; ")
}

// vdListValues lists the figures of cs with their articles.
func vdListValues(cs []*factClaim) string {
	parts := make([]string, 0, min(len(cs), vdListMax))
	for _, c := range cs[:min(len(cs), vdListMax)] {
		parts = append(parts, vdCite(c))
	}
	return vdCap(parts, len(cs), ", ")
}

// vdCap joins the first vdListMax of n parts, saying how many more there
// are; parts holds at least those.
func vdCap(parts []string, n int, sep string) string {
	if n <= vdListMax {
		return strings.Join(parts[:n], sep)
	}
	return strings.Join(parts[:vdListMax], sep) + sep + "and " + strconv.Itoa(n-vdListMax) + " more"
}

// vdJoin joins two parts of an explanation with "; ", skipping empty ones.
func vdJoin(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
