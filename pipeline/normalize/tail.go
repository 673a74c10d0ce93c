package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// maxTailWords bounds an injected headline at the end of a paragraph.
const maxTailWords = 15

// markInjectedTails finds link spam pasted onto the end of a paragraph —
// `…risks," he said. See also Establishing a Hotline for Emergency Use.` —
// and cuts it off. The tail must be the paragraph's last sentence, open
// with a link_spam phrase of data/boilerplate.txt and read like a headline
// (most of its longer words capitalized); anything else is kept, since a
// sentence that merely mentions "see also" is prose.
func markInjectedTails(p *page) {
	for i := range p.lines {
		l := &p.lines[i]
		if l.drop || l.key == "" || !mayHaveTail(l.key) {
			continue
		}
		ss := Sentences(l.text)
		if len(ss) < 2 {
			continue
		}
		last := ss[len(ss)-1]
		tail := l.text[last[0]:last[1]]
		r, ok := matchRule(tail, string(appendKey(nil, tail)), countWords(tail))
		if ok && r.reason == article.LinkSpam && r.kind == matchPrefix && isTitleCase(tail, r.phrase) {
			l.cut = last[0]
		}
	}
}

// mayHaveTail reports whether key holds a link_spam phrase after its
// start, the cheap test before splitting the line into sentences.
func mayHaveTail(key string) bool {
	for _, ph := range tailPhrases {
		if i := strings.Index(key, ph); i > 0 && key[i-1] == ' ' {
			return true
		}
	}
	return false
}

// tailPhrases are the link_spam prefix phrases, colons dropped, sorted;
// set up by the init of rules.go.
var tailPhrases []string

func linkSpamPhrases() []string {
	var ps []string
	for ph, r := range prefixRules {
		if r.reason == article.LinkSpam && r.kind == matchPrefix {
			ps = append(ps, strings.TrimSuffix(ph, ":"))
		}
	}
	slices.Sort(ps)
	return ps
}

// isTitleCase reports whether the words of tail after its first phrase
// words read like a headline: 2 to maxTailWords words, and at least 60%
// of those of four letters or more capitalized.
func isTitleCase(tail, phrase string) bool {
	f := strings.Fields(tail)
	skip := strings.Count(phrase, " ") + 1
	if len(f) < skip+2 || len(f) > skip+maxTailWords {
		return false
	}
	long, upper := 0, 0
	for _, w := range f[skip:] {
		w = strings.TrimLeft(w, "\"“‘'(")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return long > 0 && upper*10 >= long*6
}
