package reconcile_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

// The flag is not called "update" so that it cannot clash with one that
// other tests of this package may define.
var fuseUpdate = flag.Bool("update-fuse", false, "rewrite the want.json sections of testdata/fuse/*.txtar")

// fuseArchive is a txtar archive: a comment, then files introduced by
// lines "-- name --".
type fuseArchive struct {
	comment string
	names   []string
	files   map[string]string
}

func fuseParseArchive(data string) *fuseArchive {
	a := &fuseArchive{files: map[string]string{}}
	name, body := "", &strings.Builder{}
	flush := func() {
		if name == "" {
			a.comment = body.String()
		} else {
			a.names = append(a.names, name)
			a.files[name] = body.String()
		}
		body.Reset()
	}
	for line := range strings.Lines(data) {
		t := strings.TrimRight(line, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			name = strings.TrimSpace(t[3 : len(t)-3])
			continue
		}
		body.WriteString(line)
	}
	flush()
	return a
}

func (a *fuseArchive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, n := range a.names {
		b.WriteString("-- " + n + " --\n")
		b.WriteString(a.files[n])
	}
	return b.Bytes()
}

// fuseGot is what a fixture checks: the result and the problems.
type fuseGot struct {
	*reconcile.FuseResult
	Problems []string `json:"problems"`
}

