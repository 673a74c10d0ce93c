package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

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
	of := entResize(c.of, len(c.refs))
	for i := range of {
		of[i] = -1
	}
	roots := c.roots[:0]
	for i := range c.refs {
		if r := c.find(i); c.keep[i] && of[r] < 0 {
			of[r] = 0
			roots = append(roots, r)
		}
	}
	ents := make([]article.Entity, 0, len(roots))
	sc := &c.build
	for _, r := range roots {
		ents = append(ents, c.entity(r, sc))
	}
	entAssignIDs(ents)
	sort.Sort(entByID{ents, roots}) // IDs are unique, so the order is too
	for k, r := range roots {
		of[r] = int32(k)
	}
	c.of, c.roots = of, roots
	return ents, of
}

// entByID sorts entities by ID, with the cluster root of each.
type entByID struct {
	ents  []article.Entity
	roots []int
}

func (x entByID) Len() int           { return len(x.ents) }
func (x entByID) Less(i, j int) bool { return x.ents[i].ID < x.ents[j].ID }
func (x entByID) Swap(i, j int) {
	x.ents[i], x.ents[j] = x.ents[j], x.ents[i]
	x.roots[i], x.roots[j] = x.roots[j], x.roots[i]
}

// entScratch holds the spelling counts of entity, reused from one
// cluster to the next.
type entScratch struct{ full, all, roles entCount }

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

// entity builds the Entity of cluster root r, counting in sc.
func (c *entClusters) entity(r int, sc *entScratch) article.Entity {
	e := article.Entity{Mentions: make([]article.Span, 0, c.size[r])}
	full, all, roles := sc.full[:0], sc.all[:0], sc.roles[:0]
	defer func() { sc.full, sc.all, sc.roles = full, all, roles }()
	kinds := [4]int{}
	for _, i := range c.membersOf(r) {
		if !c.keep[i] {
			continue
		}
		m := c.m(i)
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
		e.Mentions = append(e.Mentions, article.Span{Doc: c.docs[c.refs[i].doc].ID, Start: m.start, End: m.end})
	}
	e.Kind = entKindOf(kinds)
	e.Name = c.canon[r]
	if e.Name == "" {
		e.Name = full.most()
	}
	if e.Name == "" {
		e.Name = all.most()
	}
	for _, x := range all {
		if x.s != e.Name {
			e.Aliases = append(e.Aliases, x.s)
		}
	}
	e.Roles = entRoles(roles)
	slices.Sort(e.Aliases)
	slices.SortFunc(e.Mentions, article.ComparePos)
	return e
}

// entRoles returns the roles, one spelling per role regardless of case
// (the first in byte order), sorted.
func entRoles(roles entCount) []string {
	var out []string
	for _, x := range roles {
		out = append(out, x.s)
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	out = slices.CompactFunc(out, strings.EqualFold)
	slices.Sort(out)
	return out
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
// from "-2" when two entities share a name, in order of first mention.
func entAssignIDs(ents []article.Entity) {
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(ents[a].Name, ents[b].Name); c != 0 {
			return c
		}
		return article.ComparePos(ents[a].Mentions[0], ents[b].Mentions[0])
	})
	used := make(map[string]int, len(ents))
	var b strings.Builder
	for _, i := range order {
		b.Grow(len("e:") + len(ents[i].Name))
		b.WriteString("e:")
		entWriteSlug(&b, ents[i].Name)
		id := b.String()
		b.Reset()
		used[id]++
		if n := used[id]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		ents[i].ID = id
	}
}

// entSlug lower-cases s and joins its words with hyphens.
func entSlug(s string) string {
	var b strings.Builder
	entWriteSlug(&b, s)
	return b.String()
}

// entWriteSlug writes the slug of s (see entSlug) to b.
func entWriteSlug(b *strings.Builder, s string) {
	start := b.Len()
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > start {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			dash = false
		case r == '.' || r == '’' || r == '\'':
		default:
			dash = true
		}
	}
}
