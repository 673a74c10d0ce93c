package reconcile

import (
	"context"

	"go.uber.org/zap"
)

// Options configure Run. The zero Options is the default: one worker per
// CPU and no logging.
type Options struct {
	// Workers bounds the stories reconciled at once; 0 means GOMAXPROCS.
	// The Result does not depend on it.
	Workers int
	// Logger receives debug logs; nil means zap.NewNop().
	Logger *zap.Logger
}

// Run reconciles the claims of each story into findings.
func Run(ctx context.Context, in Input, opt Options) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &Result{Input: in}, nil
}
