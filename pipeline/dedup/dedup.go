package dedup

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"

	"github.com/sourcegraph/conc/pool"
	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Options tunes Run. The zero Options is the documented default; every
// threshold is a similarity in [0, 1] where 0 selects the default.
type Options struct {
	// Workers bounds the goroutines; 0 means runtime.GOMAXPROCS(0), 1 runs
	// sequentially. The output does not depend on it.
	Workers int
	// Logger receives debug logs; nil means zap.NewNop().
	Logger *zap.Logger

	// Hashes is the number of MinHash bins per signature (default 128) and
	// Bands the number of LSH bands they are cut into (default 32, so 4
	// rows a band: a pair of shingle Jaccard 0.5 is a candidate with
	// probability 0.87, one of 0.7 with 0.9998). Bands must divide Hashes.
	Hashes, Bands int
	// ShingleWords is the number of words per shingle (default 5).
	ShingleWords int

	// StoryThreshold is the weighted overlap coefficient of key terms
	// (names and figures, each weighted (1 + ln tf)·ln(1 + N/df)) above
	// which two articles are about the same event. Default 0.25: two
	// events told with the same vocabulary share only generic
	// institutions (about 0.1), while articles about one event, even
	// written independently, share a third or more of their name weight.
	StoryThreshold float64
	// MaxGapDays is how many days apart two articles may be published and
	// still be grouped by shared names alone (default 30, negative for no
	// limit). Copies are grouped whatever their dates.
	MaxGapDays int

	// AlignThreshold is the similarity above which two sentences are
	// aligned as saying the same thing (default 0.55). A sentence pair
	// scores the mean of the Dice coefficient of its content-word stems
	// and strutil's Sørensen–Dice coefficient of its character bigrams.
	// Sentences of one story that merely share its topic score up to
	// about 0.5; a paraphrase of the same statement, even through
	// machine translation, scores 0.55 to 0.85, a quotation 0.9 and up.
	AlignThreshold float64
	// NearDuplicate is the estimated word-shingle Jaccard similarity above
	// which two articles are one text with light edits (default 0.6: one
	// changed word in a 5-shingled text costs at most 5 shingles).
	NearDuplicate float64
	// DerivedCoverage is the share of the shorter article's text that must
	// align, mostly in order, for it to be a rewrite of the other
	// (default 0.5: most of what it says, it says after the other).
	DerivedCoverage float64
}

// Result is what Run found.
type Result struct {
	// Stories partition the input: every article is in exactly one story,
	// possibly alone. They are ordered by their first article ID and named
	// S1, S2, … in that order.
	Stories []article.Story
	// Relations link articles of one story; sorted by (A, B).
	Relations []article.Relation
}

var (
	// ErrBadOptions reports Options out of range.
	ErrBadOptions = errors.New("dedup: bad options")
	// ErrDuplicateID reports two input Docs with one ID.
	ErrDuplicateID = errors.New("dedup: duplicate article ID")
)

const (
	defaultHashes          = 128
	defaultBands           = 32
	defaultShingleWords    = 5
	defaultStoryThreshold  = 0.25
	defaultMaxGapDays      = 30
	defaultAlignThreshold  = 0.55
	defaultNearDuplicate   = 0.6
	defaultDerivedCoverage = 0.5
)

