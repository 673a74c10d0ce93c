package dedup

import (
	"context"
	"slices"

	"github.com/adrg/strutil/metrics"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A sentence is one sentence of a story's article, reduced to what
// alignment compares.
type sentence struct {
	doc   int // index into the story's members
	idx   int // index among the article's sentences
	span  article.Span
	text  string   // lower-cased, for the character comparison
	stems []uint64 // content-word stems, sorted, unique
	grams int      // distinct byte bigrams in text, -1 until a pair needs them
	pairs []uint64 // rune bigrams of text, sorted, once a pair needs them
	hash  uint64   // hash of the word sequence
	words int
	kid   int32 // 1 + the index of its bytes among the story's sentences, 0 if unknown
}

// A match aligns sentence a of one article with sentence b of another.
type match struct {
	a, b int // indexes into the story's sentences
	sim  float64
}

const (
	// probeStems is how many of a sentence's rarest stems propose the
	// sentences it is compared with: a sentence that says the same thing
	// shares its unusual words even through a paraphrase.
	probeStems = 4
	// minDice is the stem overlap below which two sentences are not worth
	// a character comparison.
	minDice = 0.3
	// sureDice is the stem Dice above which two sentences are one
	// sentence lightly edited.
	sureDice = 0.8
	// prefilterSlack is how far below the threshold the bigram-set
	// estimate of a pair may fall and still be scored by strutil: the set
	// coefficient has been seen up to 0.05 below the multiset one, which
	// is 0.025 on the mean.
	prefilterSlack = 0.025
	// minSharedStems is the fewest content words two sentences must share
	// to say the same thing: one shared word is a topic, not a statement.
	minSharedStems = 2
	// maxScored is how many sentences one sentence is compared with at
	// most, the first its probes propose in article order: in a feed
	// written from a few templates every sentence matches thousands, and
	// comparing them all is quadratic. Sentences that have that many
	// look-alikes are linked to the earliest of them, the likeliest
	// originals, and so to each other through them.
	maxScored = 256
	// maxMemo bounds the memo of strutil's scores of one story.
	maxMemo = 1 << 16
)

// sentences splits the members of a story into sentences: the Doc's
// Sentences, or its Paragraphs, or its whole Text. They live in ss until
// its next story.
func (ss *storyScratch) sentences(docs []article.Doc, members []int) []sentence {
	out := ss.sents[:0]
	ss.resetKeys()
	for k, di := range members {
		d := &docs[di]
		spans := d.Sentences
		if len(spans) == 0 {
			spans = d.Paragraphs
		}
		if len(spans) == 0 {
			spans = []article.Span{{Doc: d.ID, Start: 0, End: len(d.Text)}}
		}
		lower := ""
		for n, sp := range spans {
			s := sentence{doc: k, idx: n, span: article.Span{Doc: d.ID, Start: sp.Start, End: sp.End}, grams: -1}
			raw := d.Text[sp.Start:sp.End]
			key, ok := ss.keys[raw]
			if !ok {
				if lower == "" {
					lower = toLower(d.Text)
				}
				key = ss.sentenceKey(raw, lower, d.Text, sp)
				key.kid = int32(len(ss.keys) + 1)
				ss.keys[raw] = key
			}
			s.hash, s.stems, s.words, s.text, s.kid = key.hash, key.stems, key.words, key.text, key.kid
			out = append(out, s)
		}
	}
	ss.sents = out
	return out
}

// A sentKey is what a sentence's bytes give, whichever article has them.
type sentKey struct {
	hash  uint64
	stems []uint64
	words int
	text  string
	kid   int32
}

// resetKeys empties the memo of sentence keys for the next story. Copies
// repeat sentences, and looking one up costs a small part of tokenizing
// it; a map grown for a big story is dropped rather than cleared for
// every small one.
func (ss *storyScratch) resetKeys() {
	ss.stems = ss.stems[:0]
	if ss.keys == nil || len(ss.keys) > 1<<12 {
		ss.keys = make(map[string]sentKey)
	}
	clear(ss.keys)
}

// sentenceKey computes the key of sentence raw, at sp in text, whose
// lower-cased form is lower.
func (ss *storyScratch) sentenceKey(raw, lower, text string, sp article.Span) sentKey {
	ss.toks = tokenize(ss.toks[:0], raw)
	k := sentKey{words: len(ss.toks)}
	if len(lower) == len(text) { // lower-casing kept the offsets
		k.text = lower[sp.Start:sp.End]
	} else {
		k.text = toLower(raw)
	}
	k.hash, k.stems, ss.stems = sentenceKey(ss.stems, ss.toks)
	return k
}

// sentenceKey returns the hash of the word sequence of toks and its
// content-word stems, sorted and unique, appended to buf.
func sentenceKey(buf []uint64, toks []token) (uint64, []uint64, []uint64) {
	h := uint64(fnvOffset)
	start := len(buf)
	for _, t := range toks {
		h = mix64(h ^ t.hash)
		if !stopwords.has(t.hash) && (t.end-t.start >= 3 || t.flags&tokDigit != 0) {
			buf = append(buf, t.stem)
		}
	}
	stems := buf[start:]
	slices.Sort(stems)
	stems = slices.Compact(stems)
	buf = buf[:start+len(stems)]
	return h, stems[:len(stems):len(stems)], buf
}

// align returns the pairs of sentences from different articles whose
// similarity reaches threshold. Candidates come from an inverted index on
// stems probed with each sentence's rarest ones, never from all pairs: a
// pair is scored once, when the first of its sentences that proposes the
// other is visited, and at most maxScored pairs are scored when one
// sentence is visited. The matches come in no particular order. It returns
// ctx's error if ctx is done before it ends.
func (ss *storyScratch) align(ctx context.Context, sents []sentence, threshold float64) ([]match, error) {
	x := &ss.index
	x.build(sents)
	sc := &ss.scorer
	sc.reset(threshold)
	seen := ss.seen[:0] // seen[j] == i+1: pair i, j visited
	seen = append(seen, make([]int32, len(sents))...)
	ss.seen = seen
	docStart := ss.docStarts(sents)
	out := ss.matches[:0]
	for i := range sents {
		if i%ctxEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		x.visit(i)
		scored := 0
		// Sentences lie article by article and postings ascend, so the
		// sentences of i's own article, never compared with it, are one
		// slice of each posting list: skipping it by binary search keeps a
		// huge article from walking its own postings once per sentence.
		lo, hi := docStart[sents[i].doc], docStart[sents[i].doc+1]
	probes:
		for _, p := range x.probes(i) {
			post := x.postings(p)
			a, _ := slices.BinarySearch(post, lo)
			b, _ := slices.BinarySearch(post, hi)
			for _, part := range [2][]int32{post[:a], post[b:]} {
				for _, j := range part {
					if seen[j] == int32(i+1) {
						continue
					}
					seen[j] = int32(i + 1)
					if int(j) < i && x.proposes(int(j), i) {
						continue // scored when j was visited
					}
					if scored++; scored > maxScored {
						break probes
					}
					ss.work.scored++
					a, b := min(i, int(j)), max(i, int(j))
					if sim := sc.pairSim(&sents[a], &sents[b], x, int(j), i); sim >= threshold {
						out = append(out, match{a, b, sim})
					}
				}
			}
		}
	}
	ss.matches = out
	return out, nil
}

// docStarts returns, for each article k of the story, the index of its
// first sentence, and at k+1 one past its last: sentences come article by
// article.
func (ss *storyScratch) docStarts(sents []sentence) []int32 {
	n := 0
	if len(sents) > 0 {
		n = sents[len(sents)-1].doc + 1
	}
	starts := append(ss.docStart[:0], make([]int32, n+1)...)
	k := 0
	for i := range sents {
		for ; k <= sents[i].doc; k++ {
			starts[k] = int32(i)
		}
	}
	for ; k <= n; k++ {
		starts[k] = int32(len(sents))
	}
	ss.docStart = starts
	return starts
}

// sentenceSim scores two sentences in [0, 1] as the mean of the Dice
// coefficient of their content-word stems, which survives reordering and
// synonyms for function words, and the Sørensen–Dice coefficient of their
// character bigrams (strutil), which survives inflection, misspelling and
// the garbles of machine translation. Identical word sequences score 1,
// and sentences that share nearly all their stems score their stem Dice:
// a light edit leaves nothing for the characters to see through.
// The two sentences share shared stems.
func (sc *scorer) sentenceSim(a, b *sentence, shared int) float64 {
	if a.hash == b.hash {
		return 1
	}
	if !canAlign(a, b) {
		return 0
	}
	return sc.stemSim(a, b, shared)
}

// stemSim is sentenceSim of two sentences that differ and canAlign.
func (sc *scorer) stemSim(a, b *sentence, shared int) float64 {
	la, lb := len(a.stems), len(b.stems)
	d := 2 * float64(shared) / float64(la+lb) // their Dice coefficient
	if d*float64(la+lb) < 2*minSharedStems || d < minDice {
		return 0
	}
	if d >= sureDice {
		return d
	}
	if a.kid == 0 || b.kid == 0 {
		return sc.charSim(a, b, d)
	}
	// Copies repeat sentences: a pair of texts is scored once a story.
	k := [2]int32{min(a.kid, b.kid), max(a.kid, b.kid)}
	if v, ok := sc.sims[k]; ok {
		return v
	}
	if len(sc.sims) >= maxMemo {
		clear(sc.sims)
	}
	v := sc.charSim(a, b, d)
	sc.sims[k] = v
	return v
}

// charSim completes sentenceSim from the stem Dice d of a and b with the
// character comparison.
func (sc *scorer) charSim(a, b *sentence, d float64) float64 {
	// The Dice coefficient of the bigram sets is close to strutil's, of
	// the bigram multisets: a pair it puts well below threshold is not
	// worth strutil's maps.
	if (d+sc.setDice(a, b))/2 < sc.threshold-prefilterSlack {
		return 0
	}
	// bigramDice computes strutil's coefficient exactly, without its
	// maps and strings: strutil scores only the pairs that align, so the
	// similarity of record is still its.
	if sim := (d + sc.bigramDice(a, b)) / 2; sim < sc.threshold {
		return sim
	}
	return (d + sc.strutil(a.text, b.text)) / 2
}

// pairSim is sentenceSim of sentences a and b, which are sentences j and
// i of x, i the one last visited: it counts their shared stems only when
// their hashes and sizes leave the question open.
func (sc *scorer) pairSim(a, b *sentence, x *stemIndex, j, i int) float64 {
	switch {
	case a.hash == b.hash:
		return 1
	case !canAlign(a, b):
		return 0
	}
	return sc.stemSim(a, b, x.shared(j, i))
}

// canAlign reports whether a and b have enough stems to align: at most
// the smaller set is shared, so a pair that cannot reach the bounds of
// sentenceSim is rejected on its sizes.
func canAlign(a, b *sentence) bool {
	la, lb := len(a.stems), len(b.stems)
	m := min(la, lb)
	return m >= minSharedStems && 2*float64(m)/float64(la+lb) >= minDice
}

// strutil returns strutil's Sørensen–Dice coefficient of a and b, once
// per pair of texts: copies repeat sentences, so one story asks for the
// same pair of texts many times. The memo is emptied when it holds
// maxMemo pairs: a story of thousands of look-alike articles aligns
// millions of pairs, and a memo of them all took gigabytes.
func (sc *scorer) strutil(a, b string) float64 {
	k := [2]string{a, b}
	if v, ok := sc.memo[k]; ok {
		return v
	}
	if len(sc.memo) >= maxMemo {
		clear(sc.memo)
	}
	v := sc.chars.Compare(a, b)
	sc.memo[k] = v
	return v
}

// A scorer scores the sentence pairs of one story, reusing its memory.
type scorer struct {
	threshold float64
	chars     metrics.SorensenDice
	bs        bigramSet
	buf       []uint64 // backing array of the sentences' rune bigrams
	memo      map[[2]string]float64
	sims      map[[2]int32]float64 // sentenceSim by pair of sentence kids
}

func newScorer(threshold float64) *scorer {
	sc := new(scorer)
	sc.reset(threshold)
	return sc
}

// reset readies sc for the next story.
func (sc *scorer) reset(threshold float64) {
	sc.threshold = threshold
	sc.chars = metrics.SorensenDice{CaseSensitive: true, NgramSize: 2} // texts are lower-cased
	sc.buf = sc.buf[:0]
	if sc.memo == nil {
		sc.memo = make(map[[2]string]float64)
		sc.sims = make(map[[2]int32]float64)
	}
	clear(sc.memo)
	clear(sc.sims)
}
