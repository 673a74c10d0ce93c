package report

import (
	"io"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// SARIF 2.1.0, the parts crosscheck writes. Field names follow the spec.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		Name                 string       `json:"name"`
		ShortDescription     sarifMessage `json:"shortDescription"`
		FullDescription      sarifMessage `json:"fullDescription"`
		DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          sarifProperties   `json:"properties"`
	}
	sarifLocation struct {
		ID               int           `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int           `json:"startLine"`
		StartColumn int           `json:"startColumn,omitempty"`
		EndLine     int           `json:"endLine,omitempty"`
		EndColumn   int           `json:"endColumn,omitempty"`
		Snippet     *sarifMessage `json:"snippet,omitempty"`
	}
	sarifProperties struct {
		Finding    string     `json:"finding"`
		Subject    string     `json:"subject"`
		Confidence float64    `json:"confidence"`
		Articles   []string   `json:"articles"`
		Voices     [][]string `json:"voices"`
	}
)

// A rule is one kind of finding, as code-review tools list them.
type rule struct {
	verdict     reconcile.Verdict
	name, short string
	level       string
}

// rules lists a rule per finding kind, in the order of reconcile.Verdict.
var rules = []rule{
	{reconcile.Agreement, "Agreement", "Independent sources agree on this fact.", "note"},
	{reconcile.Contradiction, "Contradiction", "Sources give incompatible values for the same fact at the same time.", "error"},
	{reconcile.Update, "Update", "A later report changes an earlier value; the values are as of different times.", "note"},
	{reconcile.SingleSource, "SingleSource", "Only one independent voice states this fact.", "note"},
}

// fingerprintKey names crosscheck's partial fingerprint; the /v1 is
// bumped if the fingerprint's definition ever changes.
const fingerprintKey = "crosscheckFinding/v1"

// sarifLevels maps severities to SARIF levels.
var sarifLevels = map[reconcile.Severity]string{
	reconcile.Error: "error", reconcile.Warning: "warning", reconcile.Info: "note",
}

// SARIF writes the findings of r as a SARIF 2.1.0 log: one rule per
// finding kind, one result per finding located at its first claim, the
// other claims as related locations, and the finding's fingerprint as a
// partial fingerprint so that code-scanning tools track it across runs.
func SARIF(w io.Writer, r *reconcile.Result) error {
	driver := sarifDriver{Name: "crosscheck", InformationURI: "https://github.com/crosscheck-news/crosscheck"}
	for _, rl := range rules {
		driver.Rules = append(driver.Rules, sarifRule{
			ID: rl.verdict.String(), Name: rl.name,
			ShortDescription:     sarifMessage{rl.short},
			FullDescription:      sarifMessage{rl.short + " Each claim is linked to the sentence it came from."},
			DefaultConfiguration: sarifConfig{rl.level},
		})
	}
	ix := newIndex(r)
	results := make([]sarifResult, 0, len(r.Findings))
	for i := range r.Findings {
		if res, ok := sarifFinding(ix, &r.Findings[i]); ok {
			results = append(results, res)
		}
	}
	return Encode(w, sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{driver}, ColumnKind: "unicodeCodePoints", Results: results}},
	})
}

func sarifFinding(ix *index, f *reconcile.Finding) (sarifResult, bool) {
	locs := ix.locations(f)
	if len(locs) == 0 {
		return sarifResult{}, false
	}
	res := sarifResult{
		RuleID: f.Kind.String(), RuleIndex: int(f.Kind), Level: sarifLevels[f.Severity],
		Message:             sarifMessage{message(f)},
		PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint},
		Properties: sarifProperties{
			Finding: f.ID, Subject: f.Subject, Confidence: round(f.Confidence),
			Articles: nonNil(f.Articles), Voices: nonNilGroups(f.Voices),
		},
	}
	for i, l := range locs {
		sl := sarifLoc(l)
		if i == 0 {
			res.Locations = []sarifLocation{sl}
			continue
		}
		sl.ID = i
		sl.Message = &sarifMessage{l.Claim.Span.Doc + ": " + l.Claim.Text}
		res.RelatedLocations = append(res.RelatedLocations, sl)
	}
	return res, true
}

func sarifLoc(l location) sarifLocation {
	reg := sarifRegion{StartLine: l.Start.Line, StartColumn: l.Start.Col, Snippet: &sarifMessage{l.Claim.Text}}
	if l.Start.Col > 0 && l.End.Col > 0 {
		reg.EndLine, reg.EndColumn = l.End.Line, l.End.Col
	}
	return sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: l.Start.Path},
		Region:           reg,
	}}
}
