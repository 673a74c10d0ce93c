package normalize_test

import (
	"context"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// TestMarkdown checks that the markup of a Markdown body is dropped, its
// words kept and mapped back, and that a text body keeps the same marks.
func TestMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"heading", "# Talks resume in Geneva", "Talks resume in Geneva"},
		{"closed heading", "## Talks resume ##", "Talks resume"},
		{"hashtag is not a heading", "#Geneva trended all day.", "#Geneva trended all day."},
		{"emphasis", "The talks were **very** tense, *officials* said, and __long__.", "The talks were very tense, officials said, and long."},
		{"snake case and arithmetic stay", "The file_name grew 5 * 3 times.", "The file_name grew 5 * 3 times."},
		{"link", "Read [the statement](https://example.org/s) in full.", "Read the statement in full."},
		{"link with emphasis", "See [**the** report](http://x.org).", "See the report."},
		{"image", "Before ![a map](map.png) after.", "Before after."},
		{"quote and bullet", "> - He said “no.”", "He said “no.”"},
		{"nested quote", "> > Deeper.", "Deeper."},
		{"numbered list stays", "1. First point.", "1. First point."},
		{"code and escape", "Run `go test` and \\*not\\* that.", "Run go test and *not* that."},
		{"brackets without link", "He said [sic] it.", "He said [sic] it."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := "Lede paragraph of the article, long enough to be prose.\n" + tc.in + "\nThe article then ends with this sentence.\n"
			docs, _, err := normalize.Run(context.Background(), []article.Article{
				{ID: "m", Path: "m.md", Line: 4, Format: article.Markdown, Title: "T", Body: body},
			}, normalize.Options{})
			if err != nil {
				t.Fatal(err)
			}
			d := &docs[0]
			if len(d.Paragraphs) != 3 {
				t.Fatalf("Markdown %q: paragraphs %q, want 3", tc.in, d.Text)
			}
			if got := d.Slice(d.Paragraphs[1]); got != tc.want {
				t.Errorf("Markdown %q: got %q, want %q", tc.in, got, tc.want)
			}
			checkDoc(t, d, body)
		})
	}
}
