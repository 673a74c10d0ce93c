package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the small tokenizer the number scanner walks with:
// letters, digits and single runes, forwards and backwards, with no
// allocation.

// numKind is the kind of a numTok.
type numKind uint8

const (
	numEnd    numKind = iota // no more text
	numWord                  // a run of letters
	numDigits                // a run of ASCII digits
	numPunct                 // one other rune that is not space
)

// numTok is one token of text: [s, e) in bytes.
type numTok struct {
	s, e int
	k    numKind
}

// glued reports whether u starts where t ends.
func (t numTok) glued(u numTok) bool { return t.k != numEnd && u.k != numEnd && t.e == u.s }

func numIsDigit(c byte) bool { return '0' <= c && c <= '9' }

func numIsASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// numSpaceAt returns the length of the space rune at s[i], or 0.
func numSpaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || unicode.IsSpace(r) {
		return n
	}
	return 0
}

// numLetterAt returns the length of the letter rune at s[i], or 0.
func numLetterAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if numIsASCIILetter(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) {
		return n
	}
	return 0
}

// numNext returns the token that starts at or after i, skipping space.
// ASCII spaces and letters, most of the text, are read without decoding
// runes, and a word's ASCII letters eight at a time.
func numNext(s string, i int) numTok {
	for i < len(s) {
		if s[i] == ' ' {
			i++
			continue
		}
		n := numSpaceAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	if i >= len(s) {
		return numTok{len(s), len(s), numEnd}
	}
	j := i
	switch {
	case numIsDigit(s[i]):
		for j < len(s) && numIsDigit(s[j]) {
			j++
		}
		return numTok{i, j, numDigits}
	case numIsASCIILetter(s[i]) || numLetterAt(s, i) > 0:
		for j < len(s) {
			if j = numLetterEnd(s, j); j == len(s) || s[j] < utf8.RuneSelf {
				break
			}
			n := numLetterAt(s, j)
			if n == 0 {
				break
			}
			j += n
		}
		return numTok{i, j, numWord}
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return numTok{i, i + n, numPunct}
}

// numPrev returns the token that ends at or before i, skipping space.
// Like numNext, it decodes runes only past ASCII.
func numPrev(s string, i int) numTok {
	for i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
				break
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || unicode.IsSpace(r)) {
			break
		}
		i -= n
	}
	if i <= 0 {
		return numTok{0, 0, numEnd}
	}
	j := i
	switch c := s[i-1]; {
	case numIsDigit(c):
		for j > 0 && numIsDigit(s[j-1]) {
			j--
		}
		return numTok{j, i, numDigits}
	case c < utf8.RuneSelf && !numIsASCIILetter(c):
		return numTok{i - 1, i, numPunct}
	case c >= utf8.RuneSelf:
		if r, n := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(r) {
			return numTok{i - n, i, numPunct}
		}
	}
	for j > 0 {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !numIsASCIILetter(c) {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return numTok{j, i, numWord}
}

// numLower returns the lower-case form of a short ASCII word in buf, or ""
// when the word is long or not ASCII: every word the lexicon knows is
// short and ASCII.
func numLower(w string, buf *[24]byte) string {
	if len(w) > len(buf) {
		return ""
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return ""
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}

// numIs reports whether token t of s is the word w (lower-case), in any case.
func numIs(s string, t numTok, w string) bool {
	return t.k == numWord && t.e-t.s == len(w) && strings.EqualFold(s[t.s:t.e], w)
}

// numIsP reports whether token t of s is the punctuation p.
func numIsP(s string, t numTok, p string) bool {
	return t.k == numPunct && s[t.s:t.e] == p
}

// SWAR constants: a one, the high bit and the low seven bits of each byte
// of a uint64.
const (
	numOnes  = 0x0101010101010101
	numHighs = 0x8080808080808080
	numLows  = 0x7f7f7f7f7f7f7f7f
)

// numLoad8 reads s[i:i+8] little-endian: s[i] is the lowest byte.
func numLoad8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// numNonLetters returns the high bit of each byte of x that is not an
// ASCII letter. It folds capitals into small letters and clears the high
// bits first, so that no byte's sum carries into the next.
func numNonLetters(x uint64) uint64 {
	y := x&numLows | 0x20*numOnes
	from := y + (0x80-'a')*numOnes   // high bit set where y >= 'a'
	past := y + (0x80-'z'-1)*numOnes // high bit set where y > 'z'
	return ^(from &^ past &^ x) & numHighs
}

// numLetterEnd returns the end of the run of ASCII letters from i. It
// tests eight bytes at a time, since numScan passes over every word of
// the text and most are a few letters long: one branch per word, not one
// per letter.
func numLetterEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if other := numNonLetters(numLoad8(s, i)); other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
	}
	for i < len(s) && numIsASCIILetter(s[i]) {
		i++
	}
	return i
}

// numWordAt returns the end of the ASCII word that starts at s[i], a
// letter, and its first eight letters as numPack packs them: for a word
// of up to eight letters, a key that names it in any case.
func numWordAt(s string, i int) (end int, key uint64) {
	if i+8 > len(s) {
		j := numLetterEnd(s, i)
		return j, numPack(s[i:min(j, i+8)])
	}
	x := numLoad8(s, i)
	other := numNonLetters(x)
	if other == 0 {
		return numLetterEnd(s, i+8), x | 0x20*numOnes
	}
	n := bits.TrailingZeros64(other) / 8
	return i + n, (x | 0x20*numOnes) & (1<<(8*n) - 1)
}

// numPack packs the ASCII letters w, at most eight, into a uint64, lower
// case, w[0] in the lowest byte: the key of a word in a numWordSet.
func numPack(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i]|0x20)
	}
	return k
}

