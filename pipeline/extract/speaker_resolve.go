package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// resolve names the speaker of phrase words [a, b) of an attribution to a
// quotation starting at limit: a pronoun or a title ("the spokesperson")
// goes to the nearest fitting entity or description before it; a name
// goes to its mention. It returns the speaker and the mention index, or -1.
func (e *entDoc) resolve(a, b, limit int, inQuote func(int) bool) (string, int) {
	if a >= b {
		return "", -1
	}
	det := e.determiner(a)
	if det != "" {
		a++
		if a >= b {
			return "", -1
		}
	}
	last := e.lowerWord(b - 1)
	switch {
	case b-a == 1 && (last == "he" || last == "she"):
		g := byte('m')
		if last == "she" {
			g = 'f'
		}
		return e.nearest(limit, inQuote, func(m *entMention) bool {
			return e.isPerson(m) && e.genderFits(m, g)
		})
	case b-a == 1 && entOrgCues[qtTitleCase(last)] && !e.toks[b-1].is(entCap):
		return e.nearest(limit, inQuote, func(m *entMention) bool {
			return m.kind == article.Organization && strings.Contains(strings.ToLower(m.name), last)
		})
	}
	if mi := e.mentionAt(e.toks[b-1].start); mi >= 0 {
		return e.localName(mi), mi
	}
	tt, isTitle := e.titleOf(e.toks[b-1])
	if !isTitle || tt.class != 'h' {
		if e.toks[a].is(entCap) {
			return e.text[e.toks[a].start:e.toks[b-1].end], -1
		}
		return "", -1
	}
	if e.toks[a].is(entCap) || det != "the" {
		return e.text[e.toks[a].start:e.toks[b-1].end], -1
	}
	return e.byTitle(tt.canon, e.toks[a].start, inQuote)
}

// byTitle resolves "the <title>" to the nearest person seen with that
// title, or the nearest description ("a State Department spokesperson").
// It looks only at the mentions and descriptions with that title, indexed
// once per doc, so that many quotations of "the mayor" in one long text
// cost linear time.
func (e *entDoc) byTitle(head string, limit int, inQuote func(int) bool) (string, int) {
	if !e.indexed {
		e.indexHeads()
	}
	persons, descs := e.headRefs(head)
	name, mi := "", -1
	i0 := sort.Search(len(e.mentions), func(i int) bool { return e.mentions[i].end > limit })
	for k := sort.Search(len(persons), func(k int) bool { return persons[k].i >= i0 }) - 1; k >= 0; k-- {
		if i := persons[k].i; !inQuote(e.mentions[i].start) {
			name, mi = e.localName(i), i
			break
		}
	}
	at := -1
	if mi >= 0 {
		at = e.mentions[mi].start
	}
	k := len(descs)
	sorted := k > 0 && descs[0].sorted
	if sorted {
		k = sort.Search(k, func(k int) bool { return e.descs[descs[k].i].end > limit })
	}
	for k--; k >= 0; k-- {
		d := e.descs[descs[k].i]
		if sorted && d.start <= at {
			break
		}
		if d.end <= limit && !inQuote(d.start) && d.start > at {
			return d.text, -1
		}
	}
	return name, mi
}

// An entHeadRef is a person or a description (other than the bare title)
// with one title: what byTitle may resolve to. indexHeads sorts them by
// title, persons before descriptions, each in order of the text, so that
// the refs of one title are a run of the slice, found by binary search:
// a map of lists cost a few allocations for each title of each Doc.
type entHeadRef struct {
	head   string
	i      int  // index into mentions or, if desc, descs
	desc   bool // a description
	sorted bool // of a description: the descs of its title have starts and ends that never decrease
}

