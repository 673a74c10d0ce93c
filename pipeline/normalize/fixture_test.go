package normalize_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// An archive is a txtar file: a comment, then files introduced by lines
// "-- name --". golang.org/x/tools/txtar is not a dependency of the
// module, and this is all of the format the tests need.
type archive struct {
	comment string
	files   []archiveFile
}

type archiveFile struct {
	name string
	data string
}

func parseArchive(src string) archive {
	var a archive
	cur := &a.comment
	for _, ln := range strings.SplitAfter(src, "\n") {
		t := strings.TrimRight(ln, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			a.files = append(a.files, archiveFile{name: t[3 : len(t)-3]})
			cur = &a.files[len(a.files)-1].data
			continue
		}
		*cur += ln
	}
	return a
}

func (a archive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, f := range a.files {
		fmt.Fprintf(&b, "-- %s --\n%s", f.name, f.data)
	}
	return b.Bytes()
}

func (a archive) file(name string) (string, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return "", false
}

// TestFixtures runs Run on the articles (files *.txt) of each archive in
// testdata and compares what it reports — title and removed lines — with
// the archive's want section. It also checks that every line not removed
// survives in Text, so a rule that eats prose fails even after -update.
func TestFixtures(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(src))
			arts, docs := runArchive(t, a)
			got := describe(docs)
			for i := range docs {
				checkDoc(t, &docs[i], arts[i].Body)
				checkKept(t, &docs[i], arts[i].Body)
			}
			if *update {
				rewriteWant(t, path, a, got)
				return
			}
			want, _ := a.file("want")
			if got != want {
				t.Errorf("%s: Run reported\n%s\nwant\n%s", path, got, want)
			}
		})
	}
}

// runArchive runs Run on the articles of a and returns them with their
// Docs.
func runArchive(t *testing.T, a archive) ([]article.Article, []article.Doc) {
	var opt struct{ MinRepeat int }
	if js, ok := a.file("options.json"); ok {
		dec := json.NewDecoder(strings.NewReader(js))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&opt); err != nil {
			t.Fatalf("options.json: %v", err)
		}
	}
	var arts []article.Article
	for _, f := range a.files {
		if strings.HasSuffix(f.name, ".txt") {
			arts = append(arts, article.Article{ID: f.name, Path: f.name, Body: f.data, Line: 1})
		}
	}
	docs, _, err := normalize.Run(context.Background(), arts, normalize.Options{MinRepeat: opt.MinRepeat})
	if err != nil {
		t.Fatal(err)
	}
	return arts, docs
}

// describe lists the title and removed lines of docs, one per line:
// "file title: …", "file line reason: text".
func describe(docs []article.Doc) string {
	var b strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&b, "%s title: %s\n", d.ID, d.Title)
		for _, r := range d.Removed {
			fmt.Fprintf(&b, "%s %d %s: %s\n", d.ID, r.Line, r.Reason, r.Text)
		}
	}
	return b.String()
}

func rewriteWant(t *testing.T, path string, a archive, want string) {
	var files []archiveFile
	for _, f := range a.files {
		if f.name != "want" {
			files = append(files, f)
		}
	}
	a.files = append(files, archiveFile{name: "want", data: want})
	if err := os.WriteFile(path, a.format(), 0o644); err != nil {
		t.Fatal(err)
	}
}
