package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/pipeline"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/seeds"
)

type runFlags struct {
	formats  []string
	outs     []string
	manifest string
	aliases  string
	workers  int
	failOn   string
	baseline string
}

func newRunCmd(e *env) *cobra.Command {
	var fl runFlags
	cmd := &cobra.Command{
		Use:   "run [flags] [PATH|GLOB|-]...",
		Short: "Report agreements and contradictions among articles (the default command)",
		Long: `Run reads articles from files, folders (recursively), globs, or standard
input ("-"), and reports where their sources agree and contradict each other.
With no inputs it reads the embedded seed articles.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPipeline(cmd, e, fl, args)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&fl.formats, "format", nil, "report `FORMAT`s, repeatable or comma-separated: "+formatNames()+" (default md)")
	f.StringArrayVar(&fl.outs, "out", nil, "write a report to a file, atomically: `FORMAT=PATH`, or PATH when there is one format")
	f.StringVar(&fl.failOn, "fail-on", "none", "exit 1 when findings of this `SEVERITY` or above exist: none, error, warning, info")
	f.StringVar(&fl.baseline, "baseline", "", "report and gate only findings not in this earlier JSON `REPORT`")
	f.StringVar(&fl.manifest, "manifest", "", "metadata by file name, JSON or YAML `FILE`")
	f.StringVar(&fl.aliases, "aliases", "", "entity merges to force or forbid, YAML `FILE`")
	f.IntVarP(&fl.workers, "jobs", "j", runtime.NumCPU(), "number of workers")
	return cmd
}

func runPipeline(cmd *cobra.Command, e *env, fl runFlags, args []string) error {
	ts, err := targets(fl.formats, fl.outs)
	if err != nil {
		return err
	}
	failLevel, gate, err := parseFailOn(fl.failOn)
	if err != nil {
		return err
	}
	opt, inputs, known, err := runOptions(e, fl, args)
	if err != nil {
		return err
	}
	open, err := openTargets(e, ts)
	if err != nil {
		return err
	}
	bar := newProgress(e.stderr)
	if bar != nil {
		opt.Progress = bar.step
	}
	res, err := pipeline.Run(cmd.Context(), inputs, opt)
	bar.clear()
	if err == nil && known != nil {
		res.Findings = newFindings(res.Findings, known)
	}
	if err = finish(open, res, err); err != nil {
		return err
	}
	if gate && severityAtLeast(res.Findings, failLevel) {
		return errFindings
	}
	return nil
}

// runOptions reads what the flags name before any work: the inputs, the
// manifest, the alias file and the baseline's fingerprints (nil without
// --baseline).
func runOptions(e *env, fl runFlags, args []string) (pipeline.Options, []ingest.Input, map[string]bool, error) {
	opt := pipeline.Options{Workers: fl.workers, Logger: e.log, Stdin: e.stdin}
	if fl.workers < 1 {
		return opt, nil, nil, fmt.Errorf("-j must be at least 1, got %d", fl.workers)
	}
	inputs, err := inputsFor(args, &opt)
	if err != nil {
		return opt, nil, nil, err
	}
	if fl.manifest != "" {
		if opt.Manifest, err = readManifest(fl.manifest); err != nil {
			return opt, nil, nil, err
		}
	}
	if fl.aliases != "" {
		if opt.Aliases, err = readAliases(fl.aliases); err != nil {
			return opt, nil, nil, err
		}
	}
	var known map[string]bool
	if fl.baseline != "" {
		if known, err = readBaseline(fl.baseline); err != nil {
			return opt, nil, nil, err
		}
	}
	return opt, inputs, known, nil
}

// inputsFor returns the inputs named by args, or the embedded seeds with
// their manifest when there are none.
func inputsFor(args []string, opt *pipeline.Options) ([]ingest.Input, error) {
	if len(args) == 0 {
		m, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
		if err != nil {
			return nil, fmt.Errorf("embedded seeds: %w", err)
		}
		opt.Manifest = m
		return []ingest.Input{{FS: seeds.FS, Pattern: ".", Name: "seeds"}}, nil
	}
	var in []ingest.Input
	for _, a := range args {
		in = append(in, ingest.PathInput(a))
	}
	return in, nil
}

func readManifest(name string) (ingest.Manifest, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, err
	}
	return ingest.ReadManifest(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
}

func readAliases(name string) (*extract.Aliases, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := extract.ReadAliases(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// openOutput returns the writer for the report and a function to call
// with the run's error: it commits the output on success and discards it
// on failure, so no partial report is ever left behind.
func openOutput(e *env, out string) (io.Writer, func(error) error, error) {
	if out == "" || out == "-" {
		return e.stdout, func(err error) error { return err }, nil
	}
	f, err := createAtomic(out)
	if err != nil {
		return nil, nil, err
	}
	return f, func(err error) error {
		if err != nil {
			f.Abort()
			return err
		}
		return f.Commit()
	}, nil
}
