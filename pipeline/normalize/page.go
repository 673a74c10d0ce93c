package normalize

import (
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// maxKeyWords bounds the lines whose rule key is computed: no rule applies
// to a longer line, and body paragraphs are most of the bytes.
const maxKeyWords = 60

// A line is one non-blank line of an article's Body, normalized. Its rule
// key (see appendKey; "" for lines past maxKeyWords) is not kept: what
// the rules make of it is, when the page is made (see matchKey).
type line struct {
	text       string // normalized line
	start, end int    // Body offsets of the raw line, terminator excluded
	a0, a1     int    // its anchors: page.anchors[a0:a1]
	rawEnd     int    // Body offset after the last byte kept
	words      int
	hash       uint64 // of key, or of text when there is no key
	rule       int32  // 1 + the id of the rule the key matches; 0: none
	keyed      bool   // the key is not ""
	gallery    bool   // the key opens with a photo counter

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
// markdown is set, and matches the rules against the key of each line.
// The page's slices and strings are allocated at their size, from
// buffers that are reused from page to page. The keys are not kept: all
// pages are held until repeatedLines has seen them, and keys are as
// large as the text.
func newPage(body string, markdown bool) *page {
	s := scratchPool.Get().(*scratch)
	defer s.release()
	p := readLines(body, markdown, s)
	keys, spans := s.bytes[:0], s.spans[:0]
	for i := range p.lines {
		l := &p.lines[i]
		l.words = countWords(l.text)
		if l.words <= maxKeyWords {
			k0 := len(keys)
			keys = appendKey(keys, l.text)
			spans = append(spans, lineSpan{i, k0, len(keys)})
		} else {
			l.hash = hashString(l.text)
		}
	}
	// One string for all keys, garbage once they are matched.
	allKeys := string(keys)
	for _, sp := range spans {
		p.lines[sp.line].matchKey(allKeys[sp.start:sp.end])
	}
	s.bytes, s.spans = keys, spans
	return p
}

// matchKey records what the rules make of key, the key of l: its hash,
// the phrase rule it matches and whether it opens with a photo counter.
// Rules look at one line alone, so they can be matched before the pages
// are classified.
func (l *line) matchKey(key string) {
	l.hash = hashString(key)
	if key == "" {
		return
	}
	l.keyed = true
	if r, ok := matchRule(l.text, key, l.words); ok {
		l.rule = int32(r.id) + 1
	}
	l.gallery = isGalleryCounter(key)
}

// matched returns the phrase rule that l's key matches.
func (l *line) matched() (rule, bool) {
	if l.rule == 0 {
		return rule{}, false
	}
	return allRules[l.rule-1], true
}

// hasKey reports whether l's key is key. It writes l's key again only
// when their hashes agree.
func (l *line) hasKey(key string) bool {
	if l.words > maxKeyWords {
		return key == ""
	}
	return l.hash == hashString(key) && string(appendKey(nil, l.text)) == key
}

// readLines cleans the lines of body and returns the page of its
// non-blank lines, their offsets and anchors. A cleaned line that is its
// raw line unchanged, as most lines of prose are, is a substring of body;
// the others are copied into one string.
func readLines(body string, markdown bool, s *scratch) *page {
	c := &s.cleaner
	c.markdown = markdown
	lines, anchors, texts, spans := s.lines[:0], s.anchors[:0], s.bytes[:0], s.spans[:0]
	for start := 0; start <= len(body); {
		end, next := lineEnd(body, start)
		var text []byte
		plain := c.plain(body[start:end], start)
		if !plain {
			text = c.clean(body[start:end], start)
		}
		if plain || len(text) > 0 {
			l := line{start: start, end: end, a0: len(anchors), rawEnd: c.end}
			anchors = append(anchors, c.anchors...)
			l.a1 = len(anchors)
			if raw := body[c.anchors[0].Raw:c.end]; plain || len(c.anchors) == 1 && raw == string(text) {
				l.text = raw
			} else {
				spans = append(spans, lineSpan{len(lines), len(texts), len(texts) + len(text)})
				texts = append(texts, text...)
			}
			lines = append(lines, l)
		}
		start = next
	}
	p := &page{lines: slices.Clone(lines), anchors: slices.Clone(anchors)}
	all := string(texts)
	for _, sp := range spans {
		p.lines[sp.line].text = all[sp.start:sp.end]
	}
	s.lines, s.anchors, s.bytes, s.spans = lines, anchors, texts, spans
	return p
}

// A lineSpan says that the text or key of line lies at [start, end) of a
// buffer.
type lineSpan struct{ line, start, end int }

// A scratch holds the buffers that building a page reuses.
type scratch struct {
	cleaner cleaner
	lines   []line
	anchors []article.Anchor
	bytes   []byte
	spans   []lineSpan
	ranges  [][2]int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release clears the lines of s, which point into a body, and puts s back
// in the pool.
func (s *scratch) release() {
	clear(s.lines[:cap(s.lines)])
	scratchPool.Put(s)
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
func hashString[S ~string | ~[]byte](s S) uint64 {
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
