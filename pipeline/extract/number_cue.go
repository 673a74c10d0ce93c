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
// byte or a word at a time; where it stops at a word and numLitAt reads
// nothing from it, it goes on from the word's end as the walk would. A
// sentence in which it would not stop, or only so, is walked from its
// start to its end, so numScanCued, when numScan's loop reaches the start
// of such a sentence, may go on from its end instead.

// numCueAny holds the fold hashes (entFoldHash) of numStartWords: a word
// of ASCII letters whose hash it lacks starts no numeral (see
// numPlainCue). numCueWeak holds those of the numWeakWords, and
// numCueAfterWeak those of every word numWordStart may read on to after
// one: numStartWords and the fraction words.
var numCueAny, numCueWeak, numCueAfterWeak = func() (all, weak, after entSmallBloom) {
	for _, w := range numStartWords() {
		all.add(entFoldHash(w))
		after.add(entFoldHash(w))
	}
	for _, w := range numWeakWords {
		weak.add(entFoldHash(w))
	}
	for w := range numDenominators {
		after.add(entFoldHash(w))
	}
	return all, weak, after
}()

// numWeakWords start a numeral only when a number word or a fraction word
// follows ("a hundred", "a third", "several thousand"; see numWordStart):
// before any other word numLitAt finds nothing there and goes on from the
// word's end, just as the walk does.
var numWeakWords = [...]string{"a", "an", "several", "few", "couple"}

