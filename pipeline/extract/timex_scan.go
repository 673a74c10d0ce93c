package extract

import (
	"maps"
	"slices"
)

// tmTok is one word or digit run of a text, with its role in time
// expressions. Offsets are bytes of the text.
type tmTok struct {
	start, end int
	val        int   // the tmWord val, or the value of a digit run
	digits     uint8 // number of digits, for digit runs, up to 255
	cls        tmClass
	weak       tmClass // the class of a lower-case "may", "march", "sat"…, kept only next to a digit
	ord        bool    // digit run with an ordinal suffix: 1st, 22nd
	upper      bool    // first letter upper-case
	alone      bool    // a month or weekday that needs a date or preposition by it ("Jan", "Sun")
	event      bool    // an event noun of tmEvents, whatever its class
	stop       bool    // the text up to the next token ends a clause (see tmStopsAt)
}

// tmScanner holds the tokens of one text; its buffer is reused.
type tmScanner struct {
	s     string
	toks  []tmTok
	found []TimeExpr // appendTimes' buffers
	in    []int
	ids   []byte // claimIDs' buffers
	idEnd []int

	settle []int // the tokens fixCues must look at, in order
}

// tmMaxWord is the longest word looked up in tmWords.
const tmMaxWord = 12

// tokenize splits s into ASCII words and digit runs. Everything else
// (punctuation, spaces, non-ASCII letters) separates tokens; an ordinal
// suffix stays with its digits and a digit run is split from letters
// that follow it ("3day"). It allocates only to grow the token buffer.
// Each word's tmKey is built as its letters are read.
func (sc *tmScanner) tokenize(s string) {
	sc.s = s
	sc.toks, sc.settle = sc.toks[:0], sc.settle[:0]
	for i := 0; i < len(s); i++ {
		switch v := tmByte[s[i]]; {
		case v == 0:
		case v <= 26:
			j, k := i+1, uint64(v)
			for ; j < len(s); j++ {
				x := tmByte[s[j]]
				if x-1 >= 26 {
					break
				}
				k = k<<5 | uint64(x)
			}
			sc.word(i, j, k)
			i = j - 1
		case v == tmDigitByte:
			i = sc.digitRun(i) - 1
		default:
			if n := len(sc.toks); n > 0 && tmStopsAt(s, i) {
				sc.toks[n-1].stop = true
			}
		}
	}
	sc.fixCues()
}

// tmStopsAt reports whether the byte at i ends a clause: a newline, a
// semicolon, or '.', '!' or '?' before a space. tokenize marks the token
// before it, so that sentence need not look at the gaps again.
func tmStopsAt(s string, i int) bool {
	switch s[i] {
	case '\n', ';':
		return true
	case '.', '!', '?':
		return i+1 < len(s) && s[i+1] == ' '
	}
	return false
}

// tmHasAnchor reports whether s holds a digit or a month, weekday, unit,
// season or relative day name: every time expression has one, and most
// sentences have none, so they are passed over without tokenizing.
//
// It runs tmAnchorTrie over the letters of each word, one table step a
// byte, rather than finding each word's end and looking it up.
func tmHasAnchor(s string) bool {
	class, trie, final := &tmByte, &tmTrie, &tmTrieFinal // held in registers
	st := 0
	for i := 0; i < len(s); i++ {
		v := int(class[s[i]])
		if uint(v-1) < 26 {
			st = int(trie[(st+v)&(len(trie)-1)])
			continue
		}
		if final[st>>5&(len(final)-1)] || v == tmDigitByte {
			return true
		}
		st = 0
	}
	return final[st>>5&(len(final)-1)]
}

// tmTrie is a trie of the anchor words of more than one letter (those of
// the tmAnchors classes) as a state table: state n is row n of 32
// entries, one for each letter code (see tmByte), and each entry holds
// the offset of the next row, 32 times its state. State 0 is the start
// of a word and state 1 a run of letters that begins no anchor word;
// tmTrieFinal marks the states that end one. Fixed-size arrays and
// masked indexes keep each step to a load.
var (
	tmTrie = func() (t [1 << 14]uint16) {
		for v := 1; v <= 26; v++ {
			t[v], t[32+v] = 32, 32 // every word starts as no prefix
		}
		return t
	}()
	tmTrieFinal [1 << 9]bool
	tmTrieRows  = 2
)

// tmTrieAdd adds the word w, of ASCII letters, to tmTrie.
func tmTrieAdd(w string) {
	st := 0
	for i := 0; i < len(w); i++ {
		v := int(w[i] & 31)
		if tmTrie[st+v] == 32 { // a new prefix
			if tmTrieRows == len(tmTrieFinal) {
				panic("extract: too many time anchor words")
			}
			row := 32 * tmTrieRows
			for v := 1; v <= 26; v++ {
				tmTrie[row+v] = 32
			}
			tmTrie[st+v] = uint16(row)
			tmTrieRows++
		}
		st = int(tmTrie[st+v])
	}
	tmTrieFinal[st>>5] = true
}

