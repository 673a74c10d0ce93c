package extract

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// This file lets numScan pass over the sentences that cannot hold a
// numeral, which are most sentences of news, without reading them: the
// entity finder has already cut the text into words and hashed each
// (entTokenize), and those words say where numScan would stop.
//
// numScan is a loop whose state is only its offset: from one offset it
// always does the same. Between the places where it stops to read (a
// digit, a dot before a digit, a byte past ASCII other than a quotation
// mark or dash, a word numMayStartWord lets through) it only walks, a
// byte or a word at a time. A sentence in which it would not stop is
// walked from its start to its end, so numScanCued, when numScan's loop
// reaches the start of such a sentence, may go on from its end instead.

// numCueAny holds the fold hashes (entFoldHash) of numStartWords: a word
// of ASCII letters whose hash it lacks starts no numeral (see
// numPlainCue).
var numCueAny = func() (b entSmallBloom) {
	for _, w := range numStartWords() {
		b.add(entFoldHash(w))
	}
	return b
}()

// numWeakWords start a numeral only when a number word or a fraction word
// follows ("a hundred", "a third", "several thousand"; see numWordStart):
// before any other word numLitAt finds nothing there and goes on from the
// word's end, just as the walk does.
var numWeakWords = [...]string{"a", "an", "several", "few", "couple"}

func numIsWeakWord(w string) bool {
	for _, x := range numWeakWords {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// numCues returns cues with one entry per sentence of sents: false when
// numScan's loop, walking sentence k from its start, would surely not stop
// before its end. toks are the words of text in sents, as entTokenize
// cuts them: they hold every ASCII letter and digit of a sentence but a
// possessive "s", so a sentence is its words and the gaps between them.
// A word of ASCII letters is judged by its hash (numPlainCue), which
// holds as numStopsIn walks up to it; anything else, rare, is walked as
// numScan would walk it.
func numCues(text string, toks []entTok, sents []article.Span, cues []bool) []bool {
	cues = append(cues[:0], make([]bool, len(sents))...)
	k, prev := -1, 0 // the sentence of the last token, and where it ended
	for ti := range toks {
		t := &toks[ti]
		if int(t.sent) != k {
			if k >= 0 && !cues[k] {
				cues[k] = numStopsIn(text, prev, sents[k].End)
			}
			for k++; k < int(t.sent); k++ { // sentences without a word
				cues[k] = numStopsIn(text, sents[k].Start, sents[k].End)
			}
			prev = sents[k].Start
		}
		if cues[k] {
			continue
		}
		if t.start != prev+1 || text[prev] != ' ' {
			if cues[k] = numStopsIn(text, prev, t.start); cues[k] {
				continue // the gap before the word
			}
		}
		switch {
		case t.flags&entPlain == 0:
			cues[k] = numStopsIn(text, t.start, t.end)
		case numCueAny.has(t.h) || t.end < len(text) && text[t.end] == ':':
			cues[k] = numPlainCue(text, *t)
		}
		prev = t.end
	}
	if k >= 0 && !cues[k] {
		cues[k] = numStopsIn(text, prev, sents[k].End)
	}
	for k++; k < len(sents); k++ {
		cues[k] = numStopsIn(text, sents[k].Start, sents[k].End)
	}
	return cues
}

// numPlainCue reports whether numScan's loop, walking up to toks[ti], a
// word of ASCII letters only, may find a numeral there or go on from
// elsewhere than the word's end. Where the loop stops at a word and
// numLitAt reads nothing from it, the loop goes on from the word's end,
// as the walk does: so a word of nine letters, which numMayStartWord
// lets through by a filter, counts only when it is a number word, and a
// weak word only when numWordStart would read on past it.
func numPlainCue(text string, t entTok) bool {
	i, j := t.start, t.end
	switch {
	case j < len(text) && text[j] == ':':
		return true // "http://", and numMayStartWord looks further
	case j-i > 9 || !numCueAny.has(t.h):
		return false
	case j < len(text) && text[j] >= 0x80:
		return false // numScan passes over a word going on past ASCII
	}
	var key uint64
	if j-i <= 8 {
		key = numPack(text[i:j])
	}
	if !numMayStartWord(text, i, j, key) {
		return false
	}
	if !numIsWeakWord(text[i:j]) {
		return true
	}
	n := numNext(text, j) // as numWordStart reads on
	return n.k == numWord && n.e-n.s >= 2 && n.e-n.s <= 9 && (numIsStartWord(text, n) || numIsFractionWord(text, n))
}

// numStopsIn reports whether numScan's loop, walking from i, would stop
// before end: it is that loop without the reading, byte by byte.
func numStopsIn(s string, i, end int) bool {
	for i < end {
		c := s[i]
		switch {
		case numIsASCIILetter(c):
			j, key := numWordAt(s, i)
			if (j == len(s) || s[j] < 0x80) && numMayStartWord(s, i, j, key) {
				return true
			}
			i = j
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && numQuietPunct[s[i+2]&0x3F]:
			if i += 3; i > end {
				return true // a span cut inside the character: the walk goes on past its end
			}
		case c == '.' && (i+1 == len(s) || !numIsDigit(s[i+1])):
			i++
		case numStartByte[c]:
			return true
		default:
			i++
		}
	}
	return false
}

// numScanCued is numScan(s, dst) when cues are numCues of sents: it
// passes over each sentence whose cue is false when the loop reaches its
// start.
func numScanCued(s string, sents []article.Span, cues []bool, dst []numLit) []numLit {
	i := 0
	for k, sp := range sents {
		if cues[k] || sp.Start < i || sp.End < len(s) && numIsASCIILetter(s[sp.End]) {
			continue // a word going on past the end is walked further
		}
		if dst, i = numScanTo(s, i, sp.Start, dst); i == sp.Start {
			i = sp.End
		}
	}
	dst, _ = numScanTo(s, i, len(s), dst)
	return dst
}
