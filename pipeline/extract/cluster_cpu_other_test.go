//go:build !unix

package extract

import "time"

// clusterCPU returns 0 where the process's CPU time is not known.
func clusterCPU() time.Duration { return 0 }
