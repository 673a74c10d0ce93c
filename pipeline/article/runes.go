package article

import (
	"encoding/binary"
	"sort"
	"unicode/utf8"
)

// A RuneIndex records where the multi-byte characters of a text lie, so
// that columns in code points can be computed once the text itself is
// dropped (see Doc.Pos). It costs about one byte per multi-byte
// character, and nothing for ASCII text. Its fields are exported only so
// that a Doc can be encoded (encoding/gob); build one with NewRuneIndex.
type RuneIndex struct {
	// Len is the length in bytes of the text indexed.
	Len int
	// Gaps holds one uvarint per multi-byte character, in order: its
	// distance from the end of the one before (or from the start of the
	// text), times four, plus its width in bytes less one.
	Gaps []byte
	// Marks holds the decoding state before every runeMarkEvery-th
	// character, so that Count need not decode from the start.
	Marks []RuneMark
}

// A RuneMark is the state of decoding RuneIndex.Gaps before one
// character: Base is the end of the character before (the offset its gap
// counts from), Gap the index of its uvarint in Gaps, and Extra the bytes
// that the characters before take beyond one each.
type RuneMark struct {
	Base, Gap, Extra int
}

// runeMarkEvery is how many characters lie between RuneIndex.Marks.
const runeMarkEvery = 64

// NewRuneIndex returns the index of the multi-byte characters of s. A
// byte that is not part of valid UTF-8 counts as one character, as in
// utf8.RuneCountInString.
func NewRuneIndex(s string) RuneIndex {
	x := RuneIndex{Len: len(s)}
	base, extra, n := 0, 0, 0
	for i := asciiPrefix(s, 0); i < len(s); i = asciiPrefix(s, i) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			i++
			continue
		}
		if n > 0 && n%runeMarkEvery == 0 {
			x.Marks = append(x.Marks, RuneMark{Base: base, Gap: len(x.Gaps), Extra: extra})
		}
		x.Gaps = binary.AppendUvarint(x.Gaps, uint64(i-base)<<2|uint64(w-1))
		base, extra, n = i+w, extra+w-1, n+1
		i += w
	}
	return x
}

// asciiPrefix returns the offset of the first byte at or after i that is
// not ASCII, or len(s); it looks at eight bytes at a time.
func asciiPrefix(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// Count returns the number of characters in text[start:end], as
// utf8.RuneCountInString would, where text is the text x indexes and
// 0 <= start <= end <= x.Len. Start must not fall inside a character.
func (x *RuneIndex) Count(start, end int) int {
	return end - start - (x.extra(end) - x.extra(start))
}

// extra returns the bytes beyond one each that the characters ending at
// or before off take.
func (x *RuneIndex) extra(off int) int {
	k := sort.Search(len(x.Marks), func(k int) bool { return x.Marks[k].Base > off }) - 1
	var m RuneMark
	if k >= 0 {
		m = x.Marks[k]
	}
	base, extra, g := m.Base, m.Extra, m.Gap
	for g < len(x.Gaps) {
		v, n := binary.Uvarint(x.Gaps[g:])
		start, w := base+int(v>>2), int(v&3)+1
		if n <= 0 || start+w > off {
			break
		}
		base, extra, g = start+w, extra+w-1, g+n
	}
	return extra
}
