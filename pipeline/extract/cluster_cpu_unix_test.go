//go:build unix

package extract

import (
	"syscall"
	"time"
)

// clusterCPU returns the CPU time (user and system) the process has used,
// so that benchmarks on a shared machine can report it beside wall time.
func clusterCPU() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
