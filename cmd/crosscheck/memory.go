package main

import (
	"fmt"
	"math"
	"runtime/debug"
	"strconv"
	"strings"
)

// memSize is a flag value of bytes written with a binary or decimal
// unit: "1800MiB", "2GiB", "2GB", "512000000".
type memSize int64

// binaryUnits is how many of memUnits, from the first, are powers of 1024.
const binaryUnits = 4

var memUnits = []struct {
	suffix string
	bytes  float64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"B", 1},
}

func (m *memSize) String() string {
	if *m == 0 {
		return ""
	}
	for i := binaryUnits - 1; i >= 0; i-- { // the largest unit that divides m
		if u := memUnits[i]; int64(*m)%int64(u.bytes) == 0 {
			return strconv.FormatInt(int64(*m)/int64(u.bytes), 10) + u.suffix
		}
	}
	return strconv.FormatInt(int64(*m), 10) + "B"
}

func (m *memSize) Type() string { return "SIZE" }

func (m *memSize) Set(s string) error {
	num, mult := strings.TrimSpace(s), 1.0
	for _, u := range memUnits {
		if n, ok := strings.CutSuffix(num, u.suffix); ok {
			num, mult = strings.TrimSpace(n), u.bytes
			break
		}
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 || math.IsInf(f*mult, 0) || f*mult > math.MaxInt64 {
		return fmt.Errorf("%q is not a size such as 1800MiB or 2GiB", s)
	}
	*m = memSize(f * mult)
	return nil
}

// apply sets the Go runtime's soft memory limit to m, if m is set: the
// collector then works harder as the heap nears it, so that a run over a
// large corpus keeps its peak near what it really holds instead of twice
// that. It does not fail a run that needs more.
func (m memSize) apply() {
	if m > 0 {
		debug.SetMemoryLimit(int64(m))
	}
}
