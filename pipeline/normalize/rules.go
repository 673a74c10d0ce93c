package normalize

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A matchKind says how a rule's phrase is compared with a line's key; see
// data/boilerplate.txt.
type matchKind uint8

const (
	matchLine matchKind = iota
	matchPrefix
	matchContains
	matchStamp
	matchByline
	matchLinks
	matchBio
	matchCaption
	matchSocial
)

var matchNames = map[string]matchKind{
	"line": matchLine, "prefix": matchPrefix, "contains": matchContains,
	"stamp": matchStamp, "byline": matchByline, "social": matchSocial,
	"caption": matchCaption,
}

// A rule marks lines whose key matches phrase as boilerplate.
type rule struct {
	reason   article.Reason
	kind     matchKind
	maxWords int // 0: any length
	phrase   string
	id       int // its index in allRules
}

//go:embed data/boilerplate.txt
var boilerplateFile string

// The rules of data/boilerplate.txt, all of them in file order and by
// how they match.
var (
	allRules      []rule
	lineRules     = map[string]rule{} // line, links, bio
	prefixRules   = map[string]rule{} // prefix, stamp, byline
	containsRules []rule
)

func init() {
	if err := parseRules(boilerplateFile); err != nil {
		panic(err) // the embedded file is part of the program
	}
	tailWords = linkSpamWords()
	for w := range tailWords {
		if w == "" {
			// The empty word: a space or colon at once, or nothing.
			tailStart[' '], tailStart[':'], tailEmpty = true, true, true
			continue
		}
		tailStart[w[0]] = true
	}
	indexContains()
	for ph := range prefixRules {
		maxPrefix = max(maxPrefix, len(ph))
		prefixFirst[firstWord(ph)] = true
	}
}

// parseRules reads the rule table described in data/boilerplate.txt.
func parseRules(src string) error {
	reasons := map[string]article.Reason{}
	for r := article.SiteChrome; r <= article.Dateline; r++ {
		reasons[r.String()] = r
	}
	for n, ln := range strings.Split(src, "\n") {
		f := strings.Fields(ln)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		r, err := parseRule(f, reasons)
		if err != nil {
			return fmt.Errorf("normalize: data/boilerplate.txt:%d: %v", n+1, err)
		}
		r.id = len(allRules)
		m := prefixRules
		switch r.kind {
		case matchContains:
			containsRules = append(containsRules, r)
			allRules = append(allRules, r)
			continue
		case matchLine, matchLinks, matchBio, matchCaption:
			m = lineRules
		}
		if _, dup := m[r.phrase]; dup {
			return fmt.Errorf("normalize: data/boilerplate.txt:%d: phrase %q given twice", n+1, r.phrase)
		}
		m[r.phrase] = r
		allRules = append(allRules, r)
	}
	return nil
}

func parseRule(f []string, reasons map[string]article.Reason) (rule, error) {
	if len(f) < 4 {
		return rule{}, fmt.Errorf("want reason, match, maxwords and phrase")
	}
	var r rule
	var err error
	if r.maxWords, err = strconv.Atoi(f[2]); err != nil || r.maxWords < 0 {
		return r, fmt.Errorf("bad maxwords %q", f[2])
	}
	// "#" in a phrase stands for digits, as in keys.
	phrase := strings.ReplaceAll(strings.Join(f[3:], " "), "#", "0")
	r.phrase = string(appendKey(nil, phrase))
	if strings.HasSuffix(phrase, ":") {
		r.phrase += ":"
	}
	var ok bool
	switch f[0] {
	case "links":
		r.reason, r.kind = article.Widget, matchLinks
	case "bio":
		r.reason, r.kind = article.AuthorBio, matchBio
	default:
		if r.reason, ok = reasons[f[0]]; !ok {
			return r, fmt.Errorf("unknown reason %q", f[0])
		}
		if r.kind, ok = matchNames[f[1]]; !ok {
			return r, fmt.Errorf("unknown match %q", f[1])
		}
	}
	return r, nil
}

// matchRule returns the rule that the line text, with the given key and
// number of words, matches.
func matchRule(text, key string, words int) (rule, bool) {
	if r, ok := lineRules[key]; ok && r.fits(words) {
		return r, true
	}
	if prefixFirst[firstWord(key)] {
		if r, ok := findPrefix(text, key, words); ok {
			return r, true
		}
	}
	if i := findContained(key, words); i >= 0 {
		return containsRules[i], true
	}
	return rule{}, false
}

// fits reports whether r applies to a line of that many words.
func (r rule) fits(words int) bool { return r.maxWords == 0 || words <= r.maxWords }

