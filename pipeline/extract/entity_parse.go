package extract

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// parseRun splits a run of name-like words into an affiliation, a title
// and a name: "US | Secretary of State | Antony Blinken", "Kremlin |
// spokesperson | Dmitry Peskov", "State Department | spokesperson |".
func (e *entDoc) parseRun(i, j int) {
	if i >= j {
		return
	}
	p := e.toks[i:j]
	last := -1
	for k, t := range p {
		if tt, ok := e.titleOf(t); ok && tt.class != 'm' {
			last = k
		}
	}
	if last < 0 {
		e.bare(p)
		return
	}
	s := last
	for s > 0 {
		tt, ok := e.titleOf(p[s-1])
		if !ok || e.inLex(p[s-1]) && entOrgCues[e.word(p[s-1])] || tt.class == 'o' && s-1 != 0 {
			break
		}
		s--
	}
	end := e.titleEnd(p, last)
	name := p[end:]
	for k, t := range name {
		if !t.is(entCap) {
			name = name[:k]
			break
		}
	}
	if s > 0 {
		e.bare(p[:s])
	}
	if len(name) == 0 {
		e.describe(p, s, end, last)
		return
	}
	e.person(p[s:end], name)
}

// titleEnd returns the end of the title whose last head word is p[h],
// taking in "of State", "to the UN", "of Foreign Affairs".
func (e *entDoc) titleEnd(p []entTok, h int) int {
	k := h + 1
	for k < len(p) {
		w := e.word(p[k])
		if tt, ok := e.titleOf(p[k]); ok && tt.class != 'o' {
			k++
			continue
		}
		if w != "of" && w != "to" || k+1 >= len(p) {
			break
		}
		k++
		if e.word(p[k]) == "the" && k+1 < len(p) {
			k++
		}
		k++
		for k < len(p) {
			if _, ok := e.titleOf(p[k]); !ok {
				break
			}
			k++
		}
	}
	return k
}

func (e *entDoc) describe(p []entTok, s, end, last int) {
	start := p[0].start
	if s == 0 {
		start = p[s].start
	}
	tt, _ := e.titleOf(p[last])
	e.descs = append(e.descs, entDesc{
		start: start, end: p[end-1].end,
		text: e.text[start:p[end-1].end],
		head: tt.canon,
	})
}

// person records a named person with the title before the name.
func (e *entDoc) person(title, name []entTok) {
	m := entMention{start: name[0].start, end: name[len(name)-1].end, kind: article.Person, sent: int(name[0].sent)}
	if len(name) > 1 && e.isDemonym(name[0]) {
		m.start = name[1].start
	}
	m.name = e.text[m.start:m.end]
	m.single = len(name) == 1
	for _, t := range title {
		tt, ok := e.titleOf(t)
		if ok && tt.gender != 0 {
			m.gender = tt.gender
		}
		if ok && tt.class == 'h' {
			m.head = tt.canon
		}
	}
	m.role = e.role(title)
	e.addPerson(m)
}

// role returns the words of title other than honorifics, joined by
// spaces: a slice of the text when they stand in it so, as most do.
func (e *entDoc) role(title []entTok) string {
	a, b, n, slice := -1, -1, 0, true
	for k, t := range title {
		if tt, ok := e.titleOf(t); ok && tt.class == 'o' {
			continue
		}
		if a < 0 {
			a = k
		} else if b != k-1 || e.text[title[b].end:t.start] != " " {
			slice = false
		}
		b, n = k, n+1
	}
	switch {
	case n == 0:
		return ""
	case slice:
		return e.text[title[a].start:title[b].end]
	}
	role := make([]string, 0, n)
	for _, t := range title {
		if tt, ok := e.titleOf(t); !ok || tt.class != 'o' {
			role = append(role, e.word(t))
		}
	}
	return strings.Join(role, " ")
}

