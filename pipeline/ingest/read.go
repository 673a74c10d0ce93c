package ingest

import (
	"bytes"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A result is what one file gave: its articles and problems.
type result struct {
	arts     []article.Article
	problems article.ErrorList
}

// readFile reads and parses one file. It never fails: what goes wrong is
// a problem in the result.
func readFile(f file, opt *Options) (r result) {
	if f.kind == jsonLinesKind {
		return readJSONLines(f, opt)
	}
	data, err := load(f, opt)
	if err != nil {
		r.problems.Add(f.display, 0, true, "%s", errorText(err))
		return r
	}
	if f.kind == htmlKind {
		data = decodeHTML(data)
	}
	s, w, why := checkText(data)
	if why != "" {
		r.problems.Add(f.display, 0, true, "%s", why)
		return r
	}
	if w != nil {
		r.problems.Add(f.display, w.line, false, "%s", w.msg)
	}
	r.parse(f, opt, s)
	return r
}

// parse adds the articles of the text s of f, by the kind of f. (JSON
// Lines files are streamed by readJSONLines instead.)
func (r *result) parse(f file, opt *Options, s string) {
	base := baseID(f.display)
	switch f.kind {
	case markdownKind:
		m, off, line, warns := frontMatter(s)
		r.warn(f, warns)
		if isBlank(s[off:]) {
			r.problems.Add(f.display, 0, true, "no article text after the front matter")
			return
		}
		r.add(f, opt, article.Article{ID: base, Format: article.Markdown, Body: s[off:], Line: line}, m)
	case htmlKind:
		m, body, why := extractHTML(s)
		if why != "" {
			r.problems.Add(f.display, 0, true, "%s", why)
			return
		}
		r.add(f, opt, article.Article{ID: base, Format: article.HTML, Body: body, Line: 1, Flat: true}, m)
	case jsonKind:
		r.records(f, opt, jsonDoc(s), true)
	default:
		r.add(f, opt, article.Article{ID: base, Format: article.Text, Body: s, Line: 1}, Meta{})
	}
}

// records adds the articles of JSON records. A record without an id is
// "<base>-<line>", unless it is the one object of a JSON document.
func (r *result) records(f file, opt *Options, recs []record, doc bool) {
	base := baseID(f.display)
	for _, rec := range recs {
		r.warn(f, rec.warns)
		if rec.reason != "" {
			r.problems.Add(f.display, rec.line, true, "%s", rec.reason)
			continue
		}
		id := fmt.Sprintf("%s-%d", base, rec.line)
		if doc && len(recs) == 1 {
			id = base
		}
		a := article.Article{ID: id, Format: article.JSON, Body: rec.text, Line: rec.line, Flat: true}
		r.add(f, opt, a, rec.meta)
	}
}

// add completes a with its path and metadata, the manifest's over m, and
// adds it, unless its body is blank.
func (r *result) add(f file, opt *Options, a article.Article, m Meta) {
	if isBlank(a.Body) {
		r.problems.Add(f.display, a.Line, true, "no article text")
		return
	}
	if o, ok := opt.Manifest.lookup(f.display, f.rel); ok {
		m = m.override(o)
	}
	if m.ID != "" {
		a.ID = sanitizeID(m.ID)
	}
	a.Path = f.display
	a.Source, a.URL, a.Title, a.Published = m.Source, m.URL, m.Title, m.Published
	r.arts = append(r.arts, a)
}

// warn adds warnings about input of f that was kept.
func (r *result) warn(f file, warns []warning) {
	for _, w := range warns {
		r.problems.Add(f.display, w.line, false, "%s", w.msg)
	}
}

// errTooLarge is the problem of a file over Options.MaxFileSize.
type errTooLarge int64

func (e errTooLarge) Error() string {
	return fmt.Sprintf("file is larger than the limit of %d bytes", int64(e))
}

// load reads the bytes of f, or fails for a file over the size limit.
// A file whose size is known is read into a buffer of that size, not
// one grown by doubling.
func load(f file, opt *Options) ([]byte, error) {
	var rd io.Reader
	var buf bytes.Buffer
	if f.name == "-" {
		if opt.Stdin == nil {
			return nil, fmt.Errorf("no standard input")
		}
		rd = opt.Stdin
	} else {
		fh, err := f.fsys.Open(f.name)
		if err != nil {
			return nil, err
		}
		defer fh.Close()
		if info, err := fh.Stat(); err == nil {
			if info.Size() > opt.MaxFileSize {
				return nil, errTooLarge(opt.MaxFileSize)
			}
			buf.Grow(int(info.Size()) + bytes.MinRead) // room to see the end
		}
		rd = fh
	}
	if _, err := buf.ReadFrom(io.LimitReader(rd, opt.MaxFileSize+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > opt.MaxFileSize {
		return nil, errTooLarge(opt.MaxFileSize)
	}
	return buf.Bytes(), nil
}
