// Package report renders a reconciled run for people and for machines.
//
// Build turns a reconcile.Result into a Report, the stable JSON schema
// "crosscheck.report/v1" that CI jobs and `crosscheck diff` read. The
// renderers (JSON, Markdown) each take a writer and the Result, nothing
// else, and write deterministic output: the same Result gives the same
// bytes.
package report
