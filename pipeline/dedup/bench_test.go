package dedup

import (
	"context"
	"fmt"
	"testing"
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

// TestGeneratedStories checks story grouping at scale: the generated
// stories come back exactly, and each has copies among its relations.
func TestGeneratedStories(t *testing.T) {
	if testing.Short() {
		t.Skip("10k articles under -short")
	}
	docs := generated(10_000)
	res, err := Run(context.Background(), docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Stories {
		want := storyOfGenerated(s.Articles[0])
		for _, id := range s.Articles {
			if got := storyOfGenerated(id); got != want {
				t.Fatalf("story %s mixes generated stories %d and %d: %v", s.ID, want, got, s.Articles)
			}
		}
	}
	if want := (len(docs) + storySize - 1) / storySize; len(res.Stories) != want {
		t.Errorf("got %d stories, want %d", len(res.Stories), want)
	}
	kinds := map[string]int{}
	for _, r := range res.Relations {
		kinds[r.Kind.String()]++
	}
	if kinds["near_duplicate"] == 0 || kinds["derived"] == 0 {
		t.Errorf("relations by kind = %v, want near duplicates and rewrites", kinds)
	}
	t.Logf("%d articles, %d stories, relations %v", len(docs), len(res.Stories), kinds)
}
