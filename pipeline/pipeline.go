package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/sourcegraph/conc"
	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
	"github.com/crosscheck-news/crosscheck/pipeline/extract"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// Options configure a run. The zero Options read nothing from stdin, use
// one worker per CPU and log nothing.
type Options struct {
	// Workers bounds the goroutines of each stage; 0 means GOMAXPROCS.
	Workers int
	Logger  *zap.Logger
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Manifest gives metadata by file name; it overrides in-file metadata.
	Manifest ingest.Manifest
	// Aliases forces or forbids entity merges.
	Aliases *extract.Aliases
	// Progress, when set, is called as each stage starts, with the
	// stage's name, its index from 1 and the number of stages.
	Progress func(stage string, step, steps int)
}

// stages names the steps Progress reports.
var stages = []string{"ingest", "normalize", "dedup and extract", "reconcile"}

// Run reads the inputs and runs every stage on them.
func Run(ctx context.Context, in []ingest.Input, opt Options) (*reconcile.Result, error) {
	if opt.Workers < 0 {
		return nil, fmt.Errorf("pipeline: workers must not be negative, got %d", opt.Workers)
	}
	if opt.Workers == 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	log := opt.Logger
	if log == nil {
		log = zap.NewNop()
	}
	st := stopwatch{log: log, last: time.Now()}
	progress := func(step int) {
		if opt.Progress != nil {
			opt.Progress(stages[step], step+1, len(stages))
		}
	}

	progress(0)
	arts, problems, err := ingest.Run(ctx, in, ingest.Options{
		Stdin: opt.Stdin, Manifest: opt.Manifest, Workers: opt.Workers, Logger: log.Named("ingest"),
	})
	if err != nil {
		return nil, err
	}
	st.lap("ingest", len(arts))

	progress(1)
	docs, more, err := normalize.Run(ctx, arts, normalize.Options{Workers: opt.Workers, Logger: log.Named("normalize")})
	if err != nil {
		return nil, err
	}
	problems = append(problems, more...)
	st.lap("normalize", len(docs))

	progress(2)
	groups, claims, err := dedupAndExtract(ctx, docs, opt, log)
	if err != nil {
		return nil, err
	}
	st.lap("dedup+extract", len(claims.Claims))

	problems.Sort()
	progress(3)
	res, err := reconcile.Run(ctx, reconcile.Input{
		Docs: docs, Stories: groups.Stories, Relations: groups.Relations,
		Claims: claims.Claims, Entities: claims.Entities, Problems: problems,
	}, reconcile.Options{Workers: opt.Workers, Logger: log.Named("reconcile")})
	if err != nil {
		return nil, err
	}
	st.lap("reconcile", len(res.Findings))
	return res, nil
}

// dedupAndExtract runs dedup and extract side by side: both read the
// normalized docs and neither needs the other.
func dedupAndExtract(ctx context.Context, docs []article.Doc, opt Options, log *zap.Logger) (dedup.Result, extract.Result, error) {
	var (
		groups             dedup.Result
		claims             extract.Result
		dedupErr, claimErr error
		wg                 conc.WaitGroup
	)
	wg.Go(func() {
		groups, dedupErr = dedup.Run(ctx, docs, dedup.Options{Workers: opt.Workers, Logger: log.Named("dedup")})
	})
	wg.Go(func() {
		claims, claimErr = extract.Run(ctx, docs, extract.Options{
			Workers: opt.Workers, Logger: log.Named("extract"), Aliases: opt.Aliases,
		})
	})
	wg.Wait()
	if dedupErr != nil {
		return groups, claims, dedupErr
	}
	return groups, claims, claimErr
}

// stopwatch logs how long each stage took, at debug level.
type stopwatch struct {
	log  *zap.Logger
	last time.Time
}

func (s *stopwatch) lap(stage string, n int) {
	now := time.Now()
	s.log.Debug("stage done", zap.String("stage", stage), zap.Int("items", n), zap.Duration("took", now.Sub(s.last)))
	s.last = now
}
