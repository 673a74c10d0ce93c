package extract

import (
	"context"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// seedClusterInput reads the five seed articles as the pipeline does and
// extracts each, so that what is left is entity clustering alone.
func seedClusterInput(tb testing.TB) *clusterRun {
	tb.Helper()
	ctx := context.Background()
	man, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: seeds.FS, Pattern: "."}}, ingest.Options{Manifest: man, Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	r := &clusterRun{docs: docs, x: make([]entExtracted, len(docs))}
	for i := range docs {
		r.x[i] = extractDoc(&docs[i])
		r.size += len(docs[i].Text)
	}
	return r
}

// BenchmarkClusterSeeds clusters the entity mentions of the five seed
// articles after extraction: the share of BenchmarkExtract that entity
// clustering takes, where a run is small and its fixed costs (tables
// allocated per run) count most.
func BenchmarkClusterSeeds(b *testing.B) {
	r := seedClusterInput(b)
	b.SetBytes(int64(r.size))
	b.ReportAllocs()
	for b.Loop() {
		var res Result
		entCluster(r.docs, r.x, nil, &res)
	}
}
