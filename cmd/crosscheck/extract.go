package main

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/report"
)

func newExtractCmd(e *env) *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "extract [--published YYYY-MM-DD] [PATH|-]",
		Short: "Print the claims of one text as JSON Lines",
		Long: `Extract reads one article (a file, or standard input when the path is "-"
or missing), normalizes it and prints its claims, one JSON object a line:
kind (quantity, time or quote), text, start and end (byte offsets into the
normalized text), and the values of the kind. Relative dates are resolved
against --published, or against the article's own metadata; without
either they are left unresolved and say so.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var pub article.DateRange
			if published != "" {
				var err error
				if pub, err = article.ParseDateRange(published); err != nil {
					return fmt.Errorf("--published: %w", err)
				}
			}
			path := "-"
			if len(args) == 1 {
				path = args[0]
			}
			return extractOne(cmd, e, path, pub)
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication `DATE` (YYYY-MM-DD, or FROM/TO) to resolve relative dates against")
	return cmd
}

func extractOne(cmd *cobra.Command, e *env, path string, pub article.DateRange) error {
	ctx := cmd.Context()
	workers := runtime.GOMAXPROCS(0)
	arts, problems, err := ingest.Run(ctx, []ingest.Input{ingest.PathInput(path)},
		ingest.Options{Stdin: e.stdin, Workers: workers, Logger: e.log})
	if err != nil {
		return err
	}
	for _, p := range problems {
		e.log.Warn(p.Error())
	}
	if len(arts) == 0 {
		return fmt.Errorf("%s: no article to read", path)
	}
	if !pub.IsZero() {
		for i := range arts {
			arts[i].Published = pub
		}
	}
	docs, _, err := normalize.Run(ctx, arts, normalize.Options{Workers: workers, Logger: e.log})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for i := range docs {
		d := &docs[i]
		for _, c := range extract.Claims(d) {
			if err := enc.Encode(report.BuildClaim(&c, d)); err != nil {
				return err
			}
		}
	}
	return nil
}
