package extract_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// seedDocs reads the seed articles as the pipeline does: ingest with the
// manifest, then normalize.
func seedDocs(tb testing.TB) []article.Doc {
	tb.Helper()
	ctx := context.Background()
	man, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		tb.Fatal(err)
	}
	arts, _, err := ingest.Run(ctx, []ingest.Input{{FS: seeds.FS, Pattern: "."}}, ingest.Options{Manifest: man, Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	if len(docs) != 5 {
		tb.Fatalf("got %d seed docs, want 5", len(docs))
	}
	return docs
}

func TestSeedQuotes(t *testing.T) {
	docs := seedDocs(t)
	res, err := extract.Run(context.Background(), docs, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc, said, speaker, id string
	}{
		{"001", "We didn’t hear much", "Linda Thomas-Greenfield", "e:linda-thomas-greenfield"},
		{"001", "It would be counterproductive", "State Department spokesperson", ""},
		{"001", "We continue to hope", "Linda Thomas-Greenfield", "e:linda-thomas-greenfield"},
		{"001", "This deployment of Russian troops", "Vasily Nebenzia", "e:vasily-nebenzia"},
		{"003", "We can confirm", "State Department spokesperson", ""},
		{"003", "It would be unproductive", "State Department spokesperson", ""},
		{"003", "little ground for optimism", "Dmitry Peskov", "e:dmitry-peskov"},
		{"003", "We won’t allow", "Sergei Lavrov", "e:sergei-lavrov"},
		{"003", "This is the largest", "Linda Thomas-Greenfield", "e:linda-thomas-greenfield"},
		{"002", "Russia is building", "Antony Blinken", "e:antony-blinken"},
		{"002", "There will be no change", "Antony Blinken", "e:antony-blinken"},
		{"002", "We hope and expect", "Antony Blinken", "e:antony-blinken"},
		{"004", "unproductive to negotiate", "State Department official", ""},
	}
	for _, tc := range tests {
		t.Run(tc.doc+"/"+tc.said, func(t *testing.T) {
			q := findQuote(res.Claims, tc.doc, tc.said)
			if q == nil {
				t.Fatalf("no quote starting %q in %s", tc.said, tc.doc)
			}
			if q.Speaker != tc.speaker || q.SpeakerID != tc.id {
				t.Errorf("quote %q: speaker = %q (%q), want %q (%q)", tc.said, q.Speaker, q.SpeakerID, tc.speaker, tc.id)
			}
		})
	}
}

func findQuote(cs []article.Claim, doc, said string) *article.Quote {
	for _, c := range cs {
		if c.Kind == article.QuoteClaim && strings.HasPrefix(c.Span.Doc, doc) && strings.HasPrefix(c.Quote.Said, said) {
			return c.Quote
		}
	}
	return nil
}

func TestSeedEntities(t *testing.T) {
	docs := seedDocs(t)
	res, err := extract.Run(context.Background(), docs, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id      string
		aliases []string // must all be aliases of the entity
		not     []string // must not be
	}{
		{"e:antony-blinken", []string{"Bellingen", "Blingen", "Blinken"}, []string{"Sergei Lavrov"}},
		{"e:sergei-lavrov", []string{"Lavrov", "Sergey Lavrov"}, nil},
		{"e:linda-thomas-greenfield", []string{"Thomas-Greenfield"}, nil},
		{"e:dmitry-peskov", []string{"Peskov"}, nil},
		{"e:russia", nil, []string{"Prussia", "Russian"}},
		{"e:john-sullivan", nil, []string{"Sullivan"}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			i := slices.IndexFunc(res.Entities, func(e article.Entity) bool { return e.ID == tc.id })
			if i < 0 {
				t.Fatalf("no entity %s", tc.id)
			}
			e := res.Entities[i]
			for _, a := range tc.aliases {
				if !slices.Contains(e.Aliases, a) {
					t.Errorf("%s aliases = %q, want %q among them", tc.id, e.Aliases, a)
				}
			}
			for _, a := range tc.not {
				if slices.Contains(e.Aliases, a) {
					t.Errorf("%s aliases = %q, want no %q", tc.id, e.Aliases, a)
				}
			}
		})
	}
}

// TestSeedWorkers checks that the output does not depend on scheduling.
func TestSeedWorkers(t *testing.T) {
	docs := seedDocs(t)
	one, err := extract.Run(context.Background(), docs, extract.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	many, err := extract.Run(context.Background(), docs, extract.Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(one.Entities, many.Entities, func(a, b article.Entity) bool {
		return a.ID == b.ID && slices.Equal(a.Aliases, b.Aliases) && slices.Equal(a.Mentions, b.Mentions)
	}) {
		t.Errorf("entities differ between 1 and 4 workers")
	}
	if len(one.Claims) != len(many.Claims) {
		t.Fatalf("claims: %d with 1 worker, %d with 4", len(one.Claims), len(many.Claims))
	}
	for i := range one.Claims {
		if one.Claims[i].ID != many.Claims[i].ID {
			t.Errorf("claim %d: %s with 1 worker, %s with 4", i, one.Claims[i].ID, many.Claims[i].ID)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	docs := seedDocs(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Run(context.Background(), docs, extract.Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
