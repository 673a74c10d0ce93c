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
	headerLines    = 40 // the body must start within this many lines
	linkListLines  = 10 // headlines taken after a "Related" header
	captionLines   = 2  // lines taken after "Image caption"
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

// mark drops l for reason r.
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
// repeated-line set and the shape rules (no letters, breadcrumbs, date
// lines, gallery counters, all-capitals headlines) to every line. A links
// or caption rule also takes the lines that follow it (see follower).
func markRules(p *page, repeated map[uint64]bool) {
	var f follower
	bio := -1
	for i := range p.lines {
		l := &p.lines[i]
		r, ok := l.matched()
		switch {
		case !hasAlnum(l.text):
			l.mark(article.SiteChrome)
		case ok:
			l.mark(r.reason)
			if nf := newFollower(r); nf.n > 0 {
				f = nf
			}
			if r.kind == matchBio {
				bio = i
			}
		case f.take(l):
		case repeated[l.hash] && isRepeatable(p, i):
			l.mark(article.Repeated)
		default:
			markShape(l)
		}
		if !l.drop {
			f = follower{}
		}
	}
	if bio >= 0 {
		markAfter(p, bio, bioFollowLines, article.AuthorBio)
	}
}

// markShape marks l when its shape alone shows it is not prose.
func markShape(l *line) {
	switch {
	case isBreadcrumb(l), l.gallery:
		l.mark(article.SiteChrome)
	case l.words <= maxDateWords && isDateLine(l.text):
		l.mark(article.Dateline)
	case isShouting(l):
		l.mark(article.LinkSpam)
	}
}

// A follower takes the lines after a links or caption rule: the headlines
// of a "Related" list, the text of an "Image caption".
type follower struct {
	reason  article.Reason
	n       int  // lines still to take
	short   int  // at most this many words each
	caption bool // a caption: stops at a label or after a sentence
}

// newFollower returns the follower that rule r starts, or one that takes
// nothing.
func newFollower(r rule) follower {
	switch r.kind {
	case matchLinks:
		return follower{reason: article.LinkSpam, n: linkListLines, short: 20}
	case matchCaption:
		return follower{reason: r.reason, n: captionLines, short: 20, caption: true}
	}
	return follower{}
}

// take marks l if the follower wants it. Links take headline-like lines;
// captions take short lines up to the first that ends a sentence.
func (f *follower) take(l *line) bool {
	if f.n == 0 || l.words > f.short {
		return false
	}
	if f.caption && isLabel(l) {
		f.n = 0 // a menu item: the "caption" was a menu entry too
		return false
	}
	ends := endsSentence(l.text)
	if !f.caption && ends && l.words > 8 {
		return false
	}
	l.mark(f.reason)
	f.n--
	if f.caption && ends {
		f.n = 0
	}
	return true
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
	if hasQuote(l.text, true) {
		return false
	}
	return l.words <= repeatedWords || i < 3 || i >= len(p.lines)-5
}

// hasQuote reports whether s holds a straight or a curly double quote,
// or, when guillemets is set, a guillemet: strings.ContainsAny(s,
// "“”\"«»") without decoding s rune by rune.
func hasQuote(s string, guillemets bool) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case 0xe2: // “ and ” are E2 80 9C and E2 80 9D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d) {
				return true
			}
		case 0xc2: // « and » are C2 AB and C2 BB
			if guillemets && i+1 < len(s) && (s[i+1] == 0xab || s[i+1] == 0xbb) {
				return true
			}
		}
	}
	return false
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isLabel reports whether l is a short line that does not end like a
// sentence and quotes no one: a section name, a tag, a menu item.
func isLabel(l *line) bool {
	return l.words <= labelWords && !endsSentence(l.text) && !hasQuote(l.text, true)
}

func isBodyLike(l *line) bool {
	return l.words > headlineWords || l.words >= 6 && endsSentence(l.text)
}

