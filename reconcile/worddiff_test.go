package reconcile

import (
	"slices"
	"strings"
	"testing"
)

func renderOps(ops []DiffOp) string {
	var parts []string
	for _, op := range ops {
		switch op.Op {
		case Delete:
			parts = append(parts, "[-"+op.Text+"-]")
		case Insert:
			parts = append(parts, "{+"+op.Text+"+}")
		default:
			parts = append(parts, op.Text)
		}
	}
	return strings.Join(parts, " ")
}

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"", "", ""},
		{"a b c", "a b c", "a b c"},
		{"a b c", "", "[-a b c-]"},
		{"", "a b", "{+a b+}"},
		{"we remain committed", "we remain fully committed", "we remain {+fully+} committed"},
		{"to resolve these issues", "to address these issues", "to [-resolve-] {+address+} these issues"},
		{"x y", "y x", "[-x-] y {+x+}"},
		{"a b a b", "b a b a", "[-a-] b a b {+a+}"},
	} {
		got := renderOps(wordDiff(strings.Fields(tc.a), strings.Fields(tc.b)))
		if got != tc.want {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// wordDiffSides rebuilds both texts from a diff.
func wordDiffSides(ops []DiffOp) (a, b []string) {
	for _, op := range ops {
		w := strings.Fields(op.Text)
		if op.Op != Insert {
			a = append(a, w...)
		}
		if op.Op != Delete {
			b = append(b, w...)
		}
	}
	return a, b
}

// FuzzWordDiff checks that a diff rebuilds both texts, never has two runs
// of one kind in a row, and keeps as many common words as an LCS.
func FuzzWordDiff(f *testing.F) {
	f.Add("it would be counterproductive to negotiate", "it would be unproductive to negotiate in public")
	f.Add("a b a b", "b a b a")
	f.Fuzz(func(t *testing.T, x, y string) {
		a, b := strings.Fields(x), strings.Fields(y)
		ops := wordDiff(a, b)
		ga, gb := wordDiffSides(ops)
		if !slices.Equal(ga, a) || !slices.Equal(gb, b) {
			t.Fatalf("wordDiff(%q, %q) = %v rebuilds %q, %q", x, y, ops, ga, gb)
		}
		common := 0
		for i, op := range ops {
			if i > 0 && ops[i-1].Op == op.Op {
				t.Fatalf("wordDiff(%q, %q) = %v: two %s runs in a row", x, y, ops, op.Op)
			}
			if op.Op == Equal {
				common += len(strings.Fields(op.Text))
			}
		}
		if lcs := wordLCS(a, b); common != lcs {
			t.Fatalf("wordDiff(%q, %q) keeps %d common words, LCS is %d", x, y, common, lcs)
		}
	})
}
