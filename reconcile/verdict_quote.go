package reconcile

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// vdQuote judges a fact of two or more voices quoting the same words.
// Two quotes agree when their words are the same up to punctuation, case,
// contractions ("we'll" is "we will") and articles ("a", "an", "the"),
// or when one is a contiguous run of the other's words, as when an article
// quotes part of a sentence.
// Otherwise the wording drifted: a contradiction of warning severity, with
// a word diff of the first claim against the claim that differs most from
// it (or, when the first agrees with all, of the least similar pair).
// Fragments of a longer quote of the fact are diffed only when nothing
// else differs: their diff would show the words they leave out.
func vdQuote(cs []*factClaim) vdOutcome {
	var a, b *factClaim
	least, fragment := 0.0, false
	for i, x := range cs {
		for _, y := range cs[i+1:] {
			if x.voice == y.voice || vdQuoteAgrees(x.matter, y.matter) {
				continue
			}
			sim := vdWordSimilarity(x.words, y.words)
			frag := vdFragment(x, cs) || vdFragment(y, cs)
			if a == nil || vdBetterDiff(x == cs[0], frag, sim, a == cs[0], fragment, least) {
				a, b, least, fragment = x, y, sim, frag
			}
		}
	}
	if a == nil {
		return vdOutcome{kind: Agreement, claims: cs, strength: 1,
			why: "the quoted words are the same up to punctuation and case"}
	}
	return vdOutcome{
		kind: Contradiction, soft: true, claims: cs,
		strength: 1 - least,
		diff:     wordDiff(a.words, b.words),
		why: fmt.Sprintf("the wording drifted: %s and %s share %.0f%% of their words, so this is quote drift, a warning",
			a.Span.Doc, b.Span.Doc, 100*least),
	}
}

// vdQuoteAgrees reports whether two normalized quotes are the same, or one
// is a contiguous run of the other.
func vdQuoteAgrees(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return len(b) == 0
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if b[i] == a[0] && vdEqualWords(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

func vdEqualWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// vdWordSimilarity is the share of the shorter quote's words that a
// longest common subsequence keeps.
func vdWordSimilarity(a, b []string) float64 {
	m := min(len(a), len(b))
	if m == 0 {
		return 0
	}
	return float64(wordLCS(a, b)) / float64(m)
}

// vdContractions expands English contractions so that "we'll" and "we
// will" quote the same words.
var vdContractions = map[string][]string{
	"can't": {"can", "not"}, "won't": {"will", "not"}, "shan't": {"shall", "not"},
	"it's": {"it", "is"}, "that's": {"that", "is"}, "there's": {"there", "is"},
	"here's": {"here", "is"}, "what's": {"what", "is"}, "who's": {"who", "is"},
	"he's": {"he", "is"}, "she's": {"she", "is"}, "let's": {"let", "us"},
}

var vdSuffixes = [...]struct{ suffix, word string }{
	{"n't", "not"}, {"'ll", "will"}, {"'re", "are"}, {"'ve", "have"}, {"'m", "am"}, {"'d", "would"},
}

// quoteWords returns the normalized words of a quote: lower-cased,
// without punctuation, contractions expanded, hyphenated words split.
func quoteWords(s string) []string {
	out := make([]string, 0, strings.Count(s, " ")+2) // most often enough
	for i := 0; ; {
		start, end := matchNextWord(s, i)
		if start == end {
			return out
		}
		w := quoteNormWord(s[start:end])
		for w != "" {
			part, rest, _ := strings.Cut(w, "-")
			if part != "" {
				out = vdAppendExpanded(out, part)
			}
			w = rest
		}
		i = end
	}
}

// quoteNormWord lower-cases a word, with ’ as ' and without periods. An
// ASCII word that is already so is returned as it is.
func quoteNormWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c == '.' || 'A' <= c && c <= 'Z' {
			w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
			return strings.ReplaceAll(w, ".", "")
		}
	}
	return w
}

// vdAppendExpanded appends w to out, or the words of the contraction it is.
func vdAppendExpanded(out []string, w string) []string {
	if strings.IndexByte(w, '\'') < 0 {
		return append(out, w) // every contraction has an apostrophe
	}
	return append(out, vdExpand(w)...)
}

func vdExpand(w string) []string {
	if ws, ok := vdContractions[w]; ok {
		return ws
	}
	for _, s := range vdSuffixes {
		if len(w) > len(s.suffix) && strings.HasSuffix(w, s.suffix) {
			return []string{w[:len(w)-len(s.suffix)], s.word}
		}
	}
	return []string{w}
}

// vdMaterial returns words without the articles, whose loss or addition
// does not change what a quote says.
func vdMaterial(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if w != "a" && w != "an" && w != "the" {
			out = append(out, w)
		}
	}
	return out
}

// vdBetterDiff reports whether a candidate pair for the diff (with the
// first claim or not, with a fragment or not, of similarity sim) is better
// than the current one: pairs with the first claim first, then pairs
// without fragments, then the least similar.
func vdBetterDiff(first, frag bool, sim float64, curFirst, curFrag bool, cur float64) bool {
	if first != curFirst {
		return first
	}
	if frag != curFrag {
		return !frag
	}
	return sim < cur
}

// vdFragment reports whether c's words are a run of a longer quote of cs.
func vdFragment(c *factClaim, cs []*factClaim) bool {
	for _, o := range cs {
		if o != c && len(o.words) > len(c.words) && vdQuoteAgrees(c.matter, o.matter) {
			return true
		}
	}
	return false
}
