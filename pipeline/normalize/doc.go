// Package normalize turns ingested articles into clean, segmented
// documents.
//
// Run takes []article.Article, whose Body is the text as read, and returns
// one article.Doc per article, in the same order. Each Doc's Text is the
// article's prose alone: Unicode NFC, line breaks unified, exotic spaces
// turned into plain spaces, zero-width characters and soft hyphens removed,
// whitespace folded, one paragraph per non-empty line, paragraphs joined by
// "\n\n". Typographic quotes, apostrophes, dashes and ellipses are kept,
// because later stages need to tell an opening quote from a closing one.
// The markup of a Markdown article (headings, emphasis, link brackets and
// targets, images, quote and bullet marks) is dropped and its words kept.
//
// Boilerplate is taken out by general rules, never by rules that name one
// site's content: page furniture, injected "See also" headlines, comment
// and share widgets, author bios, syndication and translation notices,
// credit lines (kept in Doc.Credits), update notes, and lines that recur in
// many otherwise different articles of the corpus. The phrases the rules
// look for live in data/boilerplate.txt and the abbreviations the sentence
// splitter knows in data/words.txt; both are embedded and documented there.
//
// Besides phrases, the rules look at position and shape: the lines above
// the headline and the short labels around it, the labels and the author
// block that end an article, date lines, breadcrumbs, gallery counters,
// headlines in capitals, and the lines after a "Related" or "Image
// caption" header. A missing title is taken from the headline, which stays
// in Text as its first paragraph.
//
// Invariants: every removed line is listed in Doc.Removed with its reason,
// its file line and its Body offsets (Removed.Text is the line as
// normalized; Body[Start:End] is the line as read);
// Text(Doc.Text) == Doc.Text; every Span of Doc.Sentences and
// Doc.Paragraphs lies inside Doc.Text, sentences never cross paragraphs
// and together cover every paragraph; Doc.Map turns any offset of Text
// into the offset of Body it came from, so Doc.Pos gives the file line
// and column.
//
// Memory: a Doc holds the article's text once. Its Body is "" (the
// Article passed in keeps it): Doc.LineStarts and Doc.Runes keep what
// Doc.Pos needs of it. Text and every slice of a Doc are allocated at
// their final size, and no string of a Doc shares memory with the
// buffers Run works in.
package normalize
