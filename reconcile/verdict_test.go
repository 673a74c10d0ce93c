package reconcile_test

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/reconcile"
)

// verdictCases are hand-made stories, one per verdict rule. Each builds
// its docs with IDs prefixed by p, so that all can run together.
var verdictCases = []struct {
	name  string
	build func(f *fixture, p string)
	want  []string // summaries, in order, with p = ""
	// explain lists words the first finding's explanation must contain.
	explain []string
	diff    string // the first finding's diff, rendered, when not ""
}{{
	name: "agreement across two voices",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Russia has massed more than 100,000 troops along its border with Ukraine.")
		f.doc(p+"b", "2022-01-31", "Officials said about 120,000 troops are massed along the border with Ukraine.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "more than 100,000 troops", 100000, moreThan(100000), "along its border with Ukraine")
		f.troops(p+"b", "about 120,000 troops", 120000, about(120000), "along the border with Ukraine")
	},
	want:    []string{`agreement/info "troops: along its border with Ukraine" articles=[a b] voices=2`},
	explain: []string{"2 independent voices", "compatible"},
}, {
	name: "contradiction of disjoint counts on one date",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Officials said 100,000 troops are massed along the border with Ukraine.")
		f.doc(p+"b", "2022-01-31", "Officials said 60,000 troops are massed along the border with Ukraine.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "100,000 troops", 100000, exact(100000), "along the border with Ukraine")
		f.troops(p+"b", "60,000 troops", 60000, exact(60000), "along the border with Ukraine")
	},
	want:    []string{`contradiction/error "troops: along the border with Ukraine" articles=[a b] voices=2`},
	explain: []string{"cannot both be true"},
}, {
	name: "update three weeks later",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-27", "Russia has 100,000 troops along the border with Ukraine, officials say.")
		f.doc(p+"b", "2022-02-17", "Russia now has 150,000 troops along the border with Ukraine, officials say.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "100,000 troops", 100000, exact(100000), "along the border with Ukraine")
		f.troops(p+"b", "150,000 troops", 150000, exact(150000), "along the border with Ukraine")
	},
	want:    []string{`update/info "troops: along the border with Ukraine" articles=[a b] voices=2`},
	explain: []string{"as of 2022-01-27", "as of 2022-02-17"},
}, {
	name: "update dated in the sentence, with a vague figure at one moment",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-02-17", "As many as 150,000 Russian troops are deployed around the borders of Ukraine.")
		f.doc(p+"b", "2022-02-01", "On Monday she spoke of more than 100,000 troops along its border with Ukraine.")
		f.doc(p+"c", "2022-01-31", "Russia is massing tens of thousands of troops at the border of Ukraine.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"}, []string{p + "c"})
		f.troops(p+"a", "As many as 150,000 Russian troops", 150000, asManyAs(150000), "around the borders of Ukraine")
		f.date(p+"b", "On Monday", "2022-01-31", "", "")
		f.troops(p+"b", "more than 100,000 troops", 100000, moreThan(100000), "along its border with Ukraine")
		f.troops(p+"c", "tens of thousands of troops", 0, tensOfThousands, "at the border of Ukraine")
	},
	want: []string{
		`contradiction/warning "troops: along its border with Ukraine" articles=[b c] voices=2`,
		`update/info "troops: along its border with Ukraine" articles=[a b c] voices=3`,
		`single_source/info "date" articles=[b] voices=1`,
	},
	explain: []string{"vague", "as of 2022-01-31"},
}, {
	name: "single source",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Russia has moved nearly 5,000 troops to Belarus.")
		f.doc(p+"b", "2022-01-31", "The talks in Geneva ended without a deal.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "nearly 5,000 troops", 5000, about(5000), "to Belarus")
	},
	want:    []string{`single_source/info "troops: to Belarus" articles=[a] voices=1`},
	explain: []string{"1 independent voice"},
}, {
	name: "different figures about different things are not a contradiction",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "US intelligence says Russia has moved nearly 5,000 troops to Belarus.")
		f.doc(p+"b", "2022-01-31", "US intelligence says Russia intends to mass more than 30,000 troops near the border between Belarus and Ukraine.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "nearly 5,000 troops", 5000, about(5000), "to Belarus")
		f.troops(p+"b", "more than 30,000 troops", 30000, moreThan(30000), "near the border between Belarus and Ukraine")
	},
	want: []string{
		`single_source/info "troops: near the border between Belarus and Ukraine" articles=[b] voices=1`,
		`single_source/info "troops: to Belarus" articles=[a] voices=1`,
	},
}, {
	name: "a copy repeating an error is one voice",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Officials said 60,000 troops are massed along the border with Ukraine.")
		f.doc(p+"a2", "2022-01-31", "Officials said 60,000 troops are massed along the border with Ukraine.")
		f.doc(p+"b", "2022-01-31", "The talks in Geneva ended without a deal.")
		f.story(p+"S", []string{p + "a", p + "a2"}, []string{p + "b"})
		f.troops(p+"a", "60,000 troops", 60000, exact(60000), "along the border with Ukraine")
		f.troops(p+"a2", "60,000 troops", 60000, exact(60000), "along the border with Ukraine")
	},
	want:    []string{`single_source/info "troops: along the border with Ukraine" articles=[a a2] voices=1`},
	explain: []string{"2 articles in 1 independent voice"},
}, {
	name: "vague against precise is a warning",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Russia is massing tens of thousands of troops at Ukraine's border.")
		f.doc(p+"b", "2022-01-31", "She spoke of more than 100,000 troops along its border with Ukraine.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "tens of thousands of troops", 0, tensOfThousands, "at Ukraine's border")
		f.troops(p+"b", "more than 100,000 troops", 100000, moreThan(100000), "along its border with Ukraine")
	},
	want:    []string{`contradiction/warning "troops: along its border with Ukraine" articles=[a b] voices=2`},
	explain: []string{"vague", "warning"},
}, {
	name: "quote drift",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "“It would be counterproductive to negotiate in public, so we will leave it up to Russia to discuss its response,” the spokesperson said.")
		f.doc(p+"b", "2022-01-31", "“It would be unproductive to negotiate in public, so we’ll leave it up to Russia if they want to discuss their response,” the spokesperson said.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.quote(p+"a", "It would be counterproductive to negotiate in public, so we will leave it up to Russia to discuss its response,", "State Department spokesperson")
		f.quote(p+"b", "It would be unproductive to negotiate in public, so we’ll leave it up to Russia if they want to discuss their response,", "State Department spokesperson")
	},
	want:    []string{`contradiction/warning "quote: State Department spokesperson" articles=[a b] voices=2`},
	explain: []string{"drift"},
	diff:    "it would be [-counterproductive-] {+unproductive+} to negotiate in public so we will leave it up to russia {+if they want+} to discuss [-its-] {+their+} response",
}, {
	name: "quotes differing in punctuation and case agree",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "“We remain fully committed to dialogue,” she said.")
		f.doc(p+"b", "2022-01-31", "“we remain fully committed to Dialogue” she said.")
		f.doc(p+"c", "2022-02-02", "The official said the US remains “fully committed to dialogue” on the issues.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"}, []string{p + "c"})
		f.quote(p+"a", "We remain fully committed to dialogue,", "Jen Psaki")
		f.quote(p+"b", "we remain fully committed to Dialogue", "Psaki")
		f.quote(p+"c", "fully committed to dialogue", "")
	},
	want:    []string{`agreement/info "quote: Jen Psaki" articles=[a b c] voices=3`},
	explain: []string{"same up to punctuation and case"},
}, {
	name: "dates of one event agree",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Moscow replied ahead of a phone call between Blinken and Sergei Lavrov on Tuesday.")
		f.doc(p+"b", "2022-02-02/2022-02-11", "On Tuesday, Blinken spoke over the phone with Sergey Lavrov.")
		f.doc(p+"c", "2022-01-31", "Lavrov met his Italian counterpart on Thursday in Moscow.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"}, []string{p + "c"})
		f.entity(p+"blinken", "Blinken")
		f.entity(p+"lavrov", "Sergei Lavrov", "Sergey Lavrov", "Lavrov")
		f.date(p+"a", "on Tuesday", "2022-02-01", "", "phone call")
		f.date(p+"b", "On Tuesday", "2022-02-01", "2022-02-08", "phone")
		f.date(p+"c", "on Thursday", "2022-01-27", "", "")
	},
	want: []string{
		`agreement/info "date: phone call" articles=[a b] voices=2`,
		`single_source/info "date: Sergei Lavrov" articles=[c] voices=1`,
	},
	explain: []string{"days overlap"},
}, {
	name: "different dates of one event contradict",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Blinken and Lavrov will hold a phone call on Tuesday.")
		f.doc(p+"b", "2022-01-31", "Blinken and Lavrov will hold a phone call on Thursday.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.entity(p+"blinken", "Blinken")
		f.entity(p+"lavrov", "Lavrov")
		f.date(p+"a", "on Tuesday", "2022-02-01", "", "phone call")
		f.date(p+"b", "on Thursday", "2022-02-03", "", "phone call")
	},
	want:    []string{`contradiction/error "date: phone call" articles=[a b] voices=2`},
	explain: []string{"2 apart"},
}, {
	name: "durations are not dates",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-02-17", "The diplomat was expelled with two weeks to leave.")
		f.story(p+"S", []string{p + "a"})
		f.duration(p+"a", "two weeks", "P2W")
	},
}, {
	name: "unknown publication date cannot be an update",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-27", "Russia has 100,000 troops along the border with Ukraine, officials say.")
		f.doc(p+"b", "", "Russia has 150,000 troops along the border with Ukraine, officials say.")
		f.story(p+"S", []string{p + "a"}, []string{p + "b"})
		f.troops(p+"a", "100,000 troops", 100000, exact(100000), "along the border with Ukraine")
		f.troops(p+"b", "150,000 troops", 150000, exact(150000), "along the border with Ukraine")
	},
	want:    []string{`contradiction/error "troops: along the border with Ukraine" articles=[a b] voices=2`},
	explain: []string{"cannot be an update", "no publication date"},
}, {
	name: "an article in no story is a story of its own",
	build: func(f *fixture, p string) {
		f.doc(p+"a", "2022-01-31", "Russia has moved nearly 5,000 troops to Belarus.")
		f.troops(p+"a", "nearly 5,000 troops", 5000, about(5000), "to Belarus")
	},
	want: []string{`single_source/info "troops: to Belarus" articles=[a] voices=1`},
}}

