package ingest_test

import (
	"errors"
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

func day(y, m, d int) article.Date { return article.Date{Year: y, Month: time.Month(m), Day: d} }

func days(a, b article.Date) article.DateRange { return article.DateRange{From: a, To: b} }

func TestReadManifest(t *testing.T) {
	tests := []struct {
		name, data string
		want       ingest.Manifest
		err        string
	}{
		{
			name: "m.yaml",
			data: "# comment\n./a/x.txt:\n  source: S\n  published: 2022-02-17\n" +
				"y.md:\n  outlet: O\n  date: 2022-02-02/2022-02-11\n  url: https://u\n  headline: H\n  id: y1\nz.txt:\n",
			want: ingest.Manifest{
				"a/x.txt": {Source: "S", Published: days(day(2022, 2, 17), day(2022, 2, 17))},
				"y.md":    {ID: "y1", Source: "O", URL: "https://u", Title: "H", Published: days(day(2022, 2, 2), day(2022, 2, 11))},
				"z.txt":   {},
			},
		},
		{
			name: "m.json",
			data: "{\n \"a.txt\": {\"source\": \"S\", \"published\": \"2022-01-31\"},\n \"b.txt\": {}\n}\n",
			want: ingest.Manifest{"a.txt": {Source: "S", Published: days(day(2022, 1, 31), day(2022, 1, 31))}, "b.txt": {}},
		},
		{name: "empty.yml", data: "", want: ingest.Manifest{}},
		{name: "keys.yaml", data: "a.txt:\n  source: S\n  sorce: T\n  text: x\n", err: "keys.yaml:3: unknown key \"sorce\" (want id, source, url, title or published) (and 1 more)"},
		{name: "date.yaml", data: "a.txt:\n  published: 2022-02-30\n", err: "date.yaml:2: published: bad date \"2022-02-30\": want a day (2022-01-31), a date-time or a range (from/to)"},
		{name: "range.yaml", data: "a.txt:\n  published: 2022-02-03/2022-02-01\n", err: "range.yaml:2: published: bad date range \"2022-02-03/2022-02-01\": end before start"},
		{name: "list.yaml", data: "- a.txt\n", err: "list.yaml:1: want a mapping from file names to metadata"},
		{name: "entry.yaml", data: "a.txt:\n  source: S\nb.txt: CNN\n", err: "entry.yaml:3: want a mapping of metadata keys"},
		{name: "nested.yaml", data: "a.txt:\n  source:\n    name: S\n", err: "nested.yaml:3: source: want a single value"},
		{name: "syntax.yaml", data: "a.txt:\n  source: S\n  title: [T\n", err: "syntax.yaml:3: invalid yaml: did not find expected ',' or ']'"},
		{name: "dup.yaml", data: "a.txt:\n  source: S\n./a.txt:\n  source: T\n", err: "dup.yaml:3: duplicate entry for \"a.txt\""},
		{name: "syntax.json", data: "{\n \"a.txt\": {\"source\": \"S\"},\n \"b.txt\": {\"source\": S}\n}\n", err: "syntax.json:3: invalid json: invalid character 'S' looking for beginning of value"},
		{name: "type.json", data: "{\n \"a.txt\": {\"source\": 1}\n}\n", err: "type.json:2: source: want a string"},
		{name: "array.json", data: "[]", err: "array.json:1: want an object from file names to metadata"},
		{name: "short.json", data: "{\"a.txt\": {}", err: "short.json:1: invalid json: unexpected end of input"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{tc.name: {Data: []byte(tc.data)}}
			got, err := ingest.ReadManifest(fsys, tc.name)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Errorf("ReadManifest(%q) error = %v, want %s", tc.data, err, tc.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ReadManifest(%q) = %+v, %v; want %+v", tc.data, got, err, tc.want)
			}
		})
	}
}

func TestReadManifestFile(t *testing.T) {
	fsys := fstest.MapFS{"m.toml": {Data: []byte("x")}}
	if _, err := ingest.ReadManifest(fsys, "m.toml"); !errors.Is(err, ingest.ErrManifestFormat) {
		t.Errorf("ReadManifest(m.toml) = %v, want ErrManifestFormat", err)
	}
	if _, err := ingest.ReadManifest(fsys, "none.yaml"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadManifest(none.yaml) = %v, want fs.ErrNotExist", err)
	}
}
