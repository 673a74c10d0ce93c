package normalize_test

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// fuzzSeeds returns the bodies of the seeds and fixtures and a few hard
// cases, to start the fuzzers from.
func fuzzSeeds(f *testing.F) []string {
	var s []string
	for _, a := range append(seedArticles(f), fixtureArticles(f)...) {
		s = append(s, a.Body)
	}
	return append(s, "", "\r\n\r", "a\u200b \u0301b", "e\u200b\u0301", "\xff\xfe", " . . ", "U.S.’s “Stop.” Then…",
		"See also\n1. x", "# [a](b) **c** ![d](e) \\* _f_ `g`", "> > - ## x ##", "\u00ad\u00a0\u2028x\u2029", "x\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300")
}

// FuzzNormalize checks that Text is idempotent with a monotone map into
// its input, and that Run keeps every Doc invariant (checkDoc) on any
// input, as text and as Markdown, without panicking.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, m := normalize.Text(s)
		if again, _ := normalize.Text(out); again != out {
			t.Fatalf("Text(%q) = %q, but Text of that = %q", s, out, again)
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("Text(%q) = %q, not NFC", s, out)
		}
		checkMap(t, s, out, m.Raw)
		docs, _, err := normalize.Run(context.Background(), []article.Article{
			{ID: "t", Path: "t", Line: 1, Body: s},
			{ID: "m", Path: "m", Line: 1, Body: s, Format: article.Markdown},
		}, normalize.Options{Workers: 1})
		if err != nil || len(docs) != 2 {
			t.Fatalf("Run(%q) = %d docs, %v", s, len(docs), err)
		}
		checkDoc(t, &docs[0], s)
		checkDoc(t, &docs[1], s)
	})
}

// FuzzSentences checks that sentences are non-empty, ordered, inside the
// text and never cross a line break, on any text; and that on normalized
// text they cover each paragraph.
func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, r := range normalize.Sentences(s) {
			if r[0] < last || r[0] >= r[1] || r[1] > len(s) {
				t.Fatalf("Sentences(%q): bad range %v after %d", s, r, last)
			}
			if strings.Contains(s[r[0]:r[1]], "\n") {
				t.Fatalf("Sentences(%q): %q crosses a line break", s, s[r[0]:r[1]])
			}
			last = r[1]
		}
		text, _ := normalize.Text(s)
		var parts []string
		for _, r := range normalize.Sentences(text) {
			parts = append(parts, text[r[0]:r[1]])
		}
		joined := strings.Join(parts, " ")
		if want := strings.ReplaceAll(text, "\n\n", " "); joined != want {
			t.Fatalf("Sentences of %q join to %q", text, joined)
		}
	})
}
