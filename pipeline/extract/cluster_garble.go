package extract

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// entMaxGarble caps the surnames a garbled name is compared with: the
// ones spelled most alike, so that the work per name does not grow with
// the run.
const entMaxGarble = 16

// entMaxCtx is the highest score of two contexts (see entCtx.score), with
// room for rounding.
const entMaxCtx = 1 + 1e-9

// An entGarble is a surname that a one-word name may be a garble of.
type entGarble struct {
	s     string
	spell float64 // entSpelling of the two
	roots []int   // a mention of each person with surname s
}

// An entSpelled is a word with what comparing its spelling needs, worked
// out once per distinct word rather than once per comparison.
type entSpelled struct {
	w, sk  string     // the word and its entSkeleton
	hy     int        // hyphens in w
	nw, ns entLetters // letters of w and of sk
	roots  []int      // of a surname: a mention of each person bearing it
}

func newEntSpelled(w string) entSpelled {
	sk := entSkeleton(w)
	return entSpelled{w: w, sk: sk, hy: strings.Count(w, "-"), nw: entCountLetters(w), ns: entCountLetters(sk)}
}

// entLetters are the letters of an ASCII word, by their low five bits,
// which bound the Jaro-Winkler similarity of two words (entSpellIfNear)
// before it is computed. Bytes that share their low five bits count as
// one letter, which only raises the bounds.
type entLetters struct {
	entQuick
	n [4]uint64 // count of each letter, a byte each, little-endian
}

// An entQuick is what entMayMatch needs of a word's letters, small enough
// to scan thousands of per name. ok is false for words that are not ASCII
// or are longer than 127 bytes, which are not bounded.
type entQuick struct {
	set     uint32 // bit b: the word has letter b
	pre     uint32 // the first four bytes, little-endian, zero-padded
	len     int32
	repeats uint8 // len less the distinct letters
	ok      bool
}

func entCountLetters(w string) entLetters {
	l := entLetters{entQuick: entQuick{len: int32(min(len(w), 1<<30))}}
	if len(w) > 127 || !entIsASCII(w) {
		return l
	}
	for i := 0; i < len(w); i++ {
		c := w[i] & 31
		l.n[c>>3] += 1 << (8 * (c & 7))
		l.set |= 1 << (w[i] & 31)
		if i < 4 {
			l.pre |= uint32(w[i]) << (8 * i)
		}
	}
	l.repeats = uint8(len(w) - bits.OnesCount32(l.set))
	l.ok = true
	return l
}

// entSpellIfNear returns entSpellingSk of two different words with the same
// first rune, or less than thr when bounds show it is below thr. n holds
// the bounds of the pair. The words or the skeletons, whichever bound is
// higher, are compared first, the other only when its bound may beat it.
func entSpellIfNear(k, s *entSpelled, n *entNear, thr float64) float64 {
	a1, b1, a2, b2 := k.w, s.w, k.sk, s.sk
	bw, bs, nw, ns := n.bw, n.bs, int(n.nw), int(n.ns)
	if bs > bw {
		a1, b1, a2, b2, bw, bs, nw, ns = a2, b2, a1, b1, bs, bw, ns, nw
	}
	if bw < thr-1e-9 {
		return 0
	}
	v := entJaroWinklerAbove(a1, b1, nw, thr)
	if t := max(v, thr); bs >= t-1e-9 {
		v = max(v, entJaroWinklerAbove(a2, b2, ns, t))
	}
	return v
}

// entMayMatch reports whether the Jaro-Winkler similarity of words with
// letters la and lb may reach thr, by a bound that takes a few
// instructions: each letter both have matches once, plus the repeats of
// one word.
func entMayMatch(la, lb *entQuick, thr float64) bool {
	m := bits.OnesCount32(la.set&lb.set) + int(min(la.repeats, lb.repeats))
	return entJWBoundM(la, lb, m) >= thr-1e-9
}

