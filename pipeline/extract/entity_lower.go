package extract

import (
	"hash/maphash"
	"strings"
	"sync"
)

// usedLower reports whether the text also writes word t in lower case,
// so that a capitalized word also used in lower case ("Fortunately" and
// "fortunately") is known not to be a name: whether the lower case of t
// occurs with no letter byte (entIsLetterByte) on either side.
//
// Few words get past the hash filter lowSeen (markToks) (a dozen of a long
// article), so the text is searched for each of them rather than indexed
// ahead: indexing every run of letters cost more than the rest of the
// entity finder. Searches are bounded (entLowerBudget): a text that asks
// for more is indexed once (see entLowerMemo.find).
func (e *entDoc) usedLower(t entTok) bool {
	if !e.lowSeen.has(t.h) {
		return false
	}
	w := e.word(t)
	if used, ok := e.lower.used[w]; ok {
		return used
	}
	var buf [32]byte
	used := e.lowerToken(t) || e.lower.find(e.text, string(entLower(buf[:0], w)))
	if e.lower.used == nil {
		e.lower.used = make(map[string]bool)
	}
	e.lower.used[w] = used // w is part of the text, so the key costs nothing
	return used
}

// entLowBuckets is the number of buckets of hashes of entLowToks.
const entLowBuckets = 2048

// An entLowToks holds, for each bucket of word hashes (the low bits), the
// index of the last token without a capital whose hash falls in it, as
// markToks saw the tokens; the upper half takes the capitalized words, so
// that markToks needs no branch. Entries left from another Doc are never
// trusted: lowerToken checks the token it names.
type entLowToks [2 * entLowBuckets]int32

// lowerToken reports whether the token lowTok holds for the hash of t is
// the ASCII word t in lower case, with no letter byte on either side: then
// usedLower of t holds without a search of the text. Most capitalized
// words that pass lowSeen are such words ("The" and "the"), and the last
// word without a capital of their bucket is often theirs; false says
// nothing.
func (e *entDoc) lowerToken(t entTok) bool {
	k := int(e.lowTok[t.h&(entLowBuckets-1)])
	if t.is(entWide) || k >= len(e.toks) {
		return false
	}
	u, w, text := e.toks[k], e.word(t), e.text
	if u.h != t.h || u.is(entCap) || u.end-u.start != len(w) || !qtEqualLower(w, text[u.start:u.end]) {
		return false
	}
	return (u.start == 0 || !entIsLetterByte(text[u.start-1])) && (u.end == len(text) || !entIsLetterByte(text[u.end]))
}

// An entLowerMemo is what usedLower found of one text.
type entLowerMemo struct {
	used     map[string]bool // usedLower of the words asked, as written
	searched int             // bytes searched (find)
	runs     *entRunSet      // runs of letters without capitals, once searched enough
}

// entLowerBudget is how many bytes of a text of n bytes usedLower may
// search before it indexes the text: a few passes over it, and more for
// a short one, which costs little to search and much to index.
func entLowerBudget(n int) int { return 4*n + 1<<16 }

// find reports whether text holds lw, a word in lower case, with
// no letter byte on either side. A word of letters only does so exactly
// when it is one of the text's runs of letters, which runs holds once
// the text is indexed; another word ("u.s.", "covid-19") is searched for,
// unless one of its runs of letters is not in the text.
func (m *entLowerMemo) find(text, lw string) bool {
	if m.runs == nil && m.searched > entLowerBudget(len(text)) {
		m.runs = entIndexLower(text)
	}
	if m.runs != nil {
		if entAllLetters(lw) {
			return m.runs.has(lw)
		}
		if !m.runs.hasRunsOf(lw) {
			return false
		}
	}
	m.searched += len(text)
	return entSearchLower(text, lw)
}

// entSearchLower reports whether text holds lw with no letter byte on
// either side.
func entSearchLower(text, lw string) bool {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], lw)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(lw)
		if (i == 0 || !entIsLetterByte(text[i-1])) && (j == len(text) || !entIsLetterByte(text[j])) {
			return true
		}
		from = i + 1
	}
	return false
}

