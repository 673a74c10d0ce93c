package reconcile

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// fingerprint identifies a finding across runs: a hash of the claim kind,
// the verdict, the subject, the moment and the sorted normalized values
// (figures with their as-of dates, resolved days, quoted words). It does
// not depend on offsets, claim or article IDs, or input order, so the same
// articles give the same fingerprints however they are named or ordered.
func fingerprint(kind article.Kind, o vdOutcome, subject string) string {
	vals := make([]string, 0, len(o.claims))
	for _, c := range o.claims {
		vals = append(vals, fpValue(c))
	}
	slices.Sort(vals)
	vals = slices.Compact(vals)
	var stack [512]byte
	buf := stack[:0]
	for _, s := range [...]string{kind.String(), o.kind.String(), subject, o.moment} {
		buf = append(append(buf, s...), 0)
	}
	for _, s := range vals {
		buf = append(append(buf, s...), 0)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:8])
}

// fpValue returns the normalized value of a claim.
func fpValue(c *factClaim) string {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		return q.Qualifier + "|" + strconv.FormatFloat(q.Value, 'g', -1, 64) + "|" + q.Unit + "|" + fpDateRange(c.asOf)
	case c.Time != nil:
		return fpDate(c.Time.Start) + "/" + fpDate(c.Time.End)
	case c.Quote != nil:
		return c.norm
	}
	return ""
}

// fpDate is d.String() without fmt for the years 0 to 9999.
func fpDate(d article.Date) string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return d.String()
	}
	b := [10]byte{
		byte('0' + d.Year/1000), byte('0' + d.Year/100%10), byte('0' + d.Year/10%10), byte('0' + d.Year%10), '-',
		byte('0' + d.Month/10), byte('0' + d.Month%10), '-', byte('0' + d.Day/10), byte('0' + d.Day%10),
	}
	return string(b[:])
}

// fpDateRange is r.String() by way of fpDate.
func fpDateRange(r article.DateRange) string {
	switch {
	case r.IsZero():
		return ""
	case r.Exact():
		return fpDate(r.From)
	}
	return fpDate(r.From) + "/" + fpDate(r.To)
}

// fpUnique makes the fingerprints of sorted findings unique, suffixing
// "-2", "-3" … to repeats in sorted order.
func fpUnique(fs []Finding) {
	seen := make(map[string]int, len(fs))
	for i := range fs {
		fp := fs[i].Fingerprint
		seen[fp]++
		if n := seen[fp]; n > 1 {
			fs[i].Fingerprint = fp + "-" + strconv.Itoa(n)
		}
	}
}
