package normalize_test

import (
	"context"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// corpusArticles ingests a generated corpus of n articles made from the
// seeds: many different articles, as a real run sees them.
func corpusArticles(tb testing.TB, n int) []article.Article {
	tb.Helper()
	texts, err := corpus.SeedTexts()
	if err != nil {
		tb.Fatal(err)
	}
	files := corpus.Generate(texts, corpus.Options{Articles: n})
	in := []ingest.Input{{FS: corpus.FS(files), Pattern: ".", Name: "corpus"}}
	arts, _, err := ingest.Run(context.Background(), in, ingest.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// BenchmarkNormalizeCorpus normalizes a generated corpus of 1,000
// articles on one worker; SetBytes counts their Bodies.
func BenchmarkNormalizeCorpus(b *testing.B) {
	in := corpusArticles(b, 1000)
	n := 0
	for _, a := range in {
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := normalize.Run(context.Background(), in, normalize.Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
