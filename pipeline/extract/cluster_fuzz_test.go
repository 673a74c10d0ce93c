package extract

import (
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// clusterTexts extracts two documents and clusters their entities.
func clusterTexts(a, b string) []article.Entity {
	docs := []article.Doc{{Text: b}, {Text: a}}
	docs[0].ID, docs[1].ID = "b", "a"
	x := []entExtracted{extractDoc(&docs[0]), extractDoc(&docs[1])}
	var res Result
	return entCluster(docs, x, nil, &res)
}

// FuzzEntCluster checks what clustering promises of any two documents:
// the same entities on a second run, whose tables come from the pool;
// entities in order of ID and first mention; mentions sorted and within
// their text, none in two entities; aliases sorted and not the name.
func FuzzEntCluster(f *testing.F) {
	texts := seedTexts(f)
	for k, s := range texts {
		f.Add(s[:min(len(s), 4000)], texts[(k+1)%len(texts)][:min(len(texts[(k+1)%len(texts)]), 2000)])
	}
	f.Add("Sergei Lavrov said. Lavrov, the minister, said so.", "Sergey Lavrov said. Lavrow said.")
	f.Add("Foreign Ministry. Russian Foreign Ministry said.", "A.B. Smith met Ab Smith and AB Smith.")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		ents := clusterTexts(a, b)
		clusterTexts(b+a, a) // a run of another size between the two
		if again := clusterTexts(a, b); !reflect.DeepEqual(again, ents) {
			t.Fatalf("second run differs:\ngot  %v\nwant %v", again, ents)
		}
		checkEntities(t, ents, map[string]string{"a": a, "b": b})
	})
}

func checkEntities(t *testing.T, ents []article.Entity, texts map[string]string) {
	t.Helper()
	seen := map[article.Span]bool{}
	for k, e := range ents {
		if k > 0 && (ents[k-1].ID > e.ID || ents[k-1].ID == e.ID && article.ComparePos(ents[k-1].Mentions[0], e.Mentions[0]) > 0) {
			t.Fatalf("entity %d (%s) before %d (%s)", k-1, ents[k-1].ID, k, e.ID)
		}
		if len(e.Mentions) == 0 || !slices.IsSortedFunc(e.Mentions, article.ComparePos) {
			t.Fatalf("entity %s: mentions %v not sorted or empty", e.ID, e.Mentions)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.Start > m.End || m.End > len(texts[m.Doc]) || seen[m] {
				t.Fatalf("entity %s: mention %v outside its text or in two entities", e.ID, m)
			}
			seen[m] = true
		}
		if !slices.IsSorted(e.Aliases) || slices.Contains(e.Aliases, e.Name) {
			t.Fatalf("entity %s: aliases %q unsorted or with the name %q", e.ID, e.Aliases, e.Name)
		}
	}
}
