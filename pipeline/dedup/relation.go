package dedup

import (
	"cmp"
	"context"
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

const (
	// minPassageWords is the length below which an aligned passage is too
	// short to be a shared statement rather than a shared phrase.
	minPassageWords = 8
	// minOrder is the share of aligned sentences that must follow the
	// same order in both articles for one to be a rewrite of the other.
	minOrder = 0.7
	// minDerivedSentences is the fewest aligned sentences that make a
	// rewrite: one or two shared statements are quotations.
	minDerivedSentences = 3
	// copySentenceSim is the mean sentence similarity above which an
	// article whose every sentence aligns is a copy, not a rewrite.
	copySentenceSim = 0.9
)

// ctxEvery is how many iterations of a story's loops run between two
// checks of the context: a story of thousands of articles is minutes of
// work, and an interrupted run must stop within a second.
const ctxEvery = 256

// relate returns the relations between the articles of one story, the
// members being indexes into docs, at most maxRelationsPerArticle per
// article beyond those that keep copies one voice (see capRelations). It
// returns ctx's error if ctx is done before it ends.
func relate(ctx context.Context, docs []article.Doc, feats []features, members []int, opt *Options, ss *storyScratch) ([]article.Relation, error) {
	sents := ss.sentences(docs, members)
	ms, err := ss.alignStory(ctx, sents, feats, members, opt.alignThreshold())
	if err != nil {
		return nil, err
	}
	keyed := ss.byPair(sents, ms)
	pairs := ss.pairs[:0]
	for k := range keyed {
		if k == 0 || keyed[k].p != keyed[k-1].p {
			pairs = append(pairs, keyed[k].p)
		}
	}
	pairs = appendIdentical(pairs, ss.allowed, feats, members)
	slices.Sort(pairs)
	ss.pairs = pairs
	ss.work.related += len(pairs)
	totals := append(ss.totals[:0], make([]int, len(members))...)
	ss.totals = totals
	for i := range sents {
		totals[sents[i].doc] += sents[i].span.Len()
	}
	used := append(ss.used[:0], make([]bool, len(sents))...)
	ss.used = used
	var out []article.Relation
	for n, p := range pairs {
		if n%ctxEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		x, y := p.split()
		pr := pairInfo{docs: docs, feats: feats, a: members[x], b: members[y], sents: sents,
			totalA: totals[x], totalB: totals[y]}
		ss.one = oneToOne(ss.one[:0], ss.matchesOf(p), used)
		if r, ok := pr.relation(ss.one, opt); ok {
			out = append(out, r)
		}
	}
	return capRelations(out, maxRelationsPerArticle), nil
}

// alignStory aligns the sentences of a story: all pairs of articles in a
// story of at most bigStory articles, partners only in a bigger one.
func (ss *storyScratch) alignStory(ctx context.Context, sents []sentence, feats []features, members []int, threshold float64) ([]match, error) {
	ss.allowed = ss.allowed[:0]
	if len(members) <= bigStory {
		return ss.align(ctx, sents, threshold)
	}
	ss.index.build(sents)
	docStart := ss.docStarts(sents)
	allowed := ss.partners(sents, feats, members, docStart)
	return ss.alignPartners(ctx, sents, allowed, docStart, threshold)
}

// appendIdentical appends to pairs, sorted, the pairs of articles with
// one text that it lacks: identical texts need no matched sentence. In a
// big story, where allowed lists the pairs aligned, only those.
func appendIdentical(pairs, allowed []pair, feats []features, members []int) []pair {
	n := len(pairs)
	same := func(k pair) bool {
		x, y := k.split()
		_, ok := slices.BinarySearch(pairs[:n], k)
		return !ok && feats[members[x]].textHash == feats[members[y]].textHash
	}
	if len(members) > bigStory {
		for _, k := range allowed {
			if same(k) {
				pairs = append(pairs, k)
			}
		}
		return pairs
	}
	for x := range members {
		for y := x + 1; y < len(members); y++ {
			if k := makePair(x, y); same(k) {
				pairs = append(pairs, k)
			}
		}
	}
	return pairs
}

// A keyedMatch is a match with the pair of articles it links.
type keyedMatch struct {
	p pair
	m match
}

// byPair returns the matches keyed by their pair of articles, sorted by
// it, each with its sentence of the first article as a.
func (ss *storyScratch) byPair(sents []sentence, ms []match) []keyedMatch {
	keyed := ss.keyed[:0]
	for _, m := range ms {
		if sents[m.a].doc > sents[m.b].doc {
			m.a, m.b = m.b, m.a
		}
		keyed = append(keyed, keyedMatch{makePair(sents[m.a].doc, sents[m.b].doc), m})
	}
	ss.keyed = keyed
	if n := ss.articles(sents); n*n <= maxCountedPairs {
		ss.keyed, ss.keyTmp = ss.countPairs(keyed, n), keyed
		return ss.keyed
	}
	slices.SortFunc(keyed, func(x, y keyedMatch) int { return cmp.Compare(x.p, y.p) })
	return keyed
}

// maxCountedPairs bounds the pairs of articles of a story whose matches
// are ordered by a counting sort rather than a comparison sort: the
// order of the matches of one pair does not matter (oneToOne decides by
// similarity and position), so one pass that counts them by pair is all
// a story of a few dozen articles needs.
const maxCountedPairs = 4096

// articles returns the number of articles of a story's sentences.
func (ss *storyScratch) articles(sents []sentence) int {
	if len(sents) == 0 {
		return 0
	}
	return sents[len(sents)-1].doc + 1
}

// countPairs returns keyed ordered by pair, n being the articles of the
// story, in a slice of ss other than keyed.
func (ss *storyScratch) countPairs(keyed []keyedMatch, n int) []keyedMatch {
	slot := func(p pair) int { x, y := p.split(); return x*n + y }
	start := append(ss.counts[:0], make([]int32, n*n+1)...)
	for _, k := range keyed {
		start[slot(k.p)+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := append(ss.keyTmp[:0], make([]keyedMatch, len(keyed))...)
	for _, k := range keyed {
		out[start[slot(k.p)]] = k
		start[slot(k.p)]++
	}
	ss.counts = start
	return out
}

// matchesOf returns the matches of pair p, valid until its next call.
func (ss *storyScratch) matchesOf(p pair) []match {
	lo, _ := slices.BinarySearchFunc(ss.keyed, p, func(k keyedMatch, p pair) int { return cmp.Compare(k.p, p) })
	out := ss.pm[:0]
	for k := lo; k < len(ss.keyed) && ss.keyed[k].p == p; k++ {
		out = append(out, ss.keyed[k].m)
	}
	ss.pm = out
	return out
}

// oneToOne keeps the best match of each sentence: greedily by similarity,
// ties broken by position, so the result does not depend on the order of
// ms. used is false for every sentence, and left so; the sentences of
// one side are never those of the other, so one slice marks both. The
// matches kept are appended to out.
func oneToOne(out, ms []match, used []bool) []match {
	if !conflicts(ms, used) {
		// Each sentence has one match (as between copies): greedy keeps
		// them all, whatever their order.
		out = append(out, ms...)
		slices.SortFunc(out, func(x, y match) int { return cmp.Compare(x.a, y.a) })
		return out
	}
	slices.SortFunc(ms, strongerMatch)
	for _, m := range ms {
		if used[m.a] || used[m.b] {
			continue
		}
		used[m.a], used[m.b] = true, true
		out = append(out, m)
	}
	for _, m := range out {
		used[m.a], used[m.b] = false, false
	}
	slices.SortFunc(out, func(x, y match) int { return cmp.Compare(x.a, y.a) })
	return out
}

// conflicts reports whether some sentence has two matches in ms; used is
// false for every sentence, and left so.
func conflicts(ms []match, used []bool) bool {
	n, found := 0, false
	for ; n < len(ms) && !found; n++ {
		m := ms[n]
		found = used[m.a] || used[m.b]
		used[m.a], used[m.b] = true, true
	}
	for _, m := range ms[:n] {
		used[m.a], used[m.b] = false, false
	}
	return found
}

// strongerMatch orders matches by falling similarity, then position. It
// compares what cmp.Or would, without evaluating every comparison: it
// runs for every match of every pair. Similarities are never NaN.
func strongerMatch(x, y match) int {
	switch {
	case x.sim > y.sim:
		return -1
	case x.sim < y.sim:
		return 1
	case x.a != y.a:
		return cmp.Compare(x.a, y.a)
	}
	return cmp.Compare(x.b, y.b)
}

// pairInfo is one pair of articles of a story; a's sentences come first.
type pairInfo struct {
	docs  []article.Doc
	feats []features
	a, b  int
	sents []sentence
	// totalA and totalB are the sentence bytes of a and b.
	totalA, totalB int
}

// relation classifies the pair from its one-to-one sentence matches. Its
// Similarity is 1 for identical texts, and otherwise the share of the
// shorter article's sentence bytes that align, each weighted by its
// sentence similarity: how much of the shorter one the other also says.
func (p *pairInfo) relation(ms []match, opt *Options) (article.Relation, bool) {
	da, db := &p.docs[p.a], &p.docs[p.b]
	fa, fb := &p.feats[p.a], &p.feats[p.b]
	r := article.Relation{A: da.ID, B: db.ID, Passages: p.passages(ms)}
	sim, cov := p.coverage(ms)
	r.Similarity = sim
	switch {
	case fa.textHash == fb.textHash:
		r.Kind, r.Similarity = article.Identical, 1
	case fa.sig.similarity(fb.sig) >= opt.nearDuplicate() || cov >= 0.9 && sim >= copySentenceSim*cov:
		r.Kind = article.NearDuplicate
	case cov >= opt.derivedCoverage() && len(ms) >= minDerivedSentences && order(ms) >= minOrder:
		r.Kind = article.Derived
	case p.hasStatement(ms):
		r.Kind = article.SharesPassages
	default:
		return r, false
	}
	if r.A > r.B {
		r = swap(r)
	}
	if r.Kind.Copies() {
		r.From, r.Why = direction(da, db, p.contains(ms))
	}
	return r, true
}

// coverage returns the similarity of the pair, the share of the shorter
// article's sentence bytes that align weighted by how well they align,
// and the unweighted share.
func (p *pairInfo) coverage(ms []match) (sim, cov float64) {
	total := max(min(p.totalA, p.totalB), 1)
	for _, m := range ms {
		s := &p.sents[m.a]
		if p.totalB < p.totalA {
			s = &p.sents[m.b]
		}
		sim += float64(s.span.Len()) * m.sim
		cov += float64(s.span.Len())
	}
	return sim / float64(total), cov / float64(total)
}

// hasStatement reports whether some passage is long enough to be a
// statement both articles carry.
func (p *pairInfo) hasStatement(ms []match) bool {
	for _, m := range ms {
		if min(p.sents[m.a].words, p.sents[m.b].words) >= minPassageWords {
			return true
		}
	}
	return false
}

// order returns the share of matches in the longest run that keeps the
// same order in both articles (a longest increasing subsequence).
func order(ms []match) float64 {
	var tails []int
	for _, m := range ms {
		i, _ := slices.BinarySearch(tails, m.b)
		if i == len(tails) {
			tails = append(tails, m.b)
		} else {
			tails[i] = m.b
		}
	}
	return float64(len(tails)) / float64(len(ms))
}

func swap(r article.Relation) article.Relation {
	r.A, r.B = r.B, r.A
	for i, ps := range r.Passages {
		r.Passages[i].A, r.Passages[i].B = ps.B, ps.A
	}
	slices.SortFunc(r.Passages, func(x, y article.Passage) int { return article.ComparePos(x.A, y.A) })
	return r
}

func compareRelations(x, y article.Relation) int {
	return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
}
