package article

import (
	"math"
	"slices"
	"testing"
)

var inf = math.Inf(1)

func TestDocPos(t *testing.T) {
	// Body has a two-line header, then "héllo  world" with a double space
	// that normalization folded.
	body := "Title\n\nhéllo  world\nnext"
	d := Doc{
		Article: Article{Path: "a.txt", Line: 3, Body: body},
		Text:    "Title\n\nhéllo world\nnext",
	}
	d.Map.Add(14, 15) // "world" starts at 14 in Text, 15 in Body
	for _, tc := range []struct {
		off  int
		want Position
	}{
		{0, Position{"a.txt", 3, 1}},
		{7, Position{"a.txt", 5, 1}},
		{14, Position{"a.txt", 5, 8}}, // é is one code point but two bytes
		{20, Position{"a.txt", 6, 1}},
	} {
		if got := d.Pos(tc.off); got != tc.want {
			t.Errorf("Pos(%d) = %+v, want %+v", tc.off, got, tc.want)
		}
	}
	// The same positions once Body is dropped, from LineStarts and Runes.
	d.LineStarts, d.Runes, d.Body = LineStarts(body), NewRuneIndex(body), ""
	for _, tc := range []struct {
		off  int
		want Position
	}{
		{0, Position{"a.txt", 3, 1}},
		{14, Position{"a.txt", 5, 8}},
		{20, Position{"a.txt", 6, 1}},
		{24, Position{"a.txt", 6, 5}},
	} {
		if got := d.Pos(tc.off); got != tc.want {
			t.Errorf("Pos(%d) without Body = %+v, want %+v", tc.off, got, tc.want)
		}
	}
	d.Flat = true
	if got := d.Pos(20); got != (Position{"a.txt", 3, 0}) {
		t.Errorf("flat Pos(20) = %+v, want the article's line and no column", got)
	}
}

func TestOffsetMap(t *testing.T) {
	var m OffsetMap
	m.Add(0, 0) // implied: not stored
	m.Add(5, 8) // three bytes dropped before norm 5
	m.Add(9, 10)
	if len(m) != 2 {
		t.Fatalf("map has %d anchors, want 2: %v", len(m), m)
	}
	for _, tc := range []struct{ norm, raw int }{{0, 0}, {4, 4}, {5, 8}, {8, 10}, {9, 10}, {12, 13}} {
		if got := m.Raw(tc.norm); got != tc.raw {
			t.Errorf("Raw(%d) = %d, want %d", tc.norm, got, tc.raw)
		}
	}
}

func TestIntervalOverlaps(t *testing.T) {
	more100k := Interval{Low: 100000, High: inf, LowInclusive: false}
	upTo150k := Interval{Low: 0, High: 150000, LowInclusive: true, HighInclusive: true}
	for _, tc := range []struct {
		a, b Interval
		want bool
	}{
		{more100k, upTo150k, true},
		{Exact(5), Exact(5), true},
		{Exact(5), Exact(6), false},
		{more100k, Exact(100000), false},
		{Interval{Low: 1, High: 2, HighInclusive: true}, Interval{Low: 2, High: 3, LowInclusive: true}, true},
		{Interval{Low: 1, High: 2}, Interval{Low: 2, High: 3, LowInclusive: true}, false},
	} {
		if got := tc.a.Overlaps(tc.b); got != tc.want {
			t.Errorf("%+v.Overlaps(%+v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := tc.b.Overlaps(tc.a); got != tc.want {
			t.Errorf("%+v.Overlaps(%+v) = %v, want %v (symmetry)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestParseDateRange(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"2022-01-31", "2022-01-31", true},
		{"2022-02-02/2022-02-11", "2022-02-02/2022-02-11", true},
		{"", "", true},
		{"2022-02-11/2022-02-02", "", false},
		{"31/01/2022", "", false},
	} {
		r, err := ParseDateRange(tc.in)
		if (err == nil) != tc.ok || r.String() != tc.want {
			t.Errorf("ParseDateRange(%q) = %q, %v; want %q, ok=%v", tc.in, r, err, tc.want, tc.ok)
		}
	}
}

func TestLineStarts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"", []int{0}},
		{"one line", []int{0}},
		{"a\nb", []int{0, 2}},
		{"a\n", []int{0, 2}},
		{"\n\nx\r\ny\n", []int{0, 1, 2, 5, 7}},
	} {
		if got := LineStarts(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("LineStarts(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
