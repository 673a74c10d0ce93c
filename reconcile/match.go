package reconcile

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Thresholds above which two claims of one block are taken to state the
// same fact. They were set on hand-made cases so that a figure about "its
// border with Ukraine" meets one about "the borders of Ukraine" but not
// one about troops sent "to Belarus".
const (
	matchQuantityMin = 0.35
	matchTimeMin     = 0.45
	matchQuoteMin    = 0.50
	// matchQuoteOtherSpeaker is the wording similarity two quotes need
	// when their speakers are both known and share no word.
	matchQuoteOtherSpeaker = 0.85
	// matchQuoteWording is the least wording score of two quotes of one
	// fact, whoever the speakers.
	matchQuoteWording = 0.5
	// matchDisjointMin is the score two claims need to join when their
	// values cannot both hold (dates with no day in common, figures with
	// no value in common): a contradiction is an error, so it needs firmer
	// evidence that the two are about the same thing.
	matchDisjointMin = 0.6
	// matchMaxDays is the longest period, in days, taken as the date of
	// an event; "since last fall" or "recent weeks" are not.
	matchMaxDays = 31
	// matchShortQuote is the number of content words below which the
	// wording score of a quote is scaled down: short fragments ("a step")
	// occur in many quotes.
	matchShortQuote = 5
)

// matchBlock returns the block of a claim: only claims of one block are
// compared. It is "" for claims that state no comparable fact: bare
// numbers with neither unit nor category, durations,
// times that could not be resolved or span more than matchMaxDays or are
// vague references ("recently"), empty quotes.
func matchBlock(c *factClaim) string {
	switch {
	case c.Quantity != nil:
		if c.Quantity.Unit == "" && c.Quantity.Category == "" {
			return "" // a bare number: no telling what it counts
		}
		if c.Quantity.Category != "" {
			return "q:" + strings.ToLower(c.Quantity.Category)
		}
		return "u:" + strings.ToLower(c.Quantity.Unit)
	case c.Time != nil:
		t := c.Time
		if t.Duration || !t.Resolved() || strings.HasSuffix(t.Timex, "_REF") || t.End.Sub(t.Start) >= matchMaxDays {
			return ""
		}
		return "t"
	case c.Quote != nil:
		if len(c.words) == 0 {
			return ""
		}
		return "s"
	}
	return ""
}

// matchScore scores how likely a and b, of one block, state the same
// fact, in [0, 1].
func matchScore(a, b *factClaim) float64 {
	if a.Quantity == nil && a.Time == nil {
		return matchQuoteScore(a, b)
	}
	ctx := matchDice(a.context, b.context)
	ents := matchJaccardStrings(a.ents, b.ents)
	switch {
	case a.Quantity != nil:
		if len(a.about) > 0 && len(b.about) > 0 {
			return 0.55*matchDice(a.about, b.about) + 0.25*ctx + 0.2*ents
		}
		return 0.6*ctx + 0.4*ents
	case a.Time != nil:
		if len(a.about) > 0 && len(b.about) > 0 {
			return 0.4*matchDice(a.about, b.about) + 0.3*ents + 0.3*ctx
		}
		return 0.35*ents + 0.65*ctx
	}
	return matchQuoteScore(a, b)
}

// matchQuoteScore scores two quotes by wording (the overlap coefficient
// of their stemmed content words, so that a fragment meets the whole and
// a paraphrase its original) and, less, by speaker.
func matchQuoteScore(a, b *factClaim) float64 {
	wording := matchOverlap(a.wordSet, b.wordSet)
	if n := min(len(a.wordSet), len(b.wordSet)); n < matchShortQuote {
		wording *= float64(n) / matchShortQuote
	}
	if wording < matchQuoteWording {
		return 0
	}
	speaker := 0.5
	switch {
	case a.Quote.SpeakerID != "" && a.Quote.SpeakerID == b.Quote.SpeakerID:
		speaker = 1
	case len(a.speaker) > 0 && len(b.speaker) > 0:
		speaker = matchOverlap(a.speaker, b.speaker)
		if speaker == 0 && wording < matchQuoteOtherSpeaker {
			return 0
		}
	}
	return 0.8*wording + 0.2*speaker
}

func matchMin(k article.Kind) float64 {
	switch k {
	case article.QuantityClaim:
		return matchQuantityMin
	case article.TimeClaim:
		return matchTimeMin
	}
	return matchQuoteMin
}

