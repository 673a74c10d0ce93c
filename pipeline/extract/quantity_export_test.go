package extract

// FindQuantities exposes findQuantities to the external tests.
var FindQuantities = findQuantities

// NumScanLen runs the numeral scanner alone, for BenchmarkNumScan.
func NumScanLen(s string) int { return len(numScan(s, nil)) }
