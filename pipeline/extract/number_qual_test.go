package extract

import "testing"

// qtyMatchBeforePlain is qtyMatchBefore as it was before qtyByLast: it
// tries every qualifier in order. The reference for the indexed one.
func qtyMatchBeforePlain(s string, i int) (qtyPhrase, int, bool) {
	var toks [6]numTok
	n := 0
	for j := i; n < len(toks); n++ {
		t := numPrev(s, j)
		if t.k == numEnd || t.k == numDigits {
			break
		}
		toks[n], j = t, t.s
	}
	for _, p := range qtyQualifiers {
		if qtyMatches(s, toks[:n], p.toks, true) {
			first := toks[len(p.toks)-1]
			if b := numPrev(s, first.s); first.k == numPunct && b.glued(first) && (numIsP(s, b, "<") || numIsP(s, b, ">") || numIsP(s, b, "=")) {
				return qtyPhrase{}, i, false
			}
			return p, first.s, true
		}
	}
	return qtyPhrase{}, i, false
}

// qtyMatchAfterPlain is qtyMatchAfter before qtyByFirst.
func qtyMatchAfterPlain(s string, i int) (qtyPhrase, int, bool) {
	var toks [4]numTok
	n := 0
	for j := i; n < len(toks); n++ {
		t := numNext(s, j)
		if t.k == numEnd || t.k == numDigits {
			break
		}
		toks[n], j = t, t.e
	}
	for _, p := range qtyTrailing {
		if !qtyMatches(s, toks[:n], p.toks, false) {
			continue
		}
		e := toks[len(p.toks)-1].e
		if qtyNumberNear(s, toks[0].e) {
			return qtyPhrase{}, i, false
		}
		if p.text == "+" && toks[0].s != i {
			continue
		}
		return p, e, true
	}
	return qtyPhrase{}, i, false
}

// qtyQualCases have qualifiers in odd case and spelling around numbers.
var qtyQualCases = []string{
	"MORE THAN 5 people, More Than 6, well OVER 7, In Excess Of 8",
	"≥ 5, ≤6, > = 7, < = 8, ~9, ≈ 10, = 11, <>12, =>13",
	"ca. 5, c. 6, Approx. 7, approx 8, an estimated 9, Some 10",
	"5 OR MORE, 6 or so, 7+ and 8 +, 9 and up, 10 - plus, 11 Or Fewer Than 12",
	"200 or greater than 190, Greater Than Or Equal To 5, at least or equal to 6",
	"just shy of 5, A Little Less Than 6, slightly more than 7, Equalling To 8",
}

// TestQtyMatchIndexed checks that the indexed qualifier matchers agree
// with trying every phrase, before and after every numeral of the cases,
// the seeds and a generated corpus.
func TestQtyMatchIndexed(t *testing.T) {
	for _, s := range append(append([]string(nil), qtyQualCases...), numScanTexts(t)...) {
		for _, l := range numScan(s, nil) {
			gp, gi, gok := qtyMatchBefore(s, l.s)
			wp, wi, wok := qtyMatchBeforePlain(s, l.s)
			if gp.text != wp.text || gi != wi || gok != wok {
				t.Errorf("qtyMatchBefore(%q, %d) = %q, %d, %v, want %q, %d, %v", trimCase(s[max(0, l.s-40):l.s]), l.s, gp.text, gi, gok, wp.text, wi, wok)
			}
			gp, gi, gok = qtyMatchAfter(s, l.e)
			wp, wi, wok = qtyMatchAfterPlain(s, l.e)
			if gp.text != wp.text || gi != wi || gok != wok {
				t.Errorf("qtyMatchAfter(%q, %d) = %q, %d, %v, want %q, %d, %v", trimCase(s[l.e:min(len(s), l.e+40)]), l.e, gp.text, gi, gok, wp.text, wi, wok)
			}
		}
	}
}

func FuzzQtyMatchIndexed(f *testing.F) {
	for _, s := range qtyQualCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			gp, gi, gok := qtyMatchBefore(s, i)
			wp, wi, wok := qtyMatchBeforePlain(s, i)
			if gp.text != wp.text || gi != wi || gok != wok {
				t.Fatalf("qtyMatchBefore(%q, %d) = %q, %d, %v, want %q, %d, %v", s, i, gp.text, gi, gok, wp.text, wi, wok)
			}
			gp, gi, gok = qtyMatchAfter(s, i)
			wp, wi, wok = qtyMatchAfterPlain(s, i)
			if gp.text != wp.text || gi != wi || gok != wok {
				t.Fatalf("qtyMatchAfter(%q, %d) = %q, %d, %v, want %q, %d, %v", s, i, gp.text, gi, gok, wp.text, wi, wok)
			}
		}
	})
}
