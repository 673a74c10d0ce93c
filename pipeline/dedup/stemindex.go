package dedup

import (
	"cmp"
	"slices"
)

// A stemIndex numbers the stems of a story's sentences and lists, for
// each stem, the sentences that have it, in order; and for each sentence
// its probes: its probeStems rarest stems found in another sentence, by
// document frequency, then stem.
type stemIndex struct {
	stems []uint64 // stem of each id
	start []int32  // postings of id: sents[start[id]:start[id+1]]
	sents []int32
	probe []int32 // probes of sentence i: probe[poff[i]:poff[i+1]]
	poff  []int32
	ids   []int32 // scratch: the stem ids of every sentence
	fill  []int32 // scratch
	idOf  map[uint64]int32
}

// build indexes sents, reusing x's memory.
func (x *stemIndex) build(sents []sentence) {
	x.stems, x.probe, x.poff = x.stems[:0], x.probe[:0], append(x.poff[:0], 0)
	n := 0
	for i := range sents {
		n += len(sents[i].stems)
	}
	// A map sized for a large story is not cleared for every small one.
	if x.idOf == nil || len(x.idOf) > 4*n {
		x.idOf = make(map[uint64]int32, n/2)
	}
	clear(x.idOf)
	idOf := x.idOf
	ids := x.ids[:0] // the ids of each sentence's stems, one after another
	for i := range sents {
		for _, st := range sents[i].stems {
			id, ok := idOf[st]
			if !ok {
				id = int32(len(x.stems))
				idOf[st] = id
				x.stems = append(x.stems, st)
			}
			ids = append(ids, id)
		}
	}
	x.ids = ids
	x.start = append(x.start[:0], make([]int32, len(x.stems)+1)...)
	for _, id := range ids {
		x.start[id+1]++
	}
	for id := range x.stems {
		x.start[id+1] += x.start[id]
	}
	x.sents = append(x.sents[:0], make([]int32, len(ids))...)
	fill := append(x.fill[:0], x.start[:len(x.stems)]...)
	x.fill = fill
	k := 0
	for i := range sents {
		for range sents[i].stems {
			x.sents[fill[ids[k]]] = int32(i)
			fill[ids[k]]++
			k++
		}
	}
	k = 0
	for i := range sents {
		n := len(sents[i].stems)
		x.addProbes(ids[k : k+n])
		k += n
	}
}

// addProbes appends the probes of the next sentence, whose stem ids are ids.
func (x *stemIndex) addProbes(ids []int32) {
	lo := len(x.probe)
	for _, id := range ids {
		if x.df(id) >= 2 {
			x.probe = append(x.probe, id)
		}
	}
	ps := x.probe[lo:]
	slices.SortFunc(ps, func(a, b int32) int {
		return cmp.Or(cmp.Compare(x.df(a), x.df(b)), cmp.Compare(x.stems[a], x.stems[b]))
	})
	x.probe = x.probe[:lo+min(len(ps), probeStems)]
	x.poff = append(x.poff, int32(len(x.probe)))
}

func (x *stemIndex) df(id int32) int32         { return x.start[id+1] - x.start[id] }
func (x *stemIndex) postings(id int32) []int32 { return x.sents[x.start[id]:x.start[id+1]] }
func (x *stemIndex) probes(i int) []int32      { return x.probe[x.poff[i]:x.poff[i+1]] }

// proposes reports whether sentence j proposes s: s has one of j's probes.
func (x *stemIndex) proposes(j int, s *sentence) bool {
	for _, p := range x.probes(j) {
		if _, ok := slices.BinarySearch(s.stems, x.stems[p]); ok {
			return true
		}
	}
	return false
}
