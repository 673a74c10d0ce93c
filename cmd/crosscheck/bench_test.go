package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestBenchOne measures a small corpus the way bench's child process
// does and checks what it reports, not how fast it was.
func TestBenchOne(t *testing.T) {
	const n = 40
	dir, size, err := writeCorpus(n)
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	var out bytes.Buffer
	if err := benchOne(context.Background(), &out, dir, 2); err != nil {
		t.Fatal(err)
	}
	var r benchResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("child output %q: %v", out.String(), err)
	}
	r.Bytes = size
	if r.Articles != n || r.Claims == 0 || r.Seconds <= 0 {
		t.Errorf("got %d articles, %d claims, %.3f s; want %d articles, some claims, time > 0", r.Articles, r.Claims, r.Seconds, n)
	}
	var names []string
	for _, s := range r.Stages {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, ","), "ingest,normalize,dedup and extract,reconcile"; got != want {
		t.Errorf("stages %s, want %s", got, want)
	}
	var table bytes.Buffer
	if err := printBench(&table, []benchResult{r, r}, 2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "1.00    1.00") {
		t.Errorf("table of two equal runs has no 1.00 scaling ratios:\n%s", table.String())
	}
}
