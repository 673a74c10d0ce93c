package ingest_test

import (
	"context"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

// BenchmarkIngestCorpus reads a generated corpus of 1,000 articles, half
// of them Markdown with front matter, on one worker; SetBytes counts the
// files.
func BenchmarkIngestCorpus(b *testing.B) {
	texts, err := corpus.SeedTexts()
	if err != nil {
		b.Fatal(err)
	}
	files := corpus.Generate(texts, corpus.Options{Articles: 1000})
	in := []ingest.Input{{FS: corpus.FS(files), Pattern: ".", Name: "corpus"}}
	b.SetBytes(corpus.Size(files))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ingest.Run(context.Background(), in, ingest.Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
