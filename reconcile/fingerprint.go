package reconcile

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

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
	h := sha256.New()
	for _, s := range append([]string{kind.String(), o.kind.String(), subject, o.moment}, vals...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// fpValue returns the normalized value of a claim.
func fpValue(c *factClaim) string {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		return strings.Join([]string{q.Qualifier, strconv.FormatFloat(q.Value, 'g', -1, 64),
			q.Unit, c.asOf.String()}, "|")
	case c.Time != nil:
		return c.Time.Start.String() + "/" + c.Time.End.String()
	case c.Quote != nil:
		return c.norm
	}
	return ""
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