// entLettersShared returns the letters two words share as multisets: Jaro
// matches at most as many. It is a number larger than both words when
// either is not counted.
func entLettersShared(la, lb *entLetters) int {
	if !la.ok || !lb.ok {
		return 1 << 30
	}
	// Counts are below 128, so the bytes of (x|hi)-y do not borrow from
	// each other and keep their high bit where x >= y; the minima sum to
	// at most 127, so one multiplication adds up the bytes.
	const hi, ones = 0x8080808080808080, 0x0101010101010101
	m := 0
	for i := range la.n {
		x, y := la.n[i], lb.n[i]
		ge := (((x | hi) - y) & hi >> 7) * 0xff // 0xff where x >= y
		m += int(((y & ge) | (x &^ ge)) * ones >> 56)
	}
	return m
}

// entNeed answers entMayMatch for one word against many: the least shared
// letters with which the bound reaches thr, by the common prefix and the
// length of the other word, is worked out on first use, so that each
// comparison takes integer operations only.
type entNeed struct {
	q   *entQuick
	thr float64
	m   [5][entJWMax + 1]int8 // -1 until worked out
}

// entNever is an entNeed count that no word reaches.
const entNever = 127

func (e *entNeed) reset(q *entQuick, thr float64) {
	e.q, e.thr, e.m = q, thr, entNeedUnknown
}

// entNeedUnknown is an entNeed table with nothing worked out, copied in
// one move rather than set entry by entry.
var entNeedUnknown = func() (m [5][entJWMax + 1]int8) {
	for lp := range m {
		for nb := range m[lp] {
			m[lp][nb] = -1
		}
	}
	return m
}()

// may returns entMayMatch(e.q, o, e.thr).
func (e *entNeed) may(o *entQuick) bool {
	a := e.q
	if !a.ok || !o.ok || a.len == 0 || o.len == 0 || a.len > entJWMax || o.len > entJWMax {
		return entMayMatch(a, o, e.thr)
	}
	nb := int(o.len)
	lp := min(bits.TrailingZeros32(a.pre^o.pre)/8, 4, int(a.len), nb)
	need := e.m[lp][nb]
	if need < 0 {
		need = e.least(lp, nb)
		e.m[lp][nb] = need
	}
	return bits.OnesCount32(a.set&o.set)+int(min(a.repeats, o.repeats)) >= int(need)
}

// least returns the least m for which entJWBoundM reaches e.thr against a
// word of length nb with lp common bytes, or entNever.
func (e *entNeed) least(lp, nb int) int8 {
	na := int(e.q.len)
	for m := range min(na, nb) + 1 {
		j := (float64(m)/float64(na) + float64(m)/float64(nb) + 1) / 3
		if j+0.1*float64(lp)*(1-j) >= e.thr-1e-9 {
			return int8(m)
		}
	}
	return entNever
}

// entJWBoundM returns the Jaro-Winkler similarity of words with letters
// la and lb if m of their characters matched with no transposition, and
// Winkler's bonus were the one of their first four bytes: an upper bound
// when at most m can match. It is 1 for words without letter counts.
func entJWBoundM(la, lb *entQuick, m int) float64 {
	if !la.ok || !lb.ok || la.len == 0 || lb.len == 0 {
		return 1
	}
	na, nb := int(la.len), int(lb.len)
	m = min(m, na, nb)
	lp := min(bits.TrailingZeros32(la.pre^lb.pre)/8, 4, na, nb)
	j := (float64(m)/float64(na) + float64(m)/float64(nb) + 1) / 3
	return j + 0.1*float64(lp)*(1-j)
}

// entGarbleIndex holds the surnames of a run by their first byte, for
// garble candidates.
type entGarbleIndex struct {
	by   [256]entGarbleBucket
	near []entNear // scratch of cands
	buf  []byte    // scratch of pack
	sks  []int32   // scratch of pack: the length of each skeleton
}

// An entGarbleBucket is the surnames of one first byte: what entMayMatch
// needs, scanned for every garbled name, apart from the rest.
type entGarbleBucket struct {
	quick  []entGarbleQuick
	full   []entSpelled
	packed bool // whether quick and the letters of full are set
}

// An entGarbleQuick is the letters of a surname and of its skeleton.
type entGarbleQuick struct {
	w, sk entQuick
	hy    int
}