// markHeader marks the lines above the first paragraph of prose that are
// page furniture: every line above the headline (menus, taglines), and
// short labels below it. When title is "" it detects the headline among
// those lines (see pickHeadline); a known title is looked for there.
func markHeader(p *page, title string) string {
	end := bodyStart(p)
	if end < 0 {
		return title
	}
	h := -1
	if title != "" {
		tk := string(appendKey(nil, title))
		for i := 0; i < end && h < 0; i++ {
			if !p.lines[i].drop && p.lines[i].hasKey(tk) {
				h = i
			}
		}
	} else if h = pickHeadline(p, end); h >= 0 {
		title = p.lines[h].text
	}
	for i := 0; i < end; i++ {
		if l := &p.lines[i]; i != h && !l.drop && (i < h || isLabel(l)) {
			l.mark(article.SiteChrome)
		}
	}
	return title
}

// bodyStart returns the index of the first kept line of prose, if it is
// among the first headerLines kept lines, or -1.
func bodyStart(p *page) int {
	n := 0
	for i := range p.lines {
		l := &p.lines[i]
		if l.drop {
			continue
		}
		if isBodyLike(l) {
			return i
		}
		if n++; n >= headerLines {
			break
		}
	}
	return -1
}

// pickHeadline returns the index of the headline among the lines before
// end, or -1. A headline is a kept line of more than labelWords words
// that does not end like a sentence. Above a byline or dateline, it is
// the first of the run of such lines just above (a headline and its
// deck); else it is the first such line, or failing that the first short
// line that does not end like a sentence.
func pickHeadline(p *page, end int) int {
	isHead := func(l *line) bool {
		return !l.drop && l.words > labelWords && l.words <= headlineWords && !endsSentence(l.text)
	}
	if m := firstMarker(p, end); m >= 0 {
		i := m - 1
		for i >= 0 && (p.lines[i].drop || isLabel(&p.lines[i])) {
			i--
		}
		h := -1
		for ; i >= 0 && (p.lines[i].drop || isHead(&p.lines[i])); i-- {
			if !p.lines[i].drop {
				h = i
			}
		}
		if h >= 0 {
			return h
		}
	}
	for i := 0; i < end; i++ {
		if isHead(&p.lines[i]) {
			return i
		}
	}
	for i := 0; i < end; i++ {
		if l := &p.lines[i]; !l.drop && l.words <= headlineWords && !endsSentence(l.text) {
			return i
		}
	}
	return -1
}

// firstMarker returns the index of the first byline or dateline before
// end, or -1.
func firstMarker(p *page, end int) int {
	for i := 0; i < end; i++ {
		if l := &p.lines[i]; l.drop && (l.reason == article.AuthorBio || l.reason == article.Dateline) {
			return i
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
		case j >= len(kept)-2 && isJobLine(l):
			start = j
		case j+1 < len(kept) && isNameLine(l.text) && introduces(l.text, p.lines[kept[j+1]].text):
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

// introduces reports whether desc, the line after the name line name, is
// its bio: a list of self-descriptions, or a line that opens with one of
// the name's words ("SAM ORTEGA" / "Ortega covers the West for …").
func introduces(name, desc string) bool {
	if isSelfDescription(desc) {
		return true
	}
	first, _, _ := strings.Cut(desc, " ")
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, first) {
			return true
		}
	}
	return false
}

// isNameLine reports whether text looks like a person's name alone: two to
// four capitalized words.
func isNameLine(text string) bool {
	if n := countWords(text); n < 2 || n > 4 {
		return false
	}
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
	if countWords(text) > 50 {
		return false
	}
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

// isJobLine reports whether l introduces its writer: a name, then "is" or
// "was", then within a few words a job from data/words.txt ("Jane Doe is
// a senior reporter at …"). Quotations never are.
func isJobLine(l *line) bool {
	text := l.text
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return false // the name's first word is not capitalized
	}
	if l.words > 60 || !strings.Contains(text, " is ") && !strings.Contains(text, " was ") ||
		hasQuote(text, false) {
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
