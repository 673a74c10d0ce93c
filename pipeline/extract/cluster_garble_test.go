package extract

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/adrg/strutil"
)

// garbleCandsRef is the candidates of a garbled name by their definition:
// every surname compared with strutil, the best entMaxGarble kept.
func garbleCandsRef(key string, surnames []string) []entGarble {
	var out []entGarble
	kr, _ := utf8.DecodeRuneInString(key)
	for _, s := range surnames {
		if s == "" || s[0] != key[0] || 2*len(s) < len(key) || 2*len(key) < len(s) || strings.Count(key, "-") != strings.Count(s, "-") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s); r != kr {
			continue
		}
		spell := 1.0
		if key != s {
			spell = max(strutil.Similarity(key, s, entJW), strutil.Similarity(entSkeleton(key), entSkeleton(s), entJW))
		}
		if spell >= entMinGarble {
			out = append(out, entGarble{s: s, spell: spell})
		}
	}
	slices.SortFunc(out, func(a, b entGarble) int { return cmp.Or(cmp.Compare(b.spell, a.spell), strings.Compare(a.s, b.s)) })
	return out[:min(len(out), entMaxGarble)]
}

// TestGarbleCands checks the garble index against the definition on
// made-up surnames, many alike: the bounds and the cut at entMaxGarble
// must not change which candidates are found, nor their order.
func TestGarbleCands(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	stems := []string{"blinken", "lavrov", "bellingen", "smith-jones", "müller", "o’brien", "nebenzia", "balen", "ba"}
	sur := map[string][]int{}
	var names []string
	add := func(s string) {
		if _, ok := sur[s]; !ok {
			sur[s] = []int{len(names)}
			names = append(names, s)
		}
	}
	for _, s := range stems {
		add(s)
	}
	for range 4000 {
		w := []byte(stems[r.IntN(len(stems))])
		for range 1 + r.IntN(3) {
			i := 1 + r.IntN(max(1, len(w)-1))
			if i >= len(w) {
				w = append(w, "aeilnr"[r.IntN(6)])
				continue
			}
			switch r.IntN(3) {
			case 0:
				w[i] = "aeiklnorsvy"[r.IntN(11)]
			case 1:
				w = append(w[:i], w[i+1:]...)
			default:
				w = slices.Insert(w, i, "aeilnr"[r.IntN(6)])
			}
		}
		add(string(w))
	}
	x := newEntGarbleIndex(sur)
	for _, key := range names[:600] {
		got, want := x.cands(key), garbleCandsRef(key, names)
		if !slices.EqualFunc(got, want, func(a, b entGarble) bool { return a.s == b.s && a.spell == b.spell }) {
			t.Errorf("cands(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestEntNeed checks that the integer form of entMayMatch agrees with it.
func TestEntNeed(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var words []string
	for range 400 {
		w := make([]byte, 1+r.IntN(16))
		for i := range w {
			w[i] = "abeilmnorsvy-"[r.IntN(13)]
		}
		words = append(words, string(w))
	}
	words = append(words, "müller", "o’brien", "")
	for _, thr := range []float64{0.85, 0.9, 0.93, 1} {
		for _, a := range words {
			la := entCountLetters(a)
			var e entNeed
			e.reset(&la.entQuick, thr)
			for _, b := range words {
				lb := entCountLetters(b)
				if got, want := e.may(&lb.entQuick), entMayMatch(&la.entQuick, &lb.entQuick, thr); got != want {
					t.Errorf("entNeed(%q, %v).may(%q) = %v, want %v", a, thr, b, got, want)
				}
			}
		}
	}
}

// TestEntLettersShared checks the shared letters against a count.
func TestEntLettersShared(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var w [2]string
		for k := range w {
			b := make([]byte, r.IntN(128))
			for i := range b {
				b[i] = "aaaaabcz-'09"[r.IntN(12)]
			}
			w[k] = string(b)
		}
		var n [2][32]int
		for k := range w {
			for i := 0; i < len(w[k]); i++ {
				n[k][w[k][i]&31]++
			}
		}
		want := 0
		for c := range n[0] {
			want += min(n[0][c], n[1][c])
		}
		la, lb := entCountLetters(w[0]), entCountLetters(w[1])
		if got := entLettersShared(&la, &lb); got != want {
			t.Errorf("entLettersShared(%q, %q) = %d, want %d", w[0], w[1], got, want)
		}
	}
}
