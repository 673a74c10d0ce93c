package extract

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// An entTok is one word of a Doc's text, as the entity and attribution
// finders see it: letters and digits with inner hyphens, apostrophes and
// dots ("Smith-Jones", "didn’t", "U.S."), a possessive "’s" cut off.
type entTok struct {
	start, end int
	sent       int32
	flags      uint8
	mayTitle   bool   // h is in entTitleBloom (markToks), so that titleOf need not read the filter; fits in padding
	h          uint16 // entFoldHash of the word
}

const (
	entCap     uint8 = 1 << iota // first letter upper case
	entBrk                       // punctuation (or a sentence start) before it
	entFirst                     // first word of a sentence or of a quotation
	entPoss                      // followed by a possessive ’s
	entOpenQ                     // an opening quotation mark stands before it
	entWide                      // has a byte past ASCII, so its hash h may differ from its lower case's
	entTimeCue                   // holds a time anchor (see tmHasAnchor and entTimeCues)
	entPlain                     // ASCII letters only
)

func (t entTok) is(f uint8) bool { return t.flags&f != 0 }

// entWordByte marks the ASCII letters and digits.
var entWordByte = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// entTokenize appends the words of each sentence of text to buf.
func entTokenize(text string, sents []article.Span, buf []entTok) []entTok {
	for si, s := range sents {
		buf = entTokenizeSpan(text, s, int32(si), buf)
	}
	return buf
}

// entTokenizeSpan appends the words of sentence si, span s of text, to
// buf. Most words are ASCII letters and digits, fewer than eight, before a
// byte that joins nothing: those are read here with one load (as
// entWordShort reads them), as a call for each word made the loop keep
// its state in memory rather than registers; the others are read by
// entWordShort or entWordBytes. Each token is written field by field in
// place: a token built aside was copied in with wide loads that waited
// for the narrow stores of its fields.
func entTokenizeSpan(text string, s article.Span, si int32, buf []entTok) []entTok {
	prev, first, end := s.Start, true, s.End
	for i := s.Start; i < end; {
		c := text[i]
		if !entWordByte[c] {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !entIsWordRune(r) {
				i += n
				continue
			}
		}
		var f uint8
		if first || i-prev != 1 || text[prev] != ' ' {
			f = entGapFlags(text[prev:i], first)
		}
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && entIsUpper(text, i) {
			f |= entCap
		}
		buf = append(buf, entTok{})
		t := &buf[len(buf)-1]
		t.start, t.sent, t.flags = i, si, f
		if i+8 <= len(text) {
			v := entLoad8(text, i)
			if n := entWordLen(v); n < 8 && i+n < end && !entJoinByte[text[i+n]] {
				t.end = i + n
				t.flags |= entShortFlags(text[i:i+n], t, v, n)
				i += n
				prev, first = i, false
				continue
			}
		}
		j, ok := entWordShort(text, t, end)
		if !ok {
			j = entWordBytes(text, t, end)
		}
		i = j
		prev, first = i, false
	}
	return buf
}

// entShortFlags sets the hash of t, the word w of n ASCII letters and
// digits, fewer than eight, whose bytes v holds from the low one, and
// returns its flags entTimeCue and entPlain, as entWordShort sets them for
// a word before a byte that joins nothing.
func entShortFlags(w string, t *entTok, v uint64, n int) uint8 {
	var digit bool
	t.h, digit = entShortHash(v, 0, n)
	if digit {
		return entTimeCue
	}
	if entTimeBloom.has(t.h) && tmHasAnchor(w) {
		return entTimeCue | entPlain
	}
	return entPlain
}

// entTimeBloom holds the fold hashes of the time anchor words, those
// tmHasAnchor looks for (see tmBuildTable).
var entTimeBloom entBloom

