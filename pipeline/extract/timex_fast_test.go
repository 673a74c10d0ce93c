package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// The tests below hold the fast paths of the time scanner to the plain
// ones they replace: tmFind's packed keys to the maps tmWords and
// tmEvents, tmHasAnchor's trie to a lookup of each word, tokenize's stop
// marks to a scan of the gaps, tmPad to fmt, and the day-number
// arithmetic to article.Date's methods.

// tmPlainWord is what word looks up, read from the maps.
func tmPlainWord(w string) (e tmWord, ok, event bool) {
	if len(w) > tmMaxWord {
		return tmWord{}, false, false
	}
	e, ok = tmWords[strings.ToLower(w)]
	return e, ok, tmEvents[strings.ToLower(w)]
}

// tmPlainAnchor is tmHasAnchor written with the maps.
func tmPlainAnchor(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r >= 128 || !tmIsLetter(byte(r)) }) {
		if e, ok, _ := tmPlainWord(w); ok && len(w) > 1 && tmAnchors[e.cls] {
			return true
		}
	}
	return false
}

// tmEndsSentence is what the stop mark of a token says of the gap g
// after it.
func tmEndsSentence(g string) bool {
	for k := 0; k < len(g); k++ {
		switch g[k] {
		case '\n', ';':
			return true
		case '.', '!', '?':
			if k+1 < len(g) && g[k+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// tmCheckFast reports how tokenize and tmHasAnchor differ on s from the
// plain paths, or "".
func tmCheckFast(s string) string {
	if got, want := tmHasAnchor(s), tmPlainAnchor(s); got != want {
		return fmt.Sprintf("tmHasAnchor(%q) = %v, want %v", s, got, want)
	}
	var sc tmScanner
	sc.tokenize(s)
	for i, t := range sc.toks {
		w := sc.text(i)
		if e, ok, event := tmPlainWord(w); t.digits == 0 {
			if got, want := t.event, event; got != want {
				return fmt.Sprintf("tokenize(%q): %q event = %v, want %v", s, w, got, want)
			}
			if len(w) <= tmMaxWord {
				want := e
				want.event = event
				if got, gok := tmFind(tmKey(w)); gok != (ok || event) || got != want {
					return fmt.Sprintf("tmFind(tmKey(%q)) = %v, %v, want %v, %v", w, got, gok, want, ok || event)
				}
			}
			if ok && t.cls != tmOther && t.cls != e.cls && t.cls != tmPast && t.cls != tmFuture {
				return fmt.Sprintf("tokenize(%q): %q class %d, want %d", s, w, t.cls, e.cls)
			}
		}
		if i+1 < len(sc.toks) && t.stop != tmEndsSentence(sc.gap(i)) {
			return fmt.Sprintf("tokenize(%q): stop after %q = %v, gap %q", s, w, t.stop, sc.gap(i))
		}
	}
	return ""
}

func TestTmFast(t *testing.T) {
	for _, in := range []string{
		"", "a", "I", "Jan", "JANUARY 5", "may", "May", "Mays", "weekend", "Weekends", "fortnightly",
		"the meeting; then. Calls! next? week\nsummit", "e.g. 3.5 days", "abcdefghijklm", "abcdefghijkl",
		"zzzzzzzzzzzz", "A1 road", "éMarch", "the weeks went by", "wow, a press conference",
		"xmas yesterday tonight", "Tue., Feb. 1", "Z z", "[mon]", "ahead", "did", "rejected",
	} {
		if msg := tmCheckFast(in); msg != "" {
			t.Error(msg)
		}
	}
	for w := range tmWords {
		if msg := tmCheckFast(w + " " + strings.ToUpper(w) + "." + w + "s"); msg != "" {
			t.Error(msg)
		}
	}
	for w := range tmEvents {
		if msg := tmCheckFast(w + ", " + strings.ToUpper(w[:1]) + w[1:]); msg != "" {
			t.Error(msg)
		}
	}
	for _, d := range tmSeedDocs(t) {
		for _, sp := range d.Sentences {
			if msg := tmCheckFast(d.Slice(sp)); msg != "" {
				t.Error(msg)
			}
		}
	}
}

func FuzzTmFast(f *testing.F) {
	for _, tc := range tmCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if msg := tmCheckFast(s); msg != "" {
			t.Fatal(msg)
		}
	})
}

func TestTmPad(t *testing.T) {
	for _, tc := range []struct{ v, width int }{
		{0, 4}, {7, 2}, {12, 2}, {123, 2}, {2022, 4}, {999, 4}, {12345, 4}, {-5, 4}, {-12345, 2}, {0, 0}, {5, 1},
	} {
		if got, want := string(tmPad(nil, tc.v, tc.width)), fmt.Sprintf("%0*d", tc.width, tc.v); got != want {
			t.Errorf("tmPad(%d, %d) = %q, want %q", tc.v, tc.width, got, want)
		}
	}
	for _, d := range []article.Date{{}, {Year: 2022, Month: 1, Day: 27}, {Year: 999, Month: 12, Day: 3}, {Year: 12345, Month: 1, Day: 1}, {Year: -1, Month: 1, Day: 1}} {
		if got, want := tmISO(d), d.String(); got != want {
			t.Errorf("tmISO(%#v) = %q, want %q", d, got, want)
		}
	}
}

// TestTmDateArith holds the day-number arithmetic of timex_resolve.go to
// article.Date's, which goes through time.Time.
func TestTmDateArith(t *testing.T) {
	dates := []article.Date{{}, {Year: 2022, Month: 2, Day: 31}, {Year: 2021, Month: 0, Day: 0}, {Year: 2021, Month: 13, Day: 40},
		{Year: -1, Month: 3, Day: 1}, {Year: 1600, Month: 2, Day: 29}, {Year: 1900, Month: 3, Day: 1}, {Year: 9999, Month: 12, Day: 31}}
	for y := 1896; y <= 2104; y += 4 {
		for m := 1; m <= 12; m += 1 + y%3 {
			dates = append(dates, article.Date{Year: y + m%4, Month: time.Month(m), Day: 1 + (y*m)%31})
		}
	}
	for i, d := range dates {
		for _, n := range []int{0, 1, -1, 6, -7, 28, 29, -365, 366, 1461, -36524, 146097, 200000, -200000} {
			if got, want := tmAddDays(d, n), d.AddDays(n); got != want {
				t.Errorf("tmAddDays(%v, %d) = %v, want %v", d, n, got, want)
			}
		}
		if got, want := tmWeekdayOf(d), d.Weekday(); got != want {
			t.Errorf("tmWeekdayOf(%#v) = %v, want %v", d, got, want)
		}
		for _, e := range dates[max(0, i-3) : i+1] {
			if got, want := tmBefore(d, e), d.Before(e); got != want {
				t.Errorf("tmBefore(%v, %v) = %v, want %v", d, e, got, want)
			}
			if got, want := tmSub(d, e), d.Sub(e); got != want {
				t.Errorf("tmSub(%v, %v) = %v, want %v", d, e, got, want)
			}
			if got, want := tmSub(e, d), e.Sub(d); got != want {
				t.Errorf("tmSub(%v, %v) = %v, want %v", e, d, got, want)
			}
		}
		if got, want := tmDate(d.Year, int(d.Month)+5, d.Day-40), article.DateOf(time.Date(d.Year, d.Month+5, d.Day-40, 0, 0, 0, 0, time.UTC)); got != want {
			t.Errorf("tmDate(%d, %d, %d) = %v, want %v", d.Year, d.Month+5, d.Day-40, got, want)
		}
	}
}
