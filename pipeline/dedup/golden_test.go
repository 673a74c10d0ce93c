package dedup_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

var update = flag.Bool("update", false, "rewrite golden files")

// A golden file pins the whole Result of Run on one input, and a
// fingerprint of that input, so that a change upstream (ingest, normalize,
// the corpus generator) is told apart from a change of dedup's output.
type golden struct {
	Input  string       `json:"input"` // sha256 of the input Docs as JSON
	Result dedup.Result `json:"result"`
}

// TestGolden pins the full Result on the normalized seeds and on a
// generated 500-article corpus, at one and at two workers: speed work
// must not change a story, a relation, a passage or a similarity.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		docs func(testing.TB) []article.Doc
	}{
		{"seeds", normalizedSeeds},
		{"corpus500", func(tb testing.TB) []article.Doc { return corpusDocs(tb, 500) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := tc.docs(t)
			path := filepath.Join("testdata", "golden_"+tc.name+".json")
			for _, workers := range []int{1, 2} {
				res, err := dedup.Run(context.Background(), docs, dedup.Options{Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, path, golden{Input: fingerprint(t, docs), Result: res})
			}
		})
	}
}

func checkGolden(t *testing.T, path string, got golden) {
	t.Helper()
	data := marshalGolden(t, got)
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want golden
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if want.Input != got.Input {
		t.Fatalf("%s: the input changed (ingest, normalize or the corpus generator), not dedup: input %s, golden written for %s; regenerate with -update at a dedup commit known to be good", path, got.Input, want.Input)
	}
	if !bytes.Equal(raw, data) {
		t.Errorf("Run on %s input %s:\n%s", path, got.Input, firstDiff(string(data), string(raw)))
	}
}

// marshalGolden writes g as JSON with one story or relation a line, so
// that the file stays small and its diff reviewable.
func marshalGolden(t *testing.T, g golden) []byte {
	var b bytes.Buffer
	b.WriteString("{\"input\": \"" + g.Input + "\",\n\"result\": {\"Stories\": [\n")
	writeLines(t, &b, g.Result.Stories)
	b.WriteString("],\n\"Relations\": [\n")
	writeLines(t, &b, g.Result.Relations)
	b.WriteString("]}}\n")
	return b.Bytes()
}

func writeLines[T any](t *testing.T, b *bytes.Buffer, xs []T) {
	for i, x := range xs {
		data, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		if i < len(xs)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\ngot:  " + g[i] + "\nwant: " + w[i]
		}
	}
	return "got " + strconv.Itoa(len(g)) + " lines, want " + strconv.Itoa(len(w))
}

func fingerprint(t *testing.T, docs []article.Doc) string {
	data, err := json.Marshal(docs)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

// corpusDocs generates n articles from the seed texts with
// pipeline/corpus, as `crosscheck bench` does, and reads them through
// ingest and normalize.
func corpusDocs(tb testing.TB, n int) []article.Doc {
	tb.Helper()
	return corpusDocsOpt(tb, corpus.Options{Articles: n})
}

// corpusDocsOpt is corpusDocs with the generator's options.
func corpusDocsOpt(tb testing.TB, opt corpus.Options) []article.Doc {
	tb.Helper()
	texts, err := corpus.SeedTexts()
	if err != nil {
		tb.Fatal(err)
	}
	files := corpus.Generate(texts, opt)
	ctx := context.Background()
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: corpus.FS(files), Pattern: "."}}, ingest.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}
