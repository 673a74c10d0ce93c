package reconcile

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"go.uber.org/zap"
)

// Errors returned by Fuse.
var (
	// ErrFuseHeader means the table has no header, or the header lacks a
	// column that the options name.
	ErrFuseHeader = errors.New("fuse: bad header")
	// ErrFuseOptions means the FuseOptions are invalid.
	ErrFuseOptions = errors.New("fuse: bad options")
)

// FuseOptions say how Fuse reads a table of claims. The zero FuseOptions
// reads a long-form table with the columns item, source, value and,
// optionally, as_of, separated by the commas or tabs of its header.
//
// A long-form table has one claim a row: a source says that an item has a
// value. A wide table has one row per source and entity, with a column per
// attribute; Wide names those columns, and each non-empty cell is the
// claim that item "ENTITY/COLUMN" has that value. For example, with
// Item "flight", Source "src" and Wide {"sched_dep_time", "act_dep_time"},
// the row "aa,AA-3859,7:10 a.m.,7:16 a.m." claims that
// "AA-3859/sched_dep_time" is 7:10 a.m. and "AA-3859/act_dep_time" is
// 7:16 a.m.
type FuseOptions struct {
	// Item, Source, Value and AsOf name the columns; zero means "item",
	// "source", "value" and "as_of". Names match without regard to case.
	// The as_of column is optional unless AsOf is set.
	Item, Source, Value, AsOf string
	// ItemColumns, if set, builds the item from several columns joined
	// by "/", instead of the Item column.
	ItemColumns []string
	// Wide, if set, names the attribute columns of a wide table; the
	// Value column is then not used.
	Wide []string
	// Comma separates fields; 0 means a tab if the header holds more tabs
	// than commas, else a comma.
	Comma rune
	// Tolerance is the relative difference under which two numbers with
	// the same unit are one value: |a-b| <= Tolerance*max(|a|,|b|). Zero
	// means 1e-9, equality up to rounding; use 0.01 for 1%.
	Tolerance float64
	// Name names the input in Problems; zero means "-".
	Name string
	// Logger receives debug logs; nil means zap.NewNop().
	Logger *zap.Logger
}

// A FuseItem is the value that Fuse believes for one item.
type FuseItem struct {
	Item string `json:"item"`
	// Value is the most common spelling of the winning value among the
	// sources that give it.
	Value string `json:"value"`
	// Confidence is the probability, in [0, 1], that Value is true,
	// rounded to 4 decimals so that output is the same on all platforms.
	Confidence float64 `json:"confidence"`
	// Support lists the sources that give Value, sorted.
	Support []string `json:"support"`
}

// A FuseResult is the reconciled table.
type FuseResult struct {
	Items []FuseItem `json:"items"` // sorted by item
	// CopyGroups are the groups of sources that copy one another: the
	// connected components of the pairs found dependent with probability
	// at least 0.9 that also agree on at least 80% of the items they share
	// and share at least one value that is probably false. Each group is
	// sorted, and groups are sorted by their first source.
	CopyGroups [][]string `json:"copy_groups"`
	// Problems lists the rows that were skipped, by line.
	Problems article.ErrorList `json:"-"`
}

// Fuse reads a CSV or TSV table of claims from r and returns, for each
// item, the value most likely true, and the groups of sources that copy one
// another. It follows Dong, Berti-Equille and Srivastava, "Integrating
// Conflicting Data: The Role of Source Dependence" (VLDB 2009): the
// confidence of a value grows with the accuracy of the sources giving it,
// the accuracy of a source is the mean confidence of its values, and a pair
// of sources sharing many values, above all false ones, is likely
// dependent, so that the copier's vote is discounted. The three are
// re-estimated in turn until the accuracies settle.
//
// Values are compared after normalization: case, spacing and HTML
// entities are ignored; a value holding one clock time outside
// parentheses is that time of day, whatever date, weekday or remark
// surrounds it ("7:10 a.m." = "7:10 AM" = "07:10" = "12/2/11 7:10 a.m.
// (Estimated)"); a number with a unit and no other digits ("1,200 km") is
// that number, equal to others with the same unit within the Tolerance.
// Empty values and the markers of fuse_missing.txt ("N/A", "unknown") are
// no claim at all, and an item with no claim is not listed. When a source
// gives an item twice, the row with the latest as_of (compared as text,
// which suits ISO 8601), else the last row, counts.
//
// Rows with the wrong number of fields, or no item or source, are skipped
// and listed in Problems; a missing column is ErrFuseHeader.
func Fuse(r io.Reader, opt FuseOptions) (*FuseResult, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	t, err := fuseRead(r, &opt)
	if err != nil {
		return nil, err
	}
	res := t.solve(opt.tolerance(), opt.logger())
	res.Problems = t.problems
	res.Problems.Sort()
	return res, nil
}

func (o *FuseOptions) check() error {
	switch {
	case o.Tolerance < 0 || math.IsNaN(o.Tolerance) || math.IsInf(o.Tolerance, 0):
		return fmt.Errorf("%w: tolerance %v", ErrFuseOptions, o.Tolerance)
	case o.Comma == '"' || o.Comma == '\r' || o.Comma == '\n' || o.Comma == 0xFFFD:
		return fmt.Errorf("%w: separator %q", ErrFuseOptions, o.Comma)
	case o.Item != "" && len(o.ItemColumns) > 0:
		return fmt.Errorf("%w: both an item column and item columns", ErrFuseOptions)
	case len(o.Wide) > 0 && o.Value != "":
		return fmt.Errorf("%w: both a value column and wide columns", ErrFuseOptions)
	}
	return nil
}

func (o *FuseOptions) tolerance() float64 {
	if o.Tolerance == 0 {
		return 1e-9
	}
	return o.Tolerance
}

func (o *FuseOptions) logger() *zap.Logger {
	if o.Logger == nil {
		return zap.NewNop()
	}
	return o.Logger
}

func fuseOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// fuseColumns are the column indexes a table's header gives.
type fuseColumns struct {
	item   []int // joined by "/"
	source int
	value  []int // one for a long table, the attributes of a wide one
	names  []string
	asOf   int // -1 when absent
}

// fuseFind returns the index of the column name in header, or -1.
func fuseFind(header []string, name string) int {
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), name) {
			return i
		}
	}
	return -1
}

// fuseHeader finds the columns opt names in the header.
func fuseHeader(header []string, opt *FuseOptions) (fuseColumns, error) {
	var c fuseColumns
	var missing []string
	need := func(name string) int {
		i := fuseFind(header, name)
		if i < 0 {
			missing = append(missing, name)
		}
		return i
	}
	items := opt.ItemColumns
	if len(items) == 0 {
		items = []string{fuseOr(opt.Item, "item")}
	}
	for _, n := range items {
		c.item = append(c.item, need(n))
	}
	c.source = need(fuseOr(opt.Source, "source"))
	if len(opt.Wide) == 0 {
		c.value = []int{need(fuseOr(opt.Value, "value"))}
		c.names = []string{""}
	}
	for _, n := range opt.Wide {
		c.value = append(c.value, need(n))
		c.names = append(c.names, "/"+n)
	}
	if c.asOf = fuseFind(header, fuseOr(opt.AsOf, "as_of")); c.asOf < 0 && opt.AsOf != "" {
		missing = append(missing, opt.AsOf)
	}
	if len(missing) > 0 {
		return c, fmt.Errorf("%w: no column %q in header %q", ErrFuseHeader, missing, header)
	}
	return c, nil
}
