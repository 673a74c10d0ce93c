package extract

import (
	"strconv"
	"strings"
)

// matchDir reads expressions led by last, next, this, past…: "last
// week", "next month", "this past weekend", "last Monday", "the past few
// weeks", "next 3 days", "last fall", "next June".
func (sc *tmScanner) matchDir(i int) (int, tmSem) {
	if !sc.spaced(i) {
		return i, tmSem{}
	}
	dir, k := sc.toks[i].val, i+1
	wd := [...]int{tmWdLast, tmWdThis, tmWdNext}[dir+1]
	if sc.is(i, "this") && (sc.is(k, "past") || sc.is(k, "coming")) && sc.spaced(k) {
		wd, dir = tmWdPast, -1
		if sc.is(k, "coming") {
			wd, dir = tmWdComing, 1
		}
		k++
	}
	switch sc.cls(k) {
	case tmWeekday:
		return sc.partOfDay(k + 1), tmSem{op: tmOpWeekday, wd: sc.toks[k].val, dir: wd}
	case tmUnit:
		return sc.matchDirUnit(i, k, dir, wd)
	case tmSeason:
		return sc.matchSeason(k, dir, true)
	case tmMonth:
		return k + 1, tmSem{op: tmOpMonth, m: sc.toks[k].val, dir: dir, n: 1}
	case tmNum, tmFew, tmArt:
		j, m := sc.matchCount(k, dir)
		if j > k && m.op == tmOpPeriod {
			return j, m
		}
	}
	return i, tmSem{}
}

// matchDirUnit reads "last week", "next month", "this weekend", and
// "last week Sunday" / "next week on Friday".
func (sc *tmScanner) matchDirUnit(i, k, dir, wd int) (int, tmSem) {
	u := tmUnitKind(sc.toks[k].val)
	if u > tmWeekend || sc.isPlural(k) {
		return i, tmSem{}
	}
	if wd == tmWdPast || wd == tmWdComing {
		if u != tmWeekend {
			return i, tmSem{}
		}
	}
	if u == tmWeek && sc.spaced(k) {
		j := k + 1
		if sc.is(j, "on") && sc.spaced(j) {
			j++
		}
		if sc.cls(j) == tmWeekday {
			return j + 1, tmSem{op: tmOpWeekday, wd: sc.toks[j].val, dir: wd}
		}
	}
	m := tmSem{op: tmOpRelUnit, unit: u, dir: dir}
	if wd == tmWdPast || wd == tmWdComing {
		m.dir = wd
	}
	return k + 1, m
}

// matchSeason reads a season with an optional year: "last fall", "the
// spring of 2021", "summer 2016". A bare season word is only a season
// after a determiner or before a year ("fall" is also a verb).
func (sc *tmScanner) matchSeason(k, dir int, hasDir bool) (int, tmSem) {
	m := tmSem{op: tmOpSeason, m: sc.toks[k].val, dir: dir, n: 0}
	if hasDir {
		m.n = 1
	}
	j := k + 1
	if sc.spaced(k) && sc.is(j, "of") && sc.spaced(j) {
		j++
	}
	if sc.near(j-1) && tmIsYear(sc.tok(j)) {
		m.y, m.hasYear = sc.toks[j].val, true
		return j + 1, m
	}
	return k + 1, m
}

func (sc *tmScanner) tok(i int) tmTok {
	if i < 0 || i >= len(sc.toks) {
		return tmTok{}
	}
	return sc.toks[i]
}

func tmIsYear(t tmTok) bool {
	return t.cls == tmNum && t.digits == 4 && !t.ord && t.val >= 1000 && t.val < 3000
}

// matchEdge reads "early February", "late last year", "mid-2021", "the
// end of March", "by early next week". The edge narrows what follows.
func (sc *tmScanner) matchEdge(i int) (int, tmSem) {
	if !sc.near(i) {
		return i, tmSem{}
	}
	k := i + 1
	if sc.is(k, "of") && sc.spaced(k) {
		k++
		if sc.is(k, "the") && sc.spaced(k) {
			k++
		}
	} else if !sc.is(i, "early") && !sc.is(i, "late") && !sc.is(i, "mid") {
		return i, tmSem{} // "end", "start" need "of": "the end of March"
	}
	if sc.is(k, "the") && sc.spaced(k) && sc.cls(k+1) == tmUnit {
		k++ // "the end of the month" is this month
		u := tmUnitKind(sc.toks[k].val)
		if u == tmWeek || u == tmMonthU || u == tmYear {
			return k + 1, tmSem{op: tmOpRelUnit, unit: u, edge: tmEdgeKind(sc.toks[i].val)}
		}
		return i, tmSem{}
	}
	var j int
	var m tmSem
	switch t := sc.tok(k); {
	case tmIsYear(t):
		j, m = k+1, tmSem{op: tmOpYear, y: t.val, hasYear: true}
	case t.cls == tmMonth || t.cls == tmDir || t.cls == tmSeason:
		j, m = sc.match(k)
		if t.cls == tmSeason {
			j, m = sc.matchSeason(k, 0, false)
		}
	}
	if j <= k || m.op == tmOpWeekday || m.op == tmOpDate || m.op == tmOpPeriod {
		return i, tmSem{}
	}
	m.edge = tmEdgeKind(sc.toks[i].val)
	return j, m
}