func (e *entDoc) indexHeads() {
	e.indexed = true
	refs := e.heads[:0]
	for i := range e.mentions {
		if m := &e.mentions[i]; m.kind == article.Person {
			refs = append(refs, entHeadRef{head: m.head, i: i})
		}
	}
	for i, d := range e.descs {
		if d.text != d.head {
			refs = append(refs, entHeadRef{head: d.head, i: i, desc: true, sorted: true})
		}
	}
	slices.SortFunc(refs, func(a, b entHeadRef) int {
		if c := strings.Compare(a.head, b.head); c != 0 {
			return c
		}
		if a.desc != b.desc {
			if a.desc {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.i, b.i)
	})
	e.heads = refs
	for k := 0; k < len(refs); {
		j := k + 1
		for j < len(refs) && refs[j].head == refs[k].head {
			j++
		}
		e.markSorted(refs[k:j])
		k = j
	}
}

// markSorted sets the sorted flag of the descriptions among refs, all of
// one title, to whether their starts and ends both never decrease.
func (e *entDoc) markSorted(refs []entHeadRef) {
	sorted := true
	for k := 1; k < len(refs); k++ {
		if refs[k-1].desc && refs[k].desc {
			p, d := e.descs[refs[k-1].i], e.descs[refs[k].i]
			sorted = sorted && p.start <= d.start && p.end <= d.end
		}
	}
	for k := range refs {
		refs[k].sorted = sorted
	}
}

// headRefs returns the persons and the descriptions with title head,
// from the index indexHeads built.
func (e *entDoc) headRefs(head string) (persons, descs []entHeadRef) {
	refs := e.heads
	lo := sort.Search(len(refs), func(k int) bool { return refs[k].head >= head })
	hi := lo + sort.Search(len(refs)-lo, func(k int) bool { return refs[lo+k].head != head })
	mid := lo + sort.Search(hi-lo, func(k int) bool { return refs[lo+k].desc })
	return refs[lo:mid], refs[mid:hi]
}

// nearest returns the last mention before limit, outside quotations, that
// fits.
func (e *entDoc) nearest(limit int, inQuote func(int) bool, fits func(*entMention) bool) (string, int) {
	i := sort.Search(len(e.mentions), func(i int) bool { return e.mentions[i].end > limit })
	for i--; i >= 0; i-- {
		m := &e.mentions[i]
		if !inQuote(m.start) && fits(m) {
			return e.localName(i), i
		}
	}
	return "", -1
}

// mentionAt returns the index of the mention holding offset off, or -1.
func (e *entDoc) mentionAt(off int) int {
	i := sort.Search(len(e.mentions), func(i int) bool { return e.mentions[i].end > off })
	if i < len(e.mentions) && e.mentions[i].start <= off {
		return i
	}
	return -1
}

// localName returns the fullest name the text gives the entity of mention
// mi: "Anna Smith-Jones" for a later "Smith-Jones".
func (e *entDoc) localName(mi int) string {
	m := &e.mentions[mi]
	if !m.single || m.kind != article.Person {
		return m.name
	}
	full := e.fullNames(m.key)
	if len(full) == 0 {
		return m.name
	}
	// The first full name after mi, or else the last before it.
	k := sort.Search(len(full), func(k int) bool { return full[k].i > mi })
	return e.mentions[full[min(k, len(full)-1)].i].name
}

// An entSurnameRef is a person's full name (not single) by its surname:
// the surname of key, the index of its mention.
type entSurnameRef struct {
	sur string
	i   int
}

// fullNames returns the persons' full names with surname sur, in order of
// the text. It indexes them once per Doc, by surname then position, so
// that localName and isPerson, asked of each quotation, need not read
// every mention.
func (e *entDoc) fullNames(sur string) []entSurnameRef {
	if !e.surIndexed {
		e.indexSurnames()
	}
	return entSurnameRange(e.surnames, sur)
}

// indexSurnames builds surnames, the persons' full names, and gendered,
// the persons with a gender, each sorted by surname, then position.
func (e *entDoc) indexSurnames() {
	e.surIndexed = true
	full, gendered := e.surnames[:0], e.gendered[:0]
	for i := range e.mentions {
		o := &e.mentions[i]
		if o.kind != article.Person {
			continue
		}
		if !o.single {
			full = append(full, entSurnameRef{entSurname(o.key), i})
		}
		if o.gender != 0 {
			gendered = append(gendered, entSurnameRef{entSurname(o.key), i})
		}
	}
	bySurname := func(a, b entSurnameRef) int { return cmp.Or(strings.Compare(a.sur, b.sur), cmp.Compare(a.i, b.i)) }
	slices.SortFunc(full, bySurname)
	slices.SortFunc(gendered, bySurname)
	e.surnames, e.gendered = full, gendered
}

// entSurnameRange returns the refs with surname sur, refs sorted by
// surname.
func entSurnameRange(refs []entSurnameRef, sur string) []entSurnameRef {
	lo := sort.Search(len(refs), func(k int) bool { return refs[k].sur >= sur })
	hi := lo + sort.Search(len(refs)-lo, func(k int) bool { return refs[lo+k].sur != sur })
	return refs[lo:hi]
}

// genderFits reports whether what the text says of m's gender allows g.
// The first person with a gender and m's surname settles it; they are
// indexed once per Doc, as are the full names (fullNames).
func (e *entDoc) genderFits(m *entMention, g byte) bool {
	if !e.surIndexed {
		e.indexSurnames()
	}
	if r := entSurnameRange(e.gendered, entSurname(m.key)); len(r) > 0 {
		return e.mentions[r[0].i].gender == g
	}
	return true
}

// qtHasSurname reports whether entSurname(key) == sur. A name ends with
// its surname, so the suffix test, cheap, rules out most names before the
// last space is looked for.
func qtHasSurname(key, sur string) bool {
	return strings.HasSuffix(key, sur) && entSurname(key) == sur
}

// entSurname returns the last word of a lower-case name.
func entSurname(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// isPerson reports whether m surely names a person: a full name, a name
// with a title, or the surname of a full name in the same text.
func (e *entDoc) isPerson(m *entMention) bool {
	if m.kind != article.Person {
		return false
	}
	if !m.single || m.role != "" || m.verb {
		return true
	}
	return len(e.fullNames(m.key)) > 0
}
