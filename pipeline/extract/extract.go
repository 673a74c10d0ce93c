package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/sourcegraph/conc/pool"
	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// ErrWorkers is returned by Run for a negative Options.Workers.
var ErrWorkers = errors.New("extract: negative worker count")

// Options configure Run. The zero Options is the default: one worker per
// CPU, no logging, no alias file.
type Options struct {
	// Workers bounds the documents extracted at once; 0 means
	// runtime.GOMAXPROCS(0), 1 runs sequentially with the same output.
	Workers int
	// Logger receives debug counts; nil means zap.NewNop().
	Logger *zap.Logger
	// Aliases forces and forbids entity merges; nil means none.
	Aliases *Aliases
}

// A Result is what Run extracts from a set of documents.
type Result struct {
	Claims   []article.Claim  // sorted by document, position, kind
	Entities []article.Entity // sorted by ID
}

// entExtracted is what one document gives before entities are clustered.
type entExtracted struct {
	claims []article.Claim
	ents   *entDoc
	quotes []int // index into claims of each quotation, in order
	qs     []qtQuote
}

// Run extracts the claims of every doc and clusters the entities they
// name across docs; quote speakers get the entity's ID and canonical name.
func Run(ctx context.Context, docs []article.Doc, opt Options) (Result, error) {
	if opt.Workers < 0 {
		return Result{}, fmt.Errorf("%w: %d", ErrWorkers, opt.Workers)
	}
	log := opt.Logger
	if log == nil {
		log = zap.NewNop()
	}
	n := opt.Workers
	if n == 0 {
		n = runtime.GOMAXPROCS(0)
	}
	out, err := extractAll(ctx, docs, n)
	if err != nil {
		return Result{}, fmt.Errorf("extract: %w", err)
	}
	var res Result
	res.Entities = entCluster(docs, out, opt.Aliases, &res)
	if len(docs) < extractKeepFrom {
		for i := range out {
			out[i].release()
		}
	}
	log.Debug("extracted", zap.Int("docs", len(docs)), zap.Int("claims", len(res.Claims)), zap.Int("entities", len(res.Entities)))
	return res, nil
}

// extractKeepFrom is the number of docs from which Run keeps only what
// clustering reads of each doc's extraction, copied out at its size,
// and gives the doc's pooled buffers back at once (see extractKept).
// Below it, a doc's buffers are held until clustering is done: a copy
// less, and at most that many buffers held.
const extractKeepFrom = 256

// extractAll extracts each doc, n at a time; one at a time needs no pool.
func extractAll(ctx context.Context, docs []article.Doc, n int) ([]entExtracted, error) {
	out := make([]entExtracted, len(docs))
	extract := extractDoc
	if len(docs) >= extractKeepFrom {
		extract = extractKept
	}
	if n == 1 {
		for i := range docs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			out[i] = extract(&docs[i])
		}
		return out, nil
	}
	p := pool.New().WithContext(ctx).WithMaxGoroutines(n)
	for i := range docs {
		p.Go(func(ctx context.Context) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			out[i] = extract(&docs[i])
			return nil
		})
	}
	return out, p.Wait()
}

// Claims returns the claims of one doc (quantities, times, quotes),
// sorted by position; quote speakers are named as the doc names them.
func Claims(d *article.Doc) []article.Claim {
	x := extractDoc(d)
	claims := slices.Clone(x.claims)
	x.release()
	return claims
}

// release gives the buffers of x back for another Doc once its claims
// are copied out and its mentions clustered, or what is kept of it copied
// out (extractKept).
func (x *entExtracted) release() {
	x.ents.recycle()
	qtRelease(x.qs)
	clear(x.claims) // let go of what the claims point to
	b := x.claims[:0]
	claimBufs.Put(&b)
	*x = entExtracted{}
}

