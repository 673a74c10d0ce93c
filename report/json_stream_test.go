package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
	"github.com/crosscheck-news/crosscheck/report"
)

// TestJSONStreamsEncode checks that the streamed report is byte for byte
// what encoding the whole Report gives, with empty and HTML-like fields.
func TestJSONStreamsEncode(t *testing.T) {
	for _, r := range []*reconcile.Result{
		{},
		{Input: reconcile.Input{
			Docs:     []article.Doc{{Article: article.Article{ID: "a<1>", Path: "x&y.txt"}, Text: "Tom & \"Jerry\" <b>"}},
			Problems: article.ErrorList{{Path: "bad.jsonl", Line: 3, Msg: "not JSON: <eof>", Skipped: true}},
		}},
	} {
		var streamed, whole bytes.Buffer
		if err := report.JSON(&streamed, r); err != nil {
			t.Fatal(err)
		}
		if err := report.Encode(&whole, report.Build(r)); err != nil {
			t.Fatal(err)
		}
		if streamed.String() != whole.String() {
			t.Errorf("streamed JSON differs from encoding the whole report:\n%s\nwant:\n%s", streamed.String(), whole.String())
		}
		if _, err := report.Decode(strings.NewReader(streamed.String())); err != nil {
			t.Errorf("streamed JSON does not decode: %v", err)
		}
	}
}
