package dedup

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// giantStory generates one story of n articles: four independent reports
// with the same names, then copies with light edits and rewrites of them,
// in turn.
func giantStory(n int) []article.Doc {
	g := &genCorpus{rng: rand.New(rand.NewPCG(2, uint64(n)))}
	g.vocab = make([]string, 3000)
	for i := range g.vocab {
		g.vocab[i] = g.word(2 + i%3)
	}
	names := []string{name(0, 0), name(0, 1), name(0, 2), name(0, 3)}
	day := article.Date{Year: 2022, Month: 3, Day: 1}
	var originals [][]string
	for range 4 {
		o := g.original(names, 0)
		originals = append(originals, o)
		g.add(0, o, day)
	}
	for k := 0; len(g.docs) < n; k++ {
		src := originals[g.rng.IntN(len(originals))]
		if k%2 == 0 {
			g.add(0, g.edit(src, 0.02+0.1*g.rng.Float64()), day.AddDays(1+k%5))
		} else {
			g.add(0, g.rewrite(src), day.AddDays(1+k%5))
		}
	}
	return g.docs
}

// TestGiantStoryBoundsWork counts the work of relate on one story of n
// articles: the pairs of articles classified stay within n·(maxPartners+1),
// and the pairs of sentences scored per article do not grow with n, so a
// story of thousands of articles costs linear time. The four reports stay
// four voices.
func TestGiantStoryBoundsWork(t *testing.T) {
	opt := &Options{}
	perArticle := map[int]float64{}
	sizes := []int{200, 800}
	for _, n := range sizes {
		docs := giantStory(n)
		feats := make([]features, n)
		members := make([]int, n)
		sc := opt.newScratch()
		for i := range docs {
			feats[i] = featuresOf(&docs[i], sc)
			members[i] = i
		}
		ss := new(storyScratch)
		rels, err := relate(context.Background(), docs, feats, members, opt, ss)
		if err != nil {
			t.Fatal(err)
		}
		if max := n * (maxPartners + 1); ss.work.related > max {
			t.Errorf("%d articles: classified %d pairs of articles, want at most %d", n, ss.work.related, max)
		}
		perArticle[n] = float64(ss.work.scored) / float64(n)
		if got := perArticle[n] / perArticle[sizes[0]]; got > 1.3 {
			t.Errorf("%d articles: scored %.0f pairs of sentences per article, %.2f× as many as with %d articles, want at most 1.3×",
				n, perArticle[n], got, sizes[0])
		}
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
		if v := voices(ids, rels); len(v) != 4 {
			t.Errorf("%d articles: %d voices, want 4 (the independent reports): sizes %v", n, len(v), voiceSizes(v))
		}
		t.Logf("%d articles: %d relations, %d pairs of articles classified, %.0f pairs of sentences scored per article",
			n, len(rels), ss.work.related, perArticle[n])
	}
}

func voiceSizes(v [][]string) []int {
	var out []int
	for _, x := range v {
		out = append(out, len(x))
	}
	return out
}
