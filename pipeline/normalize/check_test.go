package normalize_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

// checkDoc checks the invariants every Doc must keep, whatever its input
// body: Body is dropped, Text is normalized (idempotent), paragraphs and
// sentences tile it, and every offset maps back into body on the right
// line and column.
func checkDoc(t *testing.T, d *article.Doc, body string) {
	t.Helper()
	if d.Body != "" {
		t.Errorf("%s: Doc keeps its Body (%d bytes), want it dropped", d.ID, len(d.Body))
	}
	if again, _ := normalize.Text(d.Text); again != d.Text {
		t.Errorf("%s: Text is not normalized:\n%q\nnormalizes to\n%q", d.ID, d.Text, again)
	}
	var paras []string
	for _, p := range d.Paragraphs {
		if p.Doc != d.ID || p.Start < 0 || p.End > len(d.Text) || p.Start >= p.End {
			t.Fatalf("%s: paragraph %v outside Text (len %d)", d.ID, p, len(d.Text))
		}
		paras = append(paras, d.Slice(p))
	}
	if got := strings.Join(paras, "\n\n"); got != d.Text {
		t.Errorf("%s: paragraphs joined = %q, want Text %q", d.ID, got, d.Text)
	}
	checkSentences(t, d)
	checkMap(t, body, d.Text, d.Map.Raw)
	for _, s := range d.Sentences {
		checkPos(t, d, body, s.Start)
		checkPos(t, d, body, s.End)
	}
	for _, r := range d.Removed {
		if r.Start < 0 || r.End > len(body) || r.Start >= r.End {
			t.Errorf("%s: removed %q has bad offsets [%d,%d) in Body of %d bytes", d.ID, r.Text, r.Start, r.End, len(body))
			continue
		}
		if want := lineOf(d, body, r.Start); r.Line != want {
			t.Errorf("%s: removed %q on line %d, want %d", d.ID, r.Text, r.Line, want)
		}
	}
}

// checkSentences checks that the sentences lie in order inside the
// paragraphs and cover each one, separated by single spaces.
func checkSentences(t *testing.T, d *article.Doc) {
	t.Helper()
	j := 0
	for _, p := range d.Paragraphs {
		var parts []string
		for ; j < len(d.Sentences) && d.Sentences[j].Start < p.End; j++ {
			s := d.Sentences[j]
			if s.Doc != d.ID || !p.Contains(s) || s.Start >= s.End {
				t.Fatalf("%s: sentence %v not inside paragraph %v", d.ID, s, p)
			}
			parts = append(parts, d.Slice(s))
		}
		if got := strings.Join(parts, " "); got != d.Slice(p) {
			t.Errorf("%s: sentences of paragraph %q join to %q", d.ID, d.Slice(p), got)
		}
	}
	if j != len(d.Sentences) {
		t.Errorf("%s: %d sentences outside every paragraph", d.ID, len(d.Sentences)-j)
	}
}

// checkPos checks that offset off of Text maps to an offset of body
// holding the same character, spaces and line breaks aside (when body is
// plain NFC, so that no character was composed or replaced), and that
// Pos, without body, reports the line and column in code points of that
// offset.
func checkPos(t *testing.T, d *article.Doc, body string, off int) {
	t.Helper()
	raw := d.Map.Raw(off)
	if raw < 0 || raw > len(body) {
		t.Fatalf("%s: Map.Raw(%d) = %d, outside Body", d.ID, off, raw)
	}
	r, _ := utf8.DecodeRuneInString(d.Text[off:])
	if off < len(d.Text) && r != ' ' && r != '\n' && exactInput(body) && !strings.HasPrefix(body[raw:], string(r)) {
		t.Errorf("%s: Text[%d:] = %.20q but Body[%d:] = %.20q", d.ID, off, d.Text[off:], raw, body[raw:])
	}
	want := article.Position{Path: d.Path, Line: lineOf(d, body, raw)}
	if !d.Flat {
		lineStart := strings.LastIndexByte(body[:raw], '\n') + 1
		want.Col = utf8.RuneCountInString(body[lineStart:raw]) + 1
	}
	if got := d.Pos(off); got != want {
		t.Errorf("%s: Pos(%d) = %+v, want %+v (%.30q)", d.ID, off, got, want, d.Text[off:])
	}
}

// lineOf returns the file line of offset raw of body.
func lineOf(d *article.Doc, body string, raw int) int {
	if d.Flat {
		return d.Line
	}
	return d.Line + strings.Count(body[:raw], "\n")
}

// checkKept checks that each line of body, d's input, that was not
// removed is a paragraph of Text, that no removed line is, and that a line
// whose tail was cut keeps its head.
func checkKept(t *testing.T, d *article.Doc, body string) {
	t.Helper()
	removed := map[int]article.Removed{}
	for _, r := range d.Removed {
		removed[r.Line] = r
	}
	paras := map[string]bool{}
	for _, p := range d.Paragraphs {
		paras[d.Slice(p)] = true
	}
	start := 0
	for i, ln := range strings.SplitAfter(body, "\n") {
		norm, _ := normalize.Text(ln)
		r, gone := removed[d.Line+i]
		switch {
		case gone && r.Start > start:
			head, _ := normalize.Text(body[start:r.Start])
			if !paras[head] {
				t.Errorf("%s:%d: head %q of a line whose tail was cut is not in Text", d.Path, d.Line+i, head)
			}
		case gone && paras[norm]:
			t.Errorf("%s:%d: removed line %q is still in Text", d.Path, d.Line+i, norm)
		case !gone && norm != "" && !paras[norm]:
			t.Errorf("%s:%d: line %q was lost from Text", d.Path, d.Line+i, norm)
		}
		start += len(ln)
	}
}

// exactInput reports whether every character Text keeps from s is kept
// as it is: s is valid UTF-8, NFC, and has no combining marks.
func exactInput(s string) bool {
	return utf8.ValidString(s) && norm.NFC.IsNormalString(s) &&
		!strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Mn, r) })
}
