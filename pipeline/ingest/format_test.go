package ingest_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

// art is the part of an Article a test checks, printed compactly.
type art struct {
	ID, Path  string
	Format    article.Format
	Line      int
	Flat      bool
	Source    string
	URL       string
	Title     string
	Published string
	Body      string
}

func (a art) String() string {
	return fmt.Sprintf("{%s %s %v line=%d flat=%v src=%q url=%q title=%q pub=%q body=%q}",
		a.ID, a.Path, a.Format, a.Line, a.Flat, a.Source, a.URL, a.Title, a.Published, a.Body)
}

func arts(in []article.Article) []art {
	var out []art
	for _, a := range in {
		out = append(out, art{a.ID, a.Path, a.Format, a.Line, a.Flat, a.Source, a.URL, a.Title, a.Published.String(), a.Body})
	}
	return out
}

// problems prints a list as "path:line: msg" with " (skipped)" when the
// input was left out.
func problems(l article.ErrorList) []string {
	var out []string
	for _, p := range l {
		s := p.Error()
		if p.Skipped {
			s += " (skipped)"
		}
		out = append(out, s)
	}
	return out
}

// run ingests patterns from files, shown under their own names.
func run(t *testing.T, files map[string]string, manifest ingest.Manifest, patterns ...string) ([]art, []string) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	var in []ingest.Input
	for _, p := range patterns {
		in = append(in, ingest.Input{FS: fsys, Pattern: p})
	}
	got, probs, err := ingest.Run(context.Background(), in, ingest.Options{Manifest: manifest, Stdin: strings.NewReader("from stdin\n")})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return arts(got), problems(probs)
}

type formatTest struct {
	name     string
	files    map[string]string
	manifest ingest.Manifest
	patterns []string // default "."
	want     []art
	problems []string
}

func (tc formatTest) run(t *testing.T) {
	patterns := tc.patterns
	if patterns == nil {
		patterns = []string{"."}
	}
	got, probs := run(t, tc.files, tc.manifest, patterns...)
	if !reflect.DeepEqual(got, tc.want) {
		t.Errorf("Run(%q)\narticles: %v\nwant:     %v", tc.files, got, tc.want)
	}
	if !reflect.DeepEqual(probs, tc.problems) {
		t.Errorf("Run(%q)\nproblems: %q\nwant:     %q", tc.files, probs, tc.problems)
	}
}

const md, js, txt = article.Markdown, article.JSON, article.Text