// tmByte classes the bytes of a text for the scanners, so that each byte
// costs one table load: an ASCII letter has its five-bit code (1 to 26,
// as in tmKey), a digit tmDigitByte, a byte that may end a clause
// tmStopByte (see tmStopsAt), and anything else 0.
var tmByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case tmIsLetter(byte(c)):
			t[c] = uint8(c & 31)
		case c >= '0' && c <= '9':
			t[c] = tmDigitByte
		case c == '\n' || c == ';' || c == '.' || c == '!' || c == '?':
			t[c] = tmStopByte
		}
	}
	return t
}()

const (
	tmDigitByte = 32
	tmStopByte  = 64
)

// tmAnchors marks the classes of which every time expression has one,
// with an entry for every byte as tmStarts.
var tmAnchors = [256]bool{tmNum: false, tmMonth: true, tmWeekday: true, tmRelDay: true, tmUnit: true, tmSeason: true, tmOld: false}

func tmIsLetter(c byte) bool { return (c|0x20)-'a' < 26 }

func (sc *tmScanner) digitRun(i int) int {
	s := sc.s
	j, v := i, 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		if j-i < 9 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	t := tmTok{start: i, end: j, cls: tmNum, val: v, digits: uint8(min(j-i, 255))}
	if j+2 <= len(s) && (j+2 == len(s) || !tmIsLetter(s[j+2])) && tmIsOrdSuffix(s[j:j+2]) {
		t.end, t.ord = j+2, true
		j += 2
	}
	sc.toks = append(sc.toks, t)
	return j
}

func tmIsOrdSuffix(x string) bool {
	a, b := x[0]|0x20, x[1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// word appends the token of the letters s[i:j], whose tmKey is k.
func (sc *tmScanner) word(i, j int, k uint64) {
	c, n := sc.s[i], j-i
	t := tmTok{start: i, end: j, upper: c&0x20 == 0}
	if n > tmMaxWord {
		sc.toks = append(sc.toks, t)
		return
	}
	if tmLengths[c&31]>>(n&15)&1 != 0 {
		if w, ok := tmFind(k); ok {
			t.event = w.event
			t.cls, t.val, t.alone = w.cls, int(w.val), w.weak
			if w.needsCap && !t.upper {
				t.cls, t.weak = tmOther, w.cls
			}
		}
	}
	if t.cls == tmOther && t.weak == 0 && n >= 5 && !t.upper && sc.s[j-2]|0x20 == 'e' && sc.s[j-1]|0x20 == 'd' {
		t.cls = tmPast // a regular past tense or participle
	}
	if t.weak != 0 || t.alone || t.cls == tmPast || t.cls == tmFuture {
		sc.settle = append(sc.settle, len(sc.toks))
	}
	sc.toks = append(sc.toks, t)
}

// tmKey packs a word of at most tmMaxWord ASCII letters into an
// integer, five bits a letter with case folded away. Every letter is 1
// to 26, so no two words share a key and no word has key 0. The scanners
// build it as they read the letters, so a word is looked up without
// being lower-cased or hashed again.
func tmKey(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k = k<<5 | uint64(w[i]&31)
	}
	return k
}

// tmKeys and tmVals are an open-addressing table of the words of tmWords
// and tmEvents by tmKey: at under a third full, a word not in it mostly
// lands on an empty slot at the first probe.
var (
	tmKeys [1 << tmSlotBits]uint64
	tmVals [1 << tmSlotBits]tmWord
)

const tmSlotBits = 10

func tmSlot(k uint64) int { return int(k * 0x9E3779B97F4A7C15 >> (64 - tmSlotBits)) }

// tmFind returns the entry of the word with key k.
func tmFind(k uint64) (tmWord, bool) {
	for h := tmSlot(k); ; h = (h + 1) & (len(tmKeys) - 1) {
		switch tmKeys[h] {
		case k:
			return tmVals[h], true
		case 0:
			return tmWord{}, false
		}
	}
}

// tmLengths has bit n of entry c set when some word in tmKeys starts
// with the letter c (mod 32) and has n letters: a first, cheaper test.
var tmLengths [32]uint16

func tmAllLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !tmIsLetter(w[i]) {
			return false
		}
	}
	return true
}

