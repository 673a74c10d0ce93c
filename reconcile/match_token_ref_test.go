package reconcile

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/seeds"
)

// The ref functions are the first, plain implementations of the word
// scanner, tokens and quote words. The fast ones must give the same
// results on any input; FuzzMatchTokensRef checks that they do, and that
// vdSquash is strings.Join(strings.Fields(s), " ").

func refMatchWords(s string, f func(w string)) {
	start := -1
	digit := false
	for i, r := range s {
		if isDigit := refIsDigit(r); isDigit || refIsLetter(r) {
			if start < 0 {
				start = i
			}
			digit = isDigit
			continue
		}
		if start >= 0 && (refInner(r) || r == ',' && digit) && i+utf8.RuneLen(r) < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if refIsDigit(next) || r != ',' && refIsLetter(next) {
				continue
			}
		}
		if start >= 0 {
			f(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

func refIsLetter(r rune) bool { return unicode.IsLetter(r) }
func refIsDigit(r rune) bool  { return unicode.IsDigit(r) }
func refInner(r rune) bool    { return r == '\'' || r == '’' || r == '-' || r == '.' }

func refTrimPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func refHashes(w string, stem int) (full, short uint64) {
	h := uint64(matchFNVOffset)
	n := 0
	short = h
	for _, r := range w {
		if n == stem {
			short = h
		}
		var b [utf8.UTFMax]byte
		k := utf8.EncodeRune(b[:], unicode.ToLower(r))
		for _, c := range b[:k] {
			h = (h ^ uint64(c)) * matchFNVPrime
		}
		n++
	}
	if n <= stem || stem == 0 {
		short = h
	}
	return h, short
}

func refStopwords() map[uint64]bool {
	m := make(map[uint64]bool)
	for line := range strings.Lines(matchStopwordsFile) {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			full, _ := refHashes(w, 0)
			m[full] = true
		}
	}
	return m
}

func refMatchTokens(stop map[uint64]bool, s string) []uint64 {
	var dst []uint64
	add := func(w string) {
		full, stem := refHashes(refTrimPossessive(w), matchStemLen)
		if !stop[full] {
			dst = append(dst, stem)
		}
	}
	refMatchWords(s, func(w string) {
		add(w)
		if strings.IndexByte(w, '-') > 0 {
			for part := range strings.SplitSeq(w, "-") {
				if part != "" {
					add(part)
				}
			}
		}
	})
	slices.Sort(dst)
	return slices.Compact(dst)
}

func refQuoteWords(s string) []string {
	var out []string
	refMatchWords(s, func(w string) {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		w = strings.ReplaceAll(w, ".", "")
		for part := range strings.SplitSeq(w, "-") {
			if part != "" {
				out = append(out, refExpand(part)...)
			}
		}
	})
	return out
}

func refExpand(w string) []string {
	if ws, ok := vdContractions[w]; ok {
		return ws
	}
	for _, s := range vdSuffixes {
		if len(w) > len(s.suffix) && strings.HasSuffix(w, s.suffix) {
			return []string{w[:len(w)-len(s.suffix)], s.word}
		}
	}
	return []string{w}
}

func refCiteQuote(said string) string {
	words := strings.Fields(said)
	cut := len(words) > vdCiteWords
	words = words[:min(len(words), vdCiteWords)]
	for i, w := range words {
		if strings.ContainsAny(w, ".!?") && i < len(words)-1 {
			words, cut = words[:i+1], true
			break
		}
	}
	text := strings.TrimRight(strings.Join(words, " "), ".!?,;:…\"”’'")
	text = strings.TrimLeft(text, "\"“‘'")
	if cut {
		text += "…"
	}
	return text
}

// refCheck compares the fast scanner, tokens and quote words with the
// ref ones on s.
func refCheck(t *testing.T, stop map[uint64]bool, s string) {
	t.Helper()
	var got, want []string
	matchWords(s, func(w string) { got = append(got, w) })
	refMatchWords(s, func(w string) { want = append(want, w) })
	if !slices.Equal(got, want) {
		t.Fatalf("matchWords(%q) = %q, want %q", s, got, want)
	}
	if got, want := matchTokens(nil, s), refMatchTokens(stop, s); !slices.Equal(got, want) {
		t.Fatalf("matchTokens(%q) = %x, want %x", s, got, want)
	}
	if got, want := quoteWords(s), refQuoteWords(s); !slices.Equal(got, want) {
		t.Fatalf("quoteWords(%q) = %q, want %q", s, got, want)
	}
	if got, want := vdSquash(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("vdSquash(%q) = %q, want %q", s, got, want)
	}
	if got, want := vdCiteQuote(s), refCiteQuote(s); got != want {
		t.Fatalf("vdCiteQuote(%q) = %q, want %q", s, got, want)
	}
	for _, stem := range []int{0, 1, matchStemLen} {
		gf, gs := matchHashes(s, stem)
		wf, ws := refHashes(s, stem)
		if gf != wf || gs != ws {
			t.Fatalf("matchHashes(%q, %d) = %x, %x, want %x, %x", s, stem, gf, gs, wf, ws)
		}
	}
}

var refCases = []string{
	"", " ", "a", "A", "U.N.", "the U.N. Charter's open-door policy", "5,000", "5,000,", "5,a", "a,5",
	"It's", "it’s", "IT’S", "we'll", "can't", "Ukraine’s", "'s", "’s", "a's", "x-", "-x", "a--b", "a-'b",
	"Belarusian-Ukrainian border", "Ünion ÜBER straße", "İstanbul", "ǅemal", "٣٤ 3.5 million", "1.",
	"café-au-lait", "\xff\xfeabc\xe2\x80", "ab\xe2\x80\x99", "o’\xff", "“Quoted,” he said.", "a.b.c.d",
	"Mr. O'Neill's", "x—y", "x–y", "12'", "ﬁnal", "ΣΑΣ σας",
	"one two three four five six seven eight", "one two three four five six seven eight nine",
	" 1 2 3 4 5 6 7 8 ", "1 2 3 4 5 6 7 8\u00a09", "a. b c", "“Yes,” he said. No.",
	" a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2009b", "\u3000", "a\xffb c", "\r",
}

func TestMatchTokensRef(t *testing.T) {
	stop := refStopwords()
	for _, s := range refCases {
		refCheck(t, stop, s)
	}
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		for line := range strings.Lines(string(b)) {
			refCheck(t, stop, line)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func FuzzMatchTokensRef(f *testing.F) {
	for _, s := range refCases {
		f.Add(s)
	}
	stop := refStopwords()
	f.Fuzz(func(t *testing.T, s string) { refCheck(t, stop, s) })
}

// BenchmarkMatchTokens tokenizes the seeds line by line.
func BenchmarkMatchTokens(b *testing.B) {
	var lines []string
	n := 0
	fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := fs.ReadFile(seeds.FS, path)
		for line := range strings.Lines(string(data)) {
			lines = append(lines, line)
			n += len(line)
		}
		return err
	})
	b.SetBytes(int64(n))
	var dst []uint64
	for b.Loop() {
		for _, l := range lines {
			dst = matchTokens(dst, l)
		}
	}
}

// BenchmarkMatchCommon merges the context sets of the seeds' sentences
// pairwise.
func BenchmarkMatchCommon(b *testing.B) {
	var sets [][]uint64
	fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := fs.ReadFile(seeds.FS, path)
		for line := range strings.Lines(string(data)) {
			if len(sets) < 200 {
				if ts := matchTokens(nil, line); len(ts) > 3 {
					sets = append(sets, ts[:min(len(ts), 20)])
				}
			}
		}
		return err
	})
	n := 0
	for b.Loop() {
		for i, x := range sets {
			for _, y := range sets[i+1:] {
				n += matchCommon(x, y)
			}
		}
	}
	_ = n
}
