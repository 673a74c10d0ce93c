package reconcile_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// bigParagraph is a paragraph of made-up flood news, different for each i
// (as cmd/crosscheck's hostile tests write).
func bigParagraph(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	who := []string{"the mayor", "a police spokesperson", "the regional governor", "an aid official", "the health minister"}[r.IntN(5)]
	day := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[r.IntN(7)]
	month := []string{"January", "March", "May", "July", "September", "November"}[r.IntN(6)]
	switch i % 4 {
	case 0:
		return fmt.Sprintf("Officials said %d people were evacuated from %d homes on %s, and about %d.%d%% of the district lost power. Crews expected to restore it by %s %d.",
			100+r.IntN(9000), 10+r.IntN(900), day, r.IntN(60), r.IntN(10), month, 1+r.IntN(28))
	case 1:
		return fmt.Sprintf("“We have never seen water rise this fast,” said %s, adding that repairs could cost $%d.%d million. “Our teams worked through the night,” %s said on %s.",
			who, 1+r.IntN(400), r.IntN(10), who, day)
	case 2:
		return fmt.Sprintf("By %s, %d firefighters and %d volunteers were working along %d kilometres of the coast, according to %s. The river peaked at %d.%d metres, up from %d metres a week earlier.",
			day, 50+r.IntN(2000), 20+r.IntN(500), 5+r.IntN(300), who, 3+r.IntN(9), r.IntN(10), 1+r.IntN(3))
	}
	return fmt.Sprintf("The agency said on %s %d, %d that %d of the %d shelters were full. \"Please stay home if you can,\" %s told reporters, and %d schools will stay closed until %s.",
		month, 1+r.IntN(28), 2000+r.IntN(26), r.IntN(80), 80+r.IntN(100), who, r.IntN(300), day)
}

// bigText returns one article of at least n bytes.
func bigText(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Flood waters force thousands from their homes\n\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(bigParagraph(i))
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

// TestBigArticle times Run on one article of RECONCILE_BIG_MB megabytes
// (skipped when unset): claims of one article and one voice must not cost
// time or memory quadratic in their number.
func TestBigArticle(t *testing.T) {
	mb, _ := strconv.ParseFloat(os.Getenv("RECONCILE_BIG_MB"), 64)
	if mb <= 0 {
		t.Skip("set RECONCILE_BIG_MB to run")
	}
	fsys := fstest.MapFS{"big.txt": {Data: bigText(int(mb * (1 << 20)))}}
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
