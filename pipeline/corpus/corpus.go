package corpus

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing/fstest"
	"time"
	"unicode"
	"unicode/utf8"
)

// Options say how large a corpus to make.
type Options struct {
	// Articles is the number of files; 0 means 1000.
	Articles int
	// PerStory is the average number of articles per story; 0 means 6.
	PerStory int
	// Seed makes different corpora of the same size; 0 is a fixed seed.
	Seed uint64
}

// A File is one generated article.
type File struct {
	Name string
	Data []byte
}

// Generate returns opt.Articles files made from texts, in name order.
func Generate(texts []string, opt Options) []File {
	if opt.Articles <= 0 {
		opt.Articles = 1000
	}
	if opt.PerStory <= 0 {
		opt.PerStory = 6
	}
	bases := make([][]string, 0, len(texts))
	for _, t := range texts {
		if ps := paragraphs(t); len(ps) > 0 {
			bases = append(bases, ps)
		}
	}
	if len(bases) == 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	files := make([]File, 0, opt.Articles)
	for s := 0; len(files) < opt.Articles; s++ {
		st := newStory(s, bases[s%len(bases)], rng)
		n := 1 + rng.IntN(2*opt.PerStory-1)
		for j := 0; j < n && len(files) < opt.Articles; j++ {
			files = append(files, st.article(j, rng))
		}
	}
	return files
}

// FS returns the files as a file system, for ingest.
func FS(files []File) fstest.MapFS {
	m := make(fstest.MapFS, len(files))
	for _, f := range files {
		m[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
	}
	return m
}

// Size returns the total bytes of the files.
func Size(files []File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

func paragraphs(text string) []string {
	var ps []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			ps = append(ps, line)
		}
	}
	return ps
}

// A story is one base article rewritten with names of its own.
type story struct {
	id    int
	paras []string
	day   int // days after 2022-01-01 of the first publication
}

func newStory(id int, base []string, rng *rand.Rand) *story {
	st := &story{id: id, day: rng.IntN(700)}
	names := map[string]string{}
	for _, p := range base {
		st.paras = append(st.paras, renameWords(p, id, names))
	}
	return st
}

// renameWords gives a story words of its own: capitalized words that do
// not start a sentence (names) always, and about half of the other words
// of five letters or more, chosen by a hash of the story and the word, so
// that two stories made from one article share grammar and cue words but
// not the runs of words that dedup and entity clustering key on.
func renameWords(p string, storyID int, names map[string]string) string {
	var b strings.Builder
	sentenceStart := true
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			if r == '.' || r == '?' || r == '!' || r == '“' || r == '"' {
				sentenceStart = true
			}
			i += size
			continue
		}
		j := i
		for j < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if !unicode.IsLetter(r2) && r2 != '-' {
				break
			}
			j += s2
		}
		w := p[i:j]
		if replaced, ok := names[w]; ok {
			w = replaced
		} else if isName := unicode.IsUpper(r) && !sentenceStart && len(w) >= 4 && !calendarWords[w]; isName || isContent(w, storyID) {
			names[w] = madeUpName(w, storyID, isName)
			w = names[w]
		}
		b.WriteString(w)
		sentenceStart = false
		i = j
	}
	return b.String()
}

// cueWords are kept in every story: the extractors key on them.
var cueWords = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "according": true, "troops": true, "soldiers": true,
	"people": true, "nearly": true, "about": true, "around": true, "least": true, "million": true, "thousands": true,
	"hundreds": true, "weeks": true, "earlier": true, "later": true, "month": true, "months": true, "years": true,
	"since": true, "early": true, "would": true, "could": true, "there": true, "their": true, "which": true,
	"diplomats": true, "officials": true, "official": true, "spokesperson": true, "statement": true,
	"three": true, "seven": true, "eight": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"hundred": true, "thousand": true, "dozen": true,
}

// calendarWords are names that the time extractor needs; they keep their
// spelling even where they are capitalized mid-sentence.
var calendarWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "January": true, "February": true, "March": true, "April": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
}

func isContent(w string, storyID int) bool {
	if len(w) < 5 || cueWords[strings.ToLower(w)] || unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	h := fnv.New32a()
	fmt.Fprintf(h, "%d/%s", storyID, w)
	return h.Sum32()%2 == 0
}

var syllables = []string{"ka", "lo", "vin", "dar", "mi", "sto", "ren", "pa", "zu", "tel", "bro", "shi", "gan", "or", "vel", "nim",
	"ba", "ke", "lis", "mon", "tra", "du", "fen", "gor", "hal", "ist", "jo", "kur", "len", "mas", "nov", "per"}