// newEntGarbleIndex indexes the non-empty keys of sur.
func newEntGarbleIndex(sur map[string][]int) *entGarbleIndex {
	var names entNameIndex
	var ids entIDs
	names.reset()
	for s, ms := range sur {
		for _, i := range ms {
			names.add(ids.of(s), s, i)
		}
	}
	names.build()
	x := new(entGarbleIndex)
	x.fill(&names)
	return x
}

// reset empties x for the next run, keeping its arrays.
func (x *entGarbleIndex) reset() {
	for i := range x.by {
		b := &x.by[i]
		clear(b.full)
		b.full, b.quick, b.packed = b.full[:0], b.quick[:0], false
	}
	x.near = x.near[:0]
}

// fill indexes the non-empty keys of sur in x, which is empty. The order
// within a first byte does not matter: cands sorts what it finds. What
// comparing spellings needs is worked out per first byte, when cands
// first looks there: most runs look up few garbles.
func (x *entGarbleIndex) fill(sur *entNameIndex) {
	for k, s := range sur.keys {
		if s != "" {
			x.by[s[0]].full = append(x.by[s[0]].full, entSpelled{w: s, roots: sur.lists[k]})
		}
	}
}

// pack copies the words and skeletons of b into one string, so that a
// scan reads them from consecutive memory, and sets what comparing their
// spelling needs. buf and sks are scratch, returned for reuse.
func (b *entGarbleBucket) pack(buf []byte, sks []int32) ([]byte, []int32) {
	b.packed = true
	buf, sks = buf[:0], sks[:0]
	for _, s := range b.full {
		buf = append(buf, s.w...)
		n := len(buf)
		buf = entSkeletonTo(buf, s.w)
		sks = append(sks, int32(len(buf)-n))
	}
	rest := string(buf)
	for k := range b.full {
		s := &b.full[k]
		n := len(s.w)
		s.w, rest = rest[:n], rest[n:]
		n = int(sks[k])
		s.sk, rest = rest[:n], rest[n:]
		s.hy, s.nw, s.ns = strings.Count(s.w, "-"), entCountLetters(s.w), entCountLetters(s.sk)
		b.quick = append(b.quick, entGarbleQuick{s.nw.entQuick, s.ns.entQuick, s.hy})
	}
	return buf, sks
}

// attachGarble joins g to the person whose surname is spelled most alike,
// when the context agrees: the same document, role and company. Surnames
// come the most alike first, so it stops when even the best context could
// not beat the best score.
func (c *entClusters) attachGarble(g *entGroup, sur *entNameIndex) bool {
	best, bestScore := -1, 0.0
	c.epoch++
	cands, ok := c.garbles[g.key]
	if !ok {
		if !c.gxBuilt {
			if c.gx == nil {
				c.gx = new(entGarbleIndex)
			}
			c.gx.fill(sur)
			c.gxBuilt = true
		}
		cands = c.gx.cands(g.key)
		c.garbles[g.key] = cands
	}
	budget := entMaxSame
	for _, x := range cands {
		roots := x.roots
		if len(roots) > budget || (x.spell+entMaxCtx)/2 < bestScore {
			break
		}
		budget -= len(roots)
		best, bestScore = c.garbleBest(g, x, roots, best, bestScore)
	}
	if best < 0 {
		return false
	}
	c.unionGroup(best, g.ms, g.ctx)
	return true
}

