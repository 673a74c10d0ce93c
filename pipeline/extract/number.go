package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A Number is a numeric expression found in text (byte offsets), with its
// value as an interval. The expression includes its qualifier and its
// unit: "more than 100,000", "as many as $2 billion", "12 percent",
// "between 5 and 10 million".
//
// Readings of the qualifiers (X is the number as written; see
// qtyQualifiers for every wording):
//
//	bare X                       exactly [X, X]
//	more than, over, above X     (X, +Inf)
//	at least, no fewer than X    [X, +Inf); also "X or more"
//	fewer than, less than, under [0, X)
//	at most, no more than X      [0, X]; also "X or fewer"
//	as many as, up to X          (0, X], approximate: X is the top
//	nearly, almost X             [0.9X, X), approximate
//	about, around, roughly, some [0.9X, 1.1X], approximate; also "X or so"
//	just over X                  (X, 1.1X], approximate
//	between X and Y, X to Y, X-Y [X, Y]: news means both ends
//
// "from X to Y" after a verb of change ("rose from 5% to 7%") is two
// values at two times, not a range, and gives two Numbers.
//
// Vague numerals: "dozens" is [24, 120), "hundreds" [200, 1000),
// "thousands" [2000, 10000), "tens of thousands" [20000, 100000),
// "hundreds of thousands" [200000, 1000000) — a plural scale word means
// 2 to 10 of it — and "a few hundred" [200, 500], "several thousand"
// [3000, 9000], "a couple of dozen" [24, 36]; all approximate. A negative
// bound that the wording gives no floor to is -Inf; counts floor at 0.
type Number struct {
	Start, End int
	Text       string
	Interval   article.Interval
	// Value is the number as stated: 100000 in "more than 100,000", the
	// lower end of a range or of a vague numeral ("tens of thousands" is
	// 20000).
	Value float64
	// Percent is true for "12%", "12 percent", "12 percentage points".
	Percent bool
	// Currency is the ISO 4217 code of an amount of money ("USD"), or "".
	Currency string

	// lits are the numerals alone, without qualifier or unit: one, or two
	// for a range.
	lits [2]numSpan
	n    int
}

// numSpan is the place and value of one numeral of a Number.
type numSpan struct {
	s, e int
	v    float64
}

// Numbers returns the numeric expressions of s in order. It reads
// numerals ("150,000", "1.5 million", "twenty-one", "a dozen", "tens of
// thousands", "half a million", "two thirds"), their qualifiers, ranges,
// percentages and currencies. It leaves out numbers inside words and
// identifiers ("F-16", "G7", "4th", "10km"), times of day ("10:30"), phone
// numbers and URLs; it does not judge whether a number is a year or a
// date: findQuantities does.
func Numbers(s string) []Number {
	lits := numScan(s, nil)
	return qtyCombine(s, lits, nil)
}

// numLit is one numeral: digits, words or both ("4 thousand").
type numLit struct {
	s, e   int
	v      float64 // value; for a vague numeral its lower bound
	lo, hi float64 // the reading: lo == hi == v unless vague
	vague  bool
	hiIn   bool    // hi is inclusive (vague numerals)
	scale  float64 // the last multiplier, 1 when none: "2 million" is 1e6
	base   float64 // v / scale
	words  bool    // written with words only
	plain  int     // digit count of a plain integer (no sign, group, point, multiplier), else 0
	lead0  bool    // a plain integer with a leading zero ("01")
	frac   bool    // a fraction written with a slash
	cur    string  // currency whose sign came glued before ("$75m")
}

func (l numLit) exact() bool { return !l.vague }

// numLitAt reads the numeral that starts with token t. When there is none
// it returns the offset to go on scanning from.
func numLitAt(s string, t numTok) (lit numLit, ok bool, next int) {
	switch t.k {
	case numDigits:
		return numDigitStart(s, t)
	case numWord:
		if numIsURL(s, t) {
			return lit, false, numSkipNonSpace(s, t.s)
		}
		lit, ok = numWordStart(s, t)
		return lit, ok, t.e
	case numPunct:
		return numPunctStart(s, t)
	}
	return lit, false, t.e
}

