// Package ingest reads news articles from files, folders, globs and
// standard input, and returns them as [article.Article] values with their
// metadata.
//
// Ingest is the only stage of crosscheck that reads. It reads an [fs.FS],
// so the embedded seed articles and a folder on disk take the same path;
// [PathInput] turns a command-line argument into an [Input] on the OS file
// system.
//
// # Formats
//
// The format is chosen by extension, case-insensitively:
//
//   - .txt, .text: plain text. A file named explicitly (not met while
//     walking a folder or matching a glob) with no or an unknown extension
//     is read as text too, and so is standard input.
//   - .md, .markdown: Markdown with optional YAML front matter between
//     "---" lines at the top of the file.
//   - .html, .htm, .xhtml: a web page; the article text, title, site name,
//     canonical URL and publication date are found by go-trafilatura.
//   - .jsonl, .ndjson: one JSON object per line, one article per object.
//   - .json: one JSON object, or an array of objects.
//
// While walking a folder or matching a glob, hidden files (".git"), files
// of unknown formats and manifests (manifest.json, .yaml, .yml) are
// skipped; the skipped files are counted in a debug log.
//
// Front matter and JSON objects share one vocabulary; keys are matched
// case-insensitively and, where several aliases are present, the first one
// listed wins:
//
//	id
//	source     outlet, publisher, site
//	url        link, canonical
//	title      headline
//	published  date, pubDate, datePublished
//	text       body, content, article       (JSON only)
//
// A publication date is a day (2022-01-31), a date-time in RFC 3339 or
// another common layout (its day is taken in its own time zone), or a
// range "from/to" of either.
//
// # Metadata precedence
//
// A [Manifest] is the user's override: each non-empty field of the
// manifest entry for a file replaces what the file itself says (front
// matter, JSON fields, HTML metadata); fields the manifest leaves empty
// keep the file's values.
//
// # Lines
//
// Article.Body is the text as read, with a leading byte order mark
// stripped; normalize deals with line endings, white space and Unicode.
// Article.Line is the 1-based line of the file on which Body starts: 1 for
// text, the line after the front matter for Markdown, the line of the
// object for JSON. Text from HTML and from JSON strings is Flat: its lines
// are not those of the file, and all of it is reported at Line.
//
// # Output
//
// Run returns articles sorted by path, then line, with IDs that are stable
// across runs and unique within one: an id given by the manifest, front
// matter or a JSON object, else the file's base name without its
// extension, or "<base>-<line>" for a record of a JSON Lines file or JSON
// array, sanitized to letters, digits, '-', '_' and '.', and
// made unique in that order with a "~2", "~3" suffix. The output does not
// depend on Options.Workers.
//
// # Bad input
//
// Bad input does not stop the run: each case becomes an [article.Problem]
// with its path and line, and everything else is kept. Binary, empty,
// over-size and unreadable files are skipped, as are broken JSON lines and
// JSON objects without text; invalid UTF-8 is replaced with U+FFFD and
// malformed front matter is ignored, with a warning, and the article kept.
// Symbolic links to folders are not followed, so link loops cannot hang a
// walk.
package ingest
