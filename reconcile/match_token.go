package reconcile

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// matchStemLen is the number of letters a token keeps. Truncating words
// to their first six letters is a crude but fast stemmer that is good
// enough for matching: "borders" and "border", "Ukrainian" and "Ukraine",
// "Belarusian" and "Belarus" fall together.
const matchStemLen = 6

//go:embed match_stopwords.txt
var matchStopwordsFile string

// matchStopwords holds the hashes of the words in match_stopwords.txt.
var matchStopwords = matchLoadStopwords(matchStopwordsFile)

func matchLoadStopwords(file string) map[uint64]bool {
	m := make(map[uint64]bool)
	for line := range strings.Lines(file) {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			m[matchHash(w, 0)] = true
		}
	}
	return m
}

// FNV-1a constants.
const (
	matchFNVOffset = 14695981039346656037
	matchFNVPrime  = 1099511628211
)

// matchHash hashes the lower-cased word w, keeping at most max letters
// (all when max is 0). It does not allocate.
func matchHash(w string, max int) uint64 {
	full, stem := matchHashes(w, max)
	if max == 0 {
		return full
	}
	return stem
}

// matchHashes returns the hashes of the lower-cased word w and of its
// first stem letters, in one pass.
func matchHashes(w string, stem int) (full, short uint64) {
	h := uint64(matchFNVOffset)
	n := 0
	short = h
	for _, r := range w {
		if n == stem {
			short = h
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint64(r)) * matchFNVPrime
		} else {
			var b [utf8.UTFMax]byte
			k := utf8.EncodeRune(b[:], unicode.ToLower(r))
			for _, c := range b[:k] {
				h = (h ^ uint64(c)) * matchFNVPrime
			}
		}
		n++
	}
	if n <= stem || stem == 0 {
		short = h
	}
	return h, short
}

// matchWords calls f for each word of s: a run of letters and digits,
// with inner apostrophes, hyphens and periods ("U.N.", "it's") and digit
// group commas ("5,000") kept.
func matchWords(s string, f func(w string)) {
	start := -1
	digit := false // the previous rune was a digit
	for i, r := range s {
		if isDigit := matchIsDigit(r); isDigit || matchIsLetter(r) {
			if start < 0 {
				start = i
			}
			digit = isDigit
			continue
		}
		if start >= 0 && (matchInner(r) || r == ',' && digit) && i+utf8.RuneLen(r) < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if matchIsDigit(next) || r != ',' && matchIsLetter(next) {
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

// matchIsLetter and matchIsDigit are unicode.IsLetter and IsDigit with an
// ASCII fast path.
func matchIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func matchIsDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func matchInner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

func matchTrimPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// matchTokens returns the sorted, unique stemmed hashes of the content
// words of s, appended to dst[:0]. Hyphenated words also give their parts,
// so "Belarusian-Ukrainian" meets "Belarus" and "Ukraine".
func matchTokens(dst []uint64, s string) []uint64 {
	dst = dst[:0]
	add := func(w string) {
		full, stem := matchHashes(matchTrimPossessive(w), matchStemLen)
		if !matchStopwords[full] {
			dst = append(dst, stem)
		}
	}
	matchWords(s, func(w string) {
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

// matchCommon counts the values that the sorted sets a and b share.
func matchCommon(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// matchDice is the Sørensen–Dice coefficient of two sorted sets, 0 when
// either is empty.
func matchDice(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return 2 * float64(matchCommon(a, b)) / float64(len(a)+len(b))
}

// matchOverlap is the overlap coefficient |a∩b| / min(|a|, |b|): 1 when
// one set holds the other, as a fragment of a quote is held by the whole.
func matchOverlap(a, b []uint64) float64 {
	m := min(len(a), len(b))
	if m == 0 {
		return 0
	}
	return float64(matchCommon(a, b)) / float64(m)
}

// matchJaccardStrings is the Jaccard index of two sorted sets of strings.
func matchJaccardStrings(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i], b[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
