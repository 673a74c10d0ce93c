package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// wordSetTexts returns the seeds, the words of the lists that entWordSet
// finds by hash (titles, stopwords, connectors, speech verbs) in three
// cases each, and a text with capitals and letters past ASCII.
func wordSetTexts(t *testing.T) []string {
	var words []string
	for _, set := range [][]string{slices.Collect(maps.Keys(entTitles)), slices.Collect(maps.Keys(entStopwords)),
		slices.Collect(maps.Keys(entConnectors)), slices.Collect(maps.Keys(qtSpeechVerbs))} {
		for _, w := range set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	slices.Sort(words)
	return append(seedTexts(t), strings.Join(words, " "), strings.Join(words, ", "),
		"the SPOKESPERSON, tHe Mr. de la Cruz of the Council, aN hE sHe İstanbul ministers’ ﬁnal words. SAID Said sAId.")
}

// TestWordSetFastPaths checks the words found by hash in an entWordSet
// (titleOf, phraseWord, isVerb, stopword, isConnector, isFunctionWord)
// against the plain lookups they replace, on every word of wordSetTexts.
func TestWordSetFastPaths(t *testing.T) {
	for _, s := range wordSetTexts(t) {
		d := &article.Doc{Text: s}
		_, sents := entLayout(d)
		e := entFind(s, sents)
		for k, tok := range e.toks {
			w := e.word(tok)
			var buf [64]byte
			lw := string(entLower(buf[:0], w))
			gotT, gotOK := e.titleOf(tok)
			wantT, wantOK := entTitleOf(w)
			if gotT != wantT || gotOK != wantOK {
				t.Errorf("titleOf(%q) = %v, %v, want %v, %v", w, gotT, gotOK, wantT, wantOK)
			}
			cal, stop := e.stopword(tok)
			checks := []wordCheck{
				{"phraseWord", e.phraseWord(k), tok.is(entCap) || wantOK || entPhraseWord(e.lowerWord(k))},
				{"isVerb", e.isVerb(k), !tok.is(entCap) && qtSpeechVerbs[e.lowerWord(k)]},
				{"isConnector", e.isConnector(tok), entConnectors[w]},
				{"isFunctionWord", e.isFunctionWord(tok), entIsFunctionWord(w)},
				{"stopword cal", cal, entIsCalendar(lw)},
				{"stopword stop", stop, entStopwords[lw]},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s(%q) = %v, want %v", c.name, w, c.got, c.want)
				}
			}
		}
		e.release()
		e.recycle()
	}
}

// A wordCheck is one fast path's answer and the plain path's.
type wordCheck struct {
	name      string
	got, want bool
}
