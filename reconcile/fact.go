package reconcile

import (
	"cmp"
	"slices"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A factStory is one story made ready for matching: its claims in
// position order and the voice of each of its articles.
type factStory struct {
	id      string
	voices  [][]string     // sorted partition of the story's articles
	voiceOf map[string]int // article ID → index in voices
	idx     []int32        // indexes of the story's claims in the run's
	all     []factClaim    // the story's claims, in input order, once made
	claims  []*factClaim   // pointers into all, in position order
	blocks  [][]*factClaim // claims by block (see matchBlock), by key
}

// A factClaim is a claim with the features that matching compares.
type factClaim struct {
	*article.Claim
	pos   int    // index in the story's claims, in position order
	blk   int    // index in its block, while matching
	block string // see matchBlock; "" for none
	doc   *article.Doc
	voice int

	about   []uint64 // About of a quantity, or Event of a time
	context []uint64 // the sentence's content words, outside the claim
	ents    []string // entities mentioned in the sentence, sorted
	speaker []uint64 // a quote's speaker words
	words   []string // a quote's normalized words, in order
	norm    string   // words joined by spaces
	matter  []string // words less articles (see vdMaterial)
	wordSet []uint64 // a quote's content words

	asOf     article.DateRange // when a quantity was true; zero if unknown
	asOfNote string            // how asOf was found
}

// A fact is a set of claims, of one kind, that state the same thing.
type fact struct {
	kind   article.Kind
	claims []*factClaim // in position order
	// cohesion is the weakest link score that joined the fact, 1 for a
	// fact of one claim; nearMiss is the best score to a claim of another
	// voice left out of it.
	cohesion, nearMiss float64
}

// factIndex holds what every story needs from the Input.
type factIndex struct {
	claims   []article.Claim // the run's
	docs     map[string]*article.Doc
	mentions map[string][]factMention // by doc, sorted by Start
	names    map[string]string        // entity ID → name
	kinds    map[string]article.EntityKind
}

type factMention struct {
	span   article.Span
	entity string
}

func factNewIndex(in *Input) *factIndex {
	x := &factIndex{
		claims:   in.Claims,
		docs:     make(map[string]*article.Doc, len(in.Docs)),
		mentions: make(map[string][]factMention),
		names:    make(map[string]string, len(in.Entities)),
		kinds:    make(map[string]article.EntityKind, len(in.Entities)),
	}
	for i := range in.Docs {
		x.docs[in.Docs[i].ID] = &in.Docs[i]
	}
	for _, e := range in.Entities {
		x.names[e.ID] = e.Name
		x.kinds[e.ID] = e.Kind
		for _, m := range e.Mentions {
			x.mentions[m.Doc] = append(x.mentions[m.Doc], factMention{m, e.ID})
		}
	}
	for _, ms := range x.mentions {
		// All of one doc: by position is by Start, then End.
		slices.SortFunc(ms, func(a, b factMention) int {
			if c := cmp.Compare(a.span.Start, b.span.Start); c != 0 {
				return c
			}
			if c := cmp.Compare(a.span.End, b.span.End); c != 0 {
				return c
			}
			return cmp.Compare(a.entity, b.entity)
		})
	}
	return x
}

// factStories groups the claims of in by story, as indexes into
// in.Claims (factClaims makes them when the story's turn comes). An
// article in no story is a story of its own, named by the article's ID.
// Stories are sorted by ID.
func factStories(in *Input) []*factStory {
	var out []*factStory
	storyOf := make(map[string]*factStory)
	for _, s := range in.Stories {
		fs := &factStory{id: s.ID, voices: factVoices(s), voiceOf: make(map[string]int)}
		for i, v := range fs.voices {
			for _, a := range v {
				fs.voiceOf[a] = i
				storyOf[a] = fs
			}
		}
		out = append(out, fs)
	}
	for i := range in.Claims {
		doc := in.Claims[i].Span.Doc
		fs := storyOf[doc]
		if fs == nil {
			fs = &factStory{id: doc, voices: [][]string{{doc}}, voiceOf: map[string]int{doc: 0}}
			storyOf[doc] = fs
			out = append(out, fs)
		}
		fs.idx = append(fs.idx, int32(i))
	}
	slices.SortFunc(out, func(a, b *factStory) int { return cmp.Compare(a.id, b.id) })
	return out
}

// factClaims makes the claims of fs, from claims, the run's claims, in
// position order. They are made when the story is reconciled, so that only
// the stories being reconciled hold claims with features.
func factClaims(fs *factStory, claims []article.Claim) {
	fs.all = make([]factClaim, len(fs.idx))
	fs.claims = make([]*factClaim, len(fs.idx))
	for i, ci := range fs.idx {
		fs.all[i].Claim = &claims[ci]
		fs.claims[i] = &fs.all[i]
	}
	factSortClaims(fs)
}

// factSortClaims puts the claims of fs in position order and numbers them.
func factSortClaims(fs *factStory) {
	slices.SortFunc(fs.claims, func(a, b *factClaim) int {
		if c := article.ComparePos(a.Span, b.Span); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	for i, c := range fs.claims {
		c.pos = i
		c.voice = fs.voiceOf[c.Span.Doc]
	}
}

// factVoices returns the story's voices, each sorted and the list sorted,
// with every article that no voice holds added as a voice of its own.
func factVoices(s article.Story) [][]string {
	seen := make(map[string]bool)
	var vs [][]string
	for _, v := range s.Voices {
		v = slices.Clone(v)
		slices.Sort(v)
		v = slices.Compact(v)
		var keep []string
		for _, a := range v {
			if !seen[a] {
				seen[a] = true
				keep = append(keep, a)
			}
		}
		if len(keep) > 0 {
			vs = append(vs, keep)
		}
	}
	for _, a := range s.Articles {
		if !seen[a] {
			seen[a] = true
			vs = append(vs, []string{a})
		}
	}
	slices.SortFunc(vs, func(a, b []string) int { return cmp.Compare(a[0], b[0]) })
	return vs
}

// factEntities returns the IDs of the entities mentioned within s.
func factEntities(ms []factMention, s article.Span) []string {
	if s.IsZero() {
		return nil
	}
	i, _ := slices.BinarySearchFunc(ms, s.Start, func(m factMention, off int) int {
		return cmp.Compare(m.span.Start, off)
	})
	var ids []string
	for ; i < len(ms) && ms[i].span.Start < s.End; i++ {
		if s.Contains(ms[i].span) {
			ids = append(ids, ms[i].entity)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// factMostCommon returns the most frequent non-empty string of ss; on a
// tie the longest, as the most telling, then the smallest, so that the
// choice does not depend on order.
func factMostCommon(ss []string) string {
	norm := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = vdSquash(s); s != "" {
			norm = append(norm, s)
		}
	}
	slices.Sort(norm)
	best, bestN := "", 0
	for i := 0; i < len(norm); {
		j := i + 1
		for j < len(norm) && norm[j] == norm[i] {
			j++
		}
		if n := j - i; n > bestN || n == bestN && factLonger(norm[i], best) {
			best, bestN = norm[i], n
		}
		i = j
	}
	return best
}

// factLonger reports whether s sorts before t: longer first, then smaller.
func factLonger(s, t string) bool {
	if len(s) != len(t) {
		return len(s) > len(t)
	}
	return s < t
}
