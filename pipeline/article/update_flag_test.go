package article

import "flag"

// go test ./... -update rewrites the golden files of every package that
// has some; this package has none, and accepts the flag so that the
// command does not fail here.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")
