package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// readJSONLines reads a JSON Lines file as a stream, one line at a time,
// so that a feed of any size is never held whole: only the articles it
// gives are kept. Options.MaxFileSize bounds each line, not the file.
// The checks of checkText apply as they do to other files: a UTF-16,
// binary or blank file is skipped, a byte order mark is dropped, and
// invalid UTF-8 is replaced with one warning for the file.
func readJSONLines(f file, opt *Options) (r result) {
	rd, closeFile, err := openStream(f, opt)
	if err != nil {
		r.problems.Add(f.display, 0, true, "%s", errorText(err))
		return r
	}
	defer closeFile()
	br := bufio.NewReaderSize(rd, 64<<10)
	if why := checkStart(br); why != "" {
		r.problems.Add(f.display, 0, true, "%s", why)
		return r
	}
	var (
		off     int64 // of the line in the file
		blank   = true
		invalid = false
		recs    []record
	)
	for n := 1; ; n++ {
		ln, size, err := readLine(br, opt.MaxFileSize)
		if errors.Is(err, errLineTooLong) {
			recs = append(recs, record{line: n, reason: skip(fmt.Sprintf("line is longer than the limit of %d bytes", opt.MaxFileSize))})
			off += size
			blank = false
			continue
		}
		if n == 1 && bytes.HasPrefix(ln, bom) { // offsets count from after it, as in checkText
			ln, size = ln[len(bom):], size-int64(len(bom))
		}
		lineOff := off
		off += size
		if len(ln) > 0 {
			if !utf8.Valid(ln) {
				if !invalid {
					invalid = true
					bad := firstInvalid(ln)
					r.problems.Add(f.display, n, false, "invalid utf-8 (first bad byte at offset %d); bad bytes replaced with U+FFFD", lineOff+int64(bad))
				}
				ln = []byte(strings.ToValidUTF8(string(ln), "\uFFFD"))
			}
			if s := strings.TrimSpace(string(ln)); s != "" {
				blank = false
				recs = append(recs, jsonLine(s, n))
			}
		}
		if err != nil {
			if err != io.EOF {
				r.problems.Add(f.display, n, true, "%s", errorText(err))
			}
			break
		}
	}
	if blank {
		r.problems.Add(f.display, 0, true, "empty file")
		return r
	}
	r.records(f, opt, recs, false)
	return r
}

// errLineTooLong is returned by readLine for a line over the limit; the
// rest of the line is skipped.
var errLineTooLong = errors.New("line too long")

// readLine returns the next line of br with its "\n" and the bytes it
// took, reading at most limit bytes of the line: a longer one is skipped
// and errLineTooLong returned. err is io.EOF after the last line.
func readLine(br *bufio.Reader, limit int64) (line []byte, size int64, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if int64(len(line)+len(chunk)) > limit {
			for errors.Is(err, bufio.ErrBufferFull) {
				chunk, err = br.ReadSlice('\n')
				size += int64(len(chunk))
			}
			if err != nil && err != io.EOF {
				return nil, size, err
			}
			return nil, size, errLineTooLong
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, size, err
		}
	}
}

// checkStart looks at the start of a stream as checkText looks at a
// whole file, and says why it is skipped, or "".
func checkStart(br *bufio.Reader) skip {
	head, _ := br.Peek(binarySample)
	switch {
	case bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")):
		return "utf-16 text is not supported; convert the file to utf-8"
	case isBinary(bytes.TrimPrefix(head, bom)):
		return "binary file"
	}
	return ""
}

// openStream opens f for reading, or standard input for "-".
func openStream(f file, opt *Options) (io.Reader, func() error, error) {
	if f.name == "-" {
		if opt.Stdin == nil {
			return nil, nil, fmt.Errorf("no standard input")
		}
		return opt.Stdin, func() error { return nil }, nil
	}
	fh, err := f.fsys.Open(f.name)
	if err != nil {
		return nil, nil, err
	}
	return fh, fh.Close, nil
}