// entTimeCues sets cues[k] for each sentence k with a token marked
// entTimeCue, and returns cues, of one entry per sentence: cues[k] is
// tmHasAnchor of sentence k, as the tokens hold every ASCII letter and
// digit of the sentence and every run of letters is within one token.
func entTimeCues(toks []entTok, nsents int, cues []bool) []bool {
	cues = slices.Grow(cues[:0], nsents)[:nsents]
	clear(cues)
	for _, t := range toks {
		if t.flags&entTimeCue != 0 {
			cues[t.sent] = true
		}
	}
	return cues
}

func entIsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return entWordByte[r]
	case 0x2000 <= r && r <= 0x206F:
		return false // General Punctuation: the usual quotes, dashes and spaces, spared the tables
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// entWordBytes sets the end, hash and entPoss and entWide flags of the
// word t that starts at t.start, and returns where the word ends in text,
// past a possessive. The usual word, ASCII letters and digits up to a
// space or punctuation that joins nothing, is read and hashed in one pass;
// most such words are read eight bytes at a time by entWordShort first.
func entWordBytes(text string, t *entTok, end int) int {
	i := t.start
	if entWordByte[text[i]] {
		j, and := i, byte(0xFF)
		for j < end && entWordByte[text[j]] {
			and &= text[j]
			j++
		}
		if j == end || !entJoinByte[text[j]] {
			t.end, t.h = j, entFoldHash(text[i:j])
			entPlainFlags(text[i:j], t, and&0x40 == 0) // bit 6 is set in every ASCII letter, in no digit
			return j
		}
	}
	j := i + 1 // a word of one byte ends the span (as it did before the one-pass read)
	if j < end {
		j = entWordEnd(text, i, end)
	}
	t.end = j
	if e, ok := entCutPossessive(text[i:j]); ok {
		t.end = i + e
		t.flags |= entPoss
	}
	var wide bool
	if t.h, wide = entFoldHashWide(text[i:t.end]); wide {
		t.flags |= entWide
	}
	if tmHasAnchor(text[i:j]) {
		t.flags |= entTimeCue
	}
	return j
}

// entPlainFlags sets the flags of t, the word w of ASCII letters and
// digits that ends at a byte joining nothing: entTimeCue if it has a digit
// or is a time anchor, entPlain if it has no digit.
func entPlainFlags(w string, t *entTok, digit bool) {
	if digit || entTimeBloom.has(t.h) && tmHasAnchor(w) {
		t.flags |= entTimeCue
	}
	if !digit {
		t.flags |= entPlain
	}
}

// entWordShort is entWordBytes of a word of fewer than 16 ASCII letters and
// digits that ends at the end of the span, at a byte joining nothing
// (entJoinByte) or at a full stop, as most words do: it reads the word eight bytes at a
// time, finds its end, digits and hash on all eight at once (see
// entWordMask and entFoldHashWide), and reports false for any other word.
func entWordShort(text string, t *entTok, end int) (int, bool) {
	i := t.start
	if i+8 > len(text) {
		return 0, false
	}
	v0, v1 := entLoad8(text, i), uint64(0)
	n := entWordLen(v0)
	if n == 8 && i+8 < end {
		if i+16 > len(text) {
			return 0, false
		}
		v1 = entLoad8(text, i+8)
		if n += entWordLen(v1); n == 16 {
			return 0, false
		}
	}
	stop := false
	switch {
	case n == 0:
		return 0, false
	case i+n >= end:
		n = end - i // the span ends the word
	case text[i+n] == '.':
		if stop = entIsStop(text, i, i+n, end); !stop {
			return 0, false
		}
	case entJoinByte[text[i+n]]:
		return 0, false
	}
	var digit bool
	t.end = i + n
	t.h, digit = entShortHash(v0, v1, n)
	if digit || entTimeBloom.has(t.h) && tmHasAnchor(text[i:i+n]) {
		t.flags |= entTimeCue // as entPlainFlags, without a call for each word
	}
	if !digit && !stop {
		t.flags |= entPlain // entWordBytes reads a word before a full stop the long way, which never sets entPlain
	}
	return i + n, true
}

