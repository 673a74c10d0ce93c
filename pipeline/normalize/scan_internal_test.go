package normalize

// Tests of the byte-level scanners against the plain code they replace.

import (
	"strings"
	"testing"
)

// plainRunRef is plainRun written the plain way: the run of bytes in
// ' '..'~', cut at the first two spaces, less a final space.
func plainRunRef(line string, i int) int {
	j := i
	for j < len(line) && line[j] >= ' ' && line[j] < 0x7f {
		j++
	}
	if k := strings.Index(line[i:j], "  "); k >= 0 {
		j = i + k
	}
	if line[j-1] == ' ' {
		j--
	}
	return j
}

// checkPlainRun compares plainRun with plainRunRef at every visible ASCII
// byte of line.
func checkPlainRun(t *testing.T, line string) {
	t.Helper()
	for i := 0; i < len(line); i++ {
		if !isPlain(line[i]) {
			continue
		}
		if got, want := plainRun(line, i), plainRunRef(line, i); got != want {
			t.Fatalf("plainRun(%q, %d) = %d, want %d", line, i, got, want)
		}
	}
}

func TestPlainRun(t *testing.T) {
	for _, line := range []string{
		"a",
		"plain words with single spaces only, long enough for words",
		"two  spaces inside a run of more than eight bytes",
		"abcdefg  hij", // the pair straddles two words of eight bytes
		"abcdefgh  ij", // the pair opens the second word
		"abcdefghijklmno  p",
		"ends with a space ",
		"tab\there and “curly” quotes, é, and a DEL\x7f byte",
		"x       y",
	} {
		t.Run(line, func(t *testing.T) { checkPlainRun(t, line) })
	}
}

func FuzzPlainRun(f *testing.F) {
	f.Add("abcdefg  hij “q” x  y")
	f.Fuzz(func(t *testing.T, line string) { checkPlainRun(t, line) })
}

func TestHasQuote(t *testing.T) {
	for _, s := range []string{
		"", "plain", `say "x"`, "“open", "close”", "‘single’ only", "«guillemets»", "a » b",
		"\xe2\x80", "\xe2\x80\x9c", "\xc2", "\xc2\xab", "— dash … ellipsis", "é and ô",
	} {
		if got, want := hasQuote(s, true), strings.ContainsAny(s, "“”\"«»"); got != want {
			t.Errorf("hasQuote(%q, true) = %v, want %v", s, got, want)
		}
		if got, want := hasQuote(s, false), strings.ContainsAny(s, "“”\""); got != want {
			t.Errorf("hasQuote(%q, false) = %v, want %v", s, got, want)
		}
	}
}
