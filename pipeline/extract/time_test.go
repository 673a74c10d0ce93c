package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Publication days used below, on every weekday.
const (
	tmMon  = "2022-01-31"
	tmTue  = "2022-02-01"
	tmWed  = "2022-01-26"
	tmThu  = "2022-02-17"
	tmFri  = "2022-02-11"
	tmSat  = "2022-02-05"
	tmSun  = "2022-02-06"
	tmJan  = "2022-01-10" // a Monday in January, for year boundaries
	tmOct  = "2022-10-15" // a Saturday in the fall
	tmNone = ""
)

type tmCase struct {
	name, pub, in string
	text          string // the expression to check, as found in in
	timex         string
	start, end    string // "" when unresolved or a duration
	mod           string
	dur           bool
	note          string // a substring of Note, or "" for no note
	event         string
}

var tmCases = []tmCase{
	// absolute dates
	{name: "month day year", pub: tmThu, in: "Talks began on January 27, 2022.", text: "January 27, 2022", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "day month", pub: tmThu, in: "They met on 27 January in Geneva.", text: "27 January", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "abbreviated month", pub: tmThu, in: "It was sent Jan. 27 to Moscow.", text: "Jan. 27", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "iso date", pub: tmThu, in: "Filed 2022-01-27 in court.", text: "2022-01-27", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "us numeric date", pub: tmThu, in: "Dated 1/27/2022, the letter said.", text: "1/27/2022", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "day month without year, past", pub: tmJan, in: "The talks were held on 28 December.", text: "28 December", timex: "2021-12-28", start: "2021-12-28", end: "2021-12-28"},
	{name: "month day without year, future", pub: tmJan, in: "The talks will be held on January 20.", text: "January 20", timex: "2022-01-20", start: "2022-01-20", end: "2022-01-20"},
	{name: "absolute date without publication date", pub: tmNone, in: "It was sent on January 27, 2022.", text: "January 27, 2022", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "month day without publication date", pub: tmNone, in: "It was sent Jan. 27.", text: "Jan. 27", timex: "XXXX-01-27", note: "no publication date"},
	// months, years, seasons
	{name: "in December, published in January", pub: tmJan, in: "Russia massed troops in December.", text: "December", timex: "2021-12", start: "2021-12-01", end: "2021-12-31"},
	{name: "in December, published in October, future", pub: tmOct, in: "The summit will take place in December.", text: "December", timex: "2022-12", start: "2022-12-01", end: "2022-12-31", event: "summit"},
	{name: "month year", pub: tmThu, in: "Since December 2021, troops have gathered.", text: "Since December 2021", timex: "2021-12", start: "2021-12-01", end: "2022-02-17", mod: "ON_OR_AFTER"},
	{name: "in year", pub: tmThu, in: "The treaty lapsed in 2021.", text: "2021", timex: "2021", start: "2021-01-01", end: "2021-12-31"},
	{name: "early month with by", pub: tmMon, in: "A reply is due by early February.", text: "by early February", timex: "2022-02", start: "2022-01-31", end: "2022-02-09", mod: "START"},
	{name: "late month", pub: tmThu, in: "They met in late January.", text: "late January", timex: "2022-01", start: "2022-01-21", end: "2022-01-31", mod: "END"},
	{name: "mid month", pub: tmThu, in: "They met in mid-January.", text: "mid-January", timex: "2022-01", start: "2022-01-11", end: "2022-01-20", mod: "MID"},
	{name: "since last fall in February", pub: tmThu, in: "as claimed since last fall, they said.", text: "since last fall", timex: "2021-FA", start: "2021-09-01", end: "2022-02-17", mod: "ON_OR_AFTER"},
	{name: "last fall in the fall", pub: tmOct, in: "They met last fall.", text: "last fall", timex: "2021-FA", start: "2021-09-01", end: "2021-11-30"},
	{name: "this winter in February", pub: tmThu, in: "Prices rose this winter.", text: "this winter", timex: "2021-WI", start: "2021-12-01", end: "2022-02-28"},
	{name: "next spring", pub: tmThu, in: "Elections are due next spring.", text: "next spring", timex: "2022-SP", start: "2022-03-01", end: "2022-05-31"},
	// weekdays
	{name: "past Tuesday, published Thursday", pub: tmThu, in: "He said on Tuesday that talks failed.", text: "Tuesday", timex: "2022-02-15", start: "2022-02-15", end: "2022-02-15"},
	{name: "past same weekday is that day", pub: tmThu, in: "On Thursday afternoon the envoy visited the ministry.", text: "Thursday afternoon", timex: "2022-02-17", start: "2022-02-17", end: "2022-02-17"},
	{name: "scheduled Tuesday, published Monday", pub: tmMon, in: "ahead of a scheduled phone call between the ministers on Tuesday.", text: "Tuesday", timex: "2022-02-01", start: "2022-02-01", end: "2022-02-01", event: "phone call"},
	{name: "past Monday, published Monday", pub: tmMon, in: "An official confirmed on Monday that they had received it.", text: "Monday", timex: "2022-01-31", start: "2022-01-31", end: "2022-01-31"},
	{name: "future Monday, published Monday", pub: tmMon, in: "The council will meet on Monday.", text: "Monday", timex: "2022-01-31", start: "2022-01-31", end: "2022-01-31"},
	{name: "past Monday, published Sunday", pub: tmSun, in: "The minister spoke on Monday.", text: "Monday", timex: "2022-01-31", start: "2022-01-31", end: "2022-01-31"},
	{name: "future Friday, published Saturday", pub: tmSat, in: "The talks are set to resume on Friday.", text: "Friday", timex: "2022-02-11", start: "2022-02-11", end: "2022-02-11", event: "talks"},
	{name: "past Sunday, published Sunday", pub: tmSun, in: "Protesters gathered on Sunday.", text: "Sunday", timex: "2022-02-06", start: "2022-02-06", end: "2022-02-06"},
	{name: "possessive weekday", pub: tmMon, in: "Monday's meeting was tense.", text: "Monday", timex: "2022-01-31", start: "2022-01-31", end: "2022-01-31", event: "meeting"},
	{name: "weekday without publication date", pub: tmNone, in: "He spoke on Tuesday.", text: "Tuesday", timex: "XXXX-WXX-2", note: "no publication date"},
	{name: "last Monday, published Thursday", pub: tmThu, in: "They met last Monday.", text: "last Monday", timex: "2022-02-07", start: "2022-02-07", end: "2022-02-07"},
	{name: "last Monday, published Monday", pub: tmMon, in: "They met last Monday.", text: "last Monday", timex: "2022-01-24", start: "2022-01-24", end: "2022-01-24"},
	{name: "next Friday, published Tuesday", pub: tmTue, in: "They meet next Friday.", text: "next Friday", timex: "2022-02-11", start: "2022-02-11", end: "2022-02-11"},
	{name: "this past weekend, published Monday", pub: tmMon, in: "Crowds marched this past weekend.", text: "this past weekend", timex: "2022-W04-WE", start: "2022-01-29", end: "2022-01-30"},
	{name: "this past weekend, published Sunday", pub: tmSun, in: "Crowds marched this past weekend.", text: "this past weekend", timex: "2022-W04-WE", start: "2022-01-29", end: "2022-01-30"},
	// days relative to publication
	{name: "today", pub: tmWed, in: "Talks resume today.", text: "today", timex: "2022-01-26", start: "2022-01-26", end: "2022-01-26"},
	{name: "yesterday", pub: tmWed, in: "He left yesterday.", text: "yesterday", timex: "2022-01-25", start: "2022-01-25", end: "2022-01-25"},
	{name: "tomorrow", pub: tmWed, in: "He leaves tomorrow.", text: "tomorrow", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	{name: "tonight", pub: tmWed, in: "He speaks tonight.", text: "tonight", timex: "2022-01-26", start: "2022-01-26", end: "2022-01-26"},
	{name: "today without publication date", pub: tmNone, in: "Talks resume today.", text: "today", timex: "PRESENT_REF", note: "no publication date"},
	{name: "earlier in the day", pub: tmMon, in: "Earlier in the day, envoys met.", text: "Earlier in the day", timex: "2022-01-31", start: "2022-01-31", end: "2022-01-31"},
	{name: "two days ago", pub: tmMon, in: "It arrived two days ago.", text: "two days ago", timex: "2022-01-29", start: "2022-01-29", end: "2022-01-29"},
	{name: "three weeks earlier", pub: tmThu, in: "a document delivered three weeks earlier.", text: "three weeks earlier", timex: "2022-01-27", start: "2022-01-24", end: "2022-01-30", mod: "APPROX", note: "counted from the publication date"},
	{name: "a week later", pub: tmWed, in: "A week later, the reply came.", text: "A week later", timex: "2022-02-02", start: "2022-01-30", end: "2022-02-05", mod: "APPROX", note: "counted from"},
	{name: "a few days ago", pub: tmWed, in: "It happened a few days ago.", text: "a few days ago", timex: "2022-01-23", start: "2022-01-22", end: "2022-01-24", mod: "APPROX"},
	// weeks, months, years relative to publication
	{name: "last week, published Monday", pub: tmMon, in: "NATO replied last week.", text: "last week", timex: "2022-W04", start: "2022-01-24", end: "2022-01-30"},
	{name: "last week, published Sunday", pub: tmSun, in: "NATO replied last week.", text: "last week", timex: "2022-W04", start: "2022-01-24", end: "2022-01-30"},
	{name: "last week, published Thursday", pub: tmThu, in: "NATO replied last week.", text: "last week", timex: "2022-W06", start: "2022-02-07", end: "2022-02-13"},
	{name: "next week, published Sunday", pub: tmSun, in: "They meet next week.", text: "next week", timex: "2022-W06", start: "2022-02-07", end: "2022-02-13"},
	{name: "this week across the year", pub: "2022-01-01", in: "Markets fell this week.", text: "this week", timex: "2021-W52", start: "2021-12-27", end: "2022-01-02"},
	{name: "next month", pub: tmMon, in: "Talks resume next month.", text: "next month", timex: "2022-02", start: "2022-02-01", end: "2022-02-28"},
	{name: "last month in January", pub: tmJan, in: "Talks failed last month.", text: "last month", timex: "2021-12", start: "2021-12-01", end: "2021-12-31"},
	{name: "this year", pub: tmFri, in: "Growth slowed this year.", text: "this year", timex: "2022", start: "2022-01-01", end: "2022-12-31"},
	{name: "earlier this year", pub: tmThu, in: "He was expelled earlier this year.", text: "earlier this year", timex: "2022", start: "2022-01-01", end: "2022-02-17"},
	{name: "later this week", pub: tmTue, in: "A reply is expected later this week.", text: "later this week", timex: "2022-W05", start: "2022-02-01", end: "2022-02-06"},
	{name: "the week before", pub: tmMon, in: "a proposal from the week before.", text: "the week before", timex: "2022-W04", start: "2022-01-24", end: "2022-01-30", note: "counted from"},
	{name: "the previous week", pub: tmThu, in: "They had met the previous week.", text: "the previous week", timex: "2022-W06", start: "2022-02-07", end: "2022-02-13"},
	{name: "in the next few days", pub: tmFri, in: "A decision is due in the next few days.", text: "the next few days", timex: "FUTURE_REF", start: "2022-02-12", end: "2022-02-14"},
	{name: "in recent weeks", pub: tmWed, in: "Troops massed in recent weeks.", text: "recent weeks", timex: "PAST_REF", start: "2021-12-29", end: "2022-01-26"},
	{name: "the past few weeks", pub: tmMon, in: "Over the past few weeks, troops massed.", text: "the past few weeks", timex: "PAST_REF", start: "2022-01-10", end: "2022-01-31"},
	{name: "last week without publication date", pub: tmNone, in: "NATO replied last week.", text: "last week", timex: "XXXX-WXX", note: "no publication date"},
	// publication date known only as a range
	{name: "past Tuesday over a range", pub: "2022-02-02/2022-02-11", in: "On Tuesday, the minister spoke over the phone.", text: "Tuesday", timex: "XXXX-WXX-2", start: "2022-02-01", end: "2022-02-08", note: "publication date known only as a range"},
	{name: "last week over a range", pub: "2022-02-02/2022-02-11", in: "The Kremlin replied last week.", text: "last week", timex: "2022-W0X", start: "2022-01-24", end: "2022-02-06", note: "known only as a range"},
	{name: "absolute date over a range", pub: "2022-02-02/2022-02-11", in: "It was sent on January 27, 2022.", text: "January 27, 2022", timex: "2022-01-27", start: "2022-01-27", end: "2022-01-27"},
	// durations
	{name: "two weeks to leave", pub: tmThu, in: "He was expelled, with two weeks to leave.", text: "two weeks", timex: "P2W", dur: true},
	{name: "for three days", pub: tmThu, in: "The drills lasted for three days.", text: "three days", timex: "P3D", dur: true},
	{name: "in a few weeks", pub: tmThu, in: "It could be ready in a few weeks.", text: "a few weeks", timex: "PXW", dur: true, mod: "APPROX"},
	{name: "hours", pub: tmThu, in: "They talked for 3 hours.", text: "3 hours", timex: "PT3H", dur: true},
	{name: "hyphenated duration", pub: tmThu, in: "a three-day visit to Kyiv", text: "three-day", timex: "P3D", dur: true, event: "visit"},
}

func tmPub(t *testing.T, s string) article.DateRange {
	t.Helper()
	r, err := article.ParseDateRange(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTimes(t *testing.T) {
	for _, tc := range tmCases {
		t.Run(tc.name, func(t *testing.T) {
			var sc tmScanner
			got := sc.find(tc.in, tmPub(t, tc.pub), nil)
			e, ok := tmFindText(got, tc.text)
			if !ok {
				t.Fatalf("find(%q, %q): no %q in %v", tc.in, tc.pub, tc.text, tmTexts(got))
			}
			if msg := tc.check(e.Value); msg != "" {
				t.Errorf("find(%q, %q) %q = %s\n got %+v", tc.in, tc.pub, tc.text, msg, e.Value)
			}
			if tc.in[e.Start:e.End] != e.Text {
				t.Errorf("span %d:%d = %q, want %q", e.Start, e.End, tc.in[e.Start:e.End], e.Text)
			}
		})
	}
}

func (tc tmCase) check(v article.Time) string {
	var bad []string
	add := func(field, got, want string) {
		if got != want {
			bad = append(bad, fmt.Sprintf("%s %q, want %q", field, got, want))
		}
	}
	add("Timex", v.Timex, tc.timex)
	add("Start", v.Start.String(), tc.start)
	add("End", v.End.String(), tc.end)
	add("Mod", v.Mod, tc.mod)
	add("Duration", fmt.Sprint(v.Duration), fmt.Sprint(tc.dur))
	if tc.event != "" {
		add("Event", v.Event, tc.event)
	}
	if tc.note == "" && v.Note != "" || !strings.Contains(v.Note, tc.note) {
		add("Note", v.Note, tc.note)
	}
	return strings.Join(bad, "; ")
}

func tmFindText(es []TimeExpr, text string) (TimeExpr, bool) {
	for _, e := range es {
		if e.Text == text {
			return e, true
		}
	}
	return TimeExpr{}, false
}

func tmTexts(es []TimeExpr) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Text)
	}
	return out
}

