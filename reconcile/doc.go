// Package reconcile decides, for the claims of each story, where the sources
// agree, contradict each other, update an earlier figure, or stand alone.
//
// Run takes the output of the pipeline's stages (normalized docs, stories
// and relations from dedup, claims and entities from extract) and returns a
// Result with one Finding per fact. Copies of one article are one voice: a
// finding counts the independent voices behind it, never the articles. The
// Result is deterministic: findings are sorted and their fingerprints do
// not depend on input order.
//
// Fuse reconciles structured claims (item, source, value) from a table and
// finds the groups of sources that copy one another.
package reconcile
