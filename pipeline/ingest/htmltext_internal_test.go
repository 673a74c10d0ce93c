package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One  two\nthree.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"<p>A <b>bold</b>, <i>it</i>alic word.</p>", "A bold, italic word."},
		{"<h2>Head</h2>Loose text<br>next line", "Head\n\nLoose text\nnext line"},
		{"<ul><li>one</li><li>two</li></ul><p>after</p>", "one\ntwo\n\nafter"},
		{"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", "a b\nc d"},
		{"<pre>x  =  1\n  y</pre><p>z</p>", "x  =  1\n  y\n\nz"},
		{"<p>no\u00a0break</p><script>var x;</script><style>p{}</style>", "no\u00a0break"},
		{"<div><div><p>deep</p></div></div>", "deep"},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		var w htmlText
		w.node(doc, false)
		if got := w.b.String(); got != tc.want {
			t.Errorf("htmlText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
