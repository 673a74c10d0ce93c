package normalize

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Text returns the character-level normalization of s alone, without any
// boilerplate removal, and the map from its offsets back to offsets of s.
// Lines are split at "\n", "\r\n" and "\r"; each line is cleaned (spaces
// unified and folded, zero-width characters and soft hyphens dropped,
// invalid UTF-8 replaced by U+FFFD, NFC) and trimmed; the non-empty lines
// are joined by "\n\n". Text is idempotent: Text(Text(s)) == Text(s).
func Text(s string) (string, article.OffsetMap) {
	var c cleaner
	var out []byte
	var m article.OffsetMap
	for start := 0; start <= len(s); {
		end, next := lineEnd(s, start)
		text := c.clean(s[start:end], start)
		if len(text) > 0 {
			if len(out) > 0 {
				m.Add(len(out)+1, m.Raw(len(out))) // the break maps to the end of the line before
				out = append(out, "\n\n"...)
			}
			base := len(out)
			for _, a := range c.anchors {
				m.Add(base+a.Norm, a.Raw)
			}
			out = append(out, text...)
			m.Add(len(out), c.end)
		}
		start = next
	}
	return string(out), anchorStart(m)
}

// lineEnd returns the end of the line that starts at start (its terminator
// excluded) and the start of the next line, which is len(s)+1 at the end.
// Lines end at "\n", "\r\n" or a lone "\r".
func lineEnd(s string, start int) (end, next int) {
	nl := strings.IndexByte(s[start:], '\n')
	if nl < 0 {
		nl = len(s) - start
	}
	if cr := strings.IndexByte(s[start:start+nl], '\r'); cr >= 0 && cr < nl-1 {
		return start + cr, start + cr + 1 // a lone CR
	}
	end = start + nl
	if end == len(s) {
		if end > start && s[end-1] == '\r' {
			return end - 1, len(s) + 1 // a final CR
		}
		return end, len(s) + 1
	}
	if end > start && s[end-1] == '\r' {
		return end - 1, end + 1 // CRLF
	}
	return end, end + 1
}

// A cleaner normalizes one line at a time, reusing its buffers.
type cleaner struct {
	buf     []byte
	anchors []article.Anchor // Norm relative to the line, Raw absolute
	nfc     []byte
	nfcA    []article.Anchor
	end     int // raw offset after the last byte kept

	markdown bool     // drop Markdown markup (see markdownSkips)
	skips    [][2]int // the markup of the current line
}

// clean normalizes line, whose first byte is at offset base of the raw
// text. It returns the cleaned line (valid until the next call) and leaves
// in c.anchors its map: anchors[0] is always {0, raw offset of the first
// kept byte}, and an anchor follows wherever the texts stop advancing
// together. c.end is the raw offset after the last kept byte: callers
// anchor the end of the line there, so that what follows (a paragraph
// break) never maps past it. The scanning loop is kept in one piece,
// as a state machine over runes with its pending space.
func (c *cleaner) clean(line string, base int) []byte {
	c.buf, c.anchors = c.buf[:0], c.anchors[:0]
	pending := -1 // raw offset of a pending run of spaces
	maybeNFC := false
	c.skips = c.skips[:0]
	if c.markdown {
		c.skips = markdownSkips(c.skips, line)
	}
	for i, k := 0, 0; i < len(line); {
		next := len(line) // the start of the next markup to drop
		if k < len(c.skips) {
			if next = c.skips[k][0]; i == next {
				i, k = c.skips[k][1], k+1
				continue
			}
		}
		b := line[i]
		if isPlain(b) {
			// Fast path: a run of visible ASCII with single spaces.
			j := plainRun(line[:next], i)
			c.space(&pending, base)
			c.mark(base + i)
			c.buf = append(c.buf, line[i:j]...)
			c.end = base + j
			i = j
			continue
		}
		r, w := rune(b), 1
		if b >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(line[i:])
		}
		switch {
		case isSpace(r):
			if pending < 0 {
				pending = i
			}
		case isInvisible(r):
		default:
			c.space(&pending, base)
			c.mark(base + i)
			if r == utf8.RuneError && w == 1 {
				c.buf = append(c.buf, "\uFFFD"...)
			} else {
				c.buf = append(c.buf, line[i:i+w]...)
			}
			maybeNFC = maybeNFC || mayCompose(r)
			c.end = base + i + w
		}
		i += w
	}
	if maybeNFC && !norm.NFC.IsNormal(c.buf) {
		c.compose()
	}
	return c.buf
}

// plain reports whether line, at offset base of the raw text, is clean as
// it stands: visible ASCII and single spaces, no Markdown markup. Then
// it leaves in c.anchors and c.end what clean would, and the line is its
// own cleaned text. Most lines of English prose are.
func (c *cleaner) plain(line string, base int) bool {
	if line == "" || !isPlain(line[0]) || plainRun(line, 0) != len(line) {
		return false
	}
	if c.markdown {
		if c.skips = markdownSkips(c.skips[:0], line); len(c.skips) > 0 {
			return false
		}
	}
	c.anchors = append(c.anchors[:0], article.Anchor{Norm: 0, Raw: base})
	c.end = base + len(line)
	return true
}

func isPlain(b byte) bool { return b > ' ' && b < 0x7f }

