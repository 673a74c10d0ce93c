package ingest_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

// The pages in testdata/html are modelled on the markup of real news
// sites: a newspaper (cookie banner, section nav, share tools, newsletter
// box, related stories, comments), a wire service (consent layer, ad
// slots, breadcrumbs, "Read Next", trust footer) and a broadcaster
// (consent prompt, block components, "More on this story", most read).
var htmlTests = []struct {
	file                          string
	title, source, url, published string
	keep                          []string // paragraphs of the article
	drop                          []string // page chrome
}{
	{
		file:      "ledger.html",
		title:     "City council approves new flood barrier after years of delay",
		source:    "The Morning Ledger",
		url:       "https://www.morningledger.example/news/2023/10/12/flood-barrier-approved",
		published: "2023-10-12",
		keep: []string{
			"The city council voted 7 to 2 on Wednesday night to build a $48 million flood barrier along the east bank of the river, ending a dispute that has stalled the project since the floods of 2019.",
			"\"We have asked people in the river wards to wait long enough,\" said council member Rosa Delgado, who represents the district. \"Every spring they move their furniture upstairs and hope.\"",
			"About half of the money will come from a state resilience grant awarded in August. The rest will be borrowed through a bond that voters approved in 2021.",
			"The council will vote on the construction contract in January.",
		},
		drop: []string{"Accept all cookies", "We use cookies", "Skip to main content", "Obituaries", "Subscribe for $1 a week",
			"Eastbound bridge lanes", "Share on Facebook", "Get the Morning Briefing", "Your email address", "Related stories",
			"Mill district owners sue", "Join the conversation", "Finally! Took them long enough.", "All rights reserved", "Privacy policy"},
	},
	{
		file:      "wire.html",
		title:     "Chipmaker delays European plant as demand cools",
		source:    "Globe Wire",
		url:       "https://www.globewire.example/technology/chipmaker-delays-european-plant-2024-02-07/",
		published: "2024-02-07",
		keep: []string{
			"FRANKFURT, Feb 7 (Globe Wire) - A major semiconductor manufacturer said on Wednesday it would postpone construction of its planned plant in eastern Germany by at least two years, citing weaker demand for the memory chips the factory was meant to produce.",
			"Shares in the company rose 2.4% in afternoon trading, as investors welcomed lower spending plans for the year. The firm cut its capital expenditure forecast for 2024 to 7.5 billion euros from 9 billion.",
			"A spokesperson for the state government said it had been informed of the decision last week and would hold talks with the company about the conditions attached to the subsidy.",
		},
		drop: []string{"Accept All", "storing of cookies", "Sustainability", "Register", "Advertisement", "Purchase Licensing Rights",
			"Trust Principles", "Read Next", "Foundry orders slump", "Careers", "quotes delayed"},
	},
	{
		file:      "broadcaster.html",
		title:     "Rare orchid found growing on motorway verge",
		source:    "National Broadcast News",
		url:       "https://news.nbn.example/articles/c4n8x2",
		published: "2025-06-03",
		keep: []string{
			"A rare orchid that had not been recorded in the county for more than a century has been found growing on a motorway verge.",
			"One of the workers, Gareth Lloyd, said he noticed the \"strange, curly flowers\" and stopped the mower. \"I had no idea what it was, but it didn't look like anything else on the bank,\" he said.",
			"The trust has asked people not to visit the site, saying the verge is dangerous and the orchid is easily trampled.",
		},
		drop: []string{"agree to cookies", "Yes, I agree", "Skip to content", "Watch Live", "Related Topics", "More on this story",
			"Bee orchids bloom", "Most read", "Heatwave warning", "Terms of Use", "external linking"},
	},
}

func TestHTML(t *testing.T) {
	in := []ingest.Input{{FS: os.DirFS("testdata/html"), Pattern: ".", Name: "html"}}
	got, probs, err := ingest.Run(context.Background(), in, ingest.Options{})
	if err != nil || len(probs) > 0 {
		t.Fatalf("Run = %v, %v", probs, err)
	}
	byPath := map[string]article.Article{}
	for _, a := range got {
		byPath[a.Path] = a
	}
	for _, tc := range htmlTests {
		t.Run(tc.file, func(t *testing.T) {
			a, ok := byPath["html/"+tc.file]
			if !ok {
				t.Fatalf("no article for %s", tc.file)
			}
			meta := []string{a.Title, a.Source, a.URL, a.Published.String()}
			want := []string{tc.title, tc.source, tc.url, tc.published}
			if strings.Join(meta, "|") != strings.Join(want, "|") {
				t.Errorf("metadata %q, want %q", meta, want)
			}
			if a.Format != article.HTML || a.Line != 1 || !a.Flat {
				t.Errorf("Format, Line, Flat = %v, %d, %v; want html, 1, true", a.Format, a.Line, a.Flat)
			}
			paras := "\n\n" + a.Body + "\n\n"
			for _, p := range tc.keep {
				if !strings.Contains(paras, "\n\n"+p+"\n\n") {
					t.Errorf("body lacks paragraph %q\nbody:\n%s", p, a.Body)
				}
			}
			for _, s := range tc.drop {
				if strings.Contains(a.Body, s) {
					t.Errorf("body keeps chrome %q\nbody:\n%s", s, a.Body)
				}
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><article>" +
		strings.Repeat("<p>The caf\xe9 on the corner served cr\xe8me br\xfbl\xe9e to every guest who came in from the rain that evening.</p>", 4) +
		"</article></body></html>"
	files := map[string]string{"p.html": page}
	got, probs := run(t, files, nil, ".")
	if len(got) != 1 || probs != nil || !strings.Contains(got[0].Body, "The café on the corner served crème brûlée") {
		t.Errorf("Run(latin-1 page) = %v, problems %q; want the text decoded", got, probs)
	}
}

func BenchmarkIngestHTML(b *testing.B) {
	in := []ingest.Input{{FS: os.DirFS("testdata/html"), Pattern: ".", Name: "html"}}
	size := int64(0)
	for _, tc := range htmlTests {
		fi, err := os.Stat("testdata/html/" + tc.file)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	for b.Loop() {
		if _, _, err := ingest.Run(context.Background(), in, ingest.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
