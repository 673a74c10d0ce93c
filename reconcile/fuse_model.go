package reconcile

import (
	"cmp"
	"slices"
	"strings"
)

// A fuseClaim is a normalized claim: source src gives item the value v.
type fuseClaim struct {
	item, src int
	v         fuseValue
	spelling  string
}

// A fuseVal is one distinct value of an item and the sources giving it.
type fuseVal struct {
	spelling string // the most common spelling
	support  []int  // sources, ascending
}

// A fuseRef is a source's claim: the index of the item and of the value
// in fuseModel.vals.
type fuseRef struct{ item, val int }

// A fusePair is two sources, a < b, that both give values for shared
// items, and the values they share.
type fusePair struct {
	a, b   int
	shared int
	same   []int // indexes into fuseModel.vals
	// falseShared is the expected number of shared values that are
	// false, as of the last estimate.
	falseShared float64
}

// fuseModel is the claims indexed for truth discovery. Sources and items
// are numbered in sorted order.
type fuseModel struct {
	sources, items []string
	itemVals       []int // values of item i are vals[itemVals[i]:itemVals[i+1]]
	vals           []fuseVal
	bySource       [][]fuseRef // per source, by item
	pairs          []fusePair
	pairIndex      map[[2]int]int // used while building
	// dense[a*len(sources)+b], a < b, is the index of the pair (a, b), or
	// -1, when there are at most fuseDenseSources sources; else links[a]
	// lists the pairs (a, b), sorted by b. Either is faster than the map.
	dense []int32
	links [][]fuseLink
}

// fuseDenseSources is the most sources for which fuseModel.dense is used:
// 1024 sources take 4 MB.
var fuseDenseSources = 1024

// A fuseLink is a pair of sources as seen from its first source.
type fuseLink struct{ other, pair int }

// model normalizes the claims of t and indexes them. Missing values are
// dropped; of two claims by one source on one item, the later counts.
func (t *fuseTable) model(tol float64) *fuseModel {
	rows := make([]fuseRow, 0, len(t.rows))
	vals := make([]fuseValue, 0, len(t.rows))
	for _, r := range t.rows {
		if v, ok := fuseNormalize(r.raw); ok {
			rows, vals = append(rows, r), append(vals, v)
		}
	}
	m := &fuseModel{
		sources: fuseNames(rows, func(r *fuseRow) string { return r.source }),
		items:   fuseNames(rows, func(r *fuseRow) string { return r.item }),
	}
	claims := make([]fuseClaim, len(rows))
	for i := range rows {
		r := &rows[i]
		item, _ := slices.BinarySearch(m.items, r.item)
		src, _ := slices.BinarySearch(m.sources, r.source)
		claims[i] = fuseClaim{item: item, src: src, v: vals[i], spelling: strings.Join(strings.Fields(r.raw), " ")}
	}
	claims = t.dedup(claims, rows)
	m.index(claims, tol)
	m.pair()
	return m
}

