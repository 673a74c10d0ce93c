package reconcile

import "slices"

// matchCandidates calls f for each candidate pair (cs[i], cs[j]), i < j,
// in order: all pairs of a small block; in a large one, the pairs that
// share a feature (word of About, event, context or quote; speaker word;
// entity) held by few claims, found through an inverted index, of which
// the pairs of one article's claims are bounded to the nearest later
// matchOneDocMax a claim and feature.
//
// Pairs that matchNeverJoin are left out.
func matchCandidates(cs []*factClaim, f func(a, b *factClaim)) {
	oneDoc := matchOneDoc(cs)
	if len(cs) <= matchSmallBlock {
		for i, a := range cs {
			for _, b := range cs[i+1:] {
				if !matchNeverJoin(a, b, oneDoc) {
					f(a, b)
				}
			}
		}
		return
	}
	feats := make([][]uint64, len(cs))
	count := make(map[uint64]int)
	for i, c := range cs {
		feats[i] = matchFeatures(c)
		for _, k := range feats[i] {
			count[k]++
		}
	}
	limit := max(matchSmallBlock, int(matchCommonShare*float64(len(cs))))
	if oneDoc {
		matchCandidatesOneDoc(cs, feats, count, limit, f)
	} else {
		matchCandidatesIndexed(cs, feats, count, limit, f)
	}
}

// matchCandidatesIndexed is matchCandidates for a large block of several
// articles, given the features of its claims. Postings are kept by
// article: a claim meets every claim of the other articles that shares a
// feature held by at most limit claims, and at most matchOneDocMax of its
// own article's (the nearest later ones), so that an article holding most
// of a block, one of 50 MB say, does not make the work quadratic.
func matchCandidatesIndexed(cs []*factClaim, feats [][]uint64, count map[uint64]int, limit int, f func(a, b *factClaim)) {
	docOf := make([]int32, len(cs))
	docs := make(map[string]int32)
	for i, c := range cs {
		d, ok := docs[c.Span.Doc]
		if !ok {
			d = int32(len(docs))
			docs[c.Span.Doc] = d
		}
		docOf[i] = d
	}
	postings := make(map[uint64][]matchPosting) // by article, in order of first claim
	for i := range cs {
		for _, k := range feats[i] {
			if count[k] > limit {
				continue
			}
			ps := postings[k]
			if n := len(ps); n > 0 && ps[n-1].doc == docOf[i] {
				ps[n-1].claims = append(ps[n-1].claims, int32(i))
			} else if at := slices.IndexFunc(ps, func(p matchPosting) bool { return p.doc == docOf[i] }); at >= 0 {
				ps[at].claims = append(ps[at].claims, int32(i))
			} else {
				postings[k] = append(ps, matchPosting{docOf[i], []int32{int32(i)}})
			}
		}
	}
	mark := make([]bool, len(cs))
	var js []int32
	for i, a := range cs {
		js = js[:0]
		for _, k := range feats[i] {
			if count[k] > limit {
				continue
			}
			for _, p := range postings[k] {
				at, _ := slices.BinarySearch(p.claims, int32(i)+1)
				later := p.claims[at:]
				if p.doc == docOf[i] {
					later = later[:min(len(later), matchOneDocMax)]
				}
				for _, j := range later {
					if !mark[j] {
						mark[j] = true
						js = append(js, j)
					}
				}
			}
		}
		slices.Sort(js) // in order, each once
		for _, j := range js {
			mark[j] = false
			if !matchNeverJoin(a, cs[j], false) {
				f(a, cs[j])
			}
		}
	}
}

// A matchPosting is the claims of one article that hold a feature.
type matchPosting struct {
	doc    int32
	claims []int32 // ascending
}

// matchFeatures returns the features of c that the inverted index holds.
func matchFeatures(c *factClaim) []uint64 {
	out := make([]uint64, 0, len(c.about)+len(c.context)+len(c.wordSet)+len(c.speaker)+len(c.ents))
	out = append(out, c.about...)
	out = append(out, c.context...)
	out = append(out, c.wordSet...)
	for _, w := range c.speaker {
		out = append(out, w^0x9e3779b97f4a7c15) // speaker words apart from quoted ones
	}
	for _, e := range c.ents {
		out = append(out, matchHash(e, 0)^0xbf58476d1ce4e5b9)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
