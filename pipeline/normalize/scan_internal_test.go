package normalize

// Tests of the byte-level scanners against the plain code they replace.

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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

// appendKeyRef is appendKey written a rune at a time.
func appendKeyRef(dst []byte, text string) []byte {
	text = strings.TrimFunc(text, isKeyTrim)
	digits := false
	for _, r := range text {
		if '0' <= r && r <= '9' {
			if !digits {
				dst = append(dst, '#')
			}
			digits = true
			continue
		}
		digits = false
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		dst = appendKeyRune(dst, r)
	}
	return dst
}

func checkKey(t *testing.T, text string) {
	t.Helper()
	if got, want := string(appendKey([]byte("x"), text)), string(appendKeyRef([]byte("x"), text)); got != want {
		t.Fatalf("appendKey(%q) = %q, want %q", text, got, want)
	}
}

func TestAppendKey(t *testing.T) {
	for _, text := range []string{
		"", "Skip To Content", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "Updated 12:30 on 2024-05-06 (AP Photo)",
		"“It’s 2,000 tons,” she said — Éric’s ŒUVRE", "a1234567b12345678c", "\xff bad 7 \xe2\x80 bytes",
	} {
		checkKey(t, text)
	}
}

func FuzzAppendKey(f *testing.F) {
	f.Add("Updated 12:30 — “Quote” ABCxyz 2024")
	f.Fuzz(checkKey)
}

func checkNextTermStart(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		want := i
		for want < len(text) && !termStart[text[want]] {
			want++
		}
		if got := nextTermStart(text, i, len(text)); got != want {
			t.Fatalf("nextTermStart(%q, %d) = %d, want %d", text, i, got, want)
		}
	}
}

func TestNextTermStart(t *testing.T) {
	for _, text := range []string{
		"", "no terminator in this rather long line of text", "Yes. No? Maybe! Perhaps… “Quoted.”",
		"ends with a period after eight bytes.", "\x80\xe2\xff.!?\x2e\xae\xbf",
	} {
		checkNextTermStart(t, text)
	}
}

func FuzzNextTermStart(f *testing.F) {
	f.Add("He said… “Go.” Then? Yes!")
	f.Fuzz(checkNextTermStart)
}

// mayHaveTailRef is mayHaveTail a byte at a time.
func mayHaveTailRef(text string) bool {
	spaces := 0
	for i := len(text) - 2; i > 0 && spaces <= maxTailWords+2; i-- {
		if text[i] != ' ' {
			continue
		}
		spaces++
		if prev := text[i-1]; prev < utf8.RuneSelf && !isTailStop(prev) {
			continue
		}
		if isTailWord(text[i+1:]) {
			return true
		}
	}
	return false
}

// checkWordScans compares mayHaveTail and findContained with their
// reference versions.
func checkWordScans(t *testing.T, text string) {
	t.Helper()
	if got, want := mayHaveTail(text), mayHaveTailRef(text); got != want {
		t.Fatalf("mayHaveTail(%q) = %v, want %v", text, got, want)
	}
	if got, want := findContained(text, 10), findContainedRef(text, 10); got != want {
		t.Fatalf("findContained(%q) = %d, want %d", text, got, want)
	}
}

// findContainedRef is findContained hopping from word to word with
// strings.IndexByte.
func findContainedRef(key string, words int) int {
	best := -1
	for i := 0; ; {
		for i < len(key) && isOpener(key[i]) {
			i++
		}
		if i+containsLen > len(key) || containsLen == 0 {
			break
		}
		for ri, r := range containsRules {
			if (best < 0 || ri < best) && r.fits(words) && strings.HasPrefix(key[i:], r.phrase) {
				best = ri
			}
		}
		j := strings.IndexByte(key[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 2
	}
	return best
}

func TestWordScans(t *testing.T) {
	for _, text := range []string{
		"", "x", "It rose. See also Markets Rally on Budget Deal", "It rose.” Read more: Markets",
		"It rose. See also " + strings.Repeat("word ", 20) + "end", "a. see b", "Short. See",
		"(ap photo/jane doe)", "photo: ( ap photo) all rights reserved", "by ( getty images", "x  ap photo",
		"[\"ap photo", "reuters contributed to this report.", "staff contributed to this report",
	} {
		checkWordScans(t, text)
	}
}

func FuzzWordScans(f *testing.F) {
	f.Add("Talks went well. See also Establishing a Hotline for Emergency Use.")
	f.Fuzz(checkWordScans)
}

func TestSortByHash(t *testing.T) {
	var pairs []hashArt
	for i := range 2000 {
		// Few distinct hashes, with every byte in use, so that groups
		// are long and their order shows.
		pairs = append(pairs, hashArt{hash: uint64(i%37) * 0x0123456789abcdef, art: i})
	}
	want := slices.Clone(pairs)
	slices.SortStableFunc(want, func(a, b hashArt) int { return cmp.Compare(a.hash, b.hash) })
	if got := sortByHash(pairs); !slices.Equal(got, want) {
		t.Errorf("sortByHash is not a stable sort by hash:\ngot  %v\nwant %v", got[:10], want[:10])
	}
}
