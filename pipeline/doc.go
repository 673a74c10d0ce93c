// Package pipeline wires crosscheck's stages: ingest reads the inputs,
// normalize cleans them and splits sentences, dedup groups the docs into
// stories and finds copies while extract finds their claims, and reconcile
// turns the claims into findings.
//
// Run is the one place the stage chain is written. Each stage fans its
// documents out over a bounded pool and writes results by index, so the
// Result is byte-for-byte the same at any number of workers. Bad articles
// become Problems in the Result; Run returns an error only when the run
// itself fails (a cancelled context, an invalid option).
package pipeline
