package extract

import (
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// findQuantities returns the quantity claims in the sentences of d, sorted by position.
//
// Every Number of the text is a claim unless it is not a quantity: a year
// ("in 2014", "2022" with no counted noun), a day of a date ("January 6",
// "6 January"), a time of day ("10 a.m."), a duration ("three weeks",
// which is a time claim), a label ("Article 5", "No. 10", "Boeing 737"),
// a score or slash-joined number ("3-1", "5/17"), or "one" with no
// counted noun ("one of the", "at one point"). The claim's span is the
// number with its qualifier, and the counted noun when it follows
// directly ("more than 100,000 troops"; "as many as 150,000" in "as many
// as 150,000 Russian troops").
func findQuantities(d *article.Doc) []article.Claim {
	out := appendQuantities(nil, d)
	article.SortClaims(out)
	return out
}

// appendQuantities appends the quantity claims of d to dst, in text order.
func appendQuantities(out []article.Claim, d *article.Doc) []article.Claim {
	return appendQuantitiesCued(out, d, nil, nil)
}

// appendQuantitiesCued is appendQuantities given toks, the words of the
// text of d in sents as entTokenize cut them, which spare numScan the
// sentences without a numeral (numCues); nil sents means none are known.
func appendQuantitiesCued(out []article.Claim, d *article.Doc, toks []entTok, sents []article.Span) []article.Claim {
	s := d.Text
	b := qtyBufPool.Get().(*qtyBufs)
	defer b.release()
	if sents == nil {
		b.lits = numScan(s, b.lits[:0])
	} else {
		b.cues = numCues(s, toks, sents, b.cues)
		b.lits = numScanCued(s, sents, b.cues, b.lits[:0])
	}
	b.nums = qtyCombine(s, b.lits, b.nums[:0])
	for _, n := range b.nums {
		if qtyNotClaim(s, &n) {
			continue
		}
		sent := qtySentence(d, n.Start)
		noun, hasNoun := qtyCountedNoun(s, n.End, sent.End)
		if !hasNoun && n.lits[0].e-n.lits[0].s <= 3 && qtyIsOne(s, n) {
			continue // "one of the", "at one point"
		}
		listed := hasNoun && noun.category != ""
		if qtyIsYear(s, &n, listed) || qtyIsLabel(s, &n, listed) {
			continue
		}
		if !hasNoun {
			noun, hasNoun = qtyNounBefore(s, n.Start, sent.Start)
		}
		out = append(out, qtyClaim(d, &n, sent, noun))
	}
	return out
}

// qtyBufs holds the numerals and numbers of a Doc while its quantity
// claims are made, recycled through qtyBufPool: the claims copy what they
// keep.
type qtyBufs struct {
	lits []numLit
	nums []Number
	cues []bool // numCues of the sentences
}

var qtyBufPool = sync.Pool{New: func() any { return new(qtyBufs) }}

// release clears b, which holds substrings of the text, and puts it back.
func (b *qtyBufs) release() {
	clear(b.lits)
	clear(b.nums)
	qtyBufPool.Put(b)
}

// qtyClaim makes the claim of number n, counting noun (zero when none;
// without offsets when it was written before the number).
func qtyClaim(d *article.Doc, n *Number, sent article.Span, noun qtyNounAt) article.Claim {
	q := &article.Quantity{Interval: n.Interval, Value: n.Value}
	span := article.Span{Doc: d.ID, Start: n.Start, End: n.End}
	var byNoun bool
	q.Unit, q.Category, byNoun = qtyUnitOf(n, noun)
	aboutFrom := n.End
	if byNoun && noun.e > n.End {
		aboutFrom = noun.e
		if noun.adjacent {
			span.End = noun.e
		}
	}
	q.About = qtyAboutPhrase(d.Text, aboutFrom, sent.End)
	return article.Claim{
		ID:       article.ClaimID(article.QuantityClaim, span),
		Kind:     article.QuantityClaim,
		Span:     span,
		Sentence: sent,
		Text:     d.Text[span.Start:span.End],
		Quantity: q,
	}
}

// qtyUnitOf returns the unit and category of n: its currency, percent, or
// counted noun; byNoun says the noun gave them.
func qtyUnitOf(n *Number, noun qtyNounAt) (unit, category string, byNoun bool) {
	switch {
	case n.Currency != "":
		return n.Currency, "money", false
	case n.Percent && qtyHasPoints(n.Text):
		return "percentage point", "percent", false
	case n.Percent:
		return "%", "percent", false
	case noun.category == "" && numCurrencyWords[noun.lemma] != "":
		return numCurrencyWords[noun.lemma], "money", true // "millions of dollars"
	case noun.lemma != "":
		return noun.lemma, noun.category, true
	}
	return "", "", false
}

// qtySentence returns the sentence of d holding offset i, or the
// paragraph, or the whole text when d has no sentences.
func qtySentence(d *article.Doc, i int) article.Span {
	if k := d.SentenceAt(i); k >= 0 {
		return d.Sentences[k]
	}
	for _, p := range d.Paragraphs {
		if p.Start <= i && i < p.End {
			return p
		}
	}
	return article.Span{Doc: d.ID, Start: 0, End: len(d.Text)}
}

func qtyHasPoints(text string) bool {
	n := len(text)
	return n > 6 && (text[n-6:] == "points" || text[n-5:] == "point")
}

// qtyIsOne reports whether n is a bare "one" or "a".
func qtyIsOne(s string, n Number) bool {
	return n.Value == 1 && n.n == 1 && n.Interval.Qualifier == "" && n.Currency == "" && !n.Percent &&
		numLetterAt(s, n.lits[0].s) > 0
}

// qtyNotClaim reports numbers that are not quantities (see findQuantities).
func qtyNotClaim(s string, n *Number) bool {
	l := n.lits[0]
	if n.n == 2 {
		l = n.lits[1]
	}
	after := numNext(s, l.e)
	if numIsP(s, after, "-") && after.s == l.e {
		after = numNext(s, after.e) // "30-day"
	}
	if qtyIsTimeWord(s, after) && !n.Percent && n.Currency == "" {
		return true // a duration or a time of day
	}
	return qtyIsDatePart(s, n) || qtyIsBare(n) && qtyGlued(s, n.lits[0])
}

// qtyIsBare reports a lone number with no qualifier or unit.
func qtyIsBare(n *Number) bool {
	return n.n == 1 && n.Interval.Qualifier == "" && !n.Percent && n.Currency == ""
}

// qtyGlued reports a number joined to another by "-", "/", "." or ":":
// scores, slash dates, versions ("3-1", "5/17/2018", "1.2.3").
func qtyGlued(s string, l numSpan) bool {
	if l.s > 1 && (s[l.s-1] == '-' || s[l.s-1] == '/' || s[l.s-1] == '.' || s[l.s-1] == ':') && numIsDigit(s[l.s-2]) {
		return true
	}
	return l.e+1 < len(s) && (s[l.e] == '-' || s[l.e] == '/' || s[l.e] == '.' || s[l.e] == ':') && numIsDigit(s[l.e+1])
}

// qtyTimeWords follow a number that is a duration or a time of day.
var qtyTimeWords = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "min": true, "mins": true,
	"hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true, "week": true,
	"weeks": true, "month": true, "months": true, "year": true, "years": true, "yr": true, "yrs": true,
	"decade": true, "decades": true, "century": true, "centuries": true, "night": true,
	"nights": true, "weekend": true, "weekends": true, "fortnight": true, "fortnights": true,
	"am": true, "pm": true, "gmt": true, "utc": true, "et": true, "est": true, "edt": true,
	"pst": true, "pdt": true, "cet": true, "cest": true, "bst": true, "msk": true, "millennia": true,
	"semester": true, "semesters": true,
}

