package report

import (
	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// A location is where a claim stands in its input file, for code-review
// tools that speak in files, lines and columns.
type location struct {
	Claim      *article.Claim
	Start, End article.Position
}

// index looks up docs and claims of a Result by ID.
type index struct {
	docs   map[string]*article.Doc
	claims map[string]*article.Claim
}

func newIndex(r *reconcile.Result) *index {
	ix := &index{
		docs:   make(map[string]*article.Doc, len(r.Docs)),
		claims: make(map[string]*article.Claim, len(r.Claims)),
	}
	for i := range r.Docs {
		ix.docs[r.Docs[i].ID] = &r.Docs[i]
	}
	for i := range r.Claims {
		ix.claims[r.Claims[i].ID] = &r.Claims[i]
	}
	return ix
}

// locations returns where the claims of f stand, in the finding's order.
func (ix *index) locations(f *reconcile.Finding) []location {
	var locs []location
	for _, id := range f.Claims {
		c := ix.claims[id]
		if c == nil {
			continue
		}
		d := ix.docs[c.Span.Doc]
		if d == nil {
			continue
		}
		locs = append(locs, location{Claim: c, Start: d.Pos(c.Span.Start), End: d.Pos(c.Span.End)})
	}
	return locs
}

// message is the one-line text of a finding for review tools.
func message(f *reconcile.Finding) string {
	return f.Subject + ": " + f.Explanation
}
