package reconcile

import (
	"math"
	"slices"
)

// Claims of one article with different values never join (see
// matchConflict), and being of one voice they are no near miss either:
// scoring such pairs is wasted work, quadratic in the claims of a long
// article. matchCandidates leaves them out, which changes no fact.

// matchOneDoc reports whether all claims of cs come from one article.
func matchOneDoc(cs []*factClaim) bool {
	for _, c := range cs[1:] {
		if c.Span.Doc != cs[0].Span.Doc {
			return false
		}
	}
	return true
}

// matchNeverJoin reports whether a and b, of one block, can neither join
// nor be a near miss: claims of one article with different values, unless
// both are quotes and the block has other articles (whose quote may hold
// both as fragments, see matchFragments).
func matchNeverJoin(a, b *factClaim, oneDoc bool) bool {
	return a.Span.Doc == b.Span.Doc && (oneDoc || a.Quote == nil) && !vdSameValue(a, b)
}

// A matchValue is what vdSameValue compares: claims of one kind with
// equal matchValues have the same value.
type matchValue struct {
	num         uint64
	unit, other string
	start, end  any
}

// matchValueClasses numbers the values of the claims of cs, a block of
// one article: claims of one number have the same value (vdSameValue).
func matchValueClasses(cs []*factClaim) []uint64 {
	ids := make(map[matchValue]uint64)
	out := make([]uint64, len(cs))
	for i, c := range cs {
		var v matchValue
		switch {
		case c.Quantity != nil:
			q := c.Quantity
			v = matchValue{num: math.Float64bits(q.Value), unit: q.Unit, other: q.Qualifier}
			if q.Value == 0 {
				v.num = 0 // -0 == 0
			}
			if math.IsNaN(q.Value) { // equal to nothing
				v.start = i
			}
		case c.Time != nil:
			v = matchValue{start: c.Time.Start, end: c.Time.End}
		case c.Quote != nil:
			v = matchValue{other: c.norm}
		default:
			v.start = i
		}
		id, ok := ids[v]
		if !ok {
			id = uint64(len(ids))
			ids[v] = id
		}
		out[i] = id
	}
	return out
}

// matchOneDocMax is the most claims that a claim of a large block of one
// article is compared with: the nearest later ones. An article that gives
// one value more often than that, in sentences alike, is not news but a
// table or a generated text, and comparing every pair would take time
// quadratic in its length.
const matchOneDocMax = matchSmallBlock

// matchCandidatesOneDoc is matchCandidates for a large block of one
// article: the pairs of claims with the same value that share a feature
// held by at most limit claims of the block, each once and in order, up
// to matchOneDocMax pairs per claim (see there).
func matchCandidatesOneDoc(cs []*factClaim, feats [][]uint64, count map[uint64]int, limit int, f func(a, b *factClaim)) {
	class := matchValueClasses(cs)
	postings := make(map[[2]uint64][]int32)
	for i := range cs {
		for _, k := range feats[i] {
			if count[k] <= limit {
				key := [2]uint64{k, class[i]}
				postings[key] = append(postings[key], int32(i))
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
			ps := postings[[2]uint64{k, class[i]}]
			at, _ := slices.BinarySearch(ps, int32(i)+1)
			for _, j := range ps[at:min(len(ps), at+matchOneDocMax)] {
				if !mark[j] {
					mark[j] = true
					js = append(js, j)
				}
			}
		}
		slices.Sort(js)
		for n, j := range js {
			mark[j] = false
			if n < matchOneDocMax {
				f(a, cs[j])
			}
		}
	}
}

// matchConflictOneValue is matchConflict for figures and dates, which
// have no fragments, and for quotes of two groups of one article each,
// which have no third article to be fragments of: as the groups hold no
// conflict, the claims of one article in a group then have one value, and
// comparing one of them with each claim of x is enough, which keeps the
// check linear in the size of x.
func matchConflictOneValue(x, y *matchGroup) bool {
	for _, a := range x.members {
		var b *factClaim
		y.sameDoc(a.Span.Doc, func(c *factClaim) bool { b = c; return true })
		if b != nil && !vdSameValue(a, b) {
			return true
		}
	}
	return false
}
