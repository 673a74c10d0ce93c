package extract

import (
	"github.com/adrg/strutil"
)

// entJWMax is the longest word entJaroWinkler compares itself; longer
// ones, and words with non-ASCII letters, go to strutil.
const entJWMax = 64

// entJaroWinkler returns strutil's Jaro-Winkler similarity of a and b
// (entJW).
func entJaroWinkler(a, b string) float64 { return strutil.Similarity(a, b, entJW) }

// entJaroWinklerAbove returns entJaroWinkler(a, b) when it is at least
// thr, and may return 0 when it is below. strutil scores; what is done
// here is a screen for the many pairs of ASCII words that clustering
// rules out: entJaro, on bytes and without allocating, stops after
// matching a against b when that shows the similarity is below thr, given
// that at most m characters of b can match.
func entJaroWinklerAbove(a, b string, m int, thr float64) float64 {
	if len(a) > entJWMax || len(b) > entJWMax || !entIsASCII(a) || !entIsASCII(b) {
		return strutil.Similarity(a, b, entJW)
	}
	lp := 0
	for lp < min(len(a), len(b), 4) && a[lp] == b[lp] {
		lp++
	}
	if _, ok := entJaro(a, b, lp, min(m, len(b)), thr); !ok {
		return 0
	}
	return strutil.Similarity(a, b, entJW)
}

// entJaro is strutil's Jaro similarity on ASCII words of at most entJWMax
// bytes, to the last bit (TestEntJaroWinkler), so that the screen never
// rules out a pair strutil would score at thr or above. Its matching window is half the longer word, and it matches each
// word against the other separately, as strutil does. It gives up (false)
// when the matches of a, at most m matches of b and Winkler's bonus for
// lp common bytes cannot reach thr.
func entJaro(a, b string, lp, m int, thr float64) (float64, bool) {
	lenA, lenB := len(a), len(b)
	if lenA == 0 && lenB == 0 {
		return 1, true
	}
	if lenA == 0 || lenB == 0 {
		return 0, true
	}
	half := max(lenA, lenB) / 2
	var bufA, bufB [entJWMax]byte
	mrA := entMatching(a, b, half, bufA[:0])
	fm := len(mrA)
	if j := (float64(fm)/float64(lenA) + float64(m)/float64(lenB) + 1) / 3; j+0.1*float64(lp)*(1-j) < thr-1e-9 {
		return 0, false
	}
	mrB := entMatching(b, a, half, bufB[:0])
	sm := len(mrB)
	if fm == 0 || sm == 0 {
		return 0.0, true
	}
	t := 0
	for i := range min(fm, sm) {
		if mrA[i] != mrB[i] {
			t++
		}
	}
	return (float64(fm)/float64(lenA) +
		float64(sm)/float64(lenB) +
		float64(fm-t/2)/float64(fm)) / 3.0, true
}

// entMatching appends to out the bytes of a that match a byte of b not
// matched before, at most limit positions away, in the order of a.
func entMatching(a, b string, limit int, out []byte) []byte {
	var used uint64
	for i := 0; i < len(a); i++ {
		ch := a[i]
		for j := max(0, i-limit); j < min(i+limit+1, len(b)); j++ {
			if b[j] == ch && used&(1<<j) == 0 {
				used |= 1 << j
				out = append(out, ch)
				break
			}
		}
	}
	return out
}

func entIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
