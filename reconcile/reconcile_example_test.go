package reconcile_test

import (
	"context"
	"fmt"
	"math"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// Two outlets give troop counts three weeks apart, and a syndicated copy
// repeats one of them: the counts are an update, not a contradiction, and
// the copy adds no voice.
func ExampleRun() {
	text := map[string]string{
		"a":      "Russia has more than 100,000 troops along its border with Ukraine.",
		"a-copy": "Russia has more than 100,000 troops along its border with Ukraine.",
		"b":      "Russia has massed 150,000 troops along the border with Ukraine.",
	}
	published := map[string]article.Date{
		"a": {Year: 2022, Month: 1, Day: 27}, "a-copy": {Year: 2022, Month: 1, Day: 27},
		"b": {Year: 2022, Month: 2, Day: 17},
	}
	var in reconcile.Input
	for _, id := range []string{"a", "a-copy", "b"} {
		t := text[id]
		pub := published[id]
		in.Docs = append(in.Docs, article.Doc{
			Article:   article.Article{ID: id, Published: article.DateRange{From: pub, To: pub}},
			Text:      t,
			Sentences: []article.Span{{Doc: id, Start: 0, End: len(t)}},
		})
		q := &article.Quantity{Value: 150000, Interval: article.Exact(150000),
			Unit: "troop", Category: "military personnel", About: "along the border with Ukraine"}
		span := article.Span{Doc: id, Start: 17, End: 33} // "150,000 troops"
		if id != "b" {
			q = &article.Quantity{Value: 100000, Interval: article.Interval{Low: 100000, High: math.Inf(1), Qualifier: "more than"},
				Unit: "troop", Category: "military personnel", About: "along its border with Ukraine"}
			span = article.Span{Doc: id, Start: 11, End: 35} // "more than 100,000 troops"
		}
		in.Claims = append(in.Claims, article.Claim{ID: article.ClaimID(article.QuantityClaim, span),
			Kind: article.QuantityClaim, Span: span, Sentence: in.Docs[len(in.Docs)-1].Sentences[0],
			Text: t[span.Start:span.End], Quantity: q})
	}
	in.Stories = []article.Story{{ID: "S1", Articles: []string{"a", "a-copy", "b"},
		Voices: [][]string{{"a", "a-copy"}, {"b"}}}}

	r, err := reconcile.Run(context.Background(), in, reconcile.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings {
		fmt.Println(f.ID, f.Kind, f.Severity, f.Subject)
		fmt.Println("articles:", f.Articles, "voices:", f.Voices)
		fmt.Println(f.Explanation)
	}
	// Output:
	// F1 update info troops: along its border with Ukraine
	// articles: [a a-copy b] voices: [[a a-copy] [b]]
	// Compared 3 claims on troops: along its border with Ukraine from 3 articles in 2 independent voices: the figures differ but are reported as of different dates: "more than 100,000 troops" (a, as of 2022-01-27, publication date); "more than 100,000 troops" (a-copy, as of 2022-01-27, publication date); "150,000 troops" (b, as of 2022-02-17, publication date).
}
