package extract

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// entSingles is what groupSingles gathers: the groups of one-word names
// and the full names by surname and by given name. Its tables are kept
// from run to run (see entClusterPool), and the mentions of all groups,
// and of all names, share one array each, filled once every mention has
// been seen, rather than a slice per group grown by append. Names are
// known by their ID in the run's entIDs, so that looking one up is
// indexing a table.
type entSingles struct {
	groups []entGroup
	ptrs   []*entGroup
	last   []int32 // name ID -> 1 plus its latest group, 0 if none
	of     []int32 // the group of each one-word mention, in order
	at     []int   // the one-word mentions, in order
	ms     []int   // the mentions of all groups
	sur    entNameIndex
	given  entNameIndex
	full   []entSurRef
	same   entSameDoc
}

func (t *entSingles) reset() {
	for k := range t.groups {
		t.last[t.groups[k].id] = 0
	}
	clear(t.groups)
	t.groups, t.of, t.at, t.full = t.groups[:0], t.of[:0], t.at[:0], t.full[:0]
	t.sur.reset()
	t.given.reset()
}

// reserve sizes the tables of t for the person mentions of c, with a
// group for each one-word mention at most: grown by append, the first
// run of a process would allocate them about twice over, when every
// document's extraction is held.
func (t *entSingles) reserve(c *entClusters) {
	singles, full := 0, 0
	for i := range c.refs {
		if m := c.m(i); m.kind == article.Person {
			if m.single {
				singles++
			} else {
				full++
			}
		}
	}
	t.of, t.at = slices.Grow(t.of, singles), slices.Grow(t.at, singles)
	t.full = slices.Grow(t.full, full)
	t.groups = slices.Grow(t.groups, singles)
}

// add adds one-word mention i of doc to the group of the name key, whose
// ID is id, in doc. Mentions come by document, so the latest group of a
// name is the current document's if it has one.
func (t *entSingles) add(doc int, id int32, key string, i int) {
	t.last = entGrowTo(t.last, int(id)+1)
	g := t.last[id] - 1
	if g < 0 || t.groups[g].doc != doc {
		g = int32(len(t.groups))
		t.groups = append(t.groups, entGroup{doc: doc, key: key, id: id})
		t.last[id] = g + 1
	}
	t.groups[g].n++
	t.of = append(t.of, g)
	t.at = append(t.at, i)
}

// entGrowTo returns s with at least n elements, the new ones zero.
func entGrowTo(s []int32, n int) []int32 {
	if len(s) >= n {
		return s
	}
	if cap(s) >= n {
		s = s[:n]
		return s
	}
	return append(s, make([]int32, max(n, 2*len(s))-len(s))...)
}

// list fills in the mentions of each group and returns the groups.
func (t *entSingles) list() []*entGroup {
	t.ms = entResize(t.ms, len(t.at))
	off := 0
	for k := range t.groups {
		g := &t.groups[k]
		g.ms = t.ms[off : off : off+g.n]
		off += g.n
	}
	t.ptrs = t.ptrs[:0]
	for k, g := range t.of {
		t.groups[g].ms = append(t.groups[g].ms, t.at[k])
	}
	for k := range t.groups {
		t.ptrs = append(t.ptrs, &t.groups[k])
	}
	return t.ptrs
}

// entNameIndex lists mentions by a name, known by its ID, each list in
// the order of the mentions: add them all, then build.
type entNameIndex struct {
	slot  []int32  // name ID -> 1 plus its index in keys, 0 if none
	ids   []int32  // by index: the name's ID
	keys  []string // by index
	lists [][]int  // by index
	of    []int32  // the index of the name of each mention added
	at    []int    // the mentions added
	back  []int    // the lists, one after the other
	end   []int    // scratch of build
}

func (x *entNameIndex) reset() {
	for _, id := range x.ids {
		x.slot[id] = 0
	}
	clear(x.keys)
	x.ids, x.keys, x.of, x.at = x.ids[:0], x.keys[:0], x.of[:0], x.at[:0]
}

// add adds mention i under the name key, whose ID is id.
func (x *entNameIndex) add(id int32, key string, i int) {
	x.slot = entGrowTo(x.slot, int(id)+1)
	k := x.slot[id] - 1
	if k < 0 {
		k = int32(len(x.keys))
		x.slot[id] = k + 1
		x.ids = append(x.ids, id)
		x.keys = append(x.keys, key)
	}
	x.of = append(x.of, k)
	x.at = append(x.at, i)
}

// build sets the lists from what was added, each a capped part of one
// array.
func (x *entNameIndex) build() {
	n := len(x.keys)
	x.end = entResize(x.end, n)
	clear(x.end)
	for _, k := range x.of {
		x.end[k]++
	}
	x.lists = entResize(x.lists, n)
	x.back = entResize(x.back, len(x.at))
	off := 0
	for k, e := range x.end {
		x.lists[k] = x.back[off : off : off+e]
		off += e
	}
	for j, k := range x.of {
		x.lists[k] = append(x.lists[k], x.at[j])
	}
}

// get returns the mentions of the name with ID id, in order.
func (x *entNameIndex) get(id int32) []int {
	if int(id) < len(x.slot) {
		if k := x.slot[id]; k > 0 {
			return x.lists[k-1]
		}
	}
	return nil
}
