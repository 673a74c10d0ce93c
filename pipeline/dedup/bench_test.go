package dedup

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func corpusBytes(n int) int64 {
	var total int64
	for _, d := range generated(n) {
		total += int64(len(d.Text))
	}
	return total
}

// BenchmarkRun measures Run on generated corpora; the 100k corpus is
// skipped under -short. Generating is not timed.
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			if n > 10_000 && testing.Short() {
				b.Skip("large corpus under -short")
			}
			docs := generated(n)
			b.SetBytes(corpusBytes(n))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Run(context.Background(), docs, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestGeneratedShape(t *testing.T) {
	start := time.Now()
	docs := generated(10_000)
	res, err := Run(context.Background(), docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, r := range res.Relations {
		kinds[r.Kind.String()]++
	}
	sizes := map[int]int{}
	for _, s := range res.Stories {
		sizes[len(s.Articles)]++
	}
	t.Logf("%d docs, %d stories %v, relations %v in %v", len(docs), len(res.Stories), sizes, kinds, time.Since(start))
}