// numIsURL reports whether word t starts a web address or an e-mail.
func numIsURL(s string, t numTok) bool {
	rest := s[t.e:]
	w := s[t.s:t.e]
	return strings.HasPrefix(rest, "://") || (strings.EqualFold(w, "www") && strings.HasPrefix(rest, "."))
}

func numSkipNonSpace(s string, i int) int {
	for i < len(s) && numSpaceAt(s, i) == 0 {
		i++
	}
	return i
}

// numCluster returns the end of the run of letters, digits and joining
// punctuation glued to t: an identifier or a measurement to skip whole.
func numCluster(s string, t numTok) int {
	i := t.e
	for i < len(s) {
		c := s[i]
		if numIsDigit(c) || numLetterAt(s, i) > 0 {
			i += max(1, numLetterAt(s, i))
			continue
		}
		if (c == '-' || c == '.' || c == ',' || c == '/' || c == ':') && i+1 < len(s) && (numIsDigit(s[i+1]) || numIsASCIILetter(s[i+1])) {
			i++
			continue
		}
		break
	}
	return i
}

// numDigitStart reads a numeral starting with digits, deciding from what
// is glued before it whether it is a number at all.
func numDigitStart(s string, t numTok) (numLit, bool, int) {
	p := numPrev(s, t.s)
	start, sign, intOnly := t.s, 1.0, false
	if p.glued(t) {
		pp := numPrev(s, p.s)
		ppGlued := pp.glued(p)
		switch {
		case p.k == numWord:
			return numLit{}, false, numCluster(s, t)
		case ppGlued && pp.k == numWord && (numIsP(s, p, "-") || numIsP(s, p, "#") || numIsP(s, p, ".")) && !numIsSuffixWord(s, pp):
			return numLit{}, false, numCluster(s, t) // F-16, COVID-19
		case ppGlued && pp.k == numDigits && numIsP(s, p, ":"):
			return numLit{}, false, numCluster(s, t)
		case ppGlued && pp.k == numDigits && (numIsP(s, p, ".") || numIsP(s, p, "/") || numIsP(s, p, ",")):
			intOnly = true // 192.168.1.2, 5/17/2018, 22,24,26
		case ppGlued && (pp.k == numDigits || pp.k == numWord):
			// a range dash: "5,000-10,000", "5k-20k"
		case numIsP(s, p, "-") || numIsP(s, p, "−") || numIsP(s, p, "+"):
			if !ppGlued || pp.k == numPunct && !numIsP(s, pp, "-") {
				start = p.s
				if !numIsP(s, p, "+") {
					sign = -1
				}
			}
		}
	}
	lit, ok, next := numParse(s, t, intOnly)
	if !ok {
		return lit, false, next
	}
	if sign < 0 {
		lit.v, lit.lo, lit.hi, lit.base = -lit.v, -lit.hi, -lit.lo, -lit.base
		lit.plain = 0
	}
	lit.s = start
	return lit, true, lit.e
}

// numIsSuffixWord reports whether word w is a multiplier glued to digits
// ("5k" in "5k-20k").
func numIsSuffixWord(s string, w numTok) bool {
	p := numPrev(s, w.s)
	_, ok := numSuffixes[s[w.s:w.e]]
	return ok && p.k == numDigits && p.e == w.s
}

