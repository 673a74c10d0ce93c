package extract

import (
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// This file turns numerals into Numbers: it attaches units (percent,
// currency), joins ranges ("between 5 and 10", "5,000-10,000") and reads
// qualifiers into intervals (see the table on Number).

// qtyReading is how a qualifier bounds the number it qualifies.
type qtyReading uint8

const (
	qtyNone     qtyReading = iota
	qtyMore                // (X, +Inf)
	qtyAtLeast             // [X, +Inf)
	qtyLess                // [0, X)
	qtyAtMost              // [0, X]
	qtyUpTo                // (0, X], approximate
	qtyNearly              // [0.9X, X), approximate
	qtyAbout               // [0.9X, 1.1X], approximate
	qtyJustOver            // (X, 1.1X], approximate
	qtyExactly             // [X, X]
)

// qtyLower reports whether r bounds from below only; qtyUpper from above only.
func (r qtyReading) lower() bool { return r == qtyMore || r == qtyAtLeast }
func (r qtyReading) upper() bool { return r == qtyLess || r == qtyAtMost || r == qtyUpTo }

// qtyPhrase is a qualifier as a list of lower-case tokens.
type qtyPhrase struct {
	toks []string
	text string
	r    qtyReading
}

// qtyQualifiers are the qualifiers written before a number, longest first.
var qtyQualifiers = qtyPhrases(map[qtyReading][]string{
	qtyMore: {"more than", "over", "above", "greater than", "larger than", "bigger than", "higher than",
		"in excess of", "upwards of", "upward of", "exceeding", "exceed", "exceeds", "exceeded",
		"surpass", "surpasses", "surpassed", "surpassing", "north of", "well over", "well above",
		"well more than", "far more than", "much more than", "even more than", ">"},
	qtyAtLeast: {"at least", "no fewer than", "no less than", "not fewer than", "not less than",
		"a minimum of", "greater than or equal to", "more than or equal to", "higher than or equal to",
		"bigger or equal than", "higher or equal than", "greater or equal than", "larger or equal than",
		"more or equal than", "equal to or more than", "equal to or greater than", "equal to or higher than",
		"at least or equal to", "> =", "≥"},
	qtyLess: {"less than", "fewer than", "under", "below", "lower than", "smaller than", "beneath",
		"well under", "well below", "far fewer than", "far less than", "<"},
	qtyAtMost: {"at most", "no more than", "not more than", "a maximum of", "at the most",
		"less than or equal to", "fewer than or equal to", "smaller than or equal to", "lower than or equal to",
		"smaller or equal than", "lower or equal than", "less or equal than", "less or equal to",
		"equal to or less than", "equal to or fewer than", "equal to or lower than", "< =", "≤"},
	qtyUpTo:     {"as many as", "as much as", "up to", "as high as", "as large as"},
	qtyNearly:   {"nearly", "almost", "close to", "just under", "just below", "just shy of", "shy of", "just short of", "a little under", "a little less than", "slightly less than", "slightly fewer than"},
	qtyAbout:    {"about", "around", "roughly", "approximately", "approx", "approx .", "some", "an estimated", "estimated", "an approximate", "circa", "ca .", "c .", "~", "≈", "in the region of", "on the order of", "of the order of", "in the order of", "more or less", "give or take"},
	qtyJustOver: {"just over", "just above", "slightly more than", "a little over", "a little more than", "just more than", "slightly over", "slightly above"},
	qtyExactly:  {"exactly", "precisely", "equal to", "equals", "equals to", "equaling", "equaling to", "equalling", "equalling to", "="},
})

// qtyTrailing are the qualifiers written after a number: "5,000 or more".
var qtyTrailing = qtyPhrases(map[qtyReading][]string{
	qtyAtLeast: {"or more", "or greater", "or higher", "or above", "or over", "and above", "and more", "and up", "and over", "plus", "+", "- plus", "or more than", "or greater than"},
	qtyAtMost:  {"or less", "or fewer", "or lower", "or below", "or under", "and under", "and below", "or less than", "or fewer than"},
	qtyAbout:   {"or so"},
})

func qtyPhrases(m map[qtyReading][]string) []qtyPhrase {
	var ps []qtyPhrase
	for r := qtyNone; r <= qtyExactly; r++ {
		for _, p := range m[r] {
			ps = append(ps, qtyPhrase{toks: strings.Fields(p), text: p, r: r})
		}
	}
	// longest first, then as listed: a stable order, so matching is deterministic
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].toks) > len(ps[j-1].toks); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	return ps
}

