package extract

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// TestEntClusterReuse checks that a run whose tables come from
// entClusterPool, after runs of other sizes, clusters as a first run does.
func TestEntClusterReuse(t *testing.T) {
	seeds := seedClusterInput(t)
	var first Result
	want := entCluster(seeds.docs, seeds.x, nil, &first)
	big := clusterInput(t, 300)
	for _, r := range []*clusterRun{big, seeds, big, seeds} {
		var res Result
		got := entCluster(r.docs, r.x, nil, &res)
		if r == seeds && !reflect.DeepEqual(got, want) {
			t.Fatalf("entities after reuse differ:\ngot  %v\nwant %v", got, want)
		}
	}
}

// TestEntSlab checks that the slices of a slab never share elements, as
// it grows and after a reset.
func TestEntSlab(t *testing.T) {
	var s entSlab[int32]
	for round := range 3 {
		var got [][]int32
		var want [][]int32
		for n := range 300 {
			x := make([]int32, n%37)
			for i := range x {
				x[i] = int32(n*1000 + i)
			}
			got = append(got, s.carve(x))
			want = append(want, x)
			u := s.commit(entUnion(s.reserve(len(x)+1), x, []int32{-1}))
			if len(u) != len(x)+1 || cap(u) != len(u) {
				t.Fatalf("round %d: union of %d and 1 has len %d cap %d", round, len(x), len(u), cap(u))
			}
		}
		for i := range got {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("round %d: slice %d = %v, want %v", round, i, got[i], want[i])
			}
		}
		s.reset()
	}
}

// TestEntIDs checks that entIDs numbers strings in the order they are
// first seen, as a map does, and finds them, over resets and as its table
// grows and shrinks (runs of few and of many strings).
func TestEntIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	var x entIDs
	for round, tc := range []struct{ n, maxLen int }{{3000, 4}, {5000, 8}, {3000, 4}, {100, 3}, {20000, 10}, {50, 2}} {
		want := map[string]int32{}
		for range tc.n {
			b := make([]byte, r.IntN(tc.maxLen))
			for i := range b {
				b[i] = "abAB "[r.IntN(5)]
			}
			s := string(b)
			w, ok := want[s]
			if !ok {
				if id, found := x.find(s); found {
					t.Fatalf("round %d: find(%q) = %d before it was numbered", round, s, id)
				}
				w = int32(len(want))
				want[s] = w
			}
			if got := x.of(s); got != w {
				t.Fatalf("round %d: of(%q) = %d, want %d", round, s, got, w)
			}
			if got, ok := x.find(s); !ok || got != w {
				t.Fatalf("round %d: find(%q) = %d, %v, want %d, true", round, s, got, ok, w)
			}
		}
		if x.len() != len(want) {
			t.Fatalf("round %d: len() = %d, want %d", round, x.len(), len(want))
		}
		x.reset()
	}
}

// TestEntClusterConcurrent runs clusterings at once, each on its own
// input, so that the race detector sees any table two runs would share.
func TestEntClusterConcurrent(t *testing.T) {
	seeds := seedClusterInput(t)
	var first Result
	want := entCluster(seeds.docs, seeds.x, nil, &first)
	inputs := make([]*clusterRun, 4)
	for k := range inputs {
		inputs[k] = seedClusterInput(t)
	}
	got := make([][]article.Entity, len(inputs))
	var wg sync.WaitGroup
	for k, r := range inputs {
		wg.Go(func() {
			for range 5 {
				var res Result
				got[k] = entCluster(r.docs, r.x, nil, &res)
			}
		})
	}
	wg.Wait()
	for k := range got {
		if !reflect.DeepEqual(got[k], want) {
			t.Errorf("run %d: entities differ from a run alone:\ngot  %v\nwant %v", k, got[k], want)
		}
	}
}

// TestEntSkelDrop checks the table of entSkeleton against the bytes of
// entSkelDropped, for every byte.
func TestEntSkelDrop(t *testing.T) {
	for b := range 256 {
		if got, want := entSkelDrop[b], strings.IndexByte(entSkelDropped, byte(b)) >= 0; got != want {
			t.Errorf("entSkelDrop[%#x] = %v, want %v", b, got, want)
		}
	}
}
