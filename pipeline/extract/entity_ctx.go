package extract

import (
	"slices"
)

// An entCtx is how a cluster (or a group of mentions) is used, as small
// sorted sets, computed once per cluster and dropped when it grows: the
// documents that name it, its title nouns, whether it speaks, and the
// entities named in its sentences other than itself.
type entCtx struct {
	docs   []int32
	heads  []string
	verb   bool
	around []int32 // context key IDs (see entCtxKey): raw less own
	own    []int32 // context keys of the mentions themselves
	raw    []int32 // context keys of every mention in their sentences
}

// joinCtx sets the context of root a, which b has just joined, from
// theirs when a's is known: sets merge in time linear in their sizes,
// where recomputing takes every mention and its sentence again. A small
// side whose context is not known yet is computed.
func (c *entClusters) joinCtx(a, b int) {
	x, y := c.ar.ctx(c.ctx[a]), c.ar.ctx(c.ctx[b])
	c.ctx[b] = 0
	if x != nil && y == nil && c.size[b] <= 8 {
		y = c.ar.ctx(c.ctxOf(c.membersOf(b)))
	}
	if x == nil || y == nil {
		c.ctx[a] = 0
		return
	}
	c.ctx[a] = c.mergeCtx(x, y)
}

// mergeCtx makes the context of the mentions of x and y together and
// returns its number.
func (c *entClusters) mergeCtx(x, y *entCtx) int32 {
	ints := &c.ar.ints
	m, k := c.ar.newCtx()
	m.docs = entUnionTo(ints, x.docs, y.docs)
	m.heads = entUnionTo(&c.ar.heads, x.heads, y.heads)
	m.verb = x.verb || y.verb
	m.own = entUnionTo(ints, x.own, y.own)
	m.raw = entUnionTo(ints, x.raw, y.raw)
	m.around = ints.commit(entMinusTo(ints.reserve(len(m.raw)), m.raw, m.own))
	return k
}

// entUnionTo merges two sorted sets into a slice of s.
func entUnionTo[T int32 | string](s *entSlab[T], a, b []T) []T {
	return s.commit(entUnion(s.reserve(len(a)+len(b)), a, b))
}

// entUnion appends the union of two sorted sets to out.
func entUnion[T int32 | string](out, a, b []T) []T {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// entMinusTo appends the sorted set a less the sorted set b to out.
func entMinusTo(out, a, b []int32) []int32 {
	j := 0
	for _, k := range a {
		for j < len(b) && b[j] < k {
			j++
		}
		if j >= len(b) || b[j] != k {
			out = append(out, k)
		}
	}
	return out
}

// rootCtx returns the context of cluster r, computing it on first use.
func (c *entClusters) rootCtx(r int) *entCtx {
	if k := c.ctx[r]; k > 0 {
		return &c.ar.ctxs[k-1]
	}
	k := c.ctxOf(c.membersOf(r))
	c.ctx[r] = k
	return c.ar.ctx(k)
}

// ctxOf computes the context of mentions ms and returns its number in
// the arena. Its sets are gathered in scratch buffers and then copied
// into the arena.
func (c *entClusters) ctxOf(ms []int) int32 {
	x, k := c.ar.newCtx()
	docs, own, raw, heads := c.buf.scratch[0][:0], c.buf.scratch[1][:0], c.buf.scratch[2][:0], c.buf.heads[:0]
	for _, i := range ms {
		m := c.m(i)
		docs = append(docs, int32(c.refs[i].doc))
		if m.head != "" {
			heads = append(heads, m.head)
		}
		x.verb = x.verb || m.verb
		own = append(own, c.ck[i])
		raw = append(raw, c.ck[c.sent[i][0]:c.sent[i][1]]...)
	}
	slices.Sort(heads)
	heads = slices.Compact(heads)
	docs, own, raw = entSortSet(docs), entSortSet(own), entSortSet(raw)
	around := entMinusTo(c.buf.scratch[3][:0], raw, own)
	c.buf.scratch, c.buf.heads = [4][]int32{docs, own, raw, around}, heads
	x.docs, x.own, x.raw, x.around = c.ar.ints.carve(docs), c.ar.ints.carve(own), c.ar.ints.carve(raw), c.ar.ints.carve(around)
	if len(heads) > 0 {
		x.heads = c.ar.heads.carve(heads)
	}
	return k
}

func entSortSet(s []int32) []int32 {
	slices.Sort(s)
	return slices.Compact(s)
}

// score scores how alike two contexts are: named in the same document
// (0.4), with the same title or both as speakers (0.3), and with the same
// entities around them (0.3 times the overlap).
func (a *entCtx) score(b *entCtx) float64 {
	s := 0.0
	if entShares(a.docs, b.docs) {
		s += 0.4
	}
	if a.verb && b.verb || entSharesStr(a.heads, b.heads) {
		s += 0.3
	}
	return s + 0.3*entOverlap(a.around, b.around)
}

// entOverlap returns |a∩b| / min(|a|, |b|) of two sorted sets, or 0 when
// either is empty.
func entOverlap(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(entCommon(a, b)) / float64(min(len(a), len(b)))
}

func entCommon(a, b []int32) int { return entShared(a, b, false) }

func entShares(a, b []int32) bool { return entShared(a, b, true) > 0 }

func entSharesStr(a, b []string) bool { return entShared(a, b, true) > 0 }

// entShared counts the elements two sorted sets share, stopping at the
// first when first is set. A set much smaller than the other (a single's
// context against a big cluster's) is looked up by binary search, so the
// cost follows the small set.
func entShared[T int32 | string](a, b []T, first bool) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	if 8*len(a) < len(b) {
		for _, x := range a {
			k, found := slices.BinarySearch(b, x)
			if found {
				n++
				if first {
					return n
				}
				k++
			}
			b = b[k:]
		}
		return n
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			if first {
				return n
			}
			i++
			j++
		}
	}
	return n
}

// entMaybeAlike reports whether entSpellingSk(a, b, ska, skb) may reach
// thr, by a bound that needs no Jaro-Winkler: the matching characters of
// Jaro are at most the letters the words share (as multisets), and
// Jaro-Winkler is at most 0.6·Jaro + 0.4. Non-ASCII words always may.
func entMaybeAlike(a, b, ska, skb string, thr float64) bool {
	return a == b || entJWBound(a, b) >= thr-1e-9 || entJWBound(ska, skb) >= thr-1e-9
}

// entJWBound returns an upper bound of the Jaro-Winkler similarity of two
// ASCII words, or 1 when either is not ASCII.
func entJWBound(a, b string) float64 {
	if a == "" || b == "" {
		return 1
	}
	var n [128]int32
	for i := 0; i < len(a); i++ {
		if a[i] >= 0x80 {
			return 1
		}
		n[a[i]]++
	}
	m := 0
	for i := 0; i < len(b); i++ {
		ch := b[i]
		if ch >= 0x80 {
			return 1
		}
		if n[ch] > 0 {
			n[ch]--
			m++
		}
	}
	jaro := (float64(m)/float64(len(a)) + float64(m)/float64(len(b)) + 1) / 3
	return 0.6*jaro + 0.4
}
