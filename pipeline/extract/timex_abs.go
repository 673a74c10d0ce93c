package extract

import "strings"

// matchWeekday reads a weekday, with what can follow it: "Monday,
// January 31, 2022", "Tuesday next week", "Friday of next week",
// "Thursday afternoon".
func (sc *tmScanner) matchWeekday(i int) (int, tmSem) {
	wd := sc.toks[i].val
	if sc.near(i) && sc.cls(i+1) == tmMonth {
		if j, m := sc.matchMonth(i + 1); j > i+1 && m.op == tmOpDate {
			return j, m
		}
	}
	if sc.near(i) && sc.cls(i+1) == tmNum && sc.toks[i+1].digits > 0 && sc.toks[i+1].val <= 31 {
		if j, m := sc.matchDayMonth(i + 1); j > i+1 {
			return j, m // "Wed, 22 of Jan"
		}
	}
	if sc.spaced(i) && sc.tok(i+1).digits > 0 {
		if j, m := sc.matchDigitDate(i + 1); j > i+1 && m.op == tmOpDate {
			return j, m // "Friday 7/6"
		}
	}
	k := i + 1
	if sc.spaced(i) && sc.is(k, "of") && sc.spaced(k) {
		k++
	}
	if sc.spaced(k-1) && sc.cls(k) == tmDir && sc.toks[k].val != 0 && sc.spaced(k) && sc.is(k+1, "week") {
		dir := tmWdLast
		if sc.toks[k].val > 0 {
			dir = tmWdNext
		}
		return k + 2, tmSem{op: tmOpWeekday, wd: wd, dir: dir}
	}
	return sc.partOfDay(i + 1), tmSem{op: tmOpWeekday, wd: wd, dir: tmWdBare}
}

// matchMonth reads a month with what can follow it: "January 27, 2022",
// "Jan. 27", "Oct-2", "December 2021", "November, 2016", or the month
// alone ("in December").
func (sc *tmScanner) matchMonth(i int) (int, tmSem) {
	t := sc.toks[i]
	m := tmSem{op: tmOpMonth, m: t.val}
	k := i + 1
	g := sc.gap(i)
	abbr := t.end-t.start <= 4
	if sc.is(k, "of") && sc.spaced(i) && sc.spaced(k) && tmIsYear(sc.tok(k+1)) {
		m.y, m.hasYear = sc.toks[k+1].val, true
		return k + 2, m
	}
	if n := sc.tok(k); n.cls == tmNum && n.digits > 0 && tmMonthDayGap(g, abbr) {
		if tmIsYear(n) && g != "" && g != "/" {
			m.y, m.hasYear = n.val, true
			return k + 1, m
		}
		if n.digits <= 2 && n.val >= 1 && n.val <= 31 && !sc.numberGoesOn(k) {
			m.op, m.d = tmOpDate, n.val
			return sc.year(k+1, m)
		}
	}
	if (!t.upper || t.alone) && !sc.lowerMonthOK(i) {
		return i, tmSem{} // "Jan" and "May" alone are names
	}
	if sc.spaced(i) && sc.cls(k) == tmDir && sc.spaced(k) && sc.is(k+1, "year") {
		m.n, m.dir = 1, sc.toks[k].val // "June next year"
		return k + 2, m
	}
	return k, m
}

// tmMonthDayGap reports whether g may separate a month from its day:
// "Jan 27", "Jan. 27", "Oct-2", "Oct/2", "Oct2", "November, 2016".
func tmMonthDayGap(g string, abbr bool) bool {
	switch g {
	case " ", "", "-", "/", ", ", " , ":
		return true
	case ". ", ".":
		return abbr
	}
	return false
}

// numberGoesOn reports whether the number at k is part of a longer
// number ("27,000", "3.5") and so not a day.
func (sc *tmScanner) numberGoesOn(k int) bool {
	g := sc.gap(k)
	return (g == "," || g == ".") && sc.tok(k+1).digits > 0
}

// lowerMonthOK accepts a lower-case month name after a word that makes
// it a month: "in december", "last sept".
func (sc *tmScanner) lowerMonthOK(i int) bool {
	if !sc.spaced(i - 1) {
		return false
	}
	switch sc.cls(i - 1) {
	case tmPrep, tmDir, tmEdge, tmOf:
		return true
	}
	return false
}

