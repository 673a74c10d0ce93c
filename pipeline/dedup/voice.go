package dedup

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// voices partitions the sorted articles of a story into independent
// voices: articles joined by a copying relation (identical, near
// duplicate, derived), directly or through others, are one voice. Each
// voice is sorted, and the voices are ordered by their first article.
func voices(articles []string, rels []article.Relation) [][]string {
	uf := newUnionFind(len(articles))
	index := func(id string) int { i, _ := slices.BinarySearch(articles, id); return i }
	for _, r := range rels {
		if r.Kind.Copies() {
			uf.union(index(r.A), index(r.B))
		}
	}
	byRoot := make(map[int]int) // root → index into out
	var out [][]string
	for i, id := range articles {
		r := uf.find(i)
		k, ok := byRoot[r]
		if !ok {
			k = len(out)
			byRoot[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], id)
	}
	return out
}
