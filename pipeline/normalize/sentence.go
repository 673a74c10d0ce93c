package normalize

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences returns the byte ranges [start, end) of the sentences of a
// normalized text, in order. A line break always ends a sentence, so
// sentences never cross paragraphs; within a paragraph the sentences are
// separated by single spaces and together cover it, leading and trailing
// spaces excepted.
//
// A sentence ends at ".", "?", "!" or an ellipsis ("…" or "..."), together
// with any closing quotes and brackets that follow, when a space and a
// word that does not start in lower case come next. A period does not end
// a sentence after a title ("Dr."), an initial ("John F. Kennedy"), a list
// number at the start of a paragraph, or before a digit after "No." or a
// month ("Feb. 3"); after other abbreviations ("U.S.", "Inc.", "a.m.") it
// does only when the next word commonly opens a sentence ("The", "He").
// The word lists are in data/words.txt.
func Sentences(text string) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = appendSentences(out, text, start, end)
		start = end + 1
	}
	return out
}

// appendSentences appends the sentences of the paragraph text[start:end].
func appendSentences(out [][2]int, text string, start, end int) [][2]int {
	for start < end && isBlank(text[start]) {
		start++
	}
	for end > start && isBlank(text[end-1]) {
		end--
	}
	s := start
	for i := start; i < end; {
		if i = nextTermStart(text, i, end); i == end {
			break
		}
		if terminatorLen(text, i) == 0 {
			i++
			continue
		}
		k := skipClosers(text, i, end)
		if k >= end || !isBlank(text[k]) {
			i = k
			continue
		}
		next := k + 1
		for next < end && isBlank(text[next]) {
			next++
		}
		if next < end && isBreak(text, start, i, k, next) {
			out = append(out, [2]int{s, k})
			s = next
		}
		i = next
	}
	if s < end {
		out = append(out, [2]int{s, end})
	}
	return out
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\r' }

// termStart marks the bytes that may start a terminator.
var termStart = [256]bool{'.': true, '?': true, '!': true, 0xE2: true}

// nextTermStart returns the offset of the first byte of text[i:end] that
// may start a terminator, or end. It looks at eight bytes at a time.
func nextTermStart(text string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		x := load64(text[i:])
		if m := byteMask(x, '.') | byteMask(x, '?') | byteMask(x, '!') | byteMask(x, 0xE2); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < end && !termStart[text[i]] {
		i++
	}
	return i
}

// byteMask returns the high bit of each byte of x that is b, and no other
// bit.
func byteMask(x uint64, b byte) uint64 {
	const ones, lows = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	t := x ^ uint64(b)*ones
	return ^((t&lows + lows) | t | lows)
}

// terminatorLen returns the length of the sentence terminator at text[i],
// or 0.
func terminatorLen(text string, i int) int {
	switch text[i] {
	case '.', '?', '!':
		return 1
	case 0xE2:
		if strings.HasPrefix(text[i:], "…") {
			return len("…")
		}
	}
	return 0
}

// closers are the marks that may follow a terminator and still belong to
// the sentence it ends.
const closers = "”’\"')]»›"

// closerLen returns the length of the closing mark s starts with, or 0.
func closerLen(s string) int {
	switch s[0] {
	case '"', '\'', ')', ']':
		return 1
	case 0xE2, 0xC2:
		r, w := utf8.DecodeRuneInString(s)
		if strings.ContainsRune(closers, r) {
			return w
		}
	}
	return 0
}

// skipClosers returns the offset after the run of terminators and closing
// marks that starts at i.
func skipClosers(text string, i, end int) int {
	for i < end {
		if n := terminatorLen(text, i); n > 0 {
			i += n
			continue
		}
		w := closerLen(text[i:])
		if w == 0 {
			break
		}
		i += w
	}
	return i
}

// isBreak decides whether the terminator at text[i] (its run with closers
// ending at k) ends a sentence whose successor would start at next. start
// is the start of the paragraph.
func isBreak(text string, start, i, k, next int) bool {
	r, _ := utf8.DecodeRuneInString(text[next:])
	if unicode.IsLower(r) {
		return false
	}
	if text[i] != '.' || k != i+1 {
		// "?", "!", an ellipsis, "..." or a period followed by a quote.
		return true
	}
	ts := i
	for ts > start && !isBlank(text[ts-1]) {
		ts--
	}
	return breaksAfter(text[ts:i], ts == start, text[next:])
}

// breaksAfter decides whether a period after token tok ends the sentence,
// given the text that follows it. first reports whether tok opens the
// paragraph.
func breaksAfter(tok string, first bool, rest string) bool {
	tok = trimOpeners(tok)
	if tok == "" {
		return true
	}
	if first && isDigits(tok) && len(tok) <= 3 {
		return false // "1. Item"
	}
	class := lookupAbbrev(tok)
	switch {
	case class == titleAbbrev:
		return false
	case class == numericAbbrev && rest[0] >= '0' && rest[0] <= '9':
		return false
	case class != notAbbrev, isInitial(tok), isInitialism(tok):
		return opensSentence(rest)
	}
	return true
}

// trimOpeners drops opening quotes and brackets from the front of tok.
func trimOpeners(tok string) string {
	for tok != "" {
		r, w := utf8.DecodeRuneInString(tok)
		if !strings.ContainsRune("“‘«‹\"'([", r) {
			break
		}
		tok = tok[w:]
	}
	return tok
}

// lookupAbbrev returns the class of tok, compared in lower case, without
// allocating.
func lookupAbbrev(tok string) abbrevClass {
	var buf [16]byte
	if len(tok) > len(buf) {
		return notAbbrev
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(tok)])]
}

// isInitial reports whether tok is a single capital letter, as in
// "John F. Kennedy".
func isInitial(tok string) bool {
	r, w := utf8.DecodeRuneInString(tok)
	return w == len(tok) && unicode.IsUpper(r)
}

// isInitialism reports whether tok is letters in groups of one to three
// separated by periods: "U.S", "J.R.R", "Ph.D", not "example.com".
func isInitialism(tok string) bool {
	if !strings.Contains(tok, ".") {
		return false
	}
	for _, g := range strings.Split(tok, ".") {
		n := 0
		for _, r := range g {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n < 1 || n > 3 {
			return false
		}
	}
	return true
}

// opensSentence reports whether rest starts with an opening quote or with
// a word that commonly opens a sentence.
func opensSentence(rest string) bool {
	r, w := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune("“‘«\"", r) {
		return true
	}
	if r == '(' {
		rest = rest[w:]
	}
	n := 0
	for n < len(rest) && n < 16 && isASCIILetter(rest[n]) {
		n++
	}
	if n == 0 || n == 16 || n < len(rest) && isASCIILetter(rest[n]) {
		return false
	}
	var buf [16]byte
	for i := 0; i < n; i++ {
		buf[i] = rest[i] | 0x20
	}
	return starters[string(buf[:n])]
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }
