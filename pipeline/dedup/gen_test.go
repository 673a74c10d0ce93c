package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// genCorpus generates n articles deterministically: stories of about ten
// articles, each story with names, figures and a date of its own, told by
// independent originals, syndicated copies with light edits and
// paraphrasing rewrites, all drawn from one shared vocabulary so that
// different stories look alike except for their names.
type genCorpus struct {
	rng   *rand.Rand
	vocab []string
	docs  []article.Doc
}

var (
	corpusMu    sync.Mutex
	corpusCache = map[int][]article.Doc{}
)

// generated returns the n-article corpus, generating it once.
func generated(n int) []article.Doc {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if d, ok := corpusCache[n]; ok {
		return d
	}
	g := &genCorpus{rng: rand.New(rand.NewPCG(1, uint64(n)))}
	g.vocab = make([]string, 3000)
	for i := range g.vocab {
		g.vocab[i] = g.word(2 + i%3)
	}
	for s := 0; len(g.docs) < n; s++ {
		g.story(s, n)
	}
	corpusCache[n] = g.docs
	return g.docs
}

var syllables = strings.Fields("ka lo mi ren sa tor vel un dar is po que ber li na gos ta fe ri mon")

func (g *genCorpus) word(syl int) string {
	var b strings.Builder
	for range syl {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	return b.String()
}

// name returns a capitalized name unique to story s and index i.
func name(s, i int) string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(syllables[i%len(syllables)][:1]) + syllables[i%len(syllables)][1:])
	for x := s*7 + i + 1; x > 0; x /= len(syllables) {
		b.WriteString(syllables[x%len(syllables)])
	}
	return b.String()
}

// storySize is the number of articles of a generated story: four
// originals, then three copies and three rewrites.
const storySize = 10

// storyOfGenerated returns the generated story of an article ID.
func storyOfGenerated(id string) int {
	var n int
	fmt.Sscanf(id, "g%d", &n)
	return n / storySize
}

func (g *genCorpus) story(s, n int) {
	names := []string{name(s, 0), name(s, 1), name(s, 2), name(s, 3)}
	day := article.Date{Year: 2022, Month: 1, Day: 1}.AddDays(s % 700)
	var originals [][]string
	for k := 0; k < 4 && len(g.docs) < n; k++ {
		o := g.original(names, s)
		originals = append(originals, o)
		g.add(s, o, day.AddDays(k))
	}
	for k := 0; k < storySize-4 && len(g.docs) < n; k++ {
		src := originals[g.rng.IntN(len(originals))]
		if k%2 == 0 {
			g.add(s, g.edit(src, 0.02+0.1*g.rng.Float64()), day.AddDays(2+k))
		} else {
			g.add(s, g.rewrite(src), day.AddDays(2+k))
		}
	}
}

// original returns the sentences of an independent report.
func (g *genCorpus) original(names []string, s int) []string {
	out := make([]string, 10+g.rng.IntN(6))
	for i := range out {
		w := make([]string, 12+g.rng.IntN(10))
		for j := range w {
			w[j] = g.vocab[g.rng.IntN(len(g.vocab))]
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		w[1+g.rng.IntN(len(w)-1)] = names[g.rng.IntN(len(names))]
		if g.rng.IntN(3) == 0 {
			w[1+g.rng.IntN(len(w)-1)] = fmt.Sprint(100 + s%900)
		}
		out[i] = strings.Join(w, " ") + "."
	}
	return out
}

// edit returns a copy with a share of its words replaced.
func (g *genCorpus) edit(src []string, rate float64) []string {
	out := make([]string, len(src))
	for i, sent := range src {
		w := strings.Fields(sent)
		for j := 1; j < len(w)-1; j++ {
			if g.rng.Float64() < rate {
				w[j] = g.vocab[g.rng.IntN(len(g.vocab))]
			}
		}
		out[i] = strings.Join(w, " ")
	}
	return out
}

// rewrite returns a paraphrase: every sentence kept in order, with a third
// of its words changed and a few dropped.
func (g *genCorpus) rewrite(src []string) []string {
	out := g.edit(src, 0.3)
	for i, sent := range out {
		w := strings.Fields(sent)
		if len(w) > 8 {
			k := 1 + g.rng.IntN(len(w)-2)
			w = append(w[:k], w[k+1:]...)
		}
		out[i] = strings.Join(w, " ")
	}
	return out
}

func (g *genCorpus) add(s int, sents []string, day article.Date) {
	id := fmt.Sprintf("g%07d", len(g.docs))
	d := article.Doc{Article: article.Article{ID: id, Source: fmt.Sprintf("Outlet %d", len(g.docs)%50),
		Published: article.DateRange{From: day, To: day}}}
	var b strings.Builder
	for i, sent := range sents {
		switch {
		case i > 0 && i%4 == 0:
			b.WriteString("\n\n")
		case i > 0:
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(sent)
		d.Sentences = append(d.Sentences, article.Span{Doc: id, Start: start, End: b.Len()})
	}
	d.Text = b.String()
	g.docs = append(g.docs, d)
}