// bare classifies a run without a title: a place from the gazetteer, an
// organisation by name, cue word or acronym, a person by the shape of the
// name, or a one-word name whose kind the clustering decides.
func (e *entDoc) bare(p []entTok) {
	for len(p) > 1 && e.isConnector(p[0]) {
		p = p[1:]
	}
	if len(p) == 0 {
		return
	}
	start, end := p[0].start, p[len(p)-1].end
	name := e.text[start:end]
	m := entMention{start: start, end: end, name: name, sent: int(p[0].sent)}
	// listed is false when name is surely in none of the lists.
	listed := len(p) == 1 && e.inLex(p[0]) || len(p) > 1 && entLexBloom.has(entFoldHash(name))
	var place, org string // looked up once: most listed names are places
	if listed {
		if place = entPlaces[name]; place == "" {
			org = entOrgNames[name]
		}
	}
	switch {
	case place != "":
		m.kind, m.key = article.Place, place
	case org != "":
		m.kind, m.key = article.Organization, org
	case len(p) == 1 && listed && entOrgCues[name]:
		return // a cue word alone ("the Council") names nothing yet
	case e.isOrg(p):
		m.kind, m.key = article.Organization, entOrgKey(name)
		if len(p) > 1 && e.isPlace(p[0]) && entOrgNames[e.text[p[1].start:end]] != "" {
			m.key = entOrgNames[e.text[p[1].start:end]]
		}
	case len(p) == 1 && (entIsDemonymish(name) || e.isFunctionWord(p[0])):
		return
	case len(p) > 1 && e.word(p[0]) == "The":
		m.kind, m.key = article.Organization, name
	default:
		if e.personLike(p, &m) {
			e.addPerson(m)
		}
		return
	}
	e.mentions = append(e.mentions, m)
}

func (e *entDoc) isPlace(t entTok) bool {
	w := e.word(t)
	return e.inLex(t) && (entPlaces[w] != "" || entDemonyms[w] != "")
}

func (e *entDoc) isDemonym(t entTok) bool {
	if !e.inLex(t) {
		return false
	}
	_, ok := entDemonyms[e.word(t)]
	return ok
}

func (e *entDoc) isOrg(p []entTok) bool {
	for _, t := range p {
		if e.inLex(t) && entOrgCues[e.word(t)] {
			return true
		}
	}
	return len(p) == 1 && entIsAcronym(e.word(p[0]))
}

// entIsAcronym reports whether w is 2 to 6 capitals, dots allowed: "NATO", "U.N.".
func entIsAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			n++
		case c == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// personLike fills m as a person, or a one-word name, all but its key,
// when p looks like
// one: most words must be unknown in lower case ("Little Ground for
// Optimism" is a headline, not a person).
func (e *entDoc) personLike(p []entTok, m *entMention) bool {
	if len(p) > 1 && e.isDemonym(p[0]) {
		p = p[1:]
		m.start = p[0].start
		m.name = e.text[m.start:m.end]
	}
	known := 0
	for _, t := range p {
		if e.usedLower(t) {
			known++
		}
		if entIsAcronym(e.word(t)) {
			return false
		}
	}
	if known*2 > len(p) || len(p) == 1 && known == 1 || len(p) > 4 {
		return false
	}
	m.kind = article.Person
	m.single = len(p) == 1
	return true
}

// entIsDemonymish reports whether w is a demonym or made from one or a
// place: "Russian", "Russians", "Russian-backed", "Russia-Ukraine".
func entIsDemonymish(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i]
	}
	s := strings.TrimSuffix(w, "s")
	return entLexBloom.has(entFoldHash(w)) && (entDemonyms[w] != "" || entPlaces[w] != "") ||
		s != w && entLexBloom.has(entFoldHash(s)) && entDemonyms[s] != ""
}

// isFunctionWord is entIsFunctionWord of word t. A plain word ends in no
// contraction, so it is one only as a stopword, "your" or "let", and most
// are not stopwords by their hash; the others are found by it too.
func (e *entDoc) isFunctionWord(t entTok) bool {
	w := e.word(t)
	if t.is(entPlain) {
		return entStopBloom.has(t.h) && entStopSet.find(w, t.h) >= 0 ||
			strings.EqualFold(w, "your") || strings.EqualFold(w, "let")
	}
	return entIsFunctionWord(w)
}

// entIsFunctionWord reports whether a capitalized word is a pronoun, a
// contraction or another word that never names anything.
func entIsFunctionWord(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	lw := string(entLower(buf[:0], w))
	if entStopwords[lw] || lw == "your" || lw == "let" {
		return true
	}
	for _, suf := range [...]string{"’re", "’m", "’ll", "’ve", "’d", "n’t", "'re", "'m", "'ll", "'ve", "'d", "n't"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// entOrgKey folds the spellings of an organisation's name: no leading
// "The", no dots in acronyms ("U.N. Security Council" is "UN Security
// Council").
func entOrgKey(name string) string {
	name = strings.TrimPrefix(name, "The ")
	if !strings.Contains(name, ".") {
		return name
	}
	f := strings.Fields(name)
	for i, w := range f {
		if entIsAcronym(w) {
			f[i] = strings.ReplaceAll(w, ".", "")
		}
	}
	return strings.Join(f, " ")
}
