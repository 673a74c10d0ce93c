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
		t = tmOneDay(ref.AddDays(m.n))
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

func tmDate(y, m, d int) article.Date {
	return article.DateOf(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
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
	for !tmDayExists(past, 2, 29) || ref.Before(tmDate(past, 2, 29)) {
		past--
	}
	for !tmDayExists(next, 2, 29) || tmDate(next, 2, 29).Before(ref) {
		next++
	}
	switch {
	case tense == tmPastTense:
		return past
	case tense == tmFutureTense || tmDate(next, 2, 29).Sub(ref) < ref.Sub(tmDate(past, 2, 29)):
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
		case e.Before(ref):
			dist = ref.Sub(e)
			if tense == tmFutureTense {
				continue
			}
		case ref.Before(s):
			dist = s.Sub(ref) + 1
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
		if s, e := tmSeasonDays(m.m, this); tense == tmPastTense && ref.Before(s) {
			dir = -2
		} else if tense == tmFutureTense && e.Before(ref) {
			dir = 2
		}
	}
	switch dir {
	case -1, -2:
		for y := this; ; y-- {
			s, e := tmSeasonDays(m.m, y)
			if e.Before(ref) && (dir == -1 || !ref.Before(s)) {
				return y
			}
		}
	case 1, 2:
		for y := this; ; y++ {
			s, _ := tmSeasonDays(m.m, y)
			if ref.Before(s) {
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
	back := (int(ref.Weekday()) - int(want) + 7) % 7
	switch m.dir {
	case tmWdBare:
		if tense == tmFutureTense {
			return ref.AddDays((7 - back) % 7)
		}
		return ref.AddDays(-back)
	case tmWdPast:
		if back == 0 {
			back = 7
		}
		return ref.AddDays(-back)
	case tmWdComing:
		return ref.AddDays(7 - back)
	}
	monday := ref.AddDays(-tmISODay(ref.Weekday()) + 1)
	week := 0
	switch m.dir {
	case tmWdLast:
		week = -1
	case tmWdNext:
		week = 1
	}
	return monday.AddDays(7*week + tmISODay(want) - 1)
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
