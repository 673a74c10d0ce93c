package reconcile_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

var (
	benchPlaces  = []string{"Ukraine", "Belarus", "Poland", "Moldova", "Georgia", "Finland"}
	benchUnits   = []string{"troop", "tank", "diplomat", "refugee"}
	benchEvents  = []string{"phone call", "meeting", "summit", "vote"}
	benchPeople  = []string{"Alder", "Brook", "Cedar", "Dale", "Ember", "Fern"}
	benchSayings = []string{
		"We remain fully committed to dialogue to resolve these issues",
		"It would be counterproductive to negotiate in public",
		"There will be no change to the open door policy",
		"We hope and expect that they will take our plan seriously",
	}
)

// benchInput generates stories of articles, each with figures, dates and
// quotes that partly agree, so that matching has real work to do.
func benchInput(stories, docsPer, sentencesPer int) reconcile.Input {
	r := rand.New(rand.NewPCG(1, 2))
	f := newFixture(&testing.T{})
	for s := range stories {
		var voices [][]string
		for d := range docsPer {
			id := fmt.Sprintf("s%03dd%02d", s, d)
			pub := article.Date{Year: 2022, Month: 1, Day: 20 + r.IntN(8)}
			text, adders := benchDoc(r, id, sentencesPer)
			f.doc(id, pub.String(), text)
			for _, add := range adders {
				add(f)
			}
			if d > 0 && r.IntN(4) == 0 { // a copy of the previous article's voice
				voices[len(voices)-1] = append(voices[len(voices)-1], id)
			} else {
				voices = append(voices, []string{id})
			}
		}
		f.story("S"+strconv.Itoa(s), voices...)
	}
	for _, p := range benchPeople {
		f.entity("e"+p, p)
	}
	return f.in
}

// benchDoc writes the text of one article and the claims to add once the
// doc exists.
func benchDoc(r *rand.Rand, id string, n int) (string, []func(*fixture)) {
	var text string
	var adders []func(*fixture)
	for i := range n {
		if i > 0 {
			text += " "
		}
		tag := fmt.Sprintf("[%d]", i) // makes each claim text unique in the doc
		switch r.IntN(3) {
		case 0:
			v := float64((1 + r.IntN(3)) * 50000)
			unit, place := benchUnits[r.IntN(len(benchUnits))], benchPlaces[r.IntN(len(benchPlaces))]
			claim := fmt.Sprintf("%s %s %ss", tag, strconv.FormatFloat(v, 'f', 0, 64), unit)
			text += fmt.Sprintf("Officials said %s are massed along the border with %s.", claim, place)
			adders = append(adders, func(f *fixture) {
				c := f.claim(article.QuantityClaim, id, claim)
				c.Quantity = &article.Quantity{Interval: article.Exact(v), Value: v, Unit: unit, Category: unit,
					About: "along the border with " + place}
			})
		case 1:
			a, b := benchPeople[r.IntN(len(benchPeople))], benchPeople[r.IntN(len(benchPeople))]
			ev, day := benchEvents[r.IntN(len(benchEvents))], 1+r.IntN(3)
			claim := fmt.Sprintf("%s on February %d", tag, day)
			text += fmt.Sprintf("%s and %s will hold a %s %s.", a, b, ev, claim)
			adders = append(adders, func(f *fixture) {
				f.date(id, claim, fmt.Sprintf("2022-02-%02d", day), "", ev)
			})
		default:
			said := benchSayings[r.IntN(len(benchSayings))] + " " + tag
			who := benchPeople[r.IntN(len(benchPeople))]
			text += fmt.Sprintf("“%s,” %s said.", said, who)
			adders = append(adders, func(f *fixture) { f.quote(id, said, who) })
		}
	}
	return text, adders
}

// BenchmarkReconcile reconciles 6,000 generated claims: in 200 stories of
// 5 articles each, and in 2 stories of 500 articles (large blocks, matched
// through the inverted index).
func BenchmarkReconcile(b *testing.B) {
	for _, size := range []struct{ stories, docs int }{{200, 5}, {2, 500}} {
		b.Run(fmt.Sprintf("%dx%d", size.stories, size.docs), func(b *testing.B) {
			in := benchInput(size.stories, size.docs, 6)
			b.ReportAllocs()
			b.ReportMetric(float64(len(in.Claims)), "claims/op")
			for b.Loop() {
				if _, err := reconcile.Run(b.Context(), in, reconcile.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDeterminismLarge checks order independence where blocks are large
// enough for the inverted index.
func TestDeterminismLarge(t *testing.T) {
	in := benchInput(2, 40, 6)
	want := run(t, in, 1)
	if len(want.Findings) == 0 {
		t.Fatal("no findings")
	}
	for seed := range uint64(2) {
		got := run(t, shuffled(in, seed), 2)
		if !reflect.DeepEqual(got.Findings, want.Findings) {
			t.Fatalf("seed %d: %d findings differ from the %d of the unshuffled input", seed, len(got.Findings), len(want.Findings))
		}
	}
}

// BenchmarkReconcileCorpus reconciles a generated corpus of 2,000
// articles made from the seeds (see corpusInput); the earlier stages run
// before the clock starts. Bytes are those of the normalized texts;
// cpu-MB/s divides them by the CPU time of the process (user and system,
// all threads), which a busy machine does not inflate as it does wall time.
func BenchmarkReconcileCorpus(b *testing.B) {
	benchCPU(b, corpusInput(b, 2000))
}

// benchCPU runs Run on in in a benchmark loop and reports MB/s of text,
// by wall time and by CPU time.
func benchCPU(b *testing.B, in reconcile.Input) {
	n := 0
	for _, d := range in.Docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu0 := benchCPUTime()
	for b.Loop() {
		if _, err := reconcile.Run(b.Context(), in, reconcile.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/1e6/(benchCPUTime()-cpu0).Seconds(), "cpu-MB/s")
}

// benchCPUTime returns the user and system CPU time of the process.
func benchCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
