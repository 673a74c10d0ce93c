package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// JSON writes the report of r as indented JSON with schema Schema. It is
// the same text as Encode(w, Build(r)), written one record at a time: a
// report of 100,000 articles is never all in memory, neither as a Report
// nor as encoded bytes.
func JSON(w io.Writer, r *reconcile.Result) error {
	docs := docIndex(r)
	s := newStream(w)
	s.raw("{\n  \"schema\": ")
	s.value(Schema, "  ")
	s.array("articles", len(r.Docs), func(i int) any { return buildArticle(&r.Docs[i]) })
	s.array("stories", len(r.Stories), func(i int) any { return buildStory(r.Stories[i]) })
	s.array("relations", len(r.Relations), func(i int) any { return buildRelation(r.Relations[i]) })
	s.array("entities", len(r.Entities), func(i int) any { return buildEntity(r.Entities[i]) })
	s.array("claims", len(r.Claims), func(i int) any {
		c := &r.Claims[i]
		return BuildClaim(c, docs[c.Span.Doc])
	})
	s.array("findings", len(r.Findings), func(i int) any { return buildFinding(r.Findings[i]) })
	s.array("problems", len(r.Problems), func(i int) any { return buildProblem(r.Problems[i]) })
	s.raw("\n}\n")
	return s.flush()
}

// Encode writes rep as indented JSON. Article text is written as is, not
// HTML-escaped: the report is data, not a page.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// A stream writes the fields of one indented JSON object, as Encode
// would, value by value; the first error sticks.
type stream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func newStream(w io.Writer) *stream {
	return &stream{w: bufio.NewWriter(w)}
}

func (s *stream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v indented as if it started at a line with prefix.
func (s *stream) value(v any, prefix string) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if s.err = enc.Encode(v); s.err == nil {
		_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
	}
}

// array writes the field key of n elements, made one at a time by elem.
func (s *stream) array(key string, n int, elem func(i int) any) {
	s.raw(",\n  \"" + key + "\": [")
	if n == 0 {
		s.raw("]")
		return
	}
	for i := range n {
		if i > 0 {
			s.raw(",")
		}
		s.raw("\n    ")
		s.value(elem(i), "    ")
	}
	s.raw("\n  ]")
}

func (s *stream) flush() error {
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}