// count reads a count of units at token k: "3", "3.5", "three",
// "twenty-one", "a", "a few", "several", "a couple of". It returns the
// index after it and the value; vague counts read as 3 (couple as 2).
func (sc *tmScanner) count(k int) (j, n int, num string, vague bool) {
	t := sc.tok(k)
	switch t.cls {
	case tmNum:
		if t.ord || t.val > 1000 {
			return k, 0, "", false
		}
		j, n, num = k+1, t.val, sc.text(k)
		if t.digits > 0 && sc.gap(k) == "." && sc.tok(k+1).digits > 0 {
			j, num = k+2, sc.s[t.start:sc.toks[k+1].end] // 3.5
		} else if t.digits == 0 && t.val >= 20 && sc.near(k) && sc.tok(k+1).cls == tmNum && sc.tok(k+1).digits == 0 && sc.tok(k+1).val < 10 {
			n += sc.toks[k+1].val // twenty-one
			j, num = k+2, strconv.Itoa(n)
		} else if t.digits == 0 {
			num = strconv.Itoa(n)
		}
		return j, n, num, false
	case tmArt:
		if sc.spaced(k) && sc.cls(k+1) == tmFew {
			return sc.count(k + 1)
		}
		return k + 1, 1, "1", false
	case tmFew:
		j = k + 1
		if sc.is(j, "of") && sc.spaced(k) {
			j++
		}
		if t.val == 2 {
			return j, 2, "2", false
		}
		return j, 3, "X", true
	}
	return k, 0, "", false
}

// matchCount reads a count of units and what follows it: "two days ago",
// "three weeks earlier", "a week later", "two weeks from now", or, with a
// direction before it ("the past few weeks", "next 3 days"), a period.
// Anything else is a duration: "for three days", "two weeks to leave".
func (sc *tmScanner) matchCount(k, dir int) (int, tmSem) {
	if c := sc.tok(k).cls; c == tmWhole || c == tmHalf {
		return sc.matchWhole(k)
	}
	if sc.cls(k) == tmArt && sc.cls(k+1) == tmHalf && sc.spaced(k) {
		return sc.matchWhole(k + 1) // "a half hour"; the span starts at "half"
	}
	j, n, num, vague := sc.count(k)
	if h, ok := sc.andHalf(j); ok && !vague && dir == 0 {
		j, num = h, num+".5" // "two and a half hours"
	}
	if j == k || !(sc.near(j-1) || sc.gap(j-1) == "") || sc.cls(j) != tmUnit {
		return k, tmSem{}
	}
	u := tmUnitKind(sc.toks[j].val)
	if u == tmWeekend || n == 0 && !vague || u == tmSecond && sc.cls(k) == tmArt {
		return k, tmSem{} // "a second round" is an ordinal
	}
	if u == tmFortnight {
		u, n = tmWeek, 2*n
		num = strconv.Itoa(n)
	}
	m := tmSem{op: tmOpDuration, unit: u, n: n, num: num, vague: vague}
	j++
	if h, ok := sc.andHalf(j); ok && !vague && dir == 0 && !strings.Contains(num, ".") {
		return h, tmSem{op: tmOpDuration, unit: u, n: n, num: num + ".5"} // "an hour and a half"
	}
	if dir != 0 {
		m.op, m.n, m.dir = tmOpPeriod, n*dir, dir
		return j, m
	}
	if sc.spaced(j-1) && sc.cls(j) == tmOld {
		return k, tmSem{} // an age
	}
	return sc.countTail(j, m)
}

// countTail reads what follows "N units": ago, earlier, later, from now.
func (sc *tmScanner) countTail(j int, m tmSem) (int, tmSem) {
	if !sc.spaced(j-1) || m.unit > tmYear {
		return j, m
	}
	switch {
	case sc.cls(j) == tmShift:
		if !sc.is(j, "ago") && sc.followedByPhrase(j) {
			return j, m // "two days before the vote": an amount before an event
		}
		m.op, m.n, m.anchor = tmOpOffset, m.n*sc.toks[j].val, !sc.is(j, "ago")
		return j + 1, m
	case sc.cls(j) == tmFrom && sc.spaced(j) && (sc.cls(j+1) == tmNow || sc.is(j+1, "today")):
		m.op = tmOpOffset
		return j + 2, m
	}
	return j, m
}

// andHalf reads "and a half" or "and half" at j.
func (sc *tmScanner) andHalf(j int) (int, bool) {
	if !sc.is(j, "and") || !sc.spaced(j-1) || !sc.spaced(j) {
		return j, false
	}
	k := j + 1
	if sc.cls(k) == tmArt && sc.spaced(k) {
		k++
	}
	if sc.cls(k) != tmHalf {
		return j, false
	}
	return k + 1, true
}

// matchWhole reads "all day", "another week", "half an hour", "half year".
func (sc *tmScanner) matchWhole(k int) (int, tmSem) {
	j, num := k+1, "1"
	if sc.cls(k) == tmHalf {
		num = "0.5"
		if sc.spaced(k) && sc.cls(j) == tmArt {
			j++
		}
	}
	if !sc.near(j-1) || sc.cls(j) != tmUnit || sc.isPlural(j) {
		return k, tmSem{}
	}
	u := tmUnitKind(sc.toks[j].val)
	if u == tmWeekend || u == tmFortnight {
		return k, tmSem{}
	}
	return j + 1, tmSem{op: tmOpDuration, unit: u, n: 1, num: num}
}
