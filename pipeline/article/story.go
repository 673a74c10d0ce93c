package article

// A Story is a group of articles about the same event.
type Story struct {
	ID       string
	Articles []string // article IDs, sorted
	// Voices partitions Articles into independent voices: articles that
	// copy one another (identical, near-duplicate, derived) form one voice,
	// which counts once as a witness.
	Voices [][]string
}

// RelationKind says how two articles of a story are related.
type RelationKind int

const (
	Identical      RelationKind = iota // the same normalized text
	NearDuplicate                      // a syndicated copy with light edits
	Derived                            // a rewrite or paraphrase of the other
	SharesPassages                     // a quote or paragraph in common
)

var relationNames = [...]string{
	Identical: "identical", NearDuplicate: "near_duplicate",
	Derived: "derived", SharesPassages: "shares_passages",
}

func (k RelationKind) String() string {
	if int(k) < len(relationNames) {
		return relationNames[k]
	}
	return "unknown"
}

// Copies reports whether articles so related are one voice.
func (k RelationKind) Copies() bool { return k != SharesPassages }

// A Relation links two articles of one story; A < B.
type Relation struct {
	A, B string
	Kind RelationKind
	// From is the ID of the original (A or B) when the evidence gives a
	// direction, or "".
	From string
	// Why says what gave the direction ("published earlier", "cites The
	// Hill", "contains the other").
	Why        string
	Similarity float64
	Passages   []Passage
}

// A Passage is a stretch of text aligned between two articles.
type Passage struct {
	A, B       Span
	Similarity float64
}