// findPrefix returns the prefix rule that the line text, with the given
// key and number of words, matches.
func findPrefix(text, key string, words int) (rule, bool) {
	for p := 0; p <= len(key) && p <= maxPrefix; p++ {
		if p < len(key) && !prefixEnd[key[p]] {
			continue
		}
		if r, ok := prefixRules[key[:p]]; ok && r.fits(words) && prefixHolds(r, text) {
			return r, true
		}
		if p < len(key) && key[p] == ':' {
			if r, ok := prefixRules[key[:p+1]]; ok && r.fits(words) && prefixHolds(r, text) {
				return r, true
			}
		}
	}
	return rule{}, false
}

// containsIndex lists, by their first containsLen bytes, the contains
// rules, so that a key is scanned once for all of them; containsStart is
// a bitset of hashes of those bytes, a filter much cheaper than the map.
// Eight bytes ("can be r", "to your ") rule out most word starts that
// three ("can", "to ") would let through.
var (
	containsIndex map[uint64][]int
	containsStart [1 << 16 / 64]uint64
	containsLen   int    // min(8, the length of the shortest phrase)
	containsMask  uint64 // the bits of the first containsLen bytes
)

// phraseStart packs the first containsLen bytes of s, which has that
// many.
func phraseStart(s string) uint64 {
	if len(s) >= 8 {
		return load64(s) & containsMask
	}
	var x uint64
	for i := range containsLen {
		x |= uint64(s[i]) << (8 * i)
	}
	return x
}

// load64 returns the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func startHash(x uint64) uint32 { return uint32(x * 0x9E3779B97F4A7C15 >> 48) }

func indexContains() {
	containsLen = 8
	for _, r := range containsRules {
		containsLen = min(containsLen, len(r.phrase))
	}
	containsMask = 1<<(8*containsLen) - 1
	if containsLen == 8 {
		containsMask = ^uint64(0)
	}
	containsIndex = map[uint64][]int{}
	for i, r := range containsRules {
		x := phraseStart(r.phrase)
		containsIndex[x] = append(containsIndex[x], i)
		h := startHash(x)
		containsStart[h/64] |= 1 << (h % 64)
	}
}

// findContained returns the index of the first contains rule (in file
// order) whose phrase occurs in key at the start of a word (opening
// brackets and quotes aside) and that fits a line of that many words, or
// -1. It finds the spaces of key eight bytes at a time. A word starts
// after the first space past the byte a word's phrase would start with,
// so a space that directly follows opening brackets starts none.
func findContained(key string, words int) int {
	i := skipOpeners(key, 0) // "(AP Photo": the phrase starts after the bracket
	if containsLen == 0 || i+containsLen > len(key) {
		return -1
	}
	best := containedFrom(key, i, words, -1)
	next := i + 1 // the first offset of a space that starts a word
	for base := 0; base < len(key); base += 8 {
		for m := spaceMask(key, base); m != 0; m &= m - 1 {
			sp := base + bits.TrailingZeros64(m)/8
			if sp < next {
				continue
			}
			if i = skipOpeners(key, sp+1); i+containsLen > len(key) {
				return best
			}
			best = containedFrom(key, i, words, best)
			next = i + 1
		}
	}
	return best
}

// skipOpeners returns the offset of the first byte of key at or after i
// that is not an opening bracket or quote.
func skipOpeners(key string, i int) int {
	for i < len(key) && isOpener(key[i]) {
		i++
	}
	return i
}

// spaceMask returns the high bit of each byte of key[base:base+8] that is
// a space.
func spaceMask(key string, base int) uint64 {
	if base+8 <= len(key) {
		return byteMask(load64(key[base:]), ' ')
	}
	var m uint64
	for k := base; k < len(key); k++ {
		if key[k] == ' ' {
			m |= 0x80 << (8 * (k - base))
		}
	}
	return m
}

// containedFrom is containedAt for the phrases that may start at key[i:],
// after the cheap test of their first bytes.
func containedFrom(key string, i, words, best int) int {
	x := phraseStart(key[i:])
	if h := startHash(x); containsStart[h/64]&(1<<(h%64)) != 0 {
		return containedAt(key[i:], x, words, best)
	}
	return best
}

// containedAt returns the index of the first contains rule before best
// (any, when best is -1) whose phrase opens s, whose first bytes are x,
// and that fits a line of that many words, or best.
func containedAt(s string, x uint64, words, best int) int {
	for _, ri := range containsIndex[x] {
		r := containsRules[ri]
		if (best < 0 || ri < best) && (r.maxWords == 0 || words <= r.maxWords) && strings.HasPrefix(s, r.phrase) {
			best = ri
		}
	}
	return best
}