// fuseNames returns the sorted distinct names key gives for rows.
func fuseNames(rows []fuseRow, key func(*fuseRow) string) []string {
	names := make([]string, len(rows))
	for i := range rows {
		names[i] = key(&rows[i])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// dedup keeps one claim per source and item: the one with the latest
// as_of, then the last row, and reports the others.
func (t *fuseTable) dedup(claims []fuseClaim, rows []fuseRow) []fuseClaim {
	order := make([]int, len(claims))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		a, b := &claims[i], &claims[j]
		if c := cmp.Compare(a.item, b.item); c != 0 {
			return c
		}
		if c := cmp.Compare(a.src, b.src); c != 0 {
			return c
		}
		if c := cmp.Compare(rows[i].asOf, rows[j].asOf); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	out := make([]fuseClaim, 0, len(claims))
	for k, i := range order {
		if k+1 < len(order) {
			if j := order[k+1]; claims[j].item == claims[i].item && claims[j].src == claims[i].src {
				t.problems.Add(t.name, rows[i].line, true, "source %q gives item %q again on line %d",
					rows[i].source, rows[i].item, rows[j].line)
				continue
			}
		}
		out = append(out, claims[i])
	}
	return out
}

// index groups the claims of each item into distinct values. claims are
// sorted by item.
func (m *fuseModel) index(claims []fuseClaim, tol float64) {
	m.bySource = make([][]fuseRef, len(m.sources))
	m.itemVals = make([]int, 0, len(m.items)+1)
	for start := 0; start < len(claims); {
		end := start + 1
		for end < len(claims) && claims[end].item == claims[start].item {
			end++
		}
		m.itemVals = append(m.itemVals, len(m.vals))
		m.addItem(claims[start:end], tol)
		start = end
	}
	m.itemVals = append(m.itemVals, len(m.vals))
}

// addItem adds the distinct values of one item's claims. Numbers join the
// value of the smallest number they are within tolerance of.
func (m *fuseModel) addItem(cs []fuseClaim, tol float64) {
	slices.SortFunc(cs, func(a, b fuseClaim) int {
		return cmp.Or(cmp.Compare(a.v.kind, b.v.kind), cmp.Compare(a.v.key, b.v.key),
			cmp.Compare(a.v.num, b.v.num), cmp.Compare(a.spelling, b.spelling), cmp.Compare(a.src, b.src))
	})
	for start := 0; start < len(cs); {
		end := start + 1
		for end < len(cs) && fuseSame(cs[start].v, cs[end].v, tol) {
			end++
		}
		v := fuseVal{spelling: fuseSpelling(cs[start:end])}
		for _, c := range cs[start:end] {
			v.support = append(v.support, c.src)
			m.bySource[c.src] = append(m.bySource[c.src], fuseRef{item: c.item, val: len(m.vals)})
		}
		slices.Sort(v.support)
		m.vals = append(m.vals, v)
		start = end
	}
}

// fuseSpelling returns the most common spelling of cs, the least in
// string order among the most common.
func fuseSpelling(cs []fuseClaim) string {
	sp := make([]string, len(cs))
	for i, c := range cs {
		sp[i] = c.spelling
	}
	slices.Sort(sp)
	best, bestN := "", 0
	for i := 0; i < len(sp); {
		j := i + 1
		for j < len(sp) && sp[j] == sp[i] {
			j++
		}
		if j-i > bestN {
			best, bestN = sp[i], j-i
		}
		i = j
	}
	return best
}

// pair finds the pairs of sources that give values for a common item.
func (m *fuseModel) pair() {
	m.pairIndex = make(map[[2]int]int)
	for i := range m.items {
		var on []fuseRef // (source, value) giving item i
		for v := m.itemVals[i]; v < m.itemVals[i+1]; v++ {
			for _, s := range m.vals[v].support {
				on = append(on, fuseRef{item: s, val: v})
			}
		}
		slices.SortFunc(on, func(a, b fuseRef) int { return cmp.Compare(a.item, b.item) })
		for x := range on {
			for _, y := range on[x+1:] {
				p := m.pairAt(on[x].item, y.item)
				p.shared++
				if on[x].val == y.val {
					p.same = append(p.same, y.val)
				}
			}
		}
	}
	m.pairIndex = nil
	m.link()
}

// link indexes the pairs by source.
func (m *fuseModel) link() {
	if n := len(m.sources); n <= fuseDenseSources {
		m.dense = make([]int32, n*n)
		for i := range m.dense {
			m.dense[i] = -1
		}
		for k, p := range m.pairs {
			m.dense[p.a*n+p.b] = int32(k)
		}
		return
	}
	m.links = make([][]fuseLink, len(m.sources))
	for k, p := range m.pairs {
		m.links[p.a] = append(m.links[p.a], fuseLink{other: p.b, pair: k})
	}
	for _, l := range m.links {
		slices.SortFunc(l, func(x, y fuseLink) int { return cmp.Compare(x.other, y.other) })
	}
}

// pairAt returns the pair (a, b), a < b, adding it if new. Pairs are
// numbered in the order of their first common item, which is fixed.
func (m *fuseModel) pairAt(a, b int) *fusePair {
	k, ok := m.pairIndex[[2]int{a, b}]
	if !ok {
		k = len(m.pairs)
		m.pairIndex[[2]int{a, b}] = k
		m.pairs = append(m.pairs, fusePair{a: a, b: b})
	}
	return &m.pairs[k]
}
