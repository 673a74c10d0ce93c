package extract

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// TestEntWordMask checks the mask of each byte value in each place of the
// word against entWordByte.
func TestEntWordMask(t *testing.T) {
	for c := range 256 {
		for k := range 8 {
			v := uint64(c)<<(8*k) | uint64(' ')<<(8*((k+1)%8))
			var want uint64
			if entWordByte[c] {
				want = 0x80 << (8 * k)
			}
			if got := entWordMask(v) & (0xFF << (8 * k)); got != want {
				t.Errorf("entWordMask(%#x) at byte %d = %#x, want %#x", v, k, got, want)
			}
		}
	}
}

// checkWordShort compares entWordShort with entWordBytes at every word
// start of text: where the fast path takes the word, both must agree on
// its end, hash and flags.
func checkWordShort(t *testing.T, text string) {
	for i := 0; i < len(text); i++ {
		if !entWordByte[text[i]] && (i == 0 || text[i] < utf8.RuneSelf) {
			continue
		}
		for end := i + 1; end <= len(text); end++ {
			if end > i+18 {
				end = len(text)
			}
			short, plain := entTok{start: i}, entTok{start: i}
			j, ok := entWordShort(text, &short, end)
			if !ok {
				continue
			}
			k := entWordBytes(text, &plain, end)
			if j != k || short != plain {
				t.Errorf("entWordShort(%q, %d, %d) = %d, %+v; entWordBytes = %d, %+v", text, i, end, j, short, k, plain)
			}
		}
	}
}

func TestEntWordShort(t *testing.T) {
	texts := append(seedTexts(t), "a b", "Ab1 2024, Monday: Smith-Jones U.S. didn’t Müller’s abcdefg abcdefgh abcdefghijklmno abcdefghijklmnop x",
		"year. week\u00a0Tuesday] A1b2C3d Z@[`{ 09/12 ends",
		"Mr. Jr. abcdefghi. U.S. 2022. today.\n mid.sentence 3.5 ends.” Sen.", "word.")
	for _, s := range texts {
		checkWordShort(t, s)
	}
}

func FuzzEntWordShort(f *testing.F) {
	f.Add("Ab1 2024, Monday: Smith-Jones U.S. didn’t Müller’s abcdefg abcdefgh x")
	f.Fuzz(func(t *testing.T, text string) {
		checkWordShort(t, text)
	})
}

// TestMarkToks checks the branch-free marks of markToks against the plain
// tests: nextCand(i) is the first capitalized word or possible title from
// i on, and lowSeen holds the hash of each word without a capital.
func TestMarkToks(t *testing.T) {
	for _, text := range append(entLowerTexts, seedTexts(t)...) {
		_, sents := entLayout(&article.Doc{Text: text})
		e := entFind(text, sents)
		want := len(e.toks)
		for i := len(e.toks); i >= 0; i-- {
			if i < len(e.toks) && (e.toks[i].is(entCap) || entTitleBloom.has(e.toks[i].h)) {
				want = i
			}
			if got := e.nextCand(i); got != want {
				t.Errorf("nextCand(%d) = %d, want %d in %q", i, got, want, text)
			}
		}
		for _, tok := range e.toks {
			if !tok.is(entCap) && !e.lowSeen.has(tok.h) {
				t.Errorf("lowSeen lacks %q in %q", e.word(tok), text)
			}
		}
		e.release()
		e.recycle()
	}
}

func TestEntLowBytes(t *testing.T) {
	for n := 0; n <= 8; n++ {
		var want uint64
		for k := range n {
			want |= 0xFF << (8 * k)
		}
		if got := entLowBytes(n); got != want {
			t.Errorf("entLowBytes(%d) = %#x, want %#x", n, got, want)
		}
	}
}

// TestEntIsWordRune checks the shortcut for General Punctuation against
// the Unicode tables.
func TestEntIsWordRune(t *testing.T) {
	for r := rune(0x1F00); r <= 0x20FF; r++ {
		if got, want := entIsWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("entIsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
