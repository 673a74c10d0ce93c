package extract

// tmTense is the tense of the clause around a time expression, as far as
// cheap cues tell: it decides whether a bare "on Tuesday" or "in March"
// is the last one or the next one.
type tmTense uint8

const (
	tmNoTense     tmTense = iota // no cue: read as the nearest, or the past for weekdays
	tmPastTense                  // said, met, was, delivered, had…
	tmFutureTense                // will, scheduled, set to, ahead of, due…
)

func (t tmTense) String() string {
	return [...]string{"none", "past", "future"}[t]
}

// sentence returns the tokens [lo, hi) of the clause holding tokens
// [i, j): it ends at a newline, a semicolon, or '.', '!' or '?' before a
// space.
func (sc *tmScanner) sentence(i, j int) (lo, hi int) {
	lo, hi = i, j
	for lo > 0 && !sc.toks[lo-1].stop {
		lo--
	}
	for hi < len(sc.toks) && !sc.toks[hi-1].stop {
		hi++
	}
	return lo, hi
}

// tense returns the tense cue nearest to tokens [i, j) in their sentence;
// on a tie the one before wins, as English puts the verb first.
func (sc *tmScanner) tense(i, j int) tmTense {
	lo, hi := sc.sentence(i, j)
	return sc.tenseIn(i, j, lo, hi)
}

// tenseIn is tense for tokens [i, j) of the sentence of tokens [lo, hi).
func (sc *tmScanner) tenseIn(i, j, lo, hi int) tmTense {
	for d := 1; i-d >= lo || j-1+d < hi; d++ {
		if k := i - d; k >= lo {
			if c := sc.toks[k].cls; c == tmPast || c == tmFuture {
				return tmCueTense(c)
			}
		}
		if k := j - 1 + d; k < hi {
			if c := sc.toks[k].cls; c == tmPast || c == tmFuture {
				return tmCueTense(c)
			}
		}
	}
	return tmNoTense
}

func tmCueTense(c tmClass) tmTense {
	if c == tmFuture {
		return tmFutureTense
	}
	return tmPastTense
}