var formatTests = []formatTest{
	{
		name:  "text",
		files: map[string]string{"a.txt": "Hello.\r\nWorld.\n"},
		want:  []art{{ID: "a", Path: "a.txt", Format: txt, Line: 1, Body: "Hello.\r\nWorld.\n"}},
	},
	{
		name:  "text with byte order mark",
		files: map[string]string{"b.TXT": "\ufeffHello."},
		want:  []art{{ID: "b", Path: "b.TXT", Format: txt, Line: 1, Body: "Hello."}},
	},
	{
		name: "markdown front matter",
		files: map[string]string{"story.md": "---\nid: Story One\noutlet: Daily News\nlink: https://example.com/s\nheadline: Storm hits\n" +
			"pubDate: 2024-03-05T23:30:00-05:00\nauthor: ignored\n---\n\n# Storm hits\n"},
		want: []art{{ID: "Story_One", Path: "story.md", Format: md, Line: 9, Source: "Daily News",
			URL: "https://example.com/s", Title: "Storm hits", Published: "2024-03-05", Body: "\n# Storm hits\n"}},
	},
	{
		name:  "front matter preferred alias wins",
		files: map[string]string{"a.md": "---\nsite: B\nsource: A\ndate: 2024-01-02\npublished: 2024-01-01/2024-01-03\n---\nText.\n"},
		want:  []art{{ID: "a", Path: "a.md", Format: md, Line: 7, Source: "A", Published: "2024-01-01/2024-01-03", Body: "Text.\n"}},
	},
	{
		name:  "front matter with crlf and closing dots",
		files: map[string]string{"a.markdown": "---\r\ntitle: T\r\n...\r\nText.\r\n"},
		want:  []art{{ID: "a", Path: "a.markdown", Format: md, Line: 4, Title: "T", Body: "Text.\r\n"}},
	},
	{
		name:  "markdown without front matter",
		files: map[string]string{"a.md": "Text.\n\n---\n"},
		want:  []art{{ID: "a", Path: "a.md", Format: md, Line: 1, Body: "Text.\n\n---\n"}},
	},
	{
		name:  "date-time formats",
		files: map[string]string{"a.md": "---\ndate: Tue, 05 Mar 2024 10:00:00 GMT\n---\nx\n", "b.md": "---\ndate: March 5, 2024\n---\nx\n", "c.md": "---\ndate: 2024-03-05 10:00:00/2024-03-07T01:00:00Z\n---\nx\n"},
		want: []art{
			{ID: "a", Path: "a.md", Format: md, Line: 4, Published: "2024-03-05", Body: "x\n"},
			{ID: "b", Path: "b.md", Format: md, Line: 4, Published: "2024-03-05", Body: "x\n"},
			{ID: "c", Path: "c.md", Format: md, Line: 4, Published: "2024-03-05/2024-03-07", Body: "x\n"},
		},
	},
	{
		name: "json lines",
		files: map[string]string{"feed.jsonl": `{"text": "One.", "source": "A", "title": "T1", "date": "2024-01-02"}` + "\n\n" +
			`{"id": "x 1", "body": "Two.", "url": "https://b.example/2", "publisher": {"@type": "Organization", "name": "B"}}` + "\n" +
			`{"id": 7, "content": "Three."}`},
		want: []art{
			{ID: "feed-1", Path: "feed.jsonl", Format: js, Line: 1, Flat: true, Source: "A", Title: "T1", Published: "2024-01-02", Body: "One."},
			{ID: "x_1", Path: "feed.jsonl", Format: js, Line: 3, Flat: true, Source: "B", URL: "https://b.example/2", Body: "Two."},
			{ID: "7", Path: "feed.jsonl", Format: js, Line: 4, Flat: true, Body: "Three."},
		},
	},
	{
		name:  "json object",
		files: map[string]string{"a.json": "\n  {\"headline\": \"H\",\n \"article\": \"Body\\ntext.\"}\n"},
		want:  []art{{ID: "a", Path: "a.json", Format: js, Line: 2, Flat: true, Title: "H", Body: "Body\ntext."}},
	},
	{
		name:  "json array",
		files: map[string]string{"a.json": "[\n {\"text\": \"One.\"},\n {\"text\": \"Two.\", \"id\": \"b\"}, {\"text\": \"Three.\"}\n]\n"},
		want: []art{
			{ID: "a-2", Path: "a.json", Format: js, Line: 2, Flat: true, Body: "One."},
			{ID: "b", Path: "a.json", Format: js, Line: 3, Flat: true, Body: "Two."},
			{ID: "a-3", Path: "a.json", Format: js, Line: 3, Flat: true, Body: "Three."},
		},
	},
	{
		name: "manifest overrides file metadata",
		files: map[string]string{
			"a.md":  "---\nsource: In File\ntitle: Kept\ndate: 2020-01-01\n---\nx\n",
			"b.txt": "y\n",
		},
		manifest: ingest.Manifest{
			"a.md":  {Source: "From Manifest", Published: article.DateRange{From: article.Date{Year: 2021, Month: 2, Day: 3}, To: article.Date{Year: 2021, Month: 2, Day: 3}}},
			"b.txt": {ID: "b e", Source: "base name"},
		},
		want: []art{
			{ID: "a", Path: "a.md", Format: md, Line: 6, Source: "From Manifest", Title: "Kept", Published: "2021-02-03", Body: "x\n"},
			{ID: "b_e", Path: "b.txt", Format: txt, Line: 1, Source: "base name", Body: "y\n"},
		},
	},
	{
		name:  "most specific manifest key wins",
		files: map[string]string{"d/e/b.txt": "b", "d/e/c.txt": "c"},
		manifest: ingest.Manifest{
			"b.txt": {Source: "base"}, "e/b.txt": {Source: "relative"},
			"c.txt": {Source: "base"}, "e/c.txt": {Source: "relative"}, "d/e/c.txt": {Source: "shown"},
		},
		patterns: []string{"d"},
		want: []art{
			{ID: "b", Path: "d/e/b.txt", Format: txt, Line: 1, Source: "relative", Body: "b"},
			{ID: "c", Path: "d/e/c.txt", Format: txt, Line: 1, Source: "shown", Body: "c"},
		},
	},
	{
		name:  "duplicate ids made unique in path order",
		files: map[string]string{"x/a.txt": "1", "a.md": "2", "a.txt": "3", "a~2.txt": "4"},
		want: []art{
			{ID: "a", Path: "a.md", Format: md, Line: 1, Body: "2"},
			{ID: "a~2", Path: "a.txt", Format: txt, Line: 1, Body: "3"},
			{ID: "a_2", Path: "a~2.txt", Format: txt, Line: 1, Body: "4"},
			{ID: "a~3", Path: "x/a.txt", Format: txt, Line: 1, Body: "1"},
		},
	},
	{
		name:  "walking skips manifests, hidden and unknown files",
		files: map[string]string{"a.txt": "x", "manifest.yaml": "a.txt: {}\n", "notes.doc": "?", ".git/config": "x", ".hidden.txt": "x", "README": "x"},
		want:  []art{{ID: "a", Path: "a.txt", Format: txt, Line: 1, Body: "x"}},
	},
	{
		name:     "named file of unknown format is text",
		files:    map[string]string{"README": "Read me.", "d/manifest.yaml": "k: v\n"},
		patterns: []string{"README", "d/manifest.yaml"},
		want: []art{
			{ID: "README", Path: "README", Format: txt, Line: 1, Body: "Read me."},
			{ID: "manifest", Path: "d/manifest.yaml", Format: txt, Line: 1, Body: "k: v\n"},
		},
	},
	{
		name:     "folder and glob",
		files:    map[string]string{"d/a.txt": "a", "d/e/b.md": "b", "d/c.html": "<p>", "f/x.txt": "x", "f/y.log": "y"},
		patterns: []string{"d/e", "f/*", "d/e/b.md"},
		want: []art{
			{ID: "b", Path: "d/e/b.md", Format: md, Line: 1, Body: "b"},
			{ID: "x", Path: "f/x.txt", Format: txt, Line: 1, Body: "x"},
		},
	},
	{
		name:     "standard input",
		files:    map[string]string{},
		patterns: []string{"-", "-"},
		want:     []art{{ID: "stdin", Path: "-", Format: txt, Line: 1, Body: "from stdin\n"}},
	},
}

func TestFormats(t *testing.T) {
	for _, tc := range formatTests {
		t.Run(tc.name, tc.run)
	}
}
