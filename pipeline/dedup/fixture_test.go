package dedup_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
)

// A txtarFile is one file of a txtar archive.
type txtarFile struct {
	name string
	data string
}

// parseTxtar splits a txtar archive into its comment and files.
func parseTxtar(data string) (comment string, files []txtarFile) {
	for line := range strings.Lines(data) {
		name, ok := strings.CutPrefix(strings.TrimRight(line, "\n"), "-- ")
		if name, ok2 := strings.CutSuffix(name, " --"); ok && ok2 {
			files = append(files, txtarFile{name: name})
			continue
		}
		if len(files) == 0 {
			comment += line
		} else {
			files[len(files)-1].data += line
		}
	}
	return comment, files
}

// fixtureDoc builds a Doc from a fixture file: "key: value" header lines
// (source, published, raw, removed), a blank line, then the text. With
// "raw: true" the text is kept as written instead of being folded.
func fixtureDoc(t *testing.T, id, data string) article.Doc {
	head, body, _ := strings.Cut(data, "\n\n")
	meta := map[string]string{}
	var removed []article.Removed
	for line := range strings.Lines(head) {
		k, v, _ := strings.Cut(strings.TrimSpace(line), ": ")
		if k == "removed" {
			removed = append(removed, article.Removed{Text: v, Reason: article.Widget})
			continue
		}
		meta[k] = v
	}
	d := makeDoc(id, meta["source"], meta["published"], body)
	if meta["raw"] == "true" {
		d = rawDoc(d, strings.TrimSpace(body))
	}
	d.Removed = removed
	return d
}

// rawDoc replaces d's text by text, split the same way but not folded.
func rawDoc(d article.Doc, text string) article.Doc {
	d.Text, d.Sentences, d.Paragraphs = text, nil, nil
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		d.Paragraphs = append(d.Paragraphs, article.Span{Doc: d.ID, Start: off, End: off + len(p)})
		d.Sentences = append(d.Sentences, splitSentences(d.ID, p, off)...)
		off += len(p) + 2
	}
	return d
}

type wantStory struct {
	Articles []string   `json:"articles"`
	Voices   [][]string `json:"voices"`
}

type wantRelation struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Kind string `json:"kind"`
	From string `json:"from,omitempty"`
	// Why, when given, must occur in the relation's Why.
	Why string `json:"why,omitempty"`
}

type want struct {
	Stories   []wantStory    `json:"stories"`
	Relations []wantRelation `json:"relations"`
}

func TestFixtures(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			runFixture(t, path)
		})
	}
}

func runFixture(t *testing.T, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, files := parseTxtar(string(raw))
	var opt dedup.Options
	var w want
	var docs []article.Doc
	for _, f := range files {
		switch {
		case f.name == "options.json":
			dec := json.NewDecoder(strings.NewReader(f.data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&opt); err != nil {
				t.Fatalf("options.json: %v", err)
			}
		case f.name == "want.json":
			dec := json.NewDecoder(strings.NewReader(f.data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&w); err != nil {
				t.Fatalf("want.json: %v", err)
			}
		default:
			docs = append(docs, fixtureDoc(t, strings.TrimSuffix(f.name, ".txt"), f.data))
		}
	}
	res, err := dedup.Run(context.Background(), docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	got := summarize(res)
	for i, r := range got.Relations {
		if i < len(w.Relations) && strings.Contains(r.Why, w.Relations[i].Why) {
			got.Relations[i].Why = w.Relations[i].Why // a stated part is enough
		}
	}
	if !reflect.DeepEqual(got, w) {
		t.Errorf("Run(%s) =\n%s\nwant\n%s\nrelations: %s", path, jsonOf(got), jsonOf(w), jsonOf(res.Relations))
	}
}

// summarize keeps what a fixture states: stories with voices, and the
// kind and direction of each relation.
func summarize(res dedup.Result) want {
	w := want{Stories: []wantStory{}, Relations: []wantRelation{}}
	for _, s := range res.Stories {
		w.Stories = append(w.Stories, wantStory{Articles: s.Articles, Voices: s.Voices})
	}
	for _, r := range res.Relations {
		w.Relations = append(w.Relations, wantRelation{A: r.A, B: r.B, Kind: r.Kind.String(), From: r.From, Why: r.Why})
	}
	return w
}

func jsonOf(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.Encode(v)
	return buf.String()
}
