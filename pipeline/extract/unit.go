package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the lexicon of numbers: number words, multipliers,
// fraction denominators, percent words and currencies, and the small
// tokenizer the number scanner walks with. The word lists are closed,
// generic English; the user-editable list of counted nouns is
// data/nouns.txt (see noun.go).

// numKind is the kind of a numTok.
type numKind uint8

const (
	numEnd    numKind = iota // no more text
	numWord                  // a run of letters
	numDigits                // a run of ASCII digits
	numPunct                 // one other rune that is not space
)

// numTok is one token of text: [s, e) in bytes.
type numTok struct {
	s, e int
	k    numKind
}

// glued reports whether u starts where t ends.
func (t numTok) glued(u numTok) bool { return t.k != numEnd && u.k != numEnd && t.e == u.s }

func numIsDigit(c byte) bool { return '0' <= c && c <= '9' }

func numIsASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// numSpaceAt returns the length of the space rune at s[i], or 0.
func numSpaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || unicode.IsSpace(r) {
		return n
	}
	return 0
}

// numLetterAt returns the length of the letter rune at s[i], or 0.
func numLetterAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if numIsASCIILetter(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) {
		return n
	}
	return 0
}

// numNext returns the token that starts at or after i, skipping space.
func numNext(s string, i int) numTok {
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

// numPrev returns the token that ends at or before i, skipping space.
func numPrev(s string, i int) numTok {
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
	switch {
	case numIsDigit(s[i-1]):
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

// numLower returns the lower-case form of a short ASCII word in buf, or ""
// when the word is long or not ASCII: every word the lexicon knows is
// short and ASCII.
func numLower(w string, buf *[24]byte) string {
	if len(w) > len(buf) {
		return ""
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return ""
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}

// numIs reports whether token t of s is the word w (lower-case), in any case.
func numIs(s string, t numTok, w string) bool {
	return t.k == numWord && t.e-t.s == len(w) && strings.EqualFold(s[t.s:t.e], w)
}

// numIsP reports whether token t of s is the punctuation p.
func numIsP(s string, t numTok, p string) bool {
	return t.k == numPunct && s[t.s:t.e] == p
}

// A numWordInfo says what a number word means.
type numWordInfo struct {
	v    float64
	kind numWordKind
}

type numWordKind uint8

const (
	numUnit    numWordKind = iota + 1 // zero … nine
	numTeen                           // ten … nineteen
	numTens                           // twenty … ninety
	numHundred                        // hundred
	numScale                          // thousand, million, lakh …
	numScales                         // thousands, millions: vague plurals
	numDozen                          // dozen
	numDozens                         // dozens
)

var numWords = map[string]numWordInfo{
	"zero": {0, numUnit}, "nought": {0, numUnit}, "naught": {0, numUnit}, "nil": {0, numUnit},
	"one": {1, numUnit}, "two": {2, numUnit}, "three": {3, numUnit}, "four": {4, numUnit},
	"five": {5, numUnit}, "six": {6, numUnit}, "seven": {7, numUnit}, "eight": {8, numUnit},
	"nine": {9, numUnit}, "ten": {10, numTeen}, "eleven": {11, numTeen}, "twelve": {12, numTeen},
	"thirteen": {13, numTeen}, "fourteen": {14, numTeen}, "fifteen": {15, numTeen},
	"sixteen": {16, numTeen}, "seventeen": {17, numTeen}, "eighteen": {18, numTeen},
	"nineteen": {19, numTeen}, "twenty": {20, numTens}, "thirty": {30, numTens},
	"forty": {40, numTens}, "fourty": {40, numTens}, "fifty": {50, numTens}, "sixty": {60, numTens},
	"seventy": {70, numTens}, "eighty": {80, numTens}, "ninety": {90, numTens},
	"hundred":  {100, numHundred},
	"thousand": {1e3, numScale}, "million": {1e6, numScale}, "billion": {1e9, numScale},
	"trillion": {1e12, numScale}, "lakh": {1e5, numScale}, "lakhs": {1e5, numScale},
	"crore": {1e7, numScale}, "crores": {1e7, numScale},
	"tens": {10, numScales}, "hundreds": {100, numScales}, "thousands": {1e3, numScales},
	"millions": {1e6, numScales}, "billions": {1e9, numScales}, "trillions": {1e12, numScales},
	"dozen": {12, numDozen}, "dozens": {12, numDozens}, "dzs": {12, numDozens}, "dozs": {12, numDozens},
}

// numSuffixes are multipliers written straight after digits ("10k",
// "1.2bn") or after one space ("2.33 k"). A lower-case "m" means million
// only after a currency ("$75m"): alone, "100m" is a distance.
var numSuffixes = map[string]float64{
	"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
	"b": 1e9, "B": 1e9, "bn": 1e9, "Bn": 1e9, "bln": 1e9, "G": 1e9,
	"tn": 1e12, "tln": 1e12, "trn": 1e12,
}

// numDenominators are the fraction words in scope: "two thirds", "a
// quarter", "five eighths". Ordinals beyond tenth ("a hundredth") are
// too rare in news to be worth their ambiguity.
var numDenominators = map[string]struct {
	d      float64
	plural bool
}{
	"half": {2, false}, "halves": {2, true}, "third": {3, false}, "thirds": {3, true},
	"quarter": {4, false}, "quarters": {4, true}, "fourth": {4, false}, "fourths": {4, true},
	"fifth": {5, false}, "fifths": {5, true}, "sixth": {6, false}, "sixths": {6, true},
	"seventh": {7, false}, "sevenths": {7, true}, "eighth": {8, false}, "eighths": {8, true},
	"ninth": {9, false}, "ninths": {9, true}, "tenth": {10, false}, "tenths": {10, true},
}

// numVulgar are the Unicode fraction characters.
var numVulgar = map[string]float64{
	"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
	"⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}

// numFew are the vague small factors of "a few hundred", "several
// thousand": the reading is [lo, hi] times what follows.
var numFewFactors = map[string][2]float64{"few": {2, 5}, "several": {3, 9}, "couple": {2, 3}}

// numCurrencySymbols maps a currency sign to an ISO 4217 code. "$" alone
// is read as USD.
var numCurrencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH",
	"₩": "KRW", "₺": "TRY", "₪": "ILS", "₿": "BTC", "元": "CNY",
}

// numDollarPrefixes are the country prefixes of "$", upper-cased: "US$",
// "C$", "HK$", "Mex$".
var numDollarPrefixes = map[string]string{
	"US": "USD", "USD": "USD", "C": "CAD", "CA": "CAD", "CAD": "CAD", "A": "AUD", "AU": "AUD",
	"AUD": "AUD", "HK": "HKD", "NZ": "NZD", "NZD": "NZD", "MEX": "MXN", "MX": "MXN",
	"MXN": "MXN", "R": "BRL", "S": "SGD",
}

// numCurrencyCodes are the ISO codes recognised before or after a number.
var numCurrencyCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
	"rub": "RUB", "uah": "UAH", "inr": "INR", "chf": "CHF", "cad": "CAD", "aud": "AUD",
	"hkd": "HKD", "nzd": "NZD", "mxn": "MXN", "brl": "BRL", "krw": "KRW",
	"ils": "ILS", "pln": "PLN", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "zar": "ZAR",
	"sgd": "SGD", "btc": "BTC",
}

// numCurrencyWords are currency names written after a number, with the
// adjective that may precede them ("australian dollars").
var numCurrencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB", "rubles": "RUB",
	"rouble": "RUB", "roubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
	"rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "sterling": "GBP",
	"shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "lira": "TRY",
	"bitcoin": "BTC", "bitcoins": "BTC",
}

// numCurrencyAdjectives qualify a dollar, pound or franc.
var numCurrencyAdjectives = map[string]string{
	"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
	"singapore": "SGD", "swiss": "CHF", "turkish": "TRY", "chinese": "CNY",
	"japanese": "JPY", "russian": "RUB", "indian": "INR", "british": "GBP",
}

// numPercentWords follow a number to make it a percentage.
var numPercentWords = map[string]bool{
	"percent": true, "percents": true, "percentage": true, "pct": true,
}
