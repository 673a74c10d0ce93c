package extract

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// This file joins numerals into ranges ("5,000-10,000", "between 20 and
// 30", "from 200 to 300") and leaves out hyphen chains and phone numbers,
// which are none.

// qtyInChain reports whether numeral i is one of three or more joined by
// hyphens ("+1-222-2222-2222", "2022-01-27"), or a phone-like pair
// ("555-1234"): not numbers.
func qtyInChain(s string, lits []numLit, i int) bool {
	joined := func(j int) bool {
		return j >= 0 && j+1 < len(lits) && lits[j].e+1 == lits[j+1].s && s[lits[j].e] == '-' &&
			!lits[j].words && !lits[j+1].words
	}
	n := 1
	for j := i - 1; joined(j); j-- {
		n++
	}
	for j := i; joined(j); j++ {
		n++
	}
	if n >= 3 {
		return true
	}
	phone := func(j int) bool {
		return joined(j) && lits[j].plain == 3 && lits[j+1].plain == 4
	}
	return phone(i) || phone(i-1)
}

// qtyRange joins a and b into one range when the words between them make
// one: "5,000-10,000", "5 to 10 million", "between 20 and 30", "from 200
// to 300", "two or three". A multiplier or unit written once is shared.
func qtyRange(s string, a, b qtyNum) (qtyNum, bool) {
	start, conn, ok := qtyConnector(s, a, b)
	if !ok || b.hi.e != 0 || b.lo.lead0 || b.lo.frac || a.lo.frac {
		return a, false
	}
	lo, hi := a.lo, b.lo
	if lo.scale == 1 && hi.scale > 1 && lo.v < hi.base && lo.v > 0 {
		lo.v, lo.lo, lo.hi, lo.scale = lo.v*hi.scale, lo.lo*hi.scale, lo.hi*hi.scale, hi.scale
	}
	if !(lo.v < hi.v || conn == "between" && lo.v == hi.v) {
		return a, false
	}
	if (a.Percent && b.Currency != "") || (a.Currency != "" && b.Currency != "" && a.Currency != b.Currency) {
		return a, false
	}
	r := qtyNum{lo: lo, hi: hi, rng: true}
	r.Start, r.End, r.Value = start, b.End, lo.v
	r.Percent = a.Percent || b.Percent
	r.Currency = a.Currency
	if r.Currency == "" {
		r.Currency = b.Currency
	}
	r.Interval = article.Interval{Low: lo.lo, High: hi.hi, LowInclusive: true, HighInclusive: true,
		Approximate: lo.vague || hi.vague, Qualifier: conn}
	return r, true
}

// qtyConnector reads the words joining a and b into a range, and where
// the range starts: "between" and "from" come before a.
func qtyConnector(s string, a, b qtyNum) (int, string, bool) {
	g := numNext(s, a.End)
	if numNext(s, g.e).s != b.Start {
		return 0, "", false
	}
	conn := strings.ToLower(s[g.s:g.e])
	p := numPrev(s, a.Start)
	switch conn {
	case "-", "–", "—", "~", "through", "thru":
	case "to":
		if numIs(s, p, "from") {
			return p.s, "from", !qtyIsChange(s, p.s)
		}
	case "and":
		return p.s, "between", numIs(s, p, "between")
	case "or":
		return a.Start, conn, a.Currency == "" && !a.Percent && (a.lo.words && b.lo.words || a.lo.plain > 0 && b.lo.plain > 0)
	default:
		return 0, "", false
	}
	return a.Start, conn, true
}

// qtyChangeVerbs come before "from X to Y" when it is a change, two
// values at two times, not a range: "rose from 5% to 7%".
var qtyChangeVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "rising": true, "fell": true,
	"fallen": true, "fall": true, "falls": true, "falling": true, "increased": true,
	"increase": true, "increases": true, "decreased": true, "decrease": true, "grew": true,
	"grown": true, "grow": true, "dropped": true, "drop": true, "climbed": true, "climb": true,
	"jumped": true, "jump": true, "declined": true, "decline": true, "cut": true, "raised": true,
	"raise": true, "reduced": true, "reduce": true, "up": true, "down": true, "went": true,
	"gone": true, "soared": true, "surged": true, "shrank": true, "shrunk": true, "slipped": true,
	"slid": true, "plunged": true, "plummeted": true, "swelled": true, "expanded": true,
	"changed": true, "moved": true, "boosted": true, "lowered": true, "lifted": true,
	"revised": true, "upgraded": true, "downgraded": true, "doubled": true, "tripled": true,
	"halved": true,
}

// qtyIsChange reports whether a change verb comes just before i, allowing
// one word between ("rose sharply from").
func qtyIsChange(s string, i int) bool {
	var buf [24]byte
	t := numPrev(s, i)
	for k := 0; k < 2 && t.k == numWord; k++ {
		if t.e-t.s <= 10 && qtyChangeVerbs[numLower(s[t.s:t.e], &buf)] {
			return true
		}
		t = numPrev(s, t.s)
	}
	return false
}
