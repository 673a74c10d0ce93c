package extract_test

import (
	"context"
	"fmt"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
)

func ExampleRun() {
	docs := []article.Doc{
		{Article: article.Article{ID: "a"}, Text: "Foreign Minister Sergei Lavrov met envoys in Geneva.\n\n" +
			"“We will not be rushed,” Lavrov said."},
		{Article: article.Article{ID: "b"}, Text: "Foreign Minister Sergey Lavrov spoke in Geneva.\n\n" +
			"“The answer is no,” he told reporters. “And it will stay no.”"},
	}
	res, err := extract.Run(context.Background(), docs, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range res.Claims {
		if c.Kind == article.QuoteClaim {
			fmt.Printf("%s %q by %s (%s), %d part(s)\n", c.ID, c.Quote.Said, c.Quote.Speaker, c.Quote.SpeakerID, len(c.Quote.Parts))
		}
	}
	for _, e := range res.Entities {
		fmt.Println(e.ID, e.Kind, e.Aliases, e.Roles)
	}
	// Output:
	// a:q54 "We will not be rushed," by Sergei Lavrov (e:sergei-lavrov), 1 part(s)
	// b:q49 "The answer is no, And it will stay no." by Sergei Lavrov (e:sergei-lavrov), 2 part(s)
	// e:geneva place [] []
	// e:sergei-lavrov person [Lavrov Sergey Lavrov] [Foreign Minister]
}

func ExampleClaims() {
	d := &article.Doc{Article: article.Article{ID: "x"},
		Text: "UN Ambassador Jane Doe spoke. “We heard nothing new,” she said, calling the talks “a dead end”."}
	for _, c := range extract.Claims(d) {
		if c.Quote != nil {
			fmt.Printf("%s [%d:%d] %q speaker=%q\n", c.Kind, c.Span.Start, c.Span.End, c.Quote.Said, c.Quote.Speaker)
		}
	}
	// Output:
	// quote [30:57] "We heard nothing new," speaker="Jane Doe"
}
