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

// assemble builds the Doc of a from its classified page. The Doc holds
// no Body: LineStarts and Runes keep what Pos needs of it, and every
// string and slice is allocated at its final size, so that a Doc keeps
// no more memory than it shows.
func assemble(a article.Article, p *page, title string) article.Doc {
	d := article.Doc{Article: a, LineStarts: article.LineStarts(a.Body), Runes: article.NewRuneIndex(a.Body)}
	d.Body = ""
	d.Title = strings.Clone(title) // it may be a line of the page
	size, paras, removed := p.sizes()
	if paras > 0 {
		d.Paragraphs = make([]article.Span, 0, paras)
	}
	if removed > 0 {
		d.Removed = make([]article.Removed, 0, removed)
	}
	var out strings.Builder // its String does not copy
	out.Grow(size)
	s := scratchPool.Get().(*scratch)
	defer s.release()
	d.Map = s.anchors[:0] // built in a reused buffer, then copied
	for i := range p.lines {
		l := &p.lines[i]
		if l.drop {
			text := strings.Clone(l.text)
			d.Removed = append(d.Removed, removedLine(&d, text, l.reason, l.start, l.end))
			if l.reason == article.Credit {
				d.Credits = append(d.Credits, text)
			}
			continue
		}
		text := l.text
		if l.cut > 0 {
			d.Removed = append(d.Removed, removedLine(&d, strings.Clone(text[l.cut:]), article.LinkSpam, p.raw(l, l.cut), l.end))
			text = strings.TrimRight(text[:l.cut], " ")
		}
		writeParagraph(&d, &out, p, l, text)
	}
	d.Text = out.String()
	s.anchors, d.Map = d.Map, exactMap(d.Map)
	d.Sentences = sentenceSpans(d.ID, d.Text, d.Paragraphs, s)
	return d
}

// exactMap returns a copy of m at its length, with the anchor that
// anchorStart adds.
func exactMap(m article.OffsetMap) article.OffsetMap {
	if len(m) == 0 {
		return nil
	}
	head := 0
	if m[0].Norm > m[0].Raw {
		head = 1 // {0, 0}, as anchorStart puts in front
	}
	out := make(article.OffsetMap, head+len(m))
	copy(out[head:], m)
	return out
}

// sizes returns the length of the Text that p's kept lines make, the
// number of its paragraphs and the number of Removed entries.
func (p *page) sizes() (size, paras, removed int) {
	for i := range p.lines {
		l := &p.lines[i]
		switch {
		case l.drop:
			removed++
			continue
		case l.cut > 0:
			removed++
			size += len(strings.TrimRight(l.text[:l.cut], " "))
		default:
			size += len(l.text)
		}
		paras++
	}
	if paras > 1 {
		size += 2 * (paras - 1)
	}
	return size, paras, removed
}

// sentenceSpans returns the sentences of the paragraphs paras of text, as
// Sentences finds them, in a slice of their number; s lends the buffer
// they are found in.
func sentenceSpans(id, text string, paras []article.Span, s *scratch) []article.Span {
	ss := s.ranges[:0]
	for _, p := range paras {
		ss = appendSentences(ss, text, p.Start, p.End)
	}
	s.ranges = ss
	if len(ss) == 0 {
		return nil
	}
	out := make([]article.Span, len(ss))
	for i, s := range ss {
		out[i] = article.Span{Doc: id, Start: s[0], End: s[1]}
	}
	return out
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
