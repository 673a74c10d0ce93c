package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestEntSingles checks the groups of entSingles, which find a
// document's groups by name ID, against grouping by a map, for documents
// of few and of many names; and reuse of the tables.
func TestEntSingles(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var s entSingles
	var ids entIDs
	for _, names := range []int{1, 5, 32, 33, 200, 3} {
		s.reset()
		ids.reset()
		type want struct {
			doc int
			key string
			ms  []int
		}
		var wants []*want
		byKey := map[[2]string]*want{}
		i := 0
		for doc := range 4 {
			for range 3 * names {
				key := fmt.Sprint("n", r.IntN(names))
				s.add(doc, ids.of(key), key, i)
				k := [2]string{fmt.Sprint(doc), key}
				if byKey[k] == nil {
					byKey[k] = &want{doc: doc, key: key}
					wants = append(wants, byKey[k])
				}
				byKey[k].ms = append(byKey[k].ms, i)
				i += 1 + r.IntN(3)
			}
		}
		got := s.list()
		if len(got) != len(wants) {
			t.Fatalf("%d names: %d groups, want %d", names, len(got), len(wants))
		}
		for k, g := range got {
			w := wants[k]
			if g.doc != w.doc || g.key != w.key || !slices.Equal(g.ms, w.ms) {
				t.Errorf("%d names: group %d = %d %q %v, want %d %q %v", names, k, g.doc, g.key, g.ms, w.doc, w.key, w.ms)
			}
		}
	}
}

// TestEntNameIndex checks the lists of entNameIndex against appending to
// a map, over reuse.
func TestEntNameIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var x entNameIndex
	var ids entIDs
	for _, n := range []int{0, 1, 10, 500, 7} {
		x.reset()
		ids.reset()
		want := map[string][]int{}
		for i := range n {
			key := fmt.Sprint("k", r.IntN(1+n/4))
			x.add(ids.of(key), key, i)
			want[key] = append(want[key], i)
		}
		x.build()
		if len(x.keys) != len(want) {
			t.Fatalf("%d mentions: %d names, want %d", n, len(x.keys), len(want))
		}
		for key, ms := range want {
			if got := x.get(ids.of(key)); !slices.Equal(got, ms) || cap(got) != len(got) {
				t.Errorf("%d mentions: get(%q) = %v (cap %d), want %v", n, key, got, cap(got), ms)
			}
		}
		if got := x.get(ids.of("absent")); got != nil {
			t.Errorf("get(absent) = %v, want nil", got)
		}
	}
}
