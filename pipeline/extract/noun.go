package extract

import (
	_ "embed"
	"fmt"
	"strings"
)

// qtyNounsFile is the user-editable list of counted nouns and their
// categories; its header documents the format.
//
//go:embed data/nouns.txt
var qtyNounsFile string

// qtyNoun is what a counted noun means.
type qtyNoun struct {
	lemma, category string
}

// qtyNouns maps every form of a counted noun, lower-cased, to its noun;
// multi-word forms are joined by one space.
var qtyNouns = qtyParseNouns(qtyNounsFile)

// qtyParseNouns reads the noun list. A malformed embedded file is a
// programmer error.
func qtyParseNouns(text string) map[string]qtyNoun {
	m := make(map[string]qtyNoun)
	cat := ""
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				panic(fmt.Sprintf("data/nouns.txt:%d: unclosed category", i+1))
			}
			cat = strings.TrimSpace(line[1 : len(line)-1])
			continue
		case cat == "":
			panic(fmt.Sprintf("data/nouns.txt:%d: noun before any [category]", i+1))
		}
		lemma, forms, irregular := strings.Cut(line, ":")
		lemma = strings.ToLower(strings.Join(strings.Fields(lemma), " "))
		n := qtyNoun{lemma, cat}
		qtyAddForm(m, lemma, n)
		if !irregular {
			qtyAddForm(m, qtyPlural(lemma), n)
			continue
		}
		for _, f := range strings.Split(forms, ",") {
			qtyAddForm(m, strings.ToLower(strings.Join(strings.Fields(f), " ")), n)
		}
	}
	return m
}

func qtyAddForm(m map[string]qtyNoun, form string, n qtyNoun) {
	if _, ok := m[form]; !ok && form != "" {
		m[form] = n
	}
}

// qtyPlural makes the regular plural of a (possibly two-word) noun.
func qtyPlural(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// qtySingular guesses the lemma of a plural noun not in the list.
func qtySingular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// qtyStopWords end the search for a counted noun: verbs, articles and
// prepositions say the noun phrase is over.
var qtyStopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "to": true, "in": true,
	"on": true, "at": true, "of": true, "for": true, "from": true, "with": true, "by": true, "as": true,
	"than": true, "that": true, "which": true, "who": true, "is": true, "are": true, "was": true,
	"were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"this": true, "these": true, "those": true, "it": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "we": true, "they": true, "he": true, "she": true, "you": true,
	"i": true, "said": true, "says": true, "times": true, "per": true,
	"into": true, "near": true, "along": true, "about": true, "around": true, "over": true,
	"under": true, "after": true, "before": true, "since": true, "during": true, "while": true,
	"there": true, "here": true, "not": true, "no": true, "yes": true, "thus": true, "plus": true,
	"across": true, "always": true, "perhaps": true, "besides": true, "news": true,
	"does": true, "goes": true, "focus": true, "status": true, "various": true,
}

// qtyNounAt is a counted noun found after a number.
type qtyNounAt struct {
	qtyNoun
	s, e     int
	adjacent bool // it follows the number directly ("100,000 troops")
}

// qtyCountedNoun finds the noun a number ending at i counts: the first
// listed noun among the next few words ("150,000 Russian troops"), after
// "of" for vague numbers ("tens of thousands of soldiers"); else a plural
// word right after the number, lemmatized by rule, with no category.
func qtyCountedNoun(s string, i, end int) (qtyNounAt, bool) {
	t := numNext(s, i)
	adjacent := true
	if numIs(s, t, "of") {
		t = numNext(s, t.e)
	}
	first := t
	var buf [48]byte
	for k := 0; k < 4 && t.k == numWord && t.e <= end; k++ {
		u := numNext(s, t.e)
		if u.k == numWord && u.e <= end {
			if n, ok := qtyNouns[qtyLower2(s, t, u, &buf)]; ok {
				return qtyNounAt{n, t.s, u.e, adjacent}, true
			}
		}
		w := qtyLower1(s, t, &buf)
		if n, ok := qtyNouns[w]; ok {
			return qtyNounAt{n, t.s, t.e, adjacent}, true
		}
		if qtyStopWords[w] || w == "" {
			break
		}
		if u.s > t.e && !(numIsP(s, u, "-") && u.s == t.e) && u.k != numWord {
			break
		}
		adjacent = false
		t = u
		if numIsP(s, t, "-") {
			t = numNext(s, t.e)
		}
	}
	// not listed: a plural word among the next three ("three main areas",
	// "27 EU leaders")
	t = first
	for k := 0; k < 3 && t.k == numWord && t.e <= end; k++ {
		w := qtyLower1(s, t, &buf)
		if qtyStopWords[w] {
			break
		}
		if len(w) >= 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && s[t.s] >= 'a' && s[t.s] <= 'z' {
			return qtyNounAt{qtyNoun{lemma: qtySingular(w)}, t.s, t.e, k == 0}, true
		}
		t = numNext(s, t.e)
	}
	return qtyNounAt{}, false
}

