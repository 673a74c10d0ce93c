package dedup_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
)

func BenchmarkDedup(b *testing.B) { benchRun(b, seedDocs(b)) }

// benchRun measures Run on one worker over docs, in bytes of their text.
func benchRun(b *testing.B, docs []article.Doc) {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dedup.Run(context.Background(), docs, dedup.Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRunErrors(t *testing.T) {
	docs := seedDocs(t)
	tests := []struct {
		name string
		docs []article.Doc
		opt  dedup.Options
		want error
	}{
		{"negative threshold", docs, dedup.Options{StoryThreshold: -0.1}, dedup.ErrBadOptions},
		{"threshold above 1", docs, dedup.Options{AlignThreshold: 1.5}, dedup.ErrBadOptions},
		{"bands do not divide hashes", docs, dedup.Options{Hashes: 100, Bands: 32}, dedup.ErrBadOptions},
		{"negative workers", docs, dedup.Options{Workers: -1}, dedup.ErrBadOptions},
		{"duplicate ID", []article.Doc{docs[0], docs[0]}, dedup.Options{}, dedup.ErrDuplicateID},
		{"empty input", nil, dedup.Options{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dedup.Run(context.Background(), tc.docs, tc.opt)
			if !errors.Is(err, tc.want) {
				t.Errorf("Run(%s, %+v) error = %v, want %v", tc.name, tc.opt, err, tc.want)
			}
		})
	}
}

func TestRunCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := dedup.Run(ctx, seedDocs(t), dedup.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run(canceled) error = %v, want %v", err, context.Canceled)
	}
}

// TestDeterministic checks that neither the number of workers nor the
// order of the input changes the output.
func TestDeterministic(t *testing.T) {
	docs := seedDocs(t)
	want, err := dedup.Run(context.Background(), docs, dedup.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	for _, w := range []int{0, 2, 8} {
		got, err := dedup.Run(context.Background(), rev, dedup.Options{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Run(reversed, Workers: %d) =\n%s\nwant\n%s", w, jsonOf(got), jsonOf(want))
		}
	}
}

// TestInvariants checks on the seeds and every fixture that stories
// partition the articles, voices partition each story, relations link
// articles of one story with A < B, and passages lie inside the texts.
func TestInvariants(t *testing.T) {
	docs := seedDocs(t)
	res, err := dedup.Run(context.Background(), docs, dedup.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, docs, res)
}

func checkInvariants(t *testing.T, docs []article.Doc, res dedup.Result) {
	t.Helper()
	text := map[string]string{}
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	storyOf := map[string]string{}
	for _, s := range res.Stories {
		var inVoices []string
		for _, v := range s.Voices {
			inVoices = append(inVoices, v...)
		}
		slices.Sort(inVoices)
		if !slices.Equal(inVoices, s.Articles) {
			t.Errorf("story %s: voices %v do not partition %v", s.ID, s.Voices, s.Articles)
		}
		for _, id := range s.Articles {
			if storyOf[id] != "" {
				t.Errorf("article %s in stories %s and %s", id, storyOf[id], s.ID)
			}
			storyOf[id] = s.ID
		}
	}
	if len(storyOf) != len(docs) {
		t.Errorf("stories hold %d articles, want %d", len(storyOf), len(docs))
	}
	for _, r := range res.Relations {
		if r.A >= r.B || storyOf[r.A] != storyOf[r.B] {
			t.Errorf("relation %s–%s: want A < B in one story", r.A, r.B)
		}
		if r.From != "" && r.From != r.A && r.From != r.B {
			t.Errorf("relation %s–%s: From = %q", r.A, r.B, r.From)
		}
		for _, p := range r.Passages {
			for _, sp := range []article.Span{p.A, p.B} {
				if sp.Start < 0 || sp.Start > sp.End || sp.End > len(text[sp.Doc]) {
					t.Errorf("relation %s–%s: passage span %v outside text", r.A, r.B, sp)
				}
			}
			if p.A.Doc != r.A || p.B.Doc != r.B {
				t.Errorf("relation %s–%s: passage %v–%v names other articles", r.A, r.B, p.A, p.B)
			}
		}
	}
}

// FuzzRun checks the invariants of Run on two articles made from the
// fuzzed text (seeded with the fixtures' articles), one of them with its paragraphs reversed, and that nothing
// panics.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"Firefighters contained 40 percent of the Ridgeback fire. It burned 3,200 acres.\n\nOfficials in Pinecrest said so.",
		"“Quoted,” he said. ’s\n\n\n. . .",
		"",
	} {
		f.Add(s, "2023-01-02")
	}
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		_, files := parseTxtar(string(raw))
		for _, file := range files {
			if strings.HasSuffix(file.name, ".txt") {
				_, body, _ := strings.Cut(file.data, "\n\n")
				f.Add(body, "")
			}
		}
	}
	f.Fuzz(func(t *testing.T, s, date string) {
		if _, err := article.ParseDateRange(date); err != nil {
			date = ""
		}
		paras := strings.Split(s, "\n")
		slices.Reverse(paras)
		docs := []article.Doc{
			makeDoc("a", "A", date, s),
			makeDoc("b", "B", "", strings.Join(paras, "\n")),
		}
		res, err := dedup.Run(context.Background(), docs, dedup.Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, docs, res)
	})
}
