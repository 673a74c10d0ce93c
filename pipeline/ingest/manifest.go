package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A Manifest gives metadata by file name. A key is the path of a file as
// it is shown (the input's Name joined with the path below it), its path
// relative to the folder or glob it was found through, or its base name;
// the most specific key present wins. ReadManifest cleans keys as by
// [path.Clean]; a Manifest built in code must use clean keys.
//
// In YAML:
//
//	000_bb8337fbb9dbc1cf.txt:
//	  source: CNN
//	  published: 2022-02-17
//	004_47c9a843efa68e47.txt:
//	  published: 2022-02-02/2022-02-11
//
// JSON is the same shape: an object of objects. Entry keys are those of
// front matter (see the package documentation); unknown keys are errors,
// so that a misspelt key is not silently ignored.
type Manifest map[string]Meta

// ErrManifestFormat is returned by ReadManifest for a name whose
// extension is not .json, .yaml or .yml.
var ErrManifestFormat = errors.New("manifest: want a .json, .yaml or .yml file")

// ReadManifest reads the manifest name in fsys, as JSON or YAML by its
// extension. Errors in its content are an [article.ErrorList] of problems
// with the file name and line.
func ReadManifest(fsys fs.FS, name string) (Manifest, error) {
	ext := strings.ToLower(path.Ext(name))
	if ext != ".json" && ext != ".yaml" && ext != ".yml" {
		return nil, fmt.Errorf("%s: %w", name, ErrManifestFormat)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	data = bytes.TrimPrefix(data, bom)
	var entries []manifestEntry
	if ext == ".json" {
		entries, err = jsonManifest(data)
	} else {
		entries, err = yamlManifest(data)
	}
	if err != nil {
		var p *article.Problem
		if errors.As(err, &p) {
			p.Path = name
		}
		return nil, article.ErrorList{p}
	}
	return buildManifest(name, entries)
}

// A manifestEntry is one file's metadata as written, before checking.
type manifestEntry struct {
	name   string
	line   int
	fields []value
}

// buildManifest checks entries and turns them into a Manifest.
func buildManifest(name string, entries []manifestEntry) (Manifest, error) {
	m := make(Manifest, len(entries))
	var errs article.ErrorList
	for _, e := range entries {
		key := manifestKey(e.name)
		if _, dup := m[key]; dup {
			errs.Add(name, e.line, true, "duplicate entry for %q", key)
			continue
		}
		var fs fieldSet
		for _, v := range e.fields {
			if f, _ := fieldOf(v.key); f == textField || !fs.add(v.key, v) {
				errs.Add(name, v.line, true, "unknown key %q (want id, source, url, title or published)", v.key)
			}
		}
		meta, warns := fs.meta()
		for _, w := range warns {
			errs.Add(name, w.line, true, "%s", w.msg)
		}
		m[key] = meta
	}
	errs.Sort()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return m, nil
}

// manifestKey cleans a file name given as a manifest key.
func manifestKey(name string) string {
	return path.Clean(filepath.ToSlash(strings.TrimSpace(name)))
}

// lookup returns the entry for the file shown as display, found as rel
// below its input: the most specific key wins.
func (m Manifest) lookup(display, rel string) (Meta, bool) {
	for _, k := range [...]string{display, rel, path.Base(display)} {
		if meta, ok := m[manifestKey(k)]; ok {
			return meta, true
		}
	}
	return Meta{}, false
}

// yamlManifest reads the entries of a YAML manifest.
func yamlManifest(data []byte) ([]manifestEntry, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlError(err)
		return nil, &article.Problem{Line: line, Msg: msg, Skipped: true}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, &article.Problem{Line: top.Line, Msg: "want a mapping from file names to metadata", Skipped: true}
	}
	var entries []manifestEntry
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		fields, err := yamlFields(v)
		if err != nil {
			return nil, err
		}
		entries = append(entries, manifestEntry{name: k.Value, line: k.Line, fields: fields})
	}
	return entries, nil
}

// yamlFields returns the key-value pairs of a YAML mapping of scalars.
// A null node is an empty mapping.
func yamlFields(n *yaml.Node) ([]value, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, &article.Problem{Line: n.Line, Msg: "want a mapping of metadata keys", Skipped: true}
	}
	var fields []value
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return nil, &article.Problem{Line: v.Line, Msg: fmt.Sprintf("%s: want a single value", k.Value), Skipped: true}
		}
		s := v.Value
		if v.Tag == "!!null" {
			s = ""
		}
		fields = append(fields, value{key: k.Value, s: s, line: k.Line})
	}
	return fields, nil
}

// yamlError splits a yaml.v3 error message into its 1-based line and
// text. yaml.v3 reports scanner errors at their 1-based line, but parser
// errors at the 0-based line of the construct they were found in, and no
// line at all for 0; parser errors are told apart by their message.
func yamlError(err error) (line int, msg string) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		for len(rest) > 0 && '0' <= rest[0] && rest[0] <= '9' {
			line = line*10 + int(rest[0]-'0')
			rest = rest[1:]
		}
		msg = strings.TrimPrefix(rest, ": ")
	}
	if isYAMLParserError(msg) {
		line++
	}
	return max(line, 1), "invalid yaml: " + msg
}

// yamlParserErrors are the messages of yaml.v3's parser errors, as
// opposed to its scanner errors.
var yamlParserErrors = []string{
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected key",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %",
	"found incompatible YAML document",
}

// isYAMLParserError reports whether msg is that of a yaml.v3 parser error.
func isYAMLParserError(msg string) bool {
	for _, p := range yamlParserErrors {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// jsonManifest reads the entries of a JSON manifest.
func jsonManifest(data []byte) ([]manifestEntry, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	fail := func(err error) error {
		return &article.Problem{Line: lineAt(data, jsonOffset(err, int(dec.InputOffset()))), Msg: jsonMessage(err), Skipped: true}
	}
	if tok, err := dec.Token(); err != nil {
		return nil, fail(err)
	} else if tok != json.Delim('{') {
		return nil, &article.Problem{Line: 1, Msg: "want an object from file names to metadata", Skipped: true}
	}
	var entries []manifestEntry
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fail(err)
		}
		line := lineAt(data, int(dec.InputOffset()))
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			return nil, fail(err)
		}
		e := manifestEntry{name: tok.(string), line: line}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			s, ok := obj[k].(string)
			if !ok && obj[k] != nil {
				return nil, &article.Problem{Line: line, Msg: fmt.Sprintf("%s: want a string", k), Skipped: true}
			}
			e.fields = append(e.fields, value{key: k, s: s, line: line})
		}
		entries = append(entries, e)
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail(err)
	}
	return entries, nil
}
