package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// quotesOf returns the quote claims of text, split here into paragraphs
// and sentences.
func quotesOf(text string) []article.Claim {
	d := &article.Doc{Text: text}
	d.ID = "t"
	paras, sents := entLayout(d)
	e := entFind(text, sents)
	return qtClaims(nil, d.ID, e, qtFind(e, paras))
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // per quote: said | speaker | parts
	}{
		{"x said", "Jane Doe arrived. “We will not stop now,” Doe said.",
			[]string{"We will not stop now, | Jane Doe | 1"}},
		{"said x", "“We will not stop now,” said Jane Doe.",
			[]string{"We will not stop now, | Jane Doe | 1"}},
		{"x said before", "Jane Doe said, “We will not stop now.”",
			[]string{"We will not stop now. | Jane Doe | 1"}},
		{"x said that", "Jane Doe said on Monday that the plan was “dead on arrival in the capital.”",
			[]string{"dead on arrival in the capital. | Jane Doe | 1"}},
		{"according to", "“The deal is done and signed,” according to Jane Doe.",
			[]string{"The deal is done and signed, | Jane Doe | 1"}},
		{"according to before", "According to Jane Doe, “the deal is done and signed.”",
			[]string{"the deal is done and signed. | Jane Doe | 1"}},
		{"told reporters", "“We have a plan for this,” Jane Doe told reporters on Friday.",
			[]string{"We have a plan for this, | Jane Doe | 1"}},
		{"told outlet", "“We have a plan for this,” Jane Doe told The Hill.",
			[]string{"We have a plan for this, | Jane Doe | 1"}},
		{"added", "“And we will keep at it,” Jane Doe added.",
			[]string{"And we will keep at it, | Jane Doe | 1"}},
		{"warned", "“This will end badly for all,” Jane Doe warned.",
			[]string{"This will end badly for all, | Jane Doe | 1"}},
		{"claimed", "“Nobody was ever hurt there,” Jane Doe claimed.",
			[]string{"Nobody was ever hurt there, | Jane Doe | 1"}},
		{"replied", "“That is simply not true,” Jane Doe replied.",
			[]string{"That is simply not true, | Jane Doe | 1"}},
		{"wrote", "“The answer is in the letter,” Jane Doe wrote.",
			[]string{"The answer is in the letter, | Jane Doe | 1"}},
		{"colon", "Jane Doe: “We will not stop now.”",
			[]string{"We will not stop now. | Jane Doe | 1"}},
		{"straight", `"We will not stop now," Jane Doe said.`,
			[]string{"We will not stop now, | Jane Doe | 1"}},
		{"straight before", `Jane Doe said, "We will not stop now."`,
			[]string{"We will not stop now. | Jane Doe | 1"}},
		{"nested single", "“He told me ‘never again’ and then he left,” Jane Doe said.",
			[]string{"He told me ‘never again’ and then he left, | Jane Doe | 1"}},
		{"across paragraphs", "Jane Doe spoke at length.\n\n“The first part runs on here.\n\n“The second part ends it,” Doe said.",
			[]string{"The first part runs on here. The second part ends it, | Jane Doe | 2"}},
		{"broken by attribution", "Maria Lopez spoke on Monday.\n\n“We will fight,” she said. “And we will win.”",
			[]string{"We will fight, And we will win. | Maria Lopez | 2"}},
		{"broken said x", "“We will fight,” said Maria Lopez, “and we will win.”",
			[]string{"We will fight, and we will win. | Maria Lopez | 2"}},
		{"pronoun she", "Mr. John Hale met Ms. Ann Park in Paris. “We agreed on nothing at all,” she said.",
			[]string{"We agreed on nothing at all, | Ann Park | 1"}},
		{"pronoun he", "Mr. John Hale met Ms. Ann Park in Paris. “We agreed on nothing at all,” he said.",
			[]string{"We agreed on nothing at all, | John Hale | 1"}},
		{"pronoun nearest", "Ivan Petrov left early. Later Olga Ruiz spoke. “It is over now,” she said.",
			[]string{"It is over now, | Olga Ruiz | 1"}},
		{"title minister", "Interior Minister Olga Ruiz visited the border. “The border stays closed,” the minister said.",
			[]string{"The border stays closed, | Olga Ruiz | 1"}},
		{"title spokesperson", "A Foreign Office spokesperson declined to comment. “We do not comment on leaks,” the spokesperson said.",
			[]string{"We do not comment on leaks, | Foreign Office spokesperson | 1"}},
		{"description speaker", "“We do not comment on leaks,” a Foreign Office spokesperson said.",
			[]string{"We do not comment on leaks, | Foreign Office spokesperson | 1"}},
		{"title official", "Ann Park, a senior official, and Interior Minister Olga Ruiz met. The official said that it was “a good start for everyone.”",
			[]string{"a good start for everyone. | Ann Park | 1"}},
		{"scare quotes", "The talks were “far off” and the mood “grim”.", nil},
		{"short attributed", "“No,” Jane Doe said.", []string{"No, | Jane Doe | 1"}},
		{"unattributed long", "It was “a long and winding road to nowhere in particular”, the report went on.",
			[]string{"a long and winding road to nowhere in particular |  | 1"}},
		{"apostrophes", "Jane Doe’s aide didn’t say. “It’s the people’s choice,” Doe said.",
			[]string{"It’s the people’s choice, | Jane Doe | 1"}},
		{"full stop ends the quote", "Jane Doe said, “We will not stop now.” Olga Ruiz said nothing.",
			[]string{"We will not stop now. | Jane Doe | 1"}},
		{"next sentence has its own", "Ann Park said the plan “strikes at the heart of the matter.” Olga Ruiz described it as “the largest failure in decades.”",
			[]string{"strikes at the heart of the matter. | Ann Park | 1", "the largest failure in decades. | Olga Ruiz | 1"}},
		{"lost opening mark", "Jane Doe was asked.\n\nI think it will work out in the end,” she said.",
			[]string{"I think it will work out in the end, | Jane Doe | 1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range quotesOf(tc.in) {
				q := c.Quote
				got = append(got, q.Said+" | "+q.Speaker+" | "+string(rune('0'+len(q.Parts))))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("quotes of %q:\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestQuoteSpans checks that a quote claim runs from its first opening
// mark to its last closing mark and that its attribution is where it is.
func TestQuoteSpans(t *testing.T) {
	tests := []struct{ in, text, attr string }{
		{"Maria Lopez spoke. “We will fight,” she said. “And we will win.” Then she left.",
			"“We will fight,” she said. “And we will win.”", "she said"},
		{`Jane Doe said, "We will not stop now." Then nothing.`, `"We will not stop now."`, "Jane Doe said"},
		{"“It is time to act now,” a Foreign Office spokesperson said in London.", "“It is time to act now,”", "a Foreign Office spokesperson said"},
	}
	for _, tc := range tests {
		cs := quotesOf(tc.in)
		if len(cs) != 1 {
			t.Errorf("quotes of %q: got %d, want 1", tc.in, len(cs))
			continue
		}
		c := cs[0]
		a := c.Quote.Attribution
		if c.Text != tc.text || tc.in[a.Start:a.End] != tc.attr || c.Kind != article.QuoteClaim || c.ID != article.ClaimID(article.QuoteClaim, c.Span) {
			t.Errorf("quote of %q: text %q attribution %q, want %q and %q", tc.in, c.Text, tc.in[a.Start:a.End], tc.text, tc.attr)
		}
	}
}

func seedTexts(tb testing.TB) []string {
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func FuzzQuotes(f *testing.F) {
	for _, s := range seedTexts(f) {
		f.Add(s)
	}
	f.Add("“A,” she said. “B.”\n\n“C\n\n“D,” said X.")
	f.Add(`"open "nested" close" ” stray « angle » ‘single’`)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, c := range quotesOf(text) {
			spans := append([]article.Span{c.Span, c.Sentence, c.Quote.Attribution}, c.Quote.Parts...)
			for _, s := range spans {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("span %v outside text of %d bytes (%q)", s, len(text), text)
				}
			}
			for _, p := range c.Quote.Parts {
				if !c.Span.Contains(p) {
					t.Fatalf("part %v outside quote %v in %q", p, c.Span, text)
				}
			}
		}
	})
}

func BenchmarkQuotes(b *testing.B) {
	texts := seedTexts(b)
	type prepped struct {
		e     *entDoc
		paras []article.Span
	}
	var docs []prepped
	n := 0
	for _, s := range texts {
		d := &article.Doc{Text: s}
		paras, sents := entLayout(d)
		docs = append(docs, prepped{entFind(s, sents), paras})
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			qtFind(d.e, d.paras)
		}
	}
}

// TestQtMarkFinder checks that the mark finder stops at every byte a
// quotation mark may start with, in order, as a byte-by-byte scan does.
func TestQtMarkFinder(t *testing.T) {
	texts := append(seedTexts(t), "", "plain", `"a" “b” ‘c’ «d» e`, "\u00a0x\u2014y\"", `ab"""cdefgh"ijklmnopq"`,
		"Москва “сказал” «да» – 12345678\"")
	for _, text := range texts {
		var want, got []int
		for i := 0; i < len(text); i++ {
			if c := text[i]; c == '"' || c == 0xE2 || c == 0xC2 {
				want = append(want, i)
			}
		}
		f := qtMarkFinder{text: text}
		for i := f.next(0); i < len(text); i = f.next(i + 1) {
			got = append(got, i)
		}
		if !slices.Equal(got, want) {
			t.Errorf("marks of %.40q: got %v, want %v", text, got, want)
		}
	}
}
