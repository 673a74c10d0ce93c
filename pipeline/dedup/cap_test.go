package dedup

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// allPairs returns a relation of kind between every pair of n articles,
// similarities falling with the pair's index so that none tie.
func allPairs(n int, kind func(i, j int) article.RelationKind) []article.Relation {
	var out []article.Relation
	for i := range n {
		for j := i + 1; j < n; j++ {
			sim := 1 - float64(len(out))/float64(n*n)
			out = append(out, article.Relation{A: fmt.Sprintf("a%03d", i), B: fmt.Sprintf("a%03d", j), Kind: kind(i, j), Similarity: sim})
		}
	}
	return out
}

func TestCapRelations(t *testing.T) {
	shares := func(i, j int) article.RelationKind { return article.SharesPassages }
	copies := func(i, j int) article.RelationKind { return article.NearDuplicate }
	// Two groups of copies (even and odd articles) that share passages.
	mixed := func(i, j int) article.RelationKind {
		if i%2 == j%2 {
			return article.NearDuplicate
		}
		return article.SharesPassages
	}
	const k = 4
	tests := []struct {
		name     string
		n        int
		kind     func(i, j int) article.RelationKind
		wantKept int // -1: only the bounds are checked
	}{
		{"small story keeps all", k + 1, shares, k * (k + 1) / 2},
		{"shared passages", 50, shares, -1},
		{"one text copied", 50, copies, -1},
		{"two copied texts sharing passages", 50, mixed, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := allPairs(tc.n, tc.kind)
			all := slices.Clone(in)
			got := capRelations(slices.Clone(in), k)
			if tc.wantKept >= 0 && len(got) != tc.wantKept {
				t.Errorf("%d articles, %d relations: kept %d, want %d", tc.n, len(in), len(got), tc.wantKept)
			}
			if max := tc.n - 1 + k*tc.n/2; len(got) > max {
				t.Errorf("%d articles: kept %d relations, want at most %d", tc.n, len(got), max)
			}
			if !slices.IsSortedFunc(got, compareRelations) {
				t.Errorf("kept relations not sorted by (A, B): %v", got)
			}
			shared := map[string]int{}
			for _, r := range got {
				if !slices.ContainsFunc(all, func(x article.Relation) bool { return reflect.DeepEqual(x, r) }) {
					t.Errorf("kept %+v, not an input relation", r)
				}
				if !r.Kind.Copies() {
					shared[r.A]++
					shared[r.B]++
				}
			}
			for id, c := range shared {
				if c > k {
					t.Errorf("%s keeps %d shared-passage relations, want at most %d", id, c, k)
				}
			}
			var ids []string
			for i := range tc.n {
				ids = append(ids, fmt.Sprintf("a%03d", i))
			}
			if g, w := voices(ids, got), voices(ids, all); !reflect.DeepEqual(g, w) {
				t.Errorf("voices after the cap:\n got %v\nwant %v", g, w)
			}
		})
	}
}

// TestRelateCanceled checks that one story stops on cancellation: a story
// of thousands of articles is minutes of work.
func TestRelateCanceled(t *testing.T) {
	opt := &Options{}
	docs := make([]article.Doc, 300)
	feats := make([]features, len(docs))
	members := make([]int, len(docs))
	sc := opt.newScratch()
	for i := range docs {
		docs[i] = article.Doc{Article: article.Article{ID: fmt.Sprintf("a%03d", i)}, Text: fmt.Sprintf("Officials said %d people were evacuated from %d homes on Monday.", 100+i, 10+i)}
		feats[i] = featuresOf(&docs[i], sc)
		members[i] = i
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if rels, err := relate(ctx, docs, feats, members, opt, new(storyScratch)); !errors.Is(err, context.Canceled) {
		t.Errorf("relate(canceled) = %d relations, error %v; want error %v", len(rels), err, context.Canceled)
	}
	rels, err := relate(context.Background(), docs, feats, members, opt, new(storyScratch))
	if err != nil || len(rels) == 0 || len(rels) > len(docs)-1+maxRelationsPerArticle*len(docs)/2 {
		t.Errorf("relate = %d relations, error %v; want 1 to %d and no error", len(rels), err, len(docs)-1+maxRelationsPerArticle*len(docs)/2)
	}
}

// TestAlignBoundsComparisons checks that a sentence with thousands of
// look-alikes is compared with at most maxScored of them, so a template
// feed aligns in linear time, and still aligns with them.
func TestAlignBoundsComparisons(t *testing.T) {
	opt := &Options{}
	n := 4 * maxScored
	docs := make([]article.Doc, n)
	members := make([]int, n)
	for i := range docs {
		docs[i] = article.Doc{Article: article.Article{ID: fmt.Sprintf("a%04d", i)}, Text: fmt.Sprintf("Officials said %d people were evacuated from %d homes on Monday.", 100+i%7, 10+i%5)}
		members[i] = i
	}
	ss := new(storyScratch)
	ms, err := ss.align(context.Background(), ss.sentences(docs, members), opt.alignThreshold())
	if err != nil || len(ms) < n || len(ms) > maxScored*n {
		t.Errorf("%d look-alike sentences: %d matches, error %v; want %d to %d", n, len(ms), err, n, maxScored*n)
	}
}