// TestTimesNotTimes checks numbers and words that look like times but are
// not: counts, ages, fractions, scores, and words that are also verbs.
func TestTimesNotTimes(t *testing.T) {
	for _, in := range []string{
		"More than 150,000 troops massed on the border.",
		"The 70 years old treaty was signed by 30 countries.",
		"Help is available 24/7 at 3.5 percent.",
		"Prices may fall and troops march on.",
		"One of the 27 members voted no.",
		"Call 555-123-4567 or visit section 1.2.3.",
		"It was earlier than expected and later than planned.",
		"The days of talks are over; weeks or even days remain.",
		"The Sun quoted Jan Smith and Theresa May on a second round.",
	} {
		if got := Times(in, article.Date{Year: 2022, Month: 2, Day: 17}); len(got) != 0 {
			t.Errorf("Times(%q) = %v, want none", in, tmTexts(got))
		}
	}
}

func TestTimesSpans(t *testing.T) {
	in := "On Tuesday, Jan. 25, 2022, and “last week” — and 2 days ago…"
	got := Times(in, article.Date{Year: 2022, Month: 1, Day: 31})
	want := []string{"Tuesday, Jan. 25, 2022", "last week", "2 days ago"}
	if fmt.Sprint(tmTexts(got)) != fmt.Sprint(want) {
		t.Fatalf("Times(%q) = %q, want %q", in, tmTexts(got), want)
	}
	for _, e := range got {
		if in[e.Start:e.End] != e.Text {
			t.Errorf("span %d:%d = %q, want %q", e.Start, e.End, in[e.Start:e.End], e.Text)
		}
	}
}

