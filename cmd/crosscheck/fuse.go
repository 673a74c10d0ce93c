package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// fuseFlags are the flags of crosscheck fuse.
type fuseFlags struct {
	opt      reconcile.FuseOptions
	sep, out string
}

func newFuseCmd(e *env) *cobra.Command {
	var fl fuseFlags
	cmd := &cobra.Command{
		Use:   "fuse [flags] FILE",
		Short: "Reconcile a table of claims: the likely value of each item, and the sources that copy each other",
		Long:  fuseLong,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFuse(e, args[0], &fl)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.opt.Item, "item", "", "`COLUMN` naming the item (default \"item\")")
	f.StringVar(&fl.opt.Source, "source", "", "`COLUMN` naming the source (default \"source\")")
	f.StringVar(&fl.opt.Value, "value", "", "`COLUMN` holding the value of a long table (default \"value\")")
	f.StringVar(&fl.opt.AsOf, "as-of", "", "`COLUMN` with the date of a claim; of two claims by one source on one item the later counts (default \"as_of\", if present)")
	f.StringSliceVar(&fl.opt.ItemColumns, "item-columns", nil, "build the item from these `COLUMNS`, joined by \"/\"")
	f.StringSliceVar(&fl.opt.Wide, "wide", nil, "read a wide table whose attribute `COLUMNS` each hold a value; the item is ITEM/COLUMN")
	f.Float64Var(&fl.opt.Tolerance, "tolerance", 0, "relative `DIFFERENCE` under which two numbers are one value (default 1e-9)")
	f.StringVar(&fl.sep, "sep", "", "field `SEPARATOR`: comma, tab or one character (default: a tab for .tsv files, else detected from the header)")
	f.StringVar(&fl.out, "out", "", "write the JSON to `FILE`, atomically, instead of stdout")
	return cmd
}

// fuseLong is the help of crosscheck fuse.
const fuseLong = `Fuse reads a CSV or TSV table of structured claims ("-" is stdin) and
prints, as JSON, the value most likely true for each item and the groups of
sources that copy one another:

	{"items": [{"item", "value", "confidence", "support"}], "copy_groups": [[source, ...]]}

A long table has a header naming the columns item, source, value and,
optionally, as_of (other names through --item, --source, --value, --as-of);
--item-columns builds the item from several columns joined by "/". A wide
table has a row per source and entity and a column per attribute: --wide
names the attribute columns, and each cell claims that ITEM/COLUMN has its
value. For example, for the flights benchmark:

	crosscheck fuse --item flight --source src \
	    --wide sched_dep_time,act_dep_time,sched_arr_time,act_arr_time flights_dirty.csv

Values are compared after normalization: case and spacing are ignored,
clock times compare as times of day ("7:10 a.m." = "7:10 AM" = "07:10"),
numbers within --tolerance, and empty cells or N/A are no claim. Sources
that share many values, above all false ones, are found dependent (Dong,
Berti-Equille and Srivastava, VLDB 2009), and their votes count about once.
Rows that cannot be read are skipped with a warning naming their line.`

// runFuse reconciles the table in the file name and writes the result.
func runFuse(e *env, name string, fl *fuseFlags) error {
	opt := fl.opt
	opt.Logger = e.log
	opt.Name = name
	comma, err := fuseSeparator(fl.sep, name)
	if err != nil {
		return err
	}
	opt.Comma = comma
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	res, err := reconcile.Fuse(r, opt)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, p := range res.Problems {
		e.log.Warn(p.Error())
	}
	w, commit, err := openOutput(e, fl.out)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return commit(enc.Encode(res))
}

// fuseSeparator returns the field separator --sep names, or, without
// one, a tab for a .tsv file and 0 (detect) otherwise.
func fuseSeparator(sep, name string) (rune, error) {
	switch sep {
	case "":
		if strings.HasSuffix(strings.ToLower(name), ".tsv") {
			return '\t', nil
		}
		return 0, nil
	case "comma", ",":
		return ',', nil
	case "tab", `\t`:
		return '\t', nil
	}
	if r, size := utf8.DecodeRuneInString(sep); size == len(sep) && r != utf8.RuneError {
		return r, nil
	}
	return 0, fmt.Errorf("bad --sep %q: want comma, tab or one character", sep)
}
