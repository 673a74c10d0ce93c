package extract

import (
	"io/fs"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// tmSeedDocs builds a Doc per seed article from the raw text: paragraphs
// are lines, sentences end at ". ". The normalize stage does this better;
// a plain split keeps this test independent of it, and time expressions
// never span a sentence.
func tmSeedDocs(tb testing.TB) []*article.Doc {
	tb.Helper()
	raw, err := fs.ReadFile(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	var manifest map[string]struct {
		Published string `yaml:"published"`
	}
	if err := yaml.Unmarshal(raw, &manifest); err != nil {
		tb.Fatal(err)
	}
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*article.Doc
	for _, name := range names {
		body, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		pub, err := article.ParseDateRange(manifest[name].Published)
		if err != nil {
			tb.Fatal(err)
		}
		id := name[:3]
		d := &article.Doc{Article: article.Article{ID: id, Published: pub, Body: string(body)}, Text: string(body)}
		d.Sentences = tmSplitSentences(id, d.Text)
		docs = append(docs, d)
	}
	return docs
}

func tmSplitSentences(id, text string) []article.Span {
	var out []article.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		end := i == len(text) || text[i] == '\n' || text[i] == '.' && i+1 < len(text) && text[i+1] == ' '
		if !end {
			continue
		}
		stop := i
		if i < len(text) && text[i] == '.' {
			stop++
		}
		if strings.TrimSpace(text[start:stop]) != "" {
			out = append(out, article.Span{Doc: id, Start: start, End: stop})
		}
		start = stop + 1
		i = stop
	}
	return out
}

// TestTimesSeeds checks each weekday and relative expression of the seed
// articles against their publication dates (manifest.yaml): 000 Thursday
// 2022-02-17, 001 Monday 2022-01-31, 002 Wednesday 2022-01-26, 003
// Monday 2022-01-31, 004 between 2022-02-02 and 2022-02-11.
func TestTimesSeeds(t *testing.T) {
	tests := []struct {
		doc, context, text string
		timex, start, end  string
		note               string // substring of Note
	}{
		{"000", "Ambassador to Russia", "Thursday afternoon", "2022-02-17", "2022-02-17", "2022-02-17", ""},
		{"000", "delivered to the Russia", "three weeks earlier", "2022-01-27", "2022-01-24", "2022-01-30", "counted from the publication date"},
		{"000", "official level", "since last fall", "2021-FA", "2021-09-01", "2022-02-17", ""},
		{"000", "officially expelled", "earlier this year", "2022", "2022-01-01", "2022-02-17", ""},
		{"000", "officially expelled", "two weeks", "P2W", "", "", ""},
		{"000", "left Moscow", "last week", "2022-W06", "2022-02-07", "2022-02-13", ""},
		{"000", "Di Maio", "Thursday", "2022-02-17", "2022-02-17", "2022-02-17", ""},
		{"000", "Yet in Moscow", "today", "2022-02-17", "2022-02-17", "2022-02-17", ""},
		{"001", "scheduled phone call", "Tuesday", "2022-02-01", "2022-02-01", "2022-02-01", ""},
		{"001", "confirmed on Monday", "Monday", "2022-01-31", "2022-01-31", "2022-01-31", ""},
		{"001", "Security Council meeting", "Monday", "2022-01-31", "2022-01-31", "2022-01-31", ""},
		{"001", "went ahead", "Monday", "2022-01-31", "2022-01-31", "2022-01-31", ""},
		{"002", "told reporters", "Wednesday", "2022-01-26", "2022-01-26", "2022-01-26", ""},
		{"002", "written in December", "December", "2021-12", "2021-12-01", "2021-12-31", ""},
		{"002", "in recent weeks", "recent weeks", "PAST_REF", "2021-12-29", "2022-01-26", ""},
		{"003", "delivered its own response", "last week", "2022-W04", "2022-01-24", "2022-01-30", ""},
		{"003", "Earlier in the day", "Earlier in the day", "2022-01-31", "2022-01-31", "2022-01-31", ""},
		{"003", "statement to The Hill", "Monday", "2022-01-31", "2022-01-31", "2022-01-31", ""},
		{"004", "spoke over the phone", "Tuesday", "XXXX-WXX-2", "2022-02-01", "2022-02-08", "known only as a range"},
		{"004", "the Kremlin delivered", "Last week", "2022-W0X", "2022-01-24", "2022-02-06", "known only as a range"},
		{"004", "hand-delivered proposal", "the week before", "2022-W0X", "2022-01-24", "2022-02-06", "known only as a range"},
	}
	claims := map[string][]article.Claim{}
	texts := map[string]string{}
	for _, d := range tmSeedDocs(t) {
		claims[d.ID] = findTimes(d)
		texts[d.ID] = d.Text
	}
	for _, tc := range tests {
		c, ok := tmSeedClaim(claims[tc.doc], texts[tc.doc], tc.context, tc.text)
		if !ok {
			t.Errorf("%s: no %q in a sentence with %q", tc.doc, tc.text, tc.context)
			continue
		}
		v := c.Time
		if v.Timex != tc.timex || v.Start.String() != tc.start || v.End.String() != tc.end || !strings.Contains(v.Note, tc.note) {
			t.Errorf("%s %q (%s) = %s %s..%s %q, want %s %s..%s %q", tc.doc, tc.text, tc.context,
				v.Timex, v.Start, v.End, v.Note, tc.timex, tc.start, tc.end, tc.note)
		}
	}
	if testing.Verbose() {
		for _, id := range []string{"000", "001", "002", "003", "004"} {
			for _, c := range claims[id] {
				t.Logf("%s %q %+v", c.ID, c.Text, *c.Time)
			}
		}
	}
}

func tmSeedClaim(cs []article.Claim, text, context, want string) (article.Claim, bool) {
	for _, c := range cs {
		if c.Text == want && strings.Contains(text[c.Sentence.Start:c.Sentence.End], context) {
			return c, true
		}
	}
	return article.Claim{}, false
}

// TestFindTimesInvariants checks the claims of every seed: kind, IDs,
// spans inside the text and inside their sentence, order, and Start <= End.
func TestFindTimesInvariants(t *testing.T) {
	for _, d := range tmSeedDocs(t) {
		cs := findTimes(d)
		for i, c := range cs {
			if c.Kind != article.TimeClaim || c.Time == nil || c.ID != article.ClaimID(article.TimeClaim, c.Span) {
				t.Errorf("%s: bad claim %+v", d.ID, c)
			}
			if !c.Sentence.Contains(c.Span) || c.Span.End > len(d.Text) || d.Slice(c.Span) != c.Text {
				t.Errorf("%s: span %v outside sentence %v or text", d.ID, c.Span, c.Sentence)
			}
			if c.Time.End.Before(c.Time.Start) {
				t.Errorf("%s %q: End %v before Start %v", d.ID, c.Text, c.Time.End, c.Time.Start)
			}
			if i > 0 && article.ComparePos(cs[i-1].Span, c.Span) > 0 {
				t.Errorf("%s: claims out of order at %d", d.ID, i)
			}
		}
	}
}

func BenchmarkTimes(b *testing.B) {
	docs := tmSeedDocs(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			findTimes(d)
		}
	}
}

