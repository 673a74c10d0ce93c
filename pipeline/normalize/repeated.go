package normalize

import (
	"slices"
)

// sameTextShare is the share of lines two articles must have in common to
// count as copies of one text (syndication, reposts) rather than as
// different articles.
const sameTextShare = 0.5

// repeatedLines returns the hashes of the lines that occur in at least
// minRepeat articles of which no two are copies of each other: site
// furniture that every article of a corpus repeats. Copies are judged by
// the share of lines they have in common, so a syndicated story in many
// outlets keeps all its lines.
func repeatedLines(pages []*page, minRepeat int) map[uint64]bool {
	if len(pages) < minRepeat {
		return nil
	}
	sets := make([][]uint64, len(pages))
	where := map[uint64][]int{}
	for i, p := range pages {
		all := make([]uint64, 0, len(p.lines))
		for _, l := range p.lines {
			all = append(all, l.hash)
		}
		slices.Sort(all)
		all = slices.Compact(all)
		for _, h := range all {
			where[h] = append(where[h], i)
		}
		sets[i] = proseSet(p, all)
	}
	out := map[uint64]bool{}
	for h, arts := range where {
		if len(arts) >= minRepeat && distinctTexts(sets, arts, minRepeat) {
			out[h] = true
		}
	}
	return out
}

// proseWords is the length from which a line counts as prose when
// telling copies apart: furniture is shorter, and every article of a site
// shares it.
const proseWords = 8

// proseSet returns the sorted hashes of p's prose lines, or all when it
// has none.
func proseSet(p *page, all []uint64) []uint64 {
	var s []uint64
	for _, l := range p.lines {
		if l.words >= proseWords {
			s = append(s, l.hash)
		}
	}
	if len(s) == 0 {
		return all
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// distinctTexts reports whether arts hold at least n articles none of
// which is a copy of another. It picks representatives greedily, so the
// cost is at most len(arts)·n comparisons.
func distinctTexts(sets [][]uint64, arts []int, n int) bool {
	var reps []int
	for _, a := range arts {
		copied := false
		for _, r := range reps {
			if shareLines(sets[a], sets[r]) >= sameTextShare {
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

// shareLines returns the number of hashes two sorted sets have in common
// over the size of the smaller.
func shareLines(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return float64(common) / float64(min(len(a), len(b)))
}
