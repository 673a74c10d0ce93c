package extract

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// ErrAliases is wrapped by the errors of ReadAliases.
var ErrAliases = errors.New("extract: bad alias file")

// Aliases are the user's corrections to entity clustering: names that are
// one entity whatever the text says, and names that must never be merged.
// The zero value and nil force and forbid nothing.
type Aliases struct {
	merge    [][]string     // each group as written; the first is canonical
	separate [][]string     // each group as written
	mergeOf  map[string]int // alias key -> index in merge
	line     map[string]int // alias key -> line of its first appearance
}

// ReadAliases reads an alias file in YAML (see the package comment for its
// format). Its errors wrap ErrAliases and give the line at fault.
func ReadAliases(r io.Reader) (*Aliases, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAliases, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAliases, err)
	}
	a := &Aliases{mergeOf: map[string]int{}, line: map[string]int{}}
	if len(root.Content) == 0 {
		return a, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, aliasErr(doc, "want a mapping with keys merge and separate")
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		groups, err := aliasGroups(v, a.line)
		if err != nil {
			return nil, err
		}
		switch k.Value {
		case "merge":
			a.merge = append(a.merge, groups...)
		case "separate":
			a.separate = append(a.separate, groups...)
		default:
			return nil, aliasErr(k, fmt.Sprintf("unknown key %q (want merge or separate)", k.Value))
		}
	}
	return a, a.index()
}

func aliasErr(n *yaml.Node, msg string) error {
	return fmt.Errorf("%w: line %d: %s", ErrAliases, n.Line, msg)
}

// aliasGroups decodes a list of lists of names.
func aliasGroups(v *yaml.Node, line map[string]int) ([][]string, error) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, aliasErr(v, "want a list of name lists")
	}
	var out [][]string
	for _, g := range v.Content {
		if g.Kind != yaml.SequenceNode {
			return nil, aliasErr(g, "want a list of names, as [Name One, Name Two]")
		}
		var names []string
		seen := map[string]bool{}
		for _, n := range g.Content {
			if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
				return nil, aliasErr(n, "want a name")
			}
			k := entAliasKey(n.Value)
			if _, ok := line[k]; !ok {
				line[k] = n.Line
			}
			if !seen[k] {
				seen[k] = true
				names = append(names, strings.Join(strings.Fields(n.Value), " "))
			}
		}
		if len(names) < 2 {
			return nil, aliasErr(g, "want at least two different names")
		}
		out = append(out, names)
	}
	return out, nil
}

// index builds the lookup of merge groups and checks that no name is in
// two merge groups and no separate pair is forced together.
func (a *Aliases) index() error {
	for i, g := range a.merge {
		for _, n := range g {
			k := entAliasKey(n)
			if j, dup := a.mergeOf[k]; dup && j != i {
				return fmt.Errorf("%w: line %d: %q is in two merge groups", ErrAliases, a.lastLine(k, i), n)
			}
			a.mergeOf[k] = i
		}
	}
	for _, g := range a.separate {
		for x := range g {
			for y := x + 1; y < len(g); y++ {
				i, okx := a.mergeOf[entAliasKey(g[x])]
				j, oky := a.mergeOf[entAliasKey(g[y])]
				if okx && oky && i == j {
					return fmt.Errorf("%w: line %d: %q and %q are both merged and separated", ErrAliases, a.line[entAliasKey(g[x])], g[x], g[y])
				}
			}
		}
	}
	return nil
}

// lastLine returns the line of name key k in merge group i, found by
// looking for the group's line: the first line of its other names.
func (a *Aliases) lastLine(k string, i int) int {
	n := 0
	for _, name := range a.merge[i] {
		if l := a.line[entAliasKey(name)]; entAliasKey(name) != k && l > n {
			n = l
		}
	}
	return n
}

// separated returns the alias keys of the names in separate groups.
// It is nil when there are none, which most runs have.
func (a *Aliases) separated() map[string]bool {
	if a == nil || len(a.separate) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, g := range a.separate {
		for _, n := range g {
			out[entAliasKey(n)] = true
		}
	}
	return out
}

// forbids reports whether the alias file keeps an entity named by xs apart
// from one named by ys (alias keys).
func (a *Aliases) forbids(xs, ys []string) bool {
	if a == nil {
		return false
	}
	for _, g := range a.separate {
		ix, iy := -1, -1
		for i, n := range g {
			k := entAliasKey(n)
			if ix < 0 && slices.Contains(xs, k) {
				ix = i
			}
			if iy < 0 && slices.Contains(ys, k) {
				iy = i
			}
		}
		if ix >= 0 && iy >= 0 && ix != iy {
			return true
		}
	}
	return false
}

// entAliasKey folds case and spacing so names match as users write them.
func entAliasKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
