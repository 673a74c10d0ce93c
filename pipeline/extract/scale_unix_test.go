//go:build unix

package extract_test

import (
	"context"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
)

// runCPU returns the least process CPU time (user and system) that Run
// with one worker took on docs in tries runs: CPU rather than wall time,
// so that other load on a shared machine does not decide.
func runCPU(t *testing.T, docs []article.Doc, tries int) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range tries {
		runtime.GC()
		var before, after syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &before); err != nil {
			t.Fatal(err)
		}
		if _, err := extract.Run(context.Background(), docs, extract.Options{Workers: 1}); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &after); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Duration(after.Utime.Nano()+after.Stime.Nano()-before.Utime.Nano()-before.Stime.Nano()))
	}
	return best
}

// TestRunScaling checks that ten times the articles cost at most
// maxGrowth times the CPU time of Run: entity clustering across the run
// must stay near-linear. 1k against 10k generated articles when
// CROSSCHECK_SCALE is set; 10k against 100k too when CROSSCHECK_SCALE_100K
// is set (it takes minutes). It is a measurement, not part of go test
// ./...: timed checks fail on a shared machine for reasons of its load.
//
// The target is 12×; the test allows 15× because the garbage collector's
// share grows with the heap and the machine is shared, and fails well
// before a quadratic step (18× and more at 10k before clustering was
// blocked).
func TestRunScaling(t *testing.T) {
	const maxGrowth = 15
	if testing.Short() || os.Getenv("CROSSCHECK_SCALE") == "" && os.Getenv("CROSSCHECK_SCALE_100K") == "" {
		t.Skip("a timing measurement: set CROSSCHECK_SCALE=1 to run it")
	}
	sizes := []int{1000, 10000}
	if os.Getenv("CROSSCHECK_SCALE_100K") != "" {
		sizes = append(sizes, 100000)
	}
	var prev time.Duration
	for k, n := range sizes {
		docs := corpusDocs(t, n)
		bytes := 0
		for _, d := range docs {
			bytes += len(d.Text)
		}
		cpu := runCPU(t, docs, max(1, 3-k))
		t.Logf("%d articles, %d bytes: %v CPU, %.1f MB/s", n, bytes, cpu, float64(bytes)/1e6/cpu.Seconds())
		if k > 0 {
			if r := float64(cpu) / float64(prev); r > maxGrowth {
				t.Errorf("%d -> %d articles: CPU time grew %.1f×, want ≤ %d×", sizes[k-1], n, r, maxGrowth)
			}
		}
		prev = cpu
	}
}
