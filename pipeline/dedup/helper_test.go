package dedup_test

import (
	"io/fs"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// makeDoc builds a Doc by hand as normalize would: whitespace folded,
// paragraphs separated by "\n\n", sentences split after ". ", "? ", "! ".
func makeDoc(id, source, published, text string) article.Doc {
	pub, err := article.ParseDateRange(published)
	if err != nil {
		panic(err)
	}
	var paras []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	d := article.Doc{Article: article.Article{ID: id, Source: source, Published: pub, Body: text}}
	d.Text = strings.Join(paras, "\n\n")
	off := 0
	for _, p := range paras {
		d.Paragraphs = append(d.Paragraphs, article.Span{Doc: id, Start: off, End: off + len(p)})
		d.Sentences = append(d.Sentences, splitSentences(id, p, off)...)
		off += len(p) + 2
	}
	return d
}

func splitSentences(id, p string, off int) []article.Span {
	var out []article.Span
	start := 0
	for i := 0; i+1 < len(p); i++ {
		if (p[i] == '.' || p[i] == '?' || p[i] == '!') && p[i+1] == ' ' {
			out = append(out, article.Span{Doc: id, Start: off + start, End: off + i + 1})
			start = i + 2
		}
	}
	return append(out, article.Span{Doc: id, Start: off + start, End: off + len(p)})
}

// seedDocs reads the embedded seeds and their manifest into Docs; the ID
// is the file's three-digit prefix.
func seedDocs(tb testing.TB) []article.Doc {
	tb.Helper()
	raw, err := fs.ReadFile(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	var manifest map[string]struct{ Source, Published string }
	if err := yaml.Unmarshal(raw, &manifest); err != nil {
		tb.Fatal(err)
	}
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var docs []article.Doc
	for _, name := range names {
		body, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		m := manifest[name]
		docs = append(docs, makeDoc(name[:3], m.Source, m.Published, string(body)))
	}
	return docs
}
