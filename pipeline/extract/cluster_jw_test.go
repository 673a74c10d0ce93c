package extract

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/adrg/strutil"
)

// TestEntJaroWinkler checks that entJaroWinkler gives strutil's value to
// the last bit, on names, their skeletons and random words: clustering
// compares scores for equality and sorts by them.
func TestEntJaroWinkler(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "aa", "lavrov", "lavrob", "lavroff", "blinken", "blinkin", "blnkn", "bellingen",
		"blingen", "zelensky", "zelenskyy", "sullivan", "sulivan", "peskov", "pesko", "nebenzia", "nebenzya",
		"smith-jones", "smithjones", "kalovin", "kalovindar", "darkalo", "müller", "muller", "o’brien", "obrien",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmn", "martha", "marhta", "dwayne", "duane"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		n := 1 + r.IntN(14)
		w := make([]byte, n)
		for i := range w {
			w[i] = "abcdeilmnorsty-"[r.IntN(15)]
		}
		words = append(words, string(w), entSkeleton(string(w)))
	}
	for i, a := range words {
		for _, b := range words[max(0, i-40):min(len(words), i+40)] {
			want := strutil.Similarity(a, b, entJW)
			if got, ok := handJaroWinkler(a, b); ok && math.Float64bits(got) != math.Float64bits(want) {
				t.Errorf("entJaro's Jaro-Winkler of %q, %q = %v, strutil's %v", a, b, got, want)
			}
			for _, thr := range []float64{0.5, 0.8, 0.9, 0.95} {
				if got := entJaroWinklerAbove(a, b, len(b), thr); want >= thr && got != want {
					t.Errorf("entJaroWinklerAbove(%q, %q, %v) = %v, want strutil's %v", a, b, thr, got, want)
				}
			}
			la, lb := entCountLetters(a), entCountLetters(b)
			if ub := entJWBoundM(&la.entQuick, &lb.entQuick, entLettersShared(&la, &lb)); ub < want-1e-12 {
				t.Errorf("entJWBoundM(%q, %q) = %v, below Jaro-Winkler %v", a, b, ub, want)
			}
			if !entMayMatch(&la.entQuick, &lb.entQuick, want) {
				t.Errorf("entMayMatch(%q, %q, %v) = false, want true", a, b, want)
			}
			for _, thr := range []float64{0.85, 0.9} {
				if got := entJaroWinklerAbove(a, b, entLettersShared(&la, &lb), thr); got != want && (got >= thr || want >= thr) {
					t.Errorf("entJaroWinklerAbove(%q, %q, %v) = %v, want %v or below %[3]v", a, b, thr, got, want)
				}
			}
			if a == "" || b == "" {
				continue
			}
			sa, sb := newEntSpelled(a), newEntSpelled(b)
			spell := max(want, strutil.Similarity(sa.sk, sb.sk, entJW))
			nw, ns := entLettersShared(&sa.nw, &sb.nw), entLettersShared(&sa.ns, &sb.ns)
			n := entNear{nw: int32(nw), ns: int32(ns)}
			n.bw = entJWBoundM(&sa.nw.entQuick, &sb.nw.entQuick, nw)
			n.bs = entJWBoundM(&sa.ns.entQuick, &sb.ns.entQuick, ns)
			for _, thr := range []float64{0.85, 0.9} {
				if got := entSpellIfNear(&sa, &sb, &n, thr); got != spell && (got >= thr || spell >= thr) {
					t.Errorf("entSpellIfNear(%q, %q, %v) = %v, want %v or below %[3]v", a, b, thr, got, spell)
				}
			}
		}
	}
}

// handJaroWinkler is Jaro-Winkler from entJaro with no threshold, for the
// ASCII words entJaro takes.
func handJaroWinkler(a, b string) (float64, bool) {
	if len(a) > entJWMax || len(b) > entJWMax || !entIsASCII(a) || !entIsASCII(b) {
		return 0, false
	}
	lp := 0
	for lp < min(len(a), len(b), 4) && a[lp] == b[lp] {
		lp++
	}
	sim, _ := entJaro(a, b, lp, len(b), 0)
	return sim + 0.1*float64(lp)*(1-sim), true
}
