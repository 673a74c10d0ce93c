package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium to drive, skipping the test
// when there is none, except in CI, where .ci/run installs it and its
// absence is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found; .ci/run should have installed Debian's chromium package")
	}
	t.Skip("no Chromium found: install Debian's chromium package to run the browser test")
	return ""
}

// browser starts a headless Chromium with the flags this closed-network
// machine needs, and returns a context for driving one tab.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	return ctx
}

// htmlReport runs crosscheck on args with --format html and json, and
// returns the page's path and the number of findings.
func htmlReport(t *testing.T, args ...string) (page string, findings int) {
	t.Helper()
	dir := t.TempDir()
	page = filepath.Join(dir, "report.html")
	jsonPath := filepath.Join(dir, "report.json")
	argv := append([]string{"run", "--quiet", "--out", "html=" + page, "--out", "json=" + jsonPath}, args...)
	if code, _, errs := runCmd(t, "", argv...); code != exitOK {
		t.Fatalf("crosscheck %v: exit %d\n%s", argv, code, errs)
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct{ Findings []json.RawMessage }
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return page, len(rep.Findings)
}

func TestHTMLInBrowser(t *testing.T) {
	ctx := browser(t)
	page, nfindings := htmlReport(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("load %s: %v", page, err)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("button[data-finding]").length`))
	if err != nil {
		t.Fatal(err)
	}
	if n != nfindings || n == 0 {
		t.Fatalf("page shows %d findings, the JSON report has %d", n, nfindings)
	}

	// Choose the finding whose sentence stands lowest in its article, so
	// that showing it needs a scroll.
	id, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		let best = "", top = -1;
		for (const el of document.querySelectorAll(".text [data-findings]")) {
			const text = el.closest(".text");
			if (text.scrollHeight <= text.clientHeight) continue;
			if (el.offsetTop > top) { top = el.offsetTop; best = el.getAttribute("data-findings").split(" ")[0]; }
		}
		return best;
	})()`))
	if err != nil || id == "" {
		t.Fatalf("no finding below the fold of a scrolling article (err %v)", err)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#finding-"+id), chromedp.WaitVisible("#finding-"+id+".active")); err != nil {
		t.Fatalf("click finding %s: %v", id, err)
	}
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const id = `+jsString(id)+`, hidden = [];
		for (const text of document.querySelectorAll(".text")) {
			const el = text.querySelector('[data-findings~="' + id + '"]');
			if (!el) continue;
			const r = el.getBoundingClientRect(), c = text.getBoundingClientRect();
			if (r.bottom < c.top || r.top > c.bottom || !el.classList.contains("active")) {
				hidden.push(text.closest(".doc").id);
			}
		}
		return hidden;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if len(hidden) > 0 {
		t.Errorf("after choosing finding %s its sentences are not in view in %v", id, hidden)
	}
}

func TestHTMLScriptInArticleNeverRuns(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	evil := "Officials said 300 people were evacuated on Monday. <script>window.__pwned = 1</script>\n\n" +
		"<img src=x onerror=\"window.__pwned = 2\"> “We are safe,” the mayor said.\n"
	if err := os.WriteFile(filepath.Join(dir, "evil.txt"), []byte(evil), 0o644); err != nil {
		t.Fatal(err)
	}
	page, _ := htmlReport(t, dir)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof window.__pwned !== "undefined"`))
	if err != nil {
		t.Fatal(err)
	}
	if pwned {
		t.Errorf("markup inside an article ran in the page")
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(".text").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "<script>window.__pwned = 1</script>") {
		t.Errorf("the article's markup is not shown as text: %q", text)
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
