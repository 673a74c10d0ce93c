package report

import (
	"fmt"
	"slices"
)

// A view is a Report arranged for people: findings grouped by kind with
// the sentences behind them resolved, shared by the Markdown and HTML
// renderers.
type view struct {
	*Report
	Counts   counts
	Sections []section
	Copies   []copyView
	Skipped  int
}

type counts struct {
	Articles, Stories, CopyGroups, Claims int
	Error, Warning, Info                  int
}

type section struct {
	Title    string
	Kind     string
	Findings []findingView
}

type findingView struct {
	Finding
	Evidence []evidence
}

// evidence is one claim behind a finding, where it stands and in which
// sentence.
type evidence struct {
	Claim    Claim
	Article  Article
	Where    string // path:line
	Sentence string
}

type copyView struct {
	Relation
	FromSource, OtherSource string
}

// sectionOrder is the order of findings in a report: what needs an
// editor's attention first.
var sectionOrder = []struct{ kind, title string }{
	{"contradiction", "Contradictions"},
	{"update", "Updates"},
	{"agreement", "Agreements"},
	{"single_source", "Single-source claims"},
}

func newView(rep *Report) *view {
	v := &view{Report: rep}
	arts := make(map[string]Article, len(rep.Articles))
	for _, a := range rep.Articles {
		arts[a.ID] = a
	}
	claims := make(map[string]Claim, len(rep.Claims))
	for _, c := range rep.Claims {
		claims[c.ID] = c
	}
	v.Counts = counts{Articles: len(rep.Articles), Stories: len(rep.Stories), Claims: len(rep.Claims)}
	for _, s := range rep.Stories {
		for _, voice := range s.Voices {
			if len(voice) > 1 {
				v.Counts.CopyGroups++
			}
		}
	}
	for _, p := range rep.Problems {
		if p.Skipped {
			v.Skipped++
		}
	}
	for _, sec := range sectionOrder {
		s := section{Title: sec.title, Kind: sec.kind}
		for _, f := range rep.Findings {
			if f.Kind == sec.kind {
				s.Findings = append(s.Findings, newFindingView(f, claims, arts))
			}
		}
		v.Sections = append(v.Sections, s)
	}
	for _, f := range rep.Findings {
		switch f.Severity {
		case "error":
			v.Counts.Error++
		case "warning":
			v.Counts.Warning++
		default:
			v.Counts.Info++
		}
	}
	for _, rel := range rep.Relations {
		cv := copyView{Relation: rel, FromSource: arts[rel.From].Source}
		v.Copies = append(v.Copies, cv)
	}
	return v
}

func newFindingView(f Finding, claims map[string]Claim, arts map[string]Article) findingView {
	fv := findingView{Finding: f}
	for _, id := range f.Claims {
		c, ok := claims[id]
		if !ok {
			continue
		}
		a := arts[c.Article]
		fv.Evidence = append(fv.Evidence, evidence{
			Claim: c, Article: a, Where: fmt.Sprintf("%s:%d", a.Path, c.Line), Sentence: c.Sentence,
		})
	}
	// Sentences repeated by several claims of one article are shown once.
	fv.Evidence = slices.CompactFunc(fv.Evidence, func(a, b evidence) bool {
		return a.Article.ID == b.Article.ID && a.Sentence == b.Sentence
	})
	return fv
}
