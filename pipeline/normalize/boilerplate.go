package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Limits of the position rules. A "label" is a short line that does not
// end like a sentence: a section name, a tag, a menu item.
const (
	labelWords     = 4  // at most this many words make a label
	headlineWords  = 30 // at most this many words make a headline
	headerLines    = 12 // the body must start within this many lines
	linkListLines  = 10 // headlines taken after a "Related" header
	bioFollowLines = 4  // lines after "About the author" taken as bio
	repeatedWords  = 15 // longer repeated lines go only at the edges
)

// classify marks the boilerplate lines of p and returns the title: title
// itself when it is known, else the detected headline, or "".
func classify(p *page, title string, repeated map[uint64]bool) string {
	markRules(p, repeated)
	markInjectedTails(p)
	title = markHeader(p, title)
	markFooter(p)
	return title
}

func (l *line) mark(r article.Reason) { l.drop, l.reason = true, r }

// kept returns the indexes of the lines not dropped.
func (p *page) kept() []int {
	var k []int
	for i := range p.lines {
		if !p.lines[i].drop {
			k = append(k, i)
		}
	}
	return k
}

// markRules applies the phrase rules of data/boilerplate.txt, the
// repeated-line set and the shape rules (no letters, breadcrumbs) to
// every line.
func markRules(p *page, repeated map[uint64]bool) {
	links, bio := 0, -1
	for i := range p.lines {
		l := &p.lines[i]
		r, ok := rule{}, false
		if l.key != "" {
			r, ok = matchRule(l.text, l.key, l.words)
		}
		switch {
		case !hasAlnum(l.text):
			l.mark(article.SiteChrome)
		case ok:
			l.mark(r.reason)
			if r.kind == matchLinks {
				links = linkListLines
			} else if r.kind == matchBio {
				bio = i
			}
		case links > 0 && isHeadlineLike(l):
			l.mark(article.LinkSpam)
			links--
		case repeated[l.hash] && isRepeatable(p, i):
			l.mark(article.Repeated)
		case isBreadcrumb(l.text):
			l.mark(article.SiteChrome)
		}
		if !l.drop {
			links = 0
		}
	}
	if bio >= 0 {
		markAfter(p, bio, bioFollowLines, article.AuthorBio)
	}
}

// markAfter marks the kept lines after line i with reason r when there
// are at most max of them: a bio header only takes the end of an article.
func markAfter(p *page, i, max int, r article.Reason) {
	var after []int
	for j := i + 1; j < len(p.lines); j++ {
		if !p.lines[j].drop {
			after = append(after, j)
		}
	}
	if len(after) > max {
		return
	}
	for _, j := range after {
		p.lines[j].mark(r)
	}
}

// isRepeatable reports whether line i, found in many articles, may go as
// Repeated: quotations are news that outlets share, and long lines go only
// at the top or bottom of the article.
func isRepeatable(p *page, i int) bool {
	l := &p.lines[i]
	if strings.ContainsAny(l.text, "“”\"«»") {
		return false
	}
	return l.words <= repeatedWords || i < 3 || i >= len(p.lines)-5
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isBreadcrumb reports whether text is a trail or menu of short items:
// "Home > World > Europe", "News | Politics".
func isBreadcrumb(text string) bool {
	if endsSentence(text) || countWords(text) > 15 {
		return false
	}
	parts := strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(">|»›•·", r)
	})
	if len(parts) < 2 {
		parts = strings.Split(text, " / ")
	}
	if len(parts) < 2 {
		return false
	}
	for _, s := range parts {
		if n := len(strings.Fields(s)); n == 0 || n > labelWords {
			return false
		}
	}
	return true
}

func isLabel(l *line) bool { return l.words <= labelWords && !endsSentence(l.text) }

func isBodyLike(l *line) bool {
	return l.words > headlineWords || l.words >= 6 && endsSentence(l.text)
}

// isHeadlineLike reports whether l looks like the headline of a linked
// story rather than a paragraph.
func isHeadlineLike(l *line) bool {
	return l.words <= 8 || l.words <= 20 && !endsSentence(l.text)
}