func ExampleTimes() {
	pub := article.Date{Year: 2022, Month: 1, Day: 31} // a Monday
	s := "NATO replied last week. The ministers spoke on Monday and will hold a phone call on Tuesday."
	for _, e := range Times(s, pub) {
		fmt.Printf("%s: %s %s..%s %q\n", e.Text, e.Value.Timex, e.Value.Start, e.Value.End, e.Value.Event)
	}
	// Output:
	// last week: 2022-W04 2022-01-24..2022-01-30 ""
	// Monday: 2022-01-31 2022-01-31..2022-01-31 ""
	// Tuesday: 2022-02-01 2022-02-01..2022-02-01 "phone call"
}

func TestTmISO(t *testing.T) {
	for _, d := range []article.Date{
		{}, {Year: 2022, Month: 1, Day: 27}, {Year: 1999, Month: 12, Day: 31}, {Year: 7, Month: 3, Day: 4},
		{Year: 2022, Month: 2, Day: 0}, {Year: 12345, Month: 1, Day: 1}, {Year: -5, Month: 1, Day: 1},
		{Year: 2022, Month: 13, Day: 100}, {Year: 2022, Month: -1, Day: 1},
	} {
		if got, want := tmISO(d), d.String(); got != want {
			t.Errorf("tmISO(%+v) = %q, want %q", d, got, want)
		}
	}
}
