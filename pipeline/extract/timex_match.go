package extract

// tmOp is the shape of a time expression, which decides how it resolves.
type tmOp uint8

const (
	tmOpDate     tmOp = iota + 1 // y-m-d, y may be unknown
	tmOpMonth                    // y-m, y may be unknown
	tmOpYear                     // y
	tmOpSeason                   // season m of year y, or relative by dir
	tmOpWeekday                  // weekday wd, placed by dir and tense
	tmOpRelDay                   // today + n days
	tmOpRelUnit                  // this, last or next unit (dir)
	tmOpOffset                   // n units from the reference day (signed)
	tmOpPeriod                   // the n units before (n<0) or after the reference day
	tmOpPart                     // earlier (dir -1) or later (+1) this unit
	tmOpDuration                 // an amount of time
)

// Weekday placements (tmSem.dir for tmOpWeekday).
const (
	tmWdBare   = iota // by tense
	tmWdLast          // in the previous ISO week
	tmWdThis          // in the current ISO week
	tmWdNext          // in the next ISO week
	tmWdPast          // "this past": the latest before the reference day
	tmWdComing        // "this coming": the first after it
)

// tmSem is what a time expression means, before it is resolved.
type tmSem struct {
	op      tmOp
	y, m, d int
	wd      int
	unit    tmUnitKind
	n       int
	dir     int
	vague   bool       // the count was "few", "several": read as 3
	edge    tmEdgeKind // early, mid, late
	prep    tmPrepKind // since, by, until: kept in the span
	num     string     // the count as written in digits, for durations ("3.5")
	anchor  bool       // counted from an event, not from the publication day
	hasYear bool
	within  bool // a period that starts on the reference day: "within 5 days"
	lead    int  // leading tokens matched but left out of the span: "on 4-22"
}

// match tries the expressions that can start at token i. It returns the
// index after the last token used, or i when none starts there. It is a
// dispatch on the class of the first word, longer than most functions
// because each case is one line of the grammar.
func (sc *tmScanner) match(i int) (int, tmSem) {
	t := sc.toks[i]
	switch t.cls {
	case tmPrep:
		return sc.matchPrep(i)
	case tmThe:
		return sc.matchThe(i)
	case tmEdge:
		return sc.matchEdge(i)
	case tmDir:
		return sc.matchDir(i)
	case tmRecent:
		if sc.spaced(i) && sc.cls(i+1) == tmUnit && sc.isPlural(i+1) {
			return i + 2, tmSem{op: tmOpPeriod, unit: tmUnitKind(sc.toks[i+1].val), n: -1, dir: -1, vague: true}
		}
	case tmShift:
		return sc.matchPart(i)
	case tmRelDay:
		return sc.partOfDay(i + 1), tmSem{op: tmOpRelDay, n: t.val}
	case tmUnit:
		if j, m := sc.matchUnitOf(i); j > i {
			return j, m
		}
		if tmUnitKind(t.val) == tmWeekend && !sc.isPlural(i) && sc.spaced(i-1) && sc.cls(i-1) == tmPrep {
			return i + 1, tmSem{op: tmOpRelUnit, unit: tmWeekend} // "on weekend"
		}
	case tmSeason:
		if j, m := sc.matchSeason(i, 0, false); m.hasYear {
			return j, m // "summer 2016"; a bare "fall" may be a verb
		}
	case tmWeekday:
		return sc.matchWeekday(i)
	case tmMonth:
		return sc.matchMonth(i)
	case tmNum:
		if t.digits > 0 {
			if j, m := sc.matchNumeric(i); j > i {
				return j, m
			}
		}
		return sc.matchCount(i, 0)
	case tmArt, tmFew, tmWhole, tmHalf:
		return sc.matchCount(i, 0)
	}
	return i, tmSem{}
}

// matchPrep keeps "since", "by" and "until" in the span: they change what
// the time claims. Other prepositions are left out, as TimeML does.
func (sc *tmScanner) matchPrep(i int) (int, tmSem) {
	p := tmPrepKind(sc.toks[i].val)
	if p == tmOn && sc.cls(i+1) == tmNum && sc.toks[i+1].digits > 0 {
		// "on 4-22": a hyphenated month-day only after "on"
		if j, m := sc.matchMonthDay(i+1, true); j > i+1 {
			m.lead = 1
			return j, m
		}
	}
	if p == tmWithin && sc.spaced(i) {
		if j, m := sc.match(i + 1); j > i+1 && m.op == tmOpDuration && m.unit <= tmYear {
			m.op, m.within = tmOpPeriod, true // "within 5 days"
			return j, m
		}
		if j, m := sc.match(i + 1); j > i+1 && m.op == tmOpPeriod && m.n > 0 {
			m.within = true // "within the next 3 years"
			return j, m
		}
	}
	if (p != tmSince && p != tmBy && p != tmUntil) || !sc.spaced(i) || i+1 >= len(sc.toks) {
		return i, tmSem{}
	}
	j, m := sc.match(i + 1)
	if j == i+1 || m.op == tmOpDuration || m.prep != 0 {
		return i, tmSem{}
	}
	m.prep = p
	return j, m
}

