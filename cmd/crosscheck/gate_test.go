package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedsReport runs crosscheck on the seeds and returns the JSON report's
// path and its findings' severities.
func seedsReport(t *testing.T, dir string) (path string, severities map[string]int) {
	t.Helper()
	path = filepath.Join(dir, "seeds.json")
	if code, _, errs := runCmd(t, "", "run", "--quiet", "--format", "json", "--out", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct{ Findings []struct{ Severity string } }
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	severities = map[string]int{}
	for _, f := range rep.Findings {
		severities[f.Severity]++
	}
	return path, severities
}

func TestFailOn(t *testing.T) {
	_, sev := seedsReport(t, t.TempDir())
	if sev["info"] == 0 {
		t.Fatalf("the seeds gave no info findings; this test needs some: %v", sev)
	}
	for _, tc := range []struct {
		level string
		want  int
	}{
		{"none", exitOK},
		{"info", exitFindings},
		{"warning", map[bool]int{true: exitFindings, false: exitOK}[sev["warning"]+sev["error"] > 0]},
		{"error", map[bool]int{true: exitFindings, false: exitOK}[sev["error"] > 0]},
		{"fatal", exitFailure},
	} {
		t.Run(tc.level, func(t *testing.T) {
			code, out, errs := runCmd(t, "", "run", "--quiet", "--format", "json", "--fail-on", tc.level)
			if code != tc.want {
				t.Errorf("--fail-on %s: exit %d, want %d (findings %v)\n%s", tc.level, code, tc.want, sev, errs)
			}
			if tc.want == exitFindings && !json.Valid([]byte(out)) {
				t.Errorf("--fail-on %s: the report must still be written when the gate fails", tc.level)
			}
		})
	}
}

func TestBaselineGatesOnlyNewFindings(t *testing.T) {
	base, _ := seedsReport(t, t.TempDir())
	code, out, errs := runCmd(t, "", "run", "--quiet", "--format", "json", "--baseline", base, "--fail-on", "info")
	if code != exitOK {
		t.Fatalf("against its own baseline: exit %d, want %d\n%s", code, exitOK, errs)
	}
	var rep struct{ Findings []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 {
		t.Errorf("against its own baseline the report lists %d findings, want 0", len(rep.Findings))
	}
	code, _, _ = runCmd(t, "", "run", "--quiet", "--baseline", filepath.Join(t.TempDir(), "missing.json"))
	if code != exitFailure {
		t.Errorf("missing baseline: exit %d, want %d", code, exitFailure)
	}
}

func TestDiffCommand(t *testing.T) {
	dir := t.TempDir()
	cur, _ := seedsReport(t, dir)
	// An old report with no findings: everything in cur is new.
	data, err := os.ReadFile(cur)
	if err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	total := len(rep["findings"].([]any))
	rep["findings"] = []any{}
	old := filepath.Join(dir, "old.json")
	b, _ := json.Marshal(rep)
	if err := os.WriteFile(old, b, 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errs := runCmd(t, "", "diff", "--format", "json", old, cur)
	if code != exitOK {
		t.Fatalf("diff: exit %d\n%s", code, errs)
	}
	var d struct {
		New, Resolved, Changed []json.RawMessage
		Unchanged              int
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.New) != total || len(d.Resolved) != 0 {
		t.Errorf("diff old→new: %d new, %d resolved; want %d new, 0 resolved", len(d.New), len(d.Resolved), total)
	}
	if code, _, _ := runCmd(t, "", "diff", "--fail-on", "info", old, cur); code != exitFindings {
		t.Errorf("diff --fail-on info with new findings: exit %d, want %d", code, exitFindings)
	}
	code, out, _ = runCmd(t, "", "diff", "--fail-on", "info", cur, old)
	if code != exitOK {
		t.Errorf("diff --fail-on info with only resolved findings: exit %d, want %d (gate on new only)", code, exitOK)
	}
	if !strings.Contains(out, "0 new") || total > 0 && !strings.Contains(out, "Resolved findings") {
		t.Errorf("diff new→old Markdown:\n%s", out)
	}
	for _, args := range [][]string{{"diff", old}, {"diff", old, filepath.Join(dir, "nope.json")}, {"diff", "--format", "xml", old, cur}} {
		if code, _, _ := runCmd(t, "", args...); code != exitFailure {
			t.Errorf("crosscheck %v: exit %d, want %d", args, code, exitFailure)
		}
	}
}

func TestTargets(t *testing.T) {
	for _, tc := range []struct {
		formats, outs []string
		want          string
		ok            bool
	}{
		{nil, nil, "md:", true},
		{[]string{"json"}, []string{"r.json"}, "json:r.json", true},
		{nil, []string{"sarif=r.sarif", "html=r.html"}, "sarif:r.sarif html:r.html", true},
		{[]string{"md", "json"}, []string{"json=r.json"}, "json:r.json md:", true},
		{[]string{"md", "json"}, nil, "", false},
		{[]string{"md", "json"}, []string{"r.out"}, "", false},
		{[]string{"pdf"}, nil, "", false},
		{[]string{"md", "md"}, nil, "", false},
		{nil, []string{"json="}, "", false},
	} {
		ts, err := targets(tc.formats, tc.outs)
		var got []string
		for _, t := range ts {
			got = append(got, t.format+":"+t.path)
		}
		if (err == nil) != tc.ok || tc.ok && strings.Join(got, " ") != tc.want {
			t.Errorf("targets(%q, %q) = %q, %v; want %q, ok=%v", tc.formats, tc.outs, got, err, tc.want, tc.ok)
		}
	}
}

func TestSeveralReportsFromOneRun(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCmd(t, "", "run", "--quiet", "--format", "md",
		"--out", "json="+filepath.Join(dir, "r.json"), "--out", "sarif="+filepath.Join(dir, "r.sarif"),
		"--out", "rdjsonl="+filepath.Join(dir, "r.rdjsonl"), "--out", "html="+filepath.Join(dir, "r.html"))
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.HasPrefix(out, "# crosscheck report") {
		t.Errorf("stdout is not the Markdown report: %.60q", out)
	}
	for _, name := range []string{"r.json", "r.sarif", "r.rdjsonl", "r.html"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestExtractCommand(t *testing.T) {
	text := "Officials said more than 2,000 people were evacuated on Monday. “We are ready,” the mayor said.\n"
	code, out, errs := runCmd(t, text, "extract", "--published", "2024-03-06", "-")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	kinds := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var c struct {
			Kind       string
			Text       string
			Start, End int
			Low        *float64
			Timex      string
			Speaker    *string
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
			t.Errorf("claim %q has offsets [%d, %d)", c.Text, c.Start, c.End)
		}
		kinds[c.Kind] = true
		switch c.Kind {
		case "quantity":
			if c.Low == nil || *c.Low != 2000 {
				t.Errorf("quantity %q low = %v, want 2000", c.Text, c.Low)
			}
		case "time":
			if c.Timex != "2024-03-04" {
				t.Errorf("time %q = %s, want 2024-03-04 (the Monday before Wednesday 6 March)", c.Text, c.Timex)
			}
		}
	}
	for _, k := range []string{"quantity", "time", "quote"} {
		if !kinds[k] {
			t.Errorf("no %s claim in:\n%s", k, out)
		}
	}
	if code, _, _ := runCmd(t, text, "extract", "--published", "yesterday", "-"); code != exitFailure {
		t.Errorf("bad --published: exit %d, want %d", code, exitFailure)
	}
}
