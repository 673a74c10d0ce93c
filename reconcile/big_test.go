package reconcile_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// TestBigArticle times Run on one article of RECONCILE_BIG_MB megabytes
// (skipped when unset): claims of one article and one voice must not cost
// time or memory quadratic in their number.
func TestBigArticle(t *testing.T) {
	mb, _ := strconv.ParseFloat(os.Getenv("RECONCILE_BIG_MB"), 64)
	if mb <= 0 {
		t.Skip("set RECONCILE_BIG_MB to run")
	}
	fsys := fstest.MapFS{"big.txt": {Data: corpus.BigArticle(int(mb * (1 << 20)))}}
	in := stagesInput(t, []ingest.Input{{FS: fsys, Pattern: "."}}, ingest.Options{})
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu0 := time.Now(), bigCPU()
	r, err := reconcile.Run(context.Background(), in, reconcile.Options{})
	took, cpu := time.Since(start), bigCPU()-cpu0
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	h := sha256.New()
	for _, f := range r.Findings {
		fmt.Fprintf(h, "%+v\n", f)
	}
	t.Logf("%.0f MB: %d claims, %d findings (sha256 %x), Run %v (CPU %v), %d MB allocated",
		mb, len(in.Claims), len(r.Findings), h.Sum(nil)[:8], took.Round(time.Millisecond), cpu.Round(time.Millisecond), (after.TotalAlloc-before.TotalAlloc)>>20)
}

// bigCPU returns the CPU time (user and system) of the process so far.
func bigCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