// qtyIsTimeWord reports whether word t is a unit of time or starts "a.m.",
// "p.m." or "o'clock".
func qtyIsTimeWord(s string, t numTok) bool {
	if t.k != numWord || t.e-t.s > 10 {
		return false
	}
	var buf [24]byte
	w := numLower(s[t.s:t.e], &buf)
	if qtyTimeWords[w] {
		return true
	}
	if (w == "a" || w == "p") && t.e+2 < len(s) && s[t.e] == '.' && (s[t.e+1] == 'm' || s[t.e+1] == 'M') {
		return true
	}
	return w == "o" && (strings.HasPrefix(s[t.e:], "'clock") || strings.HasPrefix(s[t.e:], "’clock"))
}

// qtyMonths are month names and their abbreviations, as written in dates.
var qtyMonths = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// qtyIsDatePart reports a day or year written next to a month name:
// "January 6", "Jan. 6", "6 January", "6th of January", "January 2022".
func qtyIsDatePart(s string, n *Number) bool {
	if n.Percent || n.Currency != "" {
		return false
	}
	l := n.lits[0]
	p := numPrev(s, l.s)
	if numIsP(s, p, ".") || numIsP(s, p, ",") {
		p = numPrev(s, p.s)
	}
	if p.k == numWord && qtyMonths[s[p.s:p.e]] {
		return true
	}
	if n.n == 2 {
		l = n.lits[1]
	}
	x := numNext(s, l.e)
	if numIs(s, x, "of") {
		x = numNext(s, x.e)
	}
	return x.k == numWord && qtyMonths[s[x.s:x.e]]
}

