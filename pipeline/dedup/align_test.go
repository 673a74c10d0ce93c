package dedup

import (
	"slices"
	"strings"
	"testing"

	"github.com/adrg/strutil/metrics"
)

func testSentence(text string) sentence {
	toks := tokenize(nil, text)
	s := sentence{text: strings.ToLower(text), words: len(toks)}
	s.hash, s.stems, _ = sentenceKey(nil, toks)
	s.grams = new(bigramSet).distinct(s.text)
	return s
}

// TestSentenceSim checks that paraphrases, machine-translation garbles and
// quotations align at the default threshold while sentences that only
// share a topic do not.
func TestSentenceSim(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		align bool
	}{
		{"quotation with edits",
			"“It would be counterproductive to negotiate in public, so we will leave it up to Russia to discuss its response,” the spokesperson said.",
			"“It would be unproductive to negotiate in public, so we’ll leave it up to Russia if they want to discuss their response.", true},
		{"paraphrase",
			"The contents of the U.S.’s response were not disclosed, though Kremlin spokesperson Dmitry Peskov said soon after that they left “little ground for optimism.”",
			"While the contents of the State Department’s response were not disclosed, Kremlin spokesman Dmitry Peskov said the contents left “little ground for optimism.”", true},
		{"rewrite",
			"Port Ellis mayor Tomas Reyes said the city would look for another operator to take over the site.",
			"Mayor Tomas Reyes of Port Ellis said the city will seek another operator for the site.", true},
		{"identical up to case and punctuation",
			"The quake hit at a depth of 10 kilometers.", "THE QUAKE HIT AT A DEPTH OF 10 KILOMETERS", true},
		{"same topic",
			"The Halvern Shipping Company will close its container terminal in Port Ellis next spring, putting 450 jobs at risk, the company said on Monday.",
			"Workers gathered outside the gates of the Halvern terminal in Port Ellis on Monday evening after learning the site will close.", false},
		{"one shared word", "So what about diplomacy?", "It can be said that diplomacy has failed.", false},
		// Sentences do not know their event: two events told from one
		// template align, and it is story grouping that keeps them apart
		// (testdata/two_events.txtar).
		{"same template, other event",
			"A magnitude 6.1 earthquake struck near the city of Karsu on Monday, killing at least 23 people.",
			"A magnitude 5.8 earthquake struck near the coastal city of Puerto Calma on Tuesday, killing at least 9 people.", true},
	}
	for _, tc := range tests {
		a, b := testSentence(tc.a), testSentence(tc.b)
		sim := newScorer(defaultAlignThreshold).sentenceSim(&a, &b, sharedStems(a.stems, b.stems))
		if got := sim >= defaultAlignThreshold; got != tc.align {
			t.Errorf("%s: sentenceSim(%q, %q) = %.2f, aligned %v, want %v", tc.name, tc.a, tc.b, sim, got, tc.align)
		}
	}
}

// TestBigramDiceNearStrutil checks the prefilter's premise: the Dice
// coefficient of bigram sets stays within 2·prefilterSlack of strutil's
// coefficient of bigram multisets.
func TestBigramDiceNearStrutil(t *testing.T) {
	docs := generated(60)
	members := make([]int, len(docs))
	for i := range members {
		members[i] = i
	}
	sents := slices.Clone(new(storyScratch).sentences(docs, members))
	bs := new(bigramSet)
	chars := &metrics.SorensenDice{CaseSensitive: true, NgramSize: 2}
	for i := 0; i < len(sents); i += 5 {
		for j := i + 1; j < len(sents); j += 11 {
			a, b := &sents[i], &sents[j]
			a.grams, b.grams = bs.distinct(a.text), bs.distinct(b.text)
			est, ref := bs.dice(a.text, b.text, a.grams, b.grams), chars.Compare(a.text, b.text)
			if ref-est > 2*prefilterSlack {
				t.Fatalf("bigram set Dice(%q, %q) = %.3f, strutil %.3f: more than %v apart", a.text, b.text, est, ref, 2*prefilterSlack)
			}
		}
	}
}

// TestBigramDiceIsStrutil checks that bigramDice, which screens sentence
// pairs, is strutil's Sørensen–Dice bit for bit: on the sentences of a
// generated corpus and on edge cases (empty, one rune, invalid UTF-8,
// repeated bigrams, multi-byte runes).
func TestBigramDiceIsStrutil(t *testing.T) {
	docs := generated(40)
	members := make([]int, len(docs))
	for i := range members {
		members[i] = i
	}
	sents := slices.Clone(new(storyScratch).sentences(docs, members))
	edge := []string{"", "a", "ab", "aaaa", "aaab", "\xff", "\xff\xfe", "a\xffb", "a\ufffdb", "ññññ", "“quoted” — dash", "abab abab", "é"}
	for _, x := range edge {
		sents = append(sents, testSentence(x))
		sents[len(sents)-1].text = x // keep the case and the bytes
	}
	chars := &metrics.SorensenDice{CaseSensitive: true, NgramSize: 2}
	sc := newScorer(defaultAlignThreshold)
	n := 0
	for i := 0; i < len(sents); i += 3 {
		for j := i; j < len(sents); j += 7 {
			a, b := &sents[i], &sents[j]
			if got, want := sc.bigramDice(a, b), chars.Compare(a.text, b.text); got != want {
				t.Fatalf("bigramDice(%q, %q) = %v, want strutil's %v", a.text, b.text, got, want)
			}
			n++
		}
	}
	for _, x := range edge {
		for _, y := range edge {
			a, b := testSentence(x), testSentence(y)
			a.text, b.text = x, y
			if got, want := sc.bigramDice(&a, &b), chars.Compare(x, y); got != want {
				t.Errorf("bigramDice(%q, %q) = %v, want strutil's %v", x, y, got, want)
			}
		}
	}
	t.Logf("%d pairs", n)
}

func FuzzBigramDice(f *testing.F) {
	f.Add("the quake hit at a depth", "a quake hit at depth")
	f.Add("\xff\xfeab", "ab\xff")
	f.Fuzz(func(t *testing.T, x, y string) {
		var a, b sentence
		a.text, b.text = x, y
		chars := &metrics.SorensenDice{CaseSensitive: true, NgramSize: 2}
		if got, want := newScorer(0.5).bigramDice(&a, &b), chars.Compare(x, y); got != want {
			t.Errorf("bigramDice(%q, %q) = %v, want strutil's %v", x, y, got, want)
		}
	})
}

// sharedStems returns the size of the intersection of two sorted sets.
func sharedStems(a, b []uint64) int {
	n, j := 0, 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			n++
		}
	}
	return n
}