func orDefault[T int | float64](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

func (o *Options) hashes() int             { return orDefault(o.Hashes, defaultHashes) }
func (o *Options) bands() int              { return orDefault(o.Bands, defaultBands) }
func (o *Options) shingleWords() int       { return orDefault(o.ShingleWords, defaultShingleWords) }
func (o *Options) storyThreshold() float64 { return orDefault(o.StoryThreshold, defaultStoryThreshold) }
func (o *Options) maxGapDays() int         { return orDefault(o.MaxGapDays, defaultMaxGapDays) }
func (o *Options) alignThreshold() float64 { return orDefault(o.AlignThreshold, defaultAlignThreshold) }
func (o *Options) nearDuplicate() float64  { return orDefault(o.NearDuplicate, defaultNearDuplicate) }
func (o *Options) derivedCoverage() float64 {
	return orDefault(o.DerivedCoverage, defaultDerivedCoverage)
}

func (o *Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (o *Options) validate() error {
	for _, v := range []float64{o.StoryThreshold, o.AlignThreshold, o.NearDuplicate, o.DerivedCoverage} {
		if v < 0 || v > 1 {
			return fmt.Errorf("%w: threshold %v outside [0, 1]", ErrBadOptions, v)
		}
	}
	if o.Workers < 0 || o.Hashes < 0 || o.Bands < 0 || o.ShingleWords < 0 {
		return fmt.Errorf("%w: negative count", ErrBadOptions)
	}
	if o.hashes()%o.bands() != 0 {
		return fmt.Errorf("%w: %d bands do not divide %d hashes", ErrBadOptions, o.bands(), o.hashes())
	}
	return nil
}

// Run groups docs into stories, finds how the articles of each story are
// related and partitions each story into independent voices.
func Run(ctx context.Context, docs []article.Doc, opt Options) (Result, error) {
	if err := opt.validate(); err != nil {
		return Result{}, err
	}
	log := opt.Logger
	if log == nil {
		log = zap.NewNop()
	}
	if err := checkIDs(docs); err != nil {
		return Result{}, err
	}
	feats, err := allFeatures(ctx, docs, &opt)
	if err != nil {
		return Result{}, err
	}
	groups := groupStories(docs, feats, &opt)
	log.Debug("dedup: stories", zap.Int("articles", len(docs)), zap.Int("stories", len(groups)))
	rels, err := relateAll(ctx, docs, feats, groups, &opt)
	if err != nil {
		return Result{}, err
	}
	res := Result{Stories: stories(docs, groups, rels)}
	n := 0
	for _, r := range rels {
		n += len(r)
	}
	res.Relations = make([]article.Relation, 0, n)
	for i, r := range rels {
		res.Relations = append(res.Relations, r...)
		rels[i] = nil // one copy at a time
	}
	slices.SortFunc(res.Relations, compareRelations)
	log.Debug("dedup: relations", zap.Int("relations", len(res.Relations)))
	return res, nil
}

// relateAll finds the relations within each story of more than one
// article, one story per task.
func relateAll(ctx context.Context, docs []article.Doc, feats []features, groups [][]int, opt *Options) ([][]article.Relation, error) {
	rels := make([][]article.Relation, len(groups))
	p := pool.New().WithContext(ctx).WithMaxGoroutines(opt.workers())
	scratch := newScratchList(opt.workers())
	for i, g := range groups {
		if len(g) < 2 {
			continue
		}
		p.Go(func(ctx context.Context) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			ss := scratch.take()
			defer scratch.give(ss)
			var err error
			rels[i], err = relate(ctx, docs, feats, g, opt, ss)
			return err
		})
	}
	return rels, p.Wait()
}

func checkIDs(docs []article.Doc) error {
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
	}
	slices.Sort(ids)
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			return fmt.Errorf("%w: %q", ErrDuplicateID, ids[i])
		}
	}
	return nil
}

// allFeatures computes the features of every doc, in chunks so that each
// worker reuses its scratch memory. Features depend on the text alone, so
// a text that an earlier doc has (a syndicated copy) takes its features,
// which are never written after.
func allFeatures(ctx context.Context, docs []article.Doc, opt *Options) ([]features, error) {
	feats := make([]features, len(docs))
	first := firstOfText(docs)
	const chunk = 64
	p := pool.New().WithContext(ctx).WithMaxGoroutines(opt.workers())
	scs := make(chan *scratch, opt.workers()) // one for each running task
	for range opt.workers() {
		scs <- opt.newScratch()
	}
	for lo := 0; lo < len(docs); lo += chunk {
		hi := min(lo+chunk, len(docs))
		p.Go(func(ctx context.Context) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			sc := <-scs
			defer func() { scs <- sc }()
			for i := lo; i < hi; i++ {
				if first[i] == i {
					feats[i] = featuresOf(&docs[i], sc)
				}
			}
			return nil
		})
	}
	if err := p.Wait(); err != nil {
		return nil, err
	}
	for i, j := range first {
		feats[i] = feats[j]
	}
	return feats, nil
}

// firstOfText returns, for each doc, the index of the first doc with its
// text.
func firstOfText(docs []article.Doc) []int {
	first := make([]int, len(docs))
	byText := make(map[string]int, len(docs))
	for i := range docs {
		j, ok := byText[docs[i].Text]
		if !ok {
			j = i
			byText[docs[i].Text] = i
		}
		first[i] = j
	}
	return first
}
