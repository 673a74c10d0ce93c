package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// toLower returns strings.ToLower(s), byte for byte, a good deal faster
// on text that is mostly ASCII with some typographic quotes and dashes,
// which strings.ToLower maps rune by rune through a function value. As
// there, an invalid byte becomes U+FFFD. FuzzToLower holds it to
// strings.ToLower.
func toLower(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(unicode.ToLower(r))
		i += n
	}
	return b.String()
}
