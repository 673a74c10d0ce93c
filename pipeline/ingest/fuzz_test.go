package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

// addTestdata seeds f with the files of testdata matching glob.
func addTestdata(f *testing.F, glob string) {
	names, err := filepath.Glob(filepath.Join("testdata", glob))
	if err != nil || len(names) == 0 {
		f.Fatalf("no testdata for %s: %v", glob, err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// ingestOne runs ingest on one file holding data.
func ingestOne(t *testing.T, name string, data []byte) ([]article.Article, article.ErrorList) {
	fsys := fstest.MapFS{name: {Data: data}}
	arts, probs, err := ingest.Run(context.Background(), []ingest.Input{{FS: fsys, Pattern: name}}, ingest.Options{Workers: 1})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return arts, probs
}

// asText is data as ingest reads text: without a byte order mark, with
// invalid UTF-8 replaced.
func asText(data []byte) string {
	return strings.ToValidUTF8(strings.TrimPrefix(string(data), "\ufeff"), "\uFFFD")
}

// checkProblems checks that problems lie within a file of n lines.
func checkProblems(t *testing.T, probs article.ErrorList, n int) {
	for _, p := range probs {
		if p.Line < 0 || p.Line > n || p.Msg == "" || p.Msg != strings.ToLower(p.Msg[:1])+p.Msg[1:] {
			t.Errorf("problem %q: line %d outside 0..%d or message not lower-case", p, p.Line, n)
		}
	}
}

func FuzzFrontMatter(f *testing.F) {
	addTestdata(f, "*.md")
	for _, s := range []string{"---\n---\n", "---", "---\r\ntitle: x\r\n---\r\nbody", "---\ntitle: [\n---\nx", "---\n...\n", "\ufeff---\ndate: 2024-01-01/2023-01-01\n---\nx\n---\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, probs := ingestOne(t, "f.md", data)
		text := asText(data)
		checkProblems(t, probs, strings.Count(text, "\n")+1)
		if len(arts) > 1 {
			t.Fatalf("%d articles from one Markdown file", len(arts))
		}
		for _, a := range arts {
			off := len(text) - len(a.Body)
			if off < 0 || text[off:] != a.Body {
				t.Fatalf("Body %q is not a suffix of the file %q", a.Body, text)
			}
			if want := 1 + strings.Count(text[:off], "\n"); a.Line != want {
				t.Errorf("Line = %d, want %d (body at offset %d of %q)", a.Line, want, off, text)
			}
			if !utf8.ValidString(a.Body) || a.ID == "" {
				t.Errorf("invalid UTF-8 body or empty ID: %q %q", a.ID, a.Body)
			}
		}
	})
}

func FuzzJSONLines(f *testing.F) {
	addTestdata(f, "*.jsonl")
	for _, s := range []string{"{\"text\":\"a\"}\n{\"text\":\"b\"}", "{\"text\":1}", "[]\n{}\n", "{\"id\":\"x\",\"text\":\"y\"}\r\n{\"id\":\"x\",\"text\":\"z\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, probs := ingestOne(t, "f.jsonl", data)
		lines := strings.Split(asText(data), "\n")
		checkProblems(t, probs, len(lines))
		last := 0
		for _, a := range arts {
			if a.Line <= last || a.Line > len(lines) {
				t.Fatalf("Line %d after %d, outside 1..%d", a.Line, last, len(lines))
			}
			last = a.Line
			if ln := strings.TrimSpace(lines[a.Line-1]); !strings.HasPrefix(ln, "{") {
				t.Errorf("Line %d is %q, not an object", a.Line, ln)
			}
			if !a.Flat || strings.TrimSpace(a.Body) == "" || a.ID == "" {
				t.Errorf("article %+v: want Flat, a body and an ID", a)
			}
		}
	})
}

// FuzzHTML checks that a page, whatever its markup or bytes, gives at
// most one article, with a valid UTF-8 body, a line and an ID, and
// problems within the file, without panicking.
func FuzzHTML(f *testing.F) {
	addTestdata(f, "html/*.html")
	for _, s := range []string{"", "<p>x", "<html><body><article><p>One.</p><p>Two.</p></article></body></html>",
		"<meta charset=\"shift_jis\"><p>\x82\xa0\x82\xa2</p>", "<p>caf\xe9 \xff</p>", "<pre>a\r\n\tb</pre><br><li>c",
		"<title>T</title><p>T</p>", "<svg><p>x</svg><table><td>y<template><p>z"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, probs := ingestOne(t, "f.html", data)
		checkProblems(t, probs, strings.Count(asText(data), "\n")+1)
		if len(arts) > 1 {
			t.Fatalf("%d articles from one page", len(arts))
		}
		for _, a := range arts {
			if !utf8.ValidString(a.Body) || a.Line < 1 || a.ID == "" || strings.TrimSpace(a.Body) == "" {
				t.Errorf("page %q: article %+v: want a non-blank valid UTF-8 body, a line and an ID", data, a)
			}
		}
	})
}
