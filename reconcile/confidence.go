package reconcile

import (
	"math"
	"strconv"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// confidence returns how sure a finding is, in [0, 1], rounded to three
// places. It starts from how surely the claims state one fact: 1 for a
// lone claim, and from 0.5 at the kind's match threshold up to 1 for the
// weakest link of the fact scoring 1. Then, by verdict:
//
//   - agreement: times 1 − 2^−voices (0.75 for two voices, 0.875 for three);
//   - contradiction: times 0.6 + 0.4·gap, the gap being how far apart the
//     values are (relative difference, or days apart over a week);
//   - vague figure against a precise one: times 0.5 + 0.3·gap;
//   - quote drift: times 0.8, the diff being the evidence;
//   - update: times 0.8;
//   - single source: 1 − the best score of a claim of another voice that
//     was not matched, in [0.05, 0.95]: a near match makes it less sure
//     that no one else said it.
func confidence(f *fact, o vdOutcome, voices int) float64 {
	if o.kind == SingleSource {
		return confidenceRound(min(0.95, max(0.05, 1-f.nearMiss)))
	}
	m := 1.0
	if len(f.claims) > 1 {
		thr := matchMin(f.kind)
		m = 0.5 + 0.5*min(1, max(0, (f.cohesion-thr)/(1-thr)))
	}
	switch {
	case o.kind == Agreement:
		m *= 1 - math.Pow(2, -float64(voices))
	case o.kind == Contradiction && o.soft && f.kind == article.QuoteClaim:
		m *= 0.8
	case o.kind == Contradiction && o.soft:
		m *= 0.5 + 0.3*o.strength
	case o.kind == Contradiction:
		m *= 0.6 + 0.4*o.strength
	case o.kind == Update:
		m *= 0.8
	}
	return confidenceRound(m)
}

func confidenceRound(x float64) float64 { return math.Round(x*1000) / 1000 }

// confidenceExplain says in one sentence what was compared, by how many
// voices, and why the verdict.
func confidenceExplain(f *fact, o vdOutcome, subject string, articles, voices int) string {
	return "Compared " + confidencePlural(len(o.claims), "claim") + " on " + subject +
		" from " + confidencePlural(articles, "article") + " in " +
		confidencePlural(voices, "independent voice") + ": " + o.why + "."
}

func confidencePlural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
