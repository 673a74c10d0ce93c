package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	f, err := os.Open("testdata/sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := SARIF(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("SARIF output does not validate: %v\n%s", err, buf.String())
	}
	// The schema accepts an empty log too; check what it cannot.
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != 2 {
		t.Fatalf("got %d results, want 2", len(res))
	}
	r0 := res[0]
	loc := r0.Locations[0].PhysicalLocation
	if r0.RuleID != "contradiction" || r0.Level != "error" || loc.ArtifactLocation.URI != "a.txt" ||
		loc.Region.StartLine != 1 || loc.Region.StartColumn != 16 {
		t.Errorf("first result = %+v at %+v, want a contradiction error at a.txt:1:16", r0, loc)
	}
	if got := r0.RelatedLocations[0].PhysicalLocation.Region.StartLine; got != 4 {
		t.Errorf("related location line = %d, want 4 (b.md's body starts on line 4)", got)
	}
	if r0.PartialFingerprints[fingerprintKey] != "fp-count-fled" {
		t.Errorf("partialFingerprints = %v, want the finding's fingerprint", r0.PartialFingerprints)
	}
}

func TestRDJSONL(t *testing.T) {
	var buf bytes.Buffer
	if err := RDJSONL(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want one diagnostic per finding (2):\n%s", len(lines), buf.String())
	}
	var d rdDiagnostic
	if err := json.Unmarshal([]byte(lines[0]), &d); err != nil {
		t.Fatal(err)
	}
	if d.Severity != "ERROR" || d.Location.Path != "a.txt" || d.Location.Range.Start != (rdPosition{1, 16}) ||
		d.Code.Value != "contradiction" || len(d.RelatedLocations) != 1 {
		t.Errorf("diagnostic = %+v", d)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	var buf bytes.Buffer
	if err := GitHub(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := "::error file=a.txt,line=1,col=16,endLine=1,endColumn=28,title=crosscheck contradiction F1::people: fled the city: Two independent voices give disjoint counts for the same day.%0Adir/b.md:4: 9,000 people"
	if lines[0] != want {
		t.Errorf("first annotation:\n got %s\nwant %s", lines[0], want)
	}
	if !strings.HasPrefix(lines[1], "::notice ") {
		t.Errorf("info finding annotation = %q, want a notice", lines[1])
	}
	if got := ghProperty("a:b,c%"); got != "a%3Ab%2Cc%25" {
		t.Errorf("ghProperty = %q", got)
	}
}

func TestHTMLEscapesArticleText(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if strings.Contains(page, "<script>window.__pwned") || strings.Contains(page, "<img src=x") {
		t.Errorf("article markup reached the page unescaped")
	}
	if !strings.Contains(page, "&lt;script&gt;window.__pwned") {
		t.Errorf("article markup is missing from the page instead of shown escaped")
	}
	if strings.Contains(page, "<b>set</b>") || !strings.Contains(page, "<ins>&lt;b&gt;set&lt;/b&gt;</ins>") {
		t.Errorf("quote diff is not escaped inside <ins>")
	}
	for _, want := range []string{`data-finding="F1"`, `data-findings="F1"`, `class="claim v-contradiction"`, "Skip to content", "bad.jsonl:3"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "src=\"http") {
		t.Errorf("page refers to the network")
	}
}

func TestMarkdownOrder(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	iContra, iSingle, iRemoved := strings.Index(md, "## Contradictions"), strings.Index(md, "## Single-source claims"), strings.Index(md, "## Removed boilerplate")
	if iContra < 0 || iSingle < iContra || iRemoved < iSingle {
		t.Errorf("sections out of order (contradictions %d, single source %d, removed %d):\n%s", iContra, iSingle, iRemoved, md)
	}
	for _, want := range []string{"`a.txt:1`", "`dir/b.md:4`", "> Officials said 9,000 people", "~~ready~~ **<b>set</b>**", "`bad.jsonl:3`: invalid JSON"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	rep, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 2 || rep.Claims[0].QuantityFields == nil || *rep.Claims[0].High != 5000 {
		t.Errorf("decoded report lost data: %+v", rep)
	}
	if _, err := Decode(strings.NewReader(`{"schema": "other/v9"}`)); err == nil {
		t.Errorf("Decode accepted a report of another schema")
	}
}

func TestCompare(t *testing.T) {
	f := func(id, fp, sev string, arts ...string) Finding {
		return Finding{ID: id, Fingerprint: fp, Severity: sev, Kind: "contradiction", Articles: arts, Confidence: 0.5}
	}
	old := &Report{Findings: []Finding{f("F1", "x", "error", "a", "b"), f("F2", "y", "info", "a"), f("F3", "z", "warning", "a")}}
	// New order, new IDs: x is unchanged, y changed its support, z resolved, w new.
	cur := &Report{Findings: []Finding{f("F1", "w", "error", "c"), f("F2", "y", "info", "a", "c"), f("F3", "x", "error", "a", "b")}}
	d := Compare(old, cur)
	if len(d.New) != 1 || d.New[0].Fingerprint != "w" {
		t.Errorf("new = %+v, want w", d.New)
	}
	if len(d.Resolved) != 1 || d.Resolved[0].Fingerprint != "z" {
		t.Errorf("resolved = %+v, want z", d.Resolved)
	}
	if len(d.Changed) != 1 || d.Changed[0].Fingerprint != "y" || strings.Join(d.Changed[0].Fields, ",") != "articles" {
		t.Errorf("changed = %+v, want y with articles changed", d.Changed)
	}
	if d.Unchanged != 1 {
		t.Errorf("unchanged = %d, want 1", d.Unchanged)
	}
	var md bytes.Buffer
	if err := DiffMarkdown(&md, d); err != nil || !strings.Contains(md.String(), "1 new, 1 changed, 1 resolved, 1 unchanged") {
		t.Errorf("DiffMarkdown = %q, %v", md.String(), err)
	}
}

func TestHTMLMarksClaimsAcrossSentences(t *testing.T) {
	r := fixture()
	b := &r.Docs[1]
	// Split b's first paragraph into two sentences; the claim below runs
	// over the boundary.
	cut := strings.Index(b.Text, " <script>")
	p := b.Sentences[0]
	b.Sentences = append([]article.Span{{Doc: "b", Start: p.Start, End: cut}, {Doc: "b", Start: cut + 1, End: p.End}}, b.Sentences[1:]...)
	span := article.Span{Doc: "b", Start: strings.Index(b.Text, "Monday"), End: cut + 9}
	c := article.Claim{ID: "b:q1", Kind: article.QuoteClaim, Span: span, Sentence: b.Sentences[0], Text: b.Text[span.Start:span.End], Quote: &article.Quote{}}
	r.Claims = append(r.Claims, c)
	r.Findings[1].Claims = []string{c.ID}
	var buf bytes.Buffer
	if err := HTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `data-claim="b:q1"`); n != 2 {
		t.Errorf("a claim over two sentences is marked %d times, want once in each", n)
	}
}
