package extract

import (
	"hash/maphash"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// An entRef points at one mention of one document.
type entRef struct{ doc, mi int32 }

// entClusters is a union-find over every mention of a Run, with the
// members of each cluster (a linked list, so that a union moves none),
// so that context (titles, co-mentioned entities, documents) can be
// compared as clusters grow. Its tables are taken from entClusterPool
// and given back by release.
type entClusters struct {
	docs    []article.Doc
	x       []entExtracted
	al      *Aliases
	refs    []entRef
	ments   []*entMention // the mention of each ref, as m returns it
	parent  []int32
	next    []int32          // mention -> the next of its cluster, -1 after the last
	tail    []int32          // root -> the last mention of its cluster
	size    []int32          // root -> the mentions of its cluster
	keep    []bool           // false for one-word names that joined nothing
	canon   map[int]string   // root -> name forced by the alias file
	base    []int            // index in refs of each doc's first mention
	ck      []int32          // context key ID of each mention (see entCtxKey)
	ids     entIDs           // of the context keys
	sent    [][2]int32       // the mentions [lo, hi) in the sentence of each
	ctx     []int32          // root -> its context's number in ar, 0 until asked or after it grew
	ar      entArena         // holds the contexts
	sep     map[int][]string // root -> its names that the alias file separates
	mark    []uint32         // root -> epoch when last seen by a candidate scan
	epoch   uint32
	gx      *entGarbleIndex        // surnames, built when a garble is first looked for
	gxBuilt bool                   // whether gx holds this run's surnames
	garbles map[string][]entGarble // one-word name -> its garble candidates, once per run
	sg      entSingles             // the one-word names and the names they may join
	of      []int32                // root -> index of its entity (see entities)
	build   entScratch             // buffers of entity
	buf     entBufs
}

// entBufs are the scratch tables of one step or another of a run, kept
// with its entClusters from run to run (see entClusterPool) so that a
// run does not allocate them afresh.
type entBufs struct {
	order    []int            // docs in the order of their mentions (see entDocOrder)
	scratch  [4][]int32       // of ctxOf
	heads    []string         // of ctxOf
	members  []int            // of membersOf
	kept     []int32          // of keptMembers
	roots    []int            // of entities
	full     []entFullName    // of fullNames
	skel     []byte           // of fullNames
	skelEnds []int32          // of fullNames
	blocks   []entBlockRef    // of fuzzyFull
	idTab    [3][]int32       // of perID
	orgKeys  []int            // of orgSuffixes
	persons  map[string]int32 // of byKey
}

// membersOf returns the mentions of cluster root r in the order they
// joined it, in a buffer that the next call reuses.
func (c *entClusters) membersOf(r int) []int {
	ms := c.buf.members[:0]
	for i := int32(r); i >= 0; i = c.next[i] {
		ms = append(ms, int(i))
	}
	c.buf.members = ms
	return ms
}

func (c *entClusters) m(i int) *entMention {
	return c.ments[i]
}

func (c *entClusters) find(i int) int {
	for int(c.parent[i]) != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = int(c.parent[i])
	}
	return i
}

// union joins the clusters of i and j unless the alias file forbids it
// (force skips that check) and reports whether they are now one.
func (c *entClusters) union(i, j int, force bool) bool {
	a, b, ok := c.link(i, j, force)
	if ok && a != b {
		c.joinCtx(a, b)
	}
	return ok
}

// link joins the clusters of i and j as union does, leaving their
// contexts to the caller. It returns the root kept and the root joined to
// it (the same root when they were one already) and whether they are now
// one. The larger cluster keeps its root; on a tie, the lower root.
func (c *entClusters) link(i, j int, force bool) (a, b int, ok bool) {
	a, b = c.find(i), c.find(j)
	if a == b {
		return a, b, true
	}
	if !force && len(c.sep[a]) > 0 && len(c.sep[b]) > 0 && c.al.forbids(c.sep[a], c.sep[b]) {
		return a, b, false
	}
	if c.size[a] < c.size[b] || c.size[a] == c.size[b] && b < a {
		a, b = b, a
	}
	c.parent[b] = int32(a)
	c.next[c.tail[a]] = int32(b) // a's members, then b's
	c.tail[a] = c.tail[b]
	c.size[a] += c.size[b]
	if len(c.sep[b]) > 0 {
		c.sep[a] = append(c.sep[a], c.sep[b]...)
		delete(c.sep, b)
	}
	return a, b, true
}