// qtyByLast indexes qtyQualifiers by their last word, the one written
// just before the number, and qtyByFirst indexes qtyTrailing by their
// first: the word next to a number picks the few phrases worth matching,
// in their order of preference.
var (
	qtyByLast  = qtyIndex(qtyQualifiers, func(toks []string) string { return toks[len(toks)-1] })
	qtyByFirst = qtyIndex(qtyTrailing, func(toks []string) string { return toks[0] })
)

func qtyIndex(ps []qtyPhrase, key func([]string) string) map[string][]int {
	m := make(map[string][]int)
	for k, p := range ps {
		w := key(p.toks)
		m[w] = append(m[w], k)
	}
	return m
}

// qtyPhrasesAt returns the phrases of index whose word next to the number
// is token t, in any case. The phrases' words are lower-case ASCII or
// symbols without case, so a token matches one only when its ASCII
// lower case does, as strings.EqualFold would judge.
func qtyPhrasesAt(index map[string][]int, s string, t numTok) []int {
	if t.k == numEnd || t.k == numDigits {
		return nil
	}
	w := s[t.s:t.e]
	var buf [24]byte
	if lw := numLower(w, &buf); lw != "" {
		return index[lw]
	}
	return index[w]
}

// qtyMatchBefore returns the qualifier that ends just before i, and where
// it starts.
func qtyMatchBefore(s string, i int) (qtyPhrase, int, bool) {
	var toks [6]numTok
	toks[0] = numPrev(s, i)
	cands := qtyPhrasesAt(qtyByLast, s, toks[0])
	if len(cands) == 0 {
		return qtyPhrase{}, i, false
	}
	n := 1
	for j := toks[0].s; n < len(toks); n++ {
		t := numPrev(s, j)
		if t.k == numEnd || t.k == numDigits {
			break
		}
		toks[n], j = t, t.s
	}
	for _, k := range cands {
		p := qtyQualifiers[k]
		if qtyMatches(s, toks[:n], p.toks, true) {
			first := toks[len(p.toks)-1]
			if b := numPrev(s, first.s); first.k == numPunct && b.glued(first) && (numIsP(s, b, "<") || numIsP(s, b, ">") || numIsP(s, b, "=")) {
				return qtyPhrase{}, i, false // "<>30", "=>30": not an operator we know
			}
			return p, first.s, true
		}
	}
	return qtyPhrase{}, i, false
}

// qtyMatchAfter returns the trailing qualifier that starts at i, unless a
// number follows it ("200 or greater than 190").
func qtyMatchAfter(s string, i int) (qtyPhrase, int, bool) {
	var toks [4]numTok
	toks[0] = numNext(s, i)
	cands := qtyPhrasesAt(qtyByFirst, s, toks[0])
	if len(cands) == 0 {
		return qtyPhrase{}, i, false
	}
	n := 1
	for j := toks[0].e; n < len(toks); n++ {
		t := numNext(s, j)
		if t.k == numEnd || t.k == numDigits {
			break
		}
		toks[n], j = t, t.e
	}
	for _, k := range cands {
		p := qtyTrailing[k]
		if !qtyMatches(s, toks[:n], p.toks, false) {
			continue
		}
		e := toks[len(p.toks)-1].e
		if qtyNumberNear(s, toks[0].e) {
			return qtyPhrase{}, i, false // "200 or greater than 190": a second number
		}
		if p.text == "+" && toks[0].s != i {
			continue // "5,000+" only glued
		}
		return p, e, true
	}
	return qtyPhrase{}, i, false
}

