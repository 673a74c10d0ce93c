package dedup

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

const (
	// maxPostings is the document frequency above which a key term is too
	// common to propose candidates: it still counts in the score. It keeps
	// candidate search linear in the number of articles.
	maxPostings = 1000
	// probeTerms is how many of an article's rarest key terms propose
	// candidates; an article about the same event shares several of them.
	probeTerms = 8
	// maxBucket bounds the LSH buckets whose members are all paired.
	maxBucket = 64
	// copyLink is the estimated shingle Jaccard similarity that puts two
	// articles in one story whatever their names and dates: they are one
	// text.
	copyLink = 0.5
)

// groupStories returns the stories as groups of doc indexes: each group
// sorted by article ID, the groups by their first ID. Two articles are
// linked when their shingle signatures say they are copies, or when they
// are published within MaxGapDays and their key terms agree; a story is a
// connected component of links.
func groupStories(docs []article.Doc, feats []features, opt *Options) [][]int {
	uf := newUnionFind(len(docs))
	sigs := make([]signature, len(feats))
	for i := range feats {
		sigs[i] = feats[i].sig
	}
	rows := opt.hashes() / opt.bands()
	for _, p := range lshPairs(sigs, opt.bands(), rows, maxBucket) {
		i, j := p.split()
		if sigs[i].similarity(sigs[j]) >= copyLink {
			uf.union(i, j)
		}
	}
	idx := newTermIndex(feats)
	for i := range feats {
		for _, j := range idx.candidates(i) {
			if uf.find(i) == uf.find(j) || !closeInTime(&docs[i], &docs[j], opt.maxGapDays()) {
				continue
			}
			if idx.overlap(i, j) >= opt.storyThreshold() {
				uf.union(i, j)
			}
		}
	}
	return uf.groups(docs)
}

// closeInTime reports whether a and b may be published within gap days;
// an unknown date is close to any.
func closeInTime(a, b *article.Doc, gap int) bool {
	x, y := a.Published, b.Published
	if gap < 0 || x.IsZero() || y.IsZero() {
		return true
	}
	if y.To.Before(x.From) {
		x, y = y, x
	}
	return !x.To.Before(y.From) || y.From.Sub(x.To) <= gap
}

// A termIndex maps key terms to the articles that carry them.
type termIndex struct {
	feats    []features
	df       map[uint64]int
	postings map[uint64][]int
	n        int
}

func newTermIndex(feats []features) *termIndex {
	x := &termIndex{feats: feats, df: make(map[uint64]int), postings: make(map[uint64][]int), n: len(feats)}
	for i := range feats {
		for _, t := range feats[i].terms {
			x.df[t]++
		}
	}
	for i := range feats {
		for _, t := range feats[i].terms {
			if d := x.df[t]; d >= 2 && d <= maxPostings {
				x.postings[t] = append(x.postings[t], i)
			}
		}
	}
	return x
}

// weight is the tf-idf weight of a term occurring tf times; the smoothed
// inverse document frequency keeps a name found in every article counting
// a little.
func (x *termIndex) weight(t uint64, tf uint16) float64 {
	return (1 + math.Log(float64(tf))) * math.Log(1+float64(x.n)/float64(x.df[t]))
}

// candidates returns the articles after i that share one of i's rarest
// key terms.
func (x *termIndex) candidates(i int) []int {
	terms := slices.Clone(x.feats[i].terms)
	terms = slices.DeleteFunc(terms, func(t uint64) bool { return x.postings[t] == nil })
	slices.SortFunc(terms, func(a, b uint64) int {
		return cmp.Or(cmp.Compare(x.df[a], x.df[b]), cmp.Compare(a, b))
	})
	var out []int
	for _, t := range terms[:min(len(terms), probeTerms)] {
		for _, j := range x.postings[t] {
			if j > i {
				out = append(out, j)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// overlap is the weighted overlap coefficient of the key terms of i and
// j: the weight of the names both carry (the smaller of the two weights
// of each) over the total weight of the article with less. A term weighs
// (1 + ln tf) · ln(1 + N/df): the names an article keeps coming back to,
// and that few other articles carry, say what event it is about. Dividing
// by the smaller article keeps a short report and a long one with many
// side names comparable.
func (x *termIndex) overlap(i, j int) float64 {
	fa, fb := &x.feats[i], &x.feats[j]
	var shared, sa, sb float64
	k := 0
	for n, t := range fa.terms {
		wa := x.weight(t, fa.tf[n])
		sa += wa
		for k < len(fb.terms) && fb.terms[k] < t {
			k++
		}
		if k < len(fb.terms) && fb.terms[k] == t {
			shared += min(wa, x.weight(t, fb.tf[k]))
		}
	}
	for n, t := range fb.terms {
		sb += x.weight(t, fb.tf[n])
	}
	if shared == 0 {
		return 0
	}
	return shared / min(sa, sb)
}

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(i, j int) { u[u.find(i)] = u.find(j) }

// groups returns the components, each sorted by the IDs of docs, ordered
// by their first ID.
func (u unionFind) groups(docs []article.Doc) [][]int {
	byRoot := make(map[int][]int)
	for i := range u {
		r := u.find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(byRoot))
	for _, g := range byRoot {
		slices.SortFunc(g, func(a, b int) int { return cmp.Compare(docs[a].ID, docs[b].ID) })
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(docs[a[0]].ID, docs[b[0]].ID) })
	return out
}

// stories turns groups and their relations into Stories named S1, S2, …
// in the order of their first article ID.
func stories(docs []article.Doc, groups [][]int, rels [][]article.Relation) []article.Story {
	out := make([]article.Story, len(groups))
	for k, g := range groups {
		s := article.Story{ID: fmt.Sprintf("S%d", k+1)}
		for _, i := range g {
			s.Articles = append(s.Articles, docs[i].ID)
		}
		s.Voices = voices(s.Articles, rels[k])
		out[k] = s
	}
	return out
}
