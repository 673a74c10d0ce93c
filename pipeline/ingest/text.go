package ingest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"
)

// bom is the UTF-8 byte order mark, which some editors write first.
var bom = []byte("\xef\xbb\xbf")

// binarySample is how much of a file is looked at to tell binary data
// from text, as git and diff do.
const binarySample = 8000

// maxControlShare is the share of control bytes in the sample above which
// a file is taken as binary even without NUL bytes.
const maxControlShare = 0.1

// A skip says why a file or record was left out.
type skip string

// checkText checks data read from a file and returns it as text: the
// UTF-8 byte order mark stripped, invalid UTF-8 replaced (with a warning).
// Binary and blank data is skipped.
func checkText(data []byte) (string, *warning, skip) {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return "", nil, "utf-16 text is not supported; convert the file to utf-8"
	}
	data = bytes.TrimPrefix(data, bom)
	if isBinary(data) {
		return "", nil, "binary file"
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, "empty file"
	}
	if utf8.Valid(data) {
		return string(data), nil, ""
	}
	bad := firstInvalid(data)
	w := &warning{lineAt(data, bad), fmt.Sprintf("invalid utf-8 (first bad byte at offset %d); bad bytes replaced with U+FFFD", bad)}
	return strings.ToValidUTF8(string(data), "\uFFFD"), w, ""
}

// isBinary reports whether data looks like binary data rather than text:
// it has a NUL byte, or many control bytes, near its start.
func isBinary(data []byte) bool {
	sample := data[:min(len(data), binarySample)]
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	return float64(countControl(sample)) > maxControlShare*float64(len(sample))
}

// countControl counts the control bytes of data other than white space:
// below 0x20 but tab, line feed, carriage return, form feed and vertical
// tab, and DEL. It looks at eight bytes at a time, and at single bytes
// only where a word holds a byte below 0x20 or DEL.
func countControl(data []byte) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	n, i := 0, 0
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i:])
		low := ^((x | highs) - 0x20*ones) &^ x & highs // bytes below 0x20
		t := x ^ 0x7f*ones
		del := ^((t&lows + lows) | t | lows) // bytes that are DEL
		if low|del != 0 {
			n += countControlBytes(data[i : i+8])
		}
	}
	return n + countControlBytes(data[i:])
}

func countControlBytes(data []byte) int {
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
			n++
		}
	}
	return n
}

// firstInvalid returns the offset of the first byte of data that is not
// part of valid UTF-8, or len(data).
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// lineAt returns the 1-based line on which offset off of s lies.
func lineAt[S ~string | ~[]byte](s S, off int) int {
	off = min(max(off, 0), len(s))
	n := 1
	for i := 0; i < off; i++ {
		if s[i] == '\n' {
			n++
		}
	}
	return n
}

// isBlank reports whether s is empty or only white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }
