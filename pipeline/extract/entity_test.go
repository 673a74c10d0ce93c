package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

func docsOf(texts ...string) []article.Doc {
	docs := make([]article.Doc, len(texts))
	for i, s := range texts {
		docs[i].ID = string(rune('a' + i))
		docs[i].Text = s
	}
	return docs
}

// clusterOf returns the entity whose name or alias is name, or nil.
func clusterOf(ents []article.Entity, name string) *article.Entity {
	for i := range ents {
		if ents[i].Name == name || slices.Contains(ents[i].Aliases, name) {
			return &ents[i]
		}
	}
	return nil
}

func TestEntityClusters(t *testing.T) {
	tests := []struct {
		name  string
		docs  []string
		same  [][]string // each list: names that must be one entity
		apart [][2]string
	}{
		{
			name: "transliteration",
			docs: []string{
				"Ukrainian President Volodymyr Zelensky met NATO officials in Kyiv on Monday. Zelensky said the talks went well.",
				"President Vladimir Zelenskyy of Ukraine spoke to NATO leaders in Kyiv. Zelenskyy told reporters that Ukraine would not give up.",
			},
			same: [][]string{{"Volodymyr Zelensky", "Vladimir Zelenskyy", "Zelensky", "Zelenskyy"}},
		},
		{
			name: "given name variant",
			docs: []string{
				"Russian Prime Minister Dmitri Medvedev visited Minsk. Medvedev said Belarus was a friend.",
				"Prime Minister Dmitry Medvedev of Russia arrived in Minsk, where Medvedev told reporters little.",
			},
			same: [][]string{{"Dmitri Medvedev", "Dmitry Medvedev", "Medvedev"}},
		},
		{
			name: "garbled surname in machine translation",
			docs: []string{
				"German Chancellor Olaf Scholz met Polish leaders in Warsaw. Scholz told reporters that Germany and Poland agree on sanctions against Russia.",
				"Chancellor Olaf Scholz traveled to Warsaw on Monday. Scholtz told reporters that Germany and Poland want sanctions against Russia. Germany will act, Scholtz said.",
			},
			same:  [][]string{{"Olaf Scholz", "Scholz", "Scholtz"}},
			apart: [][2]string{{"Olaf Scholz", "Poland"}},
		},
		{
			name: "shared surname, different people",
			docs: []string{
				"US Ambassador to Russia John Sullivan met officials in Moscow. Sullivan said the embassy would stay open.",
				"National Security Adviser Jake Sullivan spoke in Washington. Sullivan told reporters that talks would go on.",
			},
			apart: [][2]string{{"John Sullivan", "Jake Sullivan"}},
		},
		{
			name: "similar spelling without context",
			docs: []string{
				"Martin Schulz spoke in Brussels about the budget of the European Union.",
				"German Chancellor Olaf Scholz met Polish leaders in Warsaw. Scholz told reporters that Germany and Poland agree.",
			},
			apart: [][2]string{{"Martin Schulz", "Olaf Scholz"}},
		},
		{
			name: "places by name only",
			docs: []string{
				"Prussia was once a kingdom. Russia is a country, and the Russian Federation borders Ukraine.",
			},
			same:  [][]string{{"Russia", "Russian Federation"}},
			apart: [][2]string{{"Russia", "Prussia"}},
		},
		{
			name: "organisations",
			docs: []string{
				"The U.N. Security Council met on Monday. The Security Council adjourned. The Russian Foreign Ministry and NATO disagreed.",
				"The UN Security Council failed. The North Atlantic Treaty Organization said nothing.",
			},
			same: [][]string{{"UN Security Council", "U.N. Security Council", "Security Council"}, {"North Atlantic Treaty Organization", "NATO"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(context.Background(), docsOf(tc.docs...), Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			for _, names := range tc.same {
				first := clusterOf(res.Entities, names[0])
				for _, n := range names[1:] {
					if e := clusterOf(res.Entities, n); e == nil || first == nil || e.ID != first.ID {
						t.Errorf("docs %q: %q and %q are not one entity; entities:\n%s", tc.docs, names[0], n, entDump(res.Entities))
					}
				}
			}
			for _, p := range tc.apart {
				a, b := clusterOf(res.Entities, p[0]), clusterOf(res.Entities, p[1])
				if a != nil && b != nil && a.ID == b.ID {
					t.Errorf("docs %q: %q and %q are one entity %s, want two", tc.docs, p[0], p[1], a.ID)
				}
			}
		})
	}
}

func entDump(ents []article.Entity) string {
	var b strings.Builder
	for _, e := range ents {
		b.WriteString("\t" + e.ID + " " + e.Kind.String() + " " + strings.Join(e.Aliases, ", ") + "\n")
	}
	return b.String()
}

// TestEntitySurnames checks that a surname alone joins the right one of
// two people who share it: the one named in the same document.
func TestEntitySurnames(t *testing.T) {
	res, err := Run(context.Background(), docsOf(
		"US Ambassador to Russia John Sullivan met officials in Moscow. Sullivan said the embassy would stay open.",
		"National Security Adviser Jake Sullivan spoke in Washington. Sullivan told reporters that talks would go on.",
	), Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ id, doc string }{{"e:john-sullivan", "a"}, {"e:jake-sullivan", "b"}} {
		i := slices.IndexFunc(res.Entities, func(e article.Entity) bool { return e.ID == tc.id })
		if i < 0 {
			t.Fatalf("no entity %s in\n%s", tc.id, entDump(res.Entities))
		}
		e := res.Entities[i]
		if len(e.Mentions) != 2 || e.Mentions[0].Doc != tc.doc || e.Mentions[1].Doc != tc.doc {
			t.Errorf("%s mentions = %v, want two in doc %s", tc.id, e.Mentions, tc.doc)
		}
	}
}

// TestEntityFields checks kinds, roles, sorted mentions and stable IDs.
func TestEntityFields(t *testing.T) {
	res, err := Run(context.Background(), docsOf(
		"US Secretary of State Antony Blinken spoke in Geneva. Blinken said NATO stood firm.",
		"Kremlin spokesperson Dmitry Peskov said the Kremlin would answer. Peskov also spoke of Blinken.",
	), Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id    string
		kind  article.EntityKind
		roles []string
		n     int
	}{
		{"e:antony-blinken", article.Person, []string{"Secretary of State"}, 3},
		{"e:dmitry-peskov", article.Person, []string{"spokesperson"}, 2},
		{"e:kremlin", article.Organization, nil, 2},
		{"e:geneva", article.Place, nil, 1},
		{"e:united-states", article.Place, nil, 1},
		{"e:north-atlantic-treaty-organization", article.Organization, nil, 1},
	}
	for _, tc := range tests {
		i := slices.IndexFunc(res.Entities, func(e article.Entity) bool { return e.ID == tc.id })
		if i < 0 {
			t.Errorf("no entity %s in\n%s", tc.id, entDump(res.Entities))
			continue
		}
		e := res.Entities[i]
		if e.Kind != tc.kind || !slices.Equal(e.Roles, tc.roles) || len(e.Mentions) != tc.n {
			t.Errorf("%s = kind %v roles %q %d mentions, want %v %q %d", tc.id, e.Kind, e.Roles, len(e.Mentions), tc.kind, tc.roles, tc.n)
		}
		if !slices.IsSortedFunc(e.Mentions, article.ComparePos) {
			t.Errorf("%s mentions not sorted: %v", tc.id, e.Mentions)
		}
	}
	if !slices.IsSortedFunc(res.Entities, func(a, b article.Entity) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("entities not sorted by ID")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Antony Blinken": "antony-blinken", "U.S. State Department": "us-state-department",
		"Linda Thomas-Greenfield": "linda-thomas-greenfield", "Volodymyr Zelenskyy": "volodymyr-zelenskyy",
		"Müller’s  Bank": "müllers-bank",
	} {
		if got := entSlug(in); got != want {
			t.Errorf("entSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEntBlooms checks that the Bloom filters the entity finder trusts
// to say no hold every word they stand for, in any ASCII case.
func TestEntBlooms(t *testing.T) {
	var words []string
	for w := range entStopwords {
		words = append(words, w)
	}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday january
		february march april may june july august september october november december`) {
		if !entIsCalendar(w) {
			t.Fatalf("entIsCalendar(%q) = false", w)
		}
		words = append(words, w)
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if h := entFoldHash(v); !entStopBloom.has(h) {
				t.Errorf("entStopBloom lacks %q", v)
			}
		}
	}
	for w := range entTitles {
		v := strings.ToUpper(w[:1]) + w[1:]
		if !entTitleBloom.has(entFoldHash(v)) {
			t.Errorf("entTitleBloom lacks %q", v)
		}
	}
	for _, m := range []map[string]string{entPlaces, entDemonyms} {
		for w := range m {
			if !entLexBloom.has(entFoldHash(w)) {
				t.Errorf("entLexBloom lacks %q", w)
			}
			if !strings.Contains(w, "-") && !entIsDemonymish(w) {
				t.Errorf("entIsDemonymish(%q) = false", w)
			}
		}
	}
	if _, wide := entFoldHashWide("Zürich"); !wide {
		t.Errorf("entFoldHashWide(%q) not wide", "Zürich")
	}
	if _, wide := entFoldHashWide("Zurich"); wide {
		t.Errorf("entFoldHashWide(%q) wide", "Zurich")
	}
}
