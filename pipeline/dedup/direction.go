package dedup

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A clue is one piece of evidence of which article is the original.
type clue struct {
	from, why string
}

// direction says which of a and b is the original, from three kinds of
// evidence: a publication range that ends before the other's begins, a
// citation of the other's outlet ("told The Hill", "reported by CNN"), and
// containment (contains names the article holding all of the other). It
// returns "" and the conflict when the clues disagree, and "" and "" when
// there are none.
func direction(a, b *article.Doc, contains string) (from, why string) {
	var clues []clue
	if c, ok := dateClue(a, b); ok {
		clues = append(clues, c)
	}
	if c, ok := citeClue(a, b); ok {
		clues = append(clues, c)
	}
	if contains != "" {
		clues = append(clues, clue{contains, contains + " contains the other"})
	}
	var whys []string
	for _, c := range clues {
		whys = append(whys, c.why)
		if c.from != clues[0].from {
			from = "conflict"
		}
	}
	switch {
	case len(clues) == 0:
		return "", ""
	case from == "conflict":
		return "", "conflicting evidence: " + strings.Join(whys, "; ")
	}
	return clues[0].from, strings.Join(whys, "; ")
}

func dateClue(a, b *article.Doc) (clue, bool) {
	x, y := a.Published, b.Published
	switch {
	case x.IsZero() || y.IsZero():
		return clue{}, false
	case x.To.Before(y.From):
	case y.To.Before(x.From):
		a, b, x, y = b, a, y, x
	default:
		return clue{}, false
	}
	return clue{a.ID, fmt.Sprintf("%s published earlier (%s, %s %s)", a.ID, x, b.ID, y)}, true
}

func citeClue(a, b *article.Doc) (clue, bool) {
	oa, ob := outlet(a.Source), outlet(b.Source)
	if oa == ob {
		return clue{}, false // an outlet citing itself says nothing
	}
	ca, cb := cites(a.Text, ob), cites(b.Text, oa)
	switch {
	case cb && !ca:
		return clue{a.ID, fmt.Sprintf("%s cites %s", b.ID, oa)}, true
	case ca && !cb:
		return clue{b.ID, fmt.Sprintf("%s cites %s", a.ID, ob)}, true
	}
	return clue{}, false
}

// outlet returns the outlet named by a Source, without a parenthetical
// note: "CNN (machine-translated repost)" is CNN.
func outlet(source string) string {
	if i := strings.IndexByte(source, '('); i >= 0 {
		source = source[:i]
	}
	return strings.TrimSpace(source)
}

// citeBefore and citeAfter are the words next to an outlet's name that
// make it the source of what is reported: "told The Hill", "according to
// Reuters", "reported by the Post", "CNN reported".
var (
	citeBefore = []string{"told", "to", "by", "via", "from", "in"}
	citeAfter  = []string{"reported", "reports", "first", "said", "says", "wrote"}
)

// cites reports whether text cites the outlet as a source.
func cites(text, outlet string) bool {
	if outlet == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], outlet)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(outlet)
		off = end
		if !isBoundary(text, start, end) {
			continue
		}
		before := strings.TrimSuffix(strings.TrimRight(text[:start], " "), " the")
		if hasWord(lastWord(before), citeBefore) || hasWord(firstWord(text[end:]), citeAfter) {
			return true
		}
	}
}

func isBoundary(text string, start, end int) bool {
	r1, _ := utf8.DecodeLastRuneInString(text[:start])
	r2, _ := utf8.DecodeRuneInString(text[end:])
	return !unicode.IsLetter(r1) && !unicode.IsLetter(r2)
}

func lastWord(s string) string {
	f := strings.Fields(s[max(0, len(s)-40):])
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func firstWord(s string) string {
	f := strings.Fields(s[:min(len(s), 40)])
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], ",.;:")
}

func hasWord(w string, set []string) bool {
	for _, s := range set {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}
