// Package article holds the types every stage of crosscheck shares: the
// Article as ingested, the normalized Doc with its sentences, the Span that
// gives every derived value its provenance, the Claims extracted from a Doc,
// the Entities they mention, the Stories and Relations found by dedup, and
// the ErrorList of problems that did not stop the run.
//
// It imports only the standard library. Its invariant: every Span indexes
// the normalized Text of the Doc it names, 0 <= Start <= End <= len(Text),
// and a Doc's OffsetMap turns such an offset back into a place in the file
// the article was read from.
package article
