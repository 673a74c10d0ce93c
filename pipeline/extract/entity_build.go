package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// forced applies the merge groups of the alias file: every mention
// spelled as a name of a group joins one entity named by the group's first
// name, even one-word names that would have been dropped.
func (c *entClusters) forced() {
	if c.al == nil {
		return
	}
	reps := make([]int, len(c.al.merge))
	for g := range reps {
		reps[g] = -1
	}
	for i := range c.refs {
		m := c.m(i)
		g, ok := c.al.mergeOf[entAliasKey(m.name)]
		if !ok {
			g, ok = c.al.mergeOf[entAliasKey(m.key)]
		}
		if !ok {
			continue
		}
		c.keep[i] = true
		if reps[g] < 0 {
			reps[g] = i
		} else {
			c.union(reps[g], i, true)
		}
	}
	for g, i := range reps {
		if i >= 0 {
			c.canon[c.find(i)] = c.al.merge[g][0]
		}
	}
}

// entities builds one Entity per cluster, sorted by ID, and the index of
// each cluster root's entity (-1 for other mentions), in a table of c.
func (c *entClusters) entities() ([]article.Entity, []int32) {
	roots, of := c.keptRoots()
	ms := c.keptMembers(roots, of)
	ents := make([]article.Entity, 0, len(roots))
	sc := &c.build
	sc.spans = make([]article.Span, 0, len(ms))
	sorted := c.spansSorted()
	start := int32(0)
	for _, r := range roots {
		ents = append(ents, c.entity(r, ms[start:of[r]], sorted, sc))
		start = of[r]
	}
	sc.names(ents)
	entSortByID(ents, roots, entAssignIDs(ents, sc))
	for k, r := range roots {
		of[r] = int32(k)
	}
	c.of, c.buf.roots = of, roots
	return ents, of
}

// keptRoots returns the roots of the clusters with a kept mention, in
// the order of their first, and a table of c by root that holds the kept
// mentions of each of them (0 for other mentions).
func (c *entClusters) keptRoots() ([]int, []int32) {
	of := entResize(c.of, len(c.refs))
	clear(of)
	roots := c.buf.roots[:0]
	for i := range c.refs {
		if !c.keep[i] {
			continue
		}
		r := c.find(i)
		if of[r] == 0 {
			roots = append(roots, r)
		}
		of[r]++
	}
	return roots, of
}

// keptMembers returns the kept mentions of the clusters of roots, in
// order, one cluster after the other, in a buffer of c: a counting sort
// by root, rather than a walk of each cluster's members and a sort. of
// holds the kept mentions of each root and is left holding the end of
// each root's mentions.
func (c *entClusters) keptMembers(roots []int, of []int32) []int32 {
	end := int32(0)
	for _, r := range roots {
		n := of[r]
		of[r] = end // where the next of r goes
		end += n
	}
	ms := entResize(c.buf.kept, int(end))
	for i := range c.refs {
		if c.keep[i] {
			r := c.find(i)
			ms[of[r]] = int32(i)
			of[r]++
		}
	}
	c.buf.kept = ms
	return ms
}

// spansSorted reports whether the spans of any mentions, in the order
// of their numbers, are sorted by article.ComparePos, as they are when no
// two documents share an ID and each document's mentions come in order
// of position: entity need not check.
func (c *entClusters) spansSorted() bool {
	for k, d := range c.buf.order {
		if k > 0 && c.docs[c.buf.order[k-1]].ID >= c.docs[d].ID {
			return false
		}
		ments := c.x[d].ents.mentions
		for mi := 1; mi < len(ments); mi++ {
			a, b := &ments[mi-1], &ments[mi]
			if a.start > b.start || a.start == b.start && a.end > b.end {
				return false
			}
		}
	}
	return true
}

