package normalize

import "strings"

// markdownSkips appends to dst the byte ranges of line that are Markdown
// markup rather than text, in order and not overlapping: block markers
// (headings, quotes, bullets), emphasis and code marks, backslashes of
// escapes, images, and the brackets and targets of links ("[text](url)"
// keeps "text"). Dropping them leaves the words; the offsets of the words
// are untouched, so the map back to Body still holds. It is a light pass
// for articles written in Markdown, not a Markdown parser: what it does
// not recognize stays as text.
func markdownSkips(dst [][2]int, line string) [][2]int {
	i := 0
	dst, i = blockMarkers(dst, line, i)
	end := len(line)
	if j := headingTail(line); j >= i {
		end = j
	}
	for i < end {
		c := line[i]
		if !markupStart[c] {
			i++
			continue
		}
		switch {
		case c == '\\' && i+1 < end && isASCIIPunct(line[i+1]):
			dst = append(dst, [2]int{i, i + 1})
			i += 2
			continue
		case c == '!' && i+1 < end && line[i+1] == '[':
			if j := linkEnd(line[:end], i+1); j > 0 {
				dst = append(dst, [2]int{i, j})
				i = j
				continue
			}
		case c == '[':
			if j := linkEnd(line[:end], i); j > 0 {
				close := i + strings.Index(line[i:j], "](")
				dst = append(dst, [2]int{i, i + 1})
				dst = inlineMarks(dst, line, i+1, close)
				dst = append(dst, [2]int{close, j})
				i = j
				continue
			}
		}
		if n := inlineMark(line, i); n > 0 {
			dst = append(dst, [2]int{i, i + n})
			i += n
			continue
		}
		i++
	}
	if end < len(line) {
		dst = append(dst, [2]int{end, len(line)})
	}
	return dst
}

// markupStart marks the bytes that may start inline markup: an escape,
// an image or link, a code or emphasis mark. The scan skips the others.
var markupStart = [256]bool{'\\': true, '!': true, '[': true, '`': true, '*': true, '_': true}

// blockMarkers appends the block markers at the start of line: up to
// three spaces, then quote marks "> ", a heading "## " or a bullet "- ".
func blockMarkers(dst [][2]int, line string, i int) ([][2]int, int) {
	for {
		j := i
		for j < len(line) && j-i < 3 && line[j] == ' ' {
			j++
		}
		n := 0
		switch {
		case strings.HasPrefix(line[j:], ">"):
			n = 1
		case strings.HasPrefix(line[j:], "#"):
			for n < len(line)-j && n < 6 && line[j+n] == '#' {
				n++
			}
			if j+n < len(line) && line[j+n] != ' ' {
				return dst, i
			}
		case len(line)-j >= 2 && strings.IndexByte("-*+", line[j]) >= 0 && line[j+1] == ' ':
			n = 1
		default:
			return dst, i
		}
		k := j + n
		for k < len(line) && line[k] == ' ' {
			k++
		}
		dst = append(dst, [2]int{i, k})
		i = k
	}
}

// headingTail returns where the closing "#"s of an ATX heading start
// ("## Title ##"), or -1.
func headingTail(line string) int {
	if !strings.HasPrefix(strings.TrimLeft(line, " >"), "#") {
		return -1
	}
	t := strings.TrimRight(line, "#")
	if len(t) == len(line) || !strings.HasSuffix(t, " ") {
		return -1
	}
	return len(strings.TrimRight(t, " "))
}

// linkEnd returns the end of the link "[text](target)" that starts at
// line[i], or 0.
func linkEnd(line string, i int) int {
	close := strings.Index(line[i:], "](")
	if close < 0 {
		return 0
	}
	close += i
	if strings.IndexByte(line[i+1:close], '[') >= 0 {
		return 0
	}
	paren := strings.IndexByte(line[close+2:], ')')
	if paren < 0 {
		return 0
	}
	return close + 2 + paren + 1
}

// inlineMarks appends the emphasis and code marks among line[i:end].
func inlineMarks(dst [][2]int, line string, i, end int) [][2]int {
	for i < end {
		if n := inlineMark(line[:end], i); n > 0 {
			dst = append(dst, [2]int{i, i + n})
			i += n
			continue
		}
		i++
	}
	return dst
}

// inlineMark returns the length of the emphasis or code mark at line[i]:
// "**", "__", "`", or a single "*" or "_" that opens or closes a word; 0
// if there is none.
func inlineMark(line string, i int) int {
	switch c := line[i]; {
	case c == '`':
		return 1
	case c != '*' && c != '_':
		return 0
	case i+1 < len(line) && line[i+1] == c:
		return 2
	case isEmphasis(line, i):
		return 1
	}
	return 0
}

// isEmphasis reports whether the "*" or "_" at line[i] touches a word on
// one side only, as emphasis marks do; "snake_case" and "5 * 3" stay.
func isEmphasis(line string, i int) bool {
	before := i > 0 && isWordByte(line[i-1])
	after := i+1 < len(line) && isWordByte(line[i+1])
	return before != after
}

func isWordByte(c byte) bool { return c >= 0x80 || c >= '0' && c <= '9' || isASCIILetter(c) }

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !isWordByte(c)
}
