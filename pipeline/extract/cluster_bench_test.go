package extract

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// A clusterRun is the input of entity clustering for a generated corpus.
type clusterRun struct {
	docs []article.Doc
	x    []entExtracted
	size int // bytes of text
}

// newClusterRun extracts each of docs: what is left is clustering.
func newClusterRun(docs []article.Doc) *clusterRun {
	r := &clusterRun{docs: docs, x: make([]entExtracted, len(docs))}
	for i := range docs {
		r.x[i] = extractDoc(&docs[i])
		r.size += len(docs[i].Text)
	}
	return r
}

// clusterRuns keeps the extracted corpora across benchmark runs (-count):
// reading and extracting 10k articles takes far longer than clustering.
var clusterRuns sync.Map // int -> *clusterRun

// clusterInput reads a generated corpus of n articles as the pipeline
// does (ingest, normalize) and extracts each document, so that what is
// left is entity clustering alone.
func clusterInput(tb testing.TB, n int) *clusterRun {
	tb.Helper()
	if r, ok := clusterRuns.Load(n); ok {
		return r.(*clusterRun)
	}
	texts, err := corpus.SeedTexts()
	if err != nil {
		tb.Fatal(err)
	}
	files := corpus.Generate(texts, corpus.Options{Articles: n})
	ctx := context.Background()
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: corpus.FS(files), Pattern: ".", Name: "corpus"}}, ingest.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	r := newClusterRun(docs)
	clusterRuns.Store(n, r)
	return r
}

// BenchmarkCluster clusters the entity mentions of 1k and 10k generated
// articles across the run, after extraction: the one step of Run whose
// work depends on the whole run rather than on each document. Besides
// wall time it reports the process's CPU time per run (cpu-ns/op), which
// other load on a shared machine disturbs less.
func BenchmarkCluster(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := clusterInput(b, n)
			b.SetBytes(int64(r.size))
			b.ReportAllocs()
			b.ResetTimer()
			cpu := clusterCPU()
			for b.Loop() {
				var res Result
				entCluster(r.docs, r.x, nil, &res)
			}
			b.ReportMetric(float64(clusterCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
