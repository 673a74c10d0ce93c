package extract

import "strings"

// This file holds the lexicon of numbers: number words, multipliers,
// fraction denominators, percent words and currencies, and it attaches
// percent and currency units to numerals. The word lists are closed,
// generic English; the user-editable list of counted nouns is
// data/nouns.txt (see noun.go).

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

// numWordTable, numDenominatorTable and numFewTable hold the short words
// of numWords, numDenominators and numFewFactors for numLookup.
var (
	numWordTable        = newNumWordMap(numWords)
	numDenominatorTable = newNumWordMap(numDenominators)
	numFewTable         = newNumWordMap(numFewFactors)
)

// numSuffixes are multipliers written straight after digits ("10k",
// "1.2bn") or after one space ("2.33 k"). A lower-case "m" means million
// only after a currency ("$75m"): alone, "100m" is a distance. "G" (giga)
// counts only after a space: glued, "5G" is a network.
var numSuffixes = map[string]float64{
	"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
	"b": 1e9, "B": 1e9, "bn": 1e9, "Bn": 1e9, "bln": 1e9,
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

// qtyUnits reads the currency or percent around numeral l.
func qtyUnits(s string, l numLit) qtyNum {
	n := qtyNum{lo: l, Number: Number{Start: l.s, End: l.e, Value: l.v}}
	n.Start, n.Currency = qtyCurrencyBefore(s, l.s)
	n.End, n.Percent, n.Currency = qtyUnitAfter(s, l, n.Currency)
	if !n.Percent && n.Currency == "" {
		if st, ok := qtyPercentBefore(s, l.s); ok {
			n.Start, n.Percent = st, true
		}
	}
	n.plain = l.plain > 0 && !n.Percent && n.Currency == ""
	n.Interval = qtyInterval(qtyNone, l)
	return n
}

// qtyUnitsAfterOnly reads the units of l when the words before it belong
// to the number before: "5 percent of 10".
func qtyUnitsAfterOnly(s string, l numLit) qtyNum {
	n := qtyNum{lo: l, Number: Number{Start: l.s, End: l.e, Value: l.v}}
	n.End, n.Percent, n.Currency = qtyUnitAfter(s, l, "")
	n.plain = l.plain > 0 && !n.Percent && n.Currency == ""
	n.Interval = qtyInterval(qtyNone, l)
	return n
}

// qtyCurrencyBefore reads "$", "US$", "hk $", "€", "USD " before i.
func qtyCurrencyBefore(s string, i int) (int, string) {
	p := numPrev(s, i)
	switch p.k {
	case numPunct:
		code := numCurrencySymbols[s[p.s:p.e]]
		if code == "" {
			return i, ""
		}
		start := p.s
		if s[p.s] == '$' {
			if pp := numPrev(s, p.s); pp.k == numWord && pp.e-pp.s <= 3 {
				if c, ok := numDollarPrefixes[strings.ToUpper(s[pp.s:pp.e])]; ok && (pp.e == p.s || pp.e-pp.s >= 2) {
					return pp.s, c
				}
			}
		}
		return start, code
	case numWord:
		if p.e-p.s == 3 {
			var buf [24]byte
			if c := numCurrencyCodes[numLower(s[p.s:p.e], &buf)]; c != "" {
				return p.s, c
			}
		}
	}
	return i, ""
}

// qtyUnitAfter reads "%", "percent", "per cent", "percentage points",
// "dollars", "US dollars", "euros", "billion pounds", "USD" after l.
func qtyUnitAfter(s string, l numLit, cur string) (int, bool, string) {
	n := numNext(s, l.e)
	if numIsP(s, n, "%") || numIsP(s, n, "٪") {
		return n.e, true, cur
	}
	if c := numCurrencySymbols[s[n.s:n.e]]; c != "" && cur == "" && numNext(s, n.e).k != numDigits {
		return n.e, false, c // "500 €", "100元"
	}
	if numIsP(s, n, "-") && n.s == l.e {
		if w := numNext(s, n.e); w.k == numWord && w.s == n.e {
			n = w // "one-yen", "5-percent"
		}
	}
	if n.k != numWord || n.e-n.s > 10 {
		return l.e, false, cur
	}
	var buf [24]byte
	w := numLower(s[n.s:n.e], &buf)
	switch {
	case numPercentWords[w]:
		e := n.e
		if m := numNext(s, e); w == "percentage" && (numIs(s, m, "point") || numIs(s, m, "points")) {
			e = m.e
		}
		return e, true, cur
	case w == "per":
		if m := numNext(s, n.e); numIs(s, m, "cent") {
			return m.e, true, cur
		}
	case cur == "":
		if e, c := qtyCurrencyWord(s, l, n, w); c != "" {
			return e, false, c
		}
	}
	return l.e, false, cur
}

// qtyCurrencyWord reads the currency named by word n (lower-cased w):
// "dollars", "USD", "australian dollars", "billion pounds".
func qtyCurrencyWord(s string, l numLit, n numTok, w string) (int, string) {
	if w == "pound" || w == "pounds" {
		if m := numNext(s, n.e); numIs(s, m, "sterling") || l.scale >= 1e6 {
			return max(n.e, qtyEndIf(s, m, "sterling")), "GBP"
		}
	}
	if c := numCurrencyWords[w]; c != "" {
		return n.e, c
	}
	if c := numCurrencyCodes[w]; c != "" {
		return n.e, c
	}
	if c := numCurrencyAdjectives[w]; c != "" {
		m := numNext(s, n.e)
		var buf [24]byte
		mw := numLower(s[m.s:m.e], &buf)
		if m.k == numWord && (numCurrencyWords[mw] != "" || mw == "pound" || mw == "pounds") {
			return m.e, c
		}
	}
	return l.e, ""
}

func qtyEndIf(s string, t numTok, w string) int {
	if numIs(s, t, w) {
		return t.e
	}
	return 0
}

// qtyPercentBefore reads "percent of 10", "per cent of twenty-two".
func qtyPercentBefore(s string, i int) (int, bool) {
	of := numPrev(s, i)
	if !numIs(s, of, "of") {
		return i, false
	}
	p := numPrev(s, of.s)
	if numIs(s, p, "percent") || numIs(s, p, "percents") {
		return p.s, true
	}
	if numIs(s, p, "cent") {
		if pp := numPrev(s, p.s); numIs(s, pp, "per") {
			return pp.s, true
		}
	}
	return i, false
}
