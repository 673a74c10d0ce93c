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
	// matchTimeDisjointMin is the score two dates of one event need when
	// they name different days: a contradiction is an error, so it needs
	// firmer evidence that the two dates are of the same event.
	matchTimeDisjointMin = 0.6
	// matchMaxDays is the longest period, in days, taken as the date of
	// an event; "since last fall" or "recent weeks" are not.
	matchMaxDays = 31
	// matchShortQuote is the number of content words below which the
	// wording score of a quote is scaled down: short fragments ("a step")
	// occur in many quotes.
	matchShortQuote = 5
)

// matchBlock returns the block of a claim: only claims of one block are
// compared. It is "" for claims that state no comparable fact: durations,
// times that could not be resolved or span more than matchMaxDays or are
// vague references ("recently"), empty quotes.
func matchBlock(c *factClaim) string {
	switch {
	case c.Quantity != nil:
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

// matchPair is a scored pair of claims of one block.
type matchPair struct {
	a, b  *factClaim
	score float64
}

// matchFacts groups the claims of fs into facts: within each block, pairs
// are joined best score first (single linkage) as long as the score clears
// the kind's threshold and the two groups hold no two claims of one
// article with different values — an article does not contradict itself,
// so two such claims are two facts.
func matchFacts(fs *factStory) []*fact {
	blocks := make(map[string][]*factClaim)
	var keys []string
	for _, c := range fs.claims {
		k := matchBlock(c)
		if k == "" {
			continue
		}
		if _, ok := blocks[k]; !ok {
			keys = append(keys, k)
		}
		blocks[k] = append(blocks[k], c)
	}
	slices.Sort(keys)
	var out []*fact
	for _, k := range keys {
		out = append(out, matchCluster(blocks[k])...)
	}
	return out
}

// matchCluster clusters the claims of one block, in position order.
func matchCluster(cs []*factClaim) []*fact {
	n := len(cs)
	group := make([]int, n) // claim → index of its group in members
	members := make([][]*factClaim, n)
	cohesion := make([]float64, n)
	for i, c := range cs {
		group[i] = i
		members[i] = []*factClaim{c}
		cohesion[i] = 1
	}
	local := make(map[*factClaim]int, n)
	for i, c := range cs {
		local[c] = i
	}
	pairs := matchPairs(cs)
	threshold := matchMin(matchKind(cs[0]))
	for _, p := range pairs {
		if p.score < threshold {
			break
		}
		ga, gb := group[local[p.a]], group[local[p.b]]
		if ga == gb || matchConflict(members[ga], members[gb]) {
			continue
		}
		if p.score < matchTimeDisjointMin && matchDisjointDates(members[ga], members[gb]) {
			continue
		}
		if gb < ga {
			ga, gb = gb, ga
		}
		for _, c := range members[gb] {
			group[local[c]] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
		cohesion[ga] = min(cohesion[ga], cohesion[gb], p.score)
	}
	nearMiss := matchNearMiss(pairs, func(c *factClaim) int { return group[local[c]] })
	var out []*fact
	for g, ms := range members {
		if len(ms) == 0 {
			continue
		}
		slices.SortFunc(ms, func(a, b *factClaim) int { return cmp.Compare(a.pos, b.pos) })
		out = append(out, &fact{kind: matchKind(ms[0]), claims: ms, cohesion: cohesion[g], nearMiss: nearMiss[g]})
	}
	return out
}

// matchNearMiss returns, by group, the best score of a pair joining one
// of its claims to a claim of another group and another voice.
func matchNearMiss(pairs []matchPair, groupOf func(*factClaim) int) map[int]float64 {
	near := make(map[int]float64)
	for _, p := range pairs {
		ga, gb := groupOf(p.a), groupOf(p.b)
		if ga != gb && p.a.voice != p.b.voice {
			near[ga] = max(near[ga], p.score)
			near[gb] = max(near[gb], p.score)
		}
	}
	return near
}

// matchPairs scores every pair of cs and returns them best first; ties are
// broken by position, so the order does not depend on the input's.
func matchPairs(cs []*factClaim) []matchPair {
	var pairs []matchPair
	for i, a := range cs {
		for _, b := range cs[i+1:] {
			if s := matchScore(a, b); s > 0 {
				pairs = append(pairs, matchPair{a, b, s})
			}
		}
	}
	slices.SortFunc(pairs, func(x, y matchPair) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a.pos, y.a.pos); c != 0 {
			return c
		}
		return cmp.Compare(x.b.pos, y.b.pos)
	})
	return pairs
}

// matchConflict reports whether joining groups x and y would put two
// claims of one article with different values into one fact. Two quotes of
// one article may share a fact when both are fragments of one quote of
// another article ("unproductive to negotiate" and "fully committed to
// dialogue", each quoting part of one statement).
func matchConflict(x, y []*factClaim) bool {
	for _, a := range x {
		for _, b := range y {
			if a.Span.Doc == b.Span.Doc && !vdSameValue(a, b) && !matchFragments(a, b, x, y) {
				return true
			}
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
	wa, wb := vdMaterial(a.words), vdMaterial(b.words)
	for _, g := range [2][]*factClaim{x, y} {
		for _, c := range g {
			if c.Span.Doc != a.Span.Doc {
				wc := vdMaterial(c.words)
				if vdQuoteAgrees(wa, wc) && vdQuoteAgrees(wb, wc) {
					return true
				}
			}
		}
	}
	return false
}

// matchDisjointDates reports whether joining groups x and y would put two
// dates of different voices that share no day into one fact.
func matchDisjointDates(x, y []*factClaim) bool {
	for _, a := range x {
		for _, b := range y {
			if a.Time != nil && b.Time != nil && a.voice != b.voice && vdDaysApart(a.Time, b.Time) > 0 {
				return true
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
