package reconcile

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// A vdOutcome is one verdict on some claims of a fact, before it is
// turned into a Finding.
type vdOutcome struct {
	kind Verdict
	// soft marks a contradiction that is a warning, not an error: a vague
	// figure against a precise one, or a quote whose wording drifted.
	soft   bool
	claims []*factClaim // in position order
	// why is the end of the explanation: the reason for the verdict.
	why string
	// strength, in [0, 1], says how clear the verdict is: how far apart
	// contradicting values are, how different two wordings.
	strength float64
	diff     []DiffOp
	// moment names the as-of time the outcome is about, "" for all.
	moment string
}

// vdFindings returns the findings of one fact of story fs.
func vdFindings(fs *factStory, x *factIndex, f *fact) []Finding {
	var outs []vdOutcome
	if vdVoiceCount(f.claims) < 2 {
		outs = []vdOutcome{{kind: SingleSource, claims: f.claims,
			why: vdListValues(f.claims) + " and no other independent voice in the story states it"}}
	} else {
		switch f.kind {
		case article.QuantityClaim:
			outs = vdQuantity(f.claims)
		case article.TimeClaim:
			outs = []vdOutcome{vdTime(f.claims)}
		default:
			outs = []vdOutcome{vdQuote(f.claims)}
		}
	}
	subject := vdSubject(x, f)
	found := make([]Finding, 0, len(outs))
	for _, o := range outs {
		found = append(found, vdFinding(fs, f, subject, o))
	}
	return found
}

// vdFinding turns an outcome into a Finding; ID is set later.
func vdFinding(fs *factStory, f *fact, subject string, o vdOutcome) Finding {
	fd := Finding{
		Kind:     o.kind,
		Severity: Info,
		Subject:  subject,
		Story:    fs.id,
		Diff:     o.diff,
	}
	if o.kind == Contradiction {
		fd.Severity = Error
		if o.soft {
			fd.Severity = Warning
		}
	}
	for _, c := range o.claims {
		fd.Claims = append(fd.Claims, c.ID)
		fd.Articles = append(fd.Articles, c.Span.Doc)
	}
	slices.Sort(fd.Articles)
	fd.Articles = slices.Compact(fd.Articles)
	fd.Voices = vdVoices(fs, fd.Articles)
	fd.Confidence = confidence(f, o, len(fd.Voices))
	fd.Explanation = confidenceExplain(f, o, subject, len(fd.Articles), len(fd.Voices))
	fd.Fingerprint = fingerprint(f.kind, o, subject)
	return fd
}