func isOpener(c byte) bool { return c == '(' || c == '"' || c == '\'' || c == '[' }

// prefixHolds checks the extra conditions of stamp and byline rules.
func prefixHolds(r rule, text string) bool {
	switch r.kind {
	case matchStamp:
		return hasDigit(text) && !endsSentence(text)
	case matchSocial:
		return mentionsNetwork(text)
	case matchByline:
		if endsSentence(text) {
			return false
		}
		f := strings.Fields(text)
		n := strings.Count(r.phrase, " ") + 1
		if n >= len(f) {
			return false
		}
		c, _ := utf8.DecodeRuneInString(f[n])
		return unicode.IsUpper(c)
	}
	return true
}

// endsSentence reports whether text ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(text string) bool {
	for text != "" {
		r, w := utf8.DecodeLastRuneInString(text)
		switch {
		case r == '.' || r == '?' || r == '!' || r == '…':
			return true
		case strings.ContainsRune(closers, r):
			text = text[:len(text)-w]
		default:
			return false
		}
	}
	return false
}

// appendKey appends the key of a line to dst: lower case, plain
// apostrophes, quotes and dashes, digit runs as "#", and leading and
// trailing punctuation and symbols (but ©) trimmed.
func appendKey(dst []byte, text string) []byte {
	text = trimKey(text)
	dst = slices.Grow(dst, len(text))
	digits := false
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			// Up to eight ASCII bytes without digits at once: those before
			// the first digit or non-ASCII byte.
			low, n := lowerASCII8(load64(text[i:]))
			if n > 0 {
				dst = binary.LittleEndian.AppendUint64(dst, low)[:len(dst)+n]
				digits = false
				i += n
				continue
			}
		}
		c := text[i]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(text[i:])
			dst = appendKeyRune(dst, r)
			digits = false
			i += w
			continue
		}
		i++
		if '0' <= c && c <= '9' {
			if !digits {
				dst = append(dst, '#')
			}
			digits = true
			continue
		}
		digits = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lowerASCII8 returns x, eight bytes, in ASCII lower case, and the number
// of its bytes before the first that is a digit or not ASCII, for which
// the lower case holds. The sums are taken on the bytes less their high
// bit, so that none carries into the next.
func lowerASCII8(x uint64) (uint64, int) {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	x7 := x & lows
	digit := (x7 + (0x80-'0')*ones) &^ (x7 + (0x80-'9'-1)*ones) & highs
	upper := (x7 + (0x80-'A')*ones) &^ (x7 + (0x80-'Z'-1)*ones) & highs
	return x | upper>>2, bits.TrailingZeros64(digit|x&highs) / 8
}

// appendKeyRune appends the key of the non-ASCII character r.
func appendKeyRune(dst []byte, r rune) []byte {
	switch r {
	case '’', '‘', 'ʼ':
		return append(dst, '\'')
	case '“', '”', '„':
		return append(dst, '"')
	case '–', '—', '―':
		return append(dst, '-')
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// trimKey is strings.TrimFunc(text, isKeyTrim), which looks at ASCII
// ends through a table.
func trimKey(text string) string {
	for text != "" && text[0] < utf8.RuneSelf && keyTrimASCII[text[0]] {
		text = text[1:]
	}
	for text != "" && text[len(text)-1] < utf8.RuneSelf && keyTrimASCII[text[len(text)-1]] {
		text = text[:len(text)-1]
	}
	if text != "" && (text[0] >= utf8.RuneSelf || text[len(text)-1] >= utf8.RuneSelf) {
		text = strings.TrimFunc(text, isKeyTrim)
	}
	return text
}

// keyTrimASCII holds isKeyTrim of each ASCII character.
var keyTrimASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isKeyTrim(rune(c))
	}
	return t
}()

func isKeyTrim(r rune) bool {
	return r != '©' && (unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r))
}

// prefixEnd marks the bytes that may follow a prefix phrase.
var prefixEnd = [256]bool{' ': true, ':': true, ',': true, '.': true, ';': true, '!': true, '?': true}

// maxPrefix is the length of the longest prefix phrase; set up by init.
var maxPrefix int

// prefixFirst holds the first word (see firstWord) of each prefix phrase.
// A phrase that opens a key opens it with the key's first word, so a key
// whose first word is not here matches no prefix rule.
var prefixFirst = map[string]bool{}

// firstWord returns s up to its first byte that may follow a prefix
// phrase.
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if prefixEnd[s[i]] {
			return s[:i]
		}
	}
	return s
}

// mentionsNetwork reports whether text names a social network, as the
// "Follow us on …" lines do.
func mentionsNetwork(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if networks[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
