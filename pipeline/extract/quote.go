package extract

import (
	"math/bits"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A qtQuote is a direct quotation found in a text, before and after its
// speaker is known.
type qtQuote struct {
	start, end int            // from the first opening mark to the end of the last closing mark
	parts      []article.Span // the quoted words (Doc left empty)
	attr       article.Span   // the attributing words, or zero
	speaker    string         // as resolved in the text, "" when unknown
	mention    int            // index of the speaker's entMention, or -1
	pa, pb     int            // the words of the speaker phrase, until resolved
}

// Quotation marks, as they start in UTF-8: “ ” ‘ ’ are E2 80 9C/9D/98/99,
// « » are C2 AB/BB.
const (
	qtNone = iota
	qtOpen
	qtClose
)

// qtMark reports whether text[i:] starts with a double quotation mark,
// whether it opens or closes, and its length. A straight quote opens when
// a word follows it and nothing but a space or bracket precedes it.
func qtMark(text string, i int) (kind, n int) {
	switch c := text[i]; c {
	case '"':
		before := i == 0 || qtIsSpace(text[i-1]) || text[i-1] == '(' || text[i-1] == '['
		after := i+1 < len(text) && !qtIsSpace(text[i+1])
		switch {
		case before && after:
			return qtOpen, 1
		case !before:
			return qtClose, 1
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C:
				return qtOpen, 3
			case 0x9D:
				return qtClose, 3
			}
		}
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB:
				return qtOpen, 2
			case 0xBB:
				return qtClose, 2
			}
		}
	}
	return qtNone, 0
}

func qtIsSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// qtScanner finds quotations paragraph by paragraph. A paragraph that ends
// inside a quotation continues it when the next paragraph opens with a
// quotation mark (the newspaper convention); otherwise the quotation ends
// at its last closing single mark or at the end of the paragraph.
type qtScanner struct {
	text   string
	paras  []article.Span
	out    []qtQuote
	depth  int
	cur    qtQuote
	partAt int
	cont   bool // the current quotation continues from the previous paragraph

	// spans holds the parts of the quotations, each quotation's parts a
	// capped slice of it, so that a text's parts take a few allocations,
	// not one per quotation; partsAt is where cur's parts start in it.
	spans   []article.Span
	partsAt int
}

// addPart appends sp to the parts of the current quotation. Only the
// current quotation's parts are ever appended to, so they stay the tail of
// spans; when spans is full they move to a new, larger one, and the
// quotations already emitted keep the old.
func (s *qtScanner) addPart(sp article.Span) {
	if len(s.cur.parts) == 0 {
		s.partsAt = len(s.spans)
	}
	if len(s.spans) == cap(s.spans) {
		spans := make([]article.Span, 0, max(16, 2*cap(s.spans)))
		s.spans, s.partsAt = append(spans, s.cur.parts...), 0
	}
	s.spans = append(s.spans, sp)
	n := len(s.spans)
	s.cur.parts = s.spans[s.partsAt:n:n]
}

// qtScan appends the quotations of text to dst, in order.
func qtScan(dst []qtQuote, text string, paras []article.Span) []qtQuote {
	s := qtScanner{text: text, paras: paras, out: dst}
	for pi, p := range paras {
		s.paragraph(p)
		if s.depth == 0 {
			continue
		}
		if pi+1 < len(paras) && s.opensWithQuote(paras[pi+1]) {
			s.addPart(qtTrim(text, s.partAt, p.End))
			s.cont = true
			continue
		}
		s.recover(p)
	}
	return s.out
}

func (s *qtScanner) opensWithQuote(p article.Span) bool {
	k, _ := qtMark(s.text, p.Start)
	return p.Start < p.End && k == qtOpen
}

