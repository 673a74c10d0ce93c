package extract_test

import (
	"math"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
)

// TestSeedQuantities checks each troop count of the seeds: its interval,
// its unit and that troops and soldiers share a category.
func TestSeedQuantities(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		doc, text       string
		low, high       float64
		lowIn, highIn   bool
		approx          bool
		qualifier, unit string
		about           string
	}{
		{"000", "as many as 150,000", 0, 150000, false, true, true, "as many as", "troop", "around the borders of the EU"},
		{"001", "tens of thousands of soldiers", 20000, 100000, true, false, true, "", "soldier", "along the Belarusian-Ukrainian border"},
		{"001", "more than 100,000 troops", 100000, inf, false, false, false, "more than", "troop", "along its border with Ukraine"},
		{"001", "nearly 5,000 troops", 4500, 5000, true, false, true, "nearly", "troop", "to Belarus"},
		{"001", "more than 30,000 troops", 30000, inf, false, false, false, "more than", "troop", "near the border between Belarus and Ukraine"},
		{"003", "tens of thousands of troops", 20000, 100000, true, false, true, "", "troop", "at Ukraine’s border"},
	}
	claims := map[string][]article.Claim{}
	for _, d := range seedDocs(t) {
		claims[d.ID[:3]] = extract.FindQuantities(&d)
	}
	for _, tc := range tests {
		t.Run(tc.doc+"/"+tc.text, func(t *testing.T) {
			i := slices.IndexFunc(claims[tc.doc], func(c article.Claim) bool { return c.Text == tc.text })
			if i < 0 {
				t.Fatalf("seed %s: no claim %q among %d", tc.doc, tc.text, len(claims[tc.doc]))
			}
			q := claims[tc.doc][i].Quantity
			iv := q.Interval
			if iv.Low != tc.low || iv.High != tc.high || iv.LowInclusive != tc.lowIn || iv.HighInclusive != tc.highIn ||
				iv.Approximate != tc.approx || iv.Qualifier != tc.qualifier {
				t.Errorf("seed %s %q: interval %+v, want low %g high %g inclusive %v/%v approximate %v qualifier %q",
					tc.doc, tc.text, iv, tc.low, tc.high, tc.lowIn, tc.highIn, tc.approx, tc.qualifier)
			}
			if q.Unit != tc.unit || q.Category != "military personnel" || q.About != tc.about {
				t.Errorf("seed %s %q: unit %q category %q about %q, want %q %q %q",
					tc.doc, tc.text, q.Unit, q.Category, q.About, tc.unit, "military personnel", tc.about)
			}
		})
	}
}

// TestSeedNoYearsOrDates checks that no claim of the seeds is a year, a
// date or a duration: every claim has a unit or a qualifier.
func TestSeedNoYearsOrDates(t *testing.T) {
	for _, d := range seedDocs(t) {
		for _, c := range extract.FindQuantities(&d) {
			if c.Quantity.Unit == "" && c.Quantity.Qualifier == "" {
				t.Errorf("seed %s: claim %q has neither unit nor qualifier", d.ID, c.Text)
			}
			if d.Text[c.Span.Start:c.Span.End] != c.Text || !c.Sentence.Contains(c.Span) {
				t.Errorf("seed %s: claim %q: span %v outside its text or sentence %v", d.ID, c.Text, c.Span, c.Sentence)
			}
		}
	}
}

func BenchmarkQuantities(b *testing.B) {
	docs := seedDocs(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for i := range docs {
			extract.FindQuantities(&docs[i])
		}
	}
}

// BenchmarkNumScan times the numeral scanner alone over the seeds: the
// pass over every byte that appendQuantities starts with.
func BenchmarkNumScan(b *testing.B) {
	docs := seedDocs(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for i := range docs {
			extract.NumScanLen(docs[i].Text)
		}
	}
}
