package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/reconcile"
	"github.com/crosscheck-news/crosscheck/report"
)

// renderers maps --format names to report renderers.
var renderers = map[string]func(io.Writer, *reconcile.Result) error{
	"json":    report.JSON,
	"md":      report.Markdown,
	"html":    report.HTML,
	"sarif":   report.SARIF,
	"rdjsonl": report.RDJSONL,
	"github":  report.GitHub,
}

func formatNames() string {
	names := make([]string, 0, len(renderers))
	for n := range renderers {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// A target is one report to write: a format and where it goes ("" is
// standard output).
type target struct {
	format, path string
}

// targets pairs the --format and --out flags. --out takes FORMAT=PATH, or
// a bare PATH when exactly one format is asked for; a format named only in
// --out is asked for too; formats without a path go to standard output,
// of which there is one. With neither flag, Markdown goes to stdout.
func targets(formats, outs []string) ([]target, error) {
	var ts []target
	seen := map[string]bool{}
	add := func(format, path string) error {
		if _, ok := renderers[format]; !ok {
			return fmt.Errorf("unknown format %q: want one of %s", format, formatNames())
		}
		if seen[format] {
			return fmt.Errorf("format %s asked for twice", format)
		}
		seen[format] = true
		ts = append(ts, target{format, path})
		return nil
	}
	var bare []string
	for _, o := range outs {
		if f, p, ok := strings.Cut(o, "="); ok && renderers[f] != nil {
			if p == "" {
				return nil, fmt.Errorf("--out %s: no path", o)
			}
			if err := add(f, p); err != nil {
				return nil, err
			}
			continue
		}
		bare = append(bare, o)
	}
	var pending []string
	for _, f := range formats {
		if !seen[f] {
			pending = append(pending, f)
		}
	}
	if len(formats) == 0 && len(ts) == 0 {
		pending = []string{"md"}
	}
	switch {
	case len(bare) > 1, len(bare) == 1 && len(pending) != 1:
		return nil, fmt.Errorf("--out %s: name the format as FORMAT=PATH when writing several reports", bare[0])
	case len(bare) == 1:
		return ts, add(pending[0], bare[0])
	}
	stdout := 0
	for _, f := range pending {
		if err := add(f, ""); err != nil {
			return nil, err
		}
		stdout++
	}
	if stdout > 1 {
		return nil, fmt.Errorf("only one report can go to standard output: give the others a path with --out FORMAT=PATH")
	}
	return ts, nil
}

// An openTarget is a target whose output is open: every file is opened
// before the run, so an unwritable path fails before any work, and
// committed or discarded after it.
type openTarget struct {
	target
	w      io.Writer
	commit func(error) error
}

func openTargets(e *env, ts []target) ([]openTarget, error) {
	var open []openTarget
	for _, t := range ts {
		w, commit, err := openOutput(e, t.path)
		if err != nil {
			abortAll(open)
			return nil, err
		}
		open = append(open, openTarget{t, w, commit})
	}
	return open, nil
}

// finish renders res into every target (res nil means the run failed:
// nothing is committed) and returns the first error.
func finish(open []openTarget, res *reconcile.Result, runErr error) error {
	err := runErr
	for _, o := range open {
		var werr error
		if err == nil {
			// Renderers write in small pieces (templates, one record
			// at a time): buffer them rather than make a system call
			// of each.
			bw := bufio.NewWriterSize(o.w, 256<<10)
			if werr = renderers[o.format](bw, res); werr == nil {
				werr = bw.Flush()
			}
		} else {
			werr = err
		}
		if cerr := o.commit(werr); err == nil && cerr != nil {
			err = fmt.Errorf("write %s report: %w", o.format, cerr)
		}
	}
	return err
}

func abortAll(open []openTarget) {
	for _, o := range open {
		o.commit(errAborted)
	}
}

var errAborted = fmt.Errorf("aborted")

// severityAtLeast reports whether any finding has severity s or above.
func severityAtLeast(fs []reconcile.Finding, s reconcile.Severity) bool {
	return slices.ContainsFunc(fs, func(f reconcile.Finding) bool { return f.Severity >= s })
}

// parseFailOn reads --fail-on: none, or the lowest severity that fails.
func parseFailOn(s string) (level reconcile.Severity, enabled bool, err error) {
	if s == "none" || s == "" {
		return 0, false, nil
	}
	level, ok := reconcile.ParseSeverity(s)
	if !ok {
		return 0, false, fmt.Errorf("unknown --fail-on %q: want none, error, warning or info", s)
	}
	return level, true, nil
}
