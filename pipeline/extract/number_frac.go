package extract

import "math"

// This file reads fractions written with words: "two thirds", "a
// quarter million", "one and a half", "3 million and a half", "two
// hundred point zero three".

// numDenominatorOf looks up a fraction word.
func numDenominatorOf(s string, t numTok) (d float64, plural, ok bool) {
	if t.k != numWord || t.e-t.s > 9 {
		return 0, false, false
	}
	x, ok := numLookup(numDenominatorTable, numDenominators, s[t.s:t.e])
	return x.d, x.plural, ok
}

// numDenominatorAfter returns the fraction word after offset e, joined by
// space or a hyphen ("one-eighth", "five - eighths").
func numDenominatorAfter(s string, e int) (numTok, float64, bool, bool) {
	n := numNext(s, e)
	if numIsP(s, n, "-") {
		n = numNext(s, n.e)
	}
	d, plural, ok := numDenominatorOf(s, n)
	return n, d, plural, ok
}

// numFracContext reports whether a singular fraction ("a third") ending at
// e is a fraction, not an ordinal ("a third time"): it must end the
// phrase or be followed by "of" or a scale.
func numFracContext(s string, e int, ofOK bool) bool {
	n := numNext(s, e)
	switch n.k {
	case numEnd:
		return true
	case numPunct:
		return !numIsP(s, n, "-")
	}
	if numIs(s, n, "of") {
		return ofOK
	}
	info, ok := numWordInfoOf(s, n)
	return numIs(s, n, "and") || numIs(s, n, "or") || ok && (info.kind == numScale || info.kind == numHundred || info.kind == numDozen)
}

// numFractionStart reads "a half", "a third of", "a quarter million".
func numFractionStart(s string, t numTok) (numLit, bool) {
	n, d, plural, ok := numDenominatorAfter(s, t.e)
	if !ok || plural || !numFracContext(s, n.e, true) {
		return numLit{}, false
	}
	a := numAcc{start: t.s, e: n.e, cur: 1 / d, any: true, words: true, scale: 1}
	numScaleAfterFraction(s, &a)
	return a.lit(), true
}

// numFractionTail turns "two" into "two thirds" when a fraction word
// follows, and reads a scale after it.
func numFractionTail(s string, a *numAcc) {
	n, d, plural, ok := numDenominatorAfter(s, a.e)
	v := a.value()
	if !ok || !(plural && v > 1 || !plural && v == 1 && numFracContext(s, n.e, true)) {
		return
	}
	a.total, a.cur, a.e, a.lastScale, a.scale = 0, v/d, n.e, 0, 1
	numScaleAfterFraction(s, a)
}

// numScaleAfterFraction reads "of a million", "a million", "million"
// after a fraction.
func numScaleAfterFraction(s string, a *numAcc) {
	n := numNext(s, a.e)
	if numIs(s, n, "of") {
		n = numNext(s, n.e)
		if !numIs(s, n, "a") && !numIs(s, n, "an") {
			return
		}
	}
	if numIs(s, n, "a") || numIs(s, n, "an") {
		n = numNext(s, n.e)
	}
	if info, ok := numWordInfoOf(s, n); ok && (info.kind == numScale || info.kind == numDozen) {
		a.cur *= info.v
		a.e, a.scale = n.e, info.v
	}
}

// numAndFraction reads "and a half", "and three quarters" after a
// numeral, with the scale it may share: "3 million and a half", "one
// billion and a half million", "five and a half million".
func numAndFraction(s string, a *numAcc) {
	and := numNext(s, a.e)
	if !numIs(s, and, "and") {
		return
	}
	t := numNext(s, and.e)
	var f float64
	var e int
	if numIs(s, t, "a") || numIs(s, t, "an") || numIs(s, t, "one") {
		n, d, plural, ok := numDenominatorAfter(s, t.e)
		if !ok || plural || d != 2 && !numFracContext(s, n.e, false) {
			return
		}
		f, e = 1/d, n.e
	} else {
		info, ok := numWordInfoOf(s, t)
		if !ok || info.kind > numTens {
			return
		}
		n, d, plural, ok := numDenominatorAfter(s, t.e)
		if !ok || !plural || numIs(s, numNext(s, n.e), "of") {
			return
		}
		f, e = info.v/d, n.e
	}
	next := numNext(s, e)
	info, scaled := numWordInfoOf(s, next)
	scaled = scaled && info.kind == numScale
	switch {
	case scaled && a.lastScale == 0: // "five and a half million"
		a.cur = (a.cur + f) * info.v
		a.e, a.scale, a.plain = next.e, info.v, 0
		return
	case scaled && info.v < a.lastScale: // "one billion and a half million"
		f *= info.v
		e = next.e
	case a.cur == 0 && a.lastScale > 0: // "3 million and a half"
		f *= a.lastScale
	}
	a.cur += f
	a.e, a.plain = e, 0
}

// numPointWords reads "point zero three" after a numeral in words.
func numPointWords(s string, a *numAcc) {
	p := numNext(s, a.e)
	if !numIs(s, p, "point") {
		return
	}
	var m, k float64 = 0, 0
	e := p.e
	for {
		t := numNext(s, e)
		info, ok := numWordInfoOf(s, t)
		if !ok || info.kind > numTens {
			break
		}
		switch info.kind {
		case numUnit:
			m, k = m*10+info.v, k+1
		default:
			m, k = m*100+info.v, k+2
			if info.kind == numTens { // "point seventy-one"
				u := numNext(s, t.e)
				if numIsP(s, u, "-") {
					u = numNext(s, u.e)
				}
				if ui, ok := numWordInfoOf(s, u); ok && ui.kind == numUnit && ui.v > 0 {
					m += ui.v
					t = u
				}
			}
		}
		e = t.e
	}
	if k > 0 {
		a.cur += m / math.Pow(10, k)
		a.e = e
	}
}
