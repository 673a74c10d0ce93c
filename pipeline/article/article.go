package article

// Format is the file format an article was read from.
type Format int

const (
	Text     Format = iota // plain text
	Markdown               // Markdown, with optional YAML front matter
	HTML                   // an HTML page, through an article extractor
	JSON                   // a JSON object or one line of JSON Lines
)

var formatNames = [...]string{Text: "text", Markdown: "markdown", HTML: "html", JSON: "json"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

// An Article is one input text with its metadata, as ingest read it.
type Article struct {
	// ID is stable across runs and machines: derived from the path, and
	// made unique within one run.
	ID string
	// Path names the input, as the user gave it ("-" for standard input,
	// "path.jsonl:12" is not used: see Line).
	Path   string
	Format Format

	Source    string    // outlet, e.g. "The Hill"; "" when unknown
	URL       string    // canonical address; "" when unknown
	Title     string    // headline from metadata; normalize may detect one
	Published DateRange // publication day, or the range it is known to lie in

	// Body is the article text as read: front matter removed, HTML turned
	// into text, a JSON string decoded. Normalize maps every offset of its
	// Text back into Body.
	Body string
	// Line is the 1-based line of Path on which Body starts.
	Line int
	// Flat is true when Body's lines are not lines of Path (text decoded
	// from a JSON string or extracted from HTML): then every offset of Body
	// is reported at Line.
	Flat bool
}

// A Position is a place in an input file, for people and code-review tools.
type Position struct {
	Path string
	Line int // 1-based
	Col  int // 1-based, in Unicode code points; 0 when unknown
}
