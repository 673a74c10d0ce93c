package reconcile

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

func TestFpDate(t *testing.T) {
	for _, d := range []article.Date{{}, {Year: 2022, Month: 2, Day: 1}, {Year: 7, Month: 12, Day: 31},
		{Year: 10000, Month: 1, Day: 1}, {Year: -5, Month: 1, Day: 1}, {Year: 2022, Month: 13, Day: 40}, {Month: 1}} {
		if got, want := fpDate(d), d.String(); got != want {
			t.Errorf("fpDate(%#v) = %q, want %q", d, got, want)
		}
		for _, r := range []article.DateRange{{From: d, To: d}, {From: d, To: article.Date{Year: 2023, Month: 1, Day: 2}}} {
			if got, want := fpDateRange(r), r.String(); got != want {
				t.Errorf("fpDateRange(%#v) = %q, want %q", r, got, want)
			}
		}
	}
}
