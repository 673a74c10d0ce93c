package extract

import (
	"bufio"
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A TimeExpr is a time expression found in s, resolved against ref (zero
// ref = unresolved). Start and End are byte offsets of s.
type TimeExpr struct {
	Start, End int
	Text       string
	Value      article.Time
}

// Times returns the time expressions of s in order, resolved against the
// day ref: absolute dates ("January 27, 2022", "1/27/2022"), months,
// years and seasons ("in December", "since last fall"), weekdays placed
// by the tense of their clause ("on Tuesday"), relative expressions ("last
// week", "three weeks earlier", "in recent weeks") and durations ("for
// three days"). With a zero ref, what needs one is left unresolved, with
// X in its Timex and the Note "no publication date".
func Times(s string, ref article.Date) []TimeExpr {
	var sc tmScanner
	return sc.find(s, article.DateRange{From: ref, To: ref}, nil)
}

// findTimes returns the time claims in the sentences of d, sorted by
// position, resolved against d.Published.
func findTimes(d *article.Doc) []article.Claim {
	out := appendTimes(nil, d)
	article.SortClaims(out)
	return out
}

// appendTimes appends the time claims of d to dst, in sentence order.
func appendTimes(dst []article.Claim, d *article.Doc) []article.Claim {
	return appendTimesCued(dst, d, nil)
}

// appendTimesCued is appendTimes with cues[k], when cues is not nil,
// telling whether sentence k of d.Sentences holds a time anchor (see
// entTimeCues), so that tmHasAnchor need not be asked.
func appendTimesCued(dst []article.Claim, d *article.Doc, cues []bool) []article.Claim {
	sents := d.Sentences
	if len(sents) == 0 && d.Text != "" {
		sents = []article.Span{{Doc: d.ID, Start: 0, End: len(d.Text)}}
	}
	sc := tmScanners.Get().(*tmScanner)
	defer sc.release()
	found, in := sc.found[:0], sc.in[:0] // in: the sentence of each expression found
	for k, sp := range sents {
		n := len(found)
		switch s := d.Text[sp.Start:sp.End]; {
		case cues == nil:
			found = sc.find(s, d.Published, found)
		case cues[k]:
			found = sc.findAnchored(s, d.Published, found)
		}
		for range found[n:] {
			in = append(in, k)
		}
	}
	if len(found) == 0 {
		sc.found, sc.in = found, in
		return dst
	}
	values := make([]article.Time, len(found)) // one allocation for the claims to point into
	ids := sc.claimIDs(d.ID, sents, found, in)
	dst = slices.Grow(dst, len(found))
	for i, e := range found {
		sp := sents[in[i]]
		span := article.Span{Doc: d.ID, Start: sp.Start + e.Start, End: sp.Start + e.End}
		values[i] = e.Value
		dst = append(dst, article.Claim{
			ID: ids[sc.idEnd[i]:sc.idEnd[i+1]], Kind: article.TimeClaim,
			Span: span, Sentence: article.Span{Doc: d.ID, Start: sp.Start, End: sp.End},
			Text: e.Text, Time: &values[i],
		})
	}
	sc.found, sc.in = found, in
	return dst
}

// claimIDs writes the article.ClaimID of each expression found, one
// after the other, into one string, so that a Doc's IDs cost one
// allocation rather than two each; sc.idEnd[i:i+2] bounds the ID of
// found[i].
func (sc *tmScanner) claimIDs(doc string, sents []article.Span, found []TimeExpr, in []int) string {
	kind := article.TimeClaim.String()[:1] // as article.ClaimID writes it
	b, ends := sc.ids[:0], append(sc.idEnd[:0], 0)
	for i, e := range found {
		b = append(append(append(b, doc...), ':'), kind...)
		b = strconv.AppendInt(b, int64(sents[in[i]].Start+e.Start), 10)
		ends = append(ends, len(b))
	}
	sc.ids, sc.idEnd = b, ends
	return string(b)
}

// release returns sc to tmScanners, keeping its buffers but not the text
// they point into.
func (sc *tmScanner) release() {
	sc.s = ""
	clear(sc.found)
	sc.found = sc.found[:0]
	tmScanners.Put(sc)
}

// tmScanners recycles the token buffers of findTimes, which would
// otherwise be allocated afresh for every Doc.
var tmScanners = sync.Pool{New: func() any { return &tmScanner{toks: make([]tmTok, 0, 128)} }}

// find appends the time expressions of s to out, resolved against pub.
func (sc *tmScanner) find(s string, pub article.DateRange, out []TimeExpr) []TimeExpr {
	if !tmHasAnchor(s) {
		return out
	}
	return sc.findAnchored(s, pub, out)
}

// findAnchored is find for an s that tmHasAnchor accepts.
func (sc *tmScanner) findAnchored(s string, pub article.DateRange, out []TimeExpr) []TimeExpr {
	sc.tokenize(s)
	for i := 0; i < len(sc.toks); i++ {
		if !tmStarts[sc.toks[i].cls] {
			continue
		}
		j, m := sc.match(i)
		if j <= i {
			continue
		}
		lo, hi := sc.sentence(i, j)
		v := m.value(pub, sc.tenseIn(i, j, lo, hi))
		v.Event = sc.event(i, j, lo, hi)
		a, b := sc.toks[i+m.lead].start, sc.toks[j-1].end
		out = append(out, TimeExpr{Start: a, End: b, Text: s[a:b], Value: v})
		i = j - 1
	}
	return out
}

// tmStarts marks the classes that can begin a time expression; it has
// an entry for every byte, so indexing it needs no bounds check.
var tmStarts = [256]bool{
	tmNum: true, tmMonth: true, tmWeekday: true, tmRelDay: true, tmUnit: true, tmSeason: true,
	tmFew: true, tmArt: true, tmDir: true, tmRecent: true, tmEdge: true, tmShift: true,
	tmPrep: true, tmThe: true, tmWhole: true, tmHalf: true, tmOld: false,
}

// value resolves m against a publication date that may be unknown or
// known only as a range. Over a range every reading is resolved at both
// ends (all readings move with the reference day), and the value is their
// union: Start from the earliest, End from the latest, and a Timex with X
// where the readings differ ("XXXX-WXX-2" for a Tuesday).
func (m tmSem) value(pub article.DateRange, tense tmTense) article.Time {
	if pub.IsZero() || pub.Exact() {
		return m.resolve(pub.From, tense)
	}
	a, b := m.resolve(pub.From, tense), m.resolve(pub.To, tense)
	if a == b {
		return a
	}
	t := a
	t.End = b.End
	if a.Timex != b.Timex {
		t.Timex = tmMergeTimex(a.Timex, b.Timex, m)
	}
	var buf [96]byte // one allocation for the note, not three
	note := append(buf[:0], tmNoteRange+"; reads "...)
	note = append(tmAppendISO(note, a.Start), " to "...)
	t.Note = string(tmAppendISO(note, b.End))
	return t
}

// tmMergeTimex writes X for the characters in which two readings differ,
// or the unresolved form of m when their shapes differ or m is a weekday.
func tmMergeTimex(a, b string, m tmSem) string {
	if len(a) != len(b) || m.op == tmOpWeekday {
		return m.unresolved()
	}
	x := []byte(a)
	for i := range x {
		if a[i] != b[i] {
			x[i] = 'X'
		}
	}
	return string(x)
}

//go:embed data/time_events.txt
var tmEventsFile string

// tmEvents holds the event nouns of data/time_events.txt.
var tmEvents = tmReadWords(tmEventsFile)

func tmReadWords(text string) map[string]bool {
	words := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			words[w] = true
		}
	}
	return words
}

