package ingest_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

// writeFiles writes files below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runPaths ingests command-line arguments from within dir.
func runPaths(t *testing.T, dir string, opt ingest.Options, args ...string) ([]art, []string) {
	t.Helper()
	t.Chdir(dir)
	var in []ingest.Input
	for _, a := range args {
		in = append(in, ingest.PathInput(a))
	}
	got, probs, err := ingest.Run(context.Background(), in, opt)
	if err != nil {
		t.Fatalf("Run(%q): %v", args, err)
	}
	return arts(got), problems(probs)
}

func TestPathInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a/b.txt": "b", "a/c/d.md": "d", "e.txt": "e"})
	tests := []struct {
		args  []string
		paths []string
	}{
		{[]string{"a"}, []string{"a/b.txt", "a/c/d.md"}},
		{[]string{"./a/"}, []string{"a/b.txt", "a/c/d.md"}},
		{[]string{"a/b.txt"}, []string{"a/b.txt"}},
		{[]string{"."}, []string{"a/b.txt", "a/c/d.md", "e.txt"}},
		{[]string{"a/*"}, []string{"a/b.txt", "a/c/d.md"}},
		{[]string{"*/*.txt", "e.txt"}, []string{"a/b.txt", "e.txt"}},
		{[]string{filepath.Join(dir, "a", "c")}, []string{filepath.ToSlash(filepath.Join(dir, "a", "c", "d.md"))}},
		{[]string{filepath.Join(dir, "*.txt")}, []string{filepath.ToSlash(filepath.Join(dir, "e.txt"))}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			got, probs := runPaths(t, dir, ingest.Options{}, tc.args...)
			var paths []string
			for _, a := range got {
				paths = append(paths, a.Path)
			}
			if !reflect.DeepEqual(paths, tc.paths) || probs != nil {
				t.Errorf("Run(PathInput(%q)) paths %q, problems %q; want %q", tc.args, paths, probs, tc.paths)
			}
		})
	}
	t.Run("parent", func(t *testing.T) {
		got, _ := runPaths(t, filepath.Join(dir, "a", "c"), ingest.Options{}, "../b.txt", "../../*.txt", "..")
		var paths []string
		for _, a := range got {
			paths = append(paths, a.Path)
		}
		want := []string{"../../e.txt", "../b.txt", "../c/d.md"}
		if !reflect.DeepEqual(paths, want) {
			t.Errorf("paths %q, want %q", paths, want)
		}
	})
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their permissions")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "ok", "secret.txt": "s", "locked/x.txt": "x"})
	if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	got, probs := runPaths(t, dir, ingest.Options{}, ".")
	want := []string{"locked: permission denied (skipped)", "secret.txt: permission denied (skipped)"}
	if len(got) != 1 || got[0].Path != "ok.txt" || !reflect.DeepEqual(probs, want) {
		t.Errorf("Run(.) = %v, problems %q; want ok.txt and %q", got, probs, want)
	}
}

func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"d/a.txt": "a", "other/b.txt": "b"})
	links := map[string]string{
		"d/loop":    "..",             // a folder loop: not followed
		"d/self":    "self",           // a link to itself
		"d/b.txt":   "../other/b.txt", // a link to a file: read
		"d/gone.md": "nowhere.md",     // a broken link
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
	}
	got, probs := runPaths(t, dir, ingest.Options{}, "d")
	var paths []string
	for _, a := range got {
		paths = append(paths, a.Path)
	}
	wantPaths := []string{"d/a.txt", "d/b.txt"}
	wantProbs := []string{"d/gone.md: no such file or directory (skipped)", "d/self: too many levels of symbolic links (skipped)"}
	if !reflect.DeepEqual(paths, wantPaths) || !reflect.DeepEqual(probs, wantProbs) {
		t.Errorf("Run(d) paths %q, problems %q; want %q, %q", paths, probs, wantPaths, wantProbs)
	}
}

func TestMaxFileSize(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"big.txt": strings.Repeat("x", 11), "small.txt": "0123456789"})
	opt := ingest.Options{MaxFileSize: 10, Stdin: strings.NewReader(strings.Repeat("y", 11))}
	got, probs := runPaths(t, dir, opt, ".", "-")
	want := []string{"-: file is larger than the limit of 10 bytes (skipped)", "big.txt: file is larger than the limit of 10 bytes (skipped)"}
	if len(got) != 1 || got[0].Path != "small.txt" || !reflect.DeepEqual(probs, want) {
		t.Errorf("Run = %v, problems %q; want small.txt and %q", got, probs, want)
	}
}

func TestOptionsErrors(t *testing.T) {
	for _, opt := range []ingest.Options{{Workers: -1}, {MaxFileSize: -1}} {
		if _, _, err := ingest.Run(context.Background(), nil, opt); err == nil {
			t.Errorf("Run(%+v) = nil error, want one", opt)
		}
	}
	if _, _, err := ingest.Run(context.Background(), []ingest.Input{{Pattern: "."}}, ingest.Options{}); err == nil {
		t.Errorf("Run with no FS = nil error, want one")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ingest.Run(ctx, []ingest.Input{ingest.PathInput(".")}, ingest.Options{}); err == nil {
		t.Errorf("Run with ended context = nil error, want one")
	}
}

// deniedFS is a file system on which opening the names in deny fails
// with a permission error, as it does on disk for a file mode 0, which a
// test running as root cannot otherwise see.
type deniedFS struct {
	fstest.MapFS
	deny map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.deny[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.Open(name)
}

func TestPermissionDenied(t *testing.T) {
	fsys := deniedFS{
		MapFS: fstest.MapFS{"ok.txt": {Data: []byte("ok")}, "secret.txt": {Data: []byte("s")}, "locked/x.txt": {Data: []byte("x")}},
		deny:  map[string]bool{"secret.txt": true, "locked": true},
	}
	// Only Open is promoted through the wrapper's methods that matter:
	// hide MapFS's ReadDir, Stat and ReadFile so that every access opens.
	in := []ingest.Input{{FS: struct{ fs.FS }{fsys}, Pattern: ".", Name: "in"}}
	got, probs, err := ingest.Run(context.Background(), in, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"in/locked: permission denied (skipped)", "in/secret.txt: permission denied (skipped)"}
	if len(got) != 1 || got[0].Path != "in/ok.txt" || !reflect.DeepEqual(problems(probs), want) {
		t.Errorf("Run = %v, problems %q; want in/ok.txt and %q", arts(got), problems(probs), want)
	}
}