// matchPair is a scored pair of claims of one block, by their index in
// the block (which is in position order).
type matchPair struct {
	score float64
	i, j  int32
}

// matchFacts groups the claims of fs into facts: within each block (see
// factFeatures), pairs are joined best score first (single linkage) as
// long as the score clears the kind's threshold and the two groups hold no two claims of one
// article with different values — an article does not contradict itself,
// so two such claims are two facts.
func matchFacts(fs *factStory) []*fact {
	var out []*fact
	for _, cs := range fs.blocks {
		out = append(out, matchCluster(cs)...)
	}
	return out
}

// matchCluster clusters the claims of one block, in position order.
func matchCluster(cs []*factClaim) []*fact {
	groups := make([]*matchGroup, len(cs))
	for i, c := range cs {
		c.blk = i
		groups[i] = matchNewGroup(c)
	}
	pairs := matchPairs(cs)
	threshold := matchMin(matchKind(cs[0]))
	var conflicts matchConflicts
	for _, p := range pairs {
		if p.score < threshold {
			break
		}
		ga, gb := groups[p.i], groups[p.j]
		if ga == gb || conflicts.check(ga, gb) || p.score < matchDisjointMin && ga.disjoint(gb) {
			continue
		}
		if len(ga.members) < len(gb.members) {
			ga, gb = gb, ga
		}
		for _, c := range gb.members {
			groups[c.blk] = ga
		}
		ga.join(gb, p.score)
	}
	for _, p := range pairs {
		if ga, gb := groups[p.i], groups[p.j]; ga != gb && cs[p.i].voice != cs[p.j].voice {
			ga.nearMiss = max(ga.nearMiss, p.score)
			gb.nearMiss = max(gb.nearMiss, p.score)
		}
	}
	var out []*fact
	for _, g := range groups {
		if g.done {
			continue
		}
		g.done = true
		ms := g.members
		slices.SortFunc(ms, func(a, b *factClaim) int { return cmp.Compare(a.pos, b.pos) })
		out = append(out, &fact{kind: matchKind(ms[0]), claims: ms, cohesion: g.cohesion, nearMiss: g.nearMiss})
	}
	return out
}

// matchGroupIndexAt is the group size from which a group indexes its
// claims by article.
const matchGroupIndexAt = 8

// A matchGroup is a fact being built.
type matchGroup struct {
	members  []*factClaim
	byDoc    map[string][]*factClaim // from matchGroupIndexAt members on
	cohesion float64
	nearMiss float64 // see fact
	done     bool    // made into a fact
	oneDoc   bool    // all members are of one article
	// lastStart and firstEnd bound the days of a group of dates: two
	// groups hold disjoint dates when one's firstEnd is before the
	// other's lastStart. maxLow and minHigh do the same for figures.
	lastStart, firstEnd article.Date
	maxLow, minHigh     float64
}

func matchNewGroup(c *factClaim) *matchGroup {
	g := &matchGroup{members: []*factClaim{c}, cohesion: 1, oneDoc: true}
	if c.Time != nil {
		g.lastStart, g.firstEnd = c.Time.Start, c.Time.End
	}
	if c.Quantity != nil {
		iv := vdWiden(c.Quantity)
		g.maxLow, g.minHigh = iv.Low, iv.High
	}
	return g
}

// join moves the claims of o, the smaller group, into g.
func (g *matchGroup) join(o *matchGroup, score float64) {
	g.oneDoc = g.oneDoc && o.oneDoc && g.members[0].Span.Doc == o.members[0].Span.Doc
	g.members = append(g.members, o.members...)
	g.cohesion = min(g.cohesion, o.cohesion, score)
	if g.members[0].Time != nil {
		if g.lastStart.Before(o.lastStart) {
			g.lastStart = o.lastStart
		}
		if o.firstEnd.Before(g.firstEnd) {
			g.firstEnd = o.firstEnd
		}
	}
	g.maxLow, g.minHigh = max(g.maxLow, o.maxLow), min(g.minHigh, o.minHigh)
	if g.byDoc == nil && len(g.members) >= matchGroupIndexAt {
		g.byDoc = make(map[string][]*factClaim)
		for _, c := range g.members {
			g.byDoc[c.Span.Doc] = append(g.byDoc[c.Span.Doc], c)
		}
	} else if g.byDoc != nil {
		for _, c := range o.members {
			g.byDoc[c.Span.Doc] = append(g.byDoc[c.Span.Doc], c)
		}
	}
}

