package corpus

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"strings"

	"github.com/crosscheck-news/crosscheck/seeds"
)

// BigArticle returns one made-up flood report of at least n bytes, its
// paragraphs different from one another and dense with numbers, dates and
// quotes: a single huge article for testing that no stage grows faster
// than its input.
func BigArticle(n int) []byte {
	var b bytes.Buffer
	b.Grow(n + 1024)
	b.WriteString("Flood waters force thousands from their homes\n\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(NewsParagraph(i))
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

// NewsParagraph returns paragraph i of BigArticle: a few sentences of made-up
// flood news, different for every i.
func NewsParagraph(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	who := []string{"the mayor", "a police spokesperson", "the regional governor", "an aid official", "the health minister"}[r.IntN(5)]
	day := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[r.IntN(7)]
	month := []string{"January", "March", "May", "July", "September", "November"}[r.IntN(6)]
	switch i % 4 {
	case 0:
		return fmt.Sprintf("Officials said %d people were evacuated from %d homes on %s, and about %d.%d%% of the district lost power. Crews expected to restore it by %s %d.",
			100+r.IntN(9000), 10+r.IntN(900), day, r.IntN(60), r.IntN(10), month, 1+r.IntN(28))
	case 1:
		return fmt.Sprintf("“We have never seen water rise this fast,” said %s, adding that repairs could cost $%d.%d million. “Our teams worked through the night,” %s said on %s.",
			who, 1+r.IntN(400), r.IntN(10), who, day)
	case 2:
		return fmt.Sprintf("By %s, %d firefighters and %d volunteers were working along %d kilometres of the coast, according to %s. The river peaked at %d.%d metres, up from %d metres a week earlier.",
			day, 50+r.IntN(2000), 20+r.IntN(500), 5+r.IntN(300), who, 3+r.IntN(9), r.IntN(10), 1+r.IntN(3))
	}
	return fmt.Sprintf("The agency said on %s %d, %d that %d of the %d shelters were full. \"Please stay home if you can,\" %s told reporters, and %d schools will stay closed until %s.",
		month, 1+r.IntN(28), 2000+r.IntN(26), r.IntN(80), 80+r.IntN(100), who, r.IntN(300), day)
}

// SeedTexts returns the texts of the embedded seed articles, in file name
// order: the real articles Generate rewrites.
func SeedTexts() ([]string, error) {
	var texts []string
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		texts = append(texts, string(b))
		return err
	})
	return texts, err
}
