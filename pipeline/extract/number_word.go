package extract

// This file reads numerals written with words, alone or mixed with digits:
// "one hundred and six", "twenty-one trillion", "4 thousand 3 hundred and
// 21", "1.5 million", "half a million", "two thirds", "five and a half
// million", "tens of thousands", "a few hundred".

// numAcc accumulates a numeral element by element.
type numAcc struct {
	start, e   int
	total, cur float64
	lastScale  float64 // the smallest scale added to total; 0 when none
	limit      float64 // a following small number must be below it; 0: none may follow
	hundred    bool    // cur has a hundreds part
	tens       bool    // the last element was a tens word: a unit may follow
	sealed     bool    // a suffix multiplier ended the numeral ("10k")
	any, words bool
	digits     bool
	scale      float64
	plain      int
	lead0      bool
	frac       bool
}

func (a *numAcc) value() float64 { return a.total + a.cur }

// numParse reads the numeral that starts with token t (digits or a word).
func numParse(s string, t numTok, intOnly bool) (numLit, bool, int) {
	a := numAcc{start: t.s, e: t.s, scale: 1}
	if t.k == numDigits {
		cur := numCurrencyBefore(s, t.s)
		d := numDigitVal(s, t, intOnly, cur)
		if d.reject {
			return numLit{}, false, numCluster(s, t)
		}
		a.any, a.digits, a.e, a.cur, a.plain, a.lead0, a.frac = true, true, d.e, d.v, d.plain, d.lead0, d.frac
		if d.mult > 1 {
			a.scale, a.sealed = d.mult, true
		}
		if intOnly || d.frac {
			return a.lit(), true, a.e
		}
		if d.plain > 0 && d.plain <= 3 {
			numMixed(s, &a)
		}
		t = numNext(s, a.e)
	}
	for !a.sealed && t.k != numEnd {
		if !a.step(s, t) {
			break
		}
		t = numNext(s, a.e)
	}
	if !a.any {
		return numLit{}, false, t.e
	}
	if a.words && !a.digits {
		numFractionTail(s, &a)
		numPointWords(s, &a)
	}
	numAndFraction(s, &a)
	return a.lit(), true, a.e
}

func (a *numAcc) lit() numLit {
	v := a.value()
	base := v
	if a.scale > 1 {
		base = v / a.scale
	}
	return numLit{s: a.start, e: a.e, v: v, lo: v, hi: v, scale: a.scale, base: base,
		words: a.words && !a.digits, plain: a.plain, lead0: a.lead0, frac: a.frac}
}

// numMixed reads the fraction of a mixed number: "2 1/4".
func numMixed(s string, a *numAcc) {
	n := numNext(s, a.e)
	if n.k != numDigits || n.s == a.e || n.e+1 >= len(s) || s[n.e] != '/' {
		return
	}
	den := numNext(s, n.e+1)
	if den.k != numDigits || den.s != n.e+1 || numGluedLetters(s, den.e) || (den.e < len(s) && s[den.e] == '/') {
		return
	}
	num, d := numInt(s, n), numInt(s, den)
	if d != 0 && num < d {
		a.cur += num / d
		a.e, a.plain, a.frac = den.e, 0, true
	}
}

// step consumes the element at token t, or reports false to end the
// numeral before it. It is a small state machine over the English number
// grammar, and longer than most functions for that reason.
func (a *numAcc) step(s string, t numTok) bool {
	if t.k == numDigits {
		if !a.any || a.limit <= 0 || t.s == a.e {
			return false
		}
		d := numDigitVal(s, t, true, "")
		if d.reject || d.plain == 0 || d.v >= a.limit || d.v == 0 || numGluedLetters(s, d.e) ||
			d.e+1 < len(s) && (s[d.e] == '.' || s[d.e] == ',') && numIsDigit(s[d.e+1]) {
			return false
		}
		a.cur += d.v
		a.digits, a.limit, a.tens, a.e = true, 0, false, d.e
		return true
	}
	if t.k == numPunct && s[t.s:t.e] == "-" && a.tens {
		u := numNext(s, t.e)
		if info, ok := numWordInfoOf(s, u); ok && info.kind == numUnit && info.v > 0 {
			a.cur += info.v
			a.limit, a.tens, a.e = 0, false, u.e
			return true
		}
		return false
	}
	if t.k != numWord {
		return false
	}
	if numIs(s, t, "and") {
		return a.and(s, t)
	}
	if !a.any && (numIs(s, t, "a") || numIs(s, t, "an")) {
		n := numNext(s, t.e)
		info, ok := numWordInfoOf(s, n)
		if !ok || !(info.kind == numHundred || info.kind == numScale || info.kind == numDozen) {
			return false
		}
		a.any, a.words, a.cur, a.e = true, true, 1, t.e
		return true
	}
	info, ok := numWordInfoOf(s, t)
	if !ok {
		return false
	}
	return a.word(s, t, info)
}

