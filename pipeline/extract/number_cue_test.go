package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

// numCueCheck compares numScanCued, cued by the words of sents, with
// numScan over all of text, and returns how many sentences the cued scan
// may pass over.
func numCueCheck(t *testing.T, name, text string, sents []article.Span) int {
	t.Helper()
	toks := entTokenize(text, sents, nil)
	cues := numCues(text, toks, sents, nil)
	got, want := numScanCued(text, sents, cues, nil), numScan(text, nil)
	if !numLitsEqual(got, want) {
		t.Errorf("%s: numScanCued(%q, %v)\n got  %v\n want %v", name, trimCase(text), sents, got, want)
	}
	n := 0
	for _, c := range cues {
		if !c {
			n++
		}
	}
	return n
}

// numCueDocs reads the seeds and a generated corpus as the pipeline does:
// ingest, then normalize, which gives the sentences docClaims reads.
func numCueDocs(t testing.TB) []article.Doc {
	t.Helper()
	texts, err := corpus.SeedTexts()
	if err != nil {
		t.Fatal(err)
	}
	files := corpus.Generate(texts, corpus.Options{Articles: 60})
	return pipelineDocs(t, ingest.Input{FS: corpus.FS(files), Pattern: ".", Name: "corpus"})
}

// TestNumScanCued checks the cued scan against the whole-text scan on
// real articles, with the sentences normalize gives and with those
// entLayout splits when a Doc has none, and that it passes over some.
func TestNumScanCued(t *testing.T) {
	skipped, total := 0, 0
	for _, d := range numCueDocs(t) {
		skipped += numCueCheck(t, d.ID, d.Text, d.Sentences)
		total += len(d.Sentences)
		_, sents := entLayout(&article.Doc{Text: d.Text})
		numCueCheck(t, d.ID+" (split here)", d.Text, sents)
	}
	t.Logf("%d of %d sentences need no scan", skipped, total)
	if skipped == 0 || skipped == total {
		t.Errorf("%d of %d sentences need no scan: the cues are not working", skipped, total)
	}
}

// numCueCases are sentences at the edges of the cues: weak words before
// number and fraction words, across sentences, glued words, addresses.
var numCueCases = []string{
	"It was a hundred days. Then a few. A third of them left.",
	"He has a. Three more came.",
	"A\nthousand people. Not a\nfew.",
	"Several were there. Several thousand were not. A couple of dozen stayed.",
	"The plan was a so-called deal. An eighth was left.",
	"Visit http://example.com today. Or www.example.org now.",
	"The ratio was 3:1. Not one. The fifth.",
	"Smith’s team won. Jones' side lost. It cost €5.",
	"The café closed. Half of it. The ½ mark.",
	"abc.5 def .5 and minus two. Negative growth.",
	"Word\u00a0word. “Quoted” text — with dashes… ten.",
	"Sentenceonlyletters nocues here at all butaverylongwordindeed",
	"fourteen",
	"an",
}

// TestNumScanCuedCases checks the cued scan on the edge cases, each cut
// into sentences by entLayout and at every space.
func TestNumScanCuedCases(t *testing.T) {
	for _, s := range numCueCases {
		_, sents := entLayout(&article.Doc{Text: s})
		numCueCheck(t, "split", s, sents)
		numCueCheck(t, "spaces", s, numCueSpans(s, 0))
	}
}

// numCueSpans cuts s into spans at spaces, or, with seed > 0, at random
// offsets, some inside words and characters: numScanCued must be exact
// for any spans.
func numCueSpans(s string, seed uint64) []article.Span {
	var out []article.Span
	r := rand.New(rand.NewPCG(seed, seed))
	start := 0
	for i := 0; i <= len(s); i++ {
		cut := i == len(s) || seed == 0 && s[i] == ' ' || seed > 0 && r.IntN(12) == 0
		if !cut || i == start {
			continue
		}
		out = append(out, article.Span{Doc: "d", Start: start, End: i})
		start = i
		if seed > 0 && i < len(s) && r.IntN(3) == 0 {
			start++ // leave a byte out of every sentence
		}
	}
	return out
}

func FuzzNumScanCued(f *testing.F) {
	for _, s := range numCueCases {
		f.Add(s, uint64(1))
	}
	words := []string{"a", "an", "A", "few", "several", "third", "hundred", "two", "dozen", "cats", "the", "Half",
		"seventeen", "thousands", "documents", "Several", "massively", "thousandx", "http:", "a:", "Jones’s", "dog’s", "5", "3.5", "$", "€", "½", "http://x.y", "www.z", "’s", "-", ". ", "! ", "\n", "\n\n", "“", "”", " "}
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 7))
		var b strings.Builder
		for range 30 {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		f.Add(b.String(), seed)
	}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		_, sents := entLayout(&article.Doc{Text: s})
		numCueCheck(t, "split", s, sents)
		numCueCheck(t, "random", s, numCueSpans(s, seed|1))
	})
}

// BenchmarkNumScanCued compares, on the seeds and their sentences, the
// whole-text scan with the cued one (numCues and numScanCued), given the
// words entTokenize cut, as docClaims has them.
func BenchmarkNumScanCued(b *testing.B) {
	type doc struct {
		text  string
		sents []article.Span
		toks  []entTok
	}
	var docs []doc
	n := 0
	for _, d := range numCueDocs(b)[:5] {
		docs = append(docs, doc{d.Text, d.Sentences, entTokenize(d.Text, d.Sentences, nil)})
		n += len(d.Text)
	}
	var lits []numLit
	var cues []bool
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, d := range docs {
				lits = numScan(d.text, lits[:0])
			}
		}
	})
	b.Run("cued", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, d := range docs {
				cues = numCues(d.text, d.toks, d.sents, cues)
				lits = numScanCued(d.text, d.sents, cues, lits[:0])
			}
		}
	})
	b.Run("cues", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, d := range docs {
				cues = numCues(d.text, d.toks, d.sents, cues)
			}
		}
	})
}

// BenchmarkQuantitiesInDoc times appendQuantities on the seeds as
// docClaims runs it, just after entFind, whole-text and cued: the
// clock stops while entFind runs.
func BenchmarkQuantitiesInDoc(b *testing.B) {
	docs := numCueDocs(b)[:5]
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	for _, c := range []struct {
		name string
		cued bool
	}{{"whole", false}, {"cued", true}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			var out []article.Claim
			for b.Loop() {
				for i := range docs {
					b.StopTimer()
					_, sents := entLayout(&docs[i])
					e := entFind(docs[i].Text, sents)
					b.StartTimer()
					if c.cued {
						out = appendQuantitiesCued(out[:0], &docs[i], e.toks, e.sents)
					} else {
						out = appendQuantities(out[:0], &docs[i])
					}
					b.StopTimer()
					e.release()
					e.recycle()
					b.StartTimer()
				}
			}
		})
	}
}
