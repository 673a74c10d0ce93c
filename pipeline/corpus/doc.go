// Package corpus generates deterministic synthetic news corpora from real
// article text, for benchmarks and scale tests.
//
// Generate takes a few real articles and makes N files that look like a
// day's feed: many stories (each a real article with its names replaced by
// story-specific ones, so that stories do not share rare terms), and for
// each story exact copies under other boilerplate, lightly edited
// syndications, rewrites, and versions with changed numbers and weekdays,
// with site chrome and link spam mixed in. The same texts and Options give
// byte-identical files.
package corpus
