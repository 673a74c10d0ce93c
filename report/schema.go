package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// Schema names the version of the JSON report. Its top-level keys are
// fixed; later versions only add fields.
const Schema = "crosscheck.report/v1"

// A Report is the JSON report.
type Report struct {
	Schema    string     `json:"schema"`
	Articles  []Article  `json:"articles"`
	Stories   []Story    `json:"stories"`
	Relations []Relation `json:"relations"`
	Entities  []Entity   `json:"entities"`
	Claims    []Claim    `json:"claims"`
	Findings  []Finding  `json:"findings"`
	Problems  []Problem  `json:"problems"`
}

// Article describes one input article.
type Article struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	Format string `json:"format"`
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title"`
	// Published is the publication day, or null when it is unknown or
	// known only as a range (then PublishedRange says which).
	Published      *string    `json:"published"`
	PublishedRange *DateRange `json:"published_range,omitempty"`
	Bytes          int        `json:"bytes"`
	Sentences      int        `json:"sentences"`
	Removed        []Removed  `json:"removed"`
	Credits        []string   `json:"credits,omitempty"`
}

// DateRange is an inclusive range of days.
type DateRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Removed is a line taken out of an article as boilerplate.
type Removed struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Story is a group of articles about one event.
type Story struct {
	ID       string     `json:"id"`
	Articles []string   `json:"articles"`
	Voices   [][]string `json:"voices"`
}

// Relation links two articles of a story.
type Relation struct {
	A          string    `json:"a"`
	B          string    `json:"b"`
	Kind       string    `json:"kind"`
	From       string    `json:"from,omitempty"`
	Why        string    `json:"why,omitempty"`
	Similarity float64   `json:"similarity"`
	Passages   []Passage `json:"passages"`
}

// Passage is a stretch of text aligned between the two articles.
type Passage struct {
	A          Loc     `json:"a"`
	B          Loc     `json:"b"`
	Similarity float64 `json:"similarity"`
}

// Loc is a byte range of an article's normalized text.
type Loc struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Entity is a person, organisation or place with its spellings.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles,omitempty"`
	Mentions []Loc    `json:"mentions"`
}

// Claim is one checkable statement. The fields of its kind are inlined:
// a quantity's interval, a time's TIMEX3 value, a quote's speaker.
type Claim struct {
	ID       string `json:"id"`
	Article  string `json:"article,omitempty"`
	Kind     string `json:"kind"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Line     int    `json:"line,omitempty"`
	Col      int    `json:"col,omitempty"`
	Text     string `json:"text"`
	Sentence string `json:"sentence"`
	*QuantityFields
	*TimeFields
	*QuoteFields
}

// QuantityFields are the values of a quantity claim. High is null when the
// interval has no upper bound.
type QuantityFields struct {
	Value         float64  `json:"value"`
	Low           float64  `json:"low"`
	High          *float64 `json:"high"`
	LowInclusive  bool     `json:"low_inclusive"`
	HighInclusive bool     `json:"high_inclusive"`
	Approximate   bool     `json:"approximate"`
	Qualifier     string   `json:"qualifier"`
	Unit          string   `json:"unit"`
	Category      string   `json:"category"`
	About         string   `json:"about,omitempty"`
}

// TimeFields are the values of a time claim; StartDate and EndDate are
// null when the expression could not be resolved.
type TimeFields struct {
	Timex     string  `json:"timex"`
	Mod       string  `json:"mod,omitempty"`
	StartDate *string `json:"start_date"`
	EndDate   *string `json:"end_date"`
	Duration  bool    `json:"duration"`
	Note      string  `json:"note,omitempty"`
	Event     string  `json:"event,omitempty"`
}

// QuoteFields are the values of a quote claim.
type QuoteFields struct {
	Said      string `json:"said"`
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id,omitempty"`
}

// Finding is a verdict on one fact.
type Finding struct {
	ID          string     `json:"id"`
	Fingerprint string     `json:"fingerprint"`
	Kind        string     `json:"kind"`
	Severity    string     `json:"severity"`
	Subject     string     `json:"subject"`
	Story       string     `json:"story,omitempty"`
	Claims      []string   `json:"claims"`
	Articles    []string   `json:"articles"`
	Voices      [][]string `json:"voices"`
	Confidence  float64    `json:"confidence"`
	Explanation string     `json:"explanation"`
	Diff        []DiffOp   `json:"diff,omitempty"`
}

// DiffOp is one run of a word diff: op is "equal", "delete" or "insert".
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Problem is bad input that did not stop the run.
type Problem struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
	Skipped bool   `json:"skipped"`
}

// Decode reads a JSON report and checks its schema.
func Decode(r io.Reader) (*Report, error) {
	var rep Report
	dec := json.NewDecoder(r)
	if err := dec.Decode(&rep); err != nil {
		return nil, fmt.Errorf("decode report: %w", err)
	}
	if rep.Schema != Schema {
		return nil, fmt.Errorf("decode report: schema %q, want %q", rep.Schema, Schema)
	}
	return &rep, nil
}

// round keeps three decimals, so that scores print the same on every
// machine and small float noise does not show up in diffs.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }
