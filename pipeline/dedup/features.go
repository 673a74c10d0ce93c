package dedup

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// features is what story grouping and copy detection need of one Doc; the
// tokens themselves are dropped, so that a large run keeps only this.
type features struct {
	sig      signature
	terms    []uint64 // key terms (names, numbers), sorted, unique
	tf       []uint16 // times each term occurs
	textHash uint64   // hash of the word sequence: equal for identical texts
	words    int
}

// scratch is per-worker memory reused from one Doc to the next.
type scratch struct {
	toks   []token
	hashes []uint64
	names  []uint64
	signer *signer
}

func (o *Options) newScratch() *scratch {
	return &scratch{signer: newSigner(o.hashes(), o.shingleWords())}
}

// featuresOf computes the features of d.
func featuresOf(d *article.Doc, sc *scratch) features {
	sc.toks = tokenize(sc.toks[:0], d.Text)
	sc.hashes = sc.hashes[:0]
	h := uint64(fnvOffset)
	for _, t := range sc.toks {
		sc.hashes = append(sc.hashes, t.hash)
		h = mix64(h ^ t.hash)
	}
	f := features{textHash: h, words: len(sc.toks)}
	f.sig = sc.signer.sign(nil, sc.hashes)
	sc.names = keyNames(sc.names[:0], d.Text, sc.toks)
	f.terms, f.tf = countTerms(sc.names)
	return f
}

// keyTerms returns the words of text that name this event rather than
// events in general: capitalized words that are not at the start of a
// sentence (a name there is kept when it recurs elsewhere) and not in
// capitalized.txt or stopwords.txt, and numbers of two or more digits
// that are not years. Names and figures are what keep two earthquakes
// or two trials apart when their vocabulary is the same.
func keyTerms(text string, toks []token) ([]uint64, []uint16) {
	return countTerms(keyNames(nil, text, toks))
}

// keyNames appends the hashes of the key terms of text to names, in text
// order, with repeats.
func keyNames(names []uint64, text string, toks []token) []uint64 {
	for _, t := range toks {
		switch {
		case t.flags&tokDigit != 0:
			if isKeyNumber(text[t.start:t.end]) {
				names = append(names, t.hash)
			}
		case t.flags&tokCapital != 0 && !capitalized.has(t.hash) && !stopwords.has(t.hash):
			if !isSentenceStart(text, int(t.start)) {
				names = append(names, t.hash)
			}
		}
	}
	return names
}

// countTerms sorts names and returns each once, with its count; it
// allocates the two exactly, as features keep them for the whole run.
func countTerms(names []uint64) ([]uint64, []uint16) {
	if len(names) == 0 {
		return nil, nil
	}
	slices.Sort(names)
	n := 1
	for i := 1; i < len(names); i++ {
		if names[i] != names[i-1] {
			n++
		}
	}
	terms, tf := make([]uint64, 0, n), make([]uint16, 0, n)
	for i, h := range names {
		if i > 0 && h == names[i-1] {
			tf[len(tf)-1] = min(tf[len(tf)-1]+1, 1<<15)
			continue
		}
		terms, tf = append(terms, h), append(tf, 1)
	}
	return terms, tf
}

// isKeyNumber reports whether a number token is specific enough to tell
// events apart: two or more digits, and not a year from 1800 to 2199,
// which every article of a season shares.
func isKeyNumber(s string) bool {
	if len(s) < 2 {
		return false
	}
	if len(s) == 4 && (s[:2] == "18" || s[:2] == "19" || s[:2] == "20" || s[:2] == "21") {
		return false
	}
	return true
}

// isSentenceStart reports whether the word at text[i] begins a sentence,
// a paragraph or a quotation, where capitals say nothing about names.
func isSentenceStart(text string, i int) bool {
	for i > 0 {
		c := text[i-1]
		switch {
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '[':
			i--
		case c >= 0x80:
			j := i - 1
			for j > 0 && text[j]&0xC0 == 0x80 {
				j--
			}
			if r := text[j:i]; r != "“" && r != "‘" && r != "—" && r != "–" {
				return false
			}
			i = j
		default:
			return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';'
		}
	}
	return true
}
