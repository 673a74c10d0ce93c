package extract

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// TestEntCompareLower checks entCompareLower against comparing the
// lower-cased strings, on a table and on random strings of ASCII,
// non-ASCII letters and invalid bytes.
func TestEntCompareLower(t *testing.T) {
	pairs := [][2]string{
		{"", ""}, {"a", ""}, {"", "A"}, {"Foreign Minister", "foreign minister"},
		{"Minister", "minister of"}, {"ÉTAT", "état"}, {"Zoë", "ZOË"}, {"İstanbul", "istanbul"},
		{"a\xffb", "a\uFFFDb"}, {"\xff", "\xfe"}, {"Σ", "σ"}, {"ǅ", "ǆ"}, {"K", "k"}, {"[", "a"},
	}
	r := rand.New(rand.NewPCG(9, 10))
	alphabet := []string{"a", "A", "z", "Z", "[", "é", "É", "ß", "ẞ", "İ", "ı", "K", "\xff", "\uFFFD", " "}
	for range 5000 {
		var w [2]strings.Builder
		for k := range w {
			for range r.IntN(6) {
				w[k].WriteString(alphabet[r.IntN(len(alphabet))])
			}
		}
		pairs = append(pairs, [2]string{w[0].String(), w[1].String()})
	}
	for _, p := range pairs {
		want := cmp.Compare(strings.ToLower(p[0]), strings.ToLower(p[1]))
		if got := entCompareLower(p[0], p[1]); got != want {
			t.Errorf("entCompareLower(%q, %q) = %d, want %d", p[0], p[1], got, want)
		}
	}
}

// TestEntSlugRune checks the ASCII path of entSlugRune against unicode's
// tables, for every ASCII rune and a few others.
func TestEntSlugRune(t *testing.T) {
	runes := []rune{'É', 'ß', 'İ', '٣', '’', utf8.RuneError, 'Ж'}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		wantOK := unicode.IsLetter(r) || unicode.IsDigit(r)
		want := r
		if wantOK {
			want = unicode.ToLower(r)
		}
		if got, ok := entSlugRune(r); got != want || ok != wantOK {
			t.Errorf("entSlugRune(%q) = %q, %v, want %q, %v", r, got, ok, want, wantOK)
		}
	}
}

// TestEntSortByID checks that entSortByID sorts entities by ID and keeps
// each with its root, for random orders of every size up to 40.
func TestEntSortByID(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for n := range 40 {
		ents := make([]article.Entity, n)
		roots := make([]int, n)
		for i, k := range r.Perm(n) {
			ents[i] = article.Entity{ID: fmt.Sprintf("e:%03d", k), Name: fmt.Sprint(k)}
			roots[i] = 1000 + k
		}
		perm := make([]int32, n) // a permutation to start from
		for i, k := range r.Perm(n) {
			perm[i] = int32(k)
		}
		entSortByID(ents, roots, perm)
		for i := range ents {
			if want := fmt.Sprintf("e:%03d", i); ents[i].ID != want || ents[i].Name != fmt.Sprint(i) || roots[i] != 1000+i {
				t.Fatalf("n=%d: at %d got %s %s root %d, want %s %d root %d", n, i, ents[i].ID, ents[i].Name, roots[i], want, i, 1000+i)
			}
		}
	}
}

// TestEntSortedPos checks entSortedPos against slices.IsSortedFunc with
// article.ComparePos on random short lists of spans.
func TestEntSortedPos(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	docs := []string{"a", "b", "b", "c"}
	for range 20000 {
		s := make([]article.Span, r.IntN(5))
		for i := range s {
			s[i] = article.Span{Doc: docs[r.IntN(len(docs))], Start: r.IntN(3), End: r.IntN(3)}
		}
		if got, want := entSortedPos(s), slices.IsSortedFunc(s, article.ComparePos); got != want {
			t.Fatalf("entSortedPos(%v) = %v, want %v", s, got, want)
		}
	}
}

// entAssignIDsRef is entAssignIDs as first written: a sort by name and
// first mention, and a count of each slug in a map.
func entAssignIDsRef(ents []article.Entity) {
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(ents[a].Name, ents[b].Name); c != 0 {
			return c
		}
		return article.ComparePos(ents[a].Mentions[0], ents[b].Mentions[0])
	})
	used := map[string]int{}
	for _, i := range order {
		id := "e:" + entSlug(ents[i].Name)
		used[id]++
		if n := used[id]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		ents[i].ID = id
	}
}

// TestEntAssignIDs checks entAssignIDs against entAssignIDsRef on random
// entities whose names often share a slug ("A.B", "ab", "A B" and "A-b"
// give "a-b" or "ab"), a name, or a first mention's doc; no two share a
// first mention, as no two entities do.
func TestEntAssignIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	names := []string{"A.B", "AB", "ab", "A B", "A-b", "a b", "Zoë", "ZOË", "Ab 2", "A", "b", "ab 2", "ab-10", "",
		"Abcdefgh", "abcdefgh 2", "Abcdefghi", "Abcdefg", "Abcdefgh-2", "Abcdéfgh", "Abcdefgz"}
	var sc entScratch
	for round := range 2000 {
		n := r.IntN(30)
		ents, want := make([]article.Entity, n), make([]article.Entity, n)
		starts := r.Perm(n) // a mention is in one entity only
		for i := range ents {
			m := article.Span{Doc: fmt.Sprint("d", r.IntN(3)), Start: starts[i]}
			ents[i] = article.Entity{Name: names[r.IntN(len(names))], Mentions: []article.Span{m}}
			want[i] = ents[i]
		}
		entAssignIDs(ents, &sc)
		entAssignIDsRef(want)
		for i := range ents {
			if ents[i].ID != want[i].ID {
				t.Fatalf("round %d: entity %d (%q at %v): ID %q, want %q", round, i, ents[i].Name, ents[i].Mentions[0], ents[i].ID, want[i].ID)
			}
		}
	}
}
