package extract

import (
	"fmt"
	"strconv"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Notes that say how a value was read.
const (
	tmNoteNoDate   = "no publication date"
	tmNoteRange    = "publication date known only as a range"
	tmNoteAnchored = "counted from the publication date; the text may count from an earlier event"
)

// resolve reads m against the reference day ref (zero: unknown) with the
// tense of its clause.
func (m tmSem) resolve(ref article.Date, tense tmTense) article.Time {
	if m.op == tmOpDuration {
		return m.duration()
	}
	if ref.IsZero() && !m.absolute() {
		return article.Time{Timex: m.unresolved(), Note: tmNoteNoDate}
	}
	var t article.Time
	switch m.op {
	case tmOpDate, tmOpMonth, tmOpYear:
		t = m.calendar(ref, tense)
	case tmOpSeason:
		y := m.seasonYear(ref, tense)
		t.Start, t.End = tmSeasonDays(m.m, y)
		t.Timex = string(append(tmPad(make([]byte, 0, 8), y, 4), "-"+tmSeasons[m.m]...))
	case tmOpWeekday:
		t = tmOneDay(m.weekday(ref, tense))
	case tmOpRelDay:
		t = tmOneDay(tmAddDays(ref, m.n))
	case tmOpRelUnit:
		t = m.relUnit(ref)
	case tmOpOffset:
		t = m.offset(ref)
	case tmOpPeriod:
		t = m.period(ref)
	case tmOpPart:
		t = m.part(ref)
	}
	if m.anchor && m.op != tmOpOffset {
		t.Note = tmNoteAnchored
	}
	m.narrow(&t)
	m.bound(&t, ref)
	return t
}

// absolute reports whether m names its days without a reference day.
func (m tmSem) absolute() bool {
	switch m.op {
	case tmOpYear:
		return true
	case tmOpDate, tmOpMonth, tmOpSeason:
		return m.hasYear
	}
	return false
}

func tmOneDay(d article.Date) article.Time {
	return article.Time{Timex: tmISO(d), Start: d, End: d}
}

// tmDate returns the day y-m-d, a month or day out of range carried
// over as time.Date does ("March 0" is the last day of February).
func tmDate(y, m, d int) article.Date {
	return tmCivil(tmDayNum(y, m, d))
}

// The date arithmetic below is article.Date's (AddDays, Weekday, Before,
// Sub) on day numbers, without building a time.Time for each step:
// resolving one expression takes a dozen of them.

// tmDayNum returns the days from 1970-01-01 to y-m-d, carrying a month or
// day out of range over as time.Date does. It is days_from_civil of
// Howard Hinnant's date algorithms, for the proleptic Gregorian calendar.
func tmDayNum(y, m, d int) int {
	m--
	y, m = y+tmFloorDiv(m, 12), m-12*tmFloorDiv(m, 12)+1 // month 1..12
	if m <= 2 {
		y--
	}
	era := tmFloorDiv(y, 400)
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	return era*146097 + yoe*365 + yoe/4 - yoe/100 + doy - 719468
}

// tmCivil is the inverse of tmDayNum: civil_from_days.
func tmCivil(n int) article.Date {
	n += 719468
	era := tmFloorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return article.Date{Year: y, Month: time.Month(m), Day: doy - (153*mp+2)/5 + 1}
}

func tmFloorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

func tmDays(d article.Date) int { return tmDayNum(d.Year, int(d.Month), d.Day) }

// tmAddDays is d.AddDays(n).
func tmAddDays(d article.Date, n int) article.Date { return tmCivil(tmDays(d) + n) }

// tmWeekdayOf is d.Weekday(): 1970-01-01 was a Thursday.
func tmWeekdayOf(d article.Date) time.Weekday {
	return time.Weekday((tmDays(d)%7 + 7 + 4) % 7)
}

// tmBefore is d.Before(e).
func tmBefore(d, e article.Date) bool { return tmDays(d) < tmDays(e) }

// tmSub is d.Sub(e), which counts through a time.Duration and so stops
// at about 292 years; past that, it is asked.
func tmSub(d, e article.Date) int {
	if n := tmDays(d) - tmDays(e); n > -100000 && n < 100000 {
		return n
	}
	return d.Sub(e)
}

// calendar resolves dates, months and years; a missing year is the one
// that puts the day on the side of ref the tense asks for (nearest when
// the tense is unknown). "Last June" is June of last year.
func (m tmSem) calendar(ref article.Date, tense tmTense) article.Time {
	days := func(y int) (article.Date, article.Date) {
		switch m.op {
		case tmOpDate:
			d := tmDate(y, m.m, m.d)
			return d, d
		case tmOpMonth:
			return tmDate(y, m.m, 1), tmDate(y, m.m+1, 0)
		}
		return tmDate(y, 1, 1), tmDate(y, 12, 31)
	}
	y := m.y
	switch {
	case m.hasYear:
	case m.op == tmOpMonth && m.n == 1:
		y = ref.Year + m.dir
	case m.op == tmOpDate && m.n == 2: // "the 20th of next month"
		first := tmAddMonths(article.Date{Year: ref.Year, Month: ref.Month, Day: 1}, m.dir)
		y, m.m = first.Year, int(first.Month)
	case m.op == tmOpDate && !tmDayExists(2000, m.m, m.d):
		return article.Time{Timex: m.unresolved(), Note: "no such day"}
	case m.op == tmOpDate && m.m == 2 && m.d == 29:
		y = tmPickLeap(ref, tense)
	default:
		y = tmPickYear(ref, tense, days)
	}
	var t article.Time
	t.Start, t.End = days(y)
	var buf [24]byte
	b := tmPad(buf[:0], y, 4)
	if m.op == tmOpDate || m.op == tmOpMonth {
		b = tmPad(append(b, '-'), m.m, 2)
	}
	if m.op == tmOpDate {
		b = tmPad(append(b, '-'), m.d, 2)
	}
	t.Timex = string(b)
	return t
}

// tmDayExists reports whether day d of month m exists in year y.
func tmDayExists(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= tmDate(y, m+1, 0).Day
}

// tmPickLeap places a February 29 with no year in a leap year, as
// tmPickYear places other days.
func tmPickLeap(ref article.Date, tense tmTense) int {
	past, next := ref.Year, ref.Year
	for !tmDayExists(past, 2, 29) || tmBefore(ref, tmDate(past, 2, 29)) {
		past--
	}
	for !tmDayExists(next, 2, 29) || tmBefore(tmDate(next, 2, 29), ref) {
		next++
	}
	switch {
	case tense == tmPastTense:
		return past
	case tense == tmFutureTense || tmSub(tmDate(next, 2, 29), ref) < tmSub(ref, tmDate(past, 2, 29)):
		return next
	}
	return past
}

// tmPickYear chooses among last, this and next year the reading whose
// days lie on or before ref (past tense), on or after it (future), or are
// nearest to it (unknown tense; ties go to the past).
func tmPickYear(ref article.Date, tense tmTense, days func(int) (article.Date, article.Date)) int {
	best, bestDist := ref.Year, 1<<30
	for y := ref.Year - 1; y <= ref.Year+1; y++ {
		s, e := days(y)
		var dist int
		switch {
		case tmBefore(e, ref):
			dist = tmSub(ref, e)
			if tense == tmFutureTense {
				continue
			}
		case tmBefore(ref, s):
			dist = tmSub(s, ref) + 1
			if tense == tmPastTense {
				continue
			}
		default:
			return y
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// tmSeasonDays returns the days of a season of year y: spring is March
// to May, summer June to August, fall September to November, and winter
// December of y to February of y+1.
func tmSeasonDays(season, y int) (article.Date, article.Date) {
	first := 3 * season // 3, 6, 9, 12
	return tmDate(y, first, 1), tmDate(y, first+3, 0)
}

// seasonYear places a season: "last fall" is the latest fall over before
// ref, "next spring" the first not yet begun, "this summer" the one of
// ref's year, and a bare season follows the tense.
func (m tmSem) seasonYear(ref article.Date, tense tmTense) int {
	if m.hasYear {
		return m.y
	}
	this := ref.Year
	if m.m == 4 && ref.Month <= 2 {
		this--
	}
	dir := m.dir
	if m.n == 0 { // bare: by tense
		dir = 0
		if s, e := tmSeasonDays(m.m, this); tense == tmPastTense && tmBefore(ref, s) {
			dir = -2
		} else if tense == tmFutureTense && tmBefore(e, ref) {
			dir = 2
		}
	}
	switch dir {
	case -1, -2:
		for y := this; ; y-- {
			s, e := tmSeasonDays(m.m, y)
			if tmBefore(e, ref) && (dir == -1 || !tmBefore(ref, s)) {
				return y
			}
		}
	case 1, 2:
		for y := this; ; y++ {
			s, _ := tmSeasonDays(m.m, y)
			if tmBefore(ref, s) {
				return y
			}
		}
	}
	return this
}

// weekday places a weekday: by tense when bare (past: the latest on or
// before ref, so a past "on Thursday" in a Thursday's paper is that day;
// future: the first on or after ref), in the previous, current or next
// ISO week after last, this or next, and strictly before or after ref
// after "this past" and "this coming".
func (m tmSem) weekday(ref article.Date, tense tmTense) article.Date {
	want := time.Weekday(m.wd)
	back := (int(tmWeekdayOf(ref)) - int(want) + 7) % 7
	switch m.dir {
	case tmWdBare:
		if tense == tmFutureTense {
			return tmAddDays(ref, (7-back)%7)
		}
		return tmAddDays(ref, -back)
	case tmWdPast:
		if back == 0 {
			back = 7
		}
		return tmAddDays(ref, -back)
	case tmWdComing:
		return tmAddDays(ref, 7-back)
	}
	monday := tmAddDays(ref, -tmISODay(tmWeekdayOf(ref))+1)
	week := 0
	switch m.dir {
	case tmWdLast:
		week = -1
	case tmWdNext:
		week = 1
	}
	return tmAddDays(monday, 7*week+tmISODay(want)-1)
}

// tmISODay numbers weekdays as ISO 8601 does: Monday 1 to Sunday 7.
func tmISODay(w time.Weekday) int {
	if w == time.Sunday {
		return 7
	}
	return int(w)
}

func tmWeekTimex(d article.Date) string {
	y, w := d.Time().ISOWeek()
	var buf [16]byte
	return string(tmPad(append(tmPad(buf[:0], y, 4), "-W"...), w, 2))
}

// tmISO returns d.String() ("2022-01-27") without fmt, which would box
// each number: a time expression makes one or two of these.
func tmISO(d article.Date) string {
	var buf [24]byte
	return string(tmAppendISO(buf[:0], d))
}

// tmAppendISO appends d.String() to b.
func tmAppendISO(b []byte, d article.Date) []byte {
	if d.IsZero() {
		return b
	}
	b = tmPad(b, d.Year, 4)
	b = tmPad(append(b, '-'), int(d.Month), 2)
	return tmPad(append(b, '-'), d.Day, 2)
}

// tmPad appends v in decimal with zeros before it up to width digits,
// as fmt's %0*d does.
func tmPad(b []byte, v, width int) []byte {
	if v < 0 {
		return fmt.Appendf(b, "%0*d", width, v) // never for the days news is about
	}
	n := 1
	for x := v; x >= 10; x /= 10 {
		n++
	}
	for ; n < width; n++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}
