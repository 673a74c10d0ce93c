package dedup

import (
	"cmp"
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// maxRelationsPerArticle is k, the relations an article keeps beyond those
// that hold its voice together. A feed written from a few templates puts
// hundreds of articles in one story, each sharing a sentence with every
// other: relating every pair makes the report grow with the square of the
// input (2,000 such articles gave 1.77 million relations). An article
// keeps its k strongest relations instead, so a story of n articles has at
// most n-1 + k·n/2 relations. A story of at most k+1 articles keeps all.
const maxRelationsPerArticle = 4

// capRelations keeps, of the relations of one story, those a reader needs:
// greedily from the strongest (copies before shared passages, then by
// similarity), a relation is kept when both its articles have fewer than k
// relations kept, or when it is a copy joining two groups of copies not
// yet joined. Voices, the connected components of copying relations, are
// therefore those of all the relations: copies of one text stay one voice,
// each linked to the group through its strongest copy relation. rels is
// reordered; the result is sorted by (A, B).
func capRelations(rels []article.Relation, k int) []article.Relation {
	ids := make([]string, 0, 2*len(rels))
	for _, r := range rels {
		ids = append(ids, r.A, r.B)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) <= k+1 {
		slices.SortFunc(rels, compareRelations)
		return rels
	}
	slices.SortFunc(rels, func(x, y article.Relation) int {
		return cmp.Or(cmp.Compare(x.Kind, y.Kind), cmp.Compare(y.Similarity, x.Similarity), compareRelations(x, y))
	})
	index := func(id string) int { i, _ := slices.BinarySearch(ids, id); return i }
	uf := newUnionFind(len(ids))
	kept := make([]int, len(ids))
	out := rels[:0]
	for _, r := range rels {
		a, b := index(r.A), index(r.B)
		joins := r.Kind.Copies() && uf.find(a) != uf.find(b)
		if !joins && (kept[a] >= k || kept[b] >= k) {
			continue
		}
		if r.Kind.Copies() {
			uf.union(a, b)
		}
		kept[a]++
		kept[b]++
		out = append(out, r)
	}
	slices.SortFunc(out, compareRelations)
	return out
}
