package report

import (
	"encoding/json"
	"io"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// Reviewdog Diagnostic Format, one diagnostic per line (rdjsonl).
type (
	rdDiagnostic struct {
		Message          string      `json:"message"`
		Location         rdLocation  `json:"location"`
		Severity         string      `json:"severity"`
		Source           rdSource    `json:"source"`
		Code             rdCode      `json:"code"`
		RelatedLocations []rdRelated `json:"related_locations,omitempty"`
		OriginalOutput   string      `json:"original_output,omitempty"`
	}
	rdLocation struct {
		Path  string  `json:"path"`
		Range rdRange `json:"range"`
	}
	rdRange struct {
		Start rdPosition  `json:"start"`
		End   *rdPosition `json:"end,omitempty"`
	}
	rdPosition struct {
		Line   int `json:"line"`
		Column int `json:"column,omitempty"`
	}
	rdSource struct {
		Name string `json:"name"`
	}
	rdCode struct {
		Value string `json:"value"`
	}
	rdRelated struct {
		Message  string     `json:"message"`
		Location rdLocation `json:"location"`
	}
)

var rdSeverities = map[reconcile.Severity]string{
	reconcile.Error: "ERROR", reconcile.Warning: "WARNING", reconcile.Info: "INFO",
}

// RDJSONL writes the findings of r in reviewdog's rdjsonl format: one
// diagnostic per line at the finding's first claim, the others as related
// locations, the fingerprint as original output.
func RDJSONL(w io.Writer, r *reconcile.Result) error {
	ix := newIndex(r)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range r.Findings {
		f := &r.Findings[i]
		locs := ix.locations(f)
		if len(locs) == 0 {
			continue
		}
		d := rdDiagnostic{
			Message: message(f), Location: rdLoc(locs[0]), Severity: rdSeverities[f.Severity],
			Source: rdSource{"crosscheck"}, Code: rdCode{f.Kind.String()}, OriginalOutput: f.Fingerprint,
		}
		for _, l := range locs[1:] {
			d.RelatedLocations = append(d.RelatedLocations, rdRelated{Message: l.Claim.Span.Doc + ": " + l.Claim.Text, Location: rdLoc(l)})
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

func rdLoc(l location) rdLocation {
	loc := rdLocation{Path: l.Start.Path, Range: rdRange{Start: rdPosition{l.Start.Line, l.Start.Col}}}
	if l.Start.Col > 0 && l.End.Col > 0 {
		loc.Range.End = &rdPosition{l.End.Line, l.End.Col}
	}
	return loc
}
