package dedup

import (
	"unicode"
	"unicode/utf8"
)

// A token is one word of a Doc's Text: its byte range, a hash of its
// case-folded spelling and what it looks like.
type token struct {
	start, end int32
	hash       uint64
	stem       uint64 // hash of the first stemRunes runes
	flags      uint8
}

// stemRunes is the length of the crude stem that lets "negotiate" match
// "negotiations" and "discuss" match "discussions" across a paraphrase.
const stemRunes = 5

const (
	tokCapital uint8 = 1 << iota // starts with an upper-case letter
	tokDigit                     // starts with a digit
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// tokenize appends the words of s to buf. A word is a run of letters and
// digits; an apostrophe inside a word is skipped and a final possessive
// "’s" dropped, so "Russia’s" and "Russia's" hash as "russia"; commas and
// periods between digits are kept in the number ("150,000" hashes as
// "150000", "6.1" as "6.1"). Hyphens and all other punctuation split words,
// so paraphrase ("de-escalating", "deescalating") costs one token, not the
// whole phrase. It is a hand scanner with an ASCII fast path because it
// runs over every byte, and longer than most functions because the usual
// word is scanned inline: a call a word cost a quarter of its time.
func tokenize(buf []token, s string) []token {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiClass[c] == 0 {
				i++
				continue
			}
			// The usual word, ASCII letters and digits up to a space or
			// a mark that cannot continue it, is taken here without a
			// call; any other is left to scanWord, from its start.
			h, j := uint64(fnvOffset), i
			for end := min(len(s), i+stemRunes); j < end; j++ {
				f := asciiFold[s[j]]
				if f == 0 {
					break
				}
				h = (h ^ uint64(f)) * fnvPrime
			}
			stem := h // of the whole word if it is shorter
			if j-i == stemRunes {
				for ; j < len(s); j++ {
					f := asciiFold[s[j]]
					if f == 0 {
						break
					}
					h = (h ^ uint64(f)) * fnvPrime
				}
			}
			flags := asciiClass[c] - 1
			if j == len(s) || s[j] < utf8.RuneSelf && s[j] != '\'' && (flags&tokDigit == 0 || s[j] != ',' && s[j] != '.') {
				buf = append(buf, token{start: int32(i), end: int32(j), hash: h, stem: stem, flags: flags})
				i = j
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		var t token
		t, i = scanWord(s, i)
		buf = append(buf, t)
	}
	return buf
}

// asciiClass classifies ASCII bytes: 0 not in words, else 1 + the token
// flags a word starting with it gets.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b] = 1
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = 1 + tokCapital
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = 1 + tokDigit
	}
	return c
}()

// scanWord scans the word starting at s[i] and returns it and the offset
// just past it. Its first loop takes the run of ASCII letters and digits
// that most words are, a table lookup and a multiply a byte; the second
// is one loop over the bytes of anything else, longer than most functions,
// because splitting it would cost a call per byte.
func scanWord(s string, i int) (token, int) {
	t := token{start: int32(i)}
	h := uint64(fnvOffset)
	runes := 0
	if c := s[i]; c < utf8.RuneSelf {
		t.flags = asciiClass[c] - 1
	}
	// Its first stemRunes bytes give the stem; the rest need no counting.
	j := i
	for end := min(len(s), i+stemRunes); j < end; j++ {
		f := asciiFold[s[j]]
		if f == 0 {
			break
		}
		h = (h ^ uint64(f)) * fnvPrime
	}
	if j-i == stemRunes {
		t.stem = h
		for j < len(s) {
			f := asciiFold[s[j]]
			if f == 0 {
				break
			}
			h = (h ^ uint64(f)) * fnvPrime
			j++
		}
	}
	runes += j - i
	i = j
	if i == len(s) || s[i] < utf8.RuneSelf && s[i] != '\'' && s[i] != ',' && s[i] != '.' {
		return t.finish(i, h, runes), i // the usual end: a space or a mark
	}
	first := runes == 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && asciiClass[c] != 0 {
			h = (h ^ uint64(asciiFold[c])) * fnvPrime
			if runes++; runes == stemRunes {
				t.stem = h
			}
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case c >= utf8.RuneSelf && isWordRune(r):
			if first {
				t.flags, first = classify(r), false
			}
			h = hashRune(h, r)
			if runes++; runes == stemRunes {
				t.stem = h
			}
			i += n
			continue
		case isApostrophe(r) && followsLetter(s, i+n):
			if isPossessive(s, i+n) {
				return t.finish(i, h, runes), i + n + 1
			}
			i += n
			continue
		case (c == ',' || c == '.') && t.flags&tokDigit != 0 && followsDigit(s, i+1):
			if c == '.' {
				h = hashRune(h, r)
			}
			i++
			continue
		}
		break
	}
	return t.finish(i, h, runes), i
}

// asciiFold maps the bytes of ASCII words to what their hash takes (upper
// case folded to lower) and every other byte to 0.
var asciiFold = func() (f [256]uint8) {
	for c := range utf8.RuneSelf {
		switch asciiClass[c] {
		case 0:
		case 1 + tokCapital:
			f[c] = uint8(c) | 0x20
		default:
			f[c] = uint8(c)
		}
	}
	return f
}()

func classify(r rune) uint8 {
	switch {
	case r >= '0' && r <= '9':
		return tokDigit
	case r >= 'A' && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
		return tokCapital
	}
	return 0
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return (h ^ uint64(r)) * fnvPrime
	}
	r = unicode.ToLower(r)
	for r != 0 {
		h = (h ^ uint64(r&0xff)) * fnvPrime
		r >>= 8
	}
	return h
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func followsLetter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func followsDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// isPossessive reports whether s[i:] is "s" ending a word.
func isPossessive(s string, i int) bool {
	return (s[i] == 's' || s[i] == 'S') && (i+1 == len(s) || !followsLetter(s, i+1) && !followsDigit(s, i+1))
}

func (t token) finish(end int, h uint64, runes int) token {
	t.end, t.hash = int32(end), h
	if runes < stemRunes {
		t.stem = h
	}
	return t
}
