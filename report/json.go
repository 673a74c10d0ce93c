package report

import (
	"encoding/json"
	"io"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// JSON writes the report of r as indented JSON with schema Schema.
func JSON(w io.Writer, r *reconcile.Result) error {
	return Encode(w, Build(r))
}

// Encode writes rep as indented JSON. Article text is written as is, not
// HTML-escaped: the report is data, not a page.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
