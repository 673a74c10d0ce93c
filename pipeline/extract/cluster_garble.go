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
}

// An entSpelled is a word with what comparing its spelling needs, worked
// out once per distinct word rather than once per comparison.
type entSpelled struct {
	w, sk  string     // the word and its entSkeleton
	hy     int        // hyphens in w
	nw, ns entLetters // letters of w and of sk
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
	n [32]uint8 // count of each letter
}

// An entQuick is what entMayMatch needs of a word's letters, small enough
// to scan thousands of per name. ok is false for words that are not ASCII
// or are longer than 255 bytes, which are not bounded.
type entQuick struct {
	set     uint32 // bit b: the word has letter b
	pre     uint32 // the first four bytes, little-endian, zero-padded
	len     int32
	repeats uint8 // len less the distinct letters
	ok      bool
}

func entCountLetters(w string) entLetters {
	l := entLetters{entQuick: entQuick{len: int32(min(len(w), 1<<30))}}
	if len(w) > 255 || !entIsASCII(w) {
		return l
	}
	for i := 0; i < len(w); i++ {
		l.n[w[i]&31]++
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
// first rune, or less than thr when bounds show it is below thr. mw and ms
// say whether entMayMatch passed for the words and for the skeletons. The
// pair with the higher bound is compared first, the other only when its
// bound may beat it.
func entSpellIfNear(k, s *entSpelled, mw, ms bool, thr float64) float64 {
	bw, bs := 0.0, 0.0
	nw, ns := entLettersShared(&k.nw, &s.nw), entLettersShared(&k.ns, &s.ns)
	if mw {
		bw = entJWBoundM(&k.nw.entQuick, &s.nw.entQuick, nw)
	}
	if ms {
		bs = entJWBoundM(&k.ns.entQuick, &s.ns.entQuick, ns)
	}
	a1, b1, a2, b2 := k.w, s.w, k.sk, s.sk
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
	m := 0
	for i := range la.n {
		m += int(min(la.n[i], lb.n[i]))
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
	e.q, e.thr = q, thr
	for lp := range e.m {
		for nb := range e.m[lp] {
			e.m[lp][nb] = -1
		}
	}
}

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
type entGarbleIndex [256]entGarbleBucket

// An entGarbleBucket is the surnames of one first byte: what entMayMatch
// needs, scanned for every garbled name, apart from the rest.
type entGarbleBucket struct {
	quick []entGarbleQuick
	full  []entSpelled
}

// An entGarbleQuick is the letters of a surname and of its skeleton.
type entGarbleQuick struct {
	w, sk entQuick
	hy    int
}

// newEntGarbleIndex indexes the non-empty keys of sur. The order within a
// first byte does not matter: cands sorts what it finds.
func newEntGarbleIndex(sur map[string][]int) *entGarbleIndex {
	var x entGarbleIndex
	for s := range sur {
		if s != "" {
			x[s[0]].full = append(x[s[0]].full, newEntSpelled(s))
		}
	}
	for i := range x {
		x[i].pack()
	}
	return &x
}

// pack copies the words and skeletons of b into one string, so that a
// scan reads them from consecutive memory, and sets b.quick.
func (b *entGarbleBucket) pack() {
	n := 0
	for _, s := range b.full {
		n += len(s.w) + len(s.sk)
	}
	var all strings.Builder
	all.Grow(n)
	for _, s := range b.full {
		all.WriteString(s.w)
		all.WriteString(s.sk)
	}
	rest := all.String()
	b.quick = make([]entGarbleQuick, len(b.full))
	for i := range b.full {
		s := &b.full[i]
		s.w, rest = rest[:len(s.w)], rest[len(s.w):]
		s.sk, rest = rest[:len(s.sk)], rest[len(s.sk):]
		b.quick[i] = entGarbleQuick{s.nw.entQuick, s.ns.entQuick, s.hy}
	}
}

// attachGarble joins g to the person whose surname is spelled most alike,
// when the context agrees: the same document, role and company. Surnames
// come the most alike first, so it stops when even the best context could
// not beat the best score.
func (c *entClusters) attachGarble(g *entGroup, sur map[string][]int) bool {
	best, bestScore := -1, 0.0
	c.epoch++
	cands, ok := c.garbles[g.key]
	if !ok {
		if c.gx == nil {
			c.gx = newEntGarbleIndex(sur)
		}
		cands = c.gx.cands(g.key)
		c.garbles[g.key] = cands
	}
	budget := entMaxSame
	for _, x := range cands {
		roots := sur[x.s]
		if len(roots) > budget || (x.spell+entMaxCtx)/2 < bestScore {
			break
		}
		budget -= len(roots)
		best, bestScore = c.garbleBest(g, x, roots, best, bestScore)
	}
	if best < 0 {
		return false
	}
	for _, i := range g.ms {
		c.union(best, i, false)
	}
	return true
}

// cands returns the surnames spelled like key (entSpelling at least
// entMinGarble, the same first letter and hyphens, neither more than
// twice as long), at most entMaxGarble, the most alike first (then by
// spelling, so the choice does not depend on the order of the run).
// Bounds of Jaro-Winkler from the letters rule out most surnames before
// it is computed, against the threshold or, once entMaxGarble are found,
// against the spelling of the last of them.
func (x *entGarbleIndex) cands(key string) []entGarble {
	var cands []entGarble
	k := newEntSpelled(key)
	kr := entFirstRune(key)
	b := &x[key[0]]
	thr := entMinGarble
	var needW, needS entNeed
	needW.reset(&k.nw.entQuick, thr)
	needS.reset(&k.ns.entQuick, thr)
	for i := range b.quick {
		q := &b.quick[i]
		if n, m := int(q.w.len), len(key); 2*n < m || 2*m < n || k.hy != q.hy {
			continue
		}
		mw, ms := needW.may(&q.w), needS.may(&q.sk)
		if !mw && !ms {
			continue
		}
		s := &b.full[i]
		if key[0] >= utf8.RuneSelf && entFirstRune(s.w) != kr {
			continue
		}
		spell := 1.0
		if q.w.len != k.nw.len || q.w.pre != k.nw.pre || key != s.w {
			spell = entSpellIfNear(&k, s, mw, ms, thr)
		}
		if spell >= thr {
			cands = append(cands, entGarble{s.w, spell})
		}
		if len(cands) == 2*entMaxGarble {
			cands = entBestGarbles(cands)
			thr = cands[len(cands)-1].spell
			needW.reset(&k.nw.entQuick, thr)
			needS.reset(&k.ns.entQuick, thr)
		}
	}
	return entBestGarbles(cands)
}

// entBestGarbles sorts cands, the most alike first, and keeps the first
// entMaxGarble.
func entBestGarbles(cands []entGarble) []entGarble {
	slices.SortFunc(cands, func(a, b entGarble) int { return cmp.Or(cmp.Compare(b.spell, a.spell), strings.Compare(a.s, b.s)) })
	return cands[:min(len(cands), entMaxGarble)]
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
