package extract

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// localNameRef is localName reading every mention, as it did before the
// surname index (fullNames).
func (e *entDoc) localNameRef(mi int) string {
	m := &e.mentions[mi]
	if !m.single || m.kind != article.Person {
		return m.name
	}
	best := m.name
	for i := range e.mentions {
		o := &e.mentions[i]
		if o.kind == article.Person && !o.single && qtHasSurname(o.key, m.key) {
			best = o.name
			if i > mi {
				break
			}
		}
	}
	return best
}

// isPersonRef is isPerson reading every mention.
func (e *entDoc) isPersonRef(m *entMention) bool {
	if m.kind != article.Person {
		return false
	}
	if !m.single || m.role != "" || m.verb {
		return true
	}
	for i := range e.mentions {
		if o := &e.mentions[i]; o.kind == article.Person && !o.single && qtHasSurname(o.key, m.key) {
			return true
		}
	}
	return false
}

// genderFitsRef is genderFits reading every mention.
func (e *entDoc) genderFitsRef(m *entMention, g byte) bool {
	sur := entSurname(m.key)
	for i := range e.mentions {
		o := &e.mentions[i]
		if o.gender != 0 && o.kind == article.Person && qtHasSurname(o.key, sur) {
			return o.gender == g
		}
	}
	return true
}

// TestSurnameIndex checks localName, isPerson and genderFits, which look
// names up by surname, against reading every mention, on the seeds and on
// texts where a surname comes before, between and after full names.
func TestSurnameIndex(t *testing.T) {
	texts := append(seedTexts(t),
		"Smith spoke. Anna Smith said so. Smith agreed. Bob Smith came. Smith left. Jones and Ann Jones-Smith met.",
		"Park said it. Then Park said more. Ann Park said no.",
		"Ann Lee met Bo Lee. Lee said yes. Lee Park and Park Lee spoke. Lee said no.",
		"Mr. Lee spoke. Ms. Ann Lee and Mrs. Park met Mr. Bo Park. Lee and Park left. President Lee said so.")
	for _, s := range texts {
		_, sents := entLayout(&article.Doc{Text: s})
		e := entFind(s, sents)
		for mi := range e.mentions {
			m := &e.mentions[mi]
			if got, want := e.localName(mi), e.localNameRef(mi); got != want {
				t.Errorf("localName(%q at %d) = %q, want %q", m.name, m.start, got, want)
			}
			if got, want := e.isPerson(m), e.isPersonRef(m); got != want {
				t.Errorf("isPerson(%q at %d) = %v, want %v", m.name, m.start, got, want)
			}
			for _, g := range []byte{'m', 'f'} {
				if got, want := e.genderFits(m, g), e.genderFitsRef(m, g); got != want {
					t.Errorf("genderFits(%q at %d, %c) = %v, want %v", m.name, m.start, g, got, want)
				}
			}
		}
		e.release()
		e.recycle()
	}
}

// byTitleRef is byTitle reading every mention and description, as the
// index (indexHeads) must agree with: the nearest person with the title
// before limit outside quotations, unless a description with the title
// (other than the bare title) stands after that person and before limit.
func (e *entDoc) byTitleRef(head string, limit int, inQuote func(int) bool) (string, int) {
	name, mi := "", -1
	for i := len(e.mentions) - 1; i >= 0; i-- {
		m := &e.mentions[i]
		if m.end <= limit && m.kind == article.Person && m.head == head && !inQuote(m.start) {
			name, mi = e.localName(i), i
			break
		}
	}
	at := -1
	if mi >= 0 {
		at = e.mentions[mi].start
	}
	for k := len(e.descs) - 1; k >= 0; k-- {
		if d := e.descs[k]; d.head == head && d.text != d.head && d.end <= limit && !inQuote(d.start) && d.start > at {
			return d.text, -1
		}
	}
	return name, mi
}

// TestByTitle checks byTitle against byTitleRef for every title of the
// mentions and descriptions, at every token, with and without a
// quotation around every other offset.
func TestByTitle(t *testing.T) {
	texts := append(seedTexts(t),
		"A State Department spokesperson said no. Spokesperson Ann Lee said yes. A Kremlin spokesperson agreed. "+
			"The spokesperson said so. Mayor Bo Park spoke. A city mayor left. The mayor said “yes”. Ned Price, the spokesperson, spoke.")
	for _, s := range texts {
		_, sents := entLayout(&article.Doc{Text: s})
		e := entFind(s, sents)
		heads := map[string]bool{"": true}
		for _, m := range e.mentions {
			heads[m.head] = true
		}
		for _, d := range e.descs {
			heads[d.head] = true
		}
		for head := range heads {
			for _, tok := range e.toks {
				for _, inQuote := range []func(int) bool{func(int) bool { return false }, func(off int) bool { return off%2 == 1 }} {
					gotName, gotMI := e.byTitle(head, tok.start, inQuote)
					wantName, wantMI := e.byTitleRef(head, tok.start, inQuote)
					if gotName != wantName || gotMI != wantMI {
						t.Errorf("byTitle(%q, %d) = %q, %d, want %q, %d", head, tok.start, gotName, gotMI, wantName, wantMI)
					}
				}
			}
		}
		e.release()
		e.recycle()
	}
}
