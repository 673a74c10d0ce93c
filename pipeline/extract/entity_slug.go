package extract

import (
	"unicode"
	"unicode/utf8"
)

// entSlug lower-cases s and joins its words with hyphens.
func entSlug(s string) string { return string(entAppendSlug(nil, s)) }

// entAppendSlug appends the slug of s (see entSlug) to b. ASCII bytes,
// nearly all of a name, are classed by entSlugASCII; other runes by
// entSlugRune.
func entAppendSlug(b []byte, s string) []byte {
	start := len(b)
	dash := false
	for i := 0; i < len(s); {
		var lr rune
		var ok, skip bool
		if ch := s[i]; ch < utf8.RuneSelf {
			i++
			c := entSlugASCII[ch]
			if c == entSlugSkip {
				continue
			}
			lr, ok = rune(c), c != entSlugSep
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			lr, ok = entSlugRune(r)
			skip = r == '’'
		}
		switch {
		case ok:
			if dash && len(b) > start {
				b = append(b, '-')
			}
			b = utf8.AppendRune(b, lr)
			dash = false
		case !skip:
			dash = true
		}
	}
	return b
}

// entSlugASCII classes the ASCII bytes for entAppendSlug: a letter or
// digit is its lower case, dots and apostrophes are dropped (entSlugSkip),
// and the rest separate words (entSlugSep).
var entSlugASCII = func() (t [utf8.RuneSelf]byte) {
	for ch := range t {
		switch r, ok := entSlugRune(rune(ch)); {
		case ok:
			t[ch] = byte(r)
		case ch == '.' || ch == '\'':
			t[ch] = entSlugSkip
		default:
			t[ch] = entSlugSep
		}
	}
	return t
}()

const (
	entSlugSep  = 0 // NUL separates, as every other non-alphanumeric byte
	entSlugSkip = 1
)

// entSlugRune returns r in lower case and whether it is a letter or a
// digit; ASCII, most names, without unicode's tables.
func entSlugRune(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			return r, true
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', true
		}
		return r, false
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r), true
	}
	return r, false
}
