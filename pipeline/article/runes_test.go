package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkRuneIndex checks Count against utf8.RuneCountInString for every
// start that is not inside a character and every end after it.
func checkRuneIndex(t *testing.T, s string) {
	t.Helper()
	x := NewRuneIndex(s)
	if x.Len != len(s) {
		t.Fatalf("NewRuneIndex(%q).Len = %d, want %d", s, x.Len, len(s))
	}
	for start := 0; start <= len(s); start++ {
		if start < len(s) && !utf8.RuneStart(s[start]) {
			continue
		}
		for end := start; end <= len(s); end++ {
			if got, want := x.Count(start, end), utf8.RuneCountInString(s[start:end]); got != want {
				t.Fatalf("NewRuneIndex(%q).Count(%d, %d) = %d, want %d", s, start, end, got, want)
			}
		}
	}
}

func TestRuneIndex(t *testing.T) {
	for _, s := range []string{
		"",
		"plain ASCII text, long enough for the eight-byte loop",
		"héllo wörld",
		"“Quoted,” she said — twice…",
		"日本語のテキスト and 😀 emoji",
		"bad \xff bytes \xe2\x80 cut \xe2\x80\x9c ok",
		"\ufffd real replacement character",
		strings.Repeat("ab é ", 100) + strings.Repeat("€", 150), // past several marks
	} {
		t.Run("", func(t *testing.T) { checkRuneIndex(t, s) })
	}
}

func TestRuneIndexASCIIIsEmpty(t *testing.T) {
	x := NewRuneIndex(strings.Repeat("no multi-byte characters here\n", 100))
	if len(x.Gaps) != 0 || len(x.Marks) != 0 {
		t.Errorf("index of ASCII text holds %d gap bytes and %d marks, want none", len(x.Gaps), len(x.Marks))
	}
}

func FuzzRuneIndex(f *testing.F) {
	f.Add("héllo\n“wörld” — 日本\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			s = s[:300]
		}
		checkRuneIndex(t, s)
	})
}
