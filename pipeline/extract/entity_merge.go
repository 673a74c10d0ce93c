package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Thresholds of the person matcher. A name joins another when it is
// spelled alike (Jaro-Winkler of the names or of their consonant
// skeletons) and is used alike (context); string similarity alone never
// merges.
const (
	entMinSurname = 0.90 // full names: surnames
	entMinGiven   = 0.85 // full names: given names ("Sergei"/"Sergey")
	entMinGarble  = 0.85 // one-word names against a surname
	entMinContext = 0.30 // full names
	entMinGarbCtx = 0.40 // one-word names
	entMinScore   = 0.70 // one-word names: mean of spelling and context
)

var entJW = metrics.NewJaroWinkler()

// byKey joins mentions of the same place, organisation or full name, and
// an organisation with its name less a leading place ("Russian Foreign
// Ministry", "Foreign Ministry" stays apart unless alone).
func (c *entClusters) byKey() {
	// Places and organisations are named by their context key (see
	// entCtxKey), an ID: the first mention of each kind and ID is found in
	// a table. Full person names have a key of their own, in a map.
	first := c.perID(0, entKinds)
	persons := c.buf.persons
	if persons == nil {
		persons = map[string]int32{}
		c.buf.persons = persons
	}
	clear(persons)
	for i := range c.refs {
		m := c.m(i)
		if m.single {
			continue
		}
		var j int32
		if m.kind == article.Person {
			j0, ok := persons[m.key]
			if !ok {
				persons[m.key] = int32(i)
				continue
			}
			j = j0
		} else {
			slot := &first[int(c.ck[i])*entKinds+int(m.kind)]
			if *slot == 0 {
				*slot = int32(i) + 1
				continue
			}
			j = *slot - 1
		}
		c.union(int(j), i, false)
	}
}

// entKinds is the number of entity kinds, which byKey tells apart.
const entKinds = int(article.OtherEntity) + 1

// perID returns scratch table k of c with per entries for each context
// key ID, all zero.
func (c *entClusters) perID(k, per int) []int32 {
	t := entResize(c.buf.idTab[k], per*c.ids.len())
	clear(t)
	c.buf.idTab[k] = t
	return t
}

// orgSuffixes joins an organisation named without its leading place or
// acronym to the one organisation that has it: "Security Council" to "UN
// Security Council", "Foreign Ministry" to "Russian Foreign Ministry".
// Organisations are told apart by their context key ID (see entCtxKey),
// which is their key.
func (c *entClusters) orgSuffixes() {
	keys := c.buf.orgKeys[:0]
	seen, longer, one := c.perID(0, 1), c.perID(1, 1), c.perID(2, 1)
	for i := range c.refs {
		if m := c.m(i); m.kind == article.Organization && seen[c.ck[i]] == 0 {
			seen[c.ck[i]] = 1
			keys = append(keys, i)
		}
	}
	c.buf.orgKeys = keys
	// long = prefix + " " + short with a one-word prefix: count the
	// organisations under the rest of their name after the first word. A
	// rest that is no mention's key cannot be looked up below.
	for _, j := range keys {
		prefix, short, ok := strings.Cut(c.m(j).key, " ")
		if !ok || !entPlaceOrAcronym(prefix) {
			continue
		}
		if id, ok := c.ids.find(short); ok {
			longer[id]++
			one[id] = int32(j)
		}
	}
	for _, i := range keys {
		if id := c.ck[i]; longer[id] == 1 {
			c.union(int(one[id]), i, false)
		}
	}
}

func entPlaceOrAcronym(w string) bool {
	return entPlaces[w] != "" || entDemonyms[w] != "" || entIsAcronym(w)
}

// fuzzyFull joins full person names spelled alike and used alike:
// "Sergei Lavrov" and "Sergey Lavrov", "Volodymyr Zelensky" and "Vladimir
// Zelenskyy"; never "John Sullivan" and "Jake Sullivan".
func (c *entClusters) fuzzyFull() {
	names := c.fullNames()
	// Compare names only within blocks of the same initials and the same
	// first consonants of the surname (entBlock), each in the order of the
	// run. A union joins two clusters of one block, so blocks do not affect
	// each other.
	order := entResize(c.buf.blocks, len(names))
	c.buf.blocks = order
	for k := range names {
		order[k] = entBlockRef{entBlockKey(names[k].given, names[k].sskel), int32(k)}
	}
	slices.SortFunc(order, func(a, b entBlockRef) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.i, b.i)) })
	for x := range order {
		for y := x + 1; y < len(order) && order[y].key == order[x].key; y++ {
			c.fuzzyPair(&names[order[x].i], &names[order[y].i])
		}
	}
}

// An entFullName is a full person name of fuzzyFull.
type entFullName struct {
	root         int
	given, sur   string
	gskel, sskel string
}

