package ingest

import (
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Meta is what is known of an article besides its text. The zero value
// of a field means unknown.
type Meta struct {
	ID, Source, URL, Title string
	Published              article.DateRange
}

// override returns m with every non-empty field of o put in its place.
func (m Meta) override(o Meta) Meta {
	if o.ID != "" {
		m.ID = o.ID
	}
	if o.Source != "" {
		m.Source = o.Source
	}
	if o.URL != "" {
		m.URL = o.URL
	}
	if o.Title != "" {
		m.Title = o.Title
	}
	if !o.Published.IsZero() {
		m.Published = o.Published
	}
	return m
}

// A field is one metadata key, whatever alias names it.
type field int

const (
	noField field = iota
	idField
	sourceField
	urlField
	titleField
	publishedField
	textField
	numFields
)

// aliases lists the keys that name each field, the preferred one first.
// Keys are compared case-insensitively.
var aliases = [numFields][]string{
	idField:        {"id"},
	sourceField:    {"source", "outlet", "publisher", "site"},
	urlField:       {"url", "link", "canonical"},
	titleField:     {"title", "headline"},
	publishedField: {"published", "date", "pubDate", "datePublished"},
	textField:      {"text", "body", "content", "article"},
}

// fieldOf returns the field key names and the rank of key among the
// field's aliases (0 is preferred), or noField.
func fieldOf(key string) (field, int) {
	for f, names := range aliases {
		for rank, name := range names {
			if strings.EqualFold(key, name) {
				return field(f), rank
			}
		}
	}
	return noField, 0
}

// A value is the string given for a key, with the line it was found on.
type value struct {
	key, s string
	line   int
}

// A fieldSet holds the preferred value of each field found in a document.
type fieldSet struct {
	val  [numFields]value
	rank [numFields]int
	set  [numFields]bool
}

// add records v under key unless a preferred alias already gave a value.
// It reports whether key names a field at all.
func (fs *fieldSet) add(key string, v value) bool {
	f, rank := fieldOf(key)
	if f == noField {
		return false
	}
	if !fs.set[f] || rank < fs.rank[f] {
		v.key = key
		fs.val[f], fs.rank[f], fs.set[f] = v, rank, true
	}
	return true
}

// meta returns the metadata in fs, with a warning for each value that
// could not be used.
func (fs *fieldSet) meta() (Meta, []warning) {
	m := Meta{
		ID:     strings.TrimSpace(fs.val[idField].s),
		Source: strings.TrimSpace(fs.val[sourceField].s),
		URL:    strings.TrimSpace(fs.val[urlField].s),
		Title:  strings.TrimSpace(fs.val[titleField].s),
	}
	var warns []warning
	if v := fs.val[publishedField]; fs.set[publishedField] {
		r, err := parsePublished(v.s)
		if err != nil {
			// Keys match in any case; the lower case keeps the message
			// lower-case, as all problems are ("pubDate", "PUBDATE").
			warns = append(warns, warning{v.line, fmt.Sprintf("%s: %v", strings.ToLower(v.key), err)})
		}
		m.Published = r
	}
	return m, warns
}

// A warning is a problem with input that was kept.
type warning struct {
	line int
	msg  string
}

// dateLayouts are the layouts a publication date may be written in, tried
// in order. Layouts with a time give the day in their own zone.
var dateLayouts = []string{
	time.DateOnly,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"2006/01/02",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
}

// parseDate parses one day or date-time in any of dateLayouts.
func parseDate(s string) (article.Date, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return article.DateOf(t), true
		}
	}
	return article.Date{}, false
}

// parsePublished parses a publication date: a day, a date-time, or a
// range "from/to" of either. The empty string is the unknown date.
func parsePublished(s string) (article.DateRange, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return article.DateRange{}, nil
	}
	if d, ok := parseDate(s); ok {
		return article.DateRange{From: d, To: d}, nil
	}
	a, b, isRange := strings.Cut(s, "/")
	from, okA := parseDate(a)
	to, okB := parseDate(b)
	switch {
	case !isRange || !okA || !okB:
		return article.DateRange{}, fmt.Errorf("bad date %q: want a day (2022-01-31), a date-time or a range (from/to)", s)
	case to.Before(from):
		return article.DateRange{}, fmt.Errorf("bad date range %q: end before start", s)
	}
	return article.DateRange{From: from, To: to}, nil
}
