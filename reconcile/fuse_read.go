package reconcile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A fuseRow is one claim as read: a source says an item has a value.
type fuseRow struct {
	item, source, raw, asOf string
	line                    int
}

// A fuseTable is the claims read from a table, and what was wrong in it.
type fuseTable struct {
	rows     []fuseRow
	problems article.ErrorList
	name     string
}

// fuseRead reads the table of claims r holds.
func fuseRead(r io.Reader, opt *FuseOptions) (*fuseTable, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("fuse: %w", err)
	}
	cr := fuseCSV(data, opt.Comma)
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: empty input", ErrFuseHeader)
	} else if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFuseHeader, err)
	}
	cols, err := fuseHeader(header, opt)
	if err != nil {
		return nil, err
	}
	t := &fuseTable{name: fuseOr(opt.Name, "-")}
	for {
		rec, err := cr.Read()
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			return t, nil
		case errors.As(err, &pe):
			t.problems.Add(t.name, pe.StartLine, true, "%v", pe.Err)
			continue
		case err != nil:
			return nil, fmt.Errorf("fuse: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			t.problems.Add(t.name, line, true, "row has %d fields, header %d", len(rec), len(header))
			continue
		}
		t.addRecord(rec, line, &cols)
	}
}

// fuseCSV returns a reader of the table in data, whose fields comma
// separates, or, if comma is 0, the one detected in the header.
func fuseCSV(data []byte, comma rune) *csv.Reader {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	if cr.Comma == 0 {
		cr.Comma = fuseDetectComma(data)
	}
	cr.LazyQuotes = cr.Comma == '\t' // TSV has no quoting rules
	cr.FieldsPerRecord = -1
	return cr
}

// addRecord adds the claims of one record.
func (t *fuseTable) addRecord(rec []string, line int, c *fuseColumns) {
	parts := make([]string, len(c.item))
	for i, col := range c.item {
		parts[i] = strings.TrimSpace(rec[col])
	}
	item := strings.Join(parts, "/")
	src := strings.TrimSpace(rec[c.source])
	if slices.Contains(parts, "") || src == "" {
		t.problems.Add(t.name, line, true, "row has no item or no source")
		return
	}
	asOf := ""
	if c.asOf >= 0 {
		asOf = strings.TrimSpace(rec[c.asOf])
	}
	for i, col := range c.value {
		t.rows = append(t.rows, fuseRow{item: item + c.names[i], source: src, raw: rec[col], asOf: asOf, line: line})
	}
}

// fuseDetectComma returns a tab if the first line of data holds more tabs
// than commas, else a comma.
func fuseDetectComma(data []byte) rune {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	if bytes.Count(data, []byte{'\t'}) > bytes.Count(data, []byte{','}) {
		return '\t'
	}
	return ','
}
