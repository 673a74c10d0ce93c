package dedup

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
	// A byte slice appended to in runs, not a strings.Builder written
	// byte by byte: a call a byte cost more than the lowering.
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	b = append(b, s[:i]...)
	for i < len(s) {
		for ; i+8 <= len(s); i += 8 {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if x&hiBits != 0 {
				break
			}
			b = binary.LittleEndian.AppendUint64(b, lowerASCII8(x))
		}
		for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		if i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, unicode.ToLower(r))
			i += n
		}
	}
	// b is never written again: as strings.Builder does, the string
	// shares its bytes rather than copying every text of a story.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// lowerASCII8 lower-cases the 8 ASCII bytes of x at once: a byte gets
// 0x20 when it is at least 'A' and not more than 'Z', which adding
// 0x80-'A' and 0x80-'Z'-1 to each (no byte overflows into the next, all
// being below 0x80) tells by their top bits.
func lowerASCII8(x uint64) uint64 {
	ge := x + (0x80-'A')*loBits
	gt := x + (0x80-'Z'-1)*loBits
	upper := ge &^ gt & hiBits
	return x | upper>>2
}