// entSortByID sorts ents by ID and then by first mention (IDs are unique
// unless a numbered ID such as "e:ab-2" is also the slug of another
// name), and roots with them. It sorts perm, a permutation of their
// indexes (quickly when it is nearly in order of ID), and then moves each
// entity once, along the cycles of the permutation: entities are large,
// and the swaps of a sort of them were most of its cost.
func entSortByID(ents []article.Entity, roots []int, perm []int32) {
	slices.SortFunc(perm, func(a, b int32) int {
		if c := strings.Compare(ents[a].ID, ents[b].ID); c != 0 {
			return c
		}
		return article.ComparePos(ents[a].Mentions[0], ents[b].Mentions[0])
	})
	// Position k takes what is at perm[k]; a position done is marked as
	// taking itself.
	for start := range perm {
		if int(perm[start]) == start {
			continue
		}
		e, r := ents[start], roots[start]
		k := start
		for {
			p := int(perm[k])
			perm[k] = int32(k)
			if p == start {
				ents[k], roots[k] = e, r
				break
			}
			ents[k], roots[k] = ents[p], roots[p]
			k = p
		}
	}
}

// entScratch holds the spelling counts of entity, reused from one
// cluster to the next, and what the entities of a run share: one array
// of mentions and one of aliases and roles (see names), rather than
// three slices per entity.
type entScratch struct {
	full, all, roles entCount
	spans            []article.Span // the mentions of all entities
	strs             []string       // the aliases and roles of all entities, as built
	at               [][3]int32     // entity -> its aliases strs[0:1] and roles strs[1:2]
	order, idEnds    []int32        // buffers of entAssignIDs
	idKeys           []uint64       // of entAssignIDs: entPrefixKey of each ID
	idBuf            []byte
}

// names copies the aliases and roles of ents, in order, from sc.strs to
// one array, each capped so that an append cannot reach the next; nil
// where an entity has none.
func (sc *entScratch) names(ents []article.Entity) {
	all := slices.Clone(sc.strs)
	for k, at := range sc.at {
		if at[1] > at[0] {
			ents[k].Aliases = all[at[0]:at[1]:at[1]]
		}
		if at[2] > at[1] {
			ents[k].Roles = all[at[1]:at[2]:at[2]]
		}
	}
	clear(sc.strs)
	sc.strs, sc.at, sc.spans = sc.strs[:0], sc.at[:0], nil
}

// entCount counts the spellings of one cluster; clusters have few, so a
// slice beats a map.
type entCount []struct {
	s string
	n int
}

func (c *entCount) add(s string) {
	for i := range *c {
		if (*c)[i].s == s {
			(*c)[i].n++
			return
		}
	}
	*c = append(*c, struct {
		s string
		n int
	}{s, 1})
}

// most returns the most frequent spelling, the longer on a tie, then the
// first in byte order.
func (c entCount) most() string {
	best, n := "", 0
	for _, x := range c {
		if x.n > n || x.n == n && (len(x.s) > len(best) || len(x.s) == len(best) && x.s < best) {
			best, n = x.s, x.n
		}
	}
	return best
}

// entity builds the Entity of cluster root r, with kept mentions ms in
// order, counting in sc. sorted says that their spans are in order (see
// spansSorted).
func (c *entClusters) entity(r int, ms []int32, sorted bool, sc *entScratch) article.Entity {
	var e article.Entity
	start := len(sc.spans)
	full, all, roles := sc.full[:0], sc.all[:0], sc.roles[:0]
	kinds := [4]int{}
	for _, i := range ms {
		m := c.m(int(i))
		kinds[m.kind]++
		all.add(m.name)
		if m.kind != article.Person {
			full.add(m.key)
		} else if !m.single {
			full.add(m.name)
		}
		if m.role != "" {
			roles.add(m.role)
		}
		sc.spans = append(sc.spans, article.Span{Doc: c.docs[c.refs[i].doc].ID, Start: m.start, End: m.end})
	}
	e.Mentions = sc.spans[start:len(sc.spans):len(sc.spans)]
	e.Kind = entKindOf(kinds)
	e.Name = c.canon[r]
	if e.Name == "" {
		e.Name = full.most()
	}
	if e.Name == "" {
		e.Name = all.most()
	}
	sc.aliases(e.Name, all, roles)
	sc.full, sc.all, sc.roles = full, all, roles
	if !sorted && !entSortedPos(e.Mentions) { // docs that share an ID
		slices.SortFunc(e.Mentions, article.ComparePos)
	}
	return e
}

