package dedup

import (
	_ "embed"
	"strings"
)

// stopwords.txt and capitalized.txt are data, not code: users may extend
// them for their feeds.
var (
	//go:embed stopwords.txt
	stopwordsText string
	//go:embed capitalized.txt
	capitalizedText string

	stopwords   = wordSet(stopwordsText)
	capitalized = wordSet(capitalizedText)
)

// wordSet hashes the words of a word-list file as tokenize would.
func wordSet(text string) map[uint64]bool {
	set := make(map[uint64]bool)
	for line := range strings.Lines(text) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, t := range tokenize(nil, line) {
			set[t.hash] = true
		}
	}
	return set
}
