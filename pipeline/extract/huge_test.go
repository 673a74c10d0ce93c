package extract_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// hugeParagraph returns paragraph i of a generated flood report: the kind
// of text crosscheck's hostile test repeats into one 50 MB article.
func hugeParagraph(i int) string {
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

// hugeDoc returns one article of at least n bytes of hugeParagraphs, read
// as the pipeline reads it: ingest, then normalize.
func hugeDoc(tb testing.TB, n int) []article.Doc {
	tb.Helper()
	var b strings.Builder
	b.Grow(n + 1024)
	b.WriteString("Flood waters force thousands from their homes\n\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(hugeParagraph(i))
		b.WriteString("\n\n")
	}
	fsys := fstest.MapFS{"huge.txt": {Data: []byte(b.String())}}
	ctx := context.Background()
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: fsys, Pattern: ".", Name: "huge"}}, ingest.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	if len(docs) != 1 {
		tb.Fatalf("got %d docs, want 1", len(docs))
	}
	return docs
}

// BenchmarkExtractHugeArticle runs extract alone on one article of 1, 4
// and 16 MB: time per byte must stay near constant as the article grows
// (a per-word scan of the whole text once made 4 MB take over 2 minutes).
func BenchmarkExtractHugeArticle(b *testing.B) {
	for _, mb := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			docs := hugeDoc(b, mb<<20)
			b.SetBytes(int64(len(docs[0].Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := extract.Run(context.Background(), docs, extract.Options{Workers: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
