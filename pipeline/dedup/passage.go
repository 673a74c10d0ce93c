package dedup

import "github.com/crosscheck-news/crosscheck/pipeline/article"

// passages merges matches of consecutive sentences on both sides into
// passages; ms is sorted by a.
func (p *pairInfo) passages(ms []match) []article.Passage {
	var out []article.Passage
	n := 0 // matches in the last passage
	for k, m := range ms {
		sa, sb := &p.sents[m.a], &p.sents[m.b]
		if k > 0 && n > 0 {
			prev := ms[k-1]
			last := &out[len(out)-1]
			if m.a == prev.a+1 && m.b == prev.b+1 && p.sents[prev.a].doc == sa.doc {
				last.A.End, last.B.End = sa.span.End, sb.span.End
				last.Similarity = (last.Similarity*float64(n) + m.sim) / float64(n+1)
				n++
				continue
			}
		}
		out = append(out, article.Passage{A: sa.span, B: sb.span, Similarity: m.sim})
		n = 1
	}
	return out
}

// contains returns the ID of the article that contains the other, or "":
// every sentence of the shorter one aligns, and not every sentence of the
// longer.
func (p *pairInfo) contains(ms []match) string {
	var inA, inB int
	for _, m := range ms {
		inA += p.sents[m.a].span.Len()
		inB += p.sents[m.b].span.Len()
	}
	const whole = 0.9
	fa, fb := float64(inA)/float64(max(p.totalA, 1)), float64(inB)/float64(max(p.totalB, 1))
	switch {
	case fb >= whole && fa < whole:
		return p.docs[p.a].ID
	case fa >= whole && fb < whole:
		return p.docs[p.b].ID
	}
	return ""
}
