package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// DiffSchema names the version of the JSON diff of two reports.
const DiffSchema = "crosscheck.diff/v1"

// A Diff compares the findings of two reports. Findings are matched by
// fingerprint, never by position or ID, so that reordered or renumbered
// findings are not reported as changes.
type Diff struct {
	Schema    string    `json:"schema"`
	New       []Finding `json:"new"`
	Resolved  []Finding `json:"resolved"`
	Changed   []Change  `json:"changed"`
	Unchanged int       `json:"unchanged"`
}

// A Change is a finding present in both reports whose verdict, severity,
// support or confidence moved.
type Change struct {
	Fingerprint string   `json:"fingerprint"`
	Fields      []string `json:"fields"`
	Old         Finding  `json:"old"`
	New         Finding  `json:"new"`
}

// Compare returns what changed from old to new. Findings that share a
// fingerprint are paired in order.
func Compare(old, new *Report) *Diff {
	d := &Diff{Schema: DiffSchema, New: []Finding{}, Resolved: []Finding{}, Changed: []Change{}}
	olds := make(map[string][]Finding)
	for _, f := range old.Findings {
		olds[f.Fingerprint] = append(olds[f.Fingerprint], f)
	}
	for _, f := range new.Findings {
		prev := olds[f.Fingerprint]
		if len(prev) == 0 {
			d.New = append(d.New, f)
			continue
		}
		o := prev[0]
		olds[f.Fingerprint] = prev[1:]
		if fields := changedFields(o, f); len(fields) > 0 {
			d.Changed = append(d.Changed, Change{Fingerprint: f.Fingerprint, Fields: fields, Old: o, New: f})
		} else {
			d.Unchanged++
		}
	}
	for _, f := range old.Findings { // in the old report's order
		if rest := olds[f.Fingerprint]; len(rest) > 0 && rest[0].ID == f.ID {
			d.Resolved = append(d.Resolved, f)
			olds[f.Fingerprint] = rest[1:]
		}
	}
	return d
}

// changedFields names what differs between two matched findings.
func changedFields(a, b Finding) []string {
	var fields []string
	if a.Kind != b.Kind {
		fields = append(fields, "kind")
	}
	if a.Severity != b.Severity {
		fields = append(fields, "severity")
	}
	if !slices.Equal(a.Articles, b.Articles) {
		fields = append(fields, "articles")
	}
	if len(a.Voices) != len(b.Voices) {
		fields = append(fields, "voices")
	}
	if d := a.Confidence - b.Confidence; d > 0.005 || d < -0.005 {
		fields = append(fields, "confidence")
	}
	return fields
}

// DiffJSON writes d as indented JSON.
func DiffJSON(w io.Writer, d *Diff) error { return Encode(w, d) }

// DiffMarkdown writes d for people: new findings first, then the changed
// and the resolved.
func DiffMarkdown(w io.Writer, d *Diff) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# crosscheck diff\n\n%d new, %d changed, %d resolved, %d unchanged findings.\n",
		len(d.New), len(d.Changed), len(d.Resolved), d.Unchanged)
	diffSection(&b, "New findings", d.New)
	if len(d.Changed) > 0 {
		b.WriteString("\n## Changed findings\n\n")
		for _, c := range d.Changed {
			fmt.Fprintf(&b, "- **%s** %s (`%s`): %s\n", c.New.ID, oneline(c.New.Subject), c.Fingerprint, changeSummary(c))
		}
	}
	diffSection(&b, "Resolved findings", d.Resolved)
	_, err := io.WriteString(w, b.String())
	return err
}

func diffSection(b *strings.Builder, title string, fs []Finding) {
	if len(fs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n", title)
	for _, f := range fs {
		fmt.Fprintf(b, "- **%s** *%s %s* %s (`%s`): %s\n", f.ID, f.Severity, f.Kind, oneline(f.Subject), f.Fingerprint, oneline(f.Explanation))
	}
}

func changeSummary(c Change) string {
	var parts []string
	for _, f := range c.Fields {
		switch f {
		case "kind":
			parts = append(parts, c.Old.Kind+" → "+c.New.Kind)
		case "severity":
			parts = append(parts, c.Old.Severity+" → "+c.New.Severity)
		case "articles":
			parts = append(parts, fmt.Sprintf("%d → %d articles", len(c.Old.Articles), len(c.New.Articles)))
		case "voices":
			parts = append(parts, fmt.Sprintf("%d → %d voices", len(c.Old.Voices), len(c.New.Voices)))
		case "confidence":
			parts = append(parts, fmt.Sprintf("confidence %.2f → %.2f", c.Old.Confidence, c.New.Confidence))
		}
	}
	return strings.Join(parts, ", ")
}