// fullNames returns one full person name per cluster, in the order of
// the run, in a buffer of c. The skeletons of all names are cut from one
// string rather than allocated one by one.
func (c *entClusters) fullNames() []entFullName {
	names, buf, ends := c.buf.full[:0], c.buf.skel[:0], c.buf.skelEnds[:0]
	c.epoch++
	for i := range c.refs {
		m := c.m(i)
		if m.kind != article.Person || m.single {
			continue
		}
		if r := c.find(i); c.mark[r] != c.epoch {
			c.mark[r] = c.epoch
			g, s := entSplitName(m.key)
			names = append(names, entFullName{root: r, given: g, sur: s})
			buf = entSkeletonTo(buf, g)
			ends = append(ends, int32(len(buf)))
			buf = entSkeletonTo(buf, s)
			ends = append(ends, int32(len(buf)))
		}
	}
	all, start := string(buf), int32(0)
	for k := range names {
		g, s := ends[2*k], ends[2*k+1]
		names[k].gskel, names[k].sskel = all[start:g], all[g:s]
		start = s
	}
	c.buf.full, c.buf.skel, c.buf.skelEnds = names, buf, ends
	return names
}

// fuzzyPair joins the clusters of a and b when they are spelled alike and
// used alike.
func (c *entClusters) fuzzyPair(a, b *entFullName) {
	if c.find(a.root) == c.find(b.root) {
		return
	}
	if !entMaybeAlike(a.sur, b.sur, a.sskel, b.sskel, entMinSurname) || !entMaybeAlike(a.given, b.given, a.gskel, b.gskel, entMinGiven) {
		return
	}
	if entSpellingSk(a.sur, b.sur, a.sskel, b.sskel) < entMinSurname || entSpellingSk(a.given, b.given, a.gskel, b.gskel) < entMinGiven {
		return
	}
	if c.rootCtx(c.find(a.root)).score(c.rootCtx(c.find(b.root))) >= entMinContext {
		c.union(a.root, b.root, false)
	}
}

// An entBlockRef is a name of fuzzyFull by its block.
type entBlockRef struct {
	key uint64 // entBlockKey
	i   int32  // index of the name
}

// entBlockKey packs the first byte of the given name and the entBlock of
// the surname's skeleton, with its length, into a number that orders as
// the two strings do, one after the other.
func entBlockKey(given, sskel string) uint64 {
	b := entBlock(sskel)
	k := uint64(given[0])
	for i := range 3 {
		k <<= 8
		if i < len(b) {
			k |= uint64(b[i])
		}
	}
	return k<<8 | uint64(len(b))
}

// entBlock returns the first three letters of a surname's consonant
// skeleton: names spelled alike enough to match keep them ("zlnsk" for
// Zelensky and Zelenskyy), and blocking on them keeps the pairs compared
// from growing with the square of the run.
func entBlock(skel string) string { return skel[:min(3, len(skel))] }

// entSplitName splits a lower-case full name into given name and surname.
func entSplitName(key string) (string, string) {
	sur := entSurname(key)
	given, _, _ := strings.Cut(key, " ")
	return given, sur
}

// entSpelling scores how alike two lower-case words are spelled: the
// better of Jaro-Winkler on the words and on their consonant skeletons
// ("blnkn"), 0 unless they start with the same letter.
func entSpelling(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb {
		return 0
	}
	return entSpellingSk(a, b, entSkeleton(a), entSkeleton(b))
}

// entSpellingSk is entSpelling with the skeletons given.
func entSpellingSk(a, b, ska, skb string) float64 {
	if a == b {
		return 1
	}
	if a == "" || b == "" || a[0] != b[0] {
		return 0
	}
	return max(entJaroWinkler(a, b), entJaroWinkler(ska, skb))
}

// entSkeleton returns w without vowels after the first letter and with
// doubled letters single: transliteration and machine translation change
// vowels and doubling far more than consonants.
func entSkeleton(w string) string { return string(entSkeletonTo(make([]byte, 0, len(w)), w)) }

// entSkelDropped are the bytes entSkeleton drops after the first: vowels,
// hyphens and apostrophes, byte by byte (so the bytes of "’" wherever
// they are).
const entSkelDropped = "aeiouy-’'"

// entSkelDrop is entSkelDropped as a table, read for every byte.
var entSkelDrop = func() (t [256]bool) {
	for i := 0; i < len(entSkelDropped); i++ {
		t[entSkelDropped[i]] = true
	}
	return t
}()

// entSkeletonTo appends the entSkeleton of w to b.
func entSkeletonTo(b []byte, w string) []byte {
	n := len(b)
	for i := 0; i < len(w); i++ {
		ch := w[i]
		if i > 0 && entSkelDrop[ch] {
			continue
		}
		if len(b) > n && b[len(b)-1] == ch {
			continue
		}
		b = append(b, ch)
	}
	return b
}

// entCtxKey names the entity of m for context: a person by surname (lower
// case), anything else by its canonical name (capitalized), so the two
// never meet.
func entCtxKey(m *entMention) string {
	if m.kind == article.Person {
		return entSurname(m.key)
	}
	return m.key
}
