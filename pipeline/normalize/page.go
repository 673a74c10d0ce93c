package normalize

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// maxKeyWords bounds the lines whose rule key is computed: no rule applies
// to a longer line, and body paragraphs are most of the bytes.
const maxKeyWords = 60

// A line is one non-blank line of an article's Body, normalized.
type line struct {
	text       string // normalized line
	key        string // rule key (see appendKey); "" for lines past maxKeyWords
	start, end int    // Body offsets of the raw line, terminator excluded
	a0, a1     int    // its anchors: page.anchors[a0:a1]
	rawEnd     int    // Body offset after the last byte kept
	words      int
	hash       uint64 // of key, or of text when there is no key

	drop   bool
	reason article.Reason
	cut    int // > 0: text[cut:] is an injected tail, removed
}

// A page is an article split into normalized non-blank lines.
type page struct {
	lines   []line
	anchors []article.Anchor // Norm relative to its line, Raw into Body
}

// newPage normalizes body line by line, dropping Markdown markup when
// markdown is set.
func newPage(body string, markdown bool) *page {
	p, texts, spans := readLines(body, markdown)
	// The keys are written into a builder, whose String does not copy,
	// and sliced once all are written.
	var keys strings.Builder
	keys.Grow(len(texts))
	var key []byte
	for i := range p.lines {
		l := &p.lines[i]
		l.text = texts[spans[i][0]:spans[i][1]]
		l.words = countWords(l.text)
		spans[i] = [2]int{}
		if l.words <= maxKeyWords {
			key = appendKey(key[:0], l.text)
			spans[i] = [2]int{keys.Len(), keys.Len() + len(key)}
			keys.Write(key)
		}
	}
	allKeys := keys.String()
	for i := range p.lines {
		l := &p.lines[i]
		l.key = allKeys[spans[i][0]:spans[i][1]]
		if l.words <= maxKeyWords {
			l.hash = hashString(l.key)
		} else {
			l.hash = hashString(l.text)
		}
	}
	return p
}

// readLines cleans the lines of body. It returns the page with the
// offsets and anchors of its non-blank lines, their texts one after the
// other, and where each line's text lies in them.
func readLines(body string, markdown bool) (*page, string, [][2]int) {
	c := cleaner{markdown: markdown}
	n := strings.Count(body, "\n") + 1
	p := &page{lines: make([]line, 0, n), anchors: make([]article.Anchor, 0, n+8)}
	var texts strings.Builder
	texts.Grow(len(body))
	spans := make([][2]int, 0, n)
	for start := 0; start <= len(body); {
		end, next := lineEnd(body, start)
		text := c.clean(body[start:end], start)
		if len(text) > 0 {
			spans = append(spans, [2]int{texts.Len(), texts.Len() + len(text)})
			texts.Write(text)
			a0 := len(p.anchors)
			p.anchors = append(p.anchors, c.anchors...)
			p.lines = append(p.lines, line{start: start, end: end, a0: a0, a1: len(p.anchors), rawEnd: c.end})
		}
		start = next
	}
	return p, texts.String(), spans
}

// raw returns the Body offset of offset off of l's text, never past the
// raw end of the line.
func (p *page) raw(l *line, off int) int {
	return min(article.OffsetMap(p.anchors[l.a0:l.a1]).Raw(off), l.rawEnd)
}

// countWords counts the space-separated words of a normalized line.
func countWords(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// hashString is a 64-bit hash of s that is stable across runs, so that
// any order derived from it is too: FNV-1a's constants, taken eight bytes
// at a time.
func hashString(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037) ^ uint64(len(s))
	for ; len(s) >= 8; s = s[8:] {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ x) * prime
		h ^= h >> 29
	}
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime
	}
	return h
}

// removedLine describes the stretch [start, end) of d's Body, whose
// normalized text is text, as removed for reason r. Its Line is the file
// line of start, or Article.Line when the Body is Flat.
func removedLine(d *article.Doc, text string, r article.Reason, start, end int) article.Removed {
	ln := d.Line
	if !d.Flat {
		i, found := slices.BinarySearch(d.LineStarts, start)
		if !found {
			i--
		}
		ln += max(i, 0)
	}
	return article.Removed{Line: ln, Text: text, Reason: r, Start: start, End: end}
}
