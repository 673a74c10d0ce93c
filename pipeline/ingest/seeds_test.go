package ingest_test

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// readSeeds ingests the embedded seeds with their manifest.
func readSeeds(tb testing.TB, workers int) ([]article.Article, article.ErrorList) {
	tb.Helper()
	m, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatalf("ReadManifest: %v", err)
	}
	in := []ingest.Input{{FS: seeds.FS, Pattern: ".", Name: "seeds"}}
	arts, probs, err := ingest.Run(context.Background(), in, ingest.Options{Manifest: m, Workers: workers})
	if err != nil {
		tb.Fatalf("Run: %v", err)
	}
	return arts, probs
}

func TestSeeds(t *testing.T) {
	arts, probs := readSeeds(t, 0)
	if len(probs) > 0 {
		t.Errorf("problems: %v", probs)
	}
	want := []struct{ id, source, published string }{
		{"000_bb8337fbb9dbc1cf", "CNN (machine-translated repost)", "2022-02-17"},
		{"001_9f16ae1c42826ab9", "CNN", "2022-01-31"},
		{"002_3a04cc96b03d8b02", "CNN (machine-translated repost)", "2022-01-26"},
		{"003_f21e273e5e128133", "The Hill", "2022-01-31"},
		{"004_47c9a843efa68e47", "unknown outlet (rewrite of The Hill)", "2022-02-02/2022-02-11"},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d", len(arts), len(want))
	}
	for i, w := range want {
		a := arts[i]
		got := []string{a.ID, a.Source, a.Published.String(), a.Path}
		exp := []string{w.id, w.source, w.published, "seeds/" + w.id + ".txt"}
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("article %d = %q, want %q", i, got, exp)
		}
		raw, _ := seeds.FS.ReadFile(w.id + ".txt")
		if a.Body != strings.TrimPrefix(string(raw), "\ufeff") || a.Line != 1 || a.Flat || a.Format != article.Text {
			t.Errorf("%s: Body/Line/Flat/Format not the file as read (line %d, flat %v, format %v)", w.id, a.Line, a.Flat, a.Format)
		}
	}
}

func TestDeterministicWorkers(t *testing.T) {
	a1, p1 := readSeeds(t, 1)
	a8, p8 := readSeeds(t, 8)
	if !reflect.DeepEqual(a1, a8) || !reflect.DeepEqual(p1, p8) {
		t.Errorf("seeds: Workers 1 and 8 differ:\n%+v\n%+v", a1, a8)
	}
	// testdata mixes every format, duplicate base names and bad lines.
	in := []ingest.Input{{FS: os.DirFS("testdata"), Pattern: ".", Name: "testdata"}}
	var runs [2][]article.Article
	var probs [2]article.ErrorList
	for i, workers := range []int{1, 8} {
		var err error
		runs[i], probs[i], err = ingest.Run(context.Background(), in, ingest.Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(runs[0]) < 6 || !reflect.DeepEqual(runs[0], runs[1]) || !reflect.DeepEqual(probs[0], probs[1]) {
		t.Errorf("testdata: Workers 1 and 8 differ or too few articles:\n%v\n%v", arts(runs[0]), arts(runs[1]))
	}
}

func BenchmarkIngest(b *testing.B) {
	m, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		b.Fatal(err)
	}
	in := []ingest.Input{{FS: seeds.FS, Pattern: ".", Name: "seeds"}}
	opt := ingest.Options{Manifest: m}
	arts, _, _ := ingest.Run(context.Background(), in, opt)
	n := 0
	for _, a := range arts {
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ingest.Run(context.Background(), in, opt); err != nil {
			b.Fatal(err)
		}
	}
}
