package article

import (
	"math"
	"slices"
	"strconv"
)

// Kind is the kind of a Claim.
type Kind int

const (
	QuantityClaim Kind = iota // a number of something, as an interval
	TimeClaim                 // a date, period or duration
	QuoteClaim                // direct speech with its speaker
)

var kindNames = [...]string{QuantityClaim: "quantity", TimeClaim: "time", QuoteClaim: "quote"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// A Claim is one checkable statement found in a Doc. Exactly one of
// Quantity, Time and Quote is set, as Kind says.
type Claim struct {
	// ID is stable for the same text: "<doc>:<kind letter><start>".
	ID       string
	Kind     Kind
	Span     Span   // the words of the claim
	Sentence Span   // the sentence that holds it
	Text     string // the words of the claim, as in the Doc's Text

	Quantity *Quantity
	Time     *Time
	Quote    *Quote
}

// ClaimID returns the stable ID of a claim of kind k at span s.
func ClaimID(k Kind, s Span) string {
	var buf [64]byte // one allocation, the result's, for most doc IDs
	b := append(buf[:0], s.Doc...)
	b = append(b, ':', k.String()[0])
	b = strconv.AppendInt(b, int64(s.Start), 10)
	return string(b)
}

// SortClaims orders claims by position, then kind.
func SortClaims(cs []Claim) {
	slices.SortFunc(cs, func(a, b Claim) int {
		if c := ComparePos(a.Span, b.Span); c != 0 {
			return c
		}
		return int(a.Kind) - int(b.Kind)
	})
}

// An Interval is the set of values a quantity can take given its wording:
// "more than 100,000" is (100000, +Inf), "as many as 150,000" is
// [0, 150000] with the stated value at the top, "about 5,000" is
// approximately [5000, 5000]. High is +Inf when there is no upper bound.
type Interval struct {
	Low, High                   float64
	LowInclusive, HighInclusive bool
	// Approximate is true for hedged values ("about", "nearly", "tens of
	// thousands"): the bounds are the reading, not a promise.
	Approximate bool
	// Qualifier is the hedge as written, lower-cased ("more than", "up
	// to"), or "" for a bare number.
	Qualifier string
}

// Exact returns the interval holding just v.
func Exact(v float64) Interval {
	return Interval{Low: v, High: v, LowInclusive: true, HighInclusive: true}
}

// Unbounded reports whether the interval has no upper bound.
func (iv Interval) Unbounded() bool { return math.IsInf(iv.High, 1) }

// Overlaps reports whether iv and o share a value.
func (iv Interval) Overlaps(o Interval) bool {
	lo, loIn := iv.Low, iv.LowInclusive
	if o.Low > lo || (o.Low == lo && !o.LowInclusive) {
		lo, loIn = o.Low, o.LowInclusive
	}
	hi, hiIn := iv.High, iv.HighInclusive
	if o.High < hi || (o.High == hi && !o.HighInclusive) {
		hi, hiIn = o.High, o.HighInclusive
	}
	if lo < hi {
		return true
	}
	return lo == hi && loIn && hiIn
}

// A Quantity is a counted or measured amount.
type Quantity struct {
	Interval
	// Value is the number as stated ("100,000" in "more than 100,000").
	Value float64
	// Unit is the lemma of the counted noun ("troop", "diplomat"), a
	// currency code ("USD"), or "%" for a percentage.
	Unit string
	// Category groups units that count the same thing: troop, soldier and
	// service member are all "military personnel".
	Category string
	// About is the phrase the number is about: the place, subject or event
	// near it ("along its border with Ukraine").
	About string
}

// A Time is a date, a period or a duration, as TimeML's TIMEX3 writes it,
// resolved against the article's publication date where one is known.
type Time struct {
	// Timex is the TIMEX3 value: "2022-01-27", "2022-W04", "2021-12",
	// "PAST_REF", "P2W", or with X for what is unknown ("XXXX-WXX-2").
	Timex string
	// Mod is the TIMEX3 modifier: "START", "MID", "END", "BEFORE",
	// "AFTER", "APPROX", or "".
	Mod string
	// Start and End bound the days the expression can mean, inclusive.
	// Both are zero when it could not be resolved.
	Start, End Date
	// Duration is true for an amount of time ("two weeks to leave"),
	// which is not a date.
	Duration bool
	// Note says how the value was found or why it is unresolved:
	// "no publication date", "publication date known only as a range".
	Note string
	// Event is the event the time is attached to, when one is near
	// ("phone call", "meeting").
	Event string
}

// Resolved reports whether t names known days.
func (t *Time) Resolved() bool { return !t.Start.IsZero() }

// A Quote is direct speech.
type Quote struct {
	// Said is the quoted words, the parts of a quote broken by an
	// attribution joined by a space, without the outer quotation marks.
	Said string
	// Parts are the spans of the quoted words in the Doc's Text.
	Parts []Span
	// Speaker is the name of who said it, as resolved (a pronoun or a
	// title resolved to the nearest fitting entity), or "" when unknown.
	Speaker string
	// SpeakerID is the Entity ID of the speaker, when known.
	SpeakerID string
	// Attribution is the span of the attributing words ("she said").
	Attribution Span
}
