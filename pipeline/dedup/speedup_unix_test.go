//go:build unix

package dedup

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the least process CPU time (user and system) that one
// call of f took in three runs: CPU time rather than wall time, and the
// best of three, so that other load on a shared machine does not decide.
func cpuTime(t *testing.T, f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		var before, after syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &before); err != nil {
			t.Fatal(err)
		}
		f()
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &after); err != nil {
			t.Fatal(err)
		}
		d := time.Duration(after.Utime.Nano()+after.Stime.Nano()-before.Utime.Nano()-before.Stime.Nano()) * time.Nanosecond
		best = min(best, d)
	}
	return best
}

// TestSignSpeedup checks that signing and candidate search take at most a
// fifth of the CPU time ekzhu/minhash-lsh takes for the same work on the
// same documents with the same parameters (BenchmarkSign measures both).
func TestSignSpeedup(t *testing.T) {
	if testing.Short() {
		t.Skip("timing under -short")
	}
	docs := generated(cmpDocs)
	rows, bands := ekzhuParams()
	ours := cpuTime(t, func() { oursPairs(docs, rows, bands) })
	theirs := cpuTime(t, func() { ekzhuPairs(docs) })
	ratio := float64(theirs) / float64(ours)
	t.Logf("CPU time for %d articles: ours %v, ekzhu %v: %.1f× faster", len(docs), ours, theirs, ratio)
	if ratio < 5 {
		t.Errorf("ours is %.1f× as fast as ekzhu, want ≥ 5×", ratio)
	}
}
