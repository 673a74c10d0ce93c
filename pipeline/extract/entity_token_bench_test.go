package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// BenchmarkEntTokenize measures the entity tokenizer alone over the seed
// texts.
func BenchmarkEntTokenize(b *testing.B) {
	var texts []string
	var sents [][]article.Span
	n := 0
	for _, s := range seedTexts(b) {
		_, ss := entLayout(&article.Doc{Text: s})
		texts, sents = append(texts, s), append(sents, ss)
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	buf := make([]entTok, 0, 8192)
	for b.Loop() {
		for i, s := range texts {
			buf = entTokenize(s, sents[i], buf[:0])
		}
	}
}

// entTokenizeRef is entTokenize without its fast paths: every word is
// read by entWordBytes.
func entTokenizeRef(text string, sents []article.Span) []entTok {
	var buf []entTok
	for si, s := range sents {
		prev, first := s.Start, true
		for i := s.Start; i < s.End; {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !entIsWordRune(r) {
				i += n
				continue
			}
			f := entGapFlags(text[prev:i], first)
			if entIsUpper(text, i) {
				f |= entCap
			}
			t := entTok{start: i, sent: int32(si), flags: f}
			i = entWordBytes(text, &t, s.End)
			buf = append(buf, t)
			prev, first = i, false
		}
	}
	return buf
}

// checkTokenize compares entTokenize of text, split into sentences as
// extraction splits it, with entTokenizeRef.
func checkTokenize(t *testing.T, text string) {
	_, sents := entLayout(&article.Doc{Text: text})
	got, want := entTokenize(text, sents, nil), entTokenizeRef(text, sents)
	if len(got) != len(want) {
		t.Fatalf("entTokenize(%q): %d tokens, want %d", text, len(got), len(want))
	}
	for k := range got {
		g, w := got[k], want[k]
		if g != w {
			t.Errorf("entTokenize(%q) token %d %q = %+v, want %+v", text, k, text[got[k].start:got[k].end], g, w)
		}
	}
}

// TestEntTokenize checks the fast paths of entTokenize (entTokenizeSpan,
// entWordShort) against entTokenizeRef.
func TestEntTokenize(t *testing.T) {
	texts := append(seedTexts(t), "a b", "Ab1 2024, Monday: Smith-Jones U.S. didn’t Müller’s abcdefg abcdefgh abcdefghijklmno abcdefghijklmnop x",
		"year. week\u00a0Tuesday] A1b2C3d Z@[`{ 09/12 ends", "Ünter «Zoë» said: “Yes.” (Ann) [Bo] x", "ab",
		"Mr. Jr. abcdefghi. U.S. 2022. today.\n mid.sentence 3.5 ends.” Sen.", "word.")
	for _, s := range texts {
		checkTokenize(t, s)
	}
}

func FuzzEntTokenize(f *testing.F) {
	f.Add("Ab1 2024, Monday: Smith-Jones U.S. didn’t Müller’s abcdefg abcdefgh x")
	f.Add("He said “no.” Then, in March 2020, the Mayor’s office (NYC) said: ok")
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenize(t, text)
	})
}
