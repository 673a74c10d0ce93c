package ingest

import (
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// baseID returns the ID part derived from a displayed path: its base name
// without the extension. Standard input is "stdin".
func baseID(display string) string {
	if display == "-" {
		return "stdin"
	}
	base := path.Base(display)
	return sanitizeID(strings.TrimSuffix(base, path.Ext(base)))
}

// sanitizeID keeps the letters, digits, '-', '_' and '.' of s and turns
// every run of other characters into one '_', so that an ID is safe in a
// file name, a URL fragment and a Markdown anchor. It never returns "".
func sanitizeID(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	id := strings.Trim(b.String(), ".")
	if id == "" {
		return "article"
	}
	return id
}

// uniqueIDs makes the IDs of arts unique, in order: the second article
// with ID x becomes "x~2", the third "x~3", skipping IDs already taken.
func uniqueIDs(arts []article.Article) {
	used := make(map[string]int, len(arts))
	for i := range arts {
		id := arts[i].ID
		n, dup := used[id]
		if !dup {
			used[id] = 1
			continue
		}
		for {
			n++
			cand := id + "~" + strconv.Itoa(n)
			if _, taken := used[cand]; !taken {
				used[id] = n
				used[cand] = 1
				arts[i].ID = cand
				break
			}
		}
	}
}