// markHeader marks the short labels above the first paragraph of prose
// and, when title is "", detects the headline among the lines there: the
// first line of more than labelWords words that does not end like a
// sentence, or failing that the first short one.
func markHeader(p *page, title string) string {
	kept := p.kept()
	b := -1
	for j, i := range kept {
		if j >= headerLines {
			break
		}
		if isBodyLike(&p.lines[i]) {
			b = j
			break
		}
	}
	if b < 0 {
		return title
	}
	pre := kept[:b]
	h := -1
	if title != "" {
		tk := string(appendKey(nil, title))
		h = findLine(p, pre, func(l *line) bool { return l.key == tk })
	} else {
		h = findLine(p, pre, func(l *line) bool { return l.words > labelWords && !endsSentence(l.text) })
		if h < 0 {
			h = findLine(p, pre, func(l *line) bool { return !endsSentence(l.text) })
		}
		if h >= 0 {
			title = p.lines[pre[h]].text
		}
	}
	for j, i := range pre {
		if j != h && isLabel(&p.lines[i]) {
			p.lines[i].mark(article.SiteChrome)
		}
	}
	return title
}

// findLine returns the position in idx of the first line that f accepts,
// or -1.
func findLine(p *page, idx []int, f func(*line) bool) int {
	for j, i := range idx {
		if f(&p.lines[i]) && p.lines[i].words <= headlineWords {
			return j
		}
	}
	return -1
}

// markFooter marks an author bio block and the labels (tags, section
// names) that end the article. The first kept line always stays.
func markFooter(p *page) {
	kept := p.kept()
	if len(kept) < 2 {
		return
	}
	markBioBlock(p, kept)
	for j := len(kept) - 1; j > 0; j-- {
		l := &p.lines[kept[j]]
		if l.drop {
			continue
		}
		if !isLabel(l) {
			break
		}
		l.mark(article.SiteChrome)
	}
}

// markBioBlock finds, among the last lines, an author's name followed by a
// list of self-descriptions ("Introvert. Coffee lover. Writer.") or a
// closing "Jane Doe is a reporter at …" line, and marks it and what
// follows as AuthorBio.
func markBioBlock(p *page, kept []int) {
	for j := len(kept) - 1; j >= 1 && j >= len(kept)-5; j-- {
		l := &p.lines[kept[j]]
		start := -1
		switch {
		case isJobLine(l.text) && j >= len(kept)-2:
			start = j
		case j+1 < len(kept) && isNameLine(l.text) && isSelfDescription(p.lines[kept[j+1]].text):
			start = j
		}
		if start < 0 || !onlyShortAfter(p, kept[start+1:]) {
			continue
		}
		for _, i := range kept[start:] {
			p.lines[i].mark(article.AuthorBio)
		}
		return
	}
}

// onlyShortAfter reports whether none of the lines idx (but the first,
// the bio's own description) is prose.
func onlyShortAfter(p *page, idx []int) bool {
	for k, i := range idx {
		if k > 0 && isBodyLike(&p.lines[i]) {
			return false
		}
	}
	return true
}

// isNameLine reports whether text looks like a person's name alone: two to
// four capitalized words.
func isNameLine(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !isNameWord(w) {
			return false
		}
	}
	return true
}

// isNameWord reports whether w is a capitalized word of letters, with
// perhaps an inner apostrophe, hyphen or period ("O'Neil", "J.").
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !strings.ContainsRune("'’-.", r) {
			return false
		}
	}
	return true
}

// isSelfDescription reports whether text is a list of short descriptors,
// perhaps quoted: "Introvert. Avid gamer. Web scholar."
func isSelfDescription(text string) bool {
	text = strings.Trim(text, "\"“”' ")
	parts := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".|•;", r) })
	if len(parts) < 3 || countWords(text) > 50 {
		return false
	}
	for _, s := range parts {
		if n := len(strings.Fields(s)); n > 6 {
			return false
		}
	}
	return true
}

// isJobLine reports whether text introduces its writer: a name, then "is"
// or "was", then within a few words a job from data/words.txt ("Jane Doe
// is a senior reporter at …"). Quotations never are.
func isJobLine(text string) bool {
	if countWords(text) > 60 || strings.ContainsAny(text, "“”\"") {
		return false
	}
	f := strings.Fields(text)
	n := 0
	for n < len(f) && n < 5 && isNameWord(f[n]) {
		n++
	}
	if n < 2 || n >= len(f) || (f[n] != "is" && f[n] != "was") {
		return false
	}
	for k := n + 1; k < len(f) && k <= n+8; k++ {
		w := strings.ToLower(strings.TrimRight(f[k], ".,;:"))
		if jobs[strings.TrimSuffix(w, "s")] || jobs[w] {
			return true
		}
	}
	return false
}
