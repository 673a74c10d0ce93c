package dedup

import (
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
	// A byte slice written by index, not a strings.Builder written by
	// byte: the copy at the end costs less than a call a byte.
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	b = append(b, s[:i]...)
	for i < len(s) {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf {
			j++
		}
		k := len(b)
		b = append(b, s[i:j]...)
		for ; k < len(b); k++ {
			if c := b[k]; c >= 'A' && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
		}
		if i = j; i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, unicode.ToLower(r))
			i += n
		}
	}
	return string(b)
}
