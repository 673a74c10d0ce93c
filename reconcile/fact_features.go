package reconcile

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// factFeatures sets the block of every claim of fs (see matchBlock),
// groups the claims into fs.blocks, and fills in, for the claims in a
// block, what matching and the verdicts compare. Claims in no block are
// never compared and state no fact, so they get no features.
func factFeatures(x *factIndex, fs *factStory) {
	n := len(fs.claims)
	fc := factCache{
		arena:    factArena{chunk: min(factArenaChunk, 32*n)},
		tokens:   make(map[string][]uint64, n),
		contexts: make(map[[2]string][]uint64, n/2),
		ents:     make(map[article.Span][]string, n/2),
		quotes:   make(map[string]*factQuote, n/4),
	}
	blocks := make(map[string][]*factClaim)
	var keys []string
	for _, c := range fs.claims {
		c.doc = x.docs[c.Span.Doc]
		if c.Quote != nil {
			q := fc.quote(c.Quote.Said)
			c.words, c.norm, c.matter = q.words, q.norm, q.matter
		}
		if c.block = matchBlock(c); c.block == "" {
			continue
		}
		if _, ok := blocks[c.block]; !ok {
			keys = append(keys, c.block)
		}
		blocks[c.block] = append(blocks[c.block], c)
	}
	slices.Sort(keys)
	fs.blocks = make([][]*factClaim, 0, len(keys))
	for _, k := range keys {
		cs := blocks[k]
		for _, c := range cs {
			fc.features(x, fs, c, len(cs) > matchSmallBlock)
		}
		fs.blocks = append(fs.blocks, cs)
	}
}

// A factCache computes the features of one story's claims, each distinct
// text once: copies of an article repeat its sentences and quotes, and
// a quote's claim text is often the quote itself. Its sets are shared by
// the claims and must not be modified.
type factCache struct {
	arena    factArena
	tokens   map[string][]uint64       // matchTokens by text
	contexts map[[2]string][]uint64    // by sentence and claim text
	ents     map[article.Span][]string // by sentence
	quotes   map[string]*factQuote     // by quoted words
}

// A factQuote holds the normalized words of a quote.
type factQuote struct {
	words  []string
	norm   string
	matter []string
}

// features fills in the features of claim c of a block; wide says the
// block is large enough to be matched through the inverted index, which
// indexes the context and entities of quotes too (the quote score does
// not use them).
func (fc *factCache) features(x *factIndex, fs *factStory, c *factClaim, wide bool) {
	if c.Quote == nil || wide {
		c.context = fc.context(c)
		c.ents = fc.entities(x, c.Span.Doc, c.Sentence)
	}
	switch {
	case c.Quantity != nil:
		c.about = fc.tokenize(c.Quantity.About)
		c.asOf, c.asOfNote = vdAsOf(c, fs.claims)
	case c.Time != nil:
		c.about = fc.tokenize(c.Time.Event)
	case c.Quote != nil:
		c.speaker = fc.tokenize(c.Quote.Speaker)
		c.wordSet = fc.tokenize(c.Quote.Said)
	}
}

// tokenize returns matchTokens(s), nil for none.
func (fc *factCache) tokenize(s string) []uint64 {
	ts, ok := fc.tokens[s]
	if !ok {
		ts = fc.arena.tokens(s)
		fc.tokens[s] = ts
	}
	return ts
}

// quote returns the normalized words of a quote.
func (fc *factCache) quote(said string) *factQuote {
	q := fc.quotes[said]
	if q == nil {
		words := quoteWords(said)
		q = &factQuote{words: words, norm: strings.Join(words, " "), matter: vdMaterial(words)}
		fc.quotes[said] = q
	}
	return q
}

// entities returns the entities mentioned in sentence s of doc.
func (fc *factCache) entities(x *factIndex, doc string, s article.Span) []string {
	ids, ok := fc.ents[s]
	if !ok {
		ids = factEntities(x.mentions[doc], s)
		fc.ents[s] = ids
	}
	return ids
}

// context returns the content words of the claim's sentence that are not
// the claim's own, so that two claims are not found alike just for having
// the same value.
func (fc *factCache) context(c *factClaim) []uint64 {
	s := factSentence(c)
	if s.IsZero() {
		return nil
	}
	sent := c.doc.Text[s.Start:s.End]
	if !s.Contains(c.Span) {
		return fc.tokenize(sent)
	}
	key := [2]string{sent, c.doc.Text[c.Span.Start:c.Span.End]}
	ts, ok := fc.contexts[key]
	if !ok {
		ts = fc.arena.minus(fc.tokenize(key[0]), fc.tokenize(key[1]))
		fc.contexts[key] = ts
	}
	return ts
}

// A factArena holds the token sets of one story in few allocations.
type factArena struct {
	buf     []uint64 // the sets, back to back
	scratch []uint64
	chunk   int // the least number of hashes to allocate at once
}

// factArenaChunk is the most hashes an arena allocates at once, but for
// one larger set: a claim has some 20 to 30 tokens.
const factArenaChunk = 4096

// tokens returns matchTokens(s), stored in the arena; nil for none.
func (a *factArena) tokens(s string) []uint64 {
	a.scratch = matchTokens(a.scratch, s)
	return a.keep(a.scratch)
}

// keep copies ts into the arena and returns the copy, nil when empty.
func (a *factArena) keep(ts []uint64) []uint64 {
	if len(ts) == 0 {
		return nil
	}
	a.reserve(len(ts))
	n := len(a.buf)
	a.buf = append(a.buf, ts...)
	return a.buf[n:len(a.buf):len(a.buf)]
}

// reserve makes room for n more hashes.
func (a *factArena) reserve(n int) {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]uint64, 0, max(a.chunk, n))
		a.chunk = min(2*a.chunk, factArenaChunk)
	}
}

// minus returns the sorted set ts less the sorted set own, in the arena;
// nil when empty.
func (a *factArena) minus(ts, own []uint64) []uint64 {
	a.reserve(len(ts))
	n, j := len(a.buf), 0
	for _, t := range ts {
		for j < len(own) && own[j] < t {
			j++
		}
		if j == len(own) || own[j] != t {
			a.buf = append(a.buf, t)
		}
	}
	if len(a.buf) == n {
		return nil
	}
	return a.buf[n:len(a.buf):len(a.buf)]
}

// factSentence returns the claim's sentence, or the zero Span when it
// cannot be read.
func factSentence(c *factClaim) article.Span {
	s := c.Sentence
	if c.doc == nil || s.Doc != c.Span.Doc || s.Start < 0 || s.End > len(c.doc.Text) || s.Start > s.End {
		return article.Span{}
	}
	return s
}
