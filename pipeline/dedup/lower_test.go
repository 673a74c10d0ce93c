package dedup

import (
	"strings"
	"testing"
)

// ascii holds every ASCII byte, 8 at a time through toLower's fast path.
var ascii = func() string {
	var b []byte
	for c := range 128 {
		b = append(b, byte(c))
	}
	return string(b)
}()

func TestToLower(t *testing.T) {
	for _, s := range []string{"", "already lower", "Mixed Case", "“Quoted” — Köln’s ÜBER", "\xffBad\xfe", "ǅ ΣΑΣ İ", "ALL CAPS\u00a0", "The Quick Brown Fox @[`{ AZaz Jumps Over — The Lazy Dog", ascii} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzToLower(f *testing.F) {
	for _, s := range []string{"Mixed Case", "“Quoted” — Köln’s ÜBER", "\xffBad\xfe", "ǅ ΣΑΣ İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	})
}