// entShortHash returns entFoldHash of the word of n bytes, n below 16,
// whose first eight bytes are v0 and the rest v1, and whether it has a
// digit: bit 6 is set in every ASCII letter, in no digit.
func entShortHash(v0, v1 uint64, n int) (uint16, bool) {
	m0, m1 := entLowBytes(min(n, 8)), entLowBytes(max(n-8, 0))
	w0, w1 := v0&m0, v1&m1
	const fold, mul = 0x2020202020202020, 0x9E3779B97F4A7C15
	h := (uint64(n) ^ (w0 | fold)) * mul
	if n >= 8 {
		h = (h ^ (w1 | fold)) * mul
	}
	return uint16(h >> 48), (^w0&m0|^w1&m1)&(entLow<<6) != 0
}

// entIsStop reports whether the dot at text[j] after the word text[i:j]
// of ASCII letters and digits is a full stop that entWordEnd leaves out
// of the word: one before the span's end or an ASCII byte that starts no
// word, after a word that is no abbreviation.
func entIsStop(text string, i, j, end int) bool {
	k := j + 1
	return (k == end || text[k] < utf8.RuneSelf && !entWordByte[text[k]]) && !entIsAbbrev(text[i:j])
}

// entLoad8 returns the eight bytes of text at i, the first in the low byte.
// Slicing first leaves one bounds check, so the compiler makes the eight
// byte loads one.
func entLoad8(text string, i int) uint64 {
	s := text[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// entWordLen returns how many bytes of v, from the low one, are ASCII
// letters and digits before the first that is not.
func entWordLen(v uint64) int { return bits.TrailingZeros64(^entWordMask(v)&entHigh) / 8 }

// entLowBytes returns a mask of the n low bytes of a word, n from 0 to 8:
// a table, as a shift by a variable count costs a guard against counts
// past 63.
func entLowBytes(n int) uint64 { return entLowMasks[n&15] }

var entLowMasks = [16]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFF_FFFFFFFF, 0xFFFF_FFFFFFFF,
	0xFFFFFF_FFFFFFFF, 0xFFFFFFFF_FFFFFFFF}

const (
	entLow  = 0x0101010101010101 // the low bit of each byte
	entHigh = entLow << 7        // the high bit of each byte
)

// entWordMask returns the high bit of each byte of v that is an ASCII
// letter or digit (entWordByte). No byte of the sums carries into the
// next: each adds at most 0x50 to a byte below 0x80.
func entWordMask(v uint64) uint64 {
	y := v &^ entHigh    // the byte without its high bit
	l := y | 0x20*entLow // letters folded to lower case
	letter := (l + (0x80-'a')*entLow) &^ (l + (0x7F-'z')*entLow)
	digit := (y + (0x80-'0')*entLow) &^ (y + (0x7F-'9')*entLow)
	return (letter | digit) &^ v & entHigh
}

// entJoinByte marks the bytes after letters that may join more to a word
// (see entWordEnd): inner punctuation and the bytes past ASCII.
var entJoinByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '-' || c == '\'' || c == '.'
	}
	return t
}()

// entWordEnd returns the end of the word starting at i: inner hyphens,
// apostrophes and dots join letters; a final dot joins an abbreviation that
// already has one ("U.S.") or is a known title ("Mr.").
func entWordEnd(text string, i, end int) int {
	start, dots := i, false
	for i < end {
		c := text[i]
		if entWordByte[c] {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if entIsWordRune(r) {
				i += n
				continue
			}
		}
		if (r == '-' || r == '\'' || r == '’' || r == '.') && i+n < end {
			if c2 := text[i+n]; entWordByte[c2] || c2 >= utf8.RuneSelf && entIsWordStart(text[i+n:]) {
				dots = dots || r == '.'
				i += n
				continue
			}
		}
		if r == '.' && (dots || entIsAbbrev(text[start:i])) {
			i++
		}
		break
	}
	return i
}

func entIsWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return entIsWordRune(r)
}

func entIsAbbrev(w string) bool {
	if len(w) > 4 {
		return false
	}
	var b [5]byte
	n := copy(b[:], w)
	for j := range n {
		b[j] |= 0x20
	}
	b[n] = '.'
	_, ok := entTitles[string(b[:n+1])]
	return ok || string(b[:n]) == "st" || string(b[:n]) == "jr" || string(b[:n]) == "sr"
}

// entGapFlags returns entBrk and entFirst as the text between two words
// says: punctuation is a break, an opening quote starts a quotation.
func entGapFlags(gap string, first bool) uint8 {
	var f uint8
	if first {
		f |= entBrk | entFirst
	}
	for j := 0; j < len(gap); j++ {
		switch c := gap[j]; {
		case c == ' ':
		case c == '"' || c == '(' || c == '[':
			f |= entBrk | entFirst | entOpenQ
		case c == 0xE2 && j+2 < len(gap) && gap[j+1] == 0x80 && (gap[j+2] == 0x9C || gap[j+2] == 0x98):
			f |= entBrk | entFirst | entOpenQ
		default:
			f |= entBrk
		}
	}
	return f
}

func entIsUpper(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// entCutPossessive reports the length of w without a final ’s or 's.
func entCutPossessive(w string) (int, bool) {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return n, false
	}
	switch {
	case n > 4 && w[n-4:] == "’s":
		return n - 4, true
	case n > 2 && w[n-2:] == "'s":
		return n - 2, true
	}
	return n, false
}

// entLower returns w in lower case, without allocating for short ASCII
// words when the result is only used as a map key by the caller's buffer.
func entLower(buf []byte, w string) []byte {
	buf = append(buf[:0], w...)
	for i, c := range buf {
		if c >= utf8.RuneSelf {
			return entLowerRunes(buf[:i], w[i:])
		}
		if 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return buf
}

// entLowerRunes appends w in lower case to buf, rune by rune.
func entLowerRunes(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// entFoldHash is a 16-bit hash of w with ASCII capitals folded to lower
// case. It folds by setting bit 5 of every byte, which maps capitals to
// small letters and keeps the other letters, digits and the usual inner
// punctuation (-'.) as they are, and reads w eight bytes at a time: the
// tokenizer hashes every word.
func entFoldHash(w string) uint16 {
	h, _ := entFoldHashWide(w)
	return h
}

// entFoldHashWide is entFoldHash, and whether w has a byte past ASCII:
// only then may the hash of w differ from that of its lower case
// (entLower), so a Bloom filter of lower-case words may be trusted to say
// no for the others.
func entFoldHashWide(w string) (uint16, bool) {
	const fold, mul = 0x2020202020202020, 0x9E3779B97F4A7C15
	h, or := uint64(len(w)), uint64(0)
	for ; len(w) >= 8; w = w[8:] {
		v := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		or |= v
		h = (h ^ (v | fold)) * mul
	}
	var v uint64
	for i := 0; i < len(w); i++ {
		v |= uint64(w[i]) << (8 * i)
	}
	or |= v
	h = (h ^ (v | fold)) * mul
	return uint16(h >> 48), or&0x8080808080808080 != 0
}

// An entBloom is a set of 16-bit word hashes: a word whose bit is clear
// is surely not in the set the bloom was made from.
type entBloom [1024]uint64

func (b *entBloom) add(h uint16)      { b[h>>6] |= 1 << (h & 63) }
func (b *entBloom) has(h uint16) bool { return b[h>>6]&(1<<(h&63)) != 0 }

// An entSmallBloom is an entBloom of 12 bits, cheap to make per document.
type entSmallBloom [64]uint64

func (b *entSmallBloom) add(h uint16)      { h &= 4095; b[h>>6] |= 1 << (h & 63) }
func (b *entSmallBloom) has(h uint16) bool { h &= 4095; return b[h>>6]&(1<<(h&63)) != 0 }
