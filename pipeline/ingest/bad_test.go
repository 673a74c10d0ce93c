package ingest_test

import "testing"

var badTests = []formatTest{
	{
		name:     "missing path",
		files:    map[string]string{"a.txt": "x"},
		patterns: []string{"a.txt", "nope.txt", "nope/*.txt", "*.md", "[", "../up"},
		want:     []art{{ID: "a", Path: "a.txt", Format: txt, Line: 1, Body: "x"}},
		problems: []string{
			"*.md: no files match (skipped)",
			"../up: invalid path \"../up\" (skipped)",
			"[: bad pattern: syntax error in pattern (skipped)",
			"nope.txt: no such file or directory (skipped)",
			"nope/*.txt: no files match (skipped)",
		},
	},
	{
		name:     "folder without articles",
		files:    map[string]string{"d/a.doc": "x"},
		problems: []string{".: no files of a known format (.txt, .md, .html, .json, .jsonl) (skipped)"},
	},
	{
		name:     "invalid utf-8 is replaced and kept",
		files:    map[string]string{"a.txt": "fine\nbad \xff\xfe here\nand \xc3 here\n"},
		want:     []art{{ID: "a", Path: "a.txt", Format: txt, Line: 1, Body: "fine\nbad \ufffd here\nand \ufffd here\n"}},
		problems: []string{"a.txt:2: invalid utf-8 (first bad byte at offset 9); bad bytes replaced with U+FFFD"},
	},
	{
		name:  "binary files",
		files: map[string]string{"nul.txt": "text\x00more", "ctl.txt": "\x01\x02\x03\x04abcdefgh", "png.md": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "u16.txt": "\xff\xfeh\x00i\x00"},
		problems: []string{
			"ctl.txt: binary file (skipped)",
			"nul.txt: binary file (skipped)",
			"png.md: binary file (skipped)",
			"u16.txt: utf-16 text is not supported; convert the file to utf-8 (skipped)",
		},
	},
	{
		name:  "empty files",
		files: map[string]string{"e.txt": "", "w.txt": " \n\t\r\n", "b.md": "\ufeff\n", "fm.md": "---\ntitle: T\n---\n\n", "e.html": "<html><head><title>T</title><script>var a = 1;</script></head><body>\n</body></html>"},
		problems: []string{
			"b.md: empty file (skipped)",
			"e.html: no article text found in the page (skipped)",
			"e.txt: empty file (skipped)",
			"fm.md: no article text after the front matter (skipped)",
			"w.txt: empty file (skipped)",
		},
	},
	{
		name: "malformed front matter keeps the body",
		files: map[string]string{
			"bad.md":   "---\ntitle: ok\nsource: [unclosed\n---\nBody.\n",
			"list.md":  "---\n- a\n- b\n---\nBody.\n",
			"open.md":  "---\ntitle: T\nBody.\n",
			"value.md": "---\ntitle: T\nsource:\n  - a\ndate: someday\n---\nBody.\n",
			"tab.md":   "---\ntitle: T\n\tsource: x\n---\nBody.\n",
		},
		want: []art{
			{ID: "bad", Path: "bad.md", Format: md, Line: 5, Body: "Body.\n"},
			{ID: "list", Path: "list.md", Format: md, Line: 5, Body: "Body.\n"},
			{ID: "open", Path: "open.md", Format: md, Line: 1, Body: "---\ntitle: T\nBody.\n"},
			{ID: "tab", Path: "tab.md", Format: md, Line: 5, Body: "Body.\n"},
			{ID: "value", Path: "value.md", Format: md, Line: 7, Title: "T", Body: "Body.\n"},
		},
		problems: []string{
			"bad.md:3: bad front matter, ignored: invalid yaml: did not find expected ',' or ']'",
			"list.md:2: bad front matter, ignored: want a mapping of keys to values",
			"open.md:1: front matter opened on line 1 is not closed by a --- line; read as text",
			"tab.md:3: bad front matter, ignored: invalid yaml: found a tab character that violates indentation",
			"value.md:3: front matter source: want a single value, ignored",
			"value.md:5: front matter date: bad date \"someday\": want a day (2022-01-31), a date-time or a range (from/to)",
		},
	},
	{
		// yaml.v3 also ends lines at a lone \r and U+2028; the problems
		// count lines at \n only, and never past the front matter.
		name: "front matter lines as the file counts them",
		files: map[string]string{
			"cr.md":   "---\n\"00\r0\n---",
			"date.md": "---\ntitle: a\r  b\ndate: someday\n---\nBody.\n",
			"ls.md":   "---\ntitle: a\u2028  b\ndate: someday\n---\nBody.\n",
		},
		want: []art{
			{ID: "date", Path: "date.md", Format: md, Line: 5, Title: "a b", Body: "Body.\n"},
			{ID: "ls", Path: "ls.md", Format: md, Line: 5, Title: "a\u2028b", Body: "Body.\n"},
		},
		problems: []string{
			"cr.md: no article text after the front matter (skipped)",
			"cr.md:2: bad front matter, ignored: invalid yaml: found unexpected end of stream",
			"date.md:3: front matter date: bad date \"someday\": want a day (2022-01-31), a date-time or a range (from/to)",
			"ls.md:3: front matter date: bad date \"someday\": want a day (2022-01-31), a date-time or a range (from/to)",
		},
	},
	{
		name: "broken json lines are skipped alone",
		files: map[string]string{"a.jsonl": `{"text": "one"}` + "\n" + `{"text": "two"` + "\n" + `["text"]` + "\n" +
			`{"title": "no text"}` + "\n" + `{"text": "  "}` + "\n" + `{"text": "six", "date": "2024-13-01"}` + "\n"},
		want: []art{
			{ID: "a-1", Path: "a.jsonl", Format: js, Line: 1, Flat: true, Body: "one"},
			{ID: "a-6", Path: "a.jsonl", Format: js, Line: 6, Flat: true, Body: "six"},
		},
		problems: []string{
			"a.jsonl:2: invalid json: unexpected end of input (skipped)",
			"a.jsonl:3: not a json object (skipped)",
			"a.jsonl:4: no article text (want a non-empty text, body, content or article field) (skipped)",
			"a.jsonl:5: no article text (want a non-empty text, body, content or article field) (skipped)",
			"a.jsonl:6: date: bad date \"2024-13-01\": want a day (2022-01-31), a date-time or a range (from/to)",
		},
	},
	{
		name: "broken json documents",
		files: map[string]string{
			"obj.json":    "{\n\"text\": \"x\",\n\"title\": }\n",
			"arr.json":    "[\n{\"text\": \"kept\"},\n{\"text\": oops}\n]",
			"str.json":    "\"just a string\"",
			"notext.json": "{\"title\": \"T\"}",
		},
		want: []art{{ID: "arr-2", Path: "arr.json", Format: js, Line: 2, Flat: true, Body: "kept"}},
		problems: []string{
			"arr.json:3: invalid json: invalid character 'o' looking for beginning of value (skipped)",
			"notext.json:1: no article text (want a non-empty text, body, content or article field) (skipped)",
			"obj.json:3: invalid json: invalid character '}' looking for beginning of value (skipped)",
			"str.json:1: not a json object (skipped)",
		},
	},
}

func TestBadInput(t *testing.T) {
	for _, tc := range badTests {
		t.Run(tc.name, tc.run)
	}
}