// entLetterClass sorts the bytes for entIndexLower: 0 for those that are
// not letters (entIsLetterByte), entClassLetter for letters, and
// entClassLetter|entClassCap for ASCII capitals.
var entLetterClass = func() (t [256]uint8) {
	for c := range t {
		if entIsLetterByte(byte(c)) {
			t[c] = entClassLetter
		}
		if 'A' <= c && c <= 'Z' {
			t[c] |= entClassCap
		}
	}
	return t
}()

const (
	entClassLetter = 1 << iota
	entClassCap
)

// entIndexLower returns the set of the runs of letters of text that have
// no ASCII capital.
func entIndexLower(text string) *entRunSet {
	s := entRunSets.Get().(*entRunSet)
	s.text = text
	s.reserve(len(text) / 64)
	for i := 0; i < len(text); {
		if entLetterClass[text[i]] == 0 {
			i++
			continue
		}
		j, class := i, uint8(0)
		for ; j < len(text) && entLetterClass[text[j]] != 0; j++ {
			class |= entLetterClass[text[j]]
		}
		if class&entClassCap == 0 {
			s.add(i, j)
		}
		i = j
	}
	return s
}

// An entRunSet is a set of substrings of one text, kept as offsets in an
// open-addressing table: a map[string]struct{} spent more time hashing
// and growing.
type entRunSet struct {
	text  string
	slots []entRunSlot // len is a power of two; end == 0 marks a free slot
	n     int
}

type entRunSlot struct {
	h          uint32
	start, end int
}

var (
	entRunSeed = maphash.MakeSeed() // the set never reaches output, so its order may vary
	entRunSets = sync.Pool{New: func() any { return new(entRunSet) }}
)

// reserve empties s with room for about n substrings.
func (s *entRunSet) reserve(n int) {
	s.n = 0
	want := 64
	for want < 2*n && want < 1<<15 {
		want *= 2
	}
	if len(s.slots) < want || len(s.slots) > 8*want {
		s.slots = make([]entRunSlot, want)
	} else {
		clear(s.slots)
	}
}

// entPutRunSet gives the table of s, if any, back for another Doc.
func entPutRunSet(s *entRunSet) {
	if s != nil {
		s.text = ""
		entRunSets.Put(s)
	}
}

// add puts text[start:end] in the set; end must be above 0.
func (s *entRunSet) add(start, end int) {
	w := s.text[start:end]
	h := uint32(maphash.String(entRunSeed, w))
	mask := len(s.slots) - 1
	for k := int(h) & mask; ; k = (k + 1) & mask {
		sl := &s.slots[k]
		if sl.end == 0 {
			*sl = entRunSlot{h: h, start: start, end: end}
			s.n++
			if s.n*2 > len(s.slots) {
				s.grow()
			}
			return
		}
		if sl.h == h && s.text[sl.start:sl.end] == w {
			return
		}
	}
}

func (s *entRunSet) has(w string) bool {
	h := uint32(maphash.String(entRunSeed, w))
	mask := len(s.slots) - 1
	for k := int(h) & mask; ; k = (k + 1) & mask {
		sl := &s.slots[k]
		if sl.end == 0 {
			return false
		}
		if sl.h == h && s.text[sl.start:sl.end] == w {
			return true
		}
	}
}

// hasRunsOf reports whether each run of letters of w is in s: if not, w
// does not occur in the text with no letter byte on either side.
func (s *entRunSet) hasRunsOf(w string) bool {
	for i := 0; i < len(w); {
		if !entIsLetterByte(w[i]) {
			i++
			continue
		}
		j := i
		for j < len(w) && entIsLetterByte(w[j]) {
			j++
		}
		if !s.has(w[i:j]) {
			return false
		}
		i = j
	}
	return true
}

// grow doubles the table.
func (s *entRunSet) grow() {
	old := s.slots
	s.slots = make([]entRunSlot, 2*len(old))
	mask := len(s.slots) - 1
	for _, sl := range old {
		if sl.end == 0 {
			continue
		}
		k := int(sl.h) & mask
		for s.slots[k].end != 0 {
			k = (k + 1) & mask
		}
		s.slots[k] = sl
	}
}