// year reads an optional year after a day: ", 2022", " 2022".
func (sc *tmScanner) year(k int, m tmSem) (int, tmSem) {
	g := sc.gap(k - 1)
	if g == " " && sc.is(k, "of") && sc.spaced(k) && tmIsYear(sc.tok(k+1)) {
		m.y, m.hasYear = sc.toks[k+1].val, true // "January 12 of 2016"
		return k + 2, m
	}
	if (g == ", " || g == " " || g == "," || g == ". " || g == " , ") && tmIsYear(sc.tok(k)) {
		m.y, m.hasYear = sc.toks[k].val, true
		return k + 1, m
	}
	return k, m
}

// matchDayMonth reads "27 January", "1st Jan", "22 of Jan", "15 June
// 2016", "16. Nov. 2016".
func (sc *tmScanner) matchDayMonth(i int) (int, tmSem) {
	t := sc.toks[i]
	if t.digits > 2 || t.val < 1 || t.val > 31 {
		return i, tmSem{}
	}
	k := i + 1
	g := sc.gap(i)
	if g == " " && sc.is(k, "of") && sc.spaced(k) {
		k++
		if sc.cls(k) == tmDir && sc.spaced(k) && sc.is(k+1, "month") {
			return k + 2, tmSem{op: tmOpDate, d: t.val, n: 2, dir: sc.toks[k].val} // "20th of next month"
		}
	} else if g != " " && g != "-" && g != "" && g != ". " {
		return i, tmSem{}
	}
	if sc.cls(k) != tmMonth || g == "" && !t.ord && sc.toks[k].end-sc.toks[k].start < 3 {
		return i, tmSem{}
	}
	m := tmSem{op: tmOpDate, m: sc.toks[k].val, d: t.val}
	return sc.year(k+1, m)
}

// matchNumeric reads dates written with digits: "2022-01-27",
// "1/27/2022", "21/04/16", "13.5.2015", "2015/08/12", "2019-sep-1", "4/22",
// "2016-11", "11/2016", a day before a month ("27 January"), a year
// before a month ("2016 June"), and a year after a preposition ("in 2021").
func (sc *tmScanner) matchNumeric(i int) (int, tmSem) {
	if p := sc.gap(i - 1); (p == "/" || p == "-" || p == "." || p == ":" || p == ",") && sc.cls(i-1) == tmNum {
		return i, tmSem{} // inside a longer number or date
	}
	if j, m := sc.matchDigitDate(i); j > i {
		return j, m
	}
	if j, m := sc.matchDayMonth(i); j > i {
		return j, m
	}
	if j, m := sc.matchSpacedYearMonth(i); j > i {
		return j, m
	}
	t := sc.toks[i]
	if !tmIsYear(t) {
		return i, tmSem{}
	}
	if g := sc.gap(i); (g == " " || g == ", " || g == " , ") && sc.cls(i+1) == tmMonth {
		return i + 2, tmSem{op: tmOpMonth, y: t.val, m: sc.toks[i+1].val, hasYear: true}
	}
	if sc.spaced(i-1) && (sc.cls(i-1) == tmPrep || sc.cls(i-1) == tmOf || sc.cls(i-1) == tmEdge) {
		return i + 1, tmSem{op: tmOpYear, y: t.val, hasYear: true}
	}
	return i, tmSem{}
}

// matchSpacedYearMonth reads a year and a month number around a slash or
// hyphen with spaces: "2016 / 11", "11 - 2016".
func (sc *tmScanner) matchSpacedYearMonth(i int) (int, tmSem) {
	g := strings.TrimSpace(sc.gap(i))
	if g != "/" && g != "-" || len(sc.gap(i)) == 1 || sc.tok(i+1).digits == 0 {
		return i, tmSem{}
	}
	if g2 := strings.TrimSpace(sc.gap(i + 1)); (g2 == "/" || g2 == "-") && sc.tok(i+2).digits > 0 {
		return i, tmSem{}
	}
	y, mo := sc.toks[i], sc.toks[i+1]
	if !tmIsYear(y) {
		y, mo = mo, y
	}
	if !tmIsYear(y) || mo.digits > 2 || mo.val < 1 || mo.val > 12 {
		return i, tmSem{}
	}
	return i + 2, tmSem{op: tmOpMonth, y: y.val, m: mo.val, hasYear: true}
}

