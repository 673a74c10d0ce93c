package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// qtMaxScare is the most words a quotation without attribution may have
// and still be scare quotes ("far off", a ‘step’) rather than a claim.
const qtMaxScare = 3

// qtFind returns the quotations of e's text with their speakers. Two
// quotations broken by an attribution (“A,” she said. “B.”) become one.
func qtFind(e *entDoc, paras []article.Span) []qtQuote {
	buf := qtBufs.Get().(*[]qtQuote)
	raw := qtScan((*buf)[:0], e.text, paras)
	*buf = nil
	qtHolders.Put(buf)
	inQuote := func(off int) bool {
		i := sort.Search(len(raw), func(i int) bool { return raw[i].end > off })
		return i < len(raw) && raw[i].start <= off
	}
	out := raw[:0]
	prevEnd := 0
	for i := 0; i < len(raw); i++ {
		q := raw[i]
		limit := qtParaEnd(paras, q.end-1)
		if i+1 < len(raw) && raw[i+1].start < limit {
			limit = raw[i+1].start
			if e.broken(&q, raw[i+1]) {
				i++
			}
		}
		if q.attr.IsZero() {
			e.attribute(&q, prevEnd, limit)
		}
		prevEnd = max(q.end, q.attr.End)
		if q.attr.IsZero() && qtWords(e.text, q.parts) <= qtMaxScare {
			continue
		}
		out = append(out, q)
	}
	for i := range out {
		if q := &out[i]; q.pa < q.pb {
			q.speaker, q.mention = e.resolve(q.pa, q.pb, min(q.start, q.attr.Start), inQuote)
		}
	}
	clear(raw[len(out):])
	return out
}

// qtBufs recycles the buffers qtScan gathers quotations in: the quotations
// kept outlive qtFind but not the clustering of a Run, which gives them
// back with qtRelease.
var qtBufs = sync.Pool{New: func() any { return new([]qtQuote) }}

// qtHolders keeps the pointers qtBufs handed its buffers out in, for
// qtRelease to hand them back in: a new pointer for each Doc cost an
// allocation.
var qtHolders = sync.Pool{New: func() any { return new([]qtQuote) }}

// qtRelease gives the buffer of qs, returned by qtFind, back for another
// Doc; qs must no longer be used.
func qtRelease(qs []qtQuote) {
	clear(qs)
	b := qtHolders.Get().(*[]qtQuote)
	*b = qs[:0]
	qtBufs.Put(b)
}

// keep stores an attribution and its speaker phrase [a, b) until the
// speaker is resolved, when all quotations (and so what lies inside them)
// are known.
func (q *qtQuote) keep(attr article.Span, a, b int) {
	q.attr, q.pa, q.pb = attr, a, b
}

// broken merges next into q when the words between them attribute both:
// “A,” she said. “B.”
func (e *entDoc) broken(q *qtQuote, next qtQuote) bool {
	if e.endsSentence(q) {
		return false
	}
	attr, a, b, ok := e.after(q.end, next.start)
	if !ok || strings.ContainsRune(e.text[q.end:next.start], '\n') {
		return false
	}
	// What follows the speech verb may name whom it was said to ("told
	// reporters"), and nothing more.
	rest := strings.TrimRight(e.text[attr.End:next.start], " ,.;:—–-")
	if strings.ContainsAny(rest, ".,;:!?") || len(strings.Fields(rest)) > 4 {
		return false
	}
	q.keep(attr, a, b)
	q.parts = append(q.parts, next.parts...)
	q.end = next.end
	return true
}

// endsSentence reports whether the quotation ends with a full stop, so
// that what follows it is a new sentence, not its attribution (which takes
// a comma: “…,” she said).
func (e *entDoc) endsSentence(q *qtQuote) bool {
	p := q.parts[len(q.parts)-1]
	return p.End > p.Start && e.text[p.End-1] == '.'
}

// attribute finds the attribution after the quotation, or else before it
// in the same sentence, after the previous quotation.
func (e *entDoc) attribute(q *qtQuote, prevEnd, limit int) {
	if !e.endsSentence(q) {
		if attr, a, b, ok := e.after(q.end, limit); ok {
			q.keep(attr, a, b)
			return
		}
	}
	s := sort.Search(len(e.sents), func(i int) bool { return e.sents[i].End > q.start })
	if s >= len(e.sents) || e.sents[s].Start >= q.start {
		return
	}
	if attr, a, b, ok := e.before(max(e.sents[s].Start, prevEnd), q.start); ok {
		q.keep(attr, a, b)
	}
}

func qtParaEnd(paras []article.Span, off int) int {
	i := sort.Search(len(paras), func(i int) bool { return paras[i].End > off })
	if i < len(paras) {
		return paras[i].End
	}
	return off + 1
}

func qtWords(text string, parts []article.Span) int {
	n := 0
	for _, p := range parts {
		in := false
		for i := p.Start; i < p.End && n <= qtMaxScare; i++ {
			sp := qtIsSpace(text[i])
			if !sp && !in {
				n++
			}
			in = !sp
		}
	}
	return n
}

// qtClaims appends the claims of the quotations of Doc id to out.
//
// The Quotes and their Parts are cut from one slice each, capped, rather
// than allocated one by one.
func qtClaims(out []article.Claim, id string, e *entDoc, qs []qtQuote) []article.Claim {
	n := 0
	for _, q := range qs {
		n += len(q.parts)
	}
	quotes := make([]article.Quote, len(qs))
	spans := make([]article.Span, n)
	for k, q := range qs {
		parts := spans[:len(q.parts):len(q.parts)]
		spans = spans[len(q.parts):]
		for i, p := range q.parts {
			parts[i] = article.Span{Doc: id, Start: p.Start, End: p.End}
		}
		sp := article.Span{Doc: id, Start: q.start, End: q.end}
		c := article.Claim{
			ID: article.ClaimID(article.QuoteClaim, sp), Kind: article.QuoteClaim,
			Span: sp, Sentence: entSentenceOf(e.sents, id, sp), Text: e.text[q.start:q.end],
			Quote: &quotes[k],
		}
		*c.Quote = article.Quote{Said: qtSaid(e.text, q.parts), Parts: parts, Speaker: q.speaker}
		if !q.attr.IsZero() {
			c.Quote.Attribution = article.Span{Doc: id, Start: q.attr.Start, End: q.attr.End}
		}
		out = append(out, c)
	}
	return out
}

// qtSaid returns the words of parts joined by spaces: for one part, as
// most quotations have, a slice of text.
func qtSaid(text string, parts []article.Span) string {
	if len(parts) == 1 {
		return text[parts[0].Start:parts[0].End]
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[p.Start:p.End])
	}
	return b.String()
}

// entSentenceOf returns the sentences covering sp, as one span.
func entSentenceOf(sents []article.Span, id string, sp article.Span) article.Span {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > sp.Start })
	j := sort.Search(len(sents), func(i int) bool { return sents[i].End >= sp.End })
	out := sp
	if i < len(sents) && sents[i].Start < out.Start {
		out.Start = sents[i].Start
	}
	if j < len(sents) && sents[j].End > out.End {
		out.End = sents[j].End
	}
	out.Doc = id
	return out
}
