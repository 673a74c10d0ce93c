package reconcile_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// A fixture builds an Input from hand-written docs: claims are placed by
// finding their text in the doc, sentences end at ". ".
type fixture struct {
	t  testing.TB
	in reconcile.Input
}

func newFixture(t testing.TB) *fixture { return &fixture{t: t} }

// doc adds an article; published is "YYYY-MM-DD", a range or "".
func (f *fixture) doc(id, published, text string) {
	pub, err := article.ParseDateRange(published)
	if err != nil {
		f.t.Fatal(err)
	}
	d := article.Doc{Article: article.Article{ID: id, Path: id + ".txt", Published: pub}, Text: text}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			d.Sentences = append(d.Sentences, article.Span{Doc: id, Start: start, End: i + 1})
			start = i + 2
		}
	}
	if start < len(text) {
		d.Sentences = append(d.Sentences, article.Span{Doc: id, Start: start, End: len(text)})
	}
	f.in.Docs = append(f.in.Docs, d)
}

// story adds a story whose voices are given; its articles are theirs.
func (f *fixture) story(id string, voices ...[]string) {
	s := article.Story{ID: id, Voices: voices}
	for _, v := range voices {
		s.Articles = append(s.Articles, v...)
	}
	slices.Sort(s.Articles)
	f.in.Stories = append(f.in.Stories, s)
}

// span finds the n-th (from 0) occurrence of text in doc.
func (f *fixture) span(doc, text string) (article.Span, article.Span) {
	for _, d := range f.in.Docs {
		if d.ID != doc {
			continue
		}
		i := strings.Index(d.Text, text)
		if i < 0 {
			f.t.Fatalf("%q not in doc %s", text, doc)
		}
		s := article.Span{Doc: doc, Start: i, End: i + len(text)}
		return s, d.Sentences[d.SentenceAt(i)]
	}
	f.t.Fatalf("no doc %s", doc)
	return article.Span{}, article.Span{}
}

func (f *fixture) claim(k article.Kind, doc, text string) *article.Claim {
	s, sent := f.span(doc, text)
	f.in.Claims = append(f.in.Claims, article.Claim{ID: article.ClaimID(k, s), Kind: k, Span: s, Sentence: sent, Text: text})
	return &f.in.Claims[len(f.in.Claims)-1]
}

// troops adds a figure of troops; iv is its reading.
func (f *fixture) troops(doc, text string, value float64, iv article.Interval, about string) {
	c := f.claim(article.QuantityClaim, doc, text)
	c.Quantity = &article.Quantity{Interval: iv, Value: value, Unit: "troop", Category: "military personnel", About: about}
}

// date adds a resolved date of event; to may be "" for one day.
func (f *fixture) date(doc, text, from, to, event string) {
	c := f.claim(article.TimeClaim, doc, text)
	s, _ := article.ParseDate(from)
	e := s
	if to != "" {
		e, _ = article.ParseDate(to)
	}
	c.Time = &article.Time{Timex: from, Start: s, End: e, Event: event}
}

// duration adds an amount of time.
func (f *fixture) duration(doc, text, timex string) {
	c := f.claim(article.TimeClaim, doc, text)
	c.Time = &article.Time{Timex: timex, Duration: true}
}

// quote adds a quote: said must occur in the doc.
func (f *fixture) quote(doc, said, speaker string) {
	c := f.claim(article.QuoteClaim, doc, said)
	c.Quote = &article.Quote{Said: said, Parts: []article.Span{c.Span}, Speaker: speaker}
}

// entity adds an entity mentioned wherever one of its names occurs.
func (f *fixture) entity(id, name string, aliases ...string) {
	e := article.Entity{ID: id, Name: name, Kind: article.Person, Aliases: aliases}
	for _, d := range f.in.Docs {
		for _, n := range append([]string{name}, aliases...) {
			for off := 0; ; {
				i := strings.Index(d.Text[off:], n)
				if i < 0 {
					break
				}
				e.Mentions = append(e.Mentions, article.Span{Doc: d.ID, Start: off + i, End: off + i + len(n)})
				off += i + len(n)
			}
		}
	}
	f.in.Entities = append(f.in.Entities, e)
}

func run(t testing.TB, in reconcile.Input, workers int) *reconcile.Result {
	t.Helper()
	r, err := reconcile.Run(context.Background(), in, reconcile.Options{Workers: workers})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return r
}

// summary is what the fixture tests check of a finding.
func summary(fd reconcile.Finding) string {
	return fmt.Sprintf("%s/%s %q articles=%v voices=%d", fd.Kind, fd.Severity, fd.Subject, fd.Articles, len(fd.Voices))
}

func summaries(r *reconcile.Result) []string {
	var out []string
	for _, fd := range r.Findings {
		out = append(out, summary(fd))
	}
	return out
}