// qtyNumberNear reports whether a number follows i within a qualifier's
// length, before any other punctuation.
func qtyNumberNear(s string, i int) bool {
	for k := 0; k < 4; k++ {
		t := numNext(s, i)
		switch {
		case t.k == numDigits || numStartsNumber(s, t):
			return true
		case t.k == numEnd, t.k == numPunct && !numIsP(s, t, "<") && !numIsP(s, t, ">") && !numIsP(s, t, "="):
			return false
		}
		i = t.e
	}
	return false
}

// numStartsNumber reports whether a numeral starts at word t.
func numStartsNumber(s string, t numTok) bool {
	if t.k != numWord {
		return false
	}
	_, ok := numWordInfoOf(s, t)
	return ok
}

// qtyMatches reports whether toks (in reading order when forward, else
// backwards from the number) spell the phrase p.
func qtyMatches(s string, toks []numTok, p []string, backward bool) bool {
	if len(p) > len(toks) {
		return false
	}
	for k := range p {
		w := p[k]
		t := toks[k]
		if backward {
			t = toks[len(p)-1-k]
		}
		if t.e-t.s != len(w) || !strings.EqualFold(s[t.s:t.e], w) {
			return false
		}
	}
	return true
}

// qtyInterval reads a numeral under a qualifier.
func qtyInterval(r qtyReading, l numLit) article.Interval {
	lo, hi := l.lo, l.hi
	iv := article.Interval{Low: lo, High: hi, LowInclusive: true, HighInclusive: !l.vague || l.hiIn, Approximate: l.vague}
	floor := 0.0
	if hi <= 0 {
		floor = math.Inf(-1)
	}
	switch r {
	case qtyMore:
		iv = article.Interval{Low: lo, High: math.Inf(1)}
	case qtyAtLeast:
		iv = article.Interval{Low: lo, High: math.Inf(1), LowInclusive: true}
	case qtyLess:
		iv = article.Interval{Low: floor, High: hi, LowInclusive: floor == 0}
	case qtyAtMost:
		iv = article.Interval{Low: floor, High: hi, LowInclusive: floor == 0, HighInclusive: true}
	case qtyUpTo:
		iv = article.Interval{Low: floor, High: hi, HighInclusive: true, Approximate: true}
	case qtyNearly:
		iv = article.Interval{Low: math.Min(0.9*lo, lo), High: hi, LowInclusive: true, Approximate: true}
	case qtyAbout:
		iv = article.Interval{Low: math.Min(0.9*lo, 1.1*lo), High: math.Max(0.9*hi, 1.1*hi), LowInclusive: true, HighInclusive: true, Approximate: true}
	case qtyJustOver:
		iv = article.Interval{Low: lo, High: math.Max(1.1*hi, 0.9*hi), HighInclusive: true, Approximate: true}
	case qtyExactly:
		iv = article.Interval{Low: lo, High: hi, LowInclusive: true, HighInclusive: true}
	}
	return iv
}

// qtyNum is a Number being built.
type qtyNum struct {
	Number
	r      qtyReading
	lo     numLit // the numeral (the lower one of a range)
	hi     numLit // the upper numeral of a range
	rng    bool
	qual   bool // a qualifier before or after was read
	ustart int  // the start of the number with its unit, before any qualifier
	plain  bool // a bare plain integer with no unit
}

// qtyCombine builds the Numbers of s from its numerals, appending to dst.
func qtyCombine(s string, lits []numLit, dst []Number) []Number {
	var prev qtyNum
	have := false
	for i := 0; i < len(lits); i++ {
		if qtyInChain(s, lits, i) {
			continue
		}
		n := qtyUnits(s, lits[i])
		if have && n.Start < prev.End {
			n = qtyUnitsAfterOnly(s, lits[i])
		}
		if i+1 < len(lits) && !qtyInChain(s, lits, i+1) {
			if r, ok := qtyRange(s, n, qtyUnits(s, lits[i+1])); ok {
				n = r
				i++
			}
		}
		n.ustart = n.Start
		qtyQualify(s, &n)
		if have && qtyJoin(s, &prev, n) {
			continue
		}
		if have {
			dst = append(dst, prev.finish(s))
		}
		prev, have = n, true
	}
	if have {
		dst = append(dst, prev.finish(s))
	}
	return dst
}

