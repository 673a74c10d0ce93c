package extract

import "slices"

// entTitleSet finds the titles by the fold hash of their words, which
// the tokenizer has made already; entTitleVals holds the title of each of
// its words. Looking a word up in entTitles cost lower-casing it into a
// buffer and hashing it again.
var (
	entTitleSet  entWordSet
	entTitleVals []entTitle
)

// entTitleByHash is entTitleOf of w, an ASCII word whose fold hash is h.
func entTitleByHash(w string, h uint16) (entTitle, bool) {
	if i := entTitleSet.find(w, h); i >= 0 {
		return entTitleVals[i], true
	}
	return entTitle{}, false
}

// An entWordSet is a set of lower-case ASCII words found by their fold
// hash (entFoldHash), that of any case of them: an open-addressing table
// of indexes into words, sorted so that the table is the same in every
// run.
type entWordSet struct {
	slots []entWordSlot // len is a power of two
	words []string
}

type entWordSlot struct {
	h   uint16
	idx uint16 // index into words, plus one; 0 marks a free slot
}

func newEntWordSet(words []string) entWordSet {
	words = slices.Sorted(slices.Values(words))
	n := 64
	for n < 4*len(words) {
		n *= 2
	}
	s := entWordSet{slots: make([]entWordSlot, n), words: words}
	for i, w := range words {
		h := entFoldHash(w)
		k := int(h) & (n - 1)
		for s.slots[k].idx != 0 {
			k = (k + 1) & (n - 1)
		}
		s.slots[k] = entWordSlot{h: h, idx: uint16(i + 1)}
	}
	return s
}

// find returns the index in s.words of the lower case of w, an ASCII word
// whose fold hash is h, or -1.
func (s *entWordSet) find(w string, h uint16) int {
	mask := uint16(len(s.slots) - 1)
	for k := h & mask; s.slots[k].idx != 0; k = (k + 1) & mask {
		if sl := s.slots[k]; sl.h == h {
			if i := int(sl.idx - 1); len(s.words[i]) == len(w) && qtEqualLower(w, s.words[i]) {
				return i
			}
		}
	}
	return -1
}

// entStopSet and entConnectorSet hold the words of entStopwords and
// entConnectors (see entWordSet).
var entStopSet, entConnectorSet entWordSet
