package dedup

import (
	"unicode/utf8"
)

// tokenizeRef is tokenize with scanWordRef.
func tokenizeRef(buf []token, s string) []token {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiClass[c] == 0 {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		var t token
		t, i = scanWordRef(s, i)
		buf = append(buf, t)
	}
	return buf
}

// scanWordRef is scanWord before its ASCII fast path, kept as the
// reference the fast path must agree with. It scans the word starting at s[i] and returns it and the offset
// just past it. It is one loop over the bytes of the word, longer than
// most functions, because splitting it would cost a call per byte.
func scanWordRef(s string, i int) (token, int) {
	t := token{start: int32(i)}
	h := uint64(fnvOffset)
	first, runes := true, 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && asciiClass[c] != 0 {
			if first {
				t.flags, first = asciiClass[c]-1, false
			}
			h = (h ^ uint64(c|0x20*(asciiClass[c]>>1&1))) * fnvPrime
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