// extractKept returns what clustering reads of the extraction of d, in
// allocations of its own at their final size, and gives the pooled
// buffers back at once. Run holds the extraction of every doc until it
// clusters them; pooled buffers held that long, each as large as the
// longest doc that grew it, cost a run of 100,000 articles more than a
// gigabyte.
func extractKept(d *article.Doc) entExtracted {
	x := extractDoc(d)
	k := entExtracted{
		claims: slices.Clone(x.claims),
		ents:   &entDoc{mentions: slices.Clone(x.ents.mentions)},
		quotes: x.quotes,
		qs:     make([]qtQuote, len(x.qs)),
	}
	for i, q := range x.qs {
		k.qs[i] = qtQuote{mention: q.mention} // all that entSpeakers reads
	}
	x.release()
	return k
}

func extractDoc(d *article.Doc) entExtracted {
	paras, sents := entLayout(d)
	e := entFind(d.Text, sents)
	qs := qtFind(e, paras)
	claims := docClaims(d, e, qs)
	x := entExtracted{claims: claims, ents: e, qs: qs}
	for i := range claims {
		if claims[i].Kind == article.QuoteClaim {
			x.quotes = append(x.quotes, i)
		}
	}
	return x
}

// docClaims returns the claims of d sorted by position: its quotations
// qs, found by e, which it releases, its quantities and its times.
func docClaims(d *article.Doc, e *entDoc, qs []qtQuote) []article.Claim {
	buf := claimBufs.Get().(*[]article.Claim)
	all := qtClaims((*buf)[:0], d.ID, e, qs)
	all = appendQuantitiesCued(all, d, e.toks, e.sents) // before e.release, which lets go of e.toks
	e.release()
	cues := e.cues
	if len(d.Sentences) == 0 {
		cues = nil // e's sentences were split here, not those appendTimes reads
	}
	all = appendTimesCued(all, d, cues)
	article.SortClaims(all)
	return all
}

// claimBufs recycles the buffers the claims of a Doc are gathered in:
// Run (extractKept) and Claims copy them out at their final length
// before they are released (see entExtracted.release).
var claimBufs = sync.Pool{New: func() any { return new([]article.Claim) }}

// entLayout returns the paragraphs and sentences of d, from the Doc when
// normalize gave them, else split here: paragraphs at blank lines,
// sentences at end punctuation followed by a space and a capital or quote.
func entLayout(d *article.Doc) (paras, sents []article.Span) {
	paras, sents = d.Paragraphs, d.Sentences
	if paras == nil {
		paras = entSplitParas(d.Text)
	}
	if sents == nil {
		for _, p := range paras {
			sents = entSplitSentences(d.Text, p, sents)
		}
	}
	return paras, sents
}

func entSplitParas(text string) []article.Span {
	var out []article.Span
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if sp := qtTrim(text, start, end); sp.Start < sp.End {
			out = append(out, sp)
		}
		start = end + 2
	}
	return out
}

func entSplitSentences(text string, p article.Span, out []article.Span) []article.Span {
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' && c != '\n' {
			continue
		}
		j := i + 1
		for j < p.End && (text[j] == '"' || text[j] == ')' || strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’")) {
			j++
			if text[j-1] >= 0x80 {
				j += 2
			}
		}
		if c == '.' && entIsAbbrevBefore(text, p.Start, i) {
			continue
		}
		if c != '\n' && (j >= p.End || text[j] != ' ' || j+1 >= p.End || !entIsUpper(text, j+1) && text[j+1] != '"' && text[j+1] != 0xE2) {
			continue
		}
		if sp := qtTrim(text, start, j); sp.Start < sp.End {
			out = append(out, sp)
		}
		start, i = j, j-1
	}
	if sp := qtTrim(text, start, p.End); sp.Start < sp.End {
		out = append(out, sp)
	}
	return out
}

// entIsAbbrevBefore reports whether the dot at i ends an abbreviation
// ("U.S.", "Mr.") rather than a sentence.
func entIsAbbrevBefore(text string, lo, i int) bool {
	w := i
	for w > lo && text[w-1] != ' ' && text[w-1] != '\n' {
		w--
	}
	word := text[w:i]
	return strings.Contains(word, ".") && len(word) <= 6 || entIsAbbrev(word)
}
