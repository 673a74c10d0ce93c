package extract

import (
	"strconv"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Per-unit constants, indexed by tmUnitKind.
var (
	tmSlack      = [...]int{tmWeek: 3, tmMonthU: 15, tmYear: 182, tmSecond: 0}
	tmVagueSlack = [...]int{tmDay: 1, tmWeek: 7, tmMonthU: 30, tmYear: 365, tmSecond: 0}
	tmRecentN    = [...]int{tmDay: 7, tmWeek: 4, tmMonthU: 3, tmYear: 3, tmSecond: 0}
	tmLetters    = [...]string{tmDay: "D", tmWeek: "W", tmMonthU: "M", tmYear: "Y",
		tmWeekend: "W", tmFortnight: "W", tmHour: "H", tmMinute: "M", tmSecond: "S"}
	tmXUnit = [...]string{tmDay: "XXXX-XX-XX", tmWeek: "XXXX-WXX", tmWeekend: "XXXX-WXX-WE",
		tmMonthU: "XXXX-XX", tmYear: "XXXX", tmSecond: "XXXX-XX-XX"}
)

// unitSpan returns the first and last day of the week, weekend, month or
// year holding d, with its TIMEX3 value.
func tmUnitSpan(u tmUnitKind, d article.Date) (article.Date, article.Date, string) {
	switch u {
	case tmWeek, tmWeekend:
		mon := tmAddDays(d, 1-tmISODay(tmWeekdayOf(d)))
		if u == tmWeekend {
			return tmAddDays(mon, 5), tmAddDays(mon, 6), tmWeekTimex(d) + "-WE"
		}
		return mon, tmAddDays(mon, 6), tmWeekTimex(d)
	case tmMonthU:
		s := tmDate(d.Year, int(d.Month), 1)
		return s, tmDate(d.Year, int(d.Month)+1, 0), tmISO(s)[:7]
	case tmYear:
		s := tmDate(d.Year, 1, 1)
		return s, tmDate(d.Year, 12, 31), tmISO(s)[:4]
	}
	return d, d, tmISO(d)
}

// tmShiftDate moves d by n units.
func tmShiftDate(d article.Date, u tmUnitKind, n int) article.Date {
	switch u {
	case tmWeek, tmWeekend:
		return tmAddDays(d, 7*n)
	case tmMonthU:
		return tmAddMonths(d, n)
	case tmYear:
		return tmAddMonths(d, 12*n)
	case tmDay:
		return tmAddDays(d, n)
	}
	return d
}

// tmAddMonths moves d by n months, keeping the day within the month
// reached: a month after January 31 is February 28, not March 3.
func tmAddMonths(d article.Date, n int) article.Date {
	first := tmDate(d.Year, int(d.Month)+n, 1)
	last := tmDate(first.Year, int(first.Month)+1, 0)
	if d.Day > last.Day {
		return last
	}
	return article.Date{Year: first.Year, Month: first.Month, Day: d.Day}
}

// relUnit resolves "last week", "this month", "next year", "the day
// before", "this past weekend".
func (m tmSem) relUnit(ref article.Date) article.Time {
	var t article.Time
	switch m.dir {
	case tmWdPast: // the weekend before ref
		sun := tmAddDays(ref, -int(tmWeekdayOf(ref)))
		if sun == ref {
			sun = tmAddDays(ref, -7)
		}
		t.Start, t.End, t.Timex = tmUnitSpan(tmWeekend, sun)
	case tmWdComing:
		t.Start, t.End, t.Timex = tmUnitSpan(tmWeekend, tmAddDays(ref, 6-int(tmWeekdayOf(ref))%7+1))
	default:
		t.Start, t.End, t.Timex = tmUnitSpan(m.unit, tmShiftDate(ref, m.unit, m.dir))
	}
	return t
}

// offset resolves "two days ago", "three weeks earlier", "a week later",
// "two weeks from now" to one day. Counts of weeks, months and years
// name a day only roughly: Mod is APPROX and Start and End allow half a
// unit either side (three weeks earlier: 21 days back, give or take 3);
// a vague count ("a few days ago", read as 3) allows a whole unit.
func (m tmSem) offset(ref article.Date) article.Time {
	d := tmShiftDate(ref, m.unit, m.n)
	t := tmOneDay(d)
	slack := tmSlack[m.unit]
	if m.vague {
		slack = tmVagueSlack[m.unit]
	}
	if slack > 0 {
		t.Mod, t.Start, t.End = "APPROX", tmAddDays(d, -slack), tmAddDays(d, slack)
	}
	if m.anchor {
		t.Note = tmNoteAnchored
	}
	return t
}

// period resolves "the past few weeks", "next 3 days", "in recent
// weeks": PAST_REF from n units before ref to ref, or FUTURE_REF from
// the day after ref to n units after it. "Recent" reads as the last 7
// days, 4 weeks, 3 months or 3 years.
func (m tmSem) period(ref article.Date) article.Time {
	n := m.n
	if m.vague && n == -1 { // recent
		n = -tmRecentN[m.unit]
	}
	if n < 0 {
		return article.Time{Timex: "PAST_REF", Start: tmShiftDate(ref, m.unit, n), End: ref}
	}
	start := tmAddDays(ref, 1)
	if m.within {
		start = ref
	}
	return article.Time{Timex: "FUTURE_REF", Start: start, End: tmShiftDate(ref, m.unit, n)}
}

// part resolves "earlier this year" (the year, from its start to ref),
// "later this week" (from ref to the week's end), "earlier in the day".
func (m tmSem) part(ref article.Date) article.Time {
	var t article.Time
	t.Start, t.End, t.Timex = tmUnitSpan(m.unit, ref)
	if m.dir < 0 {
		t.End = ref
	} else {
		t.Start = ref
	}
	return t
}

// narrow applies early, mid or late: the first, middle or last third of
// the days, with TIMEX3's START, MID or END.
func (m tmSem) narrow(t *article.Time) {
	if m.edge == 0 || t.Start.IsZero() {
		return
	}
	n := tmSub(t.End, t.Start) + 1
	s, e := t.Start, t.End
	switch m.edge {
	case tmStart:
		e = tmAddDays(s, n/3-1)
	case tmMid:
		s, e = tmAddDays(s, n/3), tmAddDays(s, 2*n/3-1)
	case tmEnd:
		s = tmAddDays(s, 2*n/3)
	}
	t.Start, t.End, t.Mod = s, e, tmEdgeMods[m.edge]
}

// bound applies "since" (from the time to ref, ON_OR_AFTER), "by" and
// "until" (from ref to the time, ON_OR_BEFORE). A Mod set by early, mid
// or late is kept.
func (m tmSem) bound(t *article.Time, ref article.Date) {
	if m.prep == 0 || t.Start.IsZero() {
		return
	}
	mod := "ON_OR_BEFORE"
	if m.prep == tmSince {
		mod = "ON_OR_AFTER"
		if !ref.IsZero() && tmBefore(t.End, ref) {
			t.End = ref
		}
	} else if !ref.IsZero() && tmBefore(ref, t.Start) {
		t.Start = ref
	}
	if t.Mod == "" {
		t.Mod = mod
	}
}

// duration writes an amount of time: P2W, P3D, PT3H, P0.5Y, PXW for "a
// few weeks".
func (m tmSem) duration() article.Time {
	letter := tmLetters[m.unit]
	p := "P"
	if m.unit >= tmHour {
		p = "PT"
	}
	t := article.Time{Timex: p + m.num + letter, Duration: true}
	if m.vague {
		t.Mod = "APPROX"
	}
	return t
}

// unresolved writes the value of m with X for what only a reference day
// would tell: XXXX-WXX-2 for a Tuesday, XXXX-12 for December.
func (m tmSem) unresolved() string {
	switch m.op {
	case tmOpDate:
		if m.m == 0 {
			return string(tmPad([]byte("XXXX-XX-"), m.d, 2))
		}
		return string(tmPad(append(tmPad([]byte("XXXX-"), m.m, 2), '-'), m.d, 2))
	case tmOpMonth:
		return string(tmPad([]byte("XXXX-"), m.m, 2))
	case tmOpSeason:
		return "XXXX-" + tmSeasons[m.m]
	case tmOpWeekday:
		return "XXXX-WXX-" + strconv.Itoa(tmISODay(time.Weekday(m.wd)))
	case tmOpRelDay:
		if m.n == 0 {
			return "PRESENT_REF"
		}
	case tmOpPeriod:
		if m.n < 0 {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	case tmOpRelUnit, tmOpPart:
		return tmXUnit[m.unit]
	}
	return "XXXX-XX-XX"
}
