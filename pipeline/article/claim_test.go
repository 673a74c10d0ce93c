package article

import (
	"strings"
	"testing"
)

func TestClaimID(t *testing.T) {
	long := strings.Repeat("d", 100) // past ClaimID's stack buffer
	for _, tt := range []struct {
		k    Kind
		s    Span
		want string
	}{
		{QuantityClaim, Span{Doc: "000", Start: 0}, "000:q0"},
		{TimeClaim, Span{Doc: "a/b.txt", Start: 1234}, "a/b.txt:t1234"},
		{QuoteClaim, Span{Doc: "", Start: 7}, ":q7"},
		{QuantityClaim, Span{Doc: long, Start: 99999999}, long + ":q99999999"},
	} {
		if got := ClaimID(tt.k, tt.s); got != tt.want {
			t.Errorf("ClaimID(%v, %+v) = %q, want %q", tt.k, tt.s, got, tt.want)
		}
	}
}
