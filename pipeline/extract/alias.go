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
	a := &Aliases{mergeOf: map[string]int{}}
	if len(root.Content) == 0 {
		return a, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, aliasErr(doc, "want a mapping with keys merge and separate")
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		groups, err := aliasGroups(v)
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
	return a, a.index(doc)
}

func aliasErr(n *yaml.Node, msg string) error {
	return fmt.Errorf("%w: line %d: %s", ErrAliases, n.Line, msg)
}

// aliasGroups decodes a list of lists of names.
func aliasGroups(v *yaml.Node) ([][]string, error) {
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
			if k := entAliasKey(n.Value); !seen[k] {
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
func (a *Aliases) index(doc *yaml.Node) error {
	for i, g := range a.merge {
		for _, n := range g {
			k := entAliasKey(n)
			if j, dup := a.mergeOf[k]; dup && j != i {
				return aliasErr(doc, fmt.Sprintf("%q is in two merge groups", n))
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
					return aliasErr(doc, fmt.Sprintf("%q and %q are both merged and separated", g[x], g[y]))
				}
			}
		}
	}
	return nil
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
