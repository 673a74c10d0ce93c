package extract

import (
	"bufio"
	"embed"
	"maps"
	"slices"
	"strings"
)

// entData holds the embedded word lists of the entity and quote finders:
// data/entity_places.txt, data/entity_orgs.txt, data/title_words.txt and
// data/speech_verbs.txt. Each file documents its own format.
//
//go:embed data/entity_places.txt data/entity_orgs.txt data/title_words.txt data/speech_verbs.txt
var entData embed.FS

// An entTitle is one word of data/title_words.txt.
type entTitle struct {
	class  byte // 'h' head, 'm' modifier, 'o' honorific
	gender byte // 'm', 'f' or 0
	canon  string
}

var (
	entPlaces     = map[string]string{} // name or alias -> canonical place
	entDemonyms   = map[string]string{} // demonym -> canonical place
	entOrgNames   = map[string]string{} // name or alias -> canonical organisation
	entOrgCues    = map[string]bool{}
	entTitles     = map[string]entTitle{} // lower-case word -> title
	qtSpeechVerbs = map[string]bool{}

	entTitleBloom     entBloom // hashes of entTitles' words
	entConnectorBloom entBloom // hashes of entConnectors' words
	// entLexBloom holds the hashes of the names in entPlaces, entDemonyms,
	// entOrgNames and entOrgCues: most names are in none of them, and a
	// word's hash is known from entTokenize.
	entLexBloom entBloom
	qtVerbBloom entBloom   // hashes of qtSpeechVerbs' words
	qtVerbSet   entWordSet // qtSpeechVerbs' words, found by hash
)

func init() {
	entLines("data/entity_places.txt", func(line string) {
		f := entFields(line)
		for _, a := range f {
			if s, ok := strings.CutPrefix(a, "adj:"); ok {
				entDemonyms[s] = f[0]
			} else {
				entPlaces[a] = f[0]
			}
		}
	})
	entLines("data/entity_orgs.txt", func(line string) {
		if s, ok := strings.CutPrefix(line, "cue "); ok {
			for _, w := range strings.Fields(s) {
				entOrgCues[w] = true
			}
			return
		}
		f := entFields(line)
		for _, a := range f {
			entOrgNames[a] = f[0]
		}
	})
	entLines("data/title_words.txt", entAddTitle)
	entTitleSet = newEntWordSet(slices.Collect(maps.Keys(entTitles)))
	for _, w := range entTitleSet.words {
		entTitleVals = append(entTitleVals, entTitles[w])
	}
	for w := range entConnectors {
		entConnectorBloom.add(entFoldHash(w))
	}
	for _, m := range []map[string]string{entPlaces, entDemonyms, entOrgNames} {
		for w := range m {
			entLexBloom.add(entFoldHash(w))
		}
	}
	for w := range entOrgCues {
		entLexBloom.add(entFoldHash(w))
	}
	entLines("data/speech_verbs.txt", func(line string) {
		qtSpeechVerbs[line] = true
		qtVerbBloom.add(entFoldHash(line))
	})
	qtVerbSet = newEntWordSet(slices.Collect(maps.Keys(qtSpeechVerbs)))
}

func entAddTitle(line string) {
	f := strings.Fields(line)
	if len(f) < 2 {
		panic("extract: bad line in data/title_words.txt: " + line)
	}
	t := entTitle{class: f[1][0], canon: f[0]}
	if f[1] == "honorific" {
		t.class = 'o'
	}
	for _, x := range f[2:] {
		switch {
		case x == "m" || x == "f":
			t.gender = x[0]
		case strings.HasPrefix(x, "="):
			t.canon = x[1:]
		}
	}
	entTitles[f[0]] = t
	entTitleBloom.add(entFoldHash(f[0]))
	if c := f[0][0]; 'a' <= c && c <= 'z' && len(f[0]) < 32 {
		entTitleLens[c-'a'] |= 1 << len(f[0])
	}
}

// entLines calls fn with each non-blank, non-comment line of an embedded
// file. The files are part of the program, so a missing one is a
// programmer error.
func entLines(name string, fn func(string)) {
	f, err := entData.Open(name)
	if err != nil {
		panic("extract: " + err.Error())
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fn(line)
	}
}

func entFields(line string) []string {
	f := strings.Split(line, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}
