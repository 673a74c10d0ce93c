package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/reconcile"
	"github.com/crosscheck-news/crosscheck/report"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// Two outlets report the burned area of one fire differently, a third
// copies the first (and so adds no voice), and a fourth file is empty.
func ExampleRun() {
	herald := "Firefighters had contained 40 percent of the Ridgeback wildfire near Pinecrest by Friday, " +
		"and 800 homes remain under evacuation orders.\n\n" +
		"The Ridgeback wildfire has burned 3,200 acres of forest since Tuesday, fire officials said.\n"
	fsys := fstest.MapFS{
		"herald.md": {Data: []byte("---\nsource: Coastal Herald\npublished: 2023-06-02\n---\n" + herald)},
		"copy.md":   {Data: []byte("---\nsource: Daily Digest\npublished: 2023-06-03\n---\n" + herald)},
		"wire.md": {Data: []byte("---\nsource: Regional Wire\npublished: 2023-06-02\n---\n" +
			"Fire officials said the Ridgeback wildfire had burned 3,900 acres of forest since Tuesday.\n\n" +
			"Schools in Pinecrest will stay closed next week while crews clear the roads, the county said.\n")},
		"empty.txt": {Data: nil},
	}
	res, err := pipeline.Run(context.Background(), []ingest.Input{{FS: fsys, Pattern: "."}}, pipeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("articles:", len(res.Docs), "stories:", len(res.Stories))
	for _, p := range res.Problems {
		fmt.Println("problem:", p)
	}
	for _, f := range res.Findings {
		if f.Kind == reconcile.Contradiction {
			fmt.Println(f.Kind, f.Severity, f.Subject, f.Articles, "voices:", f.Voices)
		}
	}
	// Output:
	// articles: 3 stories: 1
	// problem: empty.txt: empty file
	// contradiction error acres [copy herald wire] voices: [[copy herald] [wire]]
}

// seedInput is the embedded seeds with their manifest, as the command
// reads them when no input is named.
func seedInput(tb testing.TB) ([]ingest.Input, ingest.Manifest) {
	tb.Helper()
	m, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	return []ingest.Input{{FS: seeds.FS, Pattern: ".", Name: "seeds"}}, m
}

// seedTexts returns the text of the seed articles.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("seed articles: %v, %d files", err, len(names))
	}
	texts := make([]string, len(names))
	for i, n := range names {
		b, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			tb.Fatal(err)
		}
		texts[i] = string(b)
	}
	return texts
}

// render runs the pipeline and returns the JSON report of its result.
func render(tb testing.TB, in []ingest.Input, opt pipeline.Options) []byte {
	tb.Helper()
	res, err := pipeline.Run(context.Background(), in, opt)
	if err != nil {
		tb.Fatalf("Run(workers %d): %v", opt.Workers, err)
	}
	var b bytes.Buffer
	if err := report.JSON(&b, res); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func TestRunDeterministicAcrossWorkers(t *testing.T) {
	seedIn, m := seedInput(t)
	n := 300
	if testing.Short() {
		n = 100
	}
	gen := corpus.FS(corpus.Generate(seedTexts(t), corpus.Options{Articles: n}))
	for _, tc := range []struct {
		name string
		in   []ingest.Input
		opt  pipeline.Options
	}{
		{"seeds", seedIn, pipeline.Options{Manifest: m}},
		{fmt.Sprintf("corpus of %d", n), []ingest.Input{{FS: gen, Pattern: "."}}, pipeline.Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var first []byte
			for _, w := range []int{1, 2, 8} {
				tc.opt.Workers = w
				got := render(t, tc.in, tc.opt)
				if first == nil {
					first = got
					if !bytes.Contains(got, []byte(`"findings": [`)) {
						t.Fatalf("workers 1: report has no findings:\n%.300s", got)
					}
					continue
				}
				if !bytes.Equal(got, first) {
					t.Errorf("workers %d: report differs from workers 1 at byte %d:\n got %q\nwant %q",
						w, firstByteDiff(got, first), around(got, first), around(first, got))
				}
			}
		})
	}
}

func firstByteDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// around returns a's bytes around its first difference from b.
func around(a, b []byte) string {
	i := firstByteDiff(a, b)
	return string(a[max(0, i-80):min(len(a), i+80)])
}

func TestRunRejectsNegativeWorkers(t *testing.T) {
	in, _ := seedInput(t)
	if _, err := pipeline.Run(context.Background(), in, pipeline.Options{Workers: -1}); err == nil {
		t.Errorf("Run(Workers: -1) = nil error, want one")
	}
}

func TestRunCancelled(t *testing.T) {
	in, _ := seedInput(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := pipeline.Run(ctx, in, pipeline.Options{})
	if err == nil || res != nil {
		t.Errorf("Run(cancelled ctx) = %v, %v; want nil, context.Canceled", res, err)
	}
}

// totalBytes is the size of the articles of fsys.
func totalBytes(tb testing.TB, fsys fs.FS) int64 {
	var n int64
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		info, err := d.Info()
		n += info.Size()
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func BenchmarkRun(b *testing.B) {
	in, m := seedInput(b)
	b.SetBytes(totalBytes(b, seeds.FS))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.Run(context.Background(), in, pipeline.Options{Manifest: m}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRunCorpus(b *testing.B) {
	files := corpus.Generate(seedTexts(b), corpus.Options{Articles: 1000})
	in := []ingest.Input{{FS: corpus.FS(files), Pattern: "."}}
	b.SetBytes(corpus.Size(files))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.Run(context.Background(), in, pipeline.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