var (
	exact    = article.Exact
	moreThan = func(v float64) article.Interval {
		return article.Interval{Low: v, High: math.Inf(1), Qualifier: "more than"}
	}
	about = func(v float64) article.Interval {
		iv := article.Exact(v)
		iv.Approximate, iv.Qualifier = true, "about"
		return iv
	}
	asManyAs = func(v float64) article.Interval {
		return article.Interval{Low: 0, High: v, LowInclusive: true, HighInclusive: true, Qualifier: "as many as"}
	}
	tensOfThousands = article.Interval{Low: 10000, High: 99999, LowInclusive: true, HighInclusive: true,
		Approximate: true, Qualifier: "tens of thousands"}
)

// shuffled returns a copy of in with every list, and every voice,
// in a random order.
func shuffled(in reconcile.Input, seed uint64) reconcile.Input {
	r := rand.New(rand.NewPCG(seed, seed))
	out := in
	out.Docs = slices.Clone(in.Docs)
	out.Claims = slices.Clone(in.Claims)
	out.Entities = slices.Clone(in.Entities)
	out.Stories = nil
	for _, s := range in.Stories {
		s.Voices = slices.Clone(s.Voices)
		for i, v := range s.Voices {
			v = slices.Clone(v)
			r.Shuffle(len(v), func(i, j int) { v[i], v[j] = v[j], v[i] })
			s.Voices[i] = v
		}
		r.Shuffle(len(s.Voices), func(i, j int) { s.Voices[i], s.Voices[j] = s.Voices[j], s.Voices[i] })
		out.Stories = append(out.Stories, s)
	}
	r.Shuffle(len(out.Docs), func(i, j int) { out.Docs[i], out.Docs[j] = out.Docs[j], out.Docs[i] })
	r.Shuffle(len(out.Claims), func(i, j int) { out.Claims[i], out.Claims[j] = out.Claims[j], out.Claims[i] })
	r.Shuffle(len(out.Entities), func(i, j int) { out.Entities[i], out.Entities[j] = out.Entities[j], out.Entities[i] })
	r.Shuffle(len(out.Stories), func(i, j int) { out.Stories[i], out.Stories[j] = out.Stories[j], out.Stories[i] })
	return out
}

func TestRunOptions(t *testing.T) {
	if _, err := reconcile.Run(context.Background(), reconcile.Input{}, reconcile.Options{Workers: -1}); err != reconcile.ErrWorkers {
		t.Errorf("Run(Workers: -1) error = %v, want %v", err, reconcile.ErrWorkers)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	f := newFixture(t)
	buildAll(f)
	if _, err := reconcile.Run(ctx, f.in, reconcile.Options{}); err == nil {
		t.Errorf("Run(cancelled context) error = nil, want context.Canceled")
	}
	r := run(t, reconcile.Input{}, 0)
	if len(r.Findings) != 0 {
		t.Errorf("Run(empty input) = %v, want no findings", summaries(r))
	}
}

// TestDeterminism runs the fixtures of every case together, shuffled and
// at several worker counts: the Result must not change, and fingerprints
// must be unique.
func TestDeterminism(t *testing.T) {
	f := newFixture(t)
	buildAll(f)
	want := run(t, f.in, 1)
	seen := make(map[string]bool)
	for _, fd := range want.Findings {
		if seen[fd.Fingerprint] {
			t.Errorf("fingerprint %s repeated", fd.Fingerprint)
		}
		seen[fd.Fingerprint] = true
	}
	for seed := range uint64(8) {
		for _, workers := range []int{1, 2, 8} {
			got := run(t, shuffled(f.in, seed), workers)
			if !reflect.DeepEqual(got.Findings, want.Findings) {
				t.Fatalf("seed %d, %d workers: findings\n%v\nwant\n%v", seed, workers,
					strings.Join(summaries(got), "\n"), strings.Join(summaries(want), "\n"))
			}
		}
	}
}

// TestFingerprintStable checks that fingerprints do not depend on
// offsets: the same claims moved within their articles (text prepended)
// keep their fingerprints, and differ in claim IDs.
func TestFingerprintStable(t *testing.T) {
	build := func(prefix string) *reconcile.Result {
		f := newFixture(t)
		f.doc("a", "2022-01-31", prefix+"Russia has massed more than 100,000 troops along its border with Ukraine.")
		f.doc("b", "2022-01-31", "Officials said about 120,000 troops are massed along the border with Ukraine.")
		f.story("S1", []string{"a"}, []string{"b"})
		f.troops("a", "more than 100,000 troops", 100000, moreThan(100000), "along its border with Ukraine")
		f.troops("b", "about 120,000 troops", 120000, about(120000), "along the border with Ukraine")
		return run(t, f.in, 0)
	}
	x, y := build(""), build("In a new development. ")
	if len(x.Findings) != 1 || len(y.Findings) != 1 {
		t.Fatalf("got %v and %v, want one finding each", summaries(x), summaries(y))
	}
	if x.Findings[0].Fingerprint != y.Findings[0].Fingerprint {
		t.Errorf("fingerprint changed with offsets: %s, want %s", y.Findings[0].Fingerprint, x.Findings[0].Fingerprint)
	}
	if slices.Equal(x.Findings[0].Claims, y.Findings[0].Claims) {
		t.Errorf("claims %v did not move; the test tests nothing", x.Findings[0].Claims)
	}
}
