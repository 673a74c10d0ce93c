package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuseOutput is the JSON that crosscheck fuse prints.
type fuseOutput struct {
	Items []struct {
		Item       string   `json:"item"`
		Value      string   `json:"value"`
		Confidence float64  `json:"confidence"`
		Support    []string `json:"support"`
	} `json:"items"`
	CopyGroups [][]string `json:"copy_groups"`
}

const fuseTable = `item,source,value
dep,a,7:10 a.m.
dep,b,7:10 AM
dep,c,7:40 a.m.
arr,a,9:40 p.m.
arr,b,9:40 p.m.
arr,c,
`

func TestFuseCmd(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	csvPath := write("claims.csv", fuseTable)
	tsvPath := write("claims.tsv", strings.ReplaceAll(fuseTable, ",", "\t"))
	oddPath := write("odd.csv", "site;thing;v\na;x;1\nb;x;1\n")
	badPath := write("bad.csv", "item,source,value\nx,a,1,2\nx,b,1\n")
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		items    int    // items in the JSON on stdout; -1 for no JSON
		inStderr string // text that stderr must contain
	}{
		{"csv", []string{"fuse", csvPath}, "", 0, 2, ""},
		{"tsv by suffix", []string{"fuse", tsvPath}, "", 0, 2, ""},
		{"stdin", []string{"fuse", "-"}, fuseTable, 0, 2, ""},
		{"stdin tsv detected", []string{"fuse", "-"}, strings.ReplaceAll(fuseTable, ",", "\t"), 0, 2, ""},
		{"renamed columns", []string{"fuse", "--sep", ";", "--item", "thing", "--source", "site", "--value", "v", oddPath}, "", 0, 1, ""},
		{"wide", []string{"fuse", "--item", "flight", "--source", "src", "--wide", "dep,arr", "-"},
			"src,flight,dep,arr\na,AA-1,7:10,9:40\nb,AA-1,7:10,9:41\n", 0, 2, ""},
		{"bad row warned", []string{"fuse", badPath}, "", 0, 1, "bad.csv:2: row has 4 fields, header 3"},
		{"missing column", []string{"fuse", "--item", "flight", csvPath}, "", 2, -1, `no column ["flight"]`},
		{"missing file", []string{"fuse", filepath.Join(dir, "none.csv")}, "", 2, -1, "none.csv"},
		{"bad sep", []string{"fuse", "--sep", "ab", csvPath}, "", 2, -1, "bad --sep"},
		{"no file", []string{"fuse"}, "", 2, -1, "accepts 1 arg"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("run(%q) = %d, want %d; stderr:\n%s", tc.args, code, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.inStderr) {
				t.Errorf("run(%q) stderr = %q, want it to contain %q", tc.args, stderr.String(), tc.inStderr)
			}
			if tc.items < 0 {
				return
			}
			var out fuseOutput
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatalf("run(%q) stdout is not JSON: %v\n%s", tc.args, err, stdout.String())
			}
			if len(out.Items) != tc.items || out.CopyGroups == nil {
				t.Errorf("run(%q) = %s, want %d items and copy_groups", tc.args, stdout.String(), tc.items)
			}
		})
	}
}

func TestFuseCmdValues(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"fuse", "-"}, strings.NewReader(fuseTable), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out fuseOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, it := range out.Items {
		got[it.Item] = it.Value + " " + strings.Join(it.Support, ",")
	}
	want := map[string]string{"dep": "7:10 AM a,b", "arr": "9:40 p.m. a,b"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("fuse %q: item %s = %q, want %q", fuseTable, k, got[k], w)
		}
	}
	if !strings.HasPrefix(stdout.String(), "{\n  \"items\": [") {
		t.Errorf("output is not indented JSON:\n%s", stdout.String())
	}
}

func TestFuseCmdOut(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "fused.json")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"fuse", "--out", dest, "-"}, strings.NewReader(fuseTable), &stdout, &stderr)
	if code != 0 || stdout.Len() != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and nothing on stdout", code, stdout.String(), stderr.String())
	}
	data, err := os.ReadFile(dest)
	if err != nil {
		t.Fatal(err)
	}
	var out fuseOutput
	if err := json.Unmarshal(data, &out); err != nil || len(out.Items) != 2 {
		t.Errorf("--out file = %s (%v), want 2 items", data, err)
	}
}

// TestFuseCmdFlights runs the command of the report on the flights
// benchmark.
func TestFuseCmdFlights(t *testing.T) {
	path := "../../../shared/data/flights/flights_dirty.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no flights benchmark: %v", err)
	}
	args := []string{"fuse", "--item", "flight", "--source", "src",
		"--wide", "sched_dep_time,act_dep_time,sched_arr_time,act_arr_time", path}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("run(%q) = %d: %s", args, code, stderr.String())
	}
	var out fuseOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Items) != 400 || len(out.CopyGroups) == 0 {
		t.Errorf("run(%q): %d items, %d copy groups; want 400 and some", args, len(out.Items), len(out.CopyGroups))
	}
}