// cands returns the surnames spelled like key (entSpelling at least
// entMinGarble, the same first letter and hyphens, neither more than
// twice as long), at most entMaxGarble, the most alike first (then by
// spelling, so the choice does not depend on the order of the run).
// Bounds of Jaro-Winkler from the letters rule out most surnames; the
// rest are compared best bound first, and once entMaxGarble are found,
// only while a bound reaches the spelling of the last of them.
func (x *entGarbleIndex) cands(key string) []entGarble {
	k := newEntSpelled(key)
	b := &x.by[key[0]]
	if !b.packed {
		x.buf, x.sks = b.pack(x.buf, x.sks)
	}
	near := b.near(&k, x.near[:0])
	x.near = near
	if len(near) > entMaxGarble { // else all are kept, in any order
		slices.SortFunc(near, func(a, b entNear) int { return cmp.Compare(b.bound, a.bound) })
	}
	var cands []entGarble
	thr := entMinGarble
	for _, n := range near {
		if n.bound < thr-1e-9 {
			break
		}
		s := &b.full[n.i]
		spell := 1.0
		if key != s.w {
			spell = entSpellIfNear(&k, s, &n, thr)
		}
		if spell >= thr {
			cands = entInsertGarble(cands, entGarble{s.w, spell, s.roots})
			if len(cands) == entMaxGarble {
				thr = cands[len(cands)-1].spell
			}
		}
	}
	return cands
}

// An entNear is a surname of a bucket whose spelling bounds reach
// entMinGarble against a garbled name.
type entNear struct {
	bound  float64 // the higher of bw and bs
	bw, bs float64 // bounds on words and on skeletons, 0 if below
	i      int32   // index in the bucket
	nw, ns int32   // letters shared by the words and by the skeletons
}

// near appends to out the surnames of b that pass the length and hyphen
// checks and whose bounds reach entMinGarble against k.
func (b *entGarbleBucket) near(k *entSpelled, out []entNear) []entNear {
	var needW, needS entNeed
	needW.reset(&k.nw.entQuick, entMinGarble)
	needS.reset(&k.ns.entQuick, entMinGarble)
	kr := entFirstRune(k.w)
	for i := range b.quick {
		q := &b.quick[i]
		if n, m := int(q.w.len), len(k.w); 2*n < m || 2*m < n || k.hy != q.hy {
			continue
		}
		mw, ms := needW.may(&q.w), needS.may(&q.sk)
		if !mw && !ms {
			continue
		}
		s := &b.full[i]
		if k.w[0] >= utf8.RuneSelf && entFirstRune(s.w) != kr {
			continue
		}
		nw, ns := entLettersShared(&k.nw, &s.nw), entLettersShared(&k.ns, &s.ns)
		n := entNear{i: int32(i), nw: int32(min(nw, 1<<30)), ns: int32(min(ns, 1<<30))}
		if mw {
			n.bw = entJWBoundM(&k.nw.entQuick, &s.nw.entQuick, nw)
		}
		if ms {
			n.bs = entJWBoundM(&k.ns.entQuick, &s.ns.entQuick, ns)
		}
		if n.bound = max(n.bw, n.bs); n.bound >= entMinGarble-1e-9 {
			out = append(out, n)
		}
	}
	return out
}

// entInsertGarble inserts g into cands, kept sorted the most alike first,
// and keeps the first entMaxGarble.
func entInsertGarble(cands []entGarble, g entGarble) []entGarble {
	i, _ := slices.BinarySearchFunc(cands, g, entCompareGarbles)
	cands = slices.Insert(cands, i, g)
	return cands[:min(len(cands), entMaxGarble)]
}

func entCompareGarbles(a, b entGarble) int {
	return cmp.Or(cmp.Compare(b.spell, a.spell), strings.Compare(a.s, b.s))
}

// garbleBest scores the clusters of the full names with surname x.s
// against g and returns the best so far: the mean of spelling and context,
// when the context is close enough. attachGarble scores at most
// entMaxSame clusters per name, those of the surnames spelled most alike.
func (c *entClusters) garbleBest(g *entGroup, x entGarble, roots []int, best int, bestScore float64) (int, float64) {
	for _, i := range roots {
		r := c.find(i)
		if c.mark[r] == c.epoch {
			continue
		}
		ctx := c.rootCtx(r).score(c.groupCtx(g))
		if ctx < entMinGarbCtx {
			c.mark[r] = c.epoch
			continue
		}
		c.mark[r] = c.epoch
		score := (x.spell + ctx) / 2
		if score >= entMinScore && (score > bestScore || score == bestScore && r < best) {
			best, bestScore = r, score
		}
	}
	return best, bestScore
}

func entFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
