package reconcile

import (
	"cmp"
	"context"
	"errors"
	"runtime"
	"slices"
	"strconv"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/sourcegraph/conc/pool"
	"go.uber.org/zap"
)

// ErrWorkers is returned by Run for a negative Options.Workers.
var ErrWorkers = errors.New("reconcile: negative number of workers")

// Options configure Run. The zero Options is the default: one worker per
// CPU and no logging.
type Options struct {
	// Workers bounds the stories reconciled at once; 0 means GOMAXPROCS.
	// The Result does not depend on it.
	Workers int
	// Logger receives debug logs; nil means zap.NewNop().
	Logger *zap.Logger
}

// Run reconciles the claims of each story into findings.
//
// Within a story (an article in no story is a story of its own), claims of
// one kind are blocked (figures by category or unit, dates together,
// quotes together) and pairs scored on what they are about: the About
// phrase or event, the other words of the sentence, the entities it names,
// and for quotes the wording and speaker. Pairs are joined best first into
// facts, never joining two different values of one article. Each fact
// gets one or more findings (see vdQuantity, vdTime, vdQuote), counted in
// voices, not articles: copies of one article are one voice, and a fact
// of one voice is single_source however many copies repeat it.
//
// Findings are sorted by severity (errors first), kind, subject and the
// position of their first claim, and numbered F1, F2, … in that order.
// Run does not modify in; the Result shares its slices.
func Run(ctx context.Context, in Input, opt Options) (*Result, error) {
	if opt.Workers < 0 {
		return nil, ErrWorkers
	}
	if opt.Workers == 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	log := opt.Logger
	if log == nil {
		log = zap.NewNop()
	}
	x := factNewIndex(&in)
	stories := factStories(&in)
	perStory := make([][]rcFinding, len(stories))
	p := pool.New().WithContext(ctx).WithMaxGoroutines(opt.Workers)
	for i, fs := range stories {
		p.Go(func(ctx context.Context) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			perStory[i] = reconcileStory(x, fs)
			stories[i] = nil // its claims' features are garbage now
			return nil
		})
	}
	if err := p.Wait(); err != nil {
		return nil, err
	}
	n := 0
	for _, f := range perStory {
		n += len(f)
	}
	all := make([]rcFinding, 0, n)
	for i, f := range perStory {
		all = append(all, f...)
		perStory[i] = nil // one copy of the findings at a time
	}
	found := reconcileSort(all)
	log.Debug("reconciled", zap.Int("stories", len(stories)),
		zap.Int("claims", len(in.Claims)), zap.Int("findings", len(found)))
	return &Result{Input: in, Findings: found}, nil
}

// An rcFinding is a finding with the position of its first claim, which
// breaks ties when sorting.
type rcFinding struct {
	Finding
	first article.Span
}

// reconcileStory returns the findings of one story, unsorted.
func reconcileStory(x *factIndex, fs *factStory) []rcFinding {
	factClaims(fs, x.claims)
	factFeatures(x, fs)
	facts := matchFacts(fs)
	out := make([]rcFinding, 0, len(facts)+len(facts)/4) // most facts give one finding
	for _, f := range facts {
		for _, fd := range vdFindings(fs, x, f) {
			out = append(out, rcFinding{fd, f.claims[0].Span})
		}
	}
	return out
}

// reconcileSort sorts findings (severity descending, then kind, subject
// and the position of the first claim), numbers them and makes fingerprints unique.
func reconcileSort(all []rcFinding) []Finding {
	order := make([]*rcFinding, len(all)) // findings are large: sort pointers
	for i := range all {
		order[i] = &all[i]
	}
	slices.SortFunc(order, func(a, b *rcFinding) int {
		if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Subject, b.Subject); c != 0 {
			return c
		}
		if c := article.ComparePos(a.first, b.first); c != 0 {
			return c
		}
		return cmp.Compare(a.Fingerprint, b.Fingerprint)
	})
	fs := make([]Finding, len(all))
	for i, f := range order {
		fs[i] = f.Finding
		fs[i].ID = "F" + strconv.Itoa(i+1)
	}
	fpUnique(fs)
	return fs
}