// sameDoc returns the claims of g from article doc.
func (g *matchGroup) sameDoc(doc string, f func(*factClaim) bool) bool {
	if g.byDoc != nil {
		for _, c := range g.byDoc[doc] {
			if f(c) {
				return true
			}
		}
		return false
	}
	for _, c := range g.members {
		if c.Span.Doc == doc && f(c) {
			return true
		}
	}
	return false
}

// disjoint reports whether joining g and o would put values that cannot
// both hold into one fact: dates that share no day, figures that share no
// value (as widened by vdWiden). It goes by the groups' bounds, so it also
// counts values of one voice or, for figures, of different moments.
func (g *matchGroup) disjoint(o *matchGroup) bool {
	switch {
	case g.members[0].Time != nil:
		return g.firstEnd.Before(o.lastStart) || o.firstEnd.Before(g.lastStart)
	case g.members[0].Quantity != nil:
		return g.minHigh < o.maxLow || o.minHigh < g.maxLow
	}
	return false
}

// matchSmallBlock is the block size up to which every pair is scored;
// larger blocks score only pairs that share a word or entity that is not
// in more than matchCommonShare of the block's claims.
const (
	matchSmallBlock  = 64
	matchCommonShare = 0.25
)

// matchPairs scores the candidate pairs of cs and returns those scoring
// at least half the kind's threshold (weaker ones neither join facts nor
// count as near misses), best first; ties are broken by position, so the
// order does not depend on the input's.
func matchPairs(cs []*factClaim) []matchPair {
	floor := matchMin(matchKind(cs[0])) / 2
	var pairs []matchPair
	matchCandidates(cs, func(a, b *factClaim) {
		if s := matchScore(a, b); s >= floor {
			pairs = append(pairs, matchPair{s, int32(a.blk), int32(b.blk)})
		}
	})
	slices.SortFunc(pairs, func(x, y matchPair) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	return pairs
}

// matchConflicts remembers which pairs of groups conflict, as of their
// sizes: many pairs of claims link the same two groups.
type matchConflicts map[[2]*matchGroup][3]int

// check returns matchConflict(x, y), from memory when neither group has
// grown since it was last asked.
func (m *matchConflicts) check(x, y *matchGroup) bool {
	if *m == nil {
		*m = make(matchConflicts)
	}
	key := [2]*matchGroup{x, y}
	if v, ok := (*m)[key]; ok && v[0] == len(x.members) && v[1] == len(y.members) {
		return v[2] == 1
	}
	c := matchConflict(x, y)
	v := [3]int{len(x.members), len(y.members), 0}
	if c {
		v[2] = 1
	}
	(*m)[key] = v
	return c
}

// matchConflict reports whether joining groups x and y would put two
// claims of one article with different values into one fact. Two quotes of
// one article may share a fact when both are fragments of one quote of
// another article ("unproductive to negotiate" and "fully committed to
// dialogue", each quoting part of one statement).
func matchConflict(x, y *matchGroup) bool {
	if len(x.members) > len(y.members) {
		x, y = y, x
	}
	if x.members[0].Quote == nil || x.oneDoc && y.oneDoc {
		return matchConflictOneValue(x, y)
	}
	for _, a := range x.members {
		if y.sameDoc(a.Span.Doc, func(b *factClaim) bool {
			return !vdSameValue(a, b) && !matchFragments(a, b, x.members, y.members)
		}) {
			return true
		}
	}
	return false
}

// matchFragments reports whether quotes a and b are both fragments of one
// quote of another article in x or y.
func matchFragments(a, b *factClaim, x, y []*factClaim) bool {
	if a.Quote == nil || b.Quote == nil {
		return false
	}
	for _, g := range [2][]*factClaim{x, y} {
		for _, c := range g {
			if c.Span.Doc != a.Span.Doc {
				if vdQuoteAgrees(a.matter, c.matter) && vdQuoteAgrees(b.matter, c.matter) {
					return true
				}
			}
		}
	}
	return false
}

// matchKind returns the kind of c by the value it holds, which is what
// blocking went by, whatever its Kind field says.
func matchKind(c *factClaim) article.Kind {
	switch {
	case c.Quantity != nil:
		return article.QuantityClaim
	case c.Time != nil:
		return article.TimeClaim
	}
	return article.QuoteClaim
}
