package dedup_test

import (
	"context"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// normalizedSeeds reads the seeds the way crosscheck does: ingest with
// the manifest, then normalize, with IDs shortened to the files' three-digit prefix.
func normalizedSeeds(tb testing.TB) []article.Doc {
	tb.Helper()
	ctx := context.Background()
	m, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: seeds.FS, Pattern: "."}}, ingest.Options{Manifest: m})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for i := range docs {
		docs[i].ID = strings.TrimSuffix(docs[i].ID, ".txt")[:3]
	}
	return docs
}

// TestNormalizedSeeds runs the seed checks on the seeds as ingest and
// normalize deliver them: boilerplate gone, real sentence splitting.
func TestNormalizedSeeds(t *testing.T) {
	docs := normalizedSeeds(t)
	if len(docs) != 5 {
		t.Fatalf("got %d seed docs, want 5", len(docs))
	}
	res, err := dedup.Run(context.Background(), docs, dedup.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSeeds(t, docs, res)
	checkInvariants(t, docs, res)
}

func BenchmarkDedupNormalized(b *testing.B) {
	benchRun(b, normalizedSeeds(b))
}

// BenchmarkDedupCorpus runs Run on one worker over 2,000 articles that
// pipeline/corpus generates from the seeds (as crosscheck bench does),
// read through ingest and normalize outside the timing.
func BenchmarkDedupCorpus(b *testing.B) {
	benchRun(b, corpusDocs(b, 2000))
}

// BenchmarkDedupGiantStory runs Run on one worker over one story of 2,000
// articles that pipeline/corpus generates from one seed (a war, an
// election): each article is aligned with its partners only, so the time
// grows with the story, not with its square.
func BenchmarkDedupGiantStory(b *testing.B) {
	benchRun(b, corpusDocsOpt(b, corpus.Options{Articles: 2000, PerStory: 2000}))
}
