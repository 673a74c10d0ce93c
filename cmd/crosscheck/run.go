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
	"github.com/crosscheck-news/crosscheck/reconcile"
	"github.com/crosscheck-news/crosscheck/report"
	"github.com/crosscheck-news/crosscheck/seeds"
)

// renderers maps --format names to report renderers.
var renderers = map[string]func(io.Writer, *reconcile.Result) error{
	"json": report.JSON,
	"md":   report.Markdown,
}

type runFlags struct {
	format   string
	out      string
	manifest string
	aliases  string
	workers  int
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
	f.StringVar(&fl.format, "format", "md", "report format: json or md")
	f.StringVar(&fl.out, "out", "", "write the report to `FILE` (atomically) instead of stdout")
	f.StringVar(&fl.manifest, "manifest", "", "metadata by file name, JSON or YAML `FILE`")
	f.StringVar(&fl.aliases, "aliases", "", "entity merges to force or forbid, YAML `FILE`")
	f.IntVarP(&fl.workers, "jobs", "j", runtime.NumCPU(), "number of workers")
	return cmd
}

func runPipeline(cmd *cobra.Command, e *env, fl runFlags, args []string) error {
	render, ok := renderers[fl.format]
	if !ok {
		return fmt.Errorf("unknown --format %q: want json or md", fl.format)
	}
	if fl.workers < 1 {
		return fmt.Errorf("-j must be at least 1, got %d", fl.workers)
	}
	opt := pipeline.Options{Workers: fl.workers, Logger: e.log, Stdin: e.stdin}
	inputs, err := inputsFor(args, &opt)
	if err != nil {
		return err
	}
	if fl.manifest != "" {
		if opt.Manifest, err = readManifest(fl.manifest); err != nil {
			return err
		}
	}
	if fl.aliases != "" {
		if opt.Aliases, err = readAliases(fl.aliases); err != nil {
			return err
		}
	}
	w, commit, err := openOutput(e, fl.out)
	if err != nil {
		return err
	}
	res, err := pipeline.Run(cmd.Context(), inputs, opt)
	if err == nil {
		err = render(w, res)
	}
	return commit(err)
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