// aliases adds the next entity's aliases, the spellings in all other than
// its name, sorted, and its roles to sc.strs (see names).
func (sc *entScratch) aliases(name string, all, roles entCount) {
	a := len(sc.strs)
	for _, x := range all {
		if x.s != name {
			sc.strs = append(sc.strs, x.s)
		}
	}
	slices.Sort(sc.strs[a:])
	rl := len(sc.strs)
	sc.strs = entRoles(sc.strs, roles)
	sc.at = append(sc.at, [3]int32{int32(a), int32(rl), int32(len(sc.strs))})
}

// entSortedPos reports whether s is sorted by article.ComparePos, as
// slices.IsSortedFunc would, comparing the docs of neighbours, which are
// mostly the same string, only for equality.
func entSortedPos(s []article.Span) bool {
	for k := 1; k < len(s); k++ {
		a, b := &s[k-1], &s[k]
		switch {
		case a.Doc == b.Doc:
			if a.Start > b.Start || a.Start == b.Start && a.End > b.End {
				return false
			}
		case a.Doc > b.Doc:
			return false
		}
	}
	return true
}

// entRoles appends the roles to out, one spelling per role regardless of
// case (the first in byte order), sorted.
func entRoles(out []string, roles entCount) []string {
	if len(roles) <= 1 { // most entities: nothing to sort or fold
		for _, x := range roles {
			out = append(out, x.s)
		}
		return out
	}
	start := len(out)
	for _, x := range roles {
		out = append(out, x.s)
	}
	rs := out[start:]
	slices.SortFunc(rs, func(a, b string) int {
		if c := entCompareLower(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	rs = slices.CompactFunc(rs, strings.EqualFold)
	slices.Sort(rs)
	return out[:start+len(rs)]
}

// entCompareLower returns cmp.Compare(strings.ToLower(a),
// strings.ToLower(b)) without building either: rune by rune, as code
// points order as their UTF-8 bytes do (an invalid byte is U+FFFD in
// both).
func entCompareLower(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra, rb = entLowerRune(ra), entLowerRune(rb); ra != rb {
			return cmp.Compare(ra, rb)
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

func entLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

func entKindOf(kinds [4]int) article.EntityKind {
	best := article.Person
	for k := range kinds {
		if kinds[k] > kinds[best] {
			best = article.EntityKind(k)
		}
	}
	return best
}

// entAssignIDs gives each entity "e:" and the slug of its name, numbered
// from "-2" when entities share a slug, in order of name and then of
// first mention. It returns the indexes of ents in that order, which is
// nearly the order of their IDs. The IDs are cut from one string, and the
// tables come from sc.
func entAssignIDs(ents []article.Entity, sc *entScratch) []int32 {
	buf, ends, order := sc.idBuf[:0], sc.idEnds[:0], sc.order[:0]
	for i := range ents {
		buf = entAppendSlug(append(buf, "e:"...), ents[i].Name)
		ends = append(ends, int32(len(buf)))
		order = append(order, int32(i))
	}
	all, start := string(buf), int32(0)
	keys := entResize(sc.idKeys, len(ents))
	for i := range ents {
		ents[i].ID, start = all[start:ends[i]], ends[i]
		keys[i] = entPrefixKey(ents[i].ID[len("e:"):])
	}
	// Sorted by slug first, the entities that share one are neighbours.
	// Most slugs differ in their first eight bytes, compared as a number.
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		x, y := &ents[a], &ents[b]
		if c := strings.Compare(x.ID, y.ID); c != 0 {
			return c
		}
		if c := strings.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return article.ComparePos(x.Mentions[0], y.Mentions[0])
	})
	prev, n := "", 0
	for k, i := range order {
		if id := ents[i].ID; k > 0 && id == prev {
			n++
			ents[i].ID = id + "-" + strconv.Itoa(n)
		} else {
			prev, n = id, 1
		}
	}
	sc.order, sc.idBuf, sc.idEnds, sc.idKeys = order, buf, ends, keys
	return order
}

// entPrefixKey returns the first eight bytes of s as a big-endian number,
// padded with zeros: keys order as the strings do where they differ, as
// no slug holds a zero byte.
func entPrefixKey(s string) uint64 {
	k := uint64(0)
	for j := range 8 {
		k <<= 8
		if j < len(s) {
			k |= uint64(s[j])
		}
	}
	return k
}
