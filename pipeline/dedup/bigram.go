package dedup

import (
	"slices"
	"unicode/utf8"
)

// A bigramSet is a set of byte bigrams, as a bitmap.
type bigramSet [1 << 16 / 64]uint64

func bigram(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }

func (bs *bigramSet) has(g uint16) bool { return bs[g/64]&(1<<(g%64)) != 0 }
func (bs *bigramSet) add(g uint16)      { bs[g/64] |= 1 << (g % 64) }
func (bs *bigramSet) del(g uint16)      { bs[g/64] &^= 1 << (g % 64) }

// distinct returns the number of distinct byte bigrams of s; bs is left
// empty.
func (bs *bigramSet) distinct(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if g := bigram(s, i); !bs.has(g) {
			bs.add(g)
			n++
		}
	}
	for i := 0; i+1 < len(s); i++ {
		bs.del(bigram(s, i))
	}
	return n
}

// dice returns the Dice coefficient of the byte-bigram sets of a and b,
// whose sizes are na and nb; bs is left empty.
func (bs *bigramSet) dice(a, b string, na, nb int) float64 {
	if na+nb == 0 {
		return 0
	}
	for i := 0; i+1 < len(a); i++ {
		bs.add(bigram(a, i))
	}
	shared := 0
	for i := 0; i+1 < len(b); i++ {
		if g := bigram(b, i); bs.has(g) {
			bs.del(g) // count each shared bigram once
			shared++
		}
	}
	for i := 0; i+1 < len(a); i++ {
		bs.del(bigram(a, i))
	}
	return 2 * float64(shared) / float64(na+nb)
}

// setDice returns the Dice coefficient of the byte-bigram sets of the
// texts of a and b, counting their distinct bigrams if not yet done.
func (sc *scorer) setDice(a, b *sentence) float64 {
	for _, s := range []*sentence{a, b} {
		if s.grams < 0 {
			s.grams = sc.bs.distinct(s.text)
		}
	}
	return sc.bs.dice(a.text, b.text, a.grams, b.grams)
}

// runeBigrams appends the bigrams of runes of s to buf, each as its two
// runes in one integer, sorted, and returns them and buf. As in strutil
// (which converts s to []rune), an invalid byte is one U+FFFD.
func runeBigrams(buf []uint64, s string) ([]uint64, []uint64) {
	start := len(buf)
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if prev >= 0 {
			buf = append(buf, uint64(prev)<<32|uint64(r))
		}
		prev = r
		i += n
	}
	grams := buf[start:]
	slices.Sort(grams)
	return grams[:len(grams):len(grams)], buf
}

// bigramDice returns what strutil's SorensenDice{CaseSensitive: true,
// NgramSize: 2} returns for the texts of a and b, bit for bit: twice the
// size of the intersection of their rune-bigram multisets over the sum of
// their sizes, 1 for two empty texts. TestBigramDiceIsStrutil holds it to
// that.
func (sc *scorer) bigramDice(a, b *sentence) float64 {
	if a.text == "" && b.text == "" {
		return 1
	}
	for _, s := range []*sentence{a, b} {
		if s.pairs == nil {
			s.pairs, sc.buf = runeBigrams(sc.buf, s.text)
		}
	}
	total := len(a.pairs) + len(b.pairs)
	if total == 0 {
		return 0
	}
	x, y := a.pairs, b.pairs
	common, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			common++
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(total)
}
