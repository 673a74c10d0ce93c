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

// numCueStrong holds the fold hashes (entFoldHash) of the words that may
// start a numeral on their own: numStartWords but the numWeakWords.
// numCueAfterWeak holds those of every word that may go on a numeral
// after a weak word: numStartWords and the fraction words.
var numCueStrong, numCueAfterWeak = func() (strong, after entSmallBloom) {
	for _, w := range numStartWords() {
		if !numIsWeakWord(w) {
			strong.add(entFoldHash(w))
		}
		after.add(entFoldHash(w))
	}
	for w := range numDenominators {
		after.add(entFoldHash(w))
	}
	return strong, after
}()

// numCueWeak holds the fold hashes of the numWeakWords, numCueAny those
// of all numStartWords.
var numCueWeak, numCueAny = func() (weak, all entSmallBloom) {
	for _, w := range numWeakWords {
		weak.add(entFoldHash(w))
	}
	for _, w := range numStartWords() {
		all.add(entFoldHash(w))
	}
	return weak, all
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
// A word of ASCII letters after one space is judged by its hash; anything
// else, rare, is walked as numScan would walk it (numStopsIn).
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
		plain := t.flags&entPlain != 0 && t.start == prev+1 && text[prev] == ' '
		if plain && !numCueAny.has(t.h) && t.end-t.start != 9 && (t.end == len(text) || text[t.end] != ':') {
			prev = t.end // most words: numPlainCue's answer, without the call
			continue
		}
		if !plain {
			cues[k] = numStopsIn(text, prev, t.end)
		} else {
			cues[k] = numPlainCue(text, toks, ti)
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

// numPlainCue reports whether numScan's loop may stop at toks[ti], a word
// of ASCII letters only that follows one space: whether
// numMayStartWord may let it through, or it is a weak word that the next
// word of its sentence may go on.
func numPlainCue(text string, toks []entTok, ti int) bool {
	t := toks[ti]
	n := t.end - t.start
	switch {
	case t.end < len(text) && text[t.end] == ':':
		return true // "http://", and numMayStartWord looks further
	case n == 9:
		return numMayStartWord(text, t.start, t.end, 0)
	case n > 9:
		return false
	case numCueStrong.has(t.h):
		return true
	case !numCueWeak.has(t.h) || !numIsWeakWord(text[t.start:t.end]):
		return false
	}
	if ti+1 == len(toks) {
		return true
	}
	u := toks[ti+1]
	if u.sent != t.sent || u.flags&entPlain == 0 || u.start != t.end+1 || text[t.end] != ' ' {
		return true // numNext may read past the sentence, or not this word
	}
	return numCueAfterWeak.has(u.h)
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
