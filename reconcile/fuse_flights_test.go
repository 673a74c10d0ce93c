package reconcile_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// The flights benchmark of Li et al. (VLDB 2013): 38 web sources report
// four times for 100 flights, copying one another. See its README.
const fuseFlightsDir = "../../shared/data/flights/"

var fuseFlightsAttrs = []string{"sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time"}

// fuseFlightsOptions read flights_*.csv as a wide table: the item is
// flight/attribute, the source is src.
var fuseFlightsOptions = reconcile.FuseOptions{Item: "flight", Source: "src", Wide: fuseFlightsAttrs}

// Item accuracy on flights. The issue asks for 95%; Fuse reaches 94.25%
// (377 of 400). Ten items have a true value that no source gives, so 97.5%
// is the ceiling. Of the 13 other misses, 11 are UA flights where only ua,
// the airline's own site, is right against one group of exact copies
// (businesstravellogue, flights, flylouisville, flightstats, quicktrip,
// world-flight-tracker, found dependent with probability 1) plus orbitz:
// the copies count as about one vote, but that vote comes from sources
// that are right on nearly every item nobody contests, so it outweighs
// ua's, whose estimated accuracy those very items lower. The other two:
// AA-204 act_arr_time, where only flightaware and wunderground (accuracy
// 0.36) are right, and AA-3063 act_arr_time, where three of the copies say
// 9:20 and the other two, with ifly, flightarrival and travelocity, 9:19
// ("9:19 p.m. (Estimated)").
//
// UA-3099 act_dep_time is not recoverable either: even counted as one
// vote, the copies (8.0) with orbitz (5.0) and ifly (3.9) outweigh ua (5.7)
// and the three groups of low accuracy that agree with it (4.9 in all):
// those groups share 27 to 52 false values pairwise by flights_clean.csv,
// so discounting them as copies is right.
//
// Principled variants measured (item accuracy on flights) that did not
// help, so are not in Fuse:
//   - accuracy per (source, attribute) with a Beta prior of strength k
//     centred on the source's overall accuracy, estimated jointly: 77.75%
//     (k=10; 76.0% at k=1, 89.0% at k=50, 93.0% at k=1000): act_dep_time
//     settles on the copy group of airtravelcenter;
//   - the same, started from the settled per-source accuracies: 94.25%
//     for every k from 1 to 1000 (no item changes);
//   - with those, dependence computed from the accuracies per attribute:
//     94.25%; copy detection per (pair, attribute), k=10: 86.0%;
//   - with those, n per item from its d values seen, max(1, d-1): 76.0%;
//     d: 67.5% (smaller n hands items to the largest group of copies);
//   - hedged claims. By flights_clean.csv, the values flightstats,
//     quicktrip, ifly and world-flight-tracker give with a remark ("5:42
//     a.m. (Estimated runway)") are right 22-38% of the time, their plain
//     ones about 98%. But truth discovery cannot learn it: such a claim
//     loses only where someone else is right, which is rare. A source's
//     claims with a remark (parentheses or "*") as a voter of their own,
//     with their own accuracy: 94.0% (the few claims get high accuracies
//     from the items they win with the copies). Claims with a remark, or
//     with the word "estimated"/"expected", voting at a share w of their
//     source's vote: 94.25% or 94.0% at w=0.5, 67-93% at w<=0.25, with
//     or without them in the source's accuracy. Dropping them on items
//     with a plain claim: 93.0% (87.5% by the word): it wins UA-233 (both)
//     and UA-3099, but loses 8 items, such as AA-1733 act_arr_time, which
//     only hedged claims get right, and lowers the accuracies until aa,
//     agreeing with the copies on 175 of 176 items, is taken for one of
//     them;
//   - copy rate c per pair, integrated over a uniform prior instead of
//     0.8 (the vote discounts a copier by the posterior mean of c): 67.75%;
//     started from the settled estimate: 94.25%, no item changes (for
//     accurate pairs, agreement on true values says little about c: the
//     posterior mean is about 0.5 within the copy group); with the hedged
//     claims dropped as above: 94.25%, other items;
//   - false values not uniform in copy detection: a shared false value's
//     probability is the share of the item's other false claims giving it
//     (Dirichlet(1) over n): 72.25%; copy detection from shared false
//     values and differences only, not shared true values: 72.75%. Both
//     stop counting shared popular errors as copying, and the nine-source
//     group of boston wins the contested items;
//   - not implemented, because they cannot overturn the misses: value
//     similarity (AccuSim): in 4 UA misses ua's time lies between the
//     copies' and the rest's (2:52, 2:55, 3:04), but the copies score 15
//     against 5.7 and 5.2, more than any share of a neighbour's score
//     moves; format-aware copy detection: ifly, whose values and spellings
//     match flightstats' on all 144 items, would count as a copy, but
//     orbitz, which writes "11:43aDec 1", would not, and UA-3099 stays.
//
// TestFuseFlightsSensitivity measures n, c, α and the accuracy cap: 94.25%
// for n from 15 to 50, c from 0.6 to 0.85, α from 0.05 to 0.5, cap 0.99 or
// 0.999; n=10, c=0.5 or c=0.9 settle on the copies of boston (68-73%).
//
// Even an oracle does not reach 95% in this model: with every value's
// probability set from flights_clean.csv, the accuracies per source (or
// per source and attribute, Laplace-smoothed) and the dependences that
// follow, one vote gets 378 of 400 (94.5%, TestFuseFlightsOracle). The
// copy group plus orbitz outvote a lone source of any accuracy up to the
// 0.99 cap; with a cap of 0.999 the oracle gets 381 (95.25%), but the
// estimate stays at 377, because ua's estimated accuracy is 0.91.
//
// fuseFlightsTarget is a known failure: the test fails with "no longer
// failing" when it is met, so that the floor is raised.
const (
	fuseFlightsFloor  = 0.94
	fuseFlightsTarget = 0.95
)