// unionGroup joins mentions ms, in order, to the cluster of best, as
// union(best, i, false) would one by one, and reports whether any joined.
// When each mention is a cluster of its own, the context of the cluster
// they join, if known, is merged once with gx, the context of ms together
// (or nil when not known), rather than once per mention.
func (c *entClusters) unionGroup(best int, ms []int, gx *entCtx) bool {
	ok := false
	if !c.loners(ms) {
		for _, i := range ms {
			ok = c.union(best, i, false) || ok
		}
		return ok
	}
	x, all := c.ar.ctx(c.ctx[c.find(best)]), true
	for _, i := range ms {
		a, b, joined := c.link(best, i, false)
		if joined && a != b {
			c.ctx[a], c.ctx[b] = 0, 0
		}
		ok, all = ok || joined, all && joined
	}
	if ok && all && x != nil && gx != nil {
		c.ctx[c.find(best)] = c.mergeCtx(x, gx)
	}
	return ok
}

// loners reports whether each mention of ms is a cluster of its own.
func (c *entClusters) loners(ms []int) bool {
	for _, i := range ms {
		if int(c.parent[i]) != i || c.size[i] != 1 {
			return false
		}
	}
	return true
}

// entCluster clusters the mentions of all docs into entities, fills in
// the speakers of quote claims and gathers the claims into res.
func entCluster(docs []article.Doc, x []entExtracted, al *Aliases, res *Result) []article.Entity {
	c := newEntClusters(docs, x, al)
	c.byKey()
	c.orgSuffixes()
	c.fuzzyFull()
	c.singles()
	c.forced()
	ents, of := c.entities()
	nc := len(res.Claims)
	for d := range x {
		nc += len(x[d].claims)
	}
	res.Claims = slices.Grow(res.Claims, nc-len(res.Claims))
	for d := range x {
		entSpeakers(c, d, ents, of)
		res.Claims = append(res.Claims, x[d].claims...)
	}
	c.release()
	article.SortClaims(res.Claims)
	return ents
}

// newEntClusters numbers the mentions of x, each a cluster of its own,
// in tables taken from entClusterPool (see release).
func newEntClusters(docs []article.Doc, x []entExtracted, al *Aliases) *entClusters {
	c := entClusterPool.Get().(*entClusters)
	c.docs, c.x, c.al, c.epoch, c.gxBuilt = docs, x, al, 0, false
	if c.canon == nil {
		c.canon, c.garbles, c.sep = map[int]string{}, map[string][]entGarble{}, map[int][]string{}
	}
	n := 0
	for d := range x {
		n += len(x[d].ents.mentions)
	}
	// Sized once: grown by append, the first run of a process would
	// allocate each table about twice over, at the peak of its memory.
	c.refs, c.ments = slices.Grow(c.refs[:0], n), slices.Grow(c.ments[:0], n)
	c.parent, c.keep, c.ck = slices.Grow(c.parent[:0], n), slices.Grow(c.keep[:0], n), slices.Grow(c.ck[:0], n)
	c.next, c.tail, c.size = entResize(c.next, n), entResize(c.tail, n), entResize(c.size, n)
	c.ctx, c.mark, c.sent = entResize(c.ctx, n), entResize(c.mark, n), entResize(c.sent, n)
	clear(c.mark)
	clear(c.ctx)
	c.base = entResize(c.base, len(x))
	c.buf.order = entDocOrder(docs, c.buf.order)
	for _, d := range c.buf.order {
		c.base[d] = len(c.refs)
		for mi := range x[d].ents.mentions {
			i := len(c.refs)
			c.refs = append(c.refs, entRef{int32(d), int32(mi)})
			c.ments = append(c.ments, &x[d].ents.mentions[mi])
			c.parent = append(c.parent, int32(i))
			c.next[i], c.tail[i], c.size[i] = -1, int32(i), 1
			c.keep = append(c.keep, true)
			c.ck = append(c.ck, c.ids.of(entCtxKey(&x[d].ents.mentions[mi])))
		}
		c.sentences(d)
	}
	c.separate()
	return c
}

// entIDs numbers strings in the order they are first seen. Its table is
// open addressing on a hash of the string and holds IDs only, the strings
// being in keys: a miss costs no map insertion, and a new run clears no
// strings but those it numbered.
type entIDs struct {
	keys []string    // by ID
	tab  []entIDSlot // a power of two long, at most half full
}

// An entIDSlot is an ID of entIDs with the high bits of its hash.
type entIDSlot struct {
	h  uint32
	id int32 // plus 1: 0 is an empty slot
}

