package dedup

import (
	_ "embed"
	"strings"
)

// stopwords.txt and capitalized.txt are data, not code: users may extend
// them for their feeds.
var (
	//go:embed stopwords.txt
	stopwordsText string
	//go:embed capitalized.txt
	capitalizedText string

	stopwords   = wordSet(stopwordsText)
	capitalized = wordSet(capitalizedText)
)

// A hashSet is a set of word hashes, as an open-addressing table: a
// lookup for every token must cost a load or two, not a map access.
type hashSet struct {
	slots   []uint64 // 0 is an empty slot
	mask    uint64
	hasZero bool
}

func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.hasZero
	}
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

func (s *hashSet) add(h uint64) {
	if h == 0 {
		s.hasZero = true
		return
	}
	i := h & s.mask
	for s.slots[i] != 0 && s.slots[i] != h {
		i = (i + 1) & s.mask
	}
	s.slots[i] = h
}

// wordSet hashes the words of a word-list file as tokenize would.
func wordSet(text string) *hashSet {
	var hs []uint64
	for line := range strings.Lines(text) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, t := range tokenize(nil, line) {
			hs = append(hs, t.hash)
		}
	}
	n := 16
	for n < 4*len(hs) {
		n *= 2
	}
	set := &hashSet{slots: make([]uint64, n), mask: uint64(n - 1)}
	for _, h := range hs {
		set.add(h)
	}
	return set
}