// buildAll builds every verdict case into f, each under its own prefix.
func buildAll(f *fixture) {
	for i, tc := range verdictCases {
		tc.build(f, fmt.Sprintf("c%02d", i))
	}
}

func TestVerdicts(t *testing.T) {
	for _, tc := range verdictCases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			tc.build(f, "")
			r := run(t, f.in, 0)
			got := summaries(r)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("Run(%s) findings:\n%s\nwant:\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if len(r.Findings) == 0 {
				return
			}
			fd := r.Findings[0]
			for _, w := range tc.explain {
				if !strings.Contains(fd.Explanation, w) {
					t.Errorf("explanation %q lacks %q", fd.Explanation, w)
				}
			}
			if d := renderDiff(fd.Diff); d != tc.diff {
				t.Errorf("diff = %q, want %q", d, tc.diff)
			}
			checkFinding(t, fd)
		})
	}
}

// checkFinding checks the invariants of any finding.
func checkFinding(t *testing.T, fd reconcile.Finding) {
	t.Helper()
	if fd.Confidence < 0 || fd.Confidence > 1 {
		t.Errorf("%s: confidence %v not in [0, 1]", fd.ID, fd.Confidence)
	}
	if strings.Count(fd.Explanation, ". ") > 0 || !strings.HasSuffix(fd.Explanation, ".") {
		t.Errorf("%s: explanation %q is not one sentence", fd.ID, fd.Explanation)
	}
	var inVoices []string
	for _, v := range fd.Voices {
		inVoices = append(inVoices, v...)
	}
	slices.Sort(inVoices)
	if !slices.Equal(inVoices, fd.Articles) {
		t.Errorf("%s: voices %v do not partition articles %v", fd.ID, fd.Voices, fd.Articles)
	}
	want := map[reconcile.Verdict]reconcile.Severity{
		reconcile.Agreement: reconcile.Info, reconcile.Update: reconcile.Info, reconcile.SingleSource: reconcile.Info,
	}
	if sev, ok := want[fd.Kind]; ok && fd.Severity != sev {
		t.Errorf("%s: %s has severity %s, want %s", fd.ID, fd.Kind, fd.Severity, sev)
	}
	if fd.Kind == reconcile.SingleSource && len(fd.Voices) != 1 {
		t.Errorf("%s: single source with %d voices", fd.ID, len(fd.Voices))
	}
	if fd.Kind == reconcile.Agreement && len(fd.Voices) < 2 {
		t.Errorf("%s: agreement with %d voices", fd.ID, len(fd.Voices))
	}
}