// vdVoices restricts the story's voices to the given sorted articles.
func vdVoices(fs *factStory, articles []string) [][]string {
	var ids []int // the voice of each group of out
	var out [][]string
	for _, a := range articles {
		v, ok := fs.voiceOf[a]
		if !ok {
			v = len(fs.voices) + len(ids) // an unknown article: a voice of its own
		}
		k := slices.Index(ids, v)
		if k < 0 {
			ids = append(ids, v)
			out = append(out, nil)
			k = len(out) - 1
		}
		out[k] = append(out[k], a)
	}
	slices.SortFunc(out, func(a, b []string) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// vdVoiceCount returns the number of independent voices among cs.
func vdVoiceCount(cs []*factClaim) int {
	var vs []int
	for _, c := range cs {
		vs = append(vs, c.voice)
	}
	slices.Sort(vs)
	return len(slices.Compact(vs))
}

// vdSubject names the fact for people: "troops: along its border with
// Ukraine", "date: phone call", "quote: State Department spokesperson".
// It is chosen by frequency, not position, so it does not depend on order.
func vdSubject(x *factIndex, f *fact) string {
	var ss []string
	switch f.kind {
	case article.QuantityClaim:
		for _, c := range f.claims {
			ss = append(ss, c.Quantity.Unit)
		}
		noun := vdPlural(factMostCommon(ss))
		ss = ss[:0]
		for _, c := range f.claims {
			ss = append(ss, c.Quantity.About)
		}
		if about := factMostCommon(ss); about != "" {
			return noun + ": " + about
		}
		return noun
	case article.TimeClaim:
		for _, c := range f.claims {
			ss = append(ss, c.Time.Event)
		}
		if ev := factMostCommon(ss); ev != "" {
			return "date: " + ev
		}
		if names := vdSharedEntities(x, f.claims); names != "" {
			return "date: " + names
		}
		return "date"
	}
	for _, c := range f.claims {
		ss = append(ss, c.Quote.Speaker)
	}
	if sp := factMostCommon(ss); sp != "" {
		return "quote: " + sp
	}
	return "quote: unknown speaker"
}

// vdSubjectNames is the most entities a subject names.
const vdSubjectNames = 2

// vdSharedEntities names the entities mentioned in the sentence of every
// claim of cs: people first, then organisations, places and others, each
// kind by name, at most vdSubjectNames, joined by "and".
func vdSharedEntities(x *factIndex, cs []*factClaim) string {
	shared := slices.Clone(cs[0].ents)
	for _, c := range cs[1:] {
		shared = slices.DeleteFunc(shared, func(id string) bool {
			_, ok := slices.BinarySearch(c.ents, id)
			return !ok
		})
	}
	shared = slices.DeleteFunc(shared, func(id string) bool { return x.names[id] == "" })
	slices.SortFunc(shared, func(a, b string) int {
		if c := cmp.Compare(x.kinds[a], x.kinds[b]); c != 0 {
			return c
		}
		return cmp.Compare(x.names[a], x.names[b])
	})
	var names []string
	for _, id := range shared[:min(len(shared), vdSubjectNames)] {
		names = append(names, x.names[id])
	}
	return strings.Join(names, " and ")
}

// vdPlural returns the plural of an English unit noun; symbols and codes
// ("%", "USD") are returned as they are.
func vdPlural(w string) string {
	if w == "" {
		return "quantity"
	}
	if strings.ContainsAny(w, "%$€£") || strings.ToUpper(w) == w {
		return w
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// vdSameValue reports whether two claims of one kind state the same
// value: the same number, qualifier and unit; the same days; the same
// quoted words.
func vdSameValue(a, b *factClaim) bool {
	switch {
	case a.Quantity != nil && b.Quantity != nil:
		qa, qb := a.Quantity, b.Quantity
		return qa.Value == qb.Value && qa.Unit == qb.Unit && qa.Qualifier == qb.Qualifier
	case a.Time != nil && b.Time != nil:
		return a.Time.Start == b.Time.Start && a.Time.End == b.Time.End
	case a.Quote != nil && b.Quote != nil:
		return a.norm == b.norm
	}
	return false
}

// vdCiteWords is the most words of a quote an explanation cites.
const vdCiteWords = 8

// vdCite returns how a claim is cited in an explanation: its text (a
// quote's first words, up to the end of its first sentence) and article.
func vdCite(c *factClaim) string {
	var text string
	if c.Quote != nil {
		text = vdCiteQuote(c.Quote.Said)
	} else {
		text = vdSquash(c.Text)
	}
	return strconv.Quote(text) + " (" + c.Span.Doc + ")"
}

// vdSquash returns strings.Join(strings.Fields(s), " "): s itself when
// it has no leading, trailing or repeated space and no other white space.
func vdSquash(s string) string {
	space := true // the previous byte was a space, or s starts
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' && space || c != ' ' && c <= '\r' && c >= '\t' {
				return strings.Join(strings.Fields(s), " ")
			}
			space = c == ' '
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = false
		i += w
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// vdCiteQuote shortens a quote to its first words, so that an explanation
// stays one sentence.
func vdCiteQuote(said string) string {
	var buf [vdCiteWords]string
	n, cut := vdFirstFields(said, buf[:])
	words := buf[:n]
	for i, w := range words {
		if strings.ContainsAny(w, ".!?") && i < len(words)-1 {
			words, cut = words[:i+1], true
			break
		}
	}
	text := strings.TrimRight(strings.Join(words, " "), ".!?,;:…\"”’'")
	text = strings.TrimLeft(text, "\"“‘'")
	if cut {
		text += "…"
	}
	return text
}

// vdFirstFields puts the first fields of s, as strings.Fields splits it,
// into dst, and returns how many it put and whether s has more.
func vdFirstFields(s string, dst []string) (int, bool) {
	n, i := 0, 0
	for {
		i = vdSkipSpace(s, i, true)
		if i == len(s) {
			return n, false
		}
		if n == len(dst) {
			return n, true
		}
		end := vdSkipSpace(s, i, false)
		dst[n] = s[i:end]
		n++
		i = end
	}
}

// vdSkipSpace returns the offset of the first rune from i on that is not
// white space (when space is true) or that is (when it is false), or len(s).
func vdSkipSpace(s string, i int, space bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c == ' ' || '\t' <= c && c <= '\r') != space {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) != space {
			return i
		}
		i += w
	}
	return i
}
