package ingest

import (
	"encoding/json"
	"errors"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// A record is one article read from JSON: its fields and the line of the
// file on which its object starts.
type record struct {
	line   int
	meta   Meta
	text   string
	id     bool // the record gave an id
	warns  []warning
	reason skip // why the record is left out, or ""
}

// jsonLine returns the record of ln, line n of a JSON Lines file.
func jsonLine(ln string, n int) record {
	var v any
	if err := json.Unmarshal([]byte(ln), &v); err != nil {
		return record{line: n, reason: skip(jsonMessage(err))}
	}
	return recordOf(v, n)
}

// jsonDoc reads a JSON document: one object, or an array of objects.
// An error ends the document; the records before it are kept.
func jsonDoc(s string) []record {
	start := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	if start < len(s) && s[start] != '[' {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return []record{{line: lineAt(s, jsonOffset(err, len(s))), reason: skip(jsonMessage(err))}}
		}
		return []record{recordOf(v, lineAt(s, start))}
	}
	dec := json.NewDecoder(strings.NewReader(s))
	if _, err := dec.Token(); err != nil { // the '['
		return []record{{line: lineAt(s, jsonOffset(err, len(s))), reason: skip(jsonMessage(err))}}
	}
	var recs []record
	for dec.More() {
		at := skipJSONSpace(s, int(dec.InputOffset()))
		var v any
		if err := dec.Decode(&v); err != nil {
			return append(recs, record{line: lineAt(s, jsonOffset(err, at)), reason: skip(jsonMessage(err))})
		}
		recs = append(recs, recordOf(v, lineAt(s, at)))
	}
	if _, err := dec.Token(); err != nil { // the ']'
		recs = append(recs, record{line: lineAt(s, jsonOffset(err, len(s))), reason: skip(jsonMessage(err))})
	}
	return recs
}

// skipJSONSpace returns the offset of the first byte at or after off that
// is neither white space nor a comma between values.
func skipJSONSpace(s string, off int) int {
	for off < len(s) && strings.IndexByte(" \t\r\n,", s[off]) >= 0 {
		off++
	}
	return off
}

// recordOf returns the record for a decoded JSON value found on line.
func recordOf(v any, line int) record {
	obj, ok := v.(map[string]any)
	if !ok {
		return record{line: line, reason: "not a json object"}
	}
	var fs fieldSet
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		if s, ok := jsonString(obj[k]); ok {
			fs.add(k, value{s: s, line: line})
		}
	}
	r := record{line: line, text: fs.val[textField].s, id: fs.set[idField]}
	r.meta, r.warns = fs.meta()
	if !fs.set[textField] || isBlank(r.text) {
		r.reason = "no article text (want a non-empty text, body, content or article field)"
	}
	return r
}

// jsonString returns a JSON value as a metadata string: a string, a
// number (for ids), or the name of an object ({"@type": "Organization",
// "name": "…"}, as in schema.org).
func jsonString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), true
	case map[string]any:
		s, ok := v["name"].(string)
		return s, ok
	}
	return "", false
}

// jsonOffset returns the offset in the input at which err was found, or
// def when err does not say.
func jsonOffset(err error, def int) int {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return int(se.Offset)
	case errors.As(err, &te):
		return int(te.Offset)
	}
	return def
}

// jsonMessage returns a lower-case message for a JSON decoding error.
func jsonMessage(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "invalid json: unexpected end of input"
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	msg = strings.ReplaceAll(msg, "end of JSON input", "end of input")
	return "invalid json: " + strings.ReplaceAll(msg, "JSON", "json")
}
