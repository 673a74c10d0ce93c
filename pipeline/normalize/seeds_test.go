package normalize_test

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
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

// seedWant is what normalizing one seed must give: its title, the lines
// removed (file line and reason), credits, and words of boilerplate that
// must not be left in Text.
type seedWant struct {
	title   string
	removed []string // "line reason"
	credits int
	absent  []string
}

var seedWants = map[string]seedWant{
	"000_bb8337fbb9dbc1cf": {
		title:   "Russian-American diplomacy has stalled, with a bombed-out Ukrainian kindergarten a stark reminder of the lives at stake",
		removed: []string{"1 site_chrome", "24 site_chrome", "26 disclaimer"},
		absent:  []string{"Skip to content", "Cnn All", "human editor"},
	},
	"001_9f16ae1c42826ab9": {
		title:   "Russia responds in writing to US ahead of Blinken-Lavrov call",
		removed: []string{"40 update_note", "42 credit", "45 widget"},
		credits: 1,
		absent:  []string{"This story was updated", "contributed to this report", "Comments are closed"},
	},
	"002_3a04cc96b03d8b02": {
		title: "Bellingen announced that the United States has provided written responses to Russia regarding the Ukraine crisis",
		removed: []string{
			"15 link_spam", "43 link_spam", "53 link_spam", "61 link_spam",
			"71 update_note", "73 credit", "75 author_bio", "77 author_bio",
			"79 widget", "81 widget", "83 widget", "85 site_chrome",
		},
		credits: 1,
		absent: []string{
			"See also", "Manfredini", "Winning as a kid", "Civilian Hotline", "William Barr",
			"The story was updated", "contributed reporting", "Queenie Bell", "Introvert",
			"Related Articles", "Leave a Reply", "email address", "Back to top",
		},
	},
	"003_f21e273e5e128133": {
		title:   "Russia delivers written response to US over Ukraine-related proposal",
		removed: []string{"1 site_chrome"},
	},
	"004_47c9a843efa68e47": {
		title: "Russia: ‘Little Ground for Optimism’ in Response to the US",
	},
}

// TestSeeds checks the five seed articles: the boilerplate listed for each
// is removed with its reason and gone from Text, every other line is kept
// whole (checkKept), and every Doc keeps the invariants (checkDoc).
func TestSeeds(t *testing.T) {
	arts := seedArticles(t)
	docs, problems, err := normalize.Run(context.Background(), arts, normalize.Options{})
	if err != nil || len(problems) > 0 {
		t.Fatalf("Run(seeds) = %v, %v", problems, err)
	}
	if len(docs) != len(seedWants) {
		t.Fatalf("Run(seeds) gave %d docs, want %d", len(docs), len(seedWants))
	}
	for i := range docs {
		d := &docs[i]
		want, ok := seedWants[d.ID]
		if !ok {
			t.Fatalf("unexpected seed %s", d.ID)
		}
		t.Run(d.ID, func(t *testing.T) {
			checkDoc(t, d, arts[i].Body)
			checkKept(t, d, arts[i].Body)
			if d.Title != want.title {
				t.Errorf("Title = %q, want %q", d.Title, want.title)
			}
			var got []string
			for _, r := range d.Removed {
				got = append(got, fmt.Sprintf("%d %s", r.Line, r.Reason))
			}
			if !slices.Equal(got, want.removed) {
				t.Errorf("Removed = %q, want %q", got, want.removed)
			}
			if len(d.Credits) != want.credits {
				t.Errorf("Credits = %q, want %d", d.Credits, want.credits)
			}
			for _, s := range want.absent {
				if strings.Contains(d.Text, s) {
					t.Errorf("Text still holds boilerplate %q", s)
				}
			}
			if n := len(d.Sentences); n < 5 {
				t.Errorf("only %d sentences", n)
			}
		})
	}
}
