package extract_test

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// hugeDoc returns one article of at least n bytes of hugeParagraphs, read
// as the pipeline reads it: ingest, then normalize.
func hugeDoc(tb testing.TB, n int) []article.Doc {
	tb.Helper()
	fsys := fstest.MapFS{"huge.txt": {Data: corpus.BigArticle(n)}}
	ctx := context.Background()
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: fsys, Pattern: ".", Name: "huge"}}, ingest.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	if len(docs) != 1 {
		tb.Fatalf("got %d docs, want 1", len(docs))
	}
	return docs
}

// BenchmarkExtractHugeArticle runs extract alone on one article of 1, 4
// and 16 MB: time per byte must stay near constant as the article grows
// (a per-word scan of the whole text once made 4 MB take over 2 minutes).
func BenchmarkExtractHugeArticle(b *testing.B) {
	for _, mb := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			docs := hugeDoc(b, mb<<20)
			b.SetBytes(int64(len(docs[0].Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := extract.Run(context.Background(), docs, extract.Options{Workers: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
