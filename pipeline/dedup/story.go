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
	// Components do not depend on the order of the unions, nor on
	// repeats, which the check of the roots makes cheap.
	eachBucketPair(sigs, opt.bands(), rows, maxBucket, func(i, j int) {
		if uf.find(i) != uf.find(j) && sigs[i].similarity(sigs[j]) >= copyLink {
			uf.union(i, j)
		}
	})
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

// A termIndex numbers the key terms of all articles and keeps, for each,
// its document frequency and the articles that carry it; and for each
// article the weight of each of its terms and their sum.
type termIndex struct {
	feats   []features
	n       int
	df      []int32   // by term id
	ids     []int32   // term ids of article i: ids[off[i]:off[i+1]], in term order
	weights []float64 // weight of each of them
	sum     []float64 // by article: the sum of its weights, in term order
	off     []int32
	start   []int32 // postings of id: docs[start[id]:start[id+1]], empty
	docs    []int32 // unless 2 <= df <= maxPostings
}

func newTermIndex(feats []features) *termIndex {
	x := &termIndex{feats: feats, n: len(feats), off: make([]int32, 1, len(feats)+1)}
	idOf := make(map[uint64]int32)
	for i := range feats {
		for _, t := range feats[i].terms {
			id, ok := idOf[t]
			if !ok {
				id = int32(len(x.df))
				idOf[t] = id
				x.df = append(x.df, 0)
			}
			x.df[id]++
			x.ids = append(x.ids, id)
		}
		x.off = append(x.off, int32(len(x.ids)))
	}
	x.weigh()
	x.post()
	return x
}

// weigh computes the weight of every term of every article, each
// (1 + ln tf)·ln(1 + N/df): the smoothed inverse document frequency
// keeps a name found in every article counting a little.
func (x *termIndex) weigh() {
	idf := make([]float64, len(x.df))
	for id, df := range x.df {
		idf[id] = math.Log(1 + float64(x.n)/float64(df))
	}
	x.weights = make([]float64, len(x.ids))
	x.sum = make([]float64, x.n)
	for i := range x.feats {
		lo := int(x.off[i])
		for n, tf := range x.feats[i].tf {
			w := (1 + math.Log(float64(tf))) * idf[x.ids[lo+n]]
			x.weights[lo+n] = w
			x.sum[i] += w
		}
	}
}

// post lays out the postings of the terms that propose candidates.
func (x *termIndex) post() {
	x.start = make([]int32, len(x.df)+1)
	for _, id := range x.ids {
		if x.proposing(id) {
			x.start[id+1]++
		}
	}
	for id := range x.df {
		x.start[id+1] += x.start[id]
	}
	x.docs = make([]int32, x.start[len(x.df)])
	fill := slices.Clone(x.start[:len(x.df)])
	for i := range x.feats {
		for _, id := range x.ids[x.off[i]:x.off[i+1]] {
			if x.proposing(id) {
				x.docs[fill[id]] = int32(i)
				fill[id]++
			}
		}
	}
}

func (x *termIndex) proposing(id int32) bool { return x.df[id] >= 2 && x.df[id] <= maxPostings }

// candidates returns the articles after i that share one of i's rarest
// key terms.
func (x *termIndex) candidates(i int) []int {
	var out []int
	probes, n := x.probes(i)
	for _, id := range probes[:n] {
		for _, j := range x.docs[x.start[id]:x.start[id+1]] {
			if int(j) > i {
				out = append(out, int(j))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// probes returns the ids of the probeTerms key terms of i that propose
// candidates and have the least document frequency, ties going to the
// lesser term: kept in order by insertion, which for eight of them beats
// sorting all.
func (x *termIndex) probes(i int) (out [probeTerms]int32, n int) {
	terms, ids := x.feats[i].terms, x.ids[x.off[i]:x.off[i+1]]
	var best [probeTerms]int // indexes into terms
	less := func(a, b int) bool {
		return x.df[ids[a]] < x.df[ids[b]] || x.df[ids[a]] == x.df[ids[b]] && terms[a] < terms[b]
	}
	for k, id := range ids {
		if !x.proposing(id) || n == probeTerms && !less(k, best[n-1]) {
			continue
		}
		if n < probeTerms {
			n++
		}
		j := n - 1
		for ; j > 0 && less(k, best[j-1]); j-- {
			best[j] = best[j-1]
		}
		best[j] = k
	}
	for j := range n {
		out[j] = ids[best[j]]
	}
	return out, n
}

// overlap is the weighted overlap coefficient of the key terms of i and
// j: the weight of the names both carry (the smaller of the two weights
// of each) over the total weight of the article with less. A term weighs
// (1 + ln tf) · ln(1 + N/df): the names an article keeps coming back to,
// and that few other articles carry, say what event it is about. Dividing
// by the smaller article keeps a short report and a long one with many
// side names comparable.
func (x *termIndex) overlap(i, j int) float64 {
	ta, tb := x.feats[i].terms, x.feats[j].terms
	wa, wb := x.weights[x.off[i]:x.off[i+1]], x.weights[x.off[j]:x.off[j+1]]
	var shared float64
	k := 0
	for n, t := range ta {
		for k < len(tb) && tb[k] < t {
			k++
		}
		if k < len(tb) && tb[k] == t {
			shared += min(wa[n], wb[k])
		}
	}
	if shared == 0 {
		return 0
	}
	return shared / min(x.sum[i], x.sum[j])
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
