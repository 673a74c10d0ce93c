package reconcile_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/gob"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

var (
	goldenUpdate = flag.Bool("update-golden", false,
		"rewrite testdata/golden/*.findings from the frozen inputs (only when reconcile's results are meant to change)")
	goldenUpdateInput = flag.Bool("update-golden-input", false,
		"rewrite testdata/golden/*.input.gob.gz from the current earlier stages (and the findings with them)")
)

// goldenCases are the inputs whose findings are pinned: the seeds, and a
// generated corpus of 300 articles. Their inputs are frozen in testdata,
// so that changes in the earlier stages do not move the pin: it catches
// changes of reconcile's own results only.
var goldenCases = []struct {
	name  string
	input func(t testing.TB) reconcile.Input
}{
	{"seeds", seedsInput},
	{"corpus300", func(t testing.TB) reconcile.Input { return corpusInput(t, 300) }},
}

// TestGolden pins every field of every finding on the frozen inputs, at
// one and two workers.
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			inPath := filepath.Join("testdata", "golden", tc.name+".input.gob.gz")
			outPath := filepath.Join("testdata", "golden", tc.name+".findings")
			if *goldenUpdateInput {
				goldenWriteInput(t, inPath, tc.input(t))
			}
			in := goldenReadInput(t, inPath)
			got := goldenRender(t, run(t, in, 1))
			if *goldenUpdate || *goldenUpdateInput {
				if err := os.WriteFile(outPath, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: findings differ from %s:\n%s", tc.name, outPath, goldenFirstDiff(got, want))
			}
			if got2 := goldenRender(t, run(t, in, 2)); !bytes.Equal(got2, got) {
				t.Errorf("%s: findings at 2 workers differ from 1 worker:\n%s", tc.name, goldenFirstDiff(got2, got))
			}
		})
	}
}

// goldenRender writes the findings one per line as JSON: every exported
// field, the fingerprint included.
func goldenRender(t testing.TB, r *reconcile.Result) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, fd := range r.Findings {
		line, err := json.Marshal(fd)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// goldenFirstDiff shows the first line where got and want differ.
func goldenFirstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\ngot:  " + gl + "\nwant: " + wl
		}
	}
	return "(no line differs)"
}

// goldenWriteInput freezes in, less the parts of its docs that reconcile
// does not read (the raw body and offset maps).
func goldenWriteInput(t testing.TB, path string, in reconcile.Input) {
	t.Helper()
	for i := range in.Docs {
		d := &in.Docs[i]
		d.Body, d.Map, d.LineStarts, d.Removed = "", nil, nil, nil
		d.Runes.Gaps, d.Runes.Marks = nil, nil
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if err := gob.NewEncoder(zw).Encode(in); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func goldenReadInput(t testing.TB, path string) reconcile.Input {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var in reconcile.Input
	if err := gob.NewDecoder(zr).Decode(&in); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return in
}

// corpusInput runs the real stages on a generated corpus of n articles
// made from the seeds.
func corpusInput(t testing.TB, n int) reconcile.Input {
	t.Helper()
	texts, err := corpus.SeedTexts()
	if err != nil {
		t.Fatal(err)
	}
	fsys := corpus.FS(corpus.Generate(texts, corpus.Options{Articles: n}))
	return stagesInput(t, []ingest.Input{{FS: fsys, Pattern: ".", Name: "corpus"}}, ingest.Options{})
}

// stagesInput runs ingest, normalize, dedup and extract as the pipeline does.
func stagesInput(t testing.TB, inputs []ingest.Input, opt ingest.Options) reconcile.Input {
	t.Helper()
	ctx := context.Background()
	arts, problems, err := ingest.Run(ctx, inputs, opt)
	if err != nil {
		t.Fatal(err)
	}
	docs, more, err := normalize.Run(ctx, arts, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	problems = append(problems, more...)
	groups, err := dedup.Run(ctx, docs, dedup.Options{})
	if err != nil {
		t.Fatal(err)
	}
	claims, err := extract.Run(ctx, docs, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	problems.Sort()
	return reconcile.Input{Docs: docs, Stories: groups.Stories, Relations: groups.Relations,
		Claims: claims.Claims, Entities: claims.Entities, Problems: problems}
}