// tmBuildTable fills tmKeys from tmWords and tmEvents, in a fixed order,
// and the anchor words into entTimeBloom.
func tmBuildTable() {
	for _, w := range slices.Sorted(maps.Keys(tmWords)) {
		tmPut(w, tmWords[w])
		if len(w) > 1 && tmAnchors[tmWords[w].cls] {
			tmTrieAdd(w)
			entTimeBloom.add(entFoldHash(w))
		}
	}
	for _, w := range slices.Sorted(maps.Keys(tmEvents)) {
		if len(w) <= tmMaxWord && tmAllLetters(w) { // tokens longer or not all letters are never looked up
			e, _ := tmFind(tmKey(w))
			e.event = true
			tmPut(w, e)
		}
	}
}

// tmPut sets the entry of w.
func tmPut(w string, e tmWord) {
	k := tmKey(w)
	h := tmSlot(k)
	for tmKeys[h] != 0 && tmKeys[h] != k {
		h = (h + 1) & (len(tmKeys) - 1)
	}
	tmKeys[h], tmVals[h] = k, e
	tmLengths[w[0]&31] |= 1 << len(w)
}

// fixCues settles words whose role depends on their neighbours: "set
// to", "going to" and "ahead of" look forward; "won't" is future, not
// "won"; a participle after "be" ("will be held") is not a past tense.
// It visits only the words word listed in sc.settle, in order: the
// others have no weak class, need no date and are no tense cue, and
// settling a word never makes another one of these.
func (sc *tmScanner) fixCues() {
	for _, i := range sc.settle {
		t := &sc.toks[i]
		if t.weak != 0 && (sc.tok(i-1).digits > 0 && sc.near(i-1) || sc.tok(i+1).digits > 0 && sc.near(i) ||
			sc.is(i-1, "of") && sc.tok(i-2).digits > 0 || t.weak == tmWeekday && sc.is(i-1, "on")) {
			t.cls = t.weak // "4th of march", "may 5"
		}
		if t.alone && t.cls == tmWeekday && !sc.datedWeekday(i) {
			t.cls = tmOther
		}
		if t.cls != tmFuture && t.cls != tmPast {
			continue
		}
		if t.cls == tmPast && sc.is(i-1, "be") {
			t.cls = tmOther
			continue
		}
		w := sc.text(i)
		next := ""
		if i+1 < len(sc.toks) {
			next = sc.text(i + 1)
		}
		switch {
		case tmEqualFold(w, "won") && next == "t":
			t.cls = tmFuture
		case tmEqualFold(w, "set") || tmEqualFold(w, "going"):
			if next != "to" && next != "for" {
				t.cls = tmOther
			}
		case tmEqualFold(w, "ahead") && next != "of":
			t.cls = tmOther
		}
	}
}

// datedWeekday reports whether the weekday abbreviation at i is used as
// one: after "on", "this", "next" or "last", or before a date or a
// period ("Tue., Feb. 1", "Sat 5").
func (sc *tmScanner) datedWeekday(i int) bool {
	switch {
	case sc.is(i-1, "on"), sc.cls(i-1) == tmDir:
		return true
	case i+1 < len(sc.toks) && (sc.toks[i+1].digits > 0 || sc.toks[i+1].cls == tmMonth):
		return true
	}
	g := sc.gap(i)
	return len(g) > 0 && g[0] == '.'
}

func (sc *tmScanner) text(i int) string { return sc.s[sc.toks[i].start:sc.toks[i].end] }

// is reports whether token i is the lower-case word w, ignoring case.
func (sc *tmScanner) is(i int, w string) bool {
	return i >= 0 && i < len(sc.toks) && tmEqualFold(sc.text(i), w)
}

func tmEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}

// cls returns the class of token i, or tmOther past either end.
func (sc *tmScanner) cls(i int) tmClass {
	if i < 0 || i >= len(sc.toks) {
		return tmOther
	}
	return sc.toks[i].cls
}

// gap returns the text between tokens i and i+1.
func (sc *tmScanner) gap(i int) string {
	if i < 0 || i+1 >= len(sc.toks) {
		return "\x00"
	}
	return sc.s[sc.toks[i].end:sc.toks[i+1].start]
}

// near reports whether tokens i and i+1 are separated only by spaces, a
// comma or a hyphen, so that they can belong to one expression.
func (sc *tmScanner) near(i int) bool {
	g := sc.gap(i)
	if len(g) > 3 {
		return false
	}
	for k := 0; k < len(g); k++ {
		if c := g[k]; c != ' ' && c != ',' && c != '-' {
			return false
		}
	}
	return true
}

// spaced reports whether tokens i and i+1 are separated by spaces only.
func (sc *tmScanner) spaced(i int) bool {
	g := sc.gap(i)
	if g == "" || len(g) > 3 {
		return false
	}
	for k := 0; k < len(g); k++ {
		if g[k] != ' ' {
			return false
		}
	}
	return true
}
