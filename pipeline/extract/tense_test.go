package extract

import "testing"

func TestTense(t *testing.T) {
	tests := []struct {
		in, expr string // expr is the first token of the time expression
		want     tmTense
	}{
		{"He said on Tuesday that talks failed.", "Tuesday", tmPastTense},
		{"On Tuesday, Blinken spoke over the phone with Lavrov.", "Tuesday", tmPastTense},
		{"ahead of a scheduled phone call between the two men on Tuesday.", "Tuesday", tmFutureTense},
		{"The talks are set to resume on Friday.", "Friday", tmFutureTense},
		{"The talks will be held on Friday.", "Friday", tmFutureTense},
		{"The council won't meet on Friday.", "Friday", tmFutureTense},
		{"An official confirmed on Monday that they had received it.", "Monday", tmPastTense},
		{"The envoy visited the ministry on Thursday.", "Thursday", tmPastTense},
		{"Talks on Thursday.", "Thursday", tmNoTense},
		{"The meeting is due on Monday; it was delayed twice.", "Monday", tmFutureTense},
		{"The United States and Russia meet on Monday.", "Monday", tmNoTense}, // "United" is a name, not a past tense
		{"The summit is going to open on Monday.", "Monday", tmFutureTense},
		{"The players set records on Monday.", "Monday", tmNoTense}, // "set" without "to" is no cue
	}
	for _, tc := range tests {
		var sc tmScanner
		sc.tokenize(tc.in)
		i := 0
		for i < len(sc.toks) && sc.text(i) != tc.expr {
			i++
		}
		if i == len(sc.toks) {
			t.Fatalf("no %q in %q", tc.expr, tc.in)
		}
		j, _ := sc.match(i)
		if j <= i {
			j = i + 1
		}
		if got := sc.tense(i, j); got != tc.want {
			t.Errorf("tense(%q at %q) = %v, want %v", tc.in, tc.expr, got, tc.want)
		}
	}
}