// numPunctStart reads ".5", "½" and the signs before them.
func numPunctStart(s string, t numTok) (numLit, bool, int) {
	if s[t.s] < utf8.RuneSelf && s[t.s] != '.' {
		return numLit{}, false, t.e
	}
	if v, ok := numVulgar[s[t.s:t.e]]; ok {
		return numLit{s: t.s, e: t.e, v: v, lo: v, hi: v, scale: 1, base: v}, true, t.e
	}
	if s[t.s] == '.' {
		d := numNext(s, t.e)
		p := numPrev(s, t.s)
		if d.k == numDigits && t.glued(d) && !(p.glued(t) && (p.k == numDigits || p.k == numWord)) {
			v, e := numDecimals(s, d)
			if numGluedLetters(s, e) {
				return numLit{}, false, numCluster(s, d)
			}
			return numLit{s: t.s, e: e, v: v, lo: v, hi: v, scale: 1, base: v}, true, e
		}
	}
	return numLit{}, false, t.e
}

// numGluedLetters reports whether a letter follows at i.
func numGluedLetters(s string, i int) bool { return i < len(s) && numLetterAt(s, i) > 0 }

// numDecimals reads the digits of d as a fraction: "25" is 0.25.
func numDecimals(s string, d numTok) (float64, int) {
	var m float64
	k := 0
	for i := d.s; i < d.e; i++ {
		if k < 15 {
			m = m*10 + float64(s[i]-'0')
			k++
		}
	}
	return m / math.Pow10(k), d.e
}

// numInt reads the integer of digit token d.
func numInt(s string, d numTok) float64 {
	var v float64
	for i := d.s; i < d.e; i++ {
		v = v*10 + float64(s[i]-'0')
	}
	return v
}

// numDig is a digit numeral as read by numDigitVal.
type numDig struct {
	v      float64
	e      int
	plain  int // digits of a plain integer, else 0
	lead0  bool
	mult   float64 // multiplier suffix ("10k"), 1 when none
	frac   bool
	reject bool // a measurement, ordinal or time: no number here
}

// numDigitVal reads the digit numeral that starts with token d: thousands
// groups ("1,234,567", "1 234 567", Indian "12,34,567"), decimals ("4.8",
// European "1,3" and "1.111,11"), a slash fraction ("3/4") and a
// multiplier suffix ("10k", "1.2bn", "$75m").
func numDigitVal(s string, d numTok, intOnly bool, cur string) numDig {
	r := numDig{v: numInt(s, d), e: d.e, plain: d.e - d.s, mult: 1}
	r.lead0 = s[d.s] == '0' && r.plain > 1
	if !intOnly {
		numGroups(s, d, &r)
		numPoint(s, &r)
		if r.e+1 < len(s) && s[r.e] == ':' && numIsDigit(s[r.e+1]) {
			r.reject = true
			return r
		}
	}
	numSuffix(s, &r, cur)
	return r
}

// numGroups reads thousands groups after the first run of digits.
func numGroups(s string, d numTok, r *numDig) {
	var lens [8]int
	var ends [8]int
	n := 0
	for k := d.e; n < len(lens) && k+1 < len(s) && s[k] == ',' && numIsDigit(s[k+1]); n++ {
		j := k + 1
		for j < len(s) && numIsDigit(s[j]) {
			j++
		}
		lens[n], ends[n], k = j-k-1, j, j
	}
	switch {
	case n > 0 && r.plain <= 3 && lens[0] == 3:
		m := 0
		for m < n && lens[m] == 3 {
			m++
		}
		r.e, r.v, r.plain = ends[m-1], numNoSep(s, d.s, ends[m-1]), 0
	case n >= 2 && r.plain <= 2 && lens[n-1] == 3 && numAllTwo(lens[:n-1]):
		r.e, r.v, r.plain = ends[n-1], numNoSep(s, d.s, ends[n-1]), 0
	case n == 1 && lens[0] <= 2 && r.plain <= 3 && !(ends[0]+1 < len(s) && s[ends[0]] == '.' && numIsDigit(s[ends[0]+1])):
		f, _ := numDecimals(s, numTok{d.e + 1, ends[0], numDigits})
		r.e, r.v, r.plain = ends[0], r.v+f, 0 // European decimal comma: "1,3"
	case n == 0 && r.plain <= 3:
		numEuroOrSpaced(s, d, r)
	}
}

