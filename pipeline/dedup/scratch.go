package dedup

// storyScratch is the memory one story's alignment needs, reused from
// one story to the next: a run allocates for its largest story, not for
// every story. Nothing in it outlives the story it serves.
type storyScratch struct {
	sents    []sentence
	toks     []token
	stems    []uint64 // backing array of the sentences' stems
	keys     map[string]sentKey
	index    stemIndex
	scorer   scorer
	seen     []int32
	docStart []int32
	matches  []match
	used     []bool
	keyed    []keyedMatch
	keyTmp   []keyedMatch // the other buffer of countPairs
	counts   []int32
	pairs    []pair
	totals   []int
	pm, one  []match // the matches of one pair, and those kept
	// for big stories (partner.go)
	allowed []pair      // pairs of articles aligned
	cands   []pair      // pairs of sentences compared
	score   []int32     // by article: its score as a candidate
	touched []int32     // the articles scored
	ranked  []candidate // the candidates of one article

	work work
}

// work counts what a story cost, for tests that bound it.
type work struct {
	scored  int // pairs of sentences scored
	related int // pairs of articles classified
}

// A scratchList lends each of a run's workers a storyScratch; a worker
// that has one can always find it, so take never waits.
type scratchList chan *storyScratch

func newScratchList(workers int) scratchList {
	l := make(scratchList, workers)
	for range workers {
		l <- new(storyScratch)
	}
	return l
}

func (l scratchList) take() *storyScratch   { return <-l }
func (l scratchList) give(ss *storyScratch) { l <- ss }