// plainRun returns the end of the run of visible ASCII characters and
// single spaces between them that starts at line[i], which is visible
// ASCII. It checks eight bytes at a time for anything outside ' '..'~'
// and for two spaces in a row, and cuts the run before the first two.
func plainRun(line string, i int) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	j, space := i, uint64(0) // space: 1<<7 when the byte before j is a space
	for ; j+8 <= len(line); j += 8 {
		x := uint64(line[j]) | uint64(line[j+1])<<8 | uint64(line[j+2])<<16 | uint64(line[j+3])<<24 |
			uint64(line[j+4])<<32 | uint64(line[j+5])<<40 | uint64(line[j+6])<<48 | uint64(line[j+7])<<56
		if (x-0x20*ones)&^x&highs != 0 || (x+ones|x)&highs != 0 {
			break // a control character, DEL or a non-ASCII byte
		}
		t := x ^ 0x20*ones
		sp := ^((t&lows + lows) | t) & highs // the high bit of each space
		if two := sp & (sp<<8 | space); two != 0 {
			return cutRun(line, j+bits.TrailingZeros64(two)/8-1)
		}
		space = sp >> 56
	}
	for ; j < len(line) && line[j] >= ' ' && line[j] < 0x7f; j++ {
		if line[j] == ' ' && line[j-1] == ' ' {
			return cutRun(line, j-1)
		}
	}
	return cutRun(line, j)
}

// cutRun returns j, the end of a plain run, less a space that ends it: a
// space before what is not plain stays pending.
func cutRun(line string, j int) int {
	if line[j-1] == ' ' {
		j--
	}
	return j
}

// space writes the pending run of spaces, if any, as one space, unless it
// would start the line.
func (c *cleaner) space(pending *int, base int) {
	if *pending >= 0 && len(c.buf) > 0 {
		c.mark(base + *pending)
		c.buf = append(c.buf, ' ')
	}
	*pending = -1
}

// mark records that the next byte written to c.buf comes from raw offset
// raw, adding an anchor only where the texts stop advancing together.
func (c *cleaner) mark(raw int) {
	n := len(c.anchors)
	if n == 0 || raw-c.anchors[n-1].Raw != len(c.buf)-c.anchors[n-1].Norm {
		c.anchors = append(c.anchors, article.Anchor{Norm: len(c.buf), Raw: raw})
	}
}

// compose puts c.buf into NFC one normalization segment at a time. A
// segment NFC leaves as it is keeps the anchors it had; every character
// of a segment NFC rewrites is anchored to the raw start of the segment,
// so that no offset inside it maps past its raw text or into the middle
// of a raw character. It is rare: only lines with combining marks that
// are not yet composed get here.
func (c *cleaner) compose() {
	m := article.OffsetMap(c.anchors)
	out, as := c.nfc[:0], c.nfcA[:0]
	var it norm.Iter
	it.Init(norm.NFC, c.buf)
	k := 0 // the first anchor of c.anchors not yet passed
	for !it.Done() {
		pos := it.Pos()
		seg := it.Next()
		end := pos + len(seg)
		same := end <= len(c.buf) && string(seg) == string(c.buf[pos:end])
		raw := m.Raw(pos)
		for i := 0; i < len(seg); {
			as = addAnchor(as, len(out)+i, raw)
			if same {
				break
			}
			_, w := utf8.DecodeRune(seg[i:])
			i += w
		}
		for ; k < len(c.anchors) && c.anchors[k].Norm < end; k++ {
			if a := c.anchors[k]; same && a.Norm > pos {
				as = addAnchor(as, len(out)+a.Norm-pos, a.Raw)
			}
		}
		out = append(out, seg...)
	}
	c.nfc, c.nfcA = c.buf, c.anchors
	c.buf, c.anchors = out, as
}

// addAnchor appends {norm, raw} to as unless the last anchor implies it.
func addAnchor(as []article.Anchor, norm, raw int) []article.Anchor {
	if n := len(as); n > 0 && raw-as[n-1].Raw == norm-as[n-1].Norm {
		return as
	}
	return append(as, article.Anchor{Norm: norm, Raw: raw})
}

// anchorStart returns m with an explicit {0, 0} anchor in front when its
// first anchor has the normalized text ahead of the raw one: Raw maps the
// offsets before the first anchor to themselves, which would run past it
// (and past the end of a short input).
func anchorStart(m article.OffsetMap) article.OffsetMap {
	if len(m) == 0 || m[0].Norm <= m[0].Raw {
		return m
	}
	return append(article.OffsetMap{{}}, m...)
}

// mayCompose reports whether r may take part in NFC composition or
// reordering. Below U+0300 nothing does; General Punctuation (quotes,
// dashes, ellipsis), the most common non-ASCII block in news text, is
// NFC-stable as well.
func mayCompose(r rune) bool {
	return r >= 0x300 && (r < 0x2000 || r > 0x206f)
}

// isSpace reports whether r counts as a space: ASCII blanks other than the
// line breaks, and every Unicode space (no-break, thin, ideographic…).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// isInvisible reports whether r is dropped: control characters, zero-width
// spaces and joiners, direction marks, the byte-order mark and the soft
// hyphen. None of them carries meaning in news prose.
func isInvisible(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f:
		return true
	case r < 0x80:
		return false
	case r <= 0x9f, r == 0xad, r == 0x180e, r == 0xfeff:
		return true
	case 0x200b <= r && r <= 0x200f, 0x202a <= r && r <= 0x202e, 0x2060 <= r && r <= 0x206f:
		return true
	}
	return false
}
