package ingest_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

var jsonLinesTests = []formatTest{
	{
		name:  "byte order mark, CRLF and a last line without newline",
		files: map[string]string{"f.jsonl": "\ufeff{\"text\": \"one\"}\r\n\r\n{\"text\": \"two\"}"},
		want: []art{
			{ID: "f-1", Path: "f.jsonl", Format: js, Line: 1, Flat: true, Body: "one"},
			{ID: "f-3", Path: "f.jsonl", Format: js, Line: 3, Flat: true, Body: "two"},
		},
	},
	{
		name:     "invalid utf-8 is replaced once per file, with its line and offset",
		files:    map[string]string{"f.jsonl": "{\"text\": \"ok\"}\n{\"text\": \"b\xffd\"}\n{\"text\": \"\xc3\"}\n"},
		want:     []art{{ID: "f-1", Path: "f.jsonl", Format: js, Line: 1, Flat: true, Body: "ok"}, {ID: "f-2", Path: "f.jsonl", Format: js, Line: 2, Flat: true, Body: "b\ufffdd"}, {ID: "f-3", Path: "f.jsonl", Format: js, Line: 3, Flat: true, Body: "\ufffd"}},
		problems: []string{"f.jsonl:2: invalid utf-8 (first bad byte at offset 26); bad bytes replaced with U+FFFD"},
	},
	{
		name:     "offsets count from after a byte order mark",
		files:    map[string]string{"f.jsonl": "\ufeff{\"text\": \"ok\"}\n{\"text\": \"b\xffd\"}\n"},
		want:     []art{{ID: "f-1", Path: "f.jsonl", Format: js, Line: 1, Flat: true, Body: "ok"}, {ID: "f-2", Path: "f.jsonl", Format: js, Line: 2, Flat: true, Body: "b\ufffdd"}},
		problems: []string{"f.jsonl:2: invalid utf-8 (first bad byte at offset 26); bad bytes replaced with U+FFFD"},
	},
	{
		name:  "binary, utf-16 and blank feeds",
		files: map[string]string{"b.jsonl": "{\"text\": \"x\x00\"}\n", "u.jsonl": "\xff\xfe{\x00", "w.jsonl": "\ufeff\n \n\t"},
		problems: []string{
			"b.jsonl: binary file (skipped)",
			"u.jsonl: utf-16 text is not supported; convert the file to utf-8 (skipped)",
			"w.jsonl: empty file (skipped)",
		},
	},
}

func TestJSONLines(t *testing.T) {
	for _, tc := range jsonLinesTests {
		t.Run(tc.name, tc.run)
	}
}

// TestJSONLinesLargerThanTheFileLimit reads a feed many times larger than
// MaxFileSize: the limit applies to each line, and only the one line over
// it is skipped.
func TestJSONLinesLargerThanTheFileLimit(t *testing.T) {
	const limit = 200
	var feed strings.Builder
	var want []string
	for i := 1; i <= 50; i++ {
		text := fmt.Sprintf("Article number %d.", i)
		if i == 30 {
			text = strings.Repeat("long ", 60) // over the limit
		} else {
			want = append(want, text)
		}
		fmt.Fprintf(&feed, "{\"text\": %q}\n", text)
	}
	fsys := fstest.MapFS{"feed.jsonl": {Data: []byte(feed.String())}}
	arts, probs, err := ingest.Run(context.Background(), []ingest.Input{{FS: fsys, Pattern: "feed.jsonl"}}, ingest.Options{MaxFileSize: limit})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Body)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bodies of a %d-byte feed read with a %d-byte limit:\n%q\nwant:\n%q", feed.Len(), limit, got, want)
	}
	wantProbs := []string{fmt.Sprintf("feed.jsonl:30: line is longer than the limit of %d bytes (skipped)", limit)}
	if gotProbs := problems(probs); !reflect.DeepEqual(gotProbs, wantProbs) {
		t.Errorf("problems %q, want %q", gotProbs, wantProbs)
	}
}
