package ingest

import "testing"

func checkCountControl(t *testing.T, data []byte) {
	t.Helper()
	if got, want := countControl(data), countControlBytes(data); got != want {
		t.Fatalf("countControl(%q) = %d, want %d", data, got, want)
	}
}

func TestCountControl(t *testing.T) {
	for _, s := range []string{
		"", "plain text\nwith lines\r\n\tand tabs\f\v", "bell\a and escape\x1b and DEL\x7f",
		"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x1f\x20\x7e\x7f\x80\x9f\xa0\xff",
		"héllo wörld “quoted” \xff\xfe", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f",
	} {
		checkCountControl(t, []byte(s))
	}
}

func FuzzCountControl(f *testing.F) {
	f.Add([]byte("text\x01\x7f\n\xff"))
	f.Fuzz(checkCountControl)
}
