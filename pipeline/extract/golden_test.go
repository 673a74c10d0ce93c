package extract_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// corpusDocs builds a generated corpus of n articles from the seed texts
// and reads it as the pipeline does: ingest, then normalize.
func corpusDocs(tb testing.TB, n int) []article.Doc {
	tb.Helper()
	texts, err := corpus.SeedTexts()
	if err != nil {
		tb.Fatal(err)
	}
	files := corpus.Generate(texts, corpus.Options{Articles: n})
	ctx := context.Background()
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: corpus.FS(files), Pattern: ".", Name: "corpus"}}, ingest.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// TestGolden pins the full Result of Run on the seeds and on a generated
// corpus, so that speed work cannot change what is extracted. Run with
// -update to rewrite testdata/golden_*.txt, and say why in the commit.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		docs func(testing.TB) []article.Doc
	}{
		{"seeds", seedDocs},
		{"corpus300", func(tb testing.TB) []article.Doc { return corpusDocs(tb, 300) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := tt.docs(t)
			for _, w := range []int{1, 3} {
				res, err := extract.Run(context.Background(), docs, extract.Options{Workers: w})
				if err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				dumpValue(&got, "", reflect.ValueOf(res))
				checkGolden(t, filepath.Join("testdata", "golden_"+tt.name+".txt"), got.Bytes())
			}
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		g, w := "", ""
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s differs at line %d:\ngot:  %s\nwant: %s\n(run with -update only for a stated reason)", path, i+1, g, w)
		}
	}
}

// dumpValue writes v as one "path = value" line per leaf, following
// pointers; unlike encoding/json it prints infinite bounds.
func dumpValue(w *bytes.Buffer, path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		dumpValue(w, path, v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			dumpValue(w, path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			dumpValue(w, path+"["+strconv.Itoa(i)+"]", v.Index(i))
		}
	case reflect.Float32, reflect.Float64:
		w.WriteString(path + " = " + strconv.FormatFloat(v.Float(), 'g', -1, 64) + "\n")
	default:
		if !v.IsZero() {
			w.WriteString(path + " = " + strconv.Quote(fmtValue(v)) + "\n")
		}
	}
}

func fmtValue(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	}
	panic("golden: cannot print " + v.Kind().String())
}

// TestRunOrder checks that the Result does not depend on the order of the
// documents: the same docs reversed, and rotated by a third, give the same
// claims and entities.
func TestRunOrder(t *testing.T) {
	tests := []struct {
		name string
		docs func(testing.TB) []article.Doc
	}{
		{"seeds", seedDocs},
		{"corpus300", func(tb testing.TB) []article.Doc { return corpusDocs(tb, 300) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := tt.docs(t)
			want := dumpRun(t, docs)
			rev := slices.Clone(docs)
			slices.Reverse(rev)
			k := len(docs) / 3
			rot := append(slices.Clone(docs[k:]), docs[:k]...)
			for name, d := range map[string][]article.Doc{"reversed": rev, "rotated": rot} {
				if got := dumpRun(t, d); got != want {
					t.Errorf("%s docs: Result differs from the Result in run order", name)
				}
			}
		})
	}
}

func dumpRun(t *testing.T, docs []article.Doc) string {
	t.Helper()
	res, err := extract.Run(context.Background(), docs, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	dumpValue(&b, "", reflect.ValueOf(res))
	return b.String()
}

// BenchmarkExtractCorpus runs Run with one worker over a generated
// 2,000-article corpus: many stories, so entity clustering across the run
// counts as it does on a day's feed.
func BenchmarkExtractCorpus(b *testing.B) {
	docs := corpusDocs(b, 2000)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Run(context.Background(), docs, extract.Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
