package dedup

import (
	"cmp"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortBandKeys checks that the radix sort of band keys groups them as
// a comparison sort by (key, doc) does: each key in one run, its docs in
// order. (The runs themselves come in the order of the keys' low bits,
// which grouping does not care about.)
func TestSortBandKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	tests := []struct {
		name string
		key  func() uint64
	}{
		{"random", rng.Uint64},
		{"few values", func() uint64 { return uint64(rng.IntN(5)) << 40 }},
		{"shared low bits", func() uint64 { return uint64(rng.IntN(7))<<32 | uint64(rng.IntN(3)) }},
	}
	for _, tc := range tests {
		for _, n := range []int{0, 1, 2, 10, 1000} {
			keys := make([]bandKey, n)
			for i := range keys {
				keys[i] = bandKey{tc.key(), int32(i)}
			}
			want := slices.Clone(keys)
			slices.SortFunc(want, func(x, y bandKey) int { return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.doc, y.doc)) })
			got := slices.Clone(keys)
			sortBandKeys(got, make([]bandKey, n))
			if g, w := runs(got), runs(want); !maps.EqualFunc(g, w, slices.Equal) {
				t.Errorf("%s, %d keys: sortBandKeys groups %v, want %v", tc.name, n, g, w)
			}
		}
	}
}

// runs returns the docs of each run of equal keys, by key; a key found
// in two runs is reported as the doc -1.
func runs(keys []bandKey) map[uint64][]int32 {
	out := map[uint64][]int32{}
	for i, k := range keys {
		if _, ok := out[k.key]; ok && (i == 0 || keys[i-1].key != k.key) {
			out[k.key] = append(out[k.key], -1)
		}
		out[k.key] = append(out[k.key], k.doc)
	}
	return out
}