func numAllTwo(lens []int) bool {
	for _, l := range lens {
		if l != 2 {
			return false
		}
	}
	return true
}

// numNoSep returns the integer written in s[i:j], skipping separators.
func numNoSep(s string, i, j int) float64 {
	var v float64
	for ; i < j; i++ {
		if numIsDigit(s[i]) {
			v = v*10 + float64(s[i]-'0')
		}
	}
	return v
}

// numEuroOrSpaced reads "1.111,11" and "1 234 567" (space, no-break or
// thin space between groups of three).
func numEuroOrSpaced(s string, d numTok, r *numDig) {
	k := d.e
	for k+4 <= len(s) && s[k] == '.' && numRun(s, k+1) == 3 {
		k += 4
	}
	if k > d.e && k+1 < len(s) && s[k] == ',' && numIsDigit(s[k+1]) {
		f, e := numDecimals(s, numTok{k + 1, k + 1 + numRun(s, k+1), numDigits})
		r.v, r.e, r.plain = numNoSep(s, d.s, k)+f, e, 0
		return
	}
	k = d.e
	for k < len(s) {
		sp := numSpaceAt(s, k)
		if sp == 0 || s[k] == '\n' || numRun(s, k+sp) != 3 || numGluedLetters(s, k+sp+3) {
			break
		}
		k += sp + 3
	}
	if k > d.e {
		r.v, r.e, r.plain = numNoSep(s, d.s, k), k, 0
	}
}

// numRun returns the number of digits from i.
func numRun(s string, i int) int {
	j := i
	for j < len(s) && numIsDigit(s[j]) {
		j++
	}
	return j - i
}

// numPoint reads a decimal part or a slash fraction after the integer.
func numPoint(s string, r *numDig) {
	e := r.e
	if e+1 >= len(s) || !numIsDigit(s[e+1]) {
		return
	}
	n := numRun(s, e+1)
	chained := e+1+n+1 < len(s) && s[e+1+n] == s[e] && numIsDigit(s[e+1+n+1])
	switch {
	case s[e] == '.' && !chained:
		f, end := numDecimals(s, numTok{e + 1, e + 1 + n, numDigits})
		r.v, r.e, r.plain = r.v+f, end, 0
	case s[e] == '/' && !chained && r.plain > 0:
		den := numInt(s, numTok{e + 1, e + 1 + n, numDigits})
		if den != 0 {
			r.v, r.e, r.plain, r.frac = r.v/den, e+1+n, 0, true
		}
	}
}

// numSuffix reads a multiplier after the numeral, or rejects a numeral
// glued to letters that are not one ("10km", "4th", "1990s").
func numSuffix(s string, r *numDig, cur string) {
	w := numNext(s, r.e)
	if w.k != numWord {
		return
	}
	word := s[w.s:w.e]
	m, ok := numSuffixes[word]
	if word == "G" && w.s > r.e {
		m, ok = 1e9, true
	}
	if !ok && (word == "m" || word == "bil" || word == "mill") && cur != "" {
		m, ok = 1e6, true
		if word == "bil" {
			m = 1e9
		}
	}
	glued := w.s == r.e
	if !glued {
		// spaced: "2.33 k", "$3 bn"; not an initial ("5 M. Smith")
		single := len(word) == 1 && w.e < len(s) && s[w.e] == '.'
		if ok && !single {
			r.v, r.e, r.mult, r.plain = r.v*m, w.e, m, 0
		}
		return
	}
	switch {
	case ok:
		r.v, r.e, r.mult, r.plain = r.v*m, w.e, m, 0
	case numCurrencyCodes[strings.ToLower(word)] != "" || numCurrencySymbols[word] != "":
		// "115USD": the unit is read by qtyUnit
	default:
		r.reject = true
	}
}