// TestEntTimeCues checks that the time cues of the entity tokenizer
// say of each sentence what tmHasAnchor does, so appendTimes may pass over
// the sentences without.
func TestEntTimeCues(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"The minister spoke to reporters.", false},
		{"He met them in 2022.", true},
		{"It happened mid-March.", true},
		{"They didn’t say on Monday’s call.", true},
		{"See you TOMORROW", true},
		{"the weeks went by", true},
		{"abc—March", true},
		{"éMarch", true},
		{"A1 road", true},
		{"x y z", false},
	} {
		toks := entTokenize(tc.in, []article.Span{{End: len(tc.in)}}, nil)
		if got := entTimeCues(toks, 1, nil)[0]; got != tc.want {
			t.Errorf("entTimeCues(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if got := tmHasAnchor(tc.in); got != tc.want {
			t.Errorf("tmHasAnchor(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, d := range tmSeedDocs(t) {
		toks := entTokenize(d.Text, d.Sentences, nil)
		cues := entTimeCues(toks, len(d.Sentences), nil)
		for k, sp := range d.Sentences {
			if s := d.Text[sp.Start:sp.End]; cues[k] != tmHasAnchor(s) {
				t.Errorf("%s: entTimeCues %v for %q, tmHasAnchor %v", d.ID, cues[k], s, !cues[k])
			}
		}
	}
}

func FuzzTimes(f *testing.F) {
	for _, tc := range tmCases {
		f.Add(tc.in, int16(0))
	}
	f.Add("1/2/3 4-5 Jan. 6, 2022 the day before yesterday", int16(3))
	f.Fuzz(func(t *testing.T, s string, off int16) {
		toks := entTokenize(s, []article.Span{{End: len(s)}}, nil)
		if got, want := entTimeCues(toks, 1, nil)[0], tmHasAnchor(s); got != want {
			t.Fatalf("entTimeCues(%q) = %v, tmHasAnchor = %v", s, got, want)
		}
		ref := article.Date{Year: 2022, Month: 2, Day: 17}.AddDays(int(off))
		for _, r := range []article.DateRange{{}, {From: ref, To: ref}, {From: ref, To: ref.AddDays(9)}} {
			var sc tmScanner
			for _, e := range sc.find(s, r, nil) {
				if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
					t.Fatalf("find(%q) span %d:%d %q outside text", s, e.Start, e.End, e.Text)
				}
				if e.Value.End.Before(e.Value.Start) {
					t.Fatalf("find(%q) %q: End %v before Start %v", s, e.Text, e.Value.End, e.Value.Start)
				}
			}
		}
	})
}
