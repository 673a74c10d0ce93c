package extract

import (
	"context"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// pipelineDocs reads the seed articles, with their manifest, and the
// inputs in more as the pipeline does: ingest, then normalize, which gives
// the sentences docClaims reads. (The external tests have seedDocs.)
func pipelineDocs(tb testing.TB, more ...ingest.Input) []article.Doc {
	tb.Helper()
	ctx := context.Background()
	man, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	in := append([]ingest.Input{{FS: seeds.FS, Pattern: "."}}, more...)
	arts, _, err := ingest.Run(ctx, in, ingest.Options{Manifest: man, Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}
