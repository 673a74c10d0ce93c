package extract

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// BenchmarkEntFind measures the entity finder alone (entFind, then the
// release and recycling extractDoc does) over the seed texts.
func BenchmarkEntFind(b *testing.B) {
	type prepped struct {
		text  string
		sents []article.Span
	}
	var docs []prepped
	n := 0
	for _, s := range seedTexts(b) {
		_, sents := entLayout(&article.Doc{Text: s})
		docs = append(docs, prepped{s, sents})
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			e := entFind(d.text, d.sents)
			e.release()
			e.recycle()
		}
	}
}
