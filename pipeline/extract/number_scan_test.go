package extract

import (
	"strings"
	"testing"

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
