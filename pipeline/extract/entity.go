package extract

import (
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// An entMention is one place a Doc names an entity.
type entMention struct {
	start, end int
	name       string // as written, possessive cut off
	kind       article.EntityKind
	key        string // canonical place or organisation; lower-case person name
	role       string // the title written before the name, or ""
	head       string // canonical title noun of role: "spokesperson"
	gender     byte   // 'm', 'f' or 0, from a title or honorific
	single     bool   // a person-like name of one word ("Lavrov")
	verb       bool   // subject or object of a speech verb ("Lavrov said")
	sent       int
}

// An entDesc is a person described but not named: "a State Department
// spokesperson". Titles in attributions ("the spokesperson said") resolve
// to the nearest one.
type entDesc struct {
	start, end int
	text       string // affiliation and title: "State Department spokesperson"
	head       string // canonical title noun: "spokesperson"
}

// entDoc is what the entity finder learns from one Doc.
type entDoc struct {
	text     string
	sents    []article.Span
	toks     []entTok
	lowSeen  *entBloom    // hashes of the words written without a capital (markToks); kept by recycle
	lowTok   *entLowToks  // a word without a capital of each hash bucket (markToks, lowerToken); kept by recycle
	lower    entLowerMemo // what usedLower found
	cands    []uint64     // bit k: token k may start a name-like run (markToks)
	mentions []entMention
	descs    []entDesc
	heads    []entHeadRef // built by byTitle once mentions are found (indexHeads)
	indexed  bool         // heads is built
	cues     []bool       // of each sentence: whether it may hold a time expression (entTimeCues)
	toksBuf  *[]entTok    // the pooled buffer toks came from (entToks)

	// keys holds the lower-case keys of the persons found, written one
	// after another and cut into one string when the Doc is done (see
	// addPerson and fillKeys): one allocation per Doc, not one per name.
	keys    []byte
	pending []entKeyRef

	surnames   []entSurnameRef // the full names by surname (fullNames)
	gendered   []entSurnameRef // the persons with a gender by surname (genderFits)
	surIndexed bool            // surnames and gendered are built
}

// An entKeyRef says where in entDoc.keys the key of mention mi lies.
type entKeyRef struct{ mi, start, end int }

// entDocs recycles what entFind learns of a Doc once its mentions are
// copied out (see recycle and extractKept): the buffers of mentions and
// descriptions and the maps.
var entDocs = sync.Pool{New: func() any { return new(entDoc) }}

// recycle gives e back for another Doc; e must no longer be used.
func (e *entDoc) recycle() {
	clear(e.mentions) // let go of the text the names point into
	clear(e.descs)
	clear(e.lower.used)
	clear(e.heads)
	clear(e.surnames)
	clear(e.gendered)
	*e = entDoc{mentions: e.mentions[:0], descs: e.descs[:0], lower: entLowerMemo{used: e.lower.used},
		heads: e.heads[:0], cues: e.cues[:0], cands: e.cands[:0], keys: e.keys[:0], pending: e.pending[:0],
		surnames: e.surnames[:0], gendered: e.gendered[:0], lowSeen: e.lowSeen, lowTok: e.lowTok}
	entDocs.Put(e)
}

var entConnectors = map[string]bool{
	"of": true, "the": true, "to": true, "for": true, "de": true, "van": true, "von": true,
	"der": true, "al": true, "bin": true, "da": true, "di": true, "du": true, "la": true, "le": true,
}

// entStopwords are capitalized only because they start a sentence.
var entStopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an in on at for but and or if when while although though
		however as after before since so yet it its this that these those there here he she they we i
		you our my his her their what who why how where not no some many all both earlier later last
		next according despite during with without from by of to also even still then thus meanwhile
		moreover speaking asked around until unlike like over under about among instead once just
		monday tuesday wednesday thursday friday saturday sunday january february march april may june
		july august september october november december`) {
		entStopwords[w] = true
		entStopBloom.add(entFoldHash(w))
	}
	entStopSet = newEntWordSet(slices.Collect(maps.Keys(entStopwords)))
	entConnectorSet = newEntWordSet(slices.Collect(maps.Keys(entConnectors)))
}

// entStopBloom holds the hashes of entStopwords, weekdays and months
// among them (see entIsCalendar).
var entStopBloom entBloom

// entFind finds the entity mentions and person descriptions of text.
func entFind(text string, sents []article.Span) *entDoc {
	e := entDocs.Get().(*entDoc)
	e.text, e.sents = text, sents
	e.toksBuf = entToks.Get().(*[]entTok)
	e.toks = entTokenize(text, sents, (*e.toksBuf)[:0])
	e.cues = entTimeCues(e.toks, len(sents), e.cues)
	e.markToks()
	for i := e.nextCand(0); i < len(e.toks); i = e.nextCand(i) {
		j := e.runEnd(i)
		if j == i {
			i++
			continue
		}
		e.parseRun(e.trimRun(i, j))
		i = j
	}
	e.fillKeys()
	e.markVerbs()
	e.appositives()
	return e
}

// addPerson appends the person m, whose key is the lower case of its
// name, written to keys until fillKeys.
func (e *entDoc) addPerson(m entMention) {
	start := len(e.keys)
	e.keys = entLowerRunes(e.keys, m.name)
	e.pending = append(e.pending, entKeyRef{mi: len(e.mentions), start: start, end: len(e.keys)})
	m.key = ""
	e.mentions = append(e.mentions, m)
}

// fillKeys gives the persons that addPerson appended their keys, cut from
// one string.
func (e *entDoc) fillKeys() {
	if len(e.pending) == 0 {
		return
	}
	keys := string(e.keys)
	for _, r := range e.pending {
		e.mentions[r.mi].key = keys[r.start:r.end]
	}
}

// markToks records, in one pass over the tokens and without a branch on
// each, whether each may be a title (entTok.mayTitle), the hashes of the
// words written without a capital (lowSeen, for usedLower and mayDrop),
// the last such word of each bucket of hashes (lowTok), and which words
// may start a name-like run (cands, for nextCand): the capitalized words
// and those that may be titles. Most words are neither, and whether a
// word is capitalized is too random for a branch to be predicted.
func (e *entDoc) markToks() {
	if e.lowSeen == nil {
		// Out of line, as is lowTok: entDocs made for kept extractions
		// need neither, and recycle need not zero them.
		e.lowSeen, e.lowTok = new(entBloom), new(entLowToks)
	}
	seen := e.lowSeen
	clear(seen[:])
	cands := slices.Grow(e.cands[:0], (len(e.toks)+63)/64)[:(len(e.toks)+63)/64]
	clear(cands)
	low, toks := e.lowTok, e.toks
	for k := range toks {
		t := &toks[k]
		small := uint64(^t.flags & entCap) // 1 without a capital: entCap is bit 0
		seen[t.h>>6] |= small << (t.h & 63)
		low[uint64(t.h)&(entLowBuckets-1)|(small^1)*entLowBuckets] = int32(k) // a capitalized word to the upper half, never read
		title := entTitleBloom[t.h>>6] >> (t.h & 63) & 1
		t.mayTitle = title != 0
		cands[k>>6] |= (small ^ 1 | title) << (k & 63)
	}
	e.cands = cands
}

// nextCand returns the first token from i on that markToks marked as a
// possible start of a name-like run, or len(e.toks).
func (e *entDoc) nextCand(i int) int {
	for w := i >> 6; w < len(e.cands); w++ {
		b := e.cands[w]
		if w == i>>6 {
			b &^= 1<<(i&63) - 1
		}
		if b != 0 {
			return w<<6 + bits.TrailingZeros64(b)
		}
	}
	return len(e.toks)
}

// appositives gives a person the title that follows the name between
// commas: "Ann Park, a senior official," and "Bart Gorman, the US Deputy
// Chief of Mission".
func (e *entDoc) appositives() {
	ti, toks := 0, e.toks // in locals: Go reloads fields in loops
	for mi := range e.mentions {
		m := &e.mentions[mi]
		if m.kind != article.Person || m.head != "" {
			continue
		}
		for end := m.end; ti < len(toks) && toks[ti].start < end; {
			ti++
		}
		if ti >= len(e.toks) || !strings.HasPrefix(e.text[m.end:e.toks[ti].start], ",") {
			continue
		}
		if w := e.word(e.toks[ti]); w != "a" && w != "an" && w != "the" {
			continue
		}
		for k := ti + 1; k < len(e.toks) && k < ti+7 && !e.toks[k].is(entBrk); k++ {
			if tt, ok := e.titleOf(e.toks[k]); ok && tt.class == 'h' {
				m.head = tt.canon
				m.role = e.text[e.toks[ti+1].start:e.toks[k].end]
			}
		}
	}
}

func entAllLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !entIsLetterByte(w[i]) {
			return false
		}
	}
	return true
}

func entIsLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }

// entToks recycles token buffers: the tokens of a Doc are needed only
// while its quotes are attributed, and allocating them afresh for each Doc
// costs more than finding them.
var entToks = sync.Pool{New: func() any { b := make([]entTok, 0, 4096); return &b }}

// release gives the tokens back once quotes are attributed; e keeps its
// mentions and descriptions. The buffer goes back in the pointer it came
// in, which spares an allocation per Doc.
func (e *entDoc) release() {
	if e.toksBuf != nil {
		*e.toksBuf = e.toks[:0]
		entToks.Put(e.toksBuf)
	}
	e.toks, e.toksBuf = nil, nil
	entPutRunSet(e.lower.runs)
	e.lower.runs = nil
}

func (e *entDoc) word(t entTok) string { return e.text[t.start:t.end] }

// titleOf is entTitleOf of word t, which most words are spared by the
// Bloom filter of the titles, as markToks noted it in the token.
func (e *entDoc) titleOf(t entTok) (entTitle, bool) {
	if t.is(entWide) {
		return entTitleOf(e.word(t))
	}
	if !t.mayTitle {
		return entTitle{}, false
	}
	return entTitleByHash(e.word(t), t.h)
}

// entTitleOf returns the title word w is, if any.
func entTitleOf(w string) (entTitle, bool) {
	if w == "" || len(w) > 24 || !entMaybeTitle(w) {
		return entTitle{}, false
	}
	if c := w[0]; 'a' <= c && c <= 'z' {
		t, ok := entTitles[w]
		return t, ok
	}
	var buf [24]byte
	if len(w) > len(buf) {
		return entTitle{}, false
	}
	t, ok := entTitles[string(entLower(buf[:0], w))]
	return t, ok
}

// entTitleLens has bit n of entry c set when a title word starts with
// letter c and has n bytes: a filter that spares most words a map lookup.
var entTitleLens [26]uint32

func entMaybeTitle(w string) bool {
	c := w[0] | 0x20
	return c < 'a' || c > 'z' || len(w) >= 32 || entTitleLens[c-'a']&(1<<len(w)) != 0
}

func (e *entDoc) joinable(t entTok) bool {
	if t.is(entCap) {
		return true
	}
	_, ok := e.titleOf(t)
	return ok
}

// runEnd returns the end of the run of name-like words starting at i: capitalized
// words and titles, joined by connectors, cut by punctuation and possessives.
func (e *entDoc) runEnd(i int) int {
	toks := e.toks // in a local: Go reloads fields in loops
	if !e.joinable(toks[i]) {
		return i
	}
	sent, j := toks[i].sent, i+1
	for j < len(toks) && !toks[j-1].is(entPoss) {
		t := toks[j]
		if t.is(entBrk) || t.sent != sent {
			break
		}
		if e.joinable(t) {
			j++
			continue
		}
		k := j
		for k < len(toks) && k-j < 2 && !toks[k].is(entBrk) && e.isConnector(toks[k]) {
			k++
		}
		if k == j || k >= len(toks) || toks[k].is(entBrk) || !toks[k].is(entCap) {
			break
		}
		j = k
	}
	return j
}

// trimRun drops what only looks like a name: a sentence-initial function
// word or a word the text also uses in lower case, weekdays and months,
// and connectors or lower-case modifiers at the edges.
func (e *entDoc) trimRun(i, j int) (int, int) {
	for i < j {
		t := e.toks[i]
		if !t.is(entCap) {
			if tt, ok := e.titleOf(t); !ok || tt.class == 'm' {
				i++
				continue
			}
			break
		}
		if !e.mayDrop(t) {
			break
		}
		if cal, stop := e.stopword(t); cal || t.is(entFirst) && (stop || e.usedLower(t)) {
			i++
			continue
		}
		break
	}
	for j > i && !e.toks[j-1].is(entCap) {
		if _, ok := e.titleOf(e.toks[j-1]); ok {
			break
		}
		j--
	}
	return i, j
}

// mayDrop reports whether trimRun may drop the capitalized word t: false
// when its hash says it is no stopword, weekday or month and the text uses
// no word of its hash in lower case.
func (e *entDoc) mayDrop(t entTok) bool {
	return t.is(entWide) || entStopBloom.has(t.h) || t.is(entFirst) && e.lowSeen.has(t.h)
}

// stopword reports whether word t, in lower case, is a weekday or a
// month, and whether it is a stopword (entStopwords).
func (e *entDoc) stopword(t entTok) (cal, stop bool) {
	w := e.word(t)
	if t.is(entWide) {
		var buf [32]byte
		lw := string(entLower(buf[:0], w))
		return entIsCalendar(lw), entStopwords[lw]
	}
	if !entStopBloom.has(t.h) {
		return false, false
	}
	i := entStopSet.find(w, t.h)
	return i >= 0 && entIsCalendar(entStopSet.words[i]), i >= 0
}

// isConnector reports whether word t is one of entConnectors, as written.
func (e *entDoc) isConnector(t entTok) bool {
	if !entConnectorBloom.has(t.h) {
		return false
	}
	w := e.word(t)
	i := entConnectorSet.find(w, t.h)
	return i >= 0 && entConnectorSet.words[i] == w
}

// inLex reports whether word t may be a name in the place and
// organisation lists: false surely means it is not.
func (e *entDoc) inLex(t entTok) bool { return entLexBloom.has(t.h) }

func entIsCalendar(lw string) bool {
	switch lw {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}

// markVerbs marks mentions that are the subject ("Lavrov said") or object
// ("said Lavrov") of a speech verb: the role that lets a garbled name join
// the right one.
func (e *entDoc) markVerbs() {
	ti, toks := 0, e.toks // in locals: Go reloads fields in loops
	for mi := range e.mentions {
		m := &e.mentions[mi]
		for start := m.start; ti < len(toks) && toks[ti].end <= start; {
			ti++
		}
		k := ti
		for end := m.end; k < len(toks) && toks[k].start < end; {
			k++
		}
		if k < len(toks) && !toks[k].is(entBrk) && e.isVerb(k) {
			m.verb = true
		}
		if ti > 0 && !toks[ti].is(entBrk) && e.isVerb(ti-1) {
			m.verb = true
		}
	}
}
