// Crosscheck reads news articles and reports where their sources agree and
// disagree.
//
// It reads many articles about one story from many outlets, groups them
// into stories, finds copies and rewrites, extracts checkable claims
// (quantities, dates, quotes), and reports agreements, contradictions,
// updates over time and single-source claims, each linked to the sentences
// it came from. With no arguments it runs on its embedded seed articles.
//
// Usage:
//
//	crosscheck [run] [flags] [PATH|GLOB|-]...
//	crosscheck extract [--published YYYY-MM-DD] [PATH|-]
//	crosscheck diff [--format md|json] [--fail-on SEVERITY] OLD.json NEW.json
//	crosscheck fuse [flags] FILE
//	crosscheck bench [--sizes 1000,10000,100000]
//	crosscheck version
//
// The flags of run are:
//
//	--format FORMAT      md (default), json, html, sarif, rdjsonl, github; repeatable
//	--out [FORMAT=]FILE  write a report to FILE, atomically, instead of stdout; repeatable
//	--fail-on SEVERITY   exit 1 when findings of SEVERITY or above exist: none (default), error, warning, info
//	--baseline FILE      report and gate only findings not in this earlier JSON report
//	--manifest FILE      metadata (outlet, URL, title, published) by file name, JSON or YAML
//	--aliases FILE       entity merges to force or forbid, YAML
//	-j N                 number of workers (default: number of CPUs)
//	-v, --quiet          more or less logging on stderr
//
// Exit status is 0 on success, 1 when findings reach the --fail-on level,
// and 2 for bad usage or a failed run.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is what every subcommand gets from main: the standard streams and
// the logger, built once from the persistent flags.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *zap.Logger
	maxMemory      memSize // --max-memory, passed on to bench's children
}

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitFailure  = 2
)

// errFindings is returned by a command whose findings reached --fail-on.
var errFindings = errors.New("findings reached the --fail-on level")

// run runs the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, log: zap.NewNop()}
	root := newRootCmd(e)
	root.SetArgs(defaultToRun(root, args))
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	_ = e.log.Sync() // fails on pipes and terminals; nothing to do about it
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	}
	fmt.Fprintf(stderr, "crosscheck: %v\n", err)
	return exitFailure
}

// defaultToRun makes "run" the default command: no arguments, or
// arguments that start with a flag or name no subcommand, run the pipeline.
func defaultToRun(root *cobra.Command, args []string) []string {
	if len(args) == 0 {
		return []string{"run"}
	}
	switch args[0] {
	case "-h", "--help", "help", "completion", "__complete":
		return args
	}
	if cmd, _, err := root.Find(args); err == nil && cmd != root {
		return args
	}
	return append([]string{"run"}, args...)
}

func newRootCmd(e *env) *cobra.Command {
	var verbose, quiet bool
	var maxMemory memSize
	root := &cobra.Command{
		Use:           "crosscheck",
		Short:         "Report where news sources agree and contradict each other",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if verbose && quiet {
				return errors.New("-v and --quiet exclude each other")
			}
			level := zapcore.InfoLevel
			switch {
			case verbose:
				level = zapcore.DebugLevel
			case quiet:
				level = zapcore.ErrorLevel
			}
			e.log = newLogger(e.stderr, level)
			maxMemory.apply()
			e.maxMemory = maxMemory
			return nil
		},
	}
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "log progress and decisions on stderr")
	root.PersistentFlags().BoolVarP(&quiet, "quiet", "q", false, "log only errors")
	root.PersistentFlags().Var(&maxMemory, "max-memory", "soft limit on memory, as 1800MiB or 2GiB: garbage is collected harder near it (default $GOMEMLIMIT, else none)")
	root.AddCommand(newRunCmd(e), newExtractCmd(e), newDiffCmd(e), newFuseCmd(e), newBenchCmd(e), newVersionCmd(e))
	return root
}

// newLogger returns a logger writing human-readable lines to w.
func newLogger(w io.Writer, level zapcore.Level) *zap.Logger {
	cfg := zap.NewDevelopmentEncoderConfig()
	cfg.TimeKey = "" // logs of a batch tool read better without clock noise
	core := zapcore.NewCore(zapcore.NewConsoleEncoder(cfg), zapcore.AddSync(w), level)
	return zap.New(core)
}
