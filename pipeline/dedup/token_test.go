package dedup

import (
	"slices"
	"strings"
	"testing"
)

func words(s string) []string {
	var out []string
	for _, t := range tokenize(nil, s) {
		out = append(out, s[t.start:t.end])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // words joined by |
	}{
		{"Russia’s response", "Russia|response"},
		{"Russia's response", "Russia|response"},
		{"didn’t see", "didn’t|see"},
		{"150,000 troops, 6.1 magnitude.", "150,000|troops|6.1|magnitude"},
		{"de-escalating U.S. talks", "de|escalating|U|S|talks"},
		{"“Quoted” — Lavrov said", "Quoted|Lavrov|said"},
		{"Über Köln", "Über|Köln"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(words(tc.in), "|"); got != tc.want {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenHashFoldsCaseAndApostrophes(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Russia's", "RUSSIA’S"},
		{"Russia", "russia’s"},
		{"150,000", "150000"},
		{"Köln", "KÖLN"},
	}
	for _, tc := range tests {
		ta, tb := tokenize(nil, tc.a), tokenize(nil, tc.b)
		if len(ta) != 1 || len(tb) != 1 || ta[0].hash != tb[0].hash {
			t.Errorf("tokenize(%q) and tokenize(%q) hash differently: %v, %v", tc.a, tc.b, ta, tb)
		}
	}
}

func TestKeyTerms(t *testing.T) {
	text := "Officials in Karsu said on Monday that 23 people died. Rescue teams from Karsu and Beyrek worked in 2023."
	var got []string
	terms, _ := keyTerms(text, tokenize(nil, text))
	for _, tk := range tokenize(nil, text) {
		for _, h := range terms {
			if tk.hash == h {
				got = append(got, text[tk.start:tk.end])
			}
		}
	}
	want := "Karsu|23|Karsu|Beyrek" // not Officials, Rescue (sentence starts), Monday, 2023
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("keyTerms(%q) = %q, want %q", text, g, want)
	}
}

// FuzzTokenize checks that tokens lie inside the text, in order, without
// overlap, and that nothing panics.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Russia’s 150,000 troops.", "a'", "1.", "’s", "\xff\xfe", "Ü-ber"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := int32(0)
		for _, tk := range tokenize(nil, s) {
			if tk.start < end || tk.end <= tk.start || int(tk.end) > len(s) {
				t.Fatalf("tokenize(%q): token [%d:%d] after %d", s, tk.start, tk.end, end)
			}
			end = tk.end
		}
	})
}

// FuzzTokenizeRef checks that tokenize, with its ASCII fast path, returns
// exactly the tokens of the plain scanner it replaced.
func FuzzTokenizeRef(f *testing.F) {
	for _, s := range []string{"Russia’s 150,000 troops.", "a'", "1.", "’s", "\xff\xfe", "Ü-ber", "ÜBER über", "de-escalating U.S. talks, 6.1 magnitude", "Köln's 2,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenize(nil, s), tokenizeRef(nil, s)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestTokenizeRef runs the comparison over generated and seed-like text.
func TestTokenizeRef(t *testing.T) {
	for _, d := range generated(200) {
		if got, want := tokenize(nil, d.Text), tokenizeRef(nil, d.Text); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) differs from the reference", d.Text)
		}
	}
}

// BenchmarkTokenize measures tokenize on generated text: it runs over
// every byte twice, once for the features and once for the sentences.
func BenchmarkTokenize(b *testing.B) {
	docs := generated(200)
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	var buf []token
	for b.Loop() {
		for _, d := range docs {
			buf = tokenize(buf[:0], d.Text)
		}
	}
}