// renderDiff renders a diff as "common [-deleted-] {+inserted+}".
func renderDiff(ops []reconcile.DiffOp) string {
	var parts []string
	for _, op := range ops {
		switch op.Op {
		case reconcile.Delete:
			parts = append(parts, "[-"+op.Text+"-]")
		case reconcile.Insert:
			parts = append(parts, "{+"+op.Text+"+}")
		default:
			parts = append(parts, op.Text)
		}
	}
	return strings.Join(parts, " ")
}

// FuzzVerdicts checks that any two quotes and figures give findings that
// keep the invariants (confidence in range, one sentence, voices
// partition articles) and do not depend on input order.
func FuzzVerdicts(f *testing.F) {
	f.Add("It would be counterproductive to negotiate in public", "It would be unproductive to negotiate in public", 100000.0, 150000.0, true)
	f.Add("We remain committed.", "we remain committed", 5.0, 5.0, false)
	f.Add("", "a", 0.0, -1.0, true)
	f.Fuzz(func(t *testing.T, x, y string, v, w float64, approx bool) {
		if x == "" || y == "" || math.IsNaN(v) || math.IsNaN(w) {
			return
		}
		fx := newFixture(t)
		fx.doc("a", "2022-01-31", x+" . 100 troops")
		fx.doc("b", "2022-02-21", y+" . 100 troops")
		fx.story("S", []string{"a"}, []string{"b"})
		fx.quote("a", x, "Spokesperson")
		fx.quote("b", y, "")
		ivw := article.Exact(w)
		ivw.Approximate = approx
		fx.troops("a", "100 troops", v, article.Exact(v), "")
		fx.troops("b", "100 troops", w, ivw, "")
		r := run(t, fx.in, 1)
		for _, fd := range r.Findings {
			checkFinding(t, fd)
		}
		if got := run(t, shuffled(fx.in, 1), 2); !reflect.DeepEqual(got.Findings, r.Findings) {
			t.Errorf("findings depend on input order: %v, want %v", summaries(got), summaries(r))
		}
	})
}
