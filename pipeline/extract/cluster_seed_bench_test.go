package extract

import "testing"

// seedClusterInput reads the five seed articles as the pipeline does and
// extracts each, so that what is left is entity clustering alone.
func seedClusterInput(tb testing.TB) *clusterRun {
	tb.Helper()
	return newClusterRun(pipelineDocs(tb))
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
