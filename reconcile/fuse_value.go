package reconcile

import (
	_ "embed"
	"html"
	"math"
	"strconv"
	"strings"
)

// fuseKind says how a normalized value compares with others.
type fuseKind uint8

const (
	fuseText   fuseKind = iota // equal when the folded text is equal
	fuseClock                  // equal when the time of day is equal
	fuseNumber                 // equal when the unit is equal and the numbers are within tolerance
)

// A fuseValue is a claimed value after normalization.
type fuseValue struct {
	kind fuseKind
	key  string  // folded text, "15:04" for a clock time, the unit of a number
	num  float64 // the number, for fuseNumber
}

// fuseMissingList holds the values that mean "no value", one a line,
// compared after folding case and spaces; lines starting with # are
// comments. Users may edit it.
//
//go:embed fuse_missing.txt
var fuseMissingList string

var fuseMissing = fuseParseMissing(fuseMissingList)

func fuseParseMissing(s string) map[string]bool {
	m := make(map[string]bool)
	for line := range strings.Lines(s) {
		line = fuseFold(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// fuseFold decodes HTML entities, lower-cases s and collapses its runs of
// white space (including no-break spaces) into one space.
func fuseFold(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// fuseNormalize returns the normalized form of the raw value s, and false
// when s is missing: empty, or one of the markers in fuse_missing.txt.
//
// A value holding exactly one clock time outside parentheses ("7:10 a.m.",
// "7:10 AM", "07:10", "19:10", "7:10p", "12/2/11 7:10 a.m.", "7:10 a.m.
// (Estimated)") is that time of day: the date, weekday or remark around it
// is dropped, because sources decorate times differently and the item
// names the day. A value that starts with a number and has no other digits
// ("1,200", "-3.5", "12 km", "40%") is that number with its unit. Any other
// value is its folded text.
func fuseNormalize(s string) (fuseValue, bool) {
	f := fuseFold(s)
	if f == "" || fuseMissing[f] {
		return fuseValue{}, false
	}
	if hm, ok := fuseClockOf(f); ok {
		return fuseValue{kind: fuseClock, key: hm}, true
	}
	if x, unit, ok := fuseNumberOf(f); ok {
		return fuseValue{kind: fuseNumber, key: unit, num: x}, true
	}
	return fuseValue{kind: fuseText, key: f}, true
}

// fuseClockOf returns the one clock time in the folded value f as "15:04".
func fuseClockOf(f string) (string, bool) {
	found, n, depth := "", 0, 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c == '(' || c == '[':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth == 0 && fuseIsDigit(c) && (i == 0 || !fuseIsDigit(f[i-1]) && f[i-1] != ':'):
			hm, end, ok := fuseClockAt(f, i)
			if !ok {
				continue
			}
			found, n, i = hm, n+1, end-1
		}
	}
	return found, n == 1
}

// fuseClockAt parses a clock time "H:MM[:SS] [am|a.m.|a|pm|p.m.|p]" at f[i:]
// and returns it as "15:04" and the offset after it.
func fuseClockAt(f string, i int) (hm string, end int, ok bool) {
	j := i
	for j < len(f) && j-i < 3 && fuseIsDigit(f[j]) {
		j++
	}
	if j-i > 2 || j+3 > len(f) || f[j] != ':' || !fuseIsDigit(f[j+1]) || !fuseIsDigit(f[j+2]) {
		return "", 0, false
	}
	h, _ := strconv.Atoi(f[i:j])
	m, _ := strconv.Atoi(f[j+1 : j+3])
	j += 3
	if j+3 <= len(f) && f[j] == ':' && fuseIsDigit(f[j+1]) && fuseIsDigit(f[j+2]) {
		j += 3 // seconds: kept out of the key
	}
	if j < len(f) && fuseIsDigit(f[j]) {
		return "", 0, false
	}
	pm, mer, end := fuseMeridiem(f, j)
	switch {
	case m > 59, mer && (h < 1 || h > 12), !mer && h > 23:
		return "", 0, false
	case mer && pm && h != 12:
		h += 12
	case mer && !pm && h == 12:
		h = 0
	}
	return string([]byte{'0' + byte(h/10), '0' + byte(h%10), ':', '0' + byte(m/10), '0' + byte(m%10)}), end, true
}

// fuseMeridiem reads an optional "am", "a.m.", "a", "pm", "p.m." or "p"
// after a clock time ending at j. A bare letter counts only when it is
// glued to the digits ("7:10p", "7:10aDec 2") or stands alone ("7:10 p"),
// so that "7:10 at the gate" has none.
func fuseMeridiem(f string, j int) (pm, ok bool, end int) {
	k := j
	if k < len(f) && f[k] == ' ' {
		k++
	}
	if k >= len(f) || f[k] != 'a' && f[k] != 'p' {
		return false, false, j
	}
	pm, k = f[k] == 'p', k+1
	full := false
	if k < len(f) && f[k] == '.' {
		k++
	}
	if k < len(f) && f[k] == 'm' {
		full, k = true, k+1
		if k < len(f) && f[k] == '.' {
			k++
		}
	}
	if k < len(f) && fuseIsLetter(f[k]) && (full || k > j+1 && f[j] == ' ') {
		return false, false, j
	}
	return pm, true, k
}

// fuseNumberOf parses a folded value that is a number, optionally signed,
// with thousands separators and a unit without digits ("1,200", "12 km").
func fuseNumberOf(f string) (float64, string, bool) {
	i := 0
	if i < len(f) && (f[i] == '-' || f[i] == '+') {
		i++
	}
	start := i
	for i < len(f) && (fuseIsDigit(f[i]) || f[i] == '.' || f[i] == ',' && fuseThousands(f[i+1:])) {
		i++
	}
	if i == start {
		return 0, "", false
	}
	x, err := strconv.ParseFloat(strings.ReplaceAll(f[:i], ",", ""), 64)
	if err != nil || math.IsInf(x, 0) {
		return 0, "", false
	}
	unit := strings.TrimSpace(f[i:])
	if strings.IndexFunc(unit, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return 0, "", false
	}
	return x, unit, true
}

// fuseThousands reports whether s starts with exactly three digits, as
// after a thousands separator.
func fuseThousands(s string) bool {
	return len(s) >= 3 && fuseIsDigit(s[0]) && fuseIsDigit(s[1]) && fuseIsDigit(s[2]) &&
		(len(s) == 3 || !fuseIsDigit(s[3]))
}

func fuseIsDigit(c byte) bool  { return '0' <= c && c <= '9' }
func fuseIsLetter(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

// fuseSame reports whether two normalized values are the same claim: the
// same kind and key, and for numbers within the relative tolerance tol.
func fuseSame(a, b fuseValue, tol float64) bool {
	if a.kind != b.kind || a.key != b.key {
		return false
	}
	if a.kind != fuseNumber || a.num == b.num {
		return true
	}
	return math.Abs(a.num-b.num) <= tol*math.Max(math.Abs(a.num), math.Abs(b.num))
}
