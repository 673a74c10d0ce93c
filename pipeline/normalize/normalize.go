package normalize

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/sourcegraph/conc/pool"
	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// Options configure Run. The zero Options use one worker per CPU, log
// nothing and treat a line found in three otherwise different articles as
// boilerplate.
type Options struct {
	// Workers bounds the goroutines; 0 means GOMAXPROCS.
	Workers int
	// Logger receives progress at debug level; nil means zap.NewNop().
	Logger *zap.Logger
	// MinRepeat is the number of otherwise different articles a line must
	// occur in to be removed as Repeated; 0 means 3. Copies of one text
	// (syndication, reposts) count once.
	MinRepeat int
}

// defaultMinRepeat is the MinRepeat of the zero Options.
const defaultMinRepeat = 3

// ErrNoText is the condition of an article that has no text left after
// cleaning. Run does not fail on it: it returns the (empty) Doc and a
// Problem whose Msg is ErrNoText.Error().
var ErrNoText = errors.New("normalize: no article text")

// Run normalizes the articles: it cleans each Body (see Text), removes
// boilerplate lines, detects a missing title and splits the text into
// paragraphs and sentences. It returns one Doc per article, in the order
// of in, and the problems found (articles left without text). The error
// is for bad Options or a cancelled ctx.
func Run(ctx context.Context, in []article.Article, opt Options) ([]article.Doc, article.ErrorList, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, nil, err
	}
	workers, log := opt.Workers, opt.Logger

	pages := make([]*page, len(in))
	err = forEach(ctx, len(in), workers, func(i int) { pages[i] = newPage(in[i].Body, in[i].Format == article.Markdown) })
	if err != nil {
		return nil, nil, err
	}
	repeated := repeatedLines(pages, opt.MinRepeat)
	docs := make([]article.Doc, len(in))
	err = forEach(ctx, len(in), workers, func(i int) {
		title := classify(pages[i], in[i].Title, repeated)
		docs[i] = assemble(in[i], pages[i], title)
		pages[i] = nil
	})
	if err != nil {
		return nil, nil, err
	}

	var problems article.ErrorList
	for i := range docs {
		d := &docs[i]
		if d.Text == "" {
			problems.Add(d.Path, d.Line, false, "%s", ErrNoText.Error())
		}
		log.Debug("normalized", zap.String("id", d.ID), zap.Int("sentences", len(d.Sentences)),
			zap.Int("removed", len(d.Removed)), zap.String("title", d.Title))
	}
	problems.Sort()
	return docs, problems, nil
}

// withDefaults validates o and fills in the defaults of its zero fields.
func (o Options) withDefaults() (Options, error) {
	if o.Workers < 0 {
		return o, fmt.Errorf("normalize: workers must not be negative, got %d", o.Workers)
	}
	if o.MinRepeat < 0 {
		return o, fmt.Errorf("normalize: min repeat must not be negative, got %d", o.MinRepeat)
	}
	if o.Workers == 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MinRepeat == 0 {
		o.MinRepeat = defaultMinRepeat
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	return o, nil
}

// forEach calls f(i) for i in [0, n) on at most workers goroutines. f
// writes its result by index, so the order of scheduling never shows.
func forEach(ctx context.Context, n, workers int, f func(i int)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if workers == 1 || n <= 1 {
		// One worker: run in order on this goroutine, as -j 1 promises.
		for i := 0; i < n; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			f(i)
		}
		return nil
	}
	p := pool.New().WithContext(ctx).WithMaxGoroutines(workers)
	for i := 0; i < n; i++ {
		p.Go(func(ctx context.Context) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			f(i)
			return nil
		})
	}
	return p.Wait()
}

// assemble builds the Doc of a from its classified page.
func assemble(a article.Article, p *page, title string) article.Doc {
	d := article.Doc{Article: a, LineStarts: article.LineStarts(a.Body)}
	d.Title = title
	var out strings.Builder // its String does not copy
	out.Grow(len(a.Body))
	for i := range p.lines {
		l := &p.lines[i]
		if l.drop {
			d.Removed = append(d.Removed, removedLine(&d, l.text, l.reason, l.start, l.end))
			if l.reason == article.Credit {
				d.Credits = append(d.Credits, l.text)
			}
			continue
		}
		text := l.text
		if l.cut > 0 {
			d.Removed = append(d.Removed, removedLine(&d, text[l.cut:], article.LinkSpam, p.raw(l, l.cut), l.end))
			text = strings.TrimRight(text[:l.cut], " ")
		}
		writeParagraph(&d, &out, p, l, text)
	}
	d.Text = out.String()
	d.Map = anchorStart(d.Map)
	for _, s := range Sentences(d.Text) {
		d.Sentences = append(d.Sentences, article.Span{Doc: a.ID, Start: s[0], End: s[1]})
	}
	return d
}

// writeParagraph writes text, all or the head of line l, to out as a
// paragraph of d, with its anchors in d.Map.
func writeParagraph(d *article.Doc, out *strings.Builder, p *page, l *line, text string) {
	if out.Len() > 0 {
		d.Map.Add(out.Len()+1, d.Map.Raw(out.Len())) // the break maps to the end of the paragraph before
		out.WriteString("\n\n")
	}
	base := out.Len()
	for _, an := range p.anchors[l.a0:l.a1] {
		if an.Norm >= len(text) {
			break
		}
		d.Map.Add(base+an.Norm, an.Raw)
	}
	out.WriteString(text)
	if len(text) == len(l.text) {
		d.Map.Add(out.Len(), l.rawEnd)
	} else {
		d.Map.Add(out.Len(), p.raw(l, len(text)))
	}
	d.Paragraphs = append(d.Paragraphs, article.Span{Doc: d.ID, Start: base, End: out.Len()})
}
