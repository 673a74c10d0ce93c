package extract

// entSingles is what groupSingles gathers: the groups of one-word names
// and the full names by surname and by given name. Its tables are kept
// from run to run (see entClusterPool), and the mentions of all groups,
// and of all names, share one array each, filled once every mention has
// been seen, rather than a slice per group grown by append.
type entSingles struct {
	groups []entGroup
	ptrs   []*entGroup
	first  int              // the current doc's first group
	inDoc  map[string]int32 // the current doc's groups by key, once it has many
	of     []int32          // the group of each one-word mention, in order
	at     []int            // the one-word mentions, in order
	ms     []int            // the mentions of all groups
	sur    entNameIndex
	given  entNameIndex
	full   []entSurRef
	same   entSameDoc
}

// entFewGroups is how many groups of one document add looks through one
// by one before it indexes them.
const entFewGroups = 32

func (t *entSingles) reset() {
	clear(t.groups)
	t.groups, t.first, t.of, t.at, t.full = t.groups[:0], 0, t.of[:0], t.at[:0], t.full[:0]
	if t.inDoc == nil {
		t.inDoc = map[string]int32{}
	}
	clear(t.inDoc)
	t.sur.reset()
	t.given.reset()
}

// add adds one-word mention i of doc to the group of key in doc. Mentions
// come by document.
func (t *entSingles) add(doc int, key string, i int) {
	if t.first < len(t.groups) && t.groups[t.first].doc != doc {
		t.first = len(t.groups)
		if len(t.inDoc) > 0 { // clear costs the map's capacity
			clear(t.inDoc)
		}
	}
	g := t.find(key)
	if g < 0 {
		g = int32(len(t.groups))
		t.groups = append(t.groups, entGroup{doc: doc, key: key})
		switch n := len(t.groups) - t.first; {
		case n > entFewGroups+1:
			t.inDoc[key] = g
		case n == entFewGroups+1:
			for k := t.first; k < len(t.groups); k++ {
				t.inDoc[t.groups[k].key] = int32(k)
			}
		}
	}
	t.groups[g].n++
	t.of = append(t.of, g)
	t.at = append(t.at, i)
}

// find returns the group of key among the current doc's, or -1.
func (t *entSingles) find(key string) int32 {
	if len(t.groups)-t.first > entFewGroups {
		if g, ok := t.inDoc[key]; ok {
			return g
		}
		return -1
	}
	for k := t.first; k < len(t.groups); k++ {
		if t.groups[k].key == key {
			return int32(k)
		}
	}
	return -1
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

// entNameIndex lists mentions by a name, each list in the order of the
// mentions: add them all, then build.
type entNameIndex struct {
	ids   map[string]int32
	keys  []string // by ID
	lists [][]int  // by ID
	of    []int32  // the name of each mention added
	at    []int    // the mentions added
	back  []int    // the lists, one after the other
	end   []int    // scratch of build
}

func (x *entNameIndex) reset() {
	if x.ids == nil {
		x.ids = map[string]int32{}
	}
	clear(x.ids)
	clear(x.keys)
	x.keys, x.of, x.at = x.keys[:0], x.of[:0], x.at[:0]
}

func (x *entNameIndex) add(key string, i int) {
	id, ok := x.ids[key]
	if !ok {
		id = int32(len(x.keys))
		x.ids[key] = id
		x.keys = append(x.keys, key)
	}
	x.of = append(x.of, id)
	x.at = append(x.at, i)
}

// build sets the lists from what was added, each a capped part of one
// array.
func (x *entNameIndex) build() {
	n := len(x.keys)
	x.end = entResize(x.end, n)
	clear(x.end)
	for _, id := range x.of {
		x.end[id]++
	}
	x.lists = entResize(x.lists, n)
	x.back = entResize(x.back, len(x.at))
	off := 0
	for id, k := range x.end {
		x.lists[id] = x.back[off : off : off+k]
		off += k
	}
	for k, id := range x.of {
		x.lists[id] = append(x.lists[id], x.at[k])
	}
}

// get returns the mentions of name key, in order.
func (x *entNameIndex) get(key string) []int {
	if id, ok := x.ids[key]; ok {
		return x.lists[id]
	}
	return nil
}
