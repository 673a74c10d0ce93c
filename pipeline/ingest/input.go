package ingest

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Input names what to read.
type Input struct {
	// FS is where Pattern is looked up; it is not used for "-".
	FS fs.FS
	// Pattern is a file, a folder (read recursively), a glob in
	// [path.Match] syntax ("**" is not special), "." for all of FS, or "-"
	// for Options.Stdin. A path that exists is never taken as a glob.
	Pattern string
	// Name is how Pattern is shown to users: the path as typed. A file
	// found below a folder is shown as path.Join(Name, rel), rel being its
	// path below the folder; a file matched by a glob as path.Join(prefix,
	// match), prefix being Name less a trailing Pattern. Empty means
	// Pattern.
	Name string
}

// PathInput returns the Input for a command-line argument naming a file,
// folder or glob on the OS file system, relative or absolute; "-" is
// standard input. It does no I/O: a missing file is reported by Run.
//
// The FS is rooted at the longest leading part of arg that holds no glob
// characters, so that "../x/*.txt" and "/abs/dir" work although an
// [fs.FS] path cannot start with ".." or "/".
func PathInput(arg string) Input {
	if arg == "-" {
		return Input{Pattern: "-", Name: "-"}
	}
	clean := filepath.ToSlash(filepath.Clean(arg))
	elems := strings.Split(clean, "/")
	i := 0
	for i < len(elems) && !hasMeta(elems[i]) {
		i++
	}
	if i == len(elems) { // no glob: root at the parent
		i = len(elems) - 1
	}
	root := strings.Join(elems[:i], "/")
	if i > 0 && root == "" { // clean is absolute: elems[0] is ""
		root = "/"
	}
	pattern := strings.Join(elems[i:], "/")
	if root == "" {
		root = "."
	}
	if pattern == ".." || pattern == "" || pattern == "." && root != "." {
		root, pattern = clean, "."
		if root == "" {
			root = "/"
		}
	}
	return Input{FS: os.DirFS(filepath.FromSlash(root)), Pattern: pattern, Name: arg}
}

// hasMeta reports whether a path element holds glob characters.
func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[\`) }

// globPrefix returns the prefix shown before a glob's matches: name less
// a trailing pattern (Name "../x/*.txt", Pattern "*.txt" gives "../x").
func globPrefix(name, pattern string) string {
	name = filepath.ToSlash(name)
	if name == pattern {
		return ""
	}
	if p, ok := strings.CutSuffix(name, "/"+pattern); ok {
		if p == "" {
			return "/"
		}
		return p
	}
	return name
}

// isHidden reports whether a base name is hidden by convention (".git",
// ".DS_Store").
func isHidden(base string) bool { return strings.HasPrefix(base, ".") && base != "." && base != ".." }

// isManifestName reports whether a base name is that of a manifest, which
// is never read as an article when met while walking.
func isManifestName(base string) bool {
	switch strings.ToLower(base) {
	case "manifest.json", "manifest.yaml", "manifest.yml":
		return true
	}
	return false
}

// relPath returns the path of p below root, both paths in one fs.FS.
func relPath(root, p string) string {
	if root == "." {
		return p
	}
	if p == root {
		return "."
	}
	return strings.TrimPrefix(p, root+"/")
}

// A kind is how a file is parsed.
type kind int

const (
	unknownKind kind = iota
	textKind
	markdownKind
	htmlKind
	jsonLinesKind
	jsonKind
)

// kindOf returns the kind of a file by the extension of its name.
func kindOf(name string) kind {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return textKind
	case ".md", ".markdown":
		return markdownKind
	case ".html", ".htm", ".xhtml":
		return htmlKind
	case ".jsonl", ".ndjson":
		return jsonLinesKind
	case ".json":
		return jsonKind
	}
	return unknownKind
}
