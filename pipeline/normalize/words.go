package normalize

import (
	_ "embed"
	"fmt"
	"strings"
)

// An abbrevClass says how a period after an abbreviation is treated.
type abbrevClass uint8

const (
	notAbbrev       abbrevClass = iota
	titleAbbrev                 // "Dr.": never ends a sentence
	numericAbbrev               // "Feb.": no break before a digit
	ambiguousAbbrev             // "Inc.": a break only before a sentence starter
)

//go:embed data/words.txt
var wordsFile string

// The word lists of data/words.txt, parsed once at init.
var (
	abbrevs   map[string]abbrevClass
	starters  map[string]bool
	jobs      map[string]bool
	dateWords map[string]bool
	networks  map[string]bool
)

func init() {
	abbrevs = map[string]abbrevClass{}
	starters = map[string]bool{}
	jobs = map[string]bool{}
	dateWords = map[string]bool{}
	networks = map[string]bool{}
	if err := parseWords(wordsFile); err != nil {
		panic(err) // the embedded file is part of the program
	}
}

// parseWords reads the sectioned word lists described in data/words.txt.
func parseWords(src string) error {
	section := ""
	for n, ln := range strings.Split(src, "\n") {
		if i := strings.IndexByte(ln, '#'); i >= 0 {
			ln = ln[:i]
		}
		ln = strings.TrimSpace(ln)
		switch {
		case ln == "":
		case strings.HasPrefix(ln, "["):
			section = strings.Trim(ln, "[]")
		case section == "title":
			abbrevs[ln] = titleAbbrev
		case section == "numeric":
			abbrevs[ln] = numericAbbrev
		case section == "ambiguous":
			abbrevs[ln] = ambiguousAbbrev
		case section == "starter":
			starters[ln] = true
		case section == "job":
			jobs[ln] = true
		case section == "date":
			dateWords[ln] = true
		case section == "network":
			networks[ln] = true
		default:
			return fmt.Errorf("normalize: data/words.txt:%d: word outside a known section", n+1)
		}
	}
	return nil
}
