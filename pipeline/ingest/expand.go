package ingest

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A file is one file to read.
type file struct {
	fsys    fs.FS
	name    string // path in fsys; "-" for standard input
	display string // path shown to users
	rel     string // path below the folder or glob it was found through
	kind    kind
}

// An expander turns Inputs into the sorted list of files to read.
type expander struct {
	log      *zap.Logger
	files    []file
	problems article.ErrorList
	skipped  int // files met while walking that are not articles
}

// expand returns the files named by in, sorted by their displayed path,
// each once, and the problems met finding them.
func expand(ctx context.Context, in []Input, log *zap.Logger) ([]file, article.ErrorList, error) {
	e := &expander{log: log}
	for _, x := range in {
		if x.Name == "" {
			x.Name = x.Pattern
		}
		n := len(e.files)
		np := len(e.problems)
		if err := e.input(ctx, x); err != nil {
			return nil, nil, err
		}
		if len(e.files) == n && len(e.problems) == np {
			e.problems.Add(x.Name, 0, true, "no files of a known format (.txt, .md, .html, .json, .jsonl)")
		}
	}
	if e.skipped > 0 {
		log.Debug("skipped files of unknown format", zap.Int("files", e.skipped))
	}
	slices.SortStableFunc(e.files, func(a, b file) int { return strings.Compare(a.display, b.display) })
	e.files = slices.CompactFunc(e.files, func(a, b file) bool { return a.display == b.display })
	return e.files, e.problems, nil
}

// input adds the files named by x.
func (e *expander) input(ctx context.Context, x Input) error {
	if x.Pattern == "-" {
		e.files = append(e.files, file{name: "-", display: x.Name, rel: x.Name, kind: explicitKind(x.Name)})
		return nil
	}
	if !fs.ValidPath(x.Pattern) {
		e.problems.Add(x.Name, 0, true, "invalid path %q", x.Pattern)
		return nil
	}
	info, err := fs.Stat(x.FS, x.Pattern)
	switch {
	case err == nil && info.IsDir():
		return e.walk(ctx, x.FS, x.Pattern, x.Name)
	case err == nil:
		e.files = append(e.files, file{x.FS, x.Pattern, x.Name, path.Base(x.Pattern), explicitKind(x.Pattern)})
		return nil
	case errors.Is(err, fs.ErrNotExist) && hasMeta(x.Pattern):
		return e.glob(ctx, x)
	}
	e.problems.Add(x.Name, 0, true, "%s", errorText(err))
	return nil
}

// explicitKind is the kind of a file the user named: by its extension,
// or text when that is unknown.
func explicitKind(name string) kind {
	if k := kindOf(name); k != unknownKind {
		return k
	}
	return textKind
}

// glob adds the files matching x.Pattern, and walks the folders.
func (e *expander) glob(ctx context.Context, x Input) error {
	matches, err := fs.Glob(x.FS, x.Pattern)
	if err != nil {
		e.problems.Add(x.Name, 0, true, "bad pattern: %s", errorText(err))
		return nil
	}
	if len(matches) == 0 {
		e.problems.Add(x.Name, 0, true, "no files match")
		return nil
	}
	prefix := globPrefix(x.Name, x.Pattern)
	for _, m := range matches {
		display := path.Join(prefix, m)
		if isHidden(path.Base(m)) {
			continue
		}
		info, err := fs.Stat(x.FS, m)
		switch {
		case err != nil:
			e.problems.Add(display, 0, true, "%s", errorText(err))
		case info.IsDir():
			if err := e.walk(ctx, x.FS, m, display); err != nil {
				return err
			}
		case info.Mode().IsRegular():
			e.found(x.FS, m, display, m)
		}
	}
	return nil
}

// walk adds the files below root, which is shown as display. Symbolic
// links to folders are not followed, so a walk always ends.
func (e *expander) walk(ctx context.Context, fsys fs.FS, root, display string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		rel := relPath(root, p)
		shown := path.Join(display, rel)
		switch {
		case err != nil:
			e.problems.Add(shown, 0, true, "%s", errorText(err))
			return nil
		case p != root && isHidden(d.Name()):
			e.log.Debug("skipped hidden file", zap.String("path", shown))
			if d.IsDir() {
				return fs.SkipDir
			}
		case d.IsDir():
		case d.Type()&fs.ModeSymlink != 0:
			e.symlink(fsys, p, shown, rel)
		case d.Type().IsRegular():
			e.found(fsys, p, shown, rel)
		}
		return nil
	})
}

// symlink adds the file a symbolic link met while walking points to, if
// it is a regular file.
func (e *expander) symlink(fsys fs.FS, p, shown, rel string) {
	info, err := fs.Stat(fsys, p)
	switch {
	case err != nil:
		e.problems.Add(shown, 0, true, "%s", errorText(err))
	case info.Mode().IsRegular():
		e.found(fsys, p, shown, rel)
	default:
		e.log.Debug("not following symbolic link", zap.String("path", shown))
	}
}

// found adds a file met while walking a folder or matching a glob, unless
// it is a manifest or of an unknown format.
func (e *expander) found(fsys fs.FS, p, shown, rel string) {
	k := kindOf(p)
	if k == unknownKind || isManifestName(path.Base(p)) {
		e.skipped++
		e.log.Debug("skipped file", zap.String("path", shown))
		return
	}
	e.files = append(e.files, file{fsys, p, shown, rel, k})
}

// errorText returns the message of err without the path a *fs.PathError
// adds, since problems carry the path already.
func errorText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return strings.ToLower(err.Error())
}
