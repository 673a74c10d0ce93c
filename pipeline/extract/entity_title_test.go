package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// TestTitleAndPhraseFastPaths checks titleOf, which finds ASCII words by
// their hash, against entTitleOf, and phraseWord against what it
// replaces, on every word of the seeds, of the title words in three
// cases, and of texts with capitals and letters past ASCII.
func TestTitleAndPhraseFastPaths(t *testing.T) {
	var titles []string
	for w := range entTitles {
		titles = append(titles, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	slices.Sort(titles)
	texts := append(seedTexts(t), strings.Join(titles, " "),
		"the SPOKESPERSON, tHe Mr. de la Cruz of the Council, aN hE sHe İstanbul ministers’ ﬁnal words.")
	for _, s := range texts {
		d := &article.Doc{Text: s}
		_, sents := entLayout(d)
		e := entFind(s, sents)
		for k, tok := range e.toks {
			w := e.word(tok)
			gotT, gotOK := e.titleOf(tok)
			wantT, wantOK := entTitleOf(w)
			if gotT != wantT || gotOK != wantOK {
				t.Errorf("titleOf(%q) = %v, %v, want %v, %v", w, gotT, gotOK, wantT, wantOK)
			}
			want := tok.is(entCap) || wantOK || entPhraseWord(e.lowerWord(k))
			if got := e.phraseWord(k); got != want {
				t.Errorf("phraseWord(%q) = %v, want %v", w, got, want)
			}
		}
		e.release()
		e.recycle()
	}
}
