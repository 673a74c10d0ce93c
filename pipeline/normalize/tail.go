package normalize

import (
	"math/bits"
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
		if l.drop || !l.keyed || !mayHaveTail(l.text) {
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

// mayHaveTail reports whether one of the last maxTailWords+2 words of
// text follows the end of a sentence and opens a link_spam phrase: the
// cheap test before splitting the line into sentences. It walks back
// over the spaces of text eight bytes at a time; text[0] is never one.
func mayHaveTail(text string) bool {
	spaces := 0
	for hi := len(text) - 2; hi > 0; hi -= 8 { // the window text[hi-7:hi+1]
		for m := lastSpaces(text, hi); m != 0; {
			k := 63 - bits.LeadingZeros64(m) // the high bit of the last space
			m &^= 1 << k
			if i := hi - 7 + k/8; tailAfter(text, i) {
				return true
			}
			if spaces++; spaces > maxTailWords+2 {
				return false
			}
		}
	}
	return false
}

// lastSpaces returns the high bit of each byte of text[hi-7:hi+1] that is
// a space, bytes before text[1] left out.
func lastSpaces(text string, hi int) uint64 {
	if hi >= 8 {
		return byteMask(load64(text[hi-7:]), ' ')
	}
	var m uint64
	for i := max(hi-7, 1); i <= hi; i++ {
		if text[i] == ' ' {
			m |= 0x80 << (8 * (i - (hi - 7)))
		}
	}
	return m
}

// tailAfter reports whether the space at text[i] follows a terminator, a
// closing mark or any multi-byte character (a typographic quote) and
// opens a link_spam phrase.
func tailAfter(text string, i int) bool {
	if prev := text[i-1]; prev < utf8.RuneSelf && !isTailStop(prev) {
		return false
	}
	return isTailWord(text[i+1:])
}

func isTailStop(c byte) bool { return c == '.' || c == '?' || c == '!' || c == '"' || c == ')' }

// isTailWord reports whether s starts with the first word of a link_spam
// phrase, compared in ASCII lower case without allocating.
func isTailWord(s string) bool {
	if s == "" || !tailStart[s[0]|0x20] {
		return s == "" && tailEmpty // the cheap test: no word starts so
	}
	var buf [12]byte
	n := 0
	for ; n < len(s) && s[n] != ' ' && s[n] != ':'; n++ {
		if n == len(buf) {
			return false
		}
		buf[n] = s[n] | 0x20
	}
	return tailWords[string(buf[:n])]
}

// tailWords are the first words of the link_spam prefix phrases,
// tailStart their first bytes (a space and a colon for the empty word)
// and tailEmpty whether the empty word is one; set up by the init of
// rules.go.
var (
	tailWords map[string]bool
	tailStart [256]bool
	tailEmpty bool
)

func linkSpamWords() map[string]bool {
	ws := map[string]bool{}
	for ph, r := range prefixRules {
		if r.reason == article.LinkSpam && r.kind == matchPrefix {
			w, _, _ := strings.Cut(strings.TrimSuffix(ph, ":"), " ")
			ws[w] = true
		}
	}
	return ws
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
