package dedup

import (
	"strings"
	"testing"
)

// TestWordSet checks the hash set against the words it was built from and
// against words it was not: every listed word is in, no other word is.
func TestWordSet(t *testing.T) {
	set := wordSet("# comment words are not in\nthe of\nand Said\n")
	tests := []struct {
		word string
		want bool
	}{
		{"the", true}, {"The", true}, {"OF", true}, {"and", true}, {"said", true},
		{"comment", false}, {"words", false}, {"then", false}, {"", false}, {"theory", false},
	}
	for _, tc := range tests {
		toks := tokenize(nil, tc.word)
		var h uint64
		if len(toks) > 0 {
			h = toks[0].hash
		}
		if got := set.has(h); got != tc.want {
			t.Errorf("wordSet(…).has(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	for line := range strings.Lines(stopwordsText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, tok := range tokenize(nil, line) {
			if !stopwords.has(tok.hash) {
				t.Errorf("stopwords.has(%q) = false, want true", line[tok.start:tok.end])
			}
		}
	}
}
