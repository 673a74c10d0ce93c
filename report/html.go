package report

import (
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

var htmlTemplate = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
	"pct":  pct,
	"join": strings.Join,
}).ParseFS(templateFS, "templates/report.html.tmpl", "templates/report.css.tmpl", "templates/report.js.tmpl"))

// HTML writes a single-file review page of r: per story, its articles side
// by side with every claim highlighted and coloured by verdict; choosing a
// finding brings its sentences into view in every article. Article text is
// untrusted and goes through html/template's escaping only; the page loads
// nothing from the network.
func HTML(w io.Writer, r *reconcile.Result) error {
	return htmlTemplate.Execute(w, newHTMLView(r))
}

type htmlView struct {
	*view
	Stories []htmlStory
}

type htmlStory struct {
	ID        string
	Articles  []htmlArticle
	Relations []Relation
}

type htmlArticle struct {
	Article
	Voice      int // index of the article's voice in its story, from 1
	CopyOf     []string
	Paragraphs [][]htmlSentence
}

// An htmlSentence is a sentence cut into runs at claim boundaries; it
// carries the findings its claims belong to so a click can find it.
type htmlSentence struct {
	Findings string // space-separated finding IDs
	Runs     []htmlRun
}

type htmlRun struct {
	Text     string
	Claim    string // ID of the innermost claim covering the run, or ""
	Findings string
	Verdict  string // CSS class of the most severe verdict over the run
}

func newHTMLView(r *reconcile.Result) *htmlView {
	v := &htmlView{view: newView(Build(r))}
	byClaim := findingsByClaim(r.Findings)
	docs := make(map[string]*article.Doc, len(r.Docs))
	for i := range r.Docs {
		docs[r.Docs[i].ID] = &r.Docs[i]
	}
	claimsOf := make(map[string][]*article.Claim)
	for i := range r.Claims {
		c := &r.Claims[i]
		claimsOf[c.Span.Doc] = append(claimsOf[c.Span.Doc], c)
	}
	arts := make(map[string]Article, len(v.Articles))
	for _, a := range v.Articles {
		arts[a.ID] = a
	}
	for _, s := range r.Stories {
		hs := htmlStory{ID: s.ID}
		for _, rel := range v.Relations {
			if slices.Contains(s.Articles, rel.A) {
				hs.Relations = append(hs.Relations, rel)
			}
		}
		for _, id := range s.Articles {
			d := docs[id]
			if d == nil {
				continue
			}
			ha := htmlArticle{Article: arts[id], Voice: voiceOf(s.Voices, id)}
			ha.CopyOf = copiesOf(id, hs.Relations)
			ha.Paragraphs = paragraphs(d, claimsOf[id], byClaim)
			hs.Articles = append(hs.Articles, ha)
		}
		v.Stories = append(v.Stories, hs)
	}
	return v
}

// findingsByClaim maps claim IDs to the findings that cite them.
func findingsByClaim(fs []reconcile.Finding) map[string][]*reconcile.Finding {
	m := make(map[string][]*reconcile.Finding)
	for i := range fs {
		for _, c := range fs[i].Claims {
			m[c] = append(m[c], &fs[i])
		}
	}
	return m
}

func voiceOf(voices [][]string, id string) int {
	for i, v := range voices {
		if slices.Contains(v, id) {
			return i + 1
		}
	}
	return 0
}

// copiesOf names the originals that article id copies or rewrites.
func copiesOf(id string, rels []Relation) []string {
	var out []string
	for _, r := range rels {
		if r.Kind == "shares_passages" || r.From == "" || r.From == id {
			continue
		}
		if r.A == id || r.B == id {
			out = append(out, r.Kind+" of "+r.From)
		}
	}
	return out
}

// paragraphs cuts d's text into paragraphs of sentences of runs.
func paragraphs(d *article.Doc, claims []*article.Claim, byClaim map[string][]*reconcile.Finding) [][]htmlSentence {
	var out [][]htmlSentence
	si := 0
	for _, p := range d.Paragraphs {
		var para []htmlSentence
		for ; si < len(d.Sentences) && d.Sentences[si].Start < p.End; si++ {
			para = append(para, sentenceRuns(d, d.Sentences[si], claims, byClaim))
		}
		if para == nil {
			para = []htmlSentence{{Runs: []htmlRun{{Text: d.Slice(p)}}}}
		}
		out = append(out, para)
	}
	return out
}

// verdictRank orders verdict classes so that a run covered by several
// claims shows the one an editor must see first.
var verdictRank = map[reconcile.Verdict]int{
	reconcile.Contradiction: 4, reconcile.Update: 3, reconcile.Agreement: 2, reconcile.SingleSource: 1,
}

func sentenceRuns(d *article.Doc, s article.Span, claims []*article.Claim, byClaim map[string][]*reconcile.Finding) htmlSentence {
	// A claim may run over several sentences (a quote of two sentences
	// and its attribution): each sentence shows the part inside it.
	var inside []*article.Claim
	cuts := []int{s.Start, s.End}
	for _, c := range claims {
		if s.Overlaps(c.Span) {
			inside = append(inside, c)
			cuts = append(cuts, max(c.Span.Start, s.Start), min(c.Span.End, s.End))
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var hs htmlSentence
	var sentFindings []string
	for i := 0; i+1 < len(cuts); i++ {
		run := htmlRun{Text: d.Text[cuts[i]:cuts[i+1]]}
		var ids []string
		best, shortest := -1, 0
		for _, c := range inside {
			if c.Span.Start > cuts[i] || c.Span.End < cuts[i+1] {
				continue
			}
			if run.Claim == "" || c.Span.Len() < shortest {
				run.Claim, shortest = c.ID, c.Span.Len()
			}
			for _, f := range byClaim[c.ID] {
				ids = append(ids, f.ID)
				if rank := verdictRank[f.Kind]; rank > best {
					best, run.Verdict = rank, f.Kind.String()
				}
			}
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		run.Findings = strings.Join(ids, " ")
		sentFindings = append(sentFindings, ids...)
		hs.Runs = append(hs.Runs, run)
	}
	slices.Sort(sentFindings)
	hs.Findings = strings.Join(slices.Compact(sentFindings), " ")
	return hs
}
