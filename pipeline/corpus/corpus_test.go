package corpus

import (
	"bytes"
	"strings"
	"testing"
)

func seedTexts(t testing.TB) []string {
	texts, err := SeedTexts()
	if err != nil || len(texts) != 5 {
		t.Fatalf("SeedTexts() = %d texts, %v; want the 5 seeds", len(texts), err)
	}
	return texts
}

func TestGenerateIsDeterministic(t *testing.T) {
	texts := seedTexts(t)
	a := Generate(texts, Options{Articles: 200})
	b := Generate(texts, Options{Articles: 200})
	if len(a) != 200 {
		t.Fatalf("got %d files, want 200", len(a))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between two runs: %s vs %s", i, a[i].Name, b[i].Name)
		}
	}
	c := Generate(texts, Options{Articles: 200, Seed: 7})
	same := 0
	for i := range a {
		if bytes.Equal(a[i].Data, c[i].Data) {
			same++
		}
	}
	if same == len(a) {
		t.Errorf("another seed gave the same corpus")
	}
}

func TestStoriesDoNotShareNames(t *testing.T) {
	files := Generate(seedTexts(t), Options{Articles: 60, PerStory: 3})
	story := func(name string) string { return name[:7] }
	// Two stories made from the same seed must not keep its names.
	var first, other string
	for _, f := range files {
		if strings.HasPrefix(f.Name, "s000000-a00") {
			first = string(f.Data)
		}
		if strings.HasPrefix(f.Name, "s000005-a00") {
			other = string(f.Data)
		}
	}
	if first == "" || other == "" {
		t.Fatalf("stories 0 and 5 missing from %d files (first %s)", len(files), story(files[0].Name))
	}
	if strings.Contains(first, "Sullivan") || strings.Contains(other, "Sullivan") {
		t.Errorf("names of the seed survived renaming")
	}
	if first == other {
		t.Errorf("stories 0 and 5 are the same text")
	}
}

func TestScaleNumbersLeavesYears(t *testing.T) {
	got := scaleNumbers("In 2022, 150,000 troops and 5 tanks", 1)
	if want := "In 2022, 300000 troops and 10 tanks"; got != want {
		t.Errorf("scaleNumbers = %q, want %q", got, want)
	}
}
