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

func matchLoadStopwords(file string) *matchHashSet {
	var hs []uint64
	for line := range strings.Lines(file) {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			hs = append(hs, matchHash(w, 0))
		}
	}
	return matchNewHashSet(hs)
}

// A matchHashSet is a set of hashes in an open-addressed table, faster
// than a map for the lookup of every word.
type matchHashSet struct {
	slots []uint64 // 0 is an empty slot
	shift uint
	zero  bool // whether 0 is in the set
}

func matchNewHashSet(hs []uint64) *matchHashSet {
	bits := uint(4)
	for 1<<bits < 4*len(hs) {
		bits++
	}
	s := &matchHashSet{slots: make([]uint64, 1<<bits), shift: 64 - bits}
	for _, h := range hs {
		if h == 0 {
			s.zero = true
			continue
		}
		i := s.slot(h)
		for s.slots[i] != 0 && s.slots[i] != h {
			i = (i + 1) & (len(s.slots) - 1)
		}
		s.slots[i] = h
	}
	return s
}

func (s *matchHashSet) slot(h uint64) int { return int((h * 0x9e3779b97f4a7c15) >> s.shift) }

func (s *matchHashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	for i := s.slot(h); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
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
// first stem letters, in one pass: bytes while they are ASCII, then runes.
func matchHashes(w string, stem int) (full, short uint64) {
	h := uint64(matchFNVOffset)
	short = h
	n, i := 0, 0
	for ; i < len(w) && w[i] < utf8.RuneSelf; i++ {
		if n == stem {
			short = h
		}
		h = (h ^ uint64(matchLower[w[i]])) * matchFNVPrime
		n++
	}
	for _, r := range w[i:] {
		if n == stem {
			short = h
		}
		if r < utf8.RuneSelf {
			h = (h ^ uint64(matchLower[r])) * matchFNVPrime
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

// Classes of ASCII bytes for the word scanner.
const (
	matchLetter = 1 << iota
	matchDigit
	matchInnerByte // ' - . inside a word before a letter or digit
)

var matchClass, matchLower = matchTables()

func matchTables() (class, lower [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		lower[c] = c
		switch {
		case 'a' <= c && c <= 'z':
			class[c] = matchLetter
		case 'A' <= c && c <= 'Z':
			class[c] = matchLetter
			lower[c] = c + 'a' - 'A'
		case '0' <= c && c <= '9':
			class[c] = matchDigit
		case c == '\'', c == '-', c == '.':
			class[c] = matchInnerByte
		}
	}
	return class, lower
}

// matchWords calls f for each word of s: a run of letters and digits,
// with inner apostrophes, hyphens and periods ("U.N.", "it's") and digit
// group commas ("5,000") kept.
func matchWords(s string, f func(w string)) {
	for i := 0; ; {
		start, end := matchNextWord(s, i)
		if start == end {
			return
		}
		f(s[start:end])
		i = end
	}
}

// matchNextWord returns the bounds of the first word of s at or after
// byte i (see matchWords), or an empty range when there is none.
func matchNextWord(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if matchClass[c]&(matchLetter|matchDigit) != 0 {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += w
	}
	start = i
	digit := false // the previous rune was a digit
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if k := matchClass[c]; k&(matchLetter|matchDigit) != 0 {
				digit = k == matchDigit
				i++
				continue
			}
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
			if isDigit := unicode.IsDigit(r); isDigit || unicode.IsLetter(r) {
				digit = isDigit
				i += w
				continue
			}
		}
		if (matchInner(r) || r == ',' && digit) && i+w < len(s) && matchInnerKept(r, s[i+w:]) {
			i += w
			continue
		}
		return start, i
	}
	return start, i
}

// matchInnerKept reports whether an inner rune r, followed by rest, is
// kept in its word: a comma before a digit, the others before a letter or
// digit.
func matchInnerKept(r rune, rest string) bool {
	next := rune(rest[0])
	if next >= utf8.RuneSelf {
		next, _ = utf8.DecodeRuneInString(rest)
	}
	return matchIsDigit(next) || r != ',' && matchIsLetter(next)
}

// matchIsLetter and matchIsDigit are unicode.IsLetter and IsDigit with an
// ASCII fast path.
func matchIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return matchClass[r] == matchLetter
	}
	return unicode.IsLetter(r)
}

func matchIsDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return matchClass[r] == matchDigit
	}
	return unicode.IsDigit(r)
}

func matchInner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

// matchTrimPossessive removes a final "'s" or "’s" (either case).
func matchTrimPossessive(w string) string {
	n := len(w)
	if n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return w
	}
	if w[n-2] == '\'' {
		return w[:n-2]
	}
	if n > 4 && w[n-4:n-1] == "’" {
		return w[:n-4]
	}
	return w
}

// matchTokens returns the sorted, unique stemmed hashes of the content
// words of s, appended to dst[:0]. Hyphenated words also give their parts,
// so "Belarusian-Ukrainian" meets "Belarus" and "Ukraine".
func matchTokens(dst []uint64, s string) []uint64 {
	dst = dst[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && matchClass[c]&(matchLetter|matchDigit) == 0 {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			var ok bool
			if dst, i, ok = matchASCIIWord(dst, s, i); ok {
				continue
			}
		}
		start, end := matchNextWord(s, i)
		if start == end {
			break
		}
		dst = matchAddWord(dst, s[start:end])
		i = end
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// matchASCIIWord adds the token of the word of ASCII letters and digits
// at s[i:], hashing as it scans, and returns the offset after it. When
// the word may go on past them (an inner period, apostrophe, hyphen or
// comma, or a non-ASCII rune follows) it adds nothing and returns false.
func matchASCIIWord(dst []uint64, s string, i int) ([]uint64, int, bool) {
	h, stem, n := uint64(matchFNVOffset), uint64(0), 0
	j := i
	for ; j < len(s); j++ {
		c := s[j]
		if c >= utf8.RuneSelf || matchClass[c]&(matchLetter|matchDigit) == 0 {
			break
		}
		h = (h ^ uint64(matchLower[c])) * matchFNVPrime
		if n++; n == matchStemLen {
			stem = h
		}
	}
	if j < len(s) && j+1 < len(s) {
		c := s[j]
		if c >= utf8.RuneSelf {
			return dst, i, false
		}
		if (matchClass[c] == matchInnerByte || c == ',' && matchClass[s[j-1]] == matchDigit) && matchInnerKept(rune(c), s[j+1:]) {
			return dst, i, false
		}
	} else if j < len(s) && s[j] >= utf8.RuneSelf {
		return dst, i, false
	}
	if n < matchStemLen {
		stem = h
	}
	if !matchStopwords.has(h) {
		dst = append(dst, stem)
	}
	return dst, j, true
}

// matchAddWord adds the tokens of word w and, when it is hyphenated, of
// its parts.
func matchAddWord(dst []uint64, w string) []uint64 {
	dst = matchAddToken(dst, w)
	if strings.IndexByte(w, '-') > 0 {
		for w != "" {
			part, rest, _ := strings.Cut(w, "-")
			if part != "" {
				dst = matchAddToken(dst, part)
			}
			w = rest
		}
	}
	return dst
}

// matchAddToken appends the stemmed hash of w unless w is a stopword.
func matchAddToken(dst []uint64, w string) []uint64 {
	full, stem := matchHashes(matchTrimPossessive(w), matchStemLen)
	if !matchStopwords.has(full) {
		dst = append(dst, stem)
	}
	return dst
}

// matchCommon counts the values that the sorted sets a and b share.
func matchCommon(a, b []uint64) int {
	if len(a) == len(b) && len(a) > 0 && &a[0] == &b[0] {
		return len(a) // one set, shared by claims of one text
	}
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