// tmEventWindow is how many tokens from a time expression an event noun
// may be.
const tmEventWindow = 16

// event returns the event noun phrase nearest to tokens [i, j) in their
// clause ("phone call", "meeting"), or ""; [lo, hi) is their sentence.
// Looking forward, a verb ends the search: a noun beyond it is the object
// of another predicate ("met on Monday and will hold a call"); looking
// back, the subject counts ("the summit will take place in December").
func (sc *tmScanner) event(i, j, lo, hi int) string {
	right := true
	for d := 1; d <= tmEventWindow; d++ {
		if k := j - 1 + d; right && k < hi {
			if sc.isEvent(k) {
				return sc.eventPhrase(k)
			}
			right = !sc.isCue(k)
		}
		if k := i - d; k >= lo && sc.isEvent(k) {
			return sc.eventPhrase(k)
		}
	}
	return ""
}

func (sc *tmScanner) isCue(k int) bool {
	c := sc.toks[k].cls
	return c == tmPast || c == tmFuture
}

// isEvent reports whether token k is an event noun, marked by tokenize.
func (sc *tmScanner) isEvent(k int) bool {
	t := sc.toks[k]
	return t.event && t.cls == tmOther
}

// eventPhrase is the noun at k with the word before it when that word
// modifies it ("phone call", "Council meeting").
func (sc *tmScanner) eventPhrase(k int) string {
	p := k - 1
	if p >= 0 && sc.spaced(p) && sc.cls(p) == tmOther && sc.toks[p].end-sc.toks[p].start > 2 && !tmStopWords[strings.ToLower(sc.text(p))] {
		return sc.s[sc.toks[p].start:sc.toks[k].end]
	}
	return sc.text(k)
}

// tmStopWords are words before an event noun that do not name the event.
var tmStopWords = map[string]bool{
	"the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "your": true,
	"this": true, "that": true, "these": true, "those": true, "and": true, "or": true, "any": true,
	"first": true, "new": true, "another": true, "such": true, "one": true, "some": true,
	"which": true, "what": true, "with": true, "about": true, "into": true, "over": true,
}
