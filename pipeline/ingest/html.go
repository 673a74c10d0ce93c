package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// htmlOptions configure go-trafilatura: the main text without comments,
// with its fallback extractors for pages its own rules miss, and the
// publication date from metadata and markup without the slow
// natural-language date parser.
var htmlOptions = trafilatura.Options{
	ExcludeComments: true,
	EnableFallback:  true,
	HtmlDateMode:    trafilatura.Fast,
}

// decodeHTML returns a page as UTF-8. Pages that are not valid UTF-8 are
// decoded from the charset they declare, or Windows-1252 by default, as
// browsers do.
func decodeHTML(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// extractHTML returns the article text of a page, paragraphs separated
// by blank lines, and the metadata the page gives.
func extractHTML(page string) (Meta, string, skip) {
	// The page is UTF-8 by now: parse it here rather than let Extract
	// guess its charset, which costs more than the extraction.
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Meta{}, "", skip("cannot parse html: " + err.Error())
	}
	res, err := trafilatura.ExtractDocument(doc, htmlOptions)
	if err != nil || res == nil || res.ContentNode == nil {
		return Meta{}, "", "no article text found in the page"
	}
	var w htmlText
	w.node(res.ContentNode, false)
	md := res.Metadata
	m := Meta{Source: md.Sitename, URL: md.URL, Title: md.Title}
	if !md.Date.IsZero() {
		d := article.DateOf(md.Date)
		m.Published = article.DateRange{From: d, To: d}
	}
	body := w.b.String()
	if isBlank(strings.Replace(body, md.Title, "", 1)) {
		// The fallback extractors return the headline of a page without
		// text; a headline alone is no article.
		return Meta{}, "", "no article text found in the page"
	}
	return m, body, ""
}

// htmlText writes the text of an HTML tree as a browser lays it out, in
// plain text: white space folded, blocks apart.
type htmlText struct {
	b      bytes.Buffer
	space  bool // white space is due before the next text
	breaks int  // line breaks are due before the next text
}

// blockBreaks gives the line breaks around each block element: 2 for
// paragraphs, 1 for lines within a list or table.
var blockBreaks = map[string]int{
	"p": 2, "div": 2, "h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2,
	"blockquote": 2, "pre": 2, "ul": 2, "ol": 2, "dl": 2, "table": 2,
	"section": 2, "article": 2, "header": 2, "footer": 2, "figure": 2,
	"hr": 2, "main": 2, "aside": 2, "nav": 2, "details": 2, "summary": 2,
	"li": 1, "tr": 1, "dt": 1, "dd": 1, "figcaption": 1, "caption": 1, "br": 1,
}

// node writes the text of n and its children; pre keeps white space.
func (w *htmlText) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "head":
			return
		case "td", "th":
			w.space = true
		}
		pre = pre || n.Data == "pre"
	}
	brk := blockBreaks[n.Data]
	if n.Type != html.ElementNode {
		brk = 0
	}
	w.brk(brk)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, pre)
	}
	w.brk(brk)
}

// brk asks for at least n line breaks before the next text.
func (w *htmlText) brk(n int) { w.breaks = max(w.breaks, n) }

// text writes s, its white space folded unless pre. White space is that
// of HTML, ASCII only: a no-break space stays.
func (w *htmlText) text(s string, pre bool) {
	if pre {
		w.flush()
		w.b.WriteString(s)
		return
	}
	if s == "" {
		return
	}
	for i, f := range strings.FieldsFunc(s, isHTMLSpace) {
		if i == 0 && !isHTMLSpace(rune(s[0])) && !w.space {
			w.breaksOnly()
		} else {
			w.space = true
			w.flush()
		}
		w.b.WriteString(f)
	}
	if isHTMLSpace(rune(s[len(s)-1])) {
		w.space = true
	}
}

// isHTMLSpace reports whether r is white space in HTML.
func isHTMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

// flush writes the breaks or the space that are due.
func (w *htmlText) flush() {
	switch {
	case w.b.Len() == 0:
	case w.breaks > 0:
		w.b.WriteString("\n\n"[:w.breaks])
	case w.space:
		w.b.WriteByte(' ')
	}
	w.breaks, w.space = 0, false
}

// breaksOnly writes the breaks that are due, but no space: text that
// starts without white space joins the text before it.
func (w *htmlText) breaksOnly() {
	if w.breaks > 0 {
		w.flush()
	}
	w.space = false
}