func TestFuseFlights(t *testing.T) {
	dirty, err := os.ReadFile(fuseFlightsDir + "flights_dirty.csv")
	if err != nil {
		t.Skipf("no flights benchmark: %v", err)
	}
	truth := fuseReadFlights(t, fuseFlightsDir+"flights_clean.csv")
	res, err := reconcile.Fuse(bytes.NewReader(dirty), fuseFlightsOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Errorf("problems: %v", res.Problems)
	}
	ok := 0
	for _, it := range res.Items {
		if want := truth[it.Item][0]; reconcile.FuseEqual(it.Value, want) {
			ok++
		} else {
			t.Logf("%s = %q %v, want %q", it.Item, it.Value, it.Support, want)
		}
	}
	acc := float64(ok) / float64(len(truth))
	exact, normalized := fuseMajority(t, dirty, truth)
	t.Logf("flights item accuracy: Fuse %.2f%% (%d/%d), majority vote %.2f%% (exact match), %.2f%% (normalized values)",
		100*acc, ok, len(truth), 100*exact, 100*normalized)
	if exact < 0.755 || exact > 0.765 {
		t.Errorf("majority-vote baseline = %.4f, want 0.760 as documented", exact)
	}
	switch {
	case acc < fuseFlightsFloor:
		t.Errorf("Fuse accuracy = %.4f, want >= %.2f", acc, fuseFlightsFloor)
	case acc >= fuseFlightsTarget:
		t.Errorf("Fuse accuracy = %.4f: known failure (target %.2f) no longer failing; raise fuseFlightsFloor", acc, fuseFlightsTarget)
	}
	for _, g := range [][]string{ // sources that give the same values, errors included
		{"airtravelcenter", "flytecomm", "helloflight", "myrateplan"},
		{"mytripandmore", "orbitz", "travelocity"},
	} {
		if !slices.ContainsFunc(res.CopyGroups, func(h []string) bool { return slices.Equal(g, h) }) {
			t.Errorf("copy groups %v lack %v", res.CopyGroups, g)
		}
	}
	t.Logf("copy groups: %v", res.CopyGroups)
}

// fuseMajority scores the majority vote over the values of each item,
// ignoring empty cells and breaking ties by the value seen first: exact
// compares values as written, normalized after normalization.
func fuseMajority(t *testing.T, dirty []byte, truth map[string][]string) (exact, normalized float64) {
	claims := fuseReadFlightsBytes(t, dirty)
	var okExact, okNorm int
	for item, want := range truth {
		if fuseVote(claims[item], func(a, b string) bool { return a == b }) == want[0] {
			okExact++
		}
		if reconcile.FuseEqual(fuseVote(claims[item], reconcile.FuseEqual), want[0]) {
			okNorm++
		}
	}
	n := float64(len(truth))
	return float64(okExact) / n, float64(okNorm) / n
}

// fuseVote returns the most common of the non-empty values, as grouped by
// same, the first seen among the most common.
func fuseVote(values []string, same func(a, b string) bool) string {
	var distinct []string
	var count []int
	for _, v := range values {
		if v == "" {
			continue
		}
		i := slices.IndexFunc(distinct, func(d string) bool { return same(d, v) })
		if i < 0 {
			distinct, count, i = append(distinct, v), append(count, 0), len(distinct)
		}
		count[i]++
	}
	best := -1
	for i := range distinct {
		if best < 0 || count[i] > count[best] {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return distinct[best]
}

// fuseReadFlights returns the values of each flight/attribute item in
// file order.
func fuseReadFlights(t *testing.T, path string) map[string][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fuseReadFlightsBytes(t, data)
}

func fuseReadFlightsBytes(t *testing.T, data []byte) map[string][]string {
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	m := map[string][]string{}
	for _, r := range recs[1:] {
		for _, a := range fuseFlightsAttrs {
			item := r[col["flight"]] + "/" + a
			m[item] = append(m[item], r[col[a]])
		}
	}
	return m
}

func BenchmarkFuse(b *testing.B) {
	dirty, err := os.ReadFile(fuseFlightsDir + "flights_dirty.csv")
	if err != nil {
		b.Skipf("no flights benchmark: %v", err)
	}
	b.SetBytes(int64(len(dirty)))
	for b.Loop() {
		if _, err := reconcile.Fuse(bytes.NewReader(dirty), fuseFlightsOptions); err != nil {
			b.Fatal(err)
		}
	}
}
