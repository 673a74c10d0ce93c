package extract

import (
	"math/bits"
	"strings"
)

// This file holds numScan, the pass over the whole text that finds where
// numerals start, and the word filters that let it pass over the words
// that start none, which are nearly all of them.

// numStartByte marks the bytes that may begin a numeral, or a word that
// may: digits, ".", the first letters of number words and of "www" and
// "http", and every non-ASCII byte (currency signs, "½"). The scanner
// skips everything else a byte or a word at a time.
var numStartByte = func() (t [256]bool) {
	for _, c := range "0123456789.abcdefhlmnoqstwzABCDEFHLMNOQSTWZ" {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// numStartWords are the words numLitAt may read a numeral or a web
// address from: the number words and the few others numWordStart and
// numIsURL look for.
func numStartWords() []string {
	words := []string{"a", "an", "minus", "negative", "several", "few", "couple", "half", "quarter", "www", "http"}
	for w := range numWords {
		words = append(words, w)
	}
	return words
}

// numPairs marks the first two letters (lower-cased, a to z) of every
// word that may start a numeral: a cheap test before the map lookups.
var numPairs = func() (t [26 * 26]bool) {
	for _, w := range numStartWords() {
		if len(w) > 1 {
			t[int(w[0]-'a')*26+int(w[1]-'a')] = true
		}
	}
	return t
}()

// numStartBits is a Bloom-like filter of numStartWords keyed on length
// and first, second and last letters: "the" and "document" pass
// numPairs (for "three" and "dozen") but not this.
var numStartBits = func() (t [numStartKeys / 64]uint64) {
	for _, w := range numStartWords() {
		k := numStartKey(w)
		t[k/64] |= 1 << (k % 64)
	}
	return t
}()

const numStartKeys = 1 << 16

func numStartKey(w string) int {
	n := len(w)
	return (n*4513 + int(w[0]|0x20)*677 + int(w[min(1, n-1)]|0x20)*29 + int(w[n-1]|0x20)) & (numStartKeys - 1)
}

// numMayStartAt reports whether the ASCII word s[i:j], which ends before
// a byte that is not a letter and passes numMayStart, may start a numeral
// or a web address: when it does not, numLitAt would find nothing there
// and go on from j.
func numMayStartAt(s string, i, j int) bool {
	k := numStartKey(s[i:j])
	return numStartBits[k/64]&(1<<(k%64)) != 0 || strings.HasPrefix(s[j:], "://")
}

// numMayStartWord reports whether the ASCII word s[i:j], which ends before
// a byte that is not a letter, may start a numeral or a web address: when
// it does not, numLitAt would find nothing there and go on from j. key is
// the word as numWordAt packs it. A word of up to eight letters is looked
// up exactly; the filters of numMayStartAt serve the longer ones and the
// addresses.
func numMayStartWord(s string, i, j int, key uint64) bool {
	n := j - i
	if n <= 8 && numStartSet.has(key) {
		return true
	}
	if n > 9 || n < 9 && (j == len(s) || s[j] != ':') {
		return false
	}
	return numStartByte[s[i]] && numMayStart(s[i:j]) && numMayStartAt(s, i, j)
}

// numStartSet holds the numStartWords of up to eight letters.
var numStartSet = func() *numWordMap[struct{}] {
	m := make(map[string]struct{})
	for _, w := range numStartWords() {
		m[w] = struct{}{}
	}
	return newNumWordMap(m)
}()

// numMayStart reports whether the ASCII word w may start a numeral.
func numMayStart(w string) bool {
	if !numIsASCIILetter(w[0]) || len(w) > 1 && !numIsASCIILetter(w[1]) {
		return false
	}
	if len(w) == 1 {
		return w[0]|0x20 == 'a'
	}
	return numPairs[int(w[0]|0x20-'a')*26+int(w[1]|0x20-'a')]
}

// numScan appends the numerals of s to dst.
func numScan(s string, dst []numLit) []numLit {
	dst, _ = numScanTo(s, 0, len(s), dst)
	return dst
}

// numScanTo is numScan's loop from offset i while it is before end: it
// appends the numerals that start there, read in all of s, and returns
// where the loop goes on, at end or past it.
func numScanTo(s string, i, end int, dst []numLit) ([]numLit, int) {
	for i < end {
		if i = numSkipWords(s, i, end); i >= end {
			break
		}
		c := s[i]
		if numIsASCIILetter(c) {
			j, key := numWordAt(s, i)
			if j < len(s) && s[j] >= 0x80 || !numMayStartWord(s, i, j, key) {
				i = j // not a number word (or a word going on past ASCII)
				continue
			}
			if (key == 'a' || key == 'a'|'n'<<8) && (j == len(s) || s[j] != ':') && !numWeakReadsOn(s, j) {
				i = j // "a" and "an", the commonest stops, mostly before no number
				continue
			}
		} else if !numStartByte[c] || c == '.' && (i+1 == len(s) || !numIsDigit(s[i+1])) {
			i++ // numPunctStart reads a dot only before a digit
			continue
		} else if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && numQuietPunct[s[i+2]&0x3F] {
			i += 3 // a quotation mark, dash or ellipsis
			continue
		}
		t := numNext(s, i)
		if t.k == numEnd {
			return dst, len(s)
		}
		lit, ok, next := numLitAt(s, t)
		if ok {
			dst = append(dst, lit)
			i = lit.e
			continue
		}
		if next <= t.s {
			next = t.e
		}
		i = next
	}
	return dst, i
}

// numSkipWords returns the first offset from i that numScan must look
// at: it passes over what numScan's own loop would pass over without a
// look-up or a call, which is most of a text: words of up to seven
// letters that are not in numStartSet (and that a web address's "://" or
// a letter past ASCII does not follow), words of ten letters or more, the
// quotation marks and dashes of numQuietPunct and ASCII bytes that start
// no numeral. It reads each word with one load of eight bytes and tests it
// with one Bloom bit (and, rarely, a probe) of numStartSet. It stops at
// anything else, and eight bytes before the end, for numScan's loop to
// take it as before, or once it is at end or past it.
func numSkipWords(s string, i, end int) int {
	for i+8 <= len(s) && i < end {
		if c := s[i]; !numIsASCIILetter(c) {
			switch {
			case c == 0xE2 && s[i+1] == 0x80 && numQuietPunct[s[i+2]&0x3F]:
				i += 3 // a quotation mark, dash or ellipsis
			case c >= 0x80 || numStartByte[c]:
				return i // a digit, a dot or another byte past ASCII
			default:
				i++
			}
			continue
		}
		x := numLoad8(s, i)
		n := bits.TrailingZeros64(numNonLetters(x)) / 8 // letters at i; 8 when no other byte
		if n == 8 {
			j := numLetterEnd(s, i+8)
			if j-i <= 9 {
				return i // a word of eight or nine letters
			}
			i = j // longer than any that may start a numeral
			continue
		}
		j := i + n
		c := s[j]
		if c >= 0x80 || c == ':' || numStartSet.has((x|0x20*numOnes)&(1<<(8*n)-1)) {
			if c >= 0x80 {
				i = j // numScan passes over a word that goes on past ASCII
				continue
			}
			return i
		}
		i = j
		if c == ' ' {
			i++ // the space after the word, without another load
		}
	}
	return i
}

// numQuietPunct marks by their last byte's low six bits the characters
// U+2000 to U+203F (E2 80 80 to E2 80 BF: quotation marks, dashes,
// ellipsis) that numLitAt reads nothing from and numNext does not skip as
// space: numScan passes over them without the call.
var numQuietPunct = func() (t [64]bool) {
	for k := range t {
		r := string(rune(0x2000 + k))
		_, vulgar := numVulgar[r]
		t[k] = numSpaceAt(r, 0) == 0 && numLetterAt(r, 0) == 0 && !vulgar
	}
	return t
}()
