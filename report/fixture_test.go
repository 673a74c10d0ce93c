package report

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// hostile is article text that would run script if it were not escaped.
const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`

// fixture builds a small reconciled result by hand: two articles of one
// story that contradict each other on a count, one of which carries
// hostile markup in its text.
func fixture() *reconcile.Result {
	a := newDoc("a", "a.txt", "Reuters", "Officials said 5,000 people fled the city on Monday.\n\nThe mayor spoke later.")
	b := newDoc("b", "dir/b.md", "AP", "Officials said 9,000 people fled the city on Monday. "+hostile+"\n\n“We are ready,” the mayor said.")
	b.Line = 4 // after front matter
	b.Removed = []article.Removed{{Line: 1, Text: "Skip to content", Reason: article.SiteChrome}}
	ca := quantityClaim(&a, "5,000 people", 5000)
	cb := quantityClaim(&b, "9,000 people", 9000)
	return &reconcile.Result{
		Input: reconcile.Input{
			Docs:    []article.Doc{a, b},
			Stories: []article.Story{{ID: "S1", Articles: []string{"a", "b"}, Voices: [][]string{{"a"}, {"b"}}}},
			Claims:  []article.Claim{ca, cb},
			Problems: article.ErrorList{
				{Path: "bad.jsonl", Line: 3, Msg: "invalid JSON: unexpected end of input", Skipped: true},
			},
		},
		Findings: []reconcile.Finding{{
			ID: "F1", Fingerprint: "fp-count-fled", Kind: reconcile.Contradiction, Severity: reconcile.Error,
			Subject: "people: fled the city", Story: "S1", Claims: []string{ca.ID, cb.ID},
			Articles: []string{"a", "b"}, Voices: [][]string{{"a"}, {"b"}}, Confidence: 0.8,
			Explanation: "Two independent voices give disjoint counts for the same day.",
		}, {
			ID: "F2", Fingerprint: "fp-quote-mayor", Kind: reconcile.SingleSource, Severity: reconcile.Info,
			Subject: "quote: the mayor", Story: "S1", Claims: []string{cb.ID},
			Articles: []string{"b"}, Voices: [][]string{{"b"}}, Confidence: 0.5,
			Explanation: "Only one voice.",
			Diff:        []reconcile.DiffOp{{Op: reconcile.Equal, Text: "We are"}, {Op: reconcile.Delete, Text: "ready"}, {Op: reconcile.Insert, Text: "<b>set</b>"}},
		}},
	}
}

func newDoc(id, path, source, text string) article.Doc {
	d := article.Doc{
		Article: article.Article{ID: id, Path: path, Source: source, Body: text, Line: 1,
			Published: article.DateRange{From: article.Date{Year: 2024, Month: 3, Day: 4}, To: article.Date{Year: 2024, Month: 3, Day: 4}}},
		Text: text,
	}
	d.LineStarts = article.LineStarts(text)
	start := 0
	for _, p := range strings.Split(text, "\n\n") {
		d.Paragraphs = append(d.Paragraphs, article.Span{Doc: id, Start: start, End: start + len(p)})
		d.Sentences = append(d.Sentences, article.Span{Doc: id, Start: start, End: start + len(p)})
		start += len(p) + 2
	}
	return d
}

func quantityClaim(d *article.Doc, text string, v float64) article.Claim {
	start := strings.Index(d.Text, text)
	span := article.Span{Doc: d.ID, Start: start, End: start + len(text)}
	return article.Claim{
		ID: article.ClaimID(article.QuantityClaim, span), Kind: article.QuantityClaim,
		Span: span, Sentence: d.Sentences[0], Text: text,
		Quantity: &article.Quantity{Interval: article.Exact(v), Value: v, Unit: "person", Category: "people"},
	}
}