// word consumes a number word.
func (a *numAcc) word(s string, t numTok, info numWordInfo) bool {
	switch info.kind {
	case numUnit, numTeen, numTens:
		if a.any && (a.limit <= info.v || info.v == 0 || (info.kind != numUnit && a.tens)) {
			return false
		}
		if !a.any && info.v == 1 && numIsPronounOne(s, t) {
			return false
		}
		a.cur += info.v
		a.limit, a.tens = 0, info.kind == numTens
		if a.tens {
			a.limit = 10
		}
	case numHundred:
		if a.hundred || a.cur <= 0 || (!a.digits && a.cur >= 100) || a.cur >= 1000 {
			return false
		}
		a.cur *= 100
		a.hundred, a.limit, a.tens, a.scale = true, 100, false, 100
	case numScale, numScales:
		return a.scaleWord(info.v, t)
	case numDozen, numDozens:
		if a.cur <= 0 {
			return false
		}
		a.cur *= 12
		a.limit, a.tens = 0, false
	default:
		return false
	}
	a.any, a.words, a.e = true, true, t.e
	a.plain = 0
	return true
}

// scaleWord consumes "thousand", "million", "lakh".
func (a *numAcc) scaleWord(sc float64, t numTok) bool {
	switch {
	case a.cur > 0 && (a.lastScale == 0 || sc < a.lastScale):
		a.total += a.cur * sc
		a.cur, a.lastScale, a.limit, a.hundred = 0, sc, sc, false
	case a.cur == 0 && a.total > 0 && sc > a.lastScale:
		a.total *= sc // "three lakh crore"
		a.lastScale, a.limit = sc, sc
	default:
		return false
	}
	a.tens, a.scale, a.words, a.e, a.plain = false, sc, true, t.e, 0
	if a.digits {
		a.scale = sc
	}
	return true
}

// and consumes "and" inside a numeral: "one hundred and six", "two
// thousand and two hundred". A fraction after "and" is left to
// numAndFraction.
func (a *numAcc) and(s string, t numTok) bool {
	if !a.any || a.limit <= 0 || !(a.hundred || a.lastScale > 0) {
		return false
	}
	n := numNext(s, t.e)
	save := *a
	if !a.step(s, n) {
		*a = save
		return false
	}
	// "3 hundred and 2 hundred" is two numbers; "and three quarters" is
	// a fraction, read by numAndFraction
	m := numNext(s, a.e)
	if numIs(s, m, "hundred") && save.hundred {
		*a = save
		return false
	}
	if _, _, ok := numDenominatorOf(s, m); ok {
		*a = save
		return false
	}
	return true
}

// numWordInfoOf looks up word token t.
func numWordInfoOf(s string, t numTok) (numWordInfo, bool) {
	if t.k != numWord || t.e-t.s > 12 {
		return numWordInfo{}, false
	}
	return numLookup(numWordTable, numWords, s[t.s:t.e])
}

// numIsPronounOne reports whether "one" at t is a pronoun: "no one", "the
// one", "which one", "one another", "one's".
func numIsPronounOne(s string, t numTok) bool {
	p := numPrev(s, t.s)
	for _, w := range [...]string{"the", "this", "that", "which", "no", "any", "every", "each", "only", "little", "last", "next", "other", "such"} {
		if numIs(s, p, w) {
			return true
		}
	}
	n := numNext(s, t.e)
	if numIs(s, n, "another") || (n.s == t.e && (numIsP(s, n, "'") || numIsP(s, n, "’"))) {
		return true
	}
	return false
}

// numCurrencyBefore returns the currency whose sign is glued before i.
func numCurrencyBefore(s string, i int) string {
	p := numPrev(s, i)
	if p.k != numPunct || p.e != i {
		return ""
	}
	return numCurrencySymbols[s[p.s:p.e]]
}

