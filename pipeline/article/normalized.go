package article

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// A Doc is a normalized article: clean text split into sentences, with the
// boilerplate that was taken out listed and every offset traceable back to
// the file.
type Doc struct {
	Article

	// Text is the normalized article text: NFC, typographic quotes and
	// dashes kept, whitespace folded, boilerplate removed, paragraphs
	// separated by "\n\n".
	Text string
	// Map turns offsets of Text into offsets of Body.
	Map OffsetMap
	// Sentences are the sentences of Text in order; they do not overlap.
	Sentences []Span
	// Paragraphs are the paragraphs of Text in order.
	Paragraphs []Span
	// Removed lists the lines taken out of Body, in order.
	Removed []Removed
	// Credits are the contributor lines ("X contributed to this report"),
	// kept as metadata rather than text.
	Credits []string
	// LineStarts holds the Body offset at which each line of Body starts,
	// so that positions can be computed after Body is dropped.
	LineStarts []int
	// Runes indexes the multi-byte characters of Body, so that Pos counts
	// columns in code points after Body is dropped: normalize returns
	// Docs whose Body is "" to hold each article's text once.
	Runes RuneIndex
}

// A Reason says why a line was removed as boilerplate.
type Reason int

const (
	SiteChrome Reason = iota // navigation and page furniture: "Skip to content"
	LinkSpam                 // "See also …" headlines of other stories
	Widget                   // comment, share and subscribe widgets
	AuthorBio                // an author's name and biography block
	Disclaimer               // syndication or machine-translation notice
	Credit                   // "X contributed to this report"
	Repeated                 // a line repeated across many articles
	Dateline                 // update notes: "This story was updated …"
)

var reasonNames = [...]string{
	SiteChrome: "site_chrome", LinkSpam: "link_spam", Widget: "widget",
	AuthorBio: "author_bio", Disclaimer: "disclaimer", Credit: "credit",
	Repeated: "repeated", Dateline: "update_note",
}

func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return "unknown"
}

// Removed is one line of Body taken out of Text.
type Removed struct {
	Line   int    // 1-based line in the file (see Article.Line)
	Text   string // the line as it stood
	Reason Reason
	Start  int // offsets of the line in Body
	End    int
}

// SentenceAt returns the index of the sentence containing offset off of
// Text, or -1.
func (d *Doc) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// Pos returns the file position of offset off of Text. It reads Body when
// Body is there, and else LineStarts and Runes.
func (d *Doc) Pos(off int) Position {
	p := Position{Path: d.Path, Line: d.Line}
	if d.Flat {
		return p
	}
	raw := d.Map.Raw(off)
	ls := d.LineStarts
	if ls == nil {
		ls = LineStarts(d.Body)
	}
	i, found := slices.BinarySearch(ls, raw)
	if !found {
		i--
	}
	if i < 0 {
		i = 0
	}
	p.Line += i
	switch {
	case raw <= len(d.Body):
		p.Col = utf8.RuneCountInString(d.Body[ls[i]:raw]) + 1
	case raw <= d.Runes.Len:
		p.Col = d.Runes.Count(ls[i], raw) + 1
	default:
		p.Col = raw - ls[i] + 1
	}
	return p
}

// LineStarts returns the offset at which each line of s starts.
func LineStarts(s string) []int {
	starts := make([]int, 1, strings.Count(s, "\n")+1)
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		starts = append(starts, i+1)
		j := strings.IndexByte(s[i+1:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return starts
}

// Slice returns the text of span s, which must name d.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }
