package report

import (
	"math"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// Build returns the JSON report of r. Every list is non-nil, so that it
// encodes as [] rather than null.
func Build(r *reconcile.Result) *Report {
	docs := docIndex(r)
	rep := &Report{
		Schema:    Schema,
		Articles:  make([]Article, 0, len(r.Docs)),
		Stories:   make([]Story, 0, len(r.Stories)),
		Relations: make([]Relation, 0, len(r.Relations)),
		Entities:  make([]Entity, 0, len(r.Entities)),
		Claims:    make([]Claim, 0, len(r.Claims)),
		Findings:  make([]Finding, 0, len(r.Findings)),
		Problems:  make([]Problem, 0, len(r.Problems)),
	}
	for i := range r.Docs {
		rep.Articles = append(rep.Articles, buildArticle(&r.Docs[i]))
	}
	for _, s := range r.Stories {
		rep.Stories = append(rep.Stories, buildStory(s))
	}
	for _, rel := range r.Relations {
		rep.Relations = append(rep.Relations, buildRelation(rel))
	}
	for _, e := range r.Entities {
		rep.Entities = append(rep.Entities, buildEntity(e))
	}
	for i := range r.Claims {
		rep.Claims = append(rep.Claims, BuildClaim(&r.Claims[i], docs[r.Claims[i].Span.Doc]))
	}
	for _, f := range r.Findings {
		rep.Findings = append(rep.Findings, buildFinding(f))
	}
	for _, p := range r.Problems {
		rep.Problems = append(rep.Problems, buildProblem(p))
	}
	return rep
}

// docIndex returns the docs of r by ID.
func docIndex(r *reconcile.Result) map[string]*article.Doc {
	docs := make(map[string]*article.Doc, len(r.Docs))
	for i := range r.Docs {
		docs[r.Docs[i].ID] = &r.Docs[i]
	}
	return docs
}

func buildStory(s article.Story) Story {
	return Story{ID: s.ID, Articles: nonNil(s.Articles), Voices: nonNilGroups(s.Voices)}
}

func buildProblem(p *article.Problem) Problem {
	return Problem{Path: p.Path, Line: p.Line, Message: p.Msg, Skipped: p.Skipped}
}

func buildArticle(d *article.Doc) Article {
	a := Article{
		ID: d.ID, Path: d.Path, Format: d.Format.String(), Source: d.Source, URL: d.URL,
		Title: d.Title, Bytes: len(d.Text), Sentences: len(d.Sentences),
		Removed: make([]Removed, 0, len(d.Removed)), Credits: d.Credits,
	}
	switch p := d.Published; {
	case p.Exact():
		s := p.From.String()
		a.Published = &s
	case !p.IsZero():
		a.PublishedRange = &DateRange{From: p.From.String(), To: p.To.String()}
	}
	for _, rm := range d.Removed {
		a.Removed = append(a.Removed, Removed{Line: rm.Line, Text: rm.Text, Reason: rm.Reason.String()})
	}
	return a
}

func buildRelation(rel article.Relation) Relation {
	out := Relation{
		A: rel.A, B: rel.B, Kind: rel.Kind.String(), From: rel.From, Why: rel.Why,
		Similarity: round(rel.Similarity), Passages: make([]Passage, 0, len(rel.Passages)),
	}
	for _, p := range rel.Passages {
		out.Passages = append(out.Passages, Passage{A: loc(p.A), B: loc(p.B), Similarity: round(p.Similarity)})
	}
	return out
}

func buildEntity(e article.Entity) Entity {
	out := Entity{
		ID: e.ID, Name: e.Name, Kind: e.Kind.String(), Aliases: nonNil(e.Aliases), Roles: e.Roles,
		Mentions: make([]Loc, 0, len(e.Mentions)),
	}
	for _, m := range e.Mentions {
		out.Mentions = append(out.Mentions, loc(m))
	}
	return out
}

// BuildClaim returns the JSON form of c. The doc, when not nil, gives the
// sentence text and the claim's line and column in its file.
func BuildClaim(c *article.Claim, d *article.Doc) Claim {
	out := Claim{
		ID: c.ID, Article: c.Span.Doc, Kind: c.Kind.String(),
		Start: c.Span.Start, End: c.Span.End, Text: c.Text,
	}
	if d != nil {
		out.Sentence = d.Slice(c.Sentence)
		pos := d.Pos(c.Span.Start)
		out.Line, out.Col = pos.Line, pos.Col
	}
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		f := &QuantityFields{
			Value: q.Value, Low: q.Low, LowInclusive: q.LowInclusive, HighInclusive: q.HighInclusive,
			Approximate: q.Approximate, Qualifier: q.Qualifier, Unit: q.Unit, Category: q.Category, About: q.About,
		}
		if !math.IsInf(q.High, 1) {
			h := q.High
			f.High = &h
		}
		out.QuantityFields = f
	case c.Time != nil:
		t := c.Time
		out.TimeFields = &TimeFields{
			Timex: t.Timex, Mod: t.Mod, StartDate: dateOrNil(t.Start), EndDate: dateOrNil(t.End),
			Duration: t.Duration, Note: t.Note, Event: t.Event,
		}
	case c.Quote != nil:
		q := c.Quote
		out.QuoteFields = &QuoteFields{Said: q.Said, Speaker: q.Speaker, SpeakerID: q.SpeakerID}
	}
	return out
}

func buildFinding(f reconcile.Finding) Finding {
	out := Finding{
		ID: f.ID, Fingerprint: f.Fingerprint, Kind: f.Kind.String(), Severity: f.Severity.String(),
		Subject: f.Subject, Story: f.Story, Claims: nonNil(f.Claims), Articles: nonNil(f.Articles),
		Voices: nonNilGroups(f.Voices), Confidence: round(f.Confidence), Explanation: f.Explanation,
	}
	for _, op := range f.Diff {
		out.Diff = append(out.Diff, DiffOp{Op: op.Op.String(), Text: op.Text})
	}
	return out
}

func loc(s article.Span) Loc { return Loc{Article: s.Doc, Start: s.Start, End: s.End} }

func dateOrNil(d article.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilGroups(g [][]string) [][]string {
	if g == nil {
		return [][]string{}
	}
	return g
}