// qtyLower1 lower-cases word t into buf; "" when it does not fit.
func qtyLower1(s string, t numTok, buf *[48]byte) string {
	if t.e-t.s > len(buf) {
		return ""
	}
	n := copy(buf[:], s[t.s:t.e])
	for i := 0; i < n; i++ {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	return string(buf[:n])
}

// qtyLower2 lower-cases the words t and u joined by one space.
func qtyLower2(s string, t, u numTok, buf *[48]byte) string {
	if t.e-t.s+1+u.e-u.s > len(buf) {
		return ""
	}
	n := copy(buf[:], s[t.s:t.e])
	buf[n] = ' '
	n++
	n += copy(buf[n:], s[u.s:u.e])
	for i := 0; i < n; i++ {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	return string(buf[:n])
}

// qtyPrepositions start the phrase that says what or where a number is
// about: "along its border with Ukraine", "to Belarus".
var qtyPrepositions = map[string]bool{
	"along": true, "near": true, "to": true, "at": true, "on": true, "in": true, "into": true,
	"inside": true, "within": true, "around": true, "across": true, "from": true, "toward": true,
	"towards": true, "onto": true, "outside": true, "off": true, "throughout": true,
	"alongside": true, "against": true, "for": true, "among": true, "close": true, "next": true,
	"beyond": true, "between": true,
}

// qtyVerbGroup are words that may stand between the noun and the phrase:
// "troops are deployed around the borders".
var qtyVerbGroup = map[string]bool{
	"are": true, "were": true, "is": true, "was": true, "be": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "will": true, "would": true, "already": true,
	"now": true, "currently": true, "reportedly": true, "still": true, "stationed": true,
	"deployed": true, "massed": true, "gathered": true, "based": true, "positioned": true,
	"sent": true, "moved": true, "amassed": true, "located": true, "killed": true, "wounded": true,
	"injured": true, "displaced": true, "arrested": true, "detained": true, "evacuated": true,
}

// qtyPhraseEnd are words that end the phrase.
var qtyPhraseEnd = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "while": true,
	"because": true, "as": true, "but": true, "or": true, "by": true, "since": true, "until": true,
	"after": true, "before": true, "during": true, "when": true, "where": true, "if": true,
	"said": true, "says": true, "told": true, "according": true, "and": true, "to": true,
	"last": true, "next": true, "this": true, "than": true, "amid": true, "despite": true,
}

// qtyAboutPhrase returns the prepositional phrase after offset i, within
// the sentence ending at end: the place or subject the number is about.
func qtyAboutPhrase(s string, i, end int) string {
	t := numNext(s, i)
	var buf [48]byte
	for k := 0; k < 3 && t.k == numWord && qtyVerbGroup[qtyLower1(s, t, &buf)]; k++ {
		t = numNext(s, t.e)
	}
	if t.k != numWord || t.e > end || !qtyPrepositions[qtyLower1(s, t, &buf)] {
		return ""
	}
	if n := numNext(s, t.e); n.k != numWord || qtyIsTimeWord(s, n) || qtyIsCalendarWord(s, n) || qtyStopWords[qtyLower1(s, n, &buf)] && !qtyIsDeterminer(s, n) {
		return "" // "in 2014", "on Monday", "to be"
	}
	start, e := t.s, t.e
	between := numIs(s, t, "between")
	n := numNext(s, e)
	for words := 1; words < 12; words++ {
		if n.e > end || n.k == numEnd || n.k == numPunct && !qtyJoiner(s, n, e) {
			break
		}
		next := numNext(s, n.e) // read once: the next word's n
		if n.k == numWord {
			if qtyIsTimeWord(s, next) || qtyIsCalendarWord(s, next) {
				break // "on Monday", "in January"
			}
			w := qtyLower1(s, n, &buf)
			if w == "between" {
				between = true
			}
			if qtyPhraseEnd[w] && !(w == "and" && (between || qtyJoinsNames(s, e, n))) {
				break
			}
			if w == "and" {
				between = false
			}
		}
		e, n = n.e, next
	}
	return s[start:e]
}

// qtyJoinsNames reports whether "and" at n joins two names: "Poland and
// Romania".
func qtyJoinsNames(s string, prevEnd int, n numTok) bool {
	p := numPrev(s, prevEnd)
	x := numNext(s, n.e)
	return p.k == numWord && x.k == numWord && s[p.s] >= 'A' && s[p.s] <= 'Z' && s[x.s] >= 'A' && s[x.s] <= 'Z'
}

// qtyJoiner reports whether punctuation n joins words (a hyphen or an
// apostrophe between letters) rather than ending a phrase.
func qtyJoiner(s string, n numTok, prevEnd int) bool {
	p := s[n.s:n.e]
	if p != "-" && p != "'" && p != "’" {
		return false
	}
	return n.s == prevEnd && n.e < len(s) && numLetterAt(s, n.e) > 0
}

func qtyIsDeterminer(s string, t numTok) bool {
	for _, w := range [...]string{"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"} {
		if numIs(s, t, w) {
			return true
		}
	}
	return false
}

// qtyNounBefore finds the counted noun written before a number ending a
// phrase like "the death toll rose to 300" or "the number of refugees
// reached 2 million": a listed noun before "toll", or after "number of",
// within eight words of i and after the sentence start.
func qtyNounBefore(s string, i, start int) (qtyNounAt, bool) {
	t := numPrev(s, i)
	var buf [48]byte
	for k := 0; k < 8 && t.k == numWord && t.s >= start; k++ {
		p := numPrev(s, t.s)
		if numIs(s, t, "toll") && p.k == numWord {
			if n, ok := qtyNouns[qtyLower1(s, p, &buf)]; ok {
				return qtyNounAt{qtyNoun: n}, true
			}
		}
		if numIs(s, p, "of") && numIs(s, numPrev(s, p.s), "number") {
			if n, ok := qtyNouns[qtyLower1(s, t, &buf)]; ok {
				return qtyNounAt{qtyNoun: n}, true
			}
		}
		t = p
	}
	return qtyNounAt{}, false
}
