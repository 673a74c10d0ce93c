package article

import (
	"fmt"
	"strings"
	"time"
)

// A Date is a calendar day with no time zone. The zero Date means unknown.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses a day written as YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int { return d.Time().Compare(e.Time()) }

// Sub returns the number of days from e to d.
func (d Date) Sub(e Date) int { return int(d.Time().Sub(e.Time()).Hours() / 24) }

// String formats d as YYYY-MM-DD, or "" when d is unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// A DateRange is what is known of a day: exactly one day when From == To,
// a range of possible days when From is before To, nothing when zero.
type DateRange struct {
	From, To Date
}

// ParseDateRange parses "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD". An empty
// string is the zero (unknown) range.
func ParseDateRange(s string) (DateRange, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DateRange{}, nil
	}
	a, b, isRange := strings.Cut(s, "/")
	from, err := ParseDate(a)
	if err != nil {
		return DateRange{}, err
	}
	if !isRange {
		return DateRange{from, from}, nil
	}
	to, err := ParseDate(b)
	if err != nil {
		return DateRange{}, err
	}
	if to.Before(from) {
		return DateRange{}, fmt.Errorf("bad date range %q: end before start", s)
	}
	return DateRange{from, to}, nil
}

// IsZero reports whether nothing is known.
func (r DateRange) IsZero() bool { return r.From.IsZero() }

// Exact reports whether r is one known day.
func (r DateRange) Exact() bool { return !r.IsZero() && r.From == r.To }

// String formats r as YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD, or "".
func (r DateRange) String() string {
	switch {
	case r.IsZero():
		return ""
	case r.Exact():
		return r.From.String()
	}
	return r.From.String() + "/" + r.To.String()
}