// qtyYearWords come before a year: "in 2014", "since 1991", "early 2022".
var qtyYearWords = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "before": true, "after": true,
	"during": true, "from": true, "through": true, "of": true, "early": true, "late": true,
	"mid": true, "year": true, "summer": true, "spring": true, "fall": true, "autumn": true,
	"winter": true, "to": true, "and": true, "between": true, "circa": true,
}

// qtyIsYear reports a year: a four-digit number from 1900 to 2100 with no
// unit, after a year word, or with no listed noun after it.
func qtyIsYear(s string, n *Number, listed bool) bool {
	if n.Percent || n.Currency != "" {
		return false
	}
	for _, l := range n.lits[:n.n] {
		if l.e-l.s != 4 || l.v < 1900 || l.v > 2100 || !numIsDigit(s[l.s]) || !numIsDigit(s[l.e-1]) {
			return false
		}
	}
	p := numPrev(s, n.lits[0].s)
	if numIsP(s, p, ",") || numIsP(s, p, "-") {
		return true // "Jan. 6, 2022", "mid-2021"
	}
	var buf [24]byte
	if p.k == numWord && p.e-p.s <= 8 && qtyYearWords[numLower(s[p.s:p.e], &buf)] {
		return true
	}
	return !listed && n.Interval.Qualifier == ""
}

// qtyLabels come before a number that names rather than counts: "Article
// 5", "No. 10", "page 3", "Resolution 2202".
var qtyLabels = map[string]bool{
	"article": true, "articles": true, "section": true, "no": true, "nos": true, "nr": true,
	"number": true, "chapter": true, "page": true, "pages": true, "paragraph": true, "para": true,
	"clause": true, "item": true, "room": true, "flight": true, "route": true, "line": true,
	"gate": true, "platform": true, "highway": true, "interstate": true, "road": true,
	"street": true, "episode": true, "season": true, "volume": true, "vol": true, "version": true,
	"level": true, "phase": true, "stage": true, "grade": true, "figure": true, "fig": true,
	"table": true, "exhibit": true, "annex": true, "appendix": true, "district": true,
	"ward": true, "precinct": true, "channel": true, "act": true, "amendment": true, "title": true,
	"rule": true, "resolution": true, "protocol": true, "category": true, "class": true,
	"type": true, "model": true, "size": true, "code": true, "box": true, "ext": true,
	"terminal": true, "pier": true, "block": true, "lot": true, "aged": true, "age": true,
	"ages": true, "round": true, "part": true, "game": true, "tier": true, "group": true,
	"day": true, "week": true, "year": true, "p": true, "pp": true, "art": true, "sec": true,
}

// qtyIsLabel reports a bare number that names something: after a label
// word or "#", or, when no listed noun follows, after a capitalized word
// inside a sentence ("Boeing 737", "Minsk 2") unless the next word is
// capitalized too (a title-case headline).
func qtyIsLabel(s string, n *Number, listed bool) bool {
	l := n.lits[0]
	if !qtyIsBare(n) || numLetterAt(s, l.s) > 0 {
		return false
	}
	p := numPrev(s, l.s)
	if numIsP(s, p, "#") {
		return true
	}
	if numIsP(s, p, ".") {
		p = numPrev(s, p.s)
	}
	if p.k != numWord || p.e-p.s > 12 {
		return false
	}
	var buf [24]byte
	if qtyLabels[numLower(s[p.s:p.e], &buf)] {
		return true
	}
	c := s[p.s]
	if listed || c < 'A' || c > 'Z' || l.e-l.s > 4 || qtyStartsSentence(s, p.s) {
		return false
	}
	x := numNext(s, l.e)
	return !(x.k == numWord && s[x.s] >= 'A' && s[x.s] <= 'Z')
}

// qtyStartsSentence reports whether the word at i begins a sentence or a
// line.
func qtyStartsSentence(s string, i int) bool {
	p := numPrev(s, i)
	if p.k == numEnd {
		return true
	}
	for j := p.e; j < i; j++ {
		if s[j] == '\n' {
			return true
		}
	}
	switch s[p.s:p.e] {
	case ".", "!", "?", "\"", "“", "”", ":", "(", "—", "–":
		return true
	}
	return false
}

// qtyWeekdays are the days of the week, as written in dates.
var qtyWeekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true,
}

// qtyIsCalendarWord reports a month or weekday name, or a number: what
// starts a time phrase after a preposition.
func qtyIsCalendarWord(s string, t numTok) bool {
	if t.k == numDigits {
		return true
	}
	w := s[t.s:t.e]
	return t.k == numWord && (qtyMonths[w] || qtyWeekdays[w])
}
