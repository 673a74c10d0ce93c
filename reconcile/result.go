package reconcile

import (
	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Verdict is what reconcile concluded about one fact.
type Verdict int

const (
	Agreement     Verdict = iota // compatible values from several voices
	Contradiction                // incompatible values for the same moment
	Update                       // values that differ, reported as of different times
	SingleSource                 // one voice only
)

var verdictNames = [...]string{
	Agreement: "agreement", Contradiction: "contradiction",
	Update: "update", SingleSource: "single_source",
}

func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return "unknown"
}

// ParseVerdict returns the Verdict named s.
func ParseVerdict(s string) (Verdict, bool) {
	for i, n := range verdictNames {
		if n == s {
			return Verdict(i), true
		}
	}
	return 0, false
}

// Severity orders findings for CI gates: Info < Warning < Error.
type Severity int

const (
	Info    Severity = iota // agreement, update, single source
	Warning                 // vague against precise, quote drift
	Error                   // contradiction
)

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "unknown"
}

// ParseSeverity returns the Severity named s.
func ParseSeverity(s string) (Severity, bool) {
	for i, n := range severityNames {
		if n == s {
			return Severity(i), true
		}
	}
	return 0, false
}

// A Finding is reconcile's verdict on one fact: the claims that state it,
// from which articles and voices, and why.
type Finding struct {
	// ID is short and readable, unique within a Result ("F3").
	ID string
	// Fingerprint identifies the finding across runs: it depends on the
	// kind, the subject and the normalized values, not on positions or
	// input order.
	Fingerprint string
	Kind        Verdict
	Severity    Severity
	// Subject names the fact: "troops near the Ukrainian border", "date
	// of the phone call", "quote by the State Department spokesperson".
	Subject string
	// Story is the ID of the story the fact belongs to.
	Story    string
	Claims   []string   // claim IDs, in position order
	Articles []string   // every article stating the fact, sorted
	Voices   [][]string // Articles grouped into independent voices
	// Confidence is in [0, 1]; Explanation says in one sentence why.
	Confidence  float64
	Explanation string
	// Diff is a word-level diff between two wordings of a quote (the first
	// claim against the one that differs most), for quote drift.
	Diff []DiffOp
}

// DiffOp is one step of a word diff.
type DiffOp struct {
	Op   DiffKind
	Text string
}

// DiffKind says whether words are common, only in the first, or only in
// the second text.
type DiffKind int

const (
	Equal DiffKind = iota
	Delete
	Insert
)

var diffNames = [...]string{Equal: "equal", Delete: "delete", Insert: "insert"}

func (k DiffKind) String() string {
	if int(k) < len(diffNames) {
		return diffNames[k]
	}
	return "unknown"
}

// Input is what the pipeline's stages produced.
type Input struct {
	Docs      []article.Doc
	Stories   []article.Story
	Relations []article.Relation
	Claims    []article.Claim
	Entities  []article.Entity
	Problems  article.ErrorList
}

// A Result is the reconciled run: everything a report shows.
type Result struct {
	Input
	Findings []Finding
}
