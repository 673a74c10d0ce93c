package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/reconcile"
	"github.com/crosscheck-news/crosscheck/report"
)

func newDiffCmd(e *env) *cobra.Command {
	var format, out, failOn string
	cmd := &cobra.Command{
		Use:   "diff [flags] OLD.json NEW.json",
		Short: "Compare two JSON reports: new, resolved and changed findings",
		Long: `Diff matches the findings of two JSON reports by fingerprint, not by
position, and lists the new, the resolved and the changed ones. --fail-on
applies to new findings only.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			level, gate, err := parseFailOn(failOn)
			if err != nil {
				return err
			}
			if format != "md" && format != "json" {
				return fmt.Errorf("unknown --format %q: want md or json", format)
			}
			old, err := readReport(args[0])
			if err != nil {
				return err
			}
			cur, err := readReport(args[1])
			if err != nil {
				return err
			}
			d := report.Compare(old, cur)
			w, commit, err := openOutput(e, out)
			if err != nil {
				return err
			}
			if format == "json" {
				err = report.DiffJSON(w, d)
			} else {
				err = report.DiffMarkdown(w, d)
			}
			if err = commit(err); err != nil {
				return err
			}
			if gate && anyAtLeast(d.New, level) {
				return errFindings
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "md", "output `FORMAT`: md or json")
	cmd.Flags().StringVar(&out, "out", "", "write the diff to `FILE`, atomically")
	cmd.Flags().StringVar(&failOn, "fail-on", "none", "exit 1 when new findings of this `SEVERITY` or above exist")
	return cmd
}

func readReport(name string) (*report.Report, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rep, err := report.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rep, nil
}

// readBaseline returns the fingerprints of the findings in a JSON report.
func readBaseline(name string) (map[string]bool, error) {
	rep, err := readReport(name)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	known := make(map[string]bool, len(rep.Findings))
	for _, f := range rep.Findings {
		known[f.Fingerprint] = true
	}
	return known, nil
}

// newFindings returns the findings whose fingerprints are not known.
func newFindings(fs []reconcile.Finding, known map[string]bool) []reconcile.Finding {
	var out []reconcile.Finding
	for _, f := range fs {
		if !known[f.Fingerprint] {
			out = append(out, f)
		}
	}
	return out
}

// anyAtLeast reports whether a finding of the JSON report has severity
// level or above.
func anyAtLeast(fs []report.Finding, level reconcile.Severity) bool {
	for _, f := range fs {
		if s, ok := reconcile.ParseSeverity(f.Severity); ok && s >= level {
			return true
		}
	}
	return false
}
