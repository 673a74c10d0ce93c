package extract

import (
	"testing"
	"unicode/utf8"
)

// entAppendSlugPlain is entAppendSlug rune by rune, as it was before its
// ASCII table: the reference its fast path is checked against.
func entAppendSlugPlain(b []byte, s string) []byte {
	start := len(b)
	dash := false
	for _, r := range s {
		switch lr, ok := entSlugRune(r); {
		case ok:
			if dash && len(b) > start {
				b = append(b, '-')
			}
			b = utf8.AppendRune(b, lr)
			dash = false
		case r == '.' || r == '’' || r == '\'':
		default:
			dash = true
		}
	}
	return b
}

var entSlugCases = []string{
	"", "Antony Blinken", "U.S. State Department", "Linda Thomas-Greenfield", "Müller’s  Bank",
	"  lead and trail  ", "O'Neil", "a\x00b\x01c", "Ærø Ökonom", "\xff\xfebad", "X–Y (Z)", "1st-2nd_3rd",
	"ÉCOLE Polytechnique", "İstanbul", "日本 銀行", "..", "’’", "A.B.C.", "tab\tsep\nline",
}

// TestEntAppendSlugFast checks the ASCII table of entAppendSlug against
// the rune-by-rune slug.
func TestEntAppendSlugFast(t *testing.T) {
	for _, in := range entSlugCases {
		got, want := string(entAppendSlug([]byte("e:"), in)), string(entAppendSlugPlain([]byte("e:"), in))
		if got != want {
			t.Errorf("entAppendSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzEntAppendSlug(f *testing.F) {
	for _, in := range entSlugCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, want := string(entAppendSlug(nil, in)), string(entAppendSlugPlain(nil, in))
		if got != want {
			t.Errorf("entAppendSlug(%q) = %q, want %q", in, got, want)
		}
	})
}
