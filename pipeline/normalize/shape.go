package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBreadcrumb reports whether text is a trail or menu of short items:
// "Home > World > Europe", "News | Politics", "Home / News".
func isBreadcrumb(l *line) bool {
	text := l.text
	if l.words > 15 || endsSentence(text) {
		return false
	}
	parts := strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(">|»›•·", r)
	})
	if len(parts) < 2 {
		parts = strings.Split(text, " / ")
	}
	if len(parts) < 2 {
		return false
	}
	for _, s := range parts {
		if n := len(strings.Fields(s)); n == 0 || n > labelWords {
			return false
		}
	}
	return true
}

// isGalleryCounter reports whether a line's key opens with a photo
// counter: "[1/2] A ship is loaded…", "3 of 12 Firefighters…", "Image 1
// of 5".
func isGalleryCounter(key string) bool {
	for _, w := range [...]string{"image ", "photo ", "picture ", "slide "} {
		key = strings.TrimPrefix(key, w)
	}
	if rest, ok := strings.CutPrefix(key, "# of #"); ok {
		return rest == "" || rest[0] == ' '
	}
	rest, ok := strings.CutPrefix(key, "#/#")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == ']' || rest[0] == ')')
}

// maxDateWords bounds the words of a date line.
const maxDateWords = 16

// isDateLine reports whether text is only a date or time stamp: numbers
// and the words of the [date] list of data/words.txt, at least one number
// or "ago" among them. "Fri 28 Apr 2023 17.05 BST", "Updated 2 hours ago".
func isDateLine(text string) bool {
	number, n := false, 0
	for text != "" {
		w := text
		if i := strings.IndexFunc(text, isDateSep); i < 0 {
			text = ""
		} else {
			_, size := utf8.DecodeRuneInString(text[i:])
			w, text = text[:i], text[i+size:]
		}
		if w == "" {
			continue
		}
		if n++; n > maxDateWords {
			return false
		}
		ok, num := dateWord(w)
		if !ok {
			return false
		}
		number = number || num
	}
	return number
}

func isDateSep(r rune) bool { return r == ' ' || strings.ContainsRune(",|/;()[]–—-", r) }

// dateWord reports whether w may be part of a date stamp, and whether it
// is a number ("2024", "17.05", "5:30pm", "1st") or "ago".
func dateWord(w string) (ok, number bool) {
	w = strings.Trim(w, ".:")
	var buf [16]byte
	if w == "" || len(w) > len(buf) {
		return false, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:len(w)]
	d := 0 // the leading run of digits, colons and periods
	for d < len(lw) && (lw[d] >= '0' && lw[d] <= '9' || lw[d] == ':' || lw[d] == '.') {
		d++
	}
	switch {
	case string(lw) == "ago":
		return true, true
	case d > 0 && hasDigit(string(lw[:d])):
		return d == len(lw) || dateWords[string(lw[d:])], true
	}
	return dateWords[string(lw)], false
}

// isShouting reports whether l is a headline in capitals, the way some
// sites inject links to other stories mid-text.
func isShouting(l *line) bool {
	if l.words < 4 || l.words > 20 || endsSentence(l.text) {
		return false
	}
	letters := 0
	for _, r := range l.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 12
}