// numWordStart reads a numeral that starts with a word.
func numWordStart(s string, t numTok) (numLit, bool) {
	if t.e-t.s > 9 {
		return numLit{}, false
	}
	var buf [24]byte
	w := numLower(s[t.s:t.e], &buf)
	switch w {
	case "minus", "negative":
		n := numNext(s, t.e)
		if n.k != numDigits && n.k != numWord {
			return numLit{}, false
		}
		lit, ok, _ := numLitAt(s, n)
		if !ok || lit.s != n.s {
			return numLit{}, false
		}
		lit.s, lit.v, lit.lo, lit.hi, lit.base, lit.plain = t.s, -lit.v, -lit.hi, -lit.lo, -lit.base, 0
		return lit, true
	case "a", "an", "several", "few", "couple":
		if n := numNext(s, t.e); n.k != numWord || n.e-n.s < 2 || n.e-n.s > 9 || !numIsStartWord(s, n) && !numIsFractionWord(s, n) {
			return numLit{}, false
		}
		if lit, ok := numFew(s, t); ok {
			return lit, true
		}
		if w == "a" || w == "an" {
			if lit, ok := numFractionStart(s, t); ok {
				return lit, true
			}
		}
	case "half", "quarter":
		return numHalf(s, t, w)
	}
	info, ok := numLookup(numWordTable, numWords, w)
	switch {
	case !ok && w != "a" && w != "an":
		return numLit{}, false
	case info.kind == numScales || info.kind == numDozens:
		return numVague(s, t, info)
	case info.kind == numHundred || info.kind == numScale || info.kind == numDozen:
		return numLit{}, false // a bare "thousand" is not a count
	}
	lit, ok, _ := numParse(s, t, false)
	return lit, ok
}

// numIsStartWord reports whether word t may start a numeral: exactly for
// a word of up to eight ASCII letters, by numMayStart for the others.
// After "a", "few" or "several" only such a word or a fraction word may
// go on the numeral, so most of those common words are done with here.
func numIsStartWord(s string, t numTok) bool {
	w := s[t.s:t.e]
	if len(w) > 8 || !numIsASCIIWord(w) {
		return numMayStart(w)
	}
	return numStartSet.has(numPack(w))
}

// numIsFractionWord reports whether t is a fraction word ("third").
func numIsFractionWord(s string, t numTok) bool {
	_, _, ok := numDenominatorOf(s, t)
	return ok
}

// numVague reads "hundreds", "tens of thousands", "dozens": 2 to 10 of
// the scale, times each "of <scale>s" after it.
func numVague(s string, t numTok, info numWordInfo) (numLit, bool) {
	lo, hi, e := 2*info.v, 10*info.v, t.e
	for {
		of := numNext(s, e)
		n := numNext(s, of.e)
		ni, ok := numWordInfoOf(s, n)
		if !numIs(s, of, "of") || !ok || ni.kind != numScales || ni.v < 100 {
			break
		}
		lo, hi, e = lo*ni.v, hi*ni.v, n.e
	}
	if info.v == 10 && e == t.e {
		return numLit{}, false // "tens" needs "of thousands"
	}
	return numLit{s: t.s, e: e, v: lo, lo: lo, hi: hi, vague: true, scale: 1, base: lo, words: true}, true
}

// numFew reads "a few hundred", "several thousand", "a couple of dozen".
func numFew(s string, t numTok) (numLit, bool) {
	w := t
	if numIs(s, t, "a") || numIs(s, t, "an") {
		w = numNext(s, t.e)
	}
	f, ok := numLookup(numFewTable, numFewFactors, s[w.s:w.e])
	if !ok || w.k != numWord {
		return numLit{}, false
	}
	n := numNext(s, w.e)
	if numIs(s, n, "of") {
		n = numNext(s, n.e)
	}
	lo, hi, e := f[0], f[1], -1
	for {
		info, ok := numWordInfoOf(s, n)
		if !ok || !(info.kind == numHundred || info.kind == numScale || info.kind == numDozen) {
			break
		}
		lo, hi, e = lo*info.v, hi*info.v, n.e
		n = numNext(s, n.e)
	}
	if e < 0 {
		return numLit{}, false
	}
	return numLit{s: t.s, e: e, v: lo, lo: lo, hi: hi, vague: true, hiIn: true, scale: 1, base: lo, words: true}, true
}

// numHalf reads "half a million", "half million", "half of", "more than
// half", "quarter million".
func numHalf(s string, t numTok, w string) (numLit, bool) {
	v := 0.5
	if w == "quarter" {
		v = 0.25
	}
	lit := numLit{s: t.s, e: t.e, v: v, lo: v, hi: v, scale: 1, base: v, words: true}
	n := numNext(s, t.e)
	if numIs(s, n, "a") || numIs(s, n, "an") {
		n = numNext(s, n.e)
	}
	if info, ok := numWordInfoOf(s, n); ok && (info.kind == numScale || info.kind == numHundred || info.kind == numDozen) {
		lit.e, lit.v, lit.lo, lit.hi, lit.scale, lit.base = n.e, v*info.v, v*info.v, v*info.v, info.v, v
		return lit, true
	}
	if w == "quarter" {
		return numLit{}, false
	}
	n = numNext(s, t.e)
	p := numPrev(s, t.s)
	if numIs(s, n, "of") || numIs(s, n, "the") || numIs(s, p, "than") || numIs(s, p, "about") ||
		numIs(s, p, "nearly") || numIs(s, p, "almost") || numIs(s, p, "over") || numIs(s, p, "roughly") || numIs(s, p, "around") {
		return lit, true
	}
	return numLit{}, false
}
