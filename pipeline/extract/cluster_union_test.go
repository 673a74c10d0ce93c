package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// TestEntCtxCache checks that the contexts clustering keeps for its
// roots, as union, joinCtx and unionGroup merge them rather than compute
// them again, are those of the roots' mentions: each known context of a
// root after the attach steps equals ctxOf over its members.
func TestEntCtxCache(t *testing.T) {
	for _, r := range []*clusterRun{seedClusterInput(t), clusterInput(t, 300)} {
		c := newEntClusters(r.docs, r.x, nil)
		c.byKey()
		c.orgSuffixes()
		c.fuzzyFull()
		c.singles()
		known := 0
		for i := range c.refs {
			x := c.ar.ctx(c.ctx[i])
			if x == nil {
				continue
			}
			if c.find(i) != i {
				t.Errorf("%d docs: mention %d keeps a context but is no root", len(r.docs), i)
				continue
			}
			known++
			want := c.ar.ctx(c.ctxOf(c.membersOf(i)))
			if got := entCtxSets(x); !reflect.DeepEqual(got, entCtxSets(want)) {
				t.Errorf("%d docs: context of root %d (%d members) = %v, want %v", len(r.docs), i, c.size[i], got, entCtxSets(want))
			}
		}
		if known == 0 {
			t.Errorf("%d docs: no root keeps a context; the test checks nothing", len(r.docs))
		}
		c.release()
	}
}

// entCtxSets returns the sets of x with empty sets as nil, so that
// contexts compare by content.
func entCtxSets(x *entCtx) [6]any {
	n32 := func(s []int32) []int32 {
		if len(s) == 0 {
			return nil
		}
		return s
	}
	var heads []string
	if len(x.heads) > 0 {
		heads = x.heads
	}
	return [6]any{n32(x.docs), heads, x.verb, n32(x.around), n32(x.own), n32(x.raw)}
}

// TestEntSpansSorted checks that the mentions of every entity are sorted
// by position whether or not entity trusts their order (spansSorted):
// trusted for distinct documents, checked when documents share an ID.
func TestEntSpansSorted(t *testing.T) {
	seeds := seedClusterInput(t)
	twice := &clusterRun{docs: append(slices.Clone(seeds.docs), seeds.docs...), x: append(slices.Clone(seeds.x), seeds.x...)}
	for _, tc := range []struct {
		name string
		r    *clusterRun
		want bool
	}{{"seeds", seeds, true}, {"corpus300", clusterInput(t, 300), true}, {"seeds twice", twice, false}} {
		c := newEntClusters(tc.r.docs, tc.r.x, nil)
		got := c.spansSorted()
		c.release()
		if got != tc.want {
			t.Errorf("%s: spansSorted() = %v, want %v", tc.name, got, tc.want)
		}
		var res Result
		for _, e := range entCluster(tc.r.docs, tc.r.x, nil, &res) {
			if !slices.IsSortedFunc(e.Mentions, article.ComparePos) {
				t.Errorf("%s: mentions of %s not sorted: %v", tc.name, e.ID, e.Mentions)
			}
		}
	}
}
