package extract

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// qtMaxAttr bounds the words between a quotation and its speech verb.
const qtMaxAttr = 8

// qtMaxReach bounds the words between a speech verb and the quotation it
// leads into ("Peskov said soon after that they left “…”").
const qtMaxReach = 16

var qtAdverbs = map[string]bool{
	"also": true, "later": true, "then": true, "again": true, "soon": true, "previously": true,
	"once": true, "recently": true, "had": true, "has": true, "have": true, "was": true, "is": true,
}

// tokAt returns the index of the first word starting at or after off.
func (e *entDoc) tokAt(off int) int {
	return sort.Search(len(e.toks), func(i int) bool { return e.toks[i].start >= off })
}

// lowerIs reports whether lowerWord(k) == lw, without allocating for
// the capitalized words it is mostly asked about. A word with no byte past
// ASCII (not entWide) has the length of its lower case, so most words are
// told from lw by their length, and the others are compared as they are.
func (e *entDoc) lowerIs(k int, lw string) bool {
	t := e.toks[k]
	w := e.word(t)
	if !t.is(entWide) {
		return len(w) == len(lw) && qtEqualLower(w, lw)
	}
	var buf [32]byte
	return string(entLower(buf[:0], w)) == lw
}

// qtEqualLower reports whether the ASCII word w, lower-cased, is lw,
// which has w's length.
func qtEqualLower(w, lw string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

// lowerIn reports whether set holds lowerWord(k), without allocating.
func (e *entDoc) lowerIn(k int, set map[string]bool) bool {
	var buf [32]byte
	return set[string(entLower(buf[:0], e.word(e.toks[k])))]
}

// determiner returns "a", "an" or "the" when word k is one, else "".
// An ASCII word has the length of its lower case, so a longer one is none.
func (e *entDoc) determiner(k int) string {
	if t := e.toks[k]; !t.is(entWide) && t.end-t.start > 3 {
		return ""
	}
	for _, d := range [...]string{"the", "a", "an"} {
		if e.lowerIs(k, d) {
			return d
		}
	}
	return ""
}

func (e *entDoc) lowerWord(k int) string {
	w := e.word(e.toks[k])
	if !e.toks[k].is(entCap) && entIsLowerASCII(w) {
		return w
	}
	return strings.ToLower(w)
}

// entIsLowerASCII reports whether w has no upper-case letter and only
// ASCII, so that it is its own lower case.
func entIsLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// isVerb reports whether word k is a speech verb; a capitalized one is
// a name ("State Department").
func (e *entDoc) isVerb(k int) bool {
	t := e.toks[k]
	if t.is(entCap) || !qtVerbBloom.has(t.h) {
		return false
	}
	if !t.is(entWide) {
		return qtVerbSet.find(e.word(t), t.h) >= 0
	}
	return qtSpeechVerbs[e.lowerWord(k)]
}

// phraseWord reports whether word k can belong to a speaker phrase: a
// name, a title, a determiner, a connector or a pronoun.
//
// An ASCII word has the fold hash of its lower case, so most words are
// told from the titles, connectors and organisation cues by their hash.
func (e *entDoc) phraseWord(k int) bool {
	t := e.toks[k]
	if t.is(entCap) {
		return true
	}
	if _, ok := e.titleOf(t); ok {
		return true
	}
	if !t.is(entWide) && !entConnectorBloom.has(t.h) && !entLexBloom.has(t.h) {
		n := t.end - t.start
		return n <= 3 && (e.lowerIs(k, "a") || e.lowerIs(k, "an") || e.lowerIs(k, "he") || e.lowerIs(k, "she"))
	}
	return entPhraseWord(e.lowerWord(k))
}

// entPhraseWord is phraseWord of a word without a capital, in lower case
// lw, that is no title.
func entPhraseWord(lw string) bool {
	if entConnectors[lw] || entOrgCues[qtTitleCase(lw)] {
		return true
	}
	switch lw {
	case "a", "an", "he", "she":
		return true
	}
	return false
}

func qtTitleCase(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// after finds an attribution that follows a quotation: "…," X said /
// said X / X told reporters / according to X. It returns the span of the
// attribution and the word range of the speaker phrase.
func (e *entDoc) after(from, limit int) (attr article.Span, a, b int, ok bool) {
	k := e.tokAt(from)
	if k >= len(e.toks) || e.toks[k].start >= limit || strings.ContainsAny(e.text[from:e.toks[k].start], ".!?\n\"“”") {
		return attr, 0, 0, false
	}
	n := k + 1
	for n < len(e.toks) && n-k < qtMaxAttr+4 && e.toks[n].start < limit && !e.toks[n].is(entBrk) {
		n++
	}
	if n-k >= 3 && e.lowerIs(k, "according") && e.lowerIs(k+1, "to") {
		b := e.phraseEnd(k+2, n)
		return e.span(k, b), k + 2, b, b > k+2
	}
	if e.isVerb(k) && !strings.HasSuffix(e.word(e.toks[k]), "ing") {
		b := e.phraseEnd(k+1, n)
		return e.span(k, max(b, k+1)), k + 1, b, true
	}
	for v := k; v < n && v-k < qtMaxAttr; v++ {
		if e.isVerb(v) {
			b := v
			for b > k && e.lowerIn(b-1, qtAdverbs) {
				b--
			}
			return e.span(k, v+1), k, b, b > k
		}
		if !e.phraseWord(v) && !e.lowerIn(v, qtAdverbs) {
			break
		}
	}
	return attr, 0, 0, false
}

// before finds an attribution that leads into a quotation in the same
// sentence: X said, “…” / X told reporters that “…” / according to X, “…”
// / X: “…”.
func (e *entDoc) before(sentStart, at int) (attr article.Span, a, b int, ok bool) {
	lo, hi := e.tokAt(sentStart), e.tokAt(at)
	if lo >= hi {
		return attr, 0, 0, false
	}
	if strings.Contains(e.text[e.toks[hi-1].end:at], ":") && !e.isVerb(hi-1) {
		a := e.phraseStart(lo, hi)
		if a == lo && hi-lo <= 5 {
			return e.span(a, hi), a, hi, true
		}
	}
	for v := hi - 1; v >= lo && hi-v <= qtMaxReach; v-- {
		if v+1 < hi && e.lowerIs(v, "according") && e.lowerIs(v+1, "to") {
			b := e.phraseEnd(v+2, hi)
			return e.span(v, b), v + 2, b, b > v+2
		}
		if !e.isVerb(v) {
			continue
		}
		b := v
		for b > lo && e.lowerIn(b-1, qtAdverbs) && !e.toks[b].is(entBrk) {
			b--
		}
		a := e.phraseStart(lo, b)
		if a < b {
			return e.span(a, v+1), a, b, true
		}
		if strings.HasSuffix(e.word(e.toks[v]), "ing") {
			// "…, saying …": the subject is the person named earlier in
			// the sentence.
			if a, b, ok := e.subjectBefore(lo, v); ok {
				return e.span(v, v+1), a, b, true
			}
		}
		return e.span(v, v+1), 0, 0, true
	}
	return attr, 0, 0, false
}

// phraseEnd returns the end of the speaker phrase starting at word k.
func (e *entDoc) phraseEnd(k, limit int) int {
	j := k
	for j < limit && j < len(e.toks) && e.phraseWord(j) && (j == k || !e.toks[j].is(entBrk)) {
		j++
		if e.toks[j-1].is(entPoss) {
			break
		}
	}
	return j
}

// phraseStart returns the start of the speaker phrase ending before word b.
func (e *entDoc) phraseStart(lo, b int) int {
	a := b
	for a > lo && e.phraseWord(a-1) && (a == b || !e.toks[a].is(entBrk)) && !e.toks[a-1].is(entPoss) {
		a--
		if e.determiner(a) != "" {
			break
		}
	}
	return a
}

func (e *entDoc) span(a, b int) article.Span {
	return article.Span{Start: e.toks[a].start, End: e.toks[b-1].end}
}

// subjectBefore returns the words of the last person named in words
// [lo, v).
func (e *entDoc) subjectBefore(lo, v int) (int, int, bool) {
	for k := v - 1; k >= lo; k-- {
		mi := e.mentionAt(e.toks[k].start)
		if mi < 0 || !e.isPerson(&e.mentions[mi]) {
			continue
		}
		a := k
		for a > lo && e.toks[a-1].start >= e.mentions[mi].start {
			a--
		}
		return a, k + 1, true
	}
	return 0, 0, false
}
