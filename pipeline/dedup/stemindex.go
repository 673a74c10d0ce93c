package dedup

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
	soff  []int32 // stem ids of sentence i: ids[soff[i]:soff[i+1]]
	mark  []int32 // by stem id: 1 + the sentence last visited that has it
	table stemTable
}

// A stemTable numbers stems: an open-addressing hash table, which for the
// few thousand stems of a story costs a third of a map and is cleared as
// one slice. Stems are hashes already; a multiply spreads their bits.
type stemTable struct {
	keys []uint64
	ids  []int32 // 1 + the id of keys[i], 0 for an empty slot
	mask uint64
}

// reset empties t for at most n stems, at most half full.
func (t *stemTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(t.keys) < size {
		t.keys, t.ids = make([]uint64, size), make([]int32, size)
	}
	// A table grown for a big story serves a small one from its start:
	// only that part is cleared.
	t.keys, t.ids = t.keys[:size], t.ids[:size]
	clear(t.ids)
	t.mask = uint64(size - 1)
}

// id returns the id of stem, giving it next if it has none.
func (t *stemTable) id(stem uint64, next int32) int32 {
	for i := (stem * 0x9e3779b97f4a7c15 >> 32) & t.mask; ; i = (i + 1) & t.mask {
		switch {
		case t.ids[i] == 0:
			t.keys[i], t.ids[i] = stem, next+1
			return next
		case t.keys[i] == stem:
			return t.ids[i] - 1
		}
	}
}

// build indexes sents, reusing x's memory.
func (x *stemIndex) build(sents []sentence) {
	x.stems, x.probe, x.poff = x.stems[:0], x.probe[:0], append(x.poff[:0], 0)
	n := 0
	for i := range sents {
		n += len(sents[i].stems)
	}
	x.table.reset(n)
	ids := x.ids[:0] // the ids of each sentence's stems, one after another
	x.soff = append(x.soff[:0], 0)
	for i := range sents {
		for _, st := range sents[i].stems {
			id := x.table.id(st, int32(len(x.stems)))
			if int(id) == len(x.stems) {
				x.stems = append(x.stems, st)
			}
			ids = append(ids, id)
		}
		x.soff = append(x.soff, int32(len(ids)))
	}
	x.ids = ids
	x.mark = append(x.mark[:0], make([]int32, len(x.stems))...)
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

// addProbes appends the probes of the next sentence, whose stem ids are
// ids, in stem order: its probeStems stems of least document frequency
// (at least 2), ties going to the lesser stem, kept in that order by
// insertion, which for four of them beats sorting all.
func (x *stemIndex) addProbes(ids []int32) {
	var best, bestDF [probeStems]int32
	n := 0
	for _, id := range ids {
		d := x.df(id)
		if d < 2 || n == probeStems && d >= bestDF[n-1] {
			continue
		}
		if n < probeStems {
			n++
		}
		k := n - 1
		for ; k > 0 && bestDF[k-1] > d; k-- {
			best[k], bestDF[k] = best[k-1], bestDF[k-1]
		}
		best[k], bestDF[k] = id, d
	}
	x.probe = append(x.probe, best[:n]...)
	x.poff = append(x.poff, int32(len(x.probe)))
}

func (x *stemIndex) df(id int32) int32         { return x.start[id+1] - x.start[id] }
func (x *stemIndex) postings(id int32) []int32 { return x.sents[x.start[id]:x.start[id+1]] }
func (x *stemIndex) probes(i int) []int32      { return x.probe[x.poff[i]:x.poff[i+1]] }

// visit marks the stems of sentence i for proposes.
func (x *stemIndex) visit(i int) {
	for _, id := range x.ids[x.soff[i]:x.soff[i+1]] {
		x.mark[id] = int32(i + 1)
	}
}

// proposes reports whether sentence j proposes sentence i, the one last
// visited: i has one of j's probes.
func (x *stemIndex) proposes(j, i int) bool {
	for _, p := range x.probes(j) {
		if x.mark[p] == int32(i+1) {
			return true
		}
	}
	return false
}

// shared returns the number of stems sentence j shares with sentence i,
// the one last visited.
func (x *stemIndex) shared(j, i int) int {
	n := 0
	for _, id := range x.ids[x.soff[j]:x.soff[j+1]] {
		if x.mark[id] == int32(i+1) {
			n++
		}
	}
	return n
}
