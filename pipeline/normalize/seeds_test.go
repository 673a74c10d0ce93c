package normalize_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// seedArticles reads the seed corpus as ingest would hand it over: the
// file as Body, starting on line 1.
func seedArticles(tb testing.TB) []article.Article {
	tb.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var arts []article.Article
	for _, name := range names {
		b, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, article.Article{
			ID: strings.TrimSuffix(name, ".txt"), Path: name, Body: string(b), Line: 1,
		})
	}
	return arts
}
