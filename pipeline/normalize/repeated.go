package normalize

import "slices"

// sameTextShare is the share of their own lines two articles must have in
// common to count as copies of one text (syndication, reposts) rather than
// as different articles.
const sameTextShare = 0.5

// repeatedLines returns the hashes of the lines that occur in at least
// minRepeat articles of which no two are copies of each other: furniture
// that every article of a site repeats. A syndicated story printed by
// many outlets counts once, so it keeps all its lines.
func repeatedLines(pages []*page, minRepeat int) map[uint64]bool {
	if len(pages) < minRepeat {
		return nil
	}
	sets, hashes, arts := lineSets(pages)
	out := map[uint64]bool{}
	// Lines held by the same articles (those of one story, copies of one
	// text) get the same answer: it is worked out once per set of
	// articles.
	memo := map[uint64][]verdict{}
	var buf []uint64
	for i := 0; i < len(hashes); {
		j := i + 1
		for j < len(hashes) && hashes[j] == hashes[i] {
			j++
		}
		if group := arts[i:j]; len(group) >= minRepeat {
			k := hashInts(group)
			v, ok := lookupVerdict(memo[k], group)
			if !ok {
				buf = sharedBy(buf[:0], sets, group)
				v = verdict{group, distinctTexts(sets, group, buf, minRepeat)}
				memo[k] = append(memo[k], v)
			}
			if v.repeated {
				out[hashes[i]] = true
			}
		}
		i = j
	}
	return out
}

// lineSets returns the sorted set of line hashes of each page, and every
// (hash, page index) pair, sorted, as two parallel slices.
func lineSets(pages []*page) (sets [][]uint64, hashes []uint64, arts []int) {
	sets = make([][]uint64, len(pages))
	n := 0
	for i, p := range pages {
		s := make([]uint64, 0, len(p.lines))
		for _, l := range p.lines {
			s = append(s, l.hash)
		}
		slices.Sort(s)
		sets[i] = slices.Compact(s)
		n += len(sets[i])
	}
	pairs := make([]hashArt, 0, n)
	for i, s := range sets {
		for _, h := range s {
			pairs = append(pairs, hashArt{h, i})
		}
	}
	pairs = sortByHash(pairs)
	hashes, arts = make([]uint64, len(pairs)), make([]int, len(pairs))
	for i, p := range pairs {
		hashes[i], arts[i] = p.hash, p.art
	}
	return sets, hashes, arts
}

type hashArt struct {
	hash uint64
	art  int
}

// sortByHash sorts pairs by hash and keeps pairs of one hash in their
// order, which is that of their articles: a radix sort, a byte at a time.
func sortByHash(pairs []hashArt) []hashArt {
	tmp := make([]hashArt, len(pairs))
	for shift := 0; shift < 64; shift += 8 {
		var start [257]int
		for _, p := range pairs {
			start[int(byte(p.hash>>shift))+1]++
		}
		for i := 1; i < len(start); i++ {
			start[i] += start[i-1]
		}
		for _, p := range pairs {
			d := byte(p.hash >> shift)
			tmp[start[d]] = p
			start[d]++
		}
		pairs, tmp = tmp, pairs
	}
	return pairs
}

// A verdict says whether lines held by the articles arts are repeated.
type verdict struct {
	arts     []int
	repeated bool
}

// lookupVerdict returns the verdict of vs for arts, if there is one.
func lookupVerdict(vs []verdict, arts []int) (verdict, bool) {
	for _, v := range vs {
		if slices.Equal(v.arts, arts) {
			return v, true
		}
	}
	return verdict{}, false
}

// hashInts is FNV-1a over the values of a.
func hashInts(a []int) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range a {
		h = (h ^ uint64(x)) * 1099511628211
	}
	return h
}

// sharedBy appends to dst the hashes that all the sets of arts hold.
func sharedBy(dst []uint64, sets [][]uint64, arts []int) []uint64 {
	dst = append(dst, sets[arts[0]]...)
	for _, a := range arts[1:] {
		b, n := sets[a], 0
		for i, j := 0, 0; i < len(dst) && j < len(b); {
			switch {
			case dst[i] < b[j]:
				i++
			case dst[i] > b[j]:
				j++
			default:
				dst[n] = dst[i]
				n++
				i++
				j++
			}
		}
		if dst = dst[:n]; n == 0 {
			break
		}
	}
	return dst
}

// distinctTexts reports whether arts hold at least n articles none of
// which is a copy of another. Copies are judged on what is left of each
// article once shared, the lines that all of arts hold, are set aside: for site
// furniture that leaves each story's own text, which differs; for copies
// of one story it leaves the same text, or nothing. Representatives are
// picked greedily, so the cost is at most len(arts)·n comparisons.
func distinctTexts(sets [][]uint64, arts []int, shared []uint64, n int) bool {
	var reps []int
	for _, a := range arts {
		copied := false
		for _, r := range reps {
			if shareBeyond(sets[a], sets[r], shared) >= sameTextShare {
				copied = true
				break
			}
		}
		if !copied {
			if reps = append(reps, a); len(reps) >= n {
				return true
			}
		}
	}
	return false
}

// shareBeyond returns the number of hashes two sorted sets have in common
// over the size of the smaller, leaving out the hashes of shared, which
// both hold. Two sets with nothing beyond shared are the same text; one
// with nothing beyond it has nothing in common with the other.
func shareBeyond(a, b, shared []uint64) float64 {
	na, nb := len(a)-len(shared), len(b)-len(shared)
	switch {
	case na == 0 && nb == 0:
		return 1
	case na == 0 || nb == 0:
		return 0
	}
	return float64(countCommon(a, b)-len(shared)) / float64(min(na, nb))
}

// countCommon returns the number of hashes two sorted sets have in
// common.
func countCommon(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
