package dedup

import (
	"strings"
	"testing"

	minhashlsh "github.com/ekzhu/minhash-lsh"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// The comparison with github.com/ekzhu/minhash-lsh uses the same documents,
// the same number of hashes, the same bands and rows (those the library
// picks for a Jaccard threshold of 0.5) and the same word 5-shingles.
const (
	cmpDocs      = 3000
	cmpHashes    = 128
	cmpThreshold = 0.5
)

func ekzhuParams() (rows, bands int) {
	return minhashlsh.NewMinhashLSH64(cmpHashes, cmpThreshold).Params()
}

// lowerWords returns the lower-cased words of each doc, as both
// implementations see them.
func lowerWords(docs []article.Doc) [][]string {
	out := make([][]string, len(docs))
	for i, d := range docs {
		for _, t := range tokenize(nil, d.Text) {
			out[i] = append(out[i], strings.ToLower(d.Text[t.start:t.end]))
		}
	}
	return out
}

// oursPairs signs docs and returns the LSH candidate pairs.
func oursPairs(docs []article.Doc, rows, bands int) []pair {
	s := newSigner(cmpHashes, 5)
	sigs := make([]signature, len(docs))
	var toks []token
	var hashes []uint64
	for i := range docs {
		toks = tokenize(toks[:0], docs[i].Text)
		hashes = hashes[:0]
		for _, t := range toks {
			hashes = append(hashes, t.hash)
		}
		sigs[i] = s.sign(nil, hashes)
	}
	return lshPairs(sigs, bands, rows, len(docs))
}

// ekzhuPairs does the same with github.com/ekzhu/minhash-lsh.
func ekzhuPairs(docs []article.Doc) []pair {
	lsh := minhashlsh.NewMinhashLSH64(cmpHashes, cmpThreshold)
	words := lowerWords(docs)
	sigs := make([][]uint64, len(docs))
	var buf []byte
	for i, w := range words {
		m := minhashlsh.NewMinhash(1, cmpHashes)
		for k := 0; k+5 <= len(w); k++ {
			buf = append(buf[:0], strings.Join(w[k:k+5], " ")...)
			m.Push(buf)
		}
		sigs[i] = m.Signature()
		lsh.Add(i, sigs[i])
	}
	lsh.Index()
	var out []pair
	for i, sig := range sigs {
		for _, key := range lsh.Query(sig) {
			if j := key.(int); j != i {
				out = append(out, makePair(i, j))
			}
		}
	}
	return out
}

// truePairs returns the pairs whose word 5-shingle Jaccard similarity is
// at least t, computed exactly through an inverted index on shingles.
func truePairs(docs []article.Doc, t float64) map[pair]bool {
	sets := make([]map[string]bool, len(docs))
	postings := map[string][]int{}
	for i, w := range lowerWords(docs) {
		sets[i] = map[string]bool{}
		for k := 0; k+5 <= len(w); k++ {
			sh := strings.Join(w[k:k+5], " ")
			if !sets[i][sh] {
				sets[i][sh] = true
				postings[sh] = append(postings[sh], i)
			}
		}
	}
	shared := map[pair]int{}
	for _, ds := range postings {
		for x := range ds {
			for y := x + 1; y < len(ds); y++ {
				shared[makePair(ds[x], ds[y])]++
			}
		}
	}
	out := map[pair]bool{}
	for p, n := range shared {
		i, j := p.split()
		if float64(n)/float64(len(sets[i])+len(sets[j])-n) >= t {
			out[p] = true
		}
	}
	return out
}

func recall(found []pair, truth map[pair]bool) float64 {
	hit := map[pair]bool{}
	for _, p := range found {
		if truth[p] {
			hit[p] = true
		}
	}
	return float64(len(hit)) / float64(len(truth))
}

// TestRecallVsEkzhu checks that our signatures and banding find at least as
// many of the pairs of word 5-shingle Jaccard ≥ 0.5 as ekzhu/minhash-lsh
// with the same parameters on the same documents.
func TestRecallVsEkzhu(t *testing.T) {
	if testing.Short() {
		t.Skip("exact Jaccard of 3000 articles under -short")
	}
	docs := generated(cmpDocs)
	truth := truePairs(docs, cmpThreshold)
	if len(truth) < 500 {
		t.Fatalf("only %d true pairs: the generator makes too few copies", len(truth))
	}
	rows, bands := ekzhuParams()
	ours, theirs := recall(oursPairs(docs, rows, bands), truth), recall(ekzhuPairs(docs), truth)
	t.Logf("%d pairs with J ≥ %v; %d bands of %d rows; recall ours %.4f, ekzhu %.4f", len(truth), cmpThreshold, bands, rows, ours, theirs)
	if ours < theirs {
		t.Errorf("recall ours = %.4f, want ≥ ekzhu's %.4f", ours, theirs)
	}
}

func docBytes(docs []article.Doc) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// BenchmarkSign measures signing and candidate search from the text:
// ours, then ekzhu/minhash-lsh with the same parameters.
func BenchmarkSign(b *testing.B) {
	docs := generated(cmpDocs)
	rows, bands := ekzhuParams()
	b.Run("ours", func(b *testing.B) {
		b.SetBytes(docBytes(docs))
		b.ReportAllocs()
		for b.Loop() {
			oursPairs(docs, rows, bands)
		}
	})
	b.Run("ekzhu", func(b *testing.B) {
		b.SetBytes(docBytes(docs))
		b.ReportAllocs()
		for b.Loop() {
			ekzhuPairs(docs)
		}
	})
}
