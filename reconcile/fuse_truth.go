package reconcile

import (
	"cmp"
	"math"
	"slices"

	"go.uber.org/zap"
)

// Parameters of the model of Dong, Berti-Equille and Srivastava (VLDB
// 2009). c, α and ε are the values of their experiments. n is 30 rather
// than their 100: a source votes ln(n·A/(1-A)), so a smaller n weighs
// accuracy more against numbers. TestFuseFlightsSensitivity measures how
// the flights benchmark answers to n, c, α and the accuracy cap: any n
// from 20 to 50 and any c from 0.6 to 0.85 give the best accuracy
// (94.25%); outside those ranges the rounds can settle on the values of
// the largest group of copies (about 70%).
const (
	fuseFalseValues = 30   // n: false values an item can take, uniformly
	fuseCopyRate    = 0.8  // c: share of its values a copier copies
	fusePrior       = 0.2  // α: prior probability that two sources are dependent
	fuseStartAcc    = 0.8  // 1-ε: accuracy of every source before evidence
	fuseMinAcc      = 0.01 // accuracies are kept in [fuseMinAcc, fuseMaxAcc]
	fuseMaxAcc      = 0.99 // so that no source's vote is infinite
	fuseMaxRounds   = 100
	fuseSettled     = 1e-6 // largest change of an accuracy that ends the rounds
	fuseCopyGroup   = 0.9  // dependence probability that joins a copy group
	fuseCopyFalse   = 1    // expected shared false values that join a copy group
)

// fuseParams are the parameters of the model that tests vary;
// fuseDefaults are those Fuse uses.
type fuseParams struct {
	falseValues int     // n
	copyRate    float64 // c
	prior       float64 // α
	maxAcc      float64 // the cap on accuracies
}

var fuseDefaults = fuseParams{falseValues: fuseFalseValues, copyRate: fuseCopyRate, prior: fusePrior, maxAcc: fuseMaxAcc}

// fuseState is the estimate being refined: per source its accuracy (and
// vote, tau), per value its probability of being true, per pair of sources
// the probability that they are dependent.
type fuseState struct {
	*fuseModel
	par                 fuseParams
	acc, tau, prob, dep []float64
}

// solve runs truth discovery on the claims of t.
func (t *fuseTable) solve(tol float64, log *zap.Logger) *FuseResult {
	m := t.model(tol)
	s := newFuseState(m, fuseDefaults)
	rounds := s.run()
	log.Debug("fuse", zap.Int("sources", len(m.sources)), zap.Int("items", len(m.items)),
		zap.Int("pairs", len(m.pairs)), zap.Int("rounds", rounds))
	return &FuseResult{Items: s.result(), CopyGroups: s.copyGroups()}
}

// newFuseState returns the estimate before evidence: every source has the
// accuracy fuseStartAcc and no pair is dependent.
func newFuseState(m *fuseModel, par fuseParams) *fuseState {
	s := &fuseState{
		fuseModel: m,
		par:       par,
		acc:       make([]float64, len(m.sources)),
		tau:       make([]float64, len(m.sources)),
		prob:      make([]float64, len(m.vals)),
		dep:       make([]float64, len(m.pairs)),
	}
	for i := range s.acc {
		s.acc[i] = fuseStartAcc
	}
	return s
}

// run re-estimates dependence, the probabilities of values and the
// accuracies in turn until the accuracies settle, and returns the number
// of rounds.
func (s *fuseState) run() int {
	for round := range fuseMaxRounds {
		if round > 0 {
			s.dependence()
		}
		s.vote()
		if change := s.accuracy(); round > 0 && change < fuseSettled {
			return round + 1
		}
	}
	return fuseMaxRounds
}

// dependence estimates, for each pair of sources, the probability that
// one copies the other. Independent sources share a true value with
// probability A1·A2 and a false one with (1-A1)(1-A2)/n; a copier shares
// its original's value with the extra probability c. So shared false
// values are strong evidence, shared true values weak evidence, and
// differing values evidence against.
func (s *fuseState) dependence() {
	n, c := float64(s.par.falseValues), s.par.copyRate
	for k := range s.pairs {
		p := &s.pairs[k]
		var kt, kf float64
		for _, v := range p.same {
			kt += s.prob[v]
			kf += 1 - s.prob[v]
		}
		p.falseShared = kf
		kd := float64(p.shared - len(p.same))
		a1, a2 := s.acc[p.a], s.acc[p.b]
		pt, pf := a1*a2, (1-a1)*(1-a2)/n
		// log-likelihood ratio of "a copies b" (then b's accuracy
		// matters) and of "b copies a", against independence.
		lr := func(orig float64) float64 {
			return kt*math.Log((orig*c+pt*(1-c))/pt) + kf*math.Log(((1-orig)*c+pf*(1-c))/pf) + kd*math.Log(1-c)
		}
		la, lb := math.Log(s.par.prior/2)+lr(a2), math.Log(s.par.prior/2)+lr(a1)
		li := math.Log(1 - s.par.prior)
		mx := max(la, lb, li)
		ea, eb, ei := math.Exp(la-mx), math.Exp(lb-mx), math.Exp(li-mx)
		s.dep[k] = (ea + eb) / (ea + eb + ei)
	}
}

