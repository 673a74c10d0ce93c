package extract

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestReadAliasesErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown key", "merge:\n  - [A B, C D]\nsplit:\n  - [E, F]\n", "line 3: unknown key \"split\""},
		{"one name", "merge:\n  - [A B, C D]\n  - [Only One]\n", "line 3: want at least two different names"},
		{"same name twice", "separate:\n  - [A B, a  b]\n", "line 2: want at least two different names"},
		{"not a list", "merge: Antony Blinken\n", "line 1: want a list of name lists"},
		{"flat list", "merge:\n  - Antony Blinken\n", "line 2: want a list of names"},
		{"nested map", "merge:\n  - [A B, {x: y}]\n", "line 2: want a name"},
		{"top list", "- [A, B]\n", "line 1: want a mapping"},
		{"two merge groups", "merge:\n  - [A B, C D]\n  - [C D, E F]\n", "line 3: \"C D\" is in two merge groups"},
		{"merged and separated", "merge:\n  - [A B, C D]\nseparate:\n  - [c d, a b]\n", "line 2: \"c d\" and \"a b\" are both merged and separated"},
		{"bad yaml", "merge:\n  - [A B, C D\n", "yaml: line"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAliases(strings.NewReader(tc.in))
			if err == nil || !errors.Is(err, ErrAliases) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ReadAliases(%q) = %v, want an ErrAliases containing %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestReadAliasesExample(t *testing.T) {
	f, err := os.Open("testdata/aliases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := ReadAliases(f)
	if err != nil {
		t.Fatalf("ReadAliases(testdata/aliases.yaml) = %v", err)
	}
	if len(a.merge) != 2 || len(a.separate) != 1 || a.merge[0][0] != "Antony Blinken" {
		t.Errorf("ReadAliases(testdata/aliases.yaml) = merge %q separate %q", a.merge, a.separate)
	}
	if a, err := ReadAliases(strings.NewReader("")); err != nil || a == nil {
		t.Errorf("ReadAliases(\"\") = %v, %v; want empty aliases", a, err)
	}
}

// TestAliasesForceAndForbid checks that the alias file merges what the
// matcher would keep apart and separates what it would merge.
func TestAliasesForceAndForbid(t *testing.T) {
	docs := []string{
		"US Secretary of State Antony Blinken arrived in Geneva. Blinken said talks would go on.",
		"Secretary of State Tony Blinken met NATO allies in Brussels.",
		"Russian Prime Minister Dmitri Medvedev visited Minsk. Medvedev said Belarus was a friend.",
		"Prime Minister Dmitry Medvedev of Russia arrived in Minsk, where Medvedev told reporters little.",
	}
	tests := []struct {
		name, yaml string
		a, b       string
		same       bool
		canonical  string
	}{
		{"default keeps nickname apart", "", "Antony Blinken", "Tony Blinken", false, ""},
		{"force", "merge:\n  - [Antony Blinken, Tony Blinken]\n", "Antony Blinken", "Tony Blinken", true, "Antony Blinken"},
		{"force names canonical", "merge:\n  - [Tony Blinken, Antony Blinken]\n", "Antony Blinken", "Tony Blinken", true, "Tony Blinken"},
		{"default merges variant", "", "Dmitri Medvedev", "Dmitry Medvedev", true, ""},
		{"forbid", "separate:\n  - [Dmitri Medvedev, Dmitry Medvedev]\n", "Dmitri Medvedev", "Dmitry Medvedev", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			al, err := ReadAliases(strings.NewReader(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), docsOf(docs...), Options{Workers: 1, Aliases: al})
			if err != nil {
				t.Fatal(err)
			}
			a, b := clusterOf(res.Entities, tc.a), clusterOf(res.Entities, tc.b)
			if a == nil || b == nil {
				t.Fatalf("aliases %q: no entity for %q or %q in\n%s", tc.yaml, tc.a, tc.b, entDump(res.Entities))
			}
			if same := a.ID == b.ID; same != tc.same {
				t.Errorf("aliases %q: %q and %q one entity = %v, want %v\n%s", tc.yaml, tc.a, tc.b, same, tc.same, entDump(res.Entities))
			}
			if tc.canonical != "" && a.Name != tc.canonical {
				t.Errorf("aliases %q: name = %q, want %q", tc.yaml, a.Name, tc.canonical)
			}
		})
	}
}