func numIsWeakWord(w string) bool {
	switch len(w) {
	case 1:
		return w[0]|0x20 == 'a'
	case 2:
		return w[0]|0x20 == 'a' && w[1]|0x20 == 'n'
	}
	for _, x := range numWeakWords {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// numCues returns cues with one entry per sentence of sents: false when
// numScan's loop, from the start of sentence k, would surely walk to its
// end (see the top of this file). toks are the words of text in sents, as entTokenize
// cuts them: they hold every ASCII letter and digit of a sentence but a
// possessive "s", so a sentence is its words and the gaps between them.
// A gap of spaces only (a word without entBrk, after one without entPoss)
// needs no look; a word of ASCII letters is judged by its hash
// (numPlainCue); anything else, rare, is walked as numScan would walk it.
func numCues(text string, toks []entTok, sents []article.Span, cues []bool) []bool {
	cues = append(cues[:0], make([]bool, len(sents))...)
	k := 0
	for ti := 0; ti < len(toks); {
		for ; k < int(toks[ti].sent); k++ { // sentences without a word
			cues[k] = numStopsIn(text, sents[k].Start, sents[k].End)
		}
		first := ti
		for ; ti < len(toks) && int(toks[ti].sent) == k; ti++ {
			t := &toks[ti]
			if t.flags&(entBrk|entPlain) == entPlain && !numCueAny.has(t.h) {
				continue // spaces and a word that starts no numeral: most words
			}
			if numTokCue(text, toks, first, ti, sents[k]) {
				cues[k] = true
				for ti++; ti < len(toks) && int(toks[ti].sent) == k; ti++ {
				}
				break
			}
		}
		if !cues[k] {
			cues[k] = numGapStops(text, toks[ti-1].end, sents[k].End)
		}
		k++
	}
	for ; k < len(sents); k++ {
		cues[k] = numStopsIn(text, sents[k].Start, sents[k].End)
	}
	return cues
}

// numTokCue reports whether numScan's loop may stop at toks[ti] of
// sentence sp, whose first word is toks[first], or in the gap before it:
// a gap after punctuation (entBrk) is walked, a word with other than
// ASCII letters is walked with the possessive after it, a word of ASCII
// letters is judged by numPlainCue.
func numTokCue(text string, toks []entTok, first, ti int, sp article.Span) bool {
	t := &toks[ti]
	if t.flags&entBrk != 0 {
		prev := sp.Start
		if ti > first {
			prev = toks[ti-1].end
		}
		if !numGapPlain(text, prev, t.start) && numGapStops(text, prev, t.start) {
			return true
		}
	}
	switch {
	case t.flags&entPlain == 0:
		if numStopsIn(text, t.start, t.end) {
			return true
		}
		if t.flags&entPoss == 0 {
			return false
		}
		next := sp.End // the possessive: the gap of the next word, without entBrk, leaves it out
		if ti+1 < len(toks) && toks[ti+1].sent == t.sent {
			next = toks[ti+1].start
		}
		return numGapStops(text, t.end, next)
	case numCueAny.has(t.h):
		return numPlainCue(text, toks, ti)
	}
	return false
}

// numGapPlain reports whether text[i:end] holds only the bytes that
// numScan's loop passes over one by one (numGapByte), as most gaps
// between words with punctuation do (", ").
func numGapPlain(text string, i, end int) bool {
	for ; i < end; i++ {
		if !numGapByte[text[i]] {
			return false
		}
	}
	return true
}

// numGapByte marks the ASCII bytes that start no numeral and join no word
// (a colon may, see numGapStops).
var numGapByte = func() (t [256]bool) {
	for c := range 128 {
		t[c] = !numStartByte[c] && !numIsASCIILetter(byte(c)) && c != ':'
	}
	return t
}()

// numGapStops is numStopsIn of the gap from i, where a word ended, to
// end, where the next word starts or the sentence ends: a colon after the
// word counts too, as numMayStartWord looks at it ("http://"); a word
// followed by a space, as entBrk tells of most, needs none of this.
func numGapStops(text string, i, end int) bool {
	if i < len(text) && text[i] == ':' && i > 0 && numIsASCIILetter(text[i-1]) {
		return true
	}
	return numStopsIn(text, i, end)
}

// numPlainCue reports whether numScan's loop, walking up to toks[ti], a
// word of ASCII letters only in numCueAny, may find a numeral there or go
// on from elsewhere than the word's end. Where the loop stops at a word
// and numLitAt reads nothing from it, the loop goes on from the word's
// end, as the walk does: so a word of nine letters, which numMayStartWord
// lets through by a filter, counts only when it is a number word, and a
// weak word only when numWordStart would read on past it.
func numPlainCue(text string, toks []entTok, ti int) bool {
	i, j := toks[ti].start, toks[ti].end
	if j-i > 9 || j < len(text) && text[j] >= 0x80 {
		return false // numScan passes over a word going on past ASCII
	}
	if j-i <= 2 && numCueWeak.has(toks[ti].h) && numIsWeakWord(text[i:j]) {
		return numWeakCue(text, toks, ti) // "a", "an": the most common by far, spared the look-ups
	}
	var key uint64
	if j-i <= 8 {
		key = numPack(text[i:j])
	}
	if !numMayStartWord(text, i, j, key) {
		return false
	}
	if !numCueWeak.has(toks[ti].h) || !numIsWeakWord(text[i:j]) {
		return true
	}
	return numWeakCue(text, toks, ti)
}

// numWeakCue is numPlainCue of toks[ti], a weak word: whether
// numWordStart would read on to the word after it.
func numWeakCue(text string, toks []entTok, ti int) bool {
	j := toks[ti].end
	if ti+1 < len(toks) {
		// numNext, as numWordStart reads on, finds the next word when only
		// spaces come before it, as most often.
		u := toks[ti+1]
		if u.sent == toks[ti].sent && u.flags&(entBrk|entPlain) == entPlain && toks[ti].flags&entPoss == 0 && !numCueAfterWeak.has(u.h) {
			return false
		}
	}
	return numWeakReadsOn(text, j)
}

// numWeakReadsOn reports whether numWordStart reads on from a weak word
// that ends at j ("a hundred", "a third"): when it does not, numLitAt
// reads nothing there and numScan's loop goes on from j, unless a web
// address starts there (a colon at j).
func numWeakReadsOn(text string, j int) bool {
	n := numNext(text, j)
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
