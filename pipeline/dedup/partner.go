package dedup

import (
	"cmp"
	"context"
	"slices"
)

// A big story (a war, an election) has thousands of articles, each
// telling much the same thing. Aligning every article with every other
// grows with the square of the story: 2,000 look-alike articles took half
// a million pairs of articles through alignment and classification. In a
// story of more than bigStory articles, each article is therefore aligned
// only with its partners: its maxPartners best candidates, and the next
// article of the story with the same text. The work of one article is
// then bounded: at most maxProposals sentences looked at per sentence to
// choose the partners, and at most maxPartners+1 articles of its own
// choosing aligned with it, so a story of n articles aligns at most
// n·(maxPartners+1) pairs of articles, and relate's work grows linearly
// with n. Stories of up to bigStory articles align every pair, as
// capRelations keeps only a few relations per article anyway.
const (
	// bigStory is the size above which a story aligns partners only.
	bigStory = 32
	// maxPartners is k, the candidates an article chooses to align with.
	maxPartners = 8
	// maxProposals bounds the sentences, the first in article order
	// proposed by a sentence's probes, that vote for its article's
	// partners.
	maxProposals = 64
)

// A candidate is one article of a story voting to be another's partner.
type candidate struct {
	doc   int32
	score int32
}

// partners returns the pairs of articles of a big story that are aligned,
// sorted: each article with its maxPartners best candidates, and with the
// next article that has the same text (members in story order, x built
// on sents). An article's candidates are the articles of the sentences
// its sentences propose (through their rarest stems, at most maxProposals
// each, in article order), scored by the stems they share: the articles
// saying most of what it says. Identical texts are chained, so that each
// is one voice with the others without relating them all.
func (ss *storyScratch) partners(sents []sentence, feats []features, members []int, docStart []int32) []pair {
	ss.score = append(ss.score[:0], make([]int32, len(members))...)
	ss.seen = append(ss.seen[:0], make([]int32, len(sents))...)
	out := ss.allowed[:0]
	for a := range members {
		ss.touched = ss.touched[:0]
		for i := docStart[a]; i < docStart[a+1]; i++ {
			ss.vote(sents, int(i), docStart[a], docStart[a+1])
		}
		cands := ss.ranked[:0]
		for _, d := range ss.touched {
			cands = append(cands, candidate{d, ss.score[d]})
			ss.score[d] = 0
		}
		slices.SortFunc(cands, func(p, q candidate) int { return cmp.Or(cmp.Compare(q.score, p.score), cmp.Compare(p.doc, q.doc)) })
		for _, c := range cands[:min(len(cands), maxPartners)] {
			out = append(out, makePair(a, int(c.doc)))
		}
		ss.ranked = cands
	}
	out = appendIdenticalChains(out, feats, members)
	slices.Sort(out)
	out = slices.Compact(out)
	ss.allowed = out
	return out
}

// vote adds to the score of each article the stems that sentence i, of
// the article whose sentences are sents[lo:hi], shares with the first
// maxProposals sentences of other articles that its probes propose.
func (ss *storyScratch) vote(sents []sentence, i int, lo, hi int32) {
	x := &ss.index
	x.visit(i)
	proposed := 0
	for _, p := range x.probes(i) {
		for _, j := range x.postings(p) {
			if j >= lo && j < hi || ss.seen[j] == int32(i+1) {
				continue
			}
			ss.seen[j] = int32(i + 1)
			if proposed++; proposed > maxProposals {
				return
			}
			d := int32(sents[j].doc)
			if ss.score[d] == 0 { // j shares a probe: the score grows
				ss.touched = append(ss.touched, d)
			}
			ss.score[d] += int32(x.shared(int(j), i))
		}
	}
}

// appendIdenticalChains appends, for each text that several members
// share, the pairs of each of them with the next.
func appendIdenticalChains(out []pair, feats []features, members []int) []pair {
	order := make([]int, len(members))
	for x := range order {
		order[x] = x
	}
	hash := func(x int) uint64 { return feats[members[x]].textHash }
	slices.SortFunc(order, func(x, y int) int { return cmp.Or(cmp.Compare(hash(x), hash(y)), cmp.Compare(x, y)) })
	for k := 1; k < len(order); k++ {
		if hash(order[k]) == hash(order[k-1]) {
			out = append(out, makePair(order[k-1], order[k]))
		}
	}
	return out
}

// alignPartners returns the pairs of sentences of the given pairs of
// articles whose similarity reaches threshold. As in align, two sentences
// are compared when one of them proposes the other; here only within
// a pair of articles, whose sentences are found in each posting list by
// binary search.
func (ss *storyScratch) alignPartners(ctx context.Context, sents []sentence, pairs []pair, docStart []int32, threshold float64) ([]match, error) {
	x := &ss.index
	sc := &ss.scorer
	sc.reset(threshold)
	out := ss.matches[:0]
	for n, p := range pairs {
		if n%ctxEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		a, b := p.split()
		cands := ss.proposals(ss.cands[:0], docStart, a, b)
		cands = ss.proposals(cands, docStart, b, a)
		slices.Sort(cands)
		cands = slices.Compact(cands)
		ss.cands = cands
		last := -1
		for _, c := range cands {
			i, j := c.split()
			if i != last {
				x.visit(i)
				last = i
			}
			ss.work.scored++
			if sim := sc.pairSim(&sents[i], &sents[j], x, j, i); sim >= threshold {
				out = append(out, match{i, j, sim})
			}
		}
	}
	ss.matches = out
	return out, nil
}

// proposals appends to out the pairs of sentences (in story order) that
// the sentences of article a propose in article b.
func (ss *storyScratch) proposals(out []pair, docStart []int32, a, b int) []pair {
	x := &ss.index
	blo, bhi := docStart[b], docStart[b+1]
	for i := docStart[a]; i < docStart[a+1]; i++ {
		for _, p := range x.probes(int(i)) {
			post := x.postings(p)
			lo, _ := slices.BinarySearch(post, blo)
			for _, j := range post[lo:] {
				if j >= bhi {
					break
				}
				out = append(out, makePair(int(i), int(j)))
			}
		}
	}
	return out
}
