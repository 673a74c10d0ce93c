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
	if err := printBench(&table, []benchResult{r, r}, 2, 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "1.00    1.00") {
		t.Errorf("table of two equal runs has no 1.00 scaling ratios:\n%s", table.String())
	}
}

func TestMemSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want memSize
		ok   bool
	}{
		{"1800MiB", 1800 << 20, true},
		{"2GiB", 2 << 30, true},
		{"1.5 GB", 1.5e9, true},
		{"512000000", 512000000, true},
		{"100B", 100, true},
		{"2XB", 0, false},
		{"-1GiB", 0, false},
		{"", 0, false},
	} {
		var m memSize
		err := m.Set(tc.in)
		if (err == nil) != tc.ok || tc.ok && m != tc.want {
			t.Errorf("Set(%q) = %d, %v; want %d, ok %v", tc.in, m, err, tc.want, tc.ok)
		}
		if tc.ok && tc.in == "1800MiB" && m.String() != "1800MiB" {
			t.Errorf("Set(%q).String() = %q, want it back", tc.in, m.String())
		}
		if tc.ok {
			var back memSize
			if err := back.Set(m.String()); err != nil || back != m {
				t.Errorf("Set(%q).String() = %q does not parse back: %d, %v", tc.in, m.String(), back, err)
			}
		}
	}
}
