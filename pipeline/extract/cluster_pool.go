package extract

import (
	"slices"
	"sync"
)

// entClusterPool holds the tables of finished runs for the next: a run
// of a few documents would otherwise spend as long allocating (and
// collecting) its per-mention tables as clustering with them. Nothing a
// run returns points into them.
var entClusterPool = sync.Pool{New: func() any { return new(entClusters) }}

// release gives c back to entClusterPool, dropping what points into the
// run's documents so that a pooled table does not keep them alive longer
// than it must.
func (c *entClusters) release() {
	c.docs, c.x, c.al = nil, nil, nil
	clear(c.ments)
	clear(c.canon)
	clear(c.sep)
	clear(c.garbles)
	c.ids.reset()
	clear(c.buf.persons)
	c.ar.reset()
	if c.gx != nil {
		c.gx.reset()
	}
	entClusterPool.Put(c)
}

// entResize returns s with length n, reusing its array when it is large
// enough; the elements are not cleared.
func entResize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// entArena holds the context sets of one run's clusters. They are carved
// from a few slices that grow as needed and are reused by the next run,
// rather than allocated one by one: a run makes and drops many, as
// clusters grow.
type entArena struct {
	ctxs  []entCtx // by number less one (see newCtx)
	ints  entSlab[int32]
	heads entSlab[string]
}

func (a *entArena) reset() {
	clear(a.ctxs)
	a.ctxs = a.ctxs[:0]
	a.ints.reset()
	a.heads.reset()
}

// newCtx returns a zero entCtx of the arena and its number, 1 plus its
// index. Contexts are named by number so that the tables that hold them
// (entClusters.ctx) hold no pointers: clearing them and writing to them
// costs no write barriers. A pointer taken before the array grows still
// reads its context, which does not change once made. The array doubles
// when full, where append would grow a large one by a quarter, copying
// more often.
func (a *entArena) newCtx() (*entCtx, int32) {
	if len(a.ctxs) == cap(a.ctxs) {
		a.ctxs = append(make([]entCtx, 0, max(64, 2*cap(a.ctxs))), a.ctxs...)
	}
	a.ctxs = append(a.ctxs, entCtx{})
	return &a.ctxs[len(a.ctxs)-1], int32(len(a.ctxs))
}

// ctx returns the context numbered k, or nil for 0.
func (a *entArena) ctx(k int32) *entCtx {
	if k == 0 {
		return nil
	}
	return &a.ctxs[k-1]
}

// An entSlab hands out slices carved from one growing array.
type entSlab[T any] struct{ buf []T }

func (s *entSlab[T]) reset() {
	clear(s.buf)
	s.buf = s.buf[:0]
}

// reserve returns an empty slice with room for n elements that no other
// slice of the slab uses; commit then takes what was appended to it.
// When the array is full a new one, twice as large, is taken: the slices
// already carved keep the old one.
func (s *entSlab[T]) reserve(n int) []T {
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]T, 0, max(256, 2*cap(s.buf), n))
	}
	l := len(s.buf)
	return s.buf[l:l:min(l+n, cap(s.buf))]
}

// commit marks out, a slice from reserve filled by appends within its
// room, as used and returns it capped so that appends cannot reach the
// next slice.
func (s *entSlab[T]) commit(out []T) []T {
	s.buf = s.buf[:len(s.buf)+len(out)]
	return slices.Clip(out)
}

// carve returns a copy of x in the slab.
func (s *entSlab[T]) carve(x []T) []T {
	return s.commit(append(s.reserve(len(x)), x...))
}