// entIDSeed seeds the hashes of entIDs: a table's layout, not its IDs,
// depends on it.
var entIDSeed = maphash.MakeSeed()

// entMinIDTab is the smallest table of entIDs.
const entMinIDTab = 256

// of returns the ID of s, numbering it if it is new.
func (x *entIDs) of(s string) int32 {
	slot, h := x.slot(s)
	if slot.id > 0 {
		return slot.id - 1
	}
	id := int32(len(x.keys))
	if len(x.keys) == cap(x.keys) { // double, as the table does
		x.keys = append(make([]string, 0, max(64, 2*cap(x.keys))), x.keys...)
	}
	x.keys = append(x.keys, s)
	*slot = entIDSlot{h, id + 1}
	if 2*len(x.keys) > len(x.tab) {
		x.grow()
	}
	return id
}

// find returns the ID of s and whether it has one.
func (x *entIDs) find(s string) (int32, bool) {
	slot, _ := x.slot(s)
	return slot.id - 1, slot.id > 0
}

// len returns how many strings x has numbered.
func (x *entIDs) len() int { return len(x.keys) }

// slot returns the slot of s, empty if s has no ID, and the high bits of
// its hash.
func (x *entIDs) slot(s string) (*entIDSlot, uint32) {
	if len(x.tab) == 0 {
		x.tab = make([]entIDSlot, entMinIDTab)
	}
	h := maphash.String(entIDSeed, s)
	mask := uint64(len(x.tab) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &x.tab[i]
		if e.id == 0 || e.h == uint32(h>>32) && x.keys[e.id-1] == s {
			return e, uint32(h >> 32)
		}
	}
}

// grow doubles the table and places the IDs again.
func (x *entIDs) grow() {
	x.tab = make([]entIDSlot, 2*len(x.tab))
	mask := uint64(len(x.tab) - 1)
	for id, s := range x.keys {
		h := maphash.String(entIDSeed, s)
		i := h & mask
		for x.tab[i].id != 0 {
			i = (i + 1) & mask
		}
		x.tab[i] = entIDSlot{uint32(h >> 32), int32(id) + 1}
	}
}

// reset empties x, keeping a table no larger than the last run needed
// twice over, so that a large run does not make the small ones after it
// clear a large table.
func (x *entIDs) reset() {
	if len(x.tab) > entMinIDTab && len(x.tab) > 8*len(x.keys) {
		x.tab = nil
	} else {
		clear(x.tab)
	}
	clear(x.keys)
	x.keys = x.keys[:0]
}

// sentences sets the range of mentions in the sentence of each mention of
// doc d: consecutive mentions with the same sentence.
func (c *entClusters) sentences(d int) {
	ments := c.x[d].ents.mentions
	base := c.base[d]
	for mi := range ments {
		lo := int32(base + mi)
		if mi > 0 && ments[mi-1].sent == ments[mi].sent {
			lo = c.sent[base+mi-1][0]
		}
		c.sent[base+mi][0] = lo
	}
	for mi := len(ments) - 1; mi >= 0; mi-- {
		hi := int32(base + mi + 1)
		if mi+1 < len(ments) && ments[mi+1].sent == ments[mi].sent {
			hi = c.sent[base+mi+1][1]
		}
		c.sent[base+mi][1] = hi
	}
}

// separate notes the mentions named in the alias file's separate groups.
func (c *entClusters) separate() {
	separated := c.al.separated()
	if len(separated) == 0 {
		return
	}
	for i := range c.refs {
		if k := entAliasKey(c.m(i).name); separated[k] {
			c.sep[i] = []string{k}
		}
	}
}

// entDocOrder returns the indexes of docs sorted by ID (then by index),
// in order's array:
// mentions are numbered in that order, so that clusters, which depend on
// the order in which names are attached, do not depend on the order of
// the run's documents.
func entDocOrder(docs []article.Doc, order []int) []int {
	order = order[:0]
	for i := range docs {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(docs[a].ID, docs[b].ID) })
	return order
}

// entSpeakers names the speakers of doc d's quotations by their entity.
// of holds the index in ents of each cluster root's entity, or -1.
func entSpeakers(c *entClusters, d int, ents []article.Entity, of []int32) {
	x := &c.x[d]
	base := c.base[d]
	for qi, ci := range x.quotes {
		mi := x.qs[qi].mention
		if mi < 0 || !c.keep[base+mi] {
			continue
		}
		if ei := of[c.find(base+mi)]; ei >= 0 {
			q := x.claims[ci].Quote
			q.Speaker, q.SpeakerID = ents[ei].Name, ents[ei].ID
		}
	}
}