// A numWordMap maps words of up to eight ASCII letters, packed by
// numPack, to values, in an open-addressing table: one multiply and
// mostly one load per lookup, where a map of strings would lower-case
// the word into a buffer, hash it and compare it. The lexicon's words are
// short, so most lookups of it need no map.
//
// Most words looked up are not in the table, so a Bloom filter of 4,096
// bits, indexed by the top twelve bits of the same hash, answers first:
// it turns away ~98% of the absent words with one load and a branch that
// is almost always taken the same way, where the probe's branches would
// depend on the word.
type numWordMap[V any] struct {
	keys  [256]uint64 // 0 (the empty word) marks a free slot
	vals  [256]V
	bloom [64]uint64
}

// newNumWordMap returns the table of the words of m that have at most
// eight letters; lookups of the others go to m (see numLookup).
func newNumWordMap[V any](m map[string]V) *numWordMap[V] {
	t := new(numWordMap[V])
	for w, v := range m {
		if len(w) <= 8 && numIsASCIIWord(w) {
			t.add(numPack(w), v)
		}
	}
	return t
}

// numWordHash is the hash of key k: its top eight bits pick the slot,
// its top twelve the Bloom bit.
func numWordHash(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 }

func (t *numWordMap[V]) add(k uint64, v V) {
	x := numWordHash(k)
	t.bloom[x>>58] |= 1 << (x >> 52 & 63)
	h := x >> 56
	for t.keys[h] != 0 && t.keys[h] != k {
		h = (h + 1) & 255
	}
	t.keys[h], t.vals[h] = k, v
}

func (t *numWordMap[V]) get(k uint64) (v V, ok bool) {
	x := numWordHash(k)
	if t.bloom[x>>58]&(1<<(x>>52&63)) == 0 {
		return v, false
	}
	for h := x >> 56; ; h = (h + 1) & 255 {
		switch t.keys[h] {
		case k:
			return t.vals[h], k != 0
		case 0:
			return v, false
		}
	}
}

func (t *numWordMap[V]) has(k uint64) bool {
	_, ok := t.get(k)
	return ok
}

// numLookup looks word w up in any case: in t when it is short ASCII,
// else, lower-cased, in m, the map t was made from. A word with letters
// past ASCII is in neither.
func numLookup[V any](t *numWordMap[V], m map[string]V, w string) (V, bool) {
	if len(w) <= 8 {
		if !numIsASCIIWord(w) {
			var zero V
			return zero, false
		}
		return t.get(numPack(w))
	}
	var buf [24]byte
	v, ok := m[numLower(w, &buf)]
	return v, ok
}

// numIsASCIIWord reports whether w is ASCII letters only.
func numIsASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !numIsASCIILetter(w[i]) {
			return false
		}
	}
	return true
}
