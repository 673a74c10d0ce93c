package dedup

import (
	"cmp"
	"slices"
	"strings"

	"github.com/adrg/strutil/metrics"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A sentence is one sentence of a story's article, reduced to what
// alignment compares.
type sentence struct {
	doc   int // index into the story's members
	idx   int // index among the article's sentences
	span  article.Span
	text  string // lower-cased, for the character comparison
	stems []uint64 // content-word stems, sorted, unique
	hash  uint64   // hash of the word sequence
	words int
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
	// minSharedStems is the fewest content words two sentences must share
	// to say the same thing: one shared word is a topic, not a statement.
	minSharedStems = 2
)

// sentencesOf splits the members of a story into sentences: the Doc's
// Sentences, or its Paragraphs, or its whole Text.
func sentencesOf(docs []article.Doc, members []int) []sentence {
	var out []sentence
	var toks []token
	for k, di := range members {
		d := &docs[di]
		spans := d.Sentences
		if len(spans) == 0 {
			spans = d.Paragraphs
		}
		if len(spans) == 0 {
			spans = []article.Span{{Doc: d.ID, Start: 0, End: len(d.Text)}}
		}
		for n, sp := range spans {
			toks = tokenize(toks[:0], d.Text[sp.Start:sp.End])
			s := sentence{doc: k, idx: n, span: article.Span{Doc: d.ID, Start: sp.Start, End: sp.End},
				text: strings.ToLower(d.Text[sp.Start:sp.End]), words: len(toks)}
			s.hash, s.stems = sentenceKey(toks)
			out = append(out, s)
		}
	}
	return out
}

func sentenceKey(toks []token) (uint64, []uint64) {
	h := uint64(fnvOffset)
	var stems []uint64
	for _, t := range toks {
		h = mix64(h ^ t.hash)
		if !stopwords[t.hash] && (t.end-t.start >= 3 || t.flags&tokDigit != 0) {
			stems = append(stems, t.stem)
		}
	}
	slices.Sort(stems)
	return h, slices.Compact(stems)
}

// align returns the pairs of sentences from different articles whose
// similarity reaches threshold. Candidates come from an inverted index on
// stems probed with each sentence's rarest ones, never from all pairs.
func align(sents []sentence, threshold float64) []match {
	postings := make(map[uint64][]int)
	for i := range sents {
		for _, st := range sents[i].stems {
			postings[st] = append(postings[st], i)
		}
	}
	var cands []pair
	for i := range sents {
		cands = appendSentenceCandidates(cands, sents, postings, i)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	dice := &metrics.SorensenDice{CaseSensitive: true, NgramSize: 2} // texts are lower-cased
	var out []match
	for _, p := range cands {
		i, j := p.split()
		if sim := sentenceSim(&sents[i], &sents[j], dice); sim >= threshold {
			out = append(out, match{i, j, sim})
		}
	}
	return out
}

func appendSentenceCandidates(out []pair, sents []sentence, postings map[uint64][]int, i int) []pair {
	stems := slices.Clone(sents[i].stems)
	slices.SortFunc(stems, func(a, b uint64) int {
		return cmp.Or(cmp.Compare(len(postings[a]), len(postings[b])), cmp.Compare(a, b))
	})
	probed := 0
	for _, st := range stems {
		if len(postings[st]) < 2 {
			continue
		}
		for _, j := range postings[st] {
			if sents[j].doc != sents[i].doc {
				out = append(out, makePair(i, j))
			}
		}
		if probed++; probed == probeStems {
			break
		}
	}
	return out
}

// sentenceSim scores two sentences in [0, 1] as the mean of the Dice
// coefficient of their content-word stems, which survives reordering and
// synonyms for function words, and the Sørensen–Dice coefficient of their
// character bigrams (strutil), which survives inflection, misspelling and
// the garbles of machine translation. Identical word sequences score 1,
// and sentences that share nearly all their stems score their stem Dice:
// a light edit leaves nothing for the characters to see through.
func sentenceSim(a, b *sentence, dice *metrics.SorensenDice) float64 {
	if a.hash == b.hash {
		return 1
	}
	shared := 0
	for _, st := range a.stems {
		if _, ok := slices.BinarySearch(b.stems, st); ok {
			shared++
		}
	}
	if shared < minSharedStems {
		return 0
	}
	d := 2 * float64(shared) / float64(len(a.stems)+len(b.stems))
	if d < minDice {
		return 0
	}
	if d >= sureDice {
		return d
	}
	return (d + dice.Compare(a.text, b.text)) / 2
}
