package normalize

import (
	"strings"
	"unicode"
)

// isBreadcrumb reports whether text is a trail or menu of short items:
// "Home > World > Europe", "News | Politics", "Home / News".
func isBreadcrumb(text string) bool {
	if endsSentence(text) || countWords(text) > 15 {
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
	f := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || strings.ContainsRune(",|/;()[]–—-", r) })
	if len(f) == 0 || len(f) > maxDateWords {
		return false
	}
	number := false
	for _, w := range f {
		w = strings.ToLower(strings.Trim(w, ".:"))
		digits := strings.TrimRight(w, "abcdefghijklmnopqrstuvwxyz")
		switch {
		case w == "ago":
			number = true
		case digits != "" && strings.Trim(digits, "0123456789:.") == "" && hasDigit(digits):
			if suffix := w[len(digits):]; suffix != "" && !dateWords[suffix] {
				return false
			}
			number = true
		case !dateWords[w]:
			return false
		}
	}
	return number
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
