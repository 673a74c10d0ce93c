package reconcile

import (
	"bytes"
	"os"
	"reflect"
	"strconv"
	"testing"
)

func TestFuseNormalize(t *testing.T) {
	tests := []struct {
		in   string
		want fuseValue
		ok   bool
	}{
		{"7:10 a.m.", fuseValue{kind: fuseClock, key: "07:10"}, true},
		{"7:10 AM", fuseValue{kind: fuseClock, key: "07:10"}, true},
		{"07:10", fuseValue{kind: fuseClock, key: "07:10"}, true},
		{"7:10am", fuseValue{kind: fuseClock, key: "07:10"}, true},
		{"7:10aDec 1", fuseValue{kind: fuseClock, key: "07:10"}, true},
		{"7:10P 12-01-11", fuseValue{kind: fuseClock, key: "19:10"}, true},
		{"12:05 a.m.", fuseValue{kind: fuseClock, key: "00:05"}, true},
		{"12:05 p.m.", fuseValue{kind: fuseClock, key: "12:05"}, true},
		{"Thu  19:10", fuseValue{kind: fuseClock, key: "19:10"}, true},
		{"12/2/11 6:35 a.m.", fuseValue{kind: fuseClock, key: "06:35"}, true},
		{"1:50 p.m. (+8:00)", fuseValue{kind: fuseClock, key: "13:50"}, true},
		{"10:39 p.m.&nbsp(Estimated)", fuseValue{kind: fuseClock, key: "22:39"}, true},
		{"7:10:59 pm", fuseValue{kind: fuseClock, key: "19:10"}, true},
		{"7:10 at the gate", fuseValue{kind: fuseClock, key: "07:10"}, true},
		{"7:10 p", fuseValue{kind: fuseClock, key: "19:10"}, true},
		{"from 7:10 to 9:20", fuseValue{kind: fuseText, key: "from 7:10 to 9:20"}, true},
		{"25:10", fuseValue{kind: fuseText, key: "25:10"}, true},
		{"13:10 pm", fuseValue{kind: fuseText, key: "13:10 pm"}, true},
		{"100,000", fuseValue{kind: fuseNumber, num: 100000}, true},
		{"-3.5", fuseValue{kind: fuseNumber, num: -3.5}, true},
		{"12 KM", fuseValue{kind: fuseNumber, key: "km", num: 12}, true},
		{"40%", fuseValue{kind: fuseNumber, key: "%", num: 40}, true},
		{"1,20", fuseValue{kind: fuseText, key: "1,20"}, true},
		{"1,200.5", fuseValue{kind: fuseNumber, num: 1200.5}, true},
		{"Route 66 north", fuseValue{kind: fuseText, key: "route 66 north"}, true},
		{"  Kyiv  City ", fuseValue{kind: fuseText, key: "kyiv city"}, true},
		{"", fuseValue{}, false},
		{"   ", fuseValue{}, false},
		{"N/A", fuseValue{}, false},
		{"Not  Available", fuseValue{}, false},
	}
	for _, tc := range tests {
		if got, ok := fuseNormalize(tc.in); ok != tc.ok || got != tc.want {
			t.Errorf("fuseNormalize(%q) = %+v, %v, want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFuseSame(t *testing.T) {
	n := func(x float64, unit string) fuseValue { return fuseValue{kind: fuseNumber, key: unit, num: x} }
	tests := []struct {
		a, b fuseValue
		tol  float64
		want bool
	}{
		{n(100, ""), n(100, ""), 1e-9, true},
		{n(100, ""), n(100.05, ""), 1e-9, false},
		{n(100, ""), n(100.05, ""), 0.001, true},
		{n(100, ""), n(101, ""), 0.001, false},
		{n(-100, ""), n(-100.05, ""), 0.001, true},
		{n(0, ""), n(0, ""), 0, true},
		{n(100, "km"), n(100, ""), 0.5, false},
		{fuseValue{kind: fuseClock, key: "07:10"}, fuseValue{kind: fuseText, key: "07:10"}, 0, false},
	}
	for _, tc := range tests {
		if got := fuseSame(tc.a, tc.b, tc.tol); got != tc.want {
			t.Errorf("fuseSame(%+v, %+v, %v) = %v, want %v", tc.a, tc.b, tc.tol, got, tc.want)
		}
	}
}

// FuzzFuseNormalize checks that normalizing the canonical form of a value
// gives the value back, and that nothing panics.
func FuzzFuseNormalize(f *testing.F) {
	for _, s := range []string{"7:10 a.m.", "12/2/11 6:35 a.m.", "1:50 p.m. (+8:00)", "100,000", "12 km", "N/A", "Kyiv"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := fuseNormalize(s)
		if !ok {
			return
		}
		canon := v.key
		if v.kind == fuseNumber {
			canon = strconv.FormatFloat(v.num, 'f', -1, 64) + " " + v.key
		}
		w, ok := fuseNormalize(canon)
		if !ok || !fuseSame(v, w, 1e-9) {
			t.Errorf("fuseNormalize(%q) = %+v; of its canonical form %q = %+v, %v", s, v, canon, w, ok)
		}
	})
}

// TestFuseSparsePairs checks that looking pairs up in sorted lists, as for
// many sources, gives the result of the dense matrix.
func TestFuseSparsePairs(t *testing.T) {
	data, err := os.ReadFile("../../shared/data/flights/flights_dirty.csv")
	if err != nil {
		t.Skipf("no flights benchmark: %v", err)
	}
	opt := FuseOptions{Item: "flight", Source: "src", Wide: []string{"sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time"}}
	dense, err := Fuse(bytes.NewReader(data), opt)
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { fuseDenseSources = n }(fuseDenseSources)
	fuseDenseSources = 0
	sparse, err := Fuse(bytes.NewReader(data), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(dense, sparse) {
		t.Errorf("sorted-list lookups give another result than the dense matrix")
	}
}