// madeUpName returns a word of three or four of the 32 syllables: about
// a million words, so that in a corpus of 100,000 articles two stories
// rarely share a made-up name. (With fewer, every name recurred in dozens
// of stories, and dedup rightly joined them into stories of a thousand
// articles that no real feed has.)
func madeUpName(w string, storyID int, capital bool) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d/%s", storyID, w)
	x := h.Sum64()
	n := 3 + int(x%2)
	var b strings.Builder
	for k := 0; k < n; k++ {
		x >>= 5
		b.WriteString(syllables[x%uint64(len(syllables))])
	}
	s := b.String()
	if !capital {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Variants of a story's articles, by j mod 6.
const (
	original = iota
	exactCopy
	lightEdit
	rewrite
	changedNumbers
	changedDays
)

func (st *story) article(j int, rng *rand.Rand) File {
	paras := append([]string(nil), st.paras...)
	switch j % 6 {
	case lightEdit:
		paras = dropOne(paras, rng)
	case rewrite:
		paras = rewriteParas(paras, rng)
	case changedNumbers:
		paras = mapParas(paras, func(p string) string { return scaleNumbers(p, 1+rng.IntN(3)) })
	case changedDays:
		paras = mapParas(paras, shiftWeekdays)
	}
	var b strings.Builder
	name := fmt.Sprintf("s%06d-a%02d", st.id, j)
	if j%2 == 1 {
		fmt.Fprintf(&b, "---\nsource: Outlet %d\npublished: %s\n---\n", j, date(st.day+j/2))
		name += ".md"
	} else {
		name += ".txt"
	}
	b.WriteString(chrome[(st.id+j)%len(chrome)] + "\n\n")
	for i, p := range paras {
		b.WriteString(p + "\n\n")
		if i == len(paras)/2 && j%3 == 0 {
			fmt.Fprintf(&b, "See also  %s\n\n", spam[(st.id+j)%len(spam)])
		}
	}
	b.WriteString(footer[(st.id+j)%len(footer)] + "\n")
	return File{Name: name, Data: []byte(b.String())}
}

var (
	chrome = []string{"Skip to content", "Menu", "Back to top", "Advertisement"}
	spam   = []string{"Ten things you missed this week", "Markets close higher on tech rally", "The best phones of the year, ranked"}
	footer = []string{"Leave a Reply", "Comments are closed.", "Share this article", "Your email address will not be published."}
)

// date returns the day that is day days after 2022-01-01.
func date(day int) string {
	return time.Date(2022, 1, 1+day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

func mapParas(ps []string, f func(string) string) []string {
	for i, p := range ps {
		ps[i] = f(p)
	}
	return ps
}

func dropOne(ps []string, rng *rand.Rand) []string {
	if len(ps) < 3 {
		return ps
	}
	i := 1 + rng.IntN(len(ps)-1)
	return append(ps[:i], ps[i+1:]...)
}

// rewriteParas keeps about two thirds of the sentences, in order, and
// swaps a few common words for synonyms, as a rewrite by another outlet.
func rewriteParas(ps []string, rng *rand.Rand) []string {
	var out []string
	for _, p := range ps {
		if rng.IntN(3) == 0 {
			continue
		}
		out = append(out, synonyms.Replace(p))
	}
	if len(out) == 0 {
		return ps
	}
	return out
}

var synonyms = strings.NewReplacer(" said ", " stated ", " told ", " informed ", " large ", " big ",
	" response ", " reply ", " officials ", " authorities ", " very ", " highly ")

// scaleNumbers multiplies the numbers of p that are written with digits.
func scaleNumbers(p string, k int) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		if p[i] < '0' || p[i] > '9' {
			b.WriteByte(p[i])
			i++
			continue
		}
		j := i
		for j < len(p) && (p[j] >= '0' && p[j] <= '9' || p[j] == ',' && j+1 < len(p) && p[j+1] >= '0' && p[j+1] <= '9') {
			j++
		}
		n, err := strconv.Atoi(strings.ReplaceAll(p[i:j], ",", ""))
		if err != nil || n > 1900 && n < 2100 { // leave years alone
			b.WriteString(p[i:j])
		} else {
			b.WriteString(strconv.Itoa(n * (k + 1)))
		}
		i = j
	}
	return b.String()
}

var shiftWeekdays = strings.NewReplacer("Monday", "Tuesday", "Tuesday", "Wednesday", "Wednesday", "Thursday",
	"Thursday", "Friday", "Friday", "Saturday").Replace
