package ingest

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter splits YAML front matter, a block between "---" lines at
// the top of s, from the body that follows. It returns the metadata it
// gives, the offset and 1-based line at which the body starts, and the
// warnings for front matter it could not use.
//
// Front matter that is not closed is taken to be no front matter: the
// whole of s is the body. Front matter that is not valid YAML, or not a
// mapping, gives no metadata; a bad value drops that value only.
func frontMatter(s string) (m Meta, off, line int, warns []warning) {
	first, rest, ok := cutLine(s)
	if !ok || !isDelim(first, false) {
		return Meta{}, 0, 1, nil
	}
	start := len(s) - len(rest)
	for n, pos := 2, start; pos < len(s); n++ {
		ln, tail, _ := cutLine(s[pos:])
		if isDelim(ln, true) {
			m, warns = parseFrontMatter(s[start:pos])
			return m, len(s) - len(tail), n + 1, warns
		}
		pos = len(s) - len(tail)
	}
	return Meta{}, 0, 1, []warning{{1, "front matter opened on line 1 is not closed by a --- line; read as text"}}
}

// cutLine returns the first line of s without its line ending, and the
// text after it; ok is false when s is empty.
func cutLine(s string) (line, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	line, rest, _ = strings.Cut(s, "\n")
	return strings.TrimSuffix(line, "\r"), rest, true
}

// isDelim reports whether line opens (or, with closing, closes) front
// matter. Trailing blanks are allowed.
func isDelim(line string, closing bool) bool {
	line = strings.TrimRight(line, " \t")
	return line == "---" || closing && line == "..."
}

// parseFrontMatter reads the metadata in the YAML text fm, which starts
// on line 2 of its file. Keys that are not metadata are ignored.
func parseFrontMatter(fm string) (Meta, []warning) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &doc); err != nil {
		n, msg := yamlError(err)
		return Meta{}, []warning{{fileLine(fm, n), "bad front matter, ignored: " + msg}}
	}
	if len(doc.Content) == 0 {
		return Meta{}, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return Meta{}, []warning{{fileLine(fm, top.Line), "bad front matter, ignored: want a mapping of keys to values"}}
	}
	var fs fieldSet
	var warns []warning
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		line := fileLine(fm, k.Line)
		if f, _ := fieldOf(k.Value); f == noField || f == textField {
			continue
		}
		if v.Kind != yaml.ScalarNode {
			warns = append(warns, warning{line, fmt.Sprintf("front matter %s: want a single value, ignored", k.Value)})
			continue
		}
		fs.add(k.Value, value{s: scalar(v), line: line})
	}
	m, w := fs.meta()
	for i := range w {
		w[i].msg = "front matter " + w[i].msg
	}
	return m, append(warns, w...)
}

// scalar returns the text of a scalar node; null is empty.
func scalar(n *yaml.Node) string {
	if n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// fileLine returns the line of the file on which line n of the front
// matter fm, as yaml.v3 counts lines, starts; fm starts on line 2.
// yaml.v3 also ends a line at a lone \r, U+0085, U+2028 and U+2029, where
// the file's lines (and the problems' line numbers) end only at \n, and
// it may report the line after the last: the result is clamped to the
// lines of fm.
func fileLine(fm string, n int) int {
	const first = 2
	i := 0
	for ; n > 1 && i < len(fm); n-- {
		i = yamlLineEnd(fm, i)
	}
	last := first + max(strings.Count(fm, "\n")-1, 0)
	return min(first+strings.Count(fm[:i], "\n"), last)
}

// yamlLineEnd returns the offset after the line break, as yaml.v3 sees
// line breaks, that ends the line of s holding offset i; len(s) if none.
func yamlLineEnd(s string, i int) int {
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n':
			return i + 1
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u0085"):
			return i + len("\u0085")
		case strings.HasPrefix(s[i:], "\u2028"), strings.HasPrefix(s[i:], "\u2029"):
			return i + len("\u2028")
		}
	}
	return len(s)
}