func TestFuseFixtures(t *testing.T) {
	paths, err := filepath.Glob("testdata/fuse/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := fuseParseArchive(string(data))
			got := fuseRunFixture(t, a)
			if *fuseUpdate {
				if _, ok := a.files["want.json"]; !ok {
					a.names = append(a.names, "want.json")
				}
				a.files["want.json"] = got
				if err := os.WriteFile(path, a.format(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := a.files["want.json"]; got != want {
				t.Errorf("Fuse(%s)\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

// fuseRunFixture runs Fuse on the input of a and returns the result as
// indented JSON.
func fuseRunFixture(t *testing.T, a *fuseArchive) string {
	t.Helper()
	var opt reconcile.FuseOptions
	dec := json.NewDecoder(strings.NewReader(a.files["options.json"]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&opt); err != nil {
		t.Fatalf("options.json: %v", err)
	}
	var input string
	for _, n := range a.names {
		if strings.HasPrefix(n, "input.") {
			opt.Name, input = n, a.files[n]
		}
	}
	if opt.Name == "" {
		t.Fatal("no input.* file")
	}
	res, err := reconcile.Fuse(strings.NewReader(input), opt)
	if err != nil {
		t.Fatalf("Fuse: %v", err)
	}
	g := fuseGot{FuseResult: res, Problems: []string{}}
	for _, p := range res.Problems {
		g.Problems = append(g.Problems, p.Error())
	}
	out, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out) + "\n"
}

// TestFuseCopierLosesToIndependents checks the point of copy detection on
// the copier fixture: a majority vote follows the copies, Fuse does not.
func TestFuseCopierLosesToIndependents(t *testing.T) {
	data, err := os.ReadFile("testdata/fuse/copier.txtar")
	if err != nil {
		t.Fatal(err)
	}
	input := fuseParseArchive(string(data)).files["input.csv"]
	res, err := reconcile.Fuse(strings.NewReader(input), reconcile.FuseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"i11": "brown", "i12": "grey", "i07": "gold"}
	for _, it := range res.Items {
		if w, ok := want[it.Item]; ok && it.Value != w {
			t.Errorf("item %s = %q (support %v), want %q", it.Item, it.Value, it.Support, w)
		}
	}
	if wantGroups := [][]string{{"b", "c", "e"}}; !slices.EqualFunc(res.CopyGroups, wantGroups, slices.Equal) {
		t.Errorf("copy groups = %v, want %v", res.CopyGroups, wantGroups)
	}
	if v := fuseNaiveVote(input, "i11"); v != "tan" {
		t.Errorf("majority vote on i11 = %q, want the copies' %q: the fixture no longer tests copying", v, "tan")
	}
}

// fuseNaiveVote returns the most common value of item in a long CSV table
// with columns item, source, value.
func fuseNaiveVote(input, item string) string {
	count := map[string]int{}
	best := ""
	for line := range strings.Lines(input) {
		f := strings.Split(strings.TrimSpace(line), ",")
		if len(f) == 3 && f[0] == item {
			count[f[2]]++
			if count[f[2]] > count[best] {
				best = f[2]
			}
		}
	}
	return best
}

func TestFuseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opt      reconcile.FuseOptions
		want     error
	}{
		{"empty", "", reconcile.FuseOptions{}, reconcile.ErrFuseHeader},
		{"no value column", "item,source\nx,a\n", reconcile.FuseOptions{}, reconcile.ErrFuseHeader},
		{"no wide column", "item,source,dep\nx,a,1\n", reconcile.FuseOptions{Wide: []string{"arr"}}, reconcile.ErrFuseHeader},
		{"named as_of missing", "item,source,value\nx,a,1\n", reconcile.FuseOptions{AsOf: "date"}, reconcile.ErrFuseHeader},
		{"negative tolerance", "item,source,value\n", reconcile.FuseOptions{Tolerance: -1}, reconcile.ErrFuseOptions},
		{"quote separator", "item,source,value\n", reconcile.FuseOptions{Comma: '"'}, reconcile.ErrFuseOptions},
		{"item and item columns", "item,source,value\n", reconcile.FuseOptions{Item: "a", ItemColumns: []string{"b"}}, reconcile.ErrFuseOptions},
		{"value and wide", "item,source,value\n", reconcile.FuseOptions{Value: "v", Wide: []string{"b"}}, reconcile.ErrFuseOptions},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := reconcile.Fuse(strings.NewReader(tc.in), tc.opt)
			if !errors.Is(err, tc.want) {
				t.Errorf("Fuse(%q, %+v) error = %v, want %v", tc.in, tc.opt, err, tc.want)
			}
		})
	}
}

// TestFuseOrder checks that the order of the rows does not change the
// result.
func TestFuseOrder(t *testing.T) {
	data, err := os.ReadFile("testdata/fuse/copier.txtar")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(fuseParseArchive(string(data)).files["input.csv"], "\n")
	header, rows := lines[0], lines[1:]
	want := fuseJSON(t, header+strings.Join(rows, ""))
	slices.Reverse(rows)
	if got := fuseJSON(t, header+strings.Join(rows, "")); got != want {
		t.Errorf("reversed rows: got\n%s\nwant\n%s", got, want)
	}
}

func fuseJSON(t *testing.T, in string) string {
	res, err := reconcile.Fuse(strings.NewReader(in), reconcile.FuseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(res)
	return string(out)
}

func FuzzFuse(f *testing.F) {
	paths, _ := filepath.Glob("testdata/fuse/*.txtar")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		a := fuseParseArchive(string(data))
		for _, n := range a.names {
			if strings.HasPrefix(n, "input.") {
				f.Add([]byte(a.files[n]))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := reconcile.Fuse(bytes.NewReader(data), reconcile.FuseOptions{Tolerance: 0.01})
		if err != nil {
			return
		}
		if !slices.IsSortedFunc(res.Items, func(a, b reconcile.FuseItem) int { return strings.Compare(a.Item, b.Item) }) {
			t.Errorf("items not sorted: %v", res.Items)
		}
		for _, it := range res.Items {
			if !slices.IsSorted(it.Support) || len(it.Support) == 0 || it.Confidence < 0 || it.Confidence > 1 {
				t.Errorf("bad item %+v", it)
			}
		}
	})
}

func ExampleFuse() {
	table := `item,source,value
departure,airline,7:10 a.m.
departure,tracker,7:10 AM
departure,blog,7:40 a.m.
`
	res, err := reconcile.Fuse(strings.NewReader(table), reconcile.FuseOptions{})
	if err != nil {
		panic(err)
	}
	for _, it := range res.Items {
		fmt.Println(it.Item, it.Value, it.Support)
	}
	// Output:
	// departure 7:10 AM [airline tracker]
}
