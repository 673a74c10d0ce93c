package extract

import (
	"testing"

	"github.com/adrg/strutil"
)

// TestEntJWBound checks that the bound never falls below the Jaro-Winkler
// similarity it stands in for, so that skipping by it changes nothing.
func TestEntJWBound(t *testing.T) {
	words := []string{"lavrov", "lavrob", "lavroff", "blinken", "blinkin", "blnkn", "zelensky", "zelenskyy",
		"zelenskiy", "sullivan", "sulivan", "peskov", "pesko", "a", "ab", "ba", "nebenzia", "nebenzya",
		"smith-jones", "smithjones", "kalovin", "kalovindar", "darkalo", "müller", "muller", "o’brien", "obrien"}
	for _, a := range words {
		for _, b := range words {
			jw := strutil.Similarity(a, b, entJW)
			if ub := entJWBound(a, b); ub < jw-1e-12 {
				t.Errorf("entJWBound(%q, %q) = %v, below Jaro-Winkler %v", a, b, ub, jw)
			}
			la, lb := entCountLetters(a), entCountLetters(b)
			if ub := entJWBoundM(&la.entQuick, &lb.entQuick, entLettersShared(&la, &lb)); ub < jw-1e-12 {
				t.Errorf("entJWBoundM(%q, %q) = %v, below Jaro-Winkler %v", a, b, ub, jw)
			}
		}
	}
}

func FuzzEntJWBound(f *testing.F) {
	f.Add("lavrov", "lavrob")
	f.Fuzz(func(t *testing.T, a, b string) {
		jw := strutil.Similarity(a, b, entJW)
		if ub := entJWBound(a, b); ub < jw-1e-12 {
			t.Errorf("entJWBound(%q, %q) = %v, below Jaro-Winkler %v", a, b, ub, jw)
		}
		la, lb := entCountLetters(a), entCountLetters(b)
		if ub := entJWBoundM(&la.entQuick, &lb.entQuick, entLettersShared(&la, &lb)); ub < jw-1e-12 {
			t.Errorf("entJWBoundM(%q, %q) = %v, below Jaro-Winkler %v", a, b, ub, jw)
		}
		if !entMayMatch(&la.entQuick, &lb.entQuick, jw) {
			t.Errorf("entMayMatch(%q, %q, %v) = false, want true", a, b, jw)
		}
	})
}
