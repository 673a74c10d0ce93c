package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// An entGroup is the one-word mentions of one name in one document.
type entGroup struct {
	doc int
	key string
	id  int32 // of key, in the run's entIDs
	n   int   // len(ms), once all are known
	ms  []int
	ctx *entCtx // context of ms, computed on first use
}

func (c *entClusters) groupCtx(g *entGroup) *entCtx {
	if g.ctx == nil {
		g.ctx = c.ar.ctx(c.ctxOf(g.ms))
	}
	return g.ctx
}

// singles attaches one-word names ("Lavrov", "Smith-Jones") to a
// full name: the surname in the same document, else the one person of
// that surname in the run, else a given name with the same title, else a
// surname spelled alike and used alike (a machine-translation garble).
// What joins nothing stays an entity only when it speaks or has a title.
func (c *entClusters) singles() {
	groups, sur, given, same := c.groupSingles()
	c.oneEach(sur)
	c.oneEach(given)
	left := groups[:0] // filtered in place, as are rest
	for _, g := range groups {
		if !c.attachSame(g, same.in(g.doc, g.id)) && !c.attachUnique(g, sur.get(g.id), false) && !c.attachUnique(g, given.get(g.id), true) {
			left = append(left, g)
		}
	}
	rest := left[:0]
	for _, g := range left {
		if !c.speaks(g) || !c.attachGarble(g, sur) {
			rest = append(rest, g)
		}
	}
	c.alone(rest)
}

// An entSurRef is a mention of a full person name, by the ID of its
// surname.
type entSurRef struct {
	sur int32
	i   int
}

// entSameDoc is the full person names of each document by surname.
type entSameDoc struct {
	refs []entSurRef // by document, then by surname, then in order
	span [][2]int    // doc -> its range of refs
}

// newEntSameDoc sorts refs, which come by document, within each document,
// into x, reusing its table.
func newEntSameDoc(c *entClusters, x *entSameDoc, refs []entSurRef) *entSameDoc {
	x.refs, x.span = refs, entResize(x.span, len(c.x))
	clear(x.span)
	for lo := 0; lo < len(refs); {
		d := c.refs[refs[lo].i].doc
		hi := lo + 1
		for hi < len(refs) && c.refs[refs[hi].i].doc == d {
			hi++
		}
		slices.SortFunc(refs[lo:hi], func(a, b entSurRef) int { return cmp.Or(cmp.Compare(a.sur, b.sur), cmp.Compare(a.i, b.i)) })
		x.span[d] = [2]int{lo, hi}
		lo = hi
	}
	return x
}

// in returns the mentions of the surname with ID sur in doc, in order.
func (x *entSameDoc) in(doc int, sur int32) []entSurRef {
	refs := x.refs[x.span[doc][0]:x.span[doc][1]]
	lo, _ := slices.BinarySearchFunc(refs, sur, func(r entSurRef, s int32) int { return cmp.Compare(r.sur, s) })
	hi := lo
	for hi < len(refs) && refs[hi].sur == sur {
		hi++
	}
	return refs[lo:hi]
}

// oneEach keeps one mention per cluster in each list, in order: the
// attach steps look at clusters, not mentions, and clusters only grow.
func (c *entClusters) oneEach(names *entNameIndex) {
	for k, ms := range names.lists {
		c.epoch++
		out := ms[:0]
		for _, i := range ms {
			if r := c.find(i); c.mark[r] != c.epoch {
				c.mark[r] = c.epoch
				out = append(out, i)
			}
		}
		names.lists[k] = out
	}
}

// groupSingles groups the one-word person names by document and spelling,
// and indexes the full names by surname and by given name. Groups are in
// the order of their first mention. All of it lives in c.sg, reused from
// run to run. Names are known by their ID in c.ids: a surname's is the
// context key of its full name (see entCtxKey), a one-word name's its
// own unless it has a space; given names are numbered here.
func (c *entClusters) groupSingles() (groups []*entGroup, sur, given *entNameIndex, same *entSameDoc) {
	t := &c.sg
	t.reset()
	t.reserve(c)
	for i := range c.refs {
		m := c.m(i)
		if m.kind != article.Person {
			continue
		}
		if !m.single {
			s := c.ck[i]
			g, _, _ := strings.Cut(m.key, " ")
			t.sur.add(s, c.ids.keys[s], i)
			t.given.add(c.ids.of(g), g, i)
			t.full = append(t.full, entSurRef{s, i})
			continue
		}
		id := c.ck[i]
		if strings.IndexByte(m.key, ' ') >= 0 {
			id = c.ids.of(m.key)
		}
		t.add(int(c.refs[i].doc), id, m.key, i)
	}
	t.sur.build()
	t.given.build()
	return t.list(), &t.sur, &t.given, newEntSameDoc(c, &t.same, t.full)
}

// attachSame joins each mention of g to the nearest full name with that
// surname in the same document, preferring one before it.
func (c *entClusters) attachSame(g *entGroup, full []entSurRef) bool {
	done := false
	for _, i := range g.ms {
		best := -1
		for _, f := range full {
			if j := f.i; best < 0 || c.m(j).start < c.m(i).start {
				best = j
			}
		}
		if best >= 0 && c.union(best, i, false) {
			done = true
		}
	}
	return done
}

// attachUnique joins g to the one cluster among cands, or to the one whose
// context fits best when several fit; withRole requires a shared title.
func (c *entClusters) attachUnique(g *entGroup, cands []int, withRole bool) bool {
	if len(cands) > entMaxSame {
		return false
	}
	var roots []int
	c.epoch++
	for _, i := range cands {
		r := c.find(i)
		if c.mark[r] != c.epoch && (!withRole || entSharesStr(c.rootCtx(r).heads, c.groupCtx(g).heads)) {
			roots = append(roots, r)
		}
		c.mark[r] = c.epoch
	}
	best, bestScore, tie := -1, -1.0, false
	if len(roots) == 1 {
		best = roots[0]
	}
	for _, r := range roots[:len(roots)*min(1, len(roots)-1)] {
		s := c.rootCtx(r).score(c.groupCtx(g))
		switch {
		case s > bestScore:
			best, bestScore, tie = r, s, false
		case s == bestScore:
			tie = true
		}
	}
	if best < 0 || tie {
		return false
	}
	return c.unionGroup(best, g.ms, g.ctx)
}

// entMaxSame caps the people of one name (surname, or given name with a
// title) among whom a one-word name is attached by context: a name that
// more people of the run bear is too common to tell them apart, and the
// work per name would grow with the run.
const entMaxSame = 16

// speaks reports whether a mention of g speaks or carries a title: the
// role a garbled name must share with the name it joins.
func (c *entClusters) speaks(g *entGroup) bool {
	for _, i := range g.ms {
		if m := c.m(i); m.verb || m.role != "" {
			return true
		}
	}
	return false
}

// alone keeps one-word names that joined nothing as entities of their own
// when they speak or carry a title; the rest are dropped. The mentions of
// one name join the first of them, found by the name's ID.
func (c *entClusters) alone(gs []*entGroup) {
	first := entResize(c.buf.idTab[0], c.ids.len())
	clear(first)
	c.buf.idTab[0] = first
	for _, g := range gs {
		keep := c.speaks(g)
		for _, i := range g.ms {
			if !keep {
				c.keep[i] = false
				continue
			}
			if j := first[g.id]; j > 0 {
				c.union(int(j-1), i, false)
			} else {
				first[g.id] = int32(i) + 1
			}
		}
	}
}