// matchDigitDate reads two or three numbers joined by one separator.
func (sc *tmScanner) matchDigitDate(i int) (int, tmSem) {
	sep := sc.gap(i)
	if sep != "/" && sep != "-" && sep != "." {
		return i, tmSem{}
	}
	a, b := sc.toks[i], sc.tok(i+1)
	if a.ord || b.ord {
		return i, tmSem{}
	}
	if a.digits == 4 && b.cls == tmMonth && sc.gap(i+1) == sep && sc.tok(i+2).digits > 0 {
		return i + 3, tmSem{op: tmOpDate, y: a.val, m: b.val, d: sc.toks[i+2].val, hasYear: true}
	}
	if b.digits == 0 {
		return i, tmSem{}
	}
	if sc.gap(i+1) == sep && sc.tok(i+2).digits > 0 && !sc.tok(i+2).ord {
		return sc.matchYMD(i, sep)
	}
	if sc.gap(i+1) == sep || sc.gap(i+1) == "." && sc.tok(i+2).digits > 0 {
		return i, tmSem{}
	}
	switch {
	case a.digits == 4 && b.digits <= 2 && b.val >= 1 && b.val <= 12 && tmIsYear(a):
		return i + 2, tmSem{op: tmOpMonth, y: a.val, m: b.val, hasYear: true}
	case b.digits == 4 && a.digits <= 2 && a.val >= 1 && a.val <= 12 && tmIsYear(b) && sep != ".":
		return i + 2, tmSem{op: tmOpMonth, y: b.val, m: a.val, hasYear: true}
	case sep == "/":
		j, m := sc.matchMonthDay(i, false)
		if y := sc.tok(j); j > i && sc.gap(j-1) == "," && (y.digits == 4 || y.digits == 2) && !y.ord {
			m.y, m.hasYear, j = tmFullYear(y), true, j+1 // 11/12,2016
		}
		return j, m
	}
	return i, tmSem{}
}

// tmFullYear reads a year of two or four digits: two-digit years below
// 50 are 20xx, others 19xx.
func tmFullYear(t tmTok) int {
	if t.digits != 2 {
		return t.val
	}
	if t.val < 50 {
		return 2000 + t.val
	}
	return 1900 + t.val
}

// matchMonthDay reads "4/22" or "22/04" (and "4-22" when hyphen is set).
// A day-first pair needs two digits on each side, so that "24/7" is not a
// date; a one-digit day needs a preposition before it ("from 10/1").
func (sc *tmScanner) matchMonthDay(i int, hyphen bool) (int, tmSem) {
	sep := sc.gap(i)
	if sep != "/" && !(hyphen && sep == "-") || sc.gap(i+1) == sep {
		return i, tmSem{}
	}
	a, b := sc.toks[i], sc.tok(i+1)
	if a.digits > 2 || b.digits > 2 || b.digits == 0 || b.ord {
		return i, tmSem{}
	}
	prep := sc.spaced(i-1) && sc.cls(i-1) == tmPrep
	switch {
	case a.val >= 1 && a.val <= 12 && b.val >= 1 && b.val <= 31 && (b.digits == 2 || prep):
		return i + 2, tmSem{op: tmOpDate, m: a.val, d: b.val}
	case a.val > 12 && a.val <= 31 && b.val >= 1 && b.val <= 12 && b.digits == 2:
		return i + 2, tmSem{op: tmOpDate, m: b.val, d: a.val}
	}
	return i, tmSem{}
}

// matchYMD reads three numbers: year first when it has four digits, else
// month first unless the first number cannot be a month (21/04/2016).
// Two-digit years below 50 are 20xx, others 19xx.
func (sc *tmScanner) matchYMD(i int, sep string) (int, tmSem) {
	a, b, c := sc.toks[i], sc.toks[i+1], sc.toks[i+2]
	if g := sc.gap(i + 2); (g == sep || g == ".") && sc.tok(i+3).digits > 0 {
		return i, tmSem{} // four numbers: a version or a phone number
	}
	m := tmSem{op: tmOpDate, hasYear: true}
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2:
		m.y, m.m, m.d = a.val, b.val, c.val
	case a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2 && sep != "."):
		m.y, m.m, m.d = tmFullYear(c), a.val, b.val
		if a.val > 12 {
			m.m, m.d = b.val, a.val
		}
	default:
		return i, tmSem{}
	}
	if m.m < 1 || m.m > 12 || m.d < 1 || m.d > 31 {
		return i, tmSem{}
	}
	return i + 3, m
}
