package dedup

import (
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

func TestCites(t *testing.T) {
	tests := []struct {
		text, outlet string
		want         bool
	}{
		{"The official told The Hill that talks would go on.", "The Hill", true},
		{"The deal was first reported by CNN on Monday.", "CNN", true},
		{"According to Reuters, the talks stalled.", "Reuters", true},
		{"CNN reported that the talks stalled.", "CNN", true},
		{"He was asked about CNN coverage.", "CNN", false},
		{"Police said, according to the Harlow Courier.", "Harlow Courier", true},
		{"The Hillside residents protested.", "The Hill", false},
		{"Nothing here.", "", false},
	}
	for _, tc := range tests {
		if got := cites(tc.text, tc.outlet); got != tc.want {
			t.Errorf("cites(%q, %q) = %v, want %v", tc.text, tc.outlet, got, tc.want)
		}
	}
}

func doc(id, source, published, text string) *article.Doc {
	pub, err := article.ParseDateRange(published)
	if err != nil {
		panic(err)
	}
	return &article.Doc{Article: article.Article{ID: id, Source: source, Published: pub}, Text: text}
}

func TestDirection(t *testing.T) {
	tests := []struct {
		name     string
		a, b     *article.Doc
		contains string
		from     string
		why      string
	}{
		{"earlier", doc("a", "X", "2022-01-31", ""), doc("b", "Y", "2022-02-02/2022-02-11", ""), "",
			"a", "a published earlier (2022-01-31, b 2022-02-02/2022-02-11)"},
		{"overlapping ranges", doc("a", "X", "2022-01-31/2022-02-03", ""), doc("b", "Y", "2022-02-02", ""), "", "", ""},
		{"citation", doc("a", "The Hill", "", ""), doc("b", "Blog (rewrite)", "", "She told The Hill so."), "",
			"a", "b cites The Hill"},
		{"own outlet", doc("a", "CNN", "", "CNN’s reporter"), doc("b", "CNN (repost)", "", "told CNN"), "", "", ""},
		{"containment", doc("a", "X", "", ""), doc("b", "Y", "", ""), "b", "b", "b contains the other"},
		{"conflict", doc("a", "X", "2022-01-01", ""), doc("b", "Y", "2022-01-05", ""), "b",
			"", "conflicting evidence: a published earlier (2022-01-01, b 2022-01-05); b contains the other"},
		{"no evidence", doc("a", "", "", ""), doc("b", "", "", ""), "", "", ""},
	}
	for _, tc := range tests {
		from, why := direction(tc.a, tc.b, tc.contains)
		if from != tc.from || why != tc.why {
			t.Errorf("%s: direction(%s, %s) = %q, %q, want %q, %q", tc.name, tc.a.ID, tc.b.ID, from, why, tc.from, tc.why)
		}
	}
}

func TestVoices(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e"}
	rels := []article.Relation{
		{A: "a", B: "c", Kind: article.NearDuplicate},
		{A: "c", B: "e", Kind: article.Derived},
		{A: "b", B: "d", Kind: article.SharesPassages},
	}
	got := voices(ids, rels)
	want := [][]string{{"a", "c", "e"}, {"b"}, {"d"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("voices(%v, %v) = %v, want %v", ids, rels, got, want)
	}
}

func TestSignatureSimilarity(t *testing.T) {
	s := newSigner(128, 5)
	hashes := func(text string) []uint64 {
		var out []uint64
		for _, tk := range tokenize(nil, text) {
			out = append(out, tk.hash)
		}
		return out
	}
	base := "the quick brown fox jumps over the lazy dog while the cat sleeps in the warm sun near the old barn by the river"
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"same", base, base, 1, 1},
		{"case", base, "THE QUICK brown fox jumps over the lazy dog while the cat sleeps in the warm sun near the old barn by the river", 1, 1},
		{"one word", base, "the quick brown fox jumps over the lazy cow while the cat sleeps in the warm sun near the old barn by the river", 0.5, 0.95},
		{"unrelated", base, "markets fell sharply on tuesday as investors worried about rising interest rates and slowing growth in asia", 0, 0.1},
	}
	for _, tc := range tests {
		got := s.sign(nil, hashes(tc.a)).similarity(s.sign(nil, hashes(tc.b)))
		if got < tc.min || got > tc.max {
			t.Errorf("%s: similarity(%q, %q) = %.2f, want in [%v, %v]", tc.name, tc.a, tc.b, got, tc.min, tc.max)
		}
	}
	if s.sign(nil, nil) != nil {
		t.Errorf("sign(no words) != nil")
	}
}
