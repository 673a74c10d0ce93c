package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"

	"github.com/sourcegraph/conc/pool"
	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// DefaultMaxFileSize is the largest file read when Options.MaxFileSize is
// zero.
const DefaultMaxFileSize = 256 << 20

// Options configure Run. The zero Options is the default: no standard
// input, no manifest, one worker per CPU, no logs, files up to
// DefaultMaxFileSize.
type Options struct {
	// Stdin is read for the Input "-".
	Stdin io.Reader
	// Manifest gives metadata by file name; its values override what the
	// files say.
	Manifest Manifest
	// Workers is how many files are read and parsed at once; 0 means
	// runtime.GOMAXPROCS(0). The output does not depend on it.
	Workers int
	// Logger receives debug logs (files skipped while walking); nil means
	// no logs.
	Logger *zap.Logger
	// MaxFileSize is the size in bytes above which a file is skipped as a
	// problem; 0 means DefaultMaxFileSize. A JSON Lines file, a feed read
	// as a stream, may be of any size: the limit is then on each line.
	MaxFileSize int64
}

// ErrOptions is returned by Run for invalid Options or Inputs.
var ErrOptions = errors.New("ingest: invalid options")

// validate checks o and in, and fills in the defaults.
func (o *Options) validate(in []Input) error {
	switch {
	case o.Workers < 0:
		return fmt.Errorf("%w: Workers = %d", ErrOptions, o.Workers)
	case o.MaxFileSize < 0:
		return fmt.Errorf("%w: MaxFileSize = %d", ErrOptions, o.MaxFileSize)
	}
	for _, x := range in {
		if x.FS == nil && x.Pattern != "-" {
			return fmt.Errorf("%w: input %q has no FS", ErrOptions, x.Pattern)
		}
	}
	if o.Workers == 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxFileSize == 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	return nil
}

// Run reads the articles named by in. It returns them sorted by path,
// then line, with unique IDs, and the problems met, sorted; bad input is a
// problem, not an error. The error is for invalid Options and for ctx
// ending the run.
func Run(ctx context.Context, in []Input, opt Options) ([]article.Article, article.ErrorList, error) {
	if err := opt.validate(in); err != nil {
		return nil, nil, err
	}
	files, problems, err := expand(ctx, in, opt.Logger)
	if err != nil {
		return nil, nil, err
	}
	results := make([]result, len(files))
	p := pool.New().WithContext(ctx).WithMaxGoroutines(opt.Workers)
	for i := range files {
		p.Go(func(ctx context.Context) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			results[i] = readFile(files[i], &opt)
			return nil
		})
	}
	if err := p.Wait(); err != nil {
		return nil, nil, err
	}
	var arts []article.Article
	for _, r := range results {
		arts = append(arts, r.arts...)
		problems = append(problems, r.problems...)
	}
	slices.SortStableFunc(arts, func(a, b article.Article) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	uniqueIDs(arts)
	problems.Sort()
	opt.Logger.Debug("ingested", zap.Int("files", len(files)), zap.Int("articles", len(arts)), zap.Int("problems", len(problems)))
	return arts, problems, nil
}
