package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// entLowerTexts are texts for the usedLower tests: words in both cases,
// with inner punctuation, next to non-ASCII letters and quotation marks.
var entLowerTexts = []string{
	"Fortunately, fortunately. The U.S. said u.s. policy; Covid-19 and covid-19.",
	"Officials said. “Officials” were there. Ärzte and ärzte; Ärzteblatt.",
	"He met Ann Park. The park was closed. Park-like parks: PARK.",
	"Ask Bell. bell-ringers rang the bell’s bell. Bells and belling.",
	"Now now. Here’s here’s; didn't Didn't. ÉLAN élan Élan",
	"x",
}

// entUsedLowerNaive is usedLower searched byte by byte, without the hash
// filter: whether lw occurs in text with no letter byte on either side.
func entUsedLowerNaive(text, lw string) bool {
	for i := 0; i+len(lw) <= len(text); i++ {
		j := i + len(lw)
		if text[i:j] == lw && (i == 0 || !entIsLetterByte(text[i-1])) && (j == len(text) || !entIsLetterByte(text[j])) {
			return true
		}
	}
	return false
}

// checkUsedLower compares usedLower of every word of text, searched and
// indexed (entLowerMemo.find), with entUsedLowerNaive.
func checkUsedLower(t *testing.T, text string) {
	_, sents := entLayout(&article.Doc{Text: text})
	for _, indexed := range []bool{false, true} {
		e := entFind(text, sents)
		if indexed {
			clear(e.lower.used)
			e.lower.searched = entLowerBudget(len(text)) + 1
		}
		for _, tok := range e.toks {
			w := e.word(tok)
			want := e.lowSeen.has(tok.h) && entUsedLowerNaive(text, string(entLower(nil, w)))
			if got := e.usedLower(tok); got != want {
				t.Errorf("usedLower(%q) (indexed %v) = %v, want %v in %q", w, indexed, got, want, text)
			}
		}
		e.release()
		e.recycle()
	}
}

func TestUsedLower(t *testing.T) {
	for _, text := range append(entLowerTexts, seedTexts(t)...) {
		checkUsedLower(t, text)
	}
}

// TestUsedLowerSeen checks that the hash filter lets through every
// capitalized word the text also writes in lower case.
func TestUsedLowerSeen(t *testing.T) {
	for _, text := range entLowerTexts {
		_, sents := entLayout(&article.Doc{Text: text})
		e := entFind(text, sents)
		for _, tok := range e.toks {
			w := e.word(tok)
			if !tok.is(entWide) && entUsedLowerNaive(text, strings.ToLower(w)) && !e.usedLower(tok) {
				t.Errorf("usedLower(%q) = false in %q", w, text)
			}
		}
		e.release()
		e.recycle()
	}
}

func FuzzUsedLower(f *testing.F) {
	for _, s := range entLowerTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return
		}
		checkUsedLower(t, text)
	})
}
