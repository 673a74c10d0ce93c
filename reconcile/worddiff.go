package reconcile

import "strings"

// wordDiffMaxCells bounds the table of the word diff; longer texts are
// diffed by their common prefix and suffix only.
const wordDiffMaxCells = 1 << 22

// wordDiff returns a word-level diff from a to b: runs of words common to
// both (Equal), only in a (Delete) and only in b (Insert), in order, as
// found by a longest common subsequence. Where two edits tie, deletions
// come before insertions. Each run's words are joined by one space.
func wordDiff(a, b []string) []DiffOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var w wordDiffWriter
	w.add(Equal, a[:pre]...)
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if (len(ma)+1)*(len(mb)+1) > wordDiffMaxCells {
		w.add(Delete, ma...)
		w.add(Insert, mb...)
	} else {
		wordDiffMiddle(&w, ma, mb)
	}
	w.add(Equal, a[len(a)-suf:]...)
	return w.ops()
}

// wordDiffMiddle appends the diff of a and b found by dynamic programming.
func wordDiffMiddle(w *wordDiffWriter, a, b []string) {
	t := wordLCSTable(a, b)
	cols := len(b) + 1
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			w.add(Equal, a[i])
			i, j = i+1, j+1
		case j == len(b) || (i < len(a) && t[(i+1)*cols+j] >= t[i*cols+j+1]):
			w.add(Delete, a[i])
			i++
		default:
			w.add(Insert, b[j])
			j++
		}
	}
}

// wordLCSTable returns t with t[i*(len(b)+1)+j] the length of the longest
// common subsequence of a[i:] and b[j:].
func wordLCSTable(a, b []string) []int32 {
	cols := len(b) + 1
	t := make([]int32, (len(a)+1)*cols)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i*cols+j] = t[(i+1)*cols+j+1] + 1
			} else {
				t[i*cols+j] = max(t[(i+1)*cols+j], t[i*cols+j+1])
			}
		}
	}
	return t
}

// wordLCS returns the length of the longest common subsequence of a and b
// in O(len(b)) space.
func wordLCS(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				cur[j] = prev[j+1] + 1
			} else {
				cur[j] = max(prev[j], cur[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[0]
}

// wordDiffWriter gathers words into runs of one kind.
type wordDiffWriter struct {
	runs  []DiffOp
	words []string
}

func (w *wordDiffWriter) add(k DiffKind, words ...string) {
	if len(words) == 0 {
		return
	}
	if n := len(w.runs); n == 0 || w.runs[n-1].Op != k {
		w.flush()
		w.runs = append(w.runs, DiffOp{Op: k})
	}
	w.words = append(w.words, words...)
}

func (w *wordDiffWriter) flush() {
	if n := len(w.runs); n > 0 && len(w.words) > 0 {
		w.runs[n-1].Text = strings.Join(w.words, " ")
	}
	w.words = w.words[:0]
}

func (w *wordDiffWriter) ops() []DiffOp {
	w.flush()
	return w.runs
}
