package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// runCmd runs the command line and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/crosscheck -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s; rerun with -update and review the diff\n%s", path, firstDiff(got, string(want)))
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func TestSeedsGolden(t *testing.T) {
	for _, tc := range []struct{ name, format string }{
		{"seeds.md", "md"},
		{"seeds.json", "json"},
		{"seeds.html", "html"},
		{"seeds.sarif", "sarif"},
		{"seeds.rdjsonl", "rdjsonl"},
		{"seeds.github", "github"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", "run", "--quiet", "--format", tc.format)
			if code != exitOK {
				t.Fatalf("run --format %s: exit %d, stderr:\n%s", tc.format, code, errs)
			}
			golden(t, tc.name, out)
		})
	}
}

func TestNoArgumentsIsMarkdownOnSeeds(t *testing.T) {
	code, out, errs := runCmd(t, "", "--quiet")
	if code != exitOK {
		t.Fatalf("crosscheck: exit %d, stderr:\n%s", code, errs)
	}
	if !strings.HasPrefix(out, "# crosscheck report") {
		t.Errorf("crosscheck with no arguments printed %.80q…, want a Markdown report", out)
	}
}

func TestSeedsJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "run", "--quiet", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	var rep struct {
		Schema   string `json:"schema"`
		Articles []struct {
			ID             string  `json:"id"`
			Published      *string `json:"published"`
			PublishedRange *struct {
				From, To string
			} `json:"published_range"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	if rep.Schema != "crosscheck.report/v1" {
		t.Errorf("schema = %q, want crosscheck.report/v1", rep.Schema)
	}
	want := map[string]string{
		"000_bb8337fbb9dbc1cf": "2022-02-17",
		"001_9f16ae1c42826ab9": "2022-01-31",
		"002_3a04cc96b03d8b02": "2022-01-26",
		"003_f21e273e5e128133": "2022-01-31",
		"004_47c9a843efa68e47": "2022-02-02/2022-02-11",
	}
	if len(rep.Articles) != len(want) {
		t.Fatalf("got %d articles, want %d", len(rep.Articles), len(want))
	}
	for _, a := range rep.Articles {
		var got string
		switch {
		case a.Published != nil:
			got = *a.Published
		case a.PublishedRange != nil:
			got = a.PublishedRange.From + "/" + a.PublishedRange.To
		}
		if got != want[a.ID] {
			t.Errorf("article %s published %q, want %q", a.ID, got, want[a.ID])
		}
	}
}

func TestDeterministicAcrossWorkers(t *testing.T) {
	var first string
	for _, j := range []string{"1", "8", "3"} {
		code, out, errs := runCmd(t, "", "run", "--quiet", "--format", "json", "-j", j)
		if code != exitOK {
			t.Fatalf("-j %s: exit %d, stderr:\n%s", j, code, errs)
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Fatalf("-j %s output differs from -j 1:\n%s", j, firstDiff(out, first))
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"run", "--format", "pdf"},
		{"run", "-j", "0"},
		{"run", "--no-such-flag"},
		{"run", "-v", "--quiet"},
		{"version", "extra"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := runCmd(t, "", args...)
			if code != exitFailure {
				t.Errorf("crosscheck %v: exit %d, want %d", args, code, exitFailure)
			}
			if out != "" {
				t.Errorf("crosscheck %v printed a report on a usage error:\n%s", args, out)
			}
			if !strings.Contains(errs, "crosscheck: ") {
				t.Errorf("crosscheck %v: stderr %q has no error message", args, errs)
			}
		})
	}
}

func TestOutIsAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	code, stdout, errs := runCmd(t, "", "run", "--quiet", "--format", "json", "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing with --out", stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !json.Valid(data) {
		t.Fatalf("--out file: err %v, valid JSON %v", err, json.Valid(data))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after the run, want only the report", len(entries))
	}
}

func TestOutUnwritableFailsBeforeWork(t *testing.T) {
	out := filepath.Join(t.TempDir(), "no", "such", "dir", "report.md")
	code, _, errs := runCmd(t, "", "run", "--out", out, "does-not-exist.txt")
	if code != exitFailure {
		t.Fatalf("exit %d, want %d", code, exitFailure)
	}
	if !strings.Contains(errs, "cannot write") {
		t.Errorf("stderr = %q, want it to say the output cannot be written", errs)
	}
}

func TestStdinInput(t *testing.T) {
	text := "Officials said more than 2,000 people were evacuated on Monday.\n"
	code, out, errs := runCmd(t, text, "run", "--quiet", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, `"path": "-"`) {
		t.Errorf("report of stdin does not name the input \"-\":\n%.400s", out)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "crosscheck ") {
		t.Errorf("version: exit %d, output %q", code, out)
	}
}

func TestNoProgressWhenStderrIsNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf); p != nil {
		t.Errorf("newProgress(buffer) = %v, want nil", p)
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgress(f); p != nil {
		t.Errorf("newProgress(regular file) = %v, want nil", p)
	}
}
