package report

import (
	"embed"
	"fmt"
	"io"
	"strings"
	"text/template"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

var mdTemplate = template.Must(template.New("report.md.tmpl").Funcs(template.FuncMap{
	"oneline": oneline,
	"diff":    mdDiff,
	"join":    strings.Join,
	"pct":     pct,
}).ParseFS(templateFS, "templates/report.md.tmpl"))

// Markdown writes a report of r for people: a summary, then the findings
// (contradictions first, each with the conflicting sentences and where
// they stand), the stories with their copies and rewrites, the articles,
// the boilerplate removed and the problems met.
func Markdown(w io.Writer, r *reconcile.Result) error {
	return mdTemplate.Execute(w, newView(Build(r)))
}

// pct formats a confidence in [0, 1] as a percentage.
func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

// oneline folds a text onto one line for a Markdown quote or table cell.
func oneline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// mdDiff renders a word diff with deletions struck out and insertions in
// bold.
func mdDiff(ops []DiffOp) string {
	var b strings.Builder
	for _, op := range ops {
		t := oneline(op.Text)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch op.Op {
		case "delete":
			fmt.Fprintf(&b, "~~%s~~", t)
		case "insert":
			fmt.Fprintf(&b, "**%s**", t)
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}
