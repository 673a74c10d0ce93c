package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
)

// numScanPlain is numScan as it was before its word filter was made
// exact and its letter runs read eight bytes at a time: the reference the
// fast path must match numeral for numeral.
func numScanPlain(s string, dst []numLit) []numLit {
	for i := 0; i < len(s); {
		c := s[i]
		if numIsASCIILetter(c) {
			j := i + 1
			for j < len(s) && numIsASCIILetter(s[j]) {
				j++
			}
			if !numStartByte[c] || j-i > 9 || j < len(s) && s[j] >= 0x80 || !numMayStart(s[i:j]) || !numMayStartAt(s, i, j) {
				i = j
				continue
			}
		} else if !numStartByte[c] || c == '.' && (i+1 == len(s) || !numIsDigit(s[i+1])) {
			i++
			continue
		} else if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && numQuietPunct[s[i+2]&0x3F] {
			i += 3
			continue
		}
		t := numNext(s, i)
		if t.k == numEnd {
			break
		}
		lit, ok, next := numLitAt(s, t)
		if ok {
			dst = append(dst, lit)
			i = lit.e
			continue
		}
		if next <= t.s {
			next = t.e
		}
		i = next
	}
	return dst
}

// numScanCases are texts where the word filter and the eight-byte
// letter reader could go wrong: case, word length around eight and nine,
// words at the end of the text or before a byte past ASCII, addresses.
var numScanCases = []string{
	"",
	"a",
	"two",
	"TWO HUNDRED people",
	"One Thousand and One nights",
	"Seventeen; SEVENTEEN; seventeen",
	"thousands of people, Thousands Of Thousands",
	"a few hundred; A Couple of dozen; several thousand",
	"twoé 3 and 4ö",
	"see https://example.com/2022/10 and ftp://host/5 and www.x.org/7 then 8",
	"HTTP://A.B/9 then nine",
	"abcdefgh 1 abcdefghi 2 abcdefghij 3 eightteen 4",
	"half a million, a quarter, two thirds, one and a half million",
	"minus five, negative 3, Minus Two",
	"twenty-one, Ninety-Nine, fourty two",
	"“Three” — four… five",
	"lakhs crores dzs dozs nil naught",
	"1,234,567 and 1.5bn and $75m and ½",
	"tenth eighths sevenths",
}

// TestNumScanFastPath checks that numScan finds the numerals numScanPlain
// finds, on the cases above and on a generated corpus.
func TestNumScanFastPath(t *testing.T) {
	for _, s := range append(append([]string(nil), numScanCases...), numScanTexts(t)...) {
		got, want := numScan(s, nil), numScanPlain(s, nil)
		if !numLitsEqual(got, want) {
			t.Errorf("numScan(%q)\n got  %v\n want %v", trimCase(s), got, want)
		}
	}
}

// numScanTexts returns the seed texts, raw, and a generated corpus made
// from them: real text for the fast paths to be compared on.
func numScanTexts(tb testing.TB) []string {
	tb.Helper()
	texts, err := corpus.SeedTexts()
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range corpus.Generate(texts, corpus.Options{Articles: 40}) {
		texts = append(texts, string(f.Data))
	}
	return texts
}

func FuzzNumScanFastPath(f *testing.F) {
	for _, s := range numScanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := numScan(s, nil), numScanPlain(s, nil)
		if !numLitsEqual(got, want) {
			t.Errorf("numScan(%q)\n got  %v\n want %v", s, got, want)
		}
	})
}