// paragraph scans one paragraph for marks; a state machine, kept whole.
func (s *qtScanner) paragraph(p article.Span) {
	seen := s.depth > 0
	text := s.text[:p.End]
	marks := qtMarkFinder{text: text}
	for i := p.Start; i < len(text); i++ {
		if i = marks.next(i); i == len(text) {
			break
		}
		kind, n := qtMark(s.text, i)
		switch {
		case kind == qtOpen && s.cont:
			s.cont = false
			s.partAt = i + n
		case kind == qtOpen:
			if s.depth == 0 {
				s.cur = qtQuote{start: i, mention: -1}
				s.partAt = i + n
			}
			s.depth++
			seen = true
		case kind == qtClose && s.depth > 0:
			s.depth--
			if s.depth == 0 {
				s.addPart(article.Span{Start: s.partAt, End: i})
				s.cur.end = i + n
				s.emit()
			}
		case kind == qtClose && !seen && i > p.Start && qtIsEndPunct(s.text[i-1]):
			// A closing mark with no opening one: the paragraph's start is
			// the lost opening mark, as machine translation often drops it.
			s.cur = qtQuote{start: p.Start, end: i + n, mention: -1}
			s.addPart(article.Span{Start: p.Start, End: i})
			s.emit()
			seen = true
		}
		if n > 0 {
			i += n - 1
		}
	}
	s.cont = false
}

// A qtMarkFinder finds the bytes a quotation mark may start with (see
// qtMark): '"', 0xE2 and 0xC2. It reads eight bytes at a time, as most
// bytes of a paragraph are ASCII and no '"'; the three IndexByte searches
// it replaced began again after every 0xE2, which starts dashes and
// apostrophes as well as quotation marks.
type qtMarkFinder struct {
	text string
}

// next returns the first index at or after i of a byte that may start a
// quotation mark, or len(text).
func (f *qtMarkFinder) next(i int) int {
	text := f.text
	for i < len(text) {
		if i+8 <= len(text) {
			v := entLoad8(text, i)
			// The high bit of each byte that starts a character past
			// ASCII (its top two bits set) or is '"'; the lowest set bit
			// is exact (see qtHasQuote).
			m := v&(v<<1)&entHigh | qtHasQuote(v)
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		if c := text[i]; c == '"' || c == 0xE2 || c == 0xC2 {
			return i
		}
		i++
	}
	return len(text)
}

// qtHasQuote returns the high bit of the bytes of v that are '"', and
// perhaps of some above the first of them: the borrow of the subtraction
// runs only past a byte that matched.
func qtHasQuote(v uint64) uint64 {
	x := v ^ '"'*entLow
	return (x - entLow) &^ x & entHigh
}

func qtIsEndPunct(c byte) bool { return c == ',' || c == '.' || c == '?' || c == '!' }

func (s *qtScanner) emit() {
	s.out = append(s.out, s.cur)
	s.cur = qtQuote{mention: -1}
}

// recover ends a quotation left open at the end of paragraph p: at the
// last closing single mark after end punctuation ("…period,’ X said"), or
// at the end of the paragraph.
func (s *qtScanner) recover(p article.Span) {
	end, markEnd := p.End, p.End
	for i := p.End - 4; i >= s.partAt; i-- {
		if s.text[i] == 0xE2 && s.text[i+1] == 0x80 && s.text[i+2] == 0x99 && i > s.partAt && qtIsEndPunct(s.text[i-1]) {
			end, markEnd = i, i+3
			break
		}
	}
	sp := qtTrim(s.text, s.partAt, end)
	s.addPart(sp)
	s.cur.end = max(markEnd, sp.End)
	if markEnd == p.End {
		s.cur.end = sp.End
	}
	s.depth = 0
	s.emit()
}

// qtTrim returns the span [i, j) without surrounding white space.
func qtTrim(text string, i, j int) article.Span {
	for i < j && qtIsSpace(text[i]) {
		i++
	}
	for j > i && qtIsSpace(text[j-1]) {
		j--
	}
	return article.Span{Start: i, End: j}
}