func (n *qtyNum) finish(s string) Number {
	x := n.Number
	x.Text = s[x.Start:x.End]
	x.lits[0] = numSpan{n.lo.s, n.lo.e, n.lo.v}
	x.n = 1
	if n.rng {
		x.lits[1] = numSpan{n.hi.s, n.hi.e, n.hi.v}
		x.n = 2
	}
	return x
}

// qtyQualify reads the qualifiers before and after n into its interval.
func qtyQualify(s string, n *qtyNum) {
	if n.rng && (n.Interval.Qualifier == "between" || n.Interval.Qualifier == "from") {
		return
	}
	p, start, ok := qtyMatchBefore(s, n.Start)
	if n.rng {
		if ok && (p.r == qtyAbout || p.r == qtyNearly) {
			n.Start, n.Interval.Approximate, n.Interval.Qualifier, n.qual = start, true, p.text, true
		}
		return
	}
	r, qual := qtyNone, ""
	if ok {
		n.Start, r, qual, n.qual = start, p.r, p.text, true
	}
	if r == qtyNone || r == qtyExactly || r == qtyAbout {
		if t, e, ok := qtyMatchAfter(s, n.End); ok {
			if r == qtyAbout && t.r != qtyAbout {
				// "about 500 or more": the bound is what can be checked
				n.Start, r, qual = n.ustart, qtyNone, ""
			}
			n.End, r, n.qual = e, t.r, true
			qual = strings.TrimSpace(qual + " " + t.text)
		}
	}
	if r == qtyMore || r == qtyLess {
		if e, ok := qtyOrEqual(s, n.End); ok {
			n.End, qual = e, qual+" or equal"
			r = map[qtyReading]qtyReading{qtyMore: qtyAtLeast, qtyLess: qtyAtMost}[r]
		}
	}
	n.r = r
	n.Interval = qtyInterval(r, n.lo)
	n.Interval.Qualifier = strings.ToLower(qual)
}

// qtyOrEqual reads "or equal" and "or equal to" that do not lead to a
// number: "more than 5000 or equal to".
func qtyOrEqual(s string, i int) (int, bool) {
	or := numNext(s, i)
	eq := numNext(s, or.e)
	if !numIs(s, or, "or") || !numIs(s, eq, "equal") {
		return i, false
	}
	e := eq.e
	if to := numNext(s, e); numIs(s, to, "to") {
		e = to.e
	}
	if n := numNext(s, e); n.k == numDigits || numStartsNumber(s, n) {
		return i, false
	}
	return e, true
}

// qtyJoin merges n into prev when they bound one range from both sides:
// "more than 10 and less than 40", "at most 100 and at least 20".
func qtyJoin(s string, prev *qtyNum, n qtyNum) bool {
	if prev.rng || n.rng || !(prev.r.lower() && n.r.upper() || prev.r.upper() && n.r.lower()) {
		return false
	}
	g := numNext(s, prev.End)
	if numIsP(s, g, ",") {
		if h := numNext(s, g.e); numIs(s, h, "and") || numIs(s, h, "but") {
			g = h
		}
	} else if !numIs(s, g, "and") && !numIs(s, g, "but") {
		return false
	}
	if numNext(s, g.e).s != n.Start {
		return false
	}
	lower, upper := prev, &n
	if prev.r.upper() {
		lower, upper = &n, prev
	}
	if lower.Interval.Low >= upper.Interval.High || prev.Percent != n.Percent || prev.Currency != n.Currency {
		return false
	}
	iv := article.Interval{Low: lower.Interval.Low, LowInclusive: lower.Interval.LowInclusive,
		High: upper.Interval.High, HighInclusive: upper.Interval.HighInclusive,
		Approximate: lower.Interval.Approximate || upper.Interval.Approximate,
		Qualifier:   prev.Interval.Qualifier + " and " + n.Interval.Qualifier}
	lo, hi := prev.lo, n.lo
	*prev = qtyNum{Number: prev.Number, lo: lo, hi: hi, rng: true, qual: true}
	prev.End, prev.Interval = n.End, iv
	return true
}
