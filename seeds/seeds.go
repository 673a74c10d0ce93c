// Package seeds holds the default corpus: five real articles, scraped in
// early 2022, about the exchange of written proposals between the United
// States, NATO and Russia over Ukraine. They are kept exactly as scraped,
// boilerplate and machine-translation errors included, and manifest.yaml
// gives what is known of each (outlet, publication date or date range).
//
// crosscheck reads this FS, through the same ingest path as a folder on
// disk, when no input is named.
package seeds

import "embed"

// FS holds the seed articles and their manifest.
//
//go:embed *.txt manifest.yaml
var FS embed.FS

// Manifest is the name of the metadata file inside FS.
const Manifest = "manifest.yaml"
