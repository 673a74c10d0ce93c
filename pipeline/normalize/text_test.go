package normalize_test

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Russia replied.", "Russia replied."},
		{"CRLF", "One.\r\nTwo.\r\n", "One.\n\nTwo."},
		{"CR", "One.\rTwo.", "One.\n\nTwo."},
		{"mixed line ends", "One.\r\rTwo.\r\n\nThree.\r", "One.\n\nTwo.\n\nThree."},
		{"double space in a long run", "The quick brown fox  jumps over the lazy dog again and again.", "The quick brown fox jumps over the lazy dog again and again."},
		{"space before non-ASCII", "He said “no” and left —  quickly.", "He said “no” and left — quickly."},
		{"tab inside a run", "Column one\tcolumn two and some more words here", "Column one column two and some more words here"},
		{"blank lines", "\n\nOne.\n\n\n\nTwo.\n\n", "One.\n\nTwo."},
		{"trim and fold", "  One   two\t\tthree  ", "One two three"},
		{"no-break and thin spaces", "100\u00a0000 troops\u2009here\u202fnow\u3000ok", "100 000 troops here now ok"},
		{"zero-width", "Kre\u200bmlin\u200d \ufeffsaid\u2060", "Kremlin said"},
		{"soft hyphen", "nego\u00adtiations", "negotiations"},
		{"zero-width between spaces", "a \u200b b", "a b"},
		{"controls", "a\x00b\x1bc\u0085d", "abc d"},
		{"NFC", "Cafe\u0301 and Jae\u0301n", "Café and Jaén"},
		{"NFC across removed zero-width", "e\u200b\u0301", "é"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"typography kept", "“Stop,” he said — it’s over… ‘Really?’", "“Stop,” he said — it’s over… ‘Really?’"},
		{"line of spaces", "One.\n \u00a0\t\nTwo.", "One.\n\nTwo."},
		// NFC rewrites the segment an invalid byte starts (found by FuzzNormalize).
		{"invalid byte before a mark NFC splits", "\xe5\u0344", "\ufffd\u0308\u0301"},
		{"mark NFC splits after a composed one", "a\u0301\u0344 x", "\u00e1\u0308\u0301 x"},
		{"paragraph break after a trimmed wide space", "a\u2029\nb", "a\n\nb"},
		{"marks after a removed zero-width space", "x a\u200b\u0301\u0344\u200by", "x \u00e1\u0308\u0301y"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, m := normalize.Text(tc.in)
			if got != tc.want {
				t.Fatalf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
			checkMap(t, tc.in, got, m.Raw)
		})
	}
}

// TestTextMap checks chosen offsets of the map of Text.
func TestTextMap(t *testing.T) {
	in := "  Café\u00a0\u00a0au\u200b lait\r\n\r\nSecond  line"
	got, m := normalize.Text(in)
	if want := "Café au lait\n\nSecond line"; got != want {
		t.Fatalf("Text(%q) = %q, want %q", in, got, want)
	}
	tests := []struct{ norm, raw int }{
		{0, 2},                             // "C" after two spaces
		{strings.Index(got, " au"), 7},     // the first no-break space
		{strings.Index(got, "au"), 11},     // after both
		{strings.Index(got, "lait"), 17},   // after "au", a zero-width space and a space
		{strings.Index(got, "Second"), 25}, // after CRLF CRLF
		{strings.Index(got, "line"), 33},   // after two spaces
		{len(got), len(in)},                // the end
		{strings.Index(got, "\n"), 21},     // the paragraph break: end of line 1
		{strings.Index(got, "é"), strings.Index(in, "é")},
	}
	for _, tc := range tests {
		if r := m.Raw(tc.norm); r != tc.raw {
			t.Errorf("Text(%q): Map.Raw(%d) = %d, want %d", in, tc.norm, r, tc.raw)
		}
	}
}

// checkMap checks that each character of out maps to the start of a
// character of in (an invalid byte counts as one), that offsets never
// decrease, and that each character that is not a space comes from the
// same character of in, when in is valid NFC without combining marks
// (else some characters are composed or replaced).
func checkMap(t *testing.T, in, out string, raw func(int) int) {
	t.Helper()
	starts := make([]bool, len(in)+1)
	for i := range in {
		starts[i] = true
	}
	starts[len(in)] = true
	exact := exactInput(in)
	last := 0
	for off, r := range out + "\n" {
		p := raw(off)
		if p < last || p > len(in) {
			t.Fatalf("Map.Raw(%d) = %d after %d, outside [0,%d] (in %q, out %q)", off, p, last, len(in), in, out)
		}
		if !starts[p] {
			t.Fatalf("Map.Raw(%d) = %d, inside a character of %q (out %q)", off, p, in, out)
		}
		last = p
		if exact && off < len(out) && r != ' ' && r != '\n' && !strings.HasPrefix(in[p:], string(r)) {
			t.Fatalf("out[%d] = %q but in[%d:] = %.10q", off, r, p, in[p:])
		}
	}
}