func numLitsEqual(a, b []numLit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// trimCase shortens a long text for a failure message.
func trimCase(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return strings.TrimSpace(s)
}

// TestNumLookup checks that the packed word tables answer as the maps
// they are made from do, looked up lower-cased by numLower.
func TestNumLookup(t *testing.T) {
	var words []string
	for w := range numWords {
		words = append(words, w)
	}
	for w := range numDenominators {
		words = append(words, w)
	}
	words = append(words, numStartWords()...)
	words = append(words, "", "é", "thé", "Öne", "abcdefgh", "abcdefghi", "hundredth", "a-b", "tw0", "thousandsx")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:min(1, len(w))]) + w[min(1, len(w)):], w + "s", w[:len(w)/2]} {
			checkLookup(t, numWordTable, numWords, v)
			checkLookup(t, numDenominatorTable, numDenominators, v)
			checkLookup(t, numFewTable, numFewFactors, v)
		}
	}
}

func checkLookup[V comparable](t *testing.T, tab *numWordMap[V], m map[string]V, w string) {
	t.Helper()
	var buf [24]byte
	want, wantOK := m[numLower(w, &buf)]
	if got, ok := numLookup(tab, m, w); got != want || ok != wantOK {
		t.Errorf("numLookup(%q) = %v, %v, want %v, %v", w, got, ok, want, wantOK)
	}
}

// numNextPlain and numPrevPlain are numNext and numPrev as they were
// before their ASCII fast paths: the references for them.
func numNextPlain(s string, i int) numTok {
	for i < len(s) {
		n := numSpaceAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	if i >= len(s) {
		return numTok{len(s), len(s), numEnd}
	}
	j := i
	switch {
	case numIsDigit(s[i]):
		for j < len(s) && numIsDigit(s[j]) {
			j++
		}
		return numTok{i, j, numDigits}
	case numIsASCIILetter(s[i]) || numLetterAt(s, i) > 0:
		for j < len(s) {
			if numIsASCIILetter(s[j]) {
				j++
				continue
			}
			n := 0
			if s[j] >= utf8.RuneSelf {
				n = numLetterAt(s, j)
			}
			if n == 0 {
				break
			}
			j += n
		}
		return numTok{i, j, numWord}
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return numTok{i, i + n, numPunct}
}

func numPrevPlain(s string, i int) numTok {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || (r >= utf8.RuneSelf && unicode.IsSpace(r))) {
			break
		}
		i -= n
	}
	if i <= 0 {
		return numTok{0, 0, numEnd}
	}
	j := i
	if numIsDigit(s[i-1]) {
		for j > 0 && numIsDigit(s[j-1]) {
			j--
		}
		return numTok{j, i, numDigits}
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(r) {
		return numTok{i - n, i, numPunct}
	}
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return numTok{j, i, numWord}
}

// numTokCases mix ASCII with letters, spaces and marks past it.
var numTokCases = []string{
	"", " ", "a", "é", "\u00a0x\u202fy\u2009z\u2007", "naïve café 12\u00a03", "Zürich-based, ½ “quoted” — dash",
	"\t\r\n\v\f mixed\u3000space", "ab\xffcd \xe2\x80", "ÅngströmΩmega 42abc", "long-wordswithoutspacesandmore",
}

// TestNumTokFast checks numNext and numPrev against their plain forms at
// every offset of the cases, the seeds and a generated corpus.
func TestNumTokFast(t *testing.T) {
	for _, s := range append(append([]string(nil), numTokCases...), numScanTexts(t)...) {
		if msg := numTokDiff(s); msg != "" {
			t.Error(msg)
		}
	}
}

func FuzzNumTokFast(f *testing.F) {
	for _, s := range numTokCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if msg := numTokDiff(s); msg != "" {
			t.Error(msg)
		}
	})
}

// numTokDiff returns how numNext or numPrev first differs from its plain
// form on s, or "".
func numTokDiff(s string) string {
	for i := 0; i <= len(s); i++ {
		if got, want := numNext(s, i), numNextPlain(s, i); got != want {
			return fmt.Sprintf("numNext(%q, %d) = %v, want %v", trimCase(s), i, got, want)
		}
		if got, want := numPrev(s, i), numPrevPlain(s, i); got != want {
			return fmt.Sprintf("numPrev(%q, %d) = %v, want %v", trimCase(s), i, got, want)
		}
	}
	return ""
}