// depOf returns the probability that sources a and b are dependent.
func (s *fuseState) depOf(a, b int) float64 {
	if a > b {
		a, b = b, a
	}
	if s.dense != nil {
		if k := s.dense[a*len(s.sources)+b]; k >= 0 {
			return s.dep[k]
		}
		return 0
	}
	l := s.links[a]
	if i, ok := slices.BinarySearchFunc(l, b, func(x fuseLink, b int) int { return cmp.Compare(x.other, b) }); ok {
		return s.dep[l[i].pair]
	}
	return 0
}

// vote sets the probability of each value from the accuracies of the
// sources giving it: a source of accuracy A votes ln(n·A/(1-A)), times
// the probability that it did not copy the value from a source counted
// before it (sources are counted from the most accurate).
func (s *fuseState) vote() {
	for src, a := range s.acc {
		s.tau[src] = math.Log(float64(s.par.falseValues) * a / (1 - a))
	}
	var order []int
	score := make([]float64, 0, 16)
	for i := range s.items {
		lo, hi := s.itemVals[i], s.itemVals[i+1]
		score = score[:0]
		for v := lo; v < hi; v++ {
			order = append(order[:0], s.vals[v].support...)
			slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(s.acc[b], s.acc[a]) })
			score = append(score, s.count(order))
		}
		s.softmax(score, s.prob[lo:hi])
	}
}

// count returns the vote count of the sources in order.
func (s *fuseState) count(order []int) float64 {
	var sum float64
	c := s.par.copyRate
	for k, src := range order {
		w := s.tau[src]
		for _, prev := range order[:k] {
			w *= 1 - c*s.depOf(src, prev)
		}
		sum += w
	}
	return sum
}

// softmax sets prob to the normalized exponentials of score, counting the
// n+1 values an item can take, of which the unseen score 0.
func (s *fuseState) softmax(score, prob []float64) {
	mx := 0.0
	for _, x := range score {
		mx = max(mx, x)
	}
	total := 0.0
	if unseen := s.par.falseValues + 1 - len(score); unseen > 0 {
		total = float64(unseen) * math.Exp(-mx)
	}
	for i, x := range score {
		prob[i] = math.Exp(x - mx)
		total += prob[i]
	}
	for i := range prob {
		prob[i] /= total
	}
}

// accuracy sets each source's accuracy to the mean probability of its
// values and returns the largest change.
func (s *fuseState) accuracy() float64 {
	change := 0.0
	for src, refs := range s.bySource {
		if len(refs) == 0 {
			continue
		}
		sum := 0.0
		for _, r := range refs {
			sum += s.prob[r.val]
		}
		a := min(max(sum/float64(len(refs)), fuseMinAcc), s.par.maxAcc)
		change = max(change, math.Abs(a-s.acc[src]))
		s.acc[src] = a
	}
	return change
}

// result returns the most probable value of each item; ties go to the
// least spelling.
func (s *fuseState) result() []FuseItem {
	items := make([]FuseItem, len(s.items))
	for i, name := range s.items {
		best := s.itemVals[i]
		for v := best + 1; v < s.itemVals[i+1]; v++ {
			if s.prob[v] > s.prob[best] || s.prob[v] == s.prob[best] && s.vals[v].spelling < s.vals[best].spelling {
				best = v
			}
		}
		support := make([]string, len(s.vals[best].support))
		for k, src := range s.vals[best].support {
			support[k] = s.sources[src]
		}
		items[i] = FuseItem{Item: name, Value: s.vals[best].spelling, Confidence: math.Round(s.prob[best]*1e4) / 1e4, Support: support}
	}
	return items
}

// copyGroups returns the connected components of the pairs of sources
// that copy each other: dependent with probability at least fuseCopyGroup,
// giving the same value on at least the share fuseCopyRate of the items
// they share, and sharing at least fuseCopyFalse values that are probably
// false. The last two keep out accurate sources that are found dependent
// only because they agree on many true values, and sources that share a
// few values with a copy group: without them a few such pairs chain every
// source into one group.
func (s *fuseState) copyGroups() [][]string {
	parent := make([]int, len(s.sources))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i], i = parent[parent[i]], parent[i]
		}
		return i
	}
	for k, p := range s.pairs {
		if s.dep[k] >= fuseCopyGroup && p.falseShared >= fuseCopyFalse &&
			float64(len(p.same)) >= s.par.copyRate*float64(p.shared) {
			if ra, rb := find(p.a), find(p.b); ra != rb {
				parent[max(ra, rb)] = min(ra, rb)
			}
		}
	}
	byRoot := make([][]string, len(s.sources))
	for i, name := range s.sources { // sources are sorted, so each group is
		byRoot[find(i)] = append(byRoot[find(i)], name)
	}
	groups := [][]string{}
	for _, g := range byRoot { // roots are each group's least source
		if len(g) > 1 {
			groups = append(groups, g)
		}
	}
	return groups
}
