package extract

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// TestSpeakerFastPaths checks lowerIs and qtHasSurname against what they
// replace, lower-casing with entLower and cutting with entSurname, on
// every word and mention of the seeds and of texts with capitals and
// letters past ASCII.
func TestSpeakerFastPaths(t *testing.T) {
	texts := append(seedTexts(t),
		"ACCORDING TO İstanbul officials, THE Mayor said: “No.” Ångström, ÅNGSTRÖM and the ﬁnal word.",
		"According to Anna Smith-Jones, Smith-Jones said it. Jones and de la Cruz, Cruz, la Cruz spoke.")
	words := []string{"according", "to", "the", "a", "an", "said", "he", "she", "i̇stanbul", "ångström", "ﬁnal"}
	for _, s := range texts {
		d := &article.Doc{Text: s}
		_, sents := entLayout(d)
		e := entFind(s, sents)
		for k := range e.toks {
			for _, lw := range words {
				var buf [32]byte
				want := string(entLower(buf[:0], e.word(e.toks[k]))) == lw
				if got := e.lowerIs(k, lw); got != want {
					t.Errorf("lowerIs(%q, %q) = %v, want %v", e.word(e.toks[k]), lw, got, want)
				}
			}
		}
		for _, m := range e.mentions {
			for _, o := range e.mentions {
				for _, sur := range []string{m.key, entSurname(m.key)} {
					if got, want := qtHasSurname(o.key, sur), entSurname(o.key) == sur; got != want {
						t.Errorf("qtHasSurname(%q, %q) = %v, want %v", o.key, sur, got, want)
					}
				}
			}
		}
	}
}