// matchThe reads expressions that start with "the": "the day before
// yesterday", "the next day", "the week before", "the past few weeks".
func (sc *tmScanner) matchThe(i int) (int, tmSem) {
	if !sc.spaced(i) {
		return i, tmSem{}
	}
	k := i + 1
	switch sc.cls(k) {
	case tmUnit:
		return sc.matchTheUnit(i, k)
	case tmDir, tmEdge:
		if j, m := sc.match(k); j > k && m.op != tmOpWeekday {
			if sc.cls(k) == tmEdge || sc.is(k, "coming") || sc.is(k, "upcoming") {
				m.lead++ // "at the end of 2000", "the coming week": TimeML leaves "the" out
			}
			return j, m
		}
	case tmSeason:
		return sc.matchSeason(k, 0, false)
	}
	return i, tmSem{}
}

// matchTheUnit reads "the day before yesterday", "the day after
// tomorrow", "the week before", "the weekend".
func (sc *tmScanner) matchTheUnit(i, k int) (int, tmSem) {
	u := tmUnitKind(sc.toks[k].val)
	if j, m := sc.matchUnitOf(k); j > k {
		return j, m
	}
	if u <= tmWeekend && sc.spaced(k) && sc.is(k+1, "after") && sc.spaced(k+1) {
		j := k + 2
		if sc.is(j, "the") && sc.spaced(j) {
			j++
		}
		if sc.is(j, "next") {
			return j + 1, tmSem{op: tmOpRelUnit, unit: u, dir: 2} // the week after next
		}
	}
	if sc.spaced(k) && sc.cls(k+1) == tmShift && !sc.is(k+1, "ago") {
		dir := sc.toks[k+1].val
		if u == tmDay && sc.spaced(k+1) && sc.cls(k+2) == tmRelDay && sc.toks[k+2].val == dir {
			return k + 3, tmSem{op: tmOpRelDay, n: 2 * dir}
		}
		if u <= tmWeekend && !sc.followedByPhrase(k+1) {
			return k + 2, tmSem{op: tmOpRelUnit, unit: u, dir: dir, anchor: true}
		}
	}
	if u == tmWeekend {
		return k + 1, tmSem{op: tmOpRelUnit, unit: u}
	}
	return i, tmSem{}
}

// matchUnitOf reads "month of January": the month, with the words.
func (sc *tmScanner) matchUnitOf(k int) (int, tmSem) {
	if !sc.is(k, "month") || !sc.spaced(k) || !sc.is(k+1, "of") || !sc.spaced(k+1) || sc.cls(k+2) != tmMonth {
		return k, tmSem{}
	}
	return sc.matchMonth(k + 2)
}

// followedByPhrase reports whether the word after token i continues the
// clause: "before the vote" anchors on the vote, not on the article.
func (sc *tmScanner) followedByPhrase(i int) bool {
	if !sc.spaced(i) {
		return false
	}
	switch sc.cls(i + 1) {
	case tmPast, tmFuture, tmAnd, tmRelDay:
		return false
	}
	return true
}

// partOfDay extends a day by a following "morning", "afternoon" …
func (sc *tmScanner) partOfDay(j int) int {
	if sc.spaced(j-1) && sc.cls(j) == tmPartOfDay {
		return j + 1
	}
	return j
}

// matchPart reads "earlier this year", "later in the day", "earlier
// today". A bare "earlier" or "later" is not a time.
func (sc *tmScanner) matchPart(i int) (int, tmSem) {
	if !sc.is(i, "earlier") && !sc.is(i, "later") || !sc.spaced(i) {
		return i, tmSem{}
	}
	dir, k := sc.toks[i].val, i+1
	switch {
	case sc.cls(k) == tmRelDay && sc.toks[k].val == 0:
		return k + 1, tmSem{op: tmOpPart, unit: tmDay, dir: dir}
	case sc.is(k, "this") && sc.spaced(k) && sc.cls(k+1) == tmUnit:
		k++
	case sc.is(k, "in") && sc.spaced(k) && sc.is(k+1, "the") && sc.spaced(k+1) && sc.cls(k+2) == tmUnit:
		k += 2
	default:
		return i, tmSem{}
	}
	u := tmUnitKind(sc.toks[k].val)
	if u > tmYear || sc.isPlural(k) {
		return i, tmSem{}
	}
	return k + 1, tmSem{op: tmOpPart, unit: u, dir: dir}
}

func (sc *tmScanner) isPlural(i int) bool {
	w := sc.text(i)
	return len(w) > 1 && (w[len(w)-1]|0x20) == 's'
}
