package dedup

import "sync"

// storyScratch is the memory one story's alignment needs, reused from
// one story to the next: a run allocates for its largest story, not for
// every story. Nothing in it outlives the story it serves.
type storyScratch struct {
	sents   []sentence
	toks    []token
	stems   []uint64 // backing array of the sentences' stems
	index   stemIndex
	scorer  scorer
	seen    []int32
	matches []match
	used    []bool
	keyed   []keyedMatch
	pairs   []pair
	totals  []int
}

var scratchPool = sync.Pool{New: func() any { return new(storyScratch) }}
