package normalize_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

func TestRunOptions(t *testing.T) {
	tests := []struct {
		name string
		opt  normalize.Options
	}{
		{"negative workers", normalize.Options{Workers: -1}},
		{"negative min repeat", normalize.Options{MinRepeat: -2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, _, err := normalize.Run(context.Background(), seedArticles(t), tc.opt)
			if err == nil || docs != nil {
				t.Errorf("Run(%+v) = %d docs, %v; want an error", tc.opt, len(docs), err)
			}
		})
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := normalize.Run(ctx, seedArticles(t), normalize.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run(cancelled) error = %v, want %v", err, context.Canceled)
	}
}

// TestRunNoText checks that an article left empty is reported, not fatal,
// and keeps its place among the others.
func TestRunNoText(t *testing.T) {
	in := []article.Article{
		{ID: "chrome", Path: "chrome.txt", Line: 1, Body: "Skip to content\nShare this article\n\nLeave a Reply\n"},
		{ID: "empty", Path: "empty.txt", Line: 1, Body: " \u200b\n\u00a0"},
		{ID: "ok", Path: "ok.txt", Line: 1, Body: "The council met on Monday."},
	}
	docs, problems, err := normalize.Run(context.Background(), in, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || docs[0].ID != "chrome" || docs[2].Text != "The council met on Monday." {
		t.Fatalf("Run = %+v, want three docs in order", docs)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	want := []string{"chrome.txt:1: " + normalize.ErrNoText.Error(), "empty.txt:1: " + normalize.ErrNoText.Error()}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
	if n := len(docs[0].Removed); n != 3 {
		t.Errorf("chrome: %d lines removed, want 3: %+v", n, docs[0].Removed)
	}
}

// TestRunMetadataTitle checks that a title given by metadata is kept, and
// that the furniture above its line in the text goes.
func TestRunMetadataTitle(t *testing.T) {
	body := "World\nEurope\nTalks resume in Geneva\nDiplomats from both sides met again on Tuesday in Geneva.\n"
	docs, _, err := normalize.Run(context.Background(), []article.Article{
		{ID: "a", Path: "a.md", Line: 5, Title: "Talks Resume in Geneva", Body: body},
	}, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Title != "Talks Resume in Geneva" {
		t.Errorf("Title = %q, want the metadata title", d.Title)
	}
	want := "Talks resume in Geneva\n\nDiplomats from both sides met again on Tuesday in Geneva."
	if d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if got := d.Pos(d.Sentences[1].Start).Line; got != 8 {
		t.Errorf("second sentence on line %d, want 8 (body starts on line 5)", got)
	}
	checkDoc(t, &d, body)
}

// TestRunFlat checks positions in an article whose Body is not made of
// file lines: everything is reported on Article.Line.
func TestRunFlat(t *testing.T) {
	docs, _, err := normalize.Run(context.Background(), []article.Article{{
		ID: "j", Path: "feed.jsonl", Line: 12, Flat: true,
		Body: "Skip to content\nThe vote passed 84 to 14.\nComments are closed.",
	}}, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	for _, r := range d.Removed {
		if r.Line != 12 {
			t.Errorf("removed %q on line %d, want 12", r.Text, r.Line)
		}
	}
	if got := d.Pos(d.Sentences[0].Start); got.Line != 12 || got.Path != "feed.jsonl" {
		t.Errorf("Pos = %+v, want feed.jsonl:12", got)
	}
}

// TestRunDeterministic checks that the number of workers never changes
// the output.
func TestRunDeterministic(t *testing.T) {
	in := append(seedArticles(t), fixtureArticles(t)...)
	one, p1, err := normalize.Run(context.Background(), in, normalize.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{2, 8} {
		many, pn, err := normalize.Run(context.Background(), in, normalize.Options{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(one, many) || !reflect.DeepEqual(p1, pn) {
			t.Errorf("Run with %d workers differs from Run with 1", w)
		}
	}
}

// fixtureArticles returns the articles of every archive in testdata.
func fixtureArticles(tb testing.TB) []article.Article {
	paths, _ := filepath.Glob("testdata/*.txtar")
	var arts []article.Article
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range parseArchive(string(src)).files {
			if strings.HasSuffix(f.name, ".txt") {
				id := filepath.Base(path) + "/" + f.name
				arts = append(arts, article.Article{ID: id, Path: id, Body: f.data, Line: 1})
			}
		}
	}
	return arts
}

func ExampleRun() {
	body := "Skip to content\n" +
		"Senate passes budget after all-night session\n" +
		"By Jane Doe\n" +
		"The U.S. Senate passed the $1.5 trillion budget early on Friday. “It was long,” Sen. Smith said.\n" +
		"See also: Markets rally as budget deal nears\n" +
		"Reporters Ann Lee and Bo Chan contributed to this report.\n" +
		"Leave a Reply\n"
	docs, _, _ := normalize.Run(context.Background(), []article.Article{
		{ID: "a", Path: "a.txt", Line: 1, Body: body},
	}, normalize.Options{})
	d := docs[0]
	fmt.Println("title:", d.Title)
	for _, s := range d.Sentences {
		fmt.Printf("line %d: %s\n", d.Pos(s.Start).Line, d.Slice(s))
	}
	for _, r := range d.Removed {
		fmt.Printf("removed line %d (%s): %s\n", r.Line, r.Reason, r.Text)
	}
	fmt.Println("credits:", d.Credits)
	// Output:
	// title: Senate passes budget after all-night session
	// line 2: Senate passes budget after all-night session
	// line 4: The U.S. Senate passed the $1.5 trillion budget early on Friday.
	// line 4: “It was long,” Sen. Smith said.
	// removed line 1 (site_chrome): Skip to content
	// removed line 3 (author_bio): By Jane Doe
	// removed line 5 (link_spam): See also: Markets rally as budget deal nears
	// removed line 6 (credit): Reporters Ann Lee and Bo Chan contributed to this report.
	// removed line 7 (widget): Leave a Reply
	// credits: [Reporters Ann Lee and Bo Chan contributed to this report.]
}

func ExampleSentences() {
	text := "Dr. Khan met U.S. officials at 9 a.m. The talks, on 1.5 million tons of grain, went well… for now."
	for _, r := range normalize.Sentences(text) {
		fmt.Println(text[r[0]:r[1]])
	}
	// Output:
	// Dr. Khan met U.S. officials at 9 a.m.
	// The talks, on 1.5 million tons of grain, went well… for now.
}

func BenchmarkNormalize(b *testing.B) {
	in := seedArticles(b)
	n := 0
	for _, a := range in {
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := normalize.Run(context.Background(), in, normalize.Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
