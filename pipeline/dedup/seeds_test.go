package dedup_test

import (
	"context"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
)

// TestSeeds checks what the issue asks of the seeds: one story; the rewrite
// 004 derived from The Hill's 003 with the original named; the spokesperson
// statement 001 and 003 both quote found as a shared passage; and no other
// pair called a copy.
func TestSeeds(t *testing.T) {
	docs := seedDocs(t)
	for _, workers := range []int{1, 2} {
		res, err := dedup.Run(context.Background(), docs, dedup.Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		checkSeeds(t, docs, res)
	}
}

func checkSeeds(t *testing.T, docs []article.Doc, res dedup.Result) {
	t.Helper()
	if len(res.Stories) != 1 || len(res.Stories[0].Articles) != 5 {
		t.Fatalf("Stories = %v, want one story of 5 articles", res.Stories)
	}
	rel := map[[2]string]article.Relation{}
	for _, r := range res.Relations {
		rel[[2]string{r.A, r.B}] = r
		if r.Kind.Copies() && (r.A != "003" || r.B != "004") {
			t.Errorf("relation %s–%s is %v, want no copy but 003–004", r.A, r.B, r.Kind)
		}
	}
	r, ok := rel[[2]string{"003", "004"}]
	if !ok || r.Kind != article.Derived || r.From != "003" || !strings.Contains(r.Why, "cites The Hill") {
		t.Errorf("003–004 = %+v, want derived from 003 citing The Hill", r)
	}
	r, ok = rel[[2]string{"001", "003"}]
	if !ok || r.Kind != article.SharesPassages || !hasPassage(docs, r, "negotiate in public") {
		t.Errorf("001–003 = %+v, want shares_passages with the spokesperson's statement", r)
	}
	want := [][]string{{"000"}, {"001"}, {"002"}, {"003", "004"}}
	if got := res.Stories[0].Voices; !equalVoices(got, want) {
		t.Errorf("Voices = %v, want %v", got, want)
	}
}

func hasPassage(docs []article.Doc, r article.Relation, phrase string) bool {
	text := map[string]string{}
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	for _, p := range r.Passages {
		a, b := text[p.A.Doc][p.A.Start:p.A.End], text[p.B.Doc][p.B.Start:p.B.End]
		if strings.Contains(a, phrase) && strings.Contains(b, phrase) {
			return true
		}
	}
	return false
}

func equalVoices(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], ",") != strings.Join(b[i], ",") {
			return false
		}
	}
	return true
}
