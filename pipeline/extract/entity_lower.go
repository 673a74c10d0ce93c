package extract

import (
	"hash/maphash"
	"strings"
	"sync"
)

// markLower records the hashes of the words the text uses in lower case,
// so that a capitalized word also used in lower case ("Fortunately" and
// "fortunately") is known not to be a name, and the runs of letters of the
// whole text that usedLower may be asked about. See usedLower.
//
// Only the words usedLower can be asked about are marked: the words of
// name-like runs (see runEnd), but not the first word of a sentence or
// quotation that trimRun drops without asking ("The", "He"), nor a
// connector that is not between a name-like word and a capitalized one
// ("of the war"), as most are.
func (e *entDoc) markLower() {
	text := e.text
	e.lowWords = entGetRunSet(text)
	asked := &e.lowWords.asked
	marked := 0
	for k, t := range e.toks {
		var ask bool
		if t.is(entCap) {
			ask = !t.is(entFirst) || !e.droppedFirst(t)
		} else {
			e.lowWords.seen.add(t.h)
			ask = entTitleBloom.has(t.h) || entConnectorBloom.has(t.h) && e.mayJoin(k)
		}
		switch {
		case !ask:
		case t.is(entPlain):
			asked.add(entRunKeyFold(e.word(t))) // the word is its one run of letters
			marked++
		default:
			entMarkRuns(asked, e.word(t))
			marked++
		}
	}
	e.lowWords.reserve(marked)
	for i := 0; i < len(text); {
		if entLetterClass[text[i]] == 0 {
			i++
			continue
		}
		j, class := i, uint8(0)
		for ; j < len(text) && entLetterClass[text[j]] != 0; j++ {
			class |= entLetterClass[text[j]]
		}
		if class&entClassCap == 0 && asked.has(entRunKey(text[i:j])) {
			e.lowWords.add(i, j)
		}
		i = j
	}
}

// mayJoin reports whether connector k stands where runEnd may join it.
func (e *entDoc) mayJoin(k int) bool {
	return (e.nameLike(k-1) || e.nameLike(k-2)) && (e.capAt(k+1) || e.capAt(k+2))
}

// droppedFirst reports whether trimRun drops the capitalized first word t
// before it asks usedLower: a function word, weekday or month.
func (e *entDoc) droppedFirst(t entTok) bool {
	if !t.is(entWide) && !entStopBloom.has(t.h) {
		return false
	}
	var buf [32]byte
	lw := string(entLower(buf[:0], e.word(t)))
	return entIsCalendar(lw) || entStopwords[lw]
}

// nameLike reports whether word k may be joinable (see joinable).
func (e *entDoc) nameLike(k int) bool {
	return k >= 0 && k < len(e.toks) && (e.toks[k].is(entCap) || entTitleBloom.has(e.toks[k].h))
}

func (e *entDoc) capAt(k int) bool { return k < len(e.toks) && e.toks[k].is(entCap) }

// entLetterClass sorts the bytes for markLower: 0 for those that are not
// letters (entIsLetterByte), entClassLetter for letters, and
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

// entRunKey hashes a run of letters on its length and three of its bytes:
// cheaper than entFoldHash over every run of the text, and as good a
// filter for the few words marked.
func entRunKey[S string | []byte](w S) uint16 {
	n := len(w)
	return uint16(n*4513 + int(w[0])*677 + int(w[n/2])*29 + int(w[n-1]))
}

// entRunKeyFold is entRunKey of the lower case of w, a word of ASCII
// letters.
func entRunKeyFold(w string) uint16 {
	n := len(w)
	return uint16(n*4513 + int(w[0]|0x20)*677 + int(w[n/2]|0x20)*29 + int(w[n-1]|0x20))
}

// entMarkRuns adds to asked the keys of the runs of letters of w in lower
// case. Only words of a name-like run (capitalized words, titles and
// connectors; see runEnd) are asked about in usedLower, so the runs of
// the text with other keys need not be kept.
func entMarkRuns(asked *entSmallBloom, w string) {
	var buf [32]byte
	lw := entLower(buf[:0], w)
	for i := 0; i < len(lw); {
		if entLetterClass[lw[i]] == 0 {
			i++
			continue
		}
		j := i
		for j < len(lw) && entLetterClass[lw[j]] != 0 {
			j++
		}
		asked.add(entRunKey(lw[i:j]))
		i = j
	}
}

// usedLower reports whether the text uses lw, a lower-case word with hash
// h, in lower case: whether lw occurs with no letter byte (entIsLetterByte)
// on either side. A word of letters only does so exactly when it is one
// of the text's runs of letters; a word with inner digits, hyphens,
// apostrophes or dots ("u.s.", "covid-19") is searched for, once per doc.
// lw must be the lower case of a word markLower marked (entMarkRuns).
func (e *entDoc) usedLower(lw string, h uint16) bool {
	if !e.lowWords.seen.has(h) {
		return false
	}
	if lw != "" && entAllLetters(lw) {
		return e.lowWords.has(lw)
	}
	used, ok := e.lowMulti[lw]
	if !ok {
		used = e.searchLower(lw)
		if e.lowMulti == nil {
			e.lowMulti = make(map[string]bool)
		}
		e.lowMulti[strings.Clone(lw)] = used // lw may be the caller's buffer
	}
	return used
}

// searchLower reports whether the text holds lw with no letter byte on
// either side. Each run of letters in lw is then a whole run of letters of
// the text, so a word with a run the text lacks is not searched for.
func (e *entDoc) searchLower(lw string) bool {
	for i := 0; i < len(lw); {
		if !entIsLetterByte(lw[i]) {
			i++
			continue
		}
		j := i
		for j < len(lw) && entIsLetterByte(lw[j]) {
			j++
		}
		if !e.lowWords.has(lw[i:j]) {
			return false
		}
		i = j
	}
	for from := 0; from < len(e.text); {
		i := strings.Index(e.text[from:], lw)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(lw)
		if (i == 0 || !entIsLetterByte(e.text[i-1])) && (j == len(e.text) || !entIsLetterByte(e.text[j])) {
			return true
		}
		from = i + 1
	}
	return false
}

// An entRunSet is a set of substrings of one text, kept as offsets in an
// open-addressing table. Many runs of a Doc go in and few are looked up,
// so building must be cheap: a map[string]struct{} spent more time
// hashing and growing than the rest of the entity finder.
type entRunSet struct {
	text  string
	slots []entRunSlot // len is a power of two; end == 0 marks a free slot
	n     int
	asked entSmallBloom // entRunKey of the words that may be looked up (markLower)
	seen  entSmallBloom // entFoldHash of the words of the text in lower case (markLower)
}

type entRunSlot struct {
	h          uint32
	start, end int
}

var (
	entRunSeed = maphash.MakeSeed() // the set never reaches output, so its order may vary
	entRunSets = sync.Pool{New: func() any { return new(entRunSet) }}
)

// entGetRunSet returns a set of substrings of text, recycled from a
// released Doc; reserve empties it.
func entGetRunSet(text string) *entRunSet {
	s := entRunSets.Get().(*entRunSet)
	s.text = text
	clear(s.asked[:])
	clear(s.seen[:])
	return s
}

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

// entPutRunSet gives the table of s back for another Doc.
func entPutRunSet(s *entRunSet) {
	s.text = ""
	entRunSets.Put(s)
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
