package extract

import (
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
func numNext(s string, i int) numTok {
	for i < len(s) {
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
			if numIsASCIILetter(s[j]) {
				j++
				continue
			}
			n := 0
			if s[j] >= utf8.RuneSelf {
				n = numLetterAt(s, j)
			}
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
func numPrev(s string, i int) numTok {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || (r >= utf8.RuneSelf && unicode.IsSpace(r))) {
			break
		}
		i -= n
	}
	if i <= 0 {
		return numTok{0, 0, numEnd}
	}
	j := i
	switch {
	case numIsDigit(s[i-1]):
		for j > 0 && numIsDigit(s[j-1]) {
			j--
		}
		return numTok{j, i, numDigits}
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(r) {
		return numTok{i - n, i, numPunct}
	}
	for j > 0 {
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
