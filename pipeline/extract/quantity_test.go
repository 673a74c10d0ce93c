package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

// qtyDoc makes a Doc of one paragraph, with sentences ending at ". ".
func qtyDoc(text string) *article.Doc {
	d := &article.Doc{Article: article.Article{ID: "t"}, Text: text}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && i+1 < len(text) && text[i+1] == ' ' {
			d.Sentences = append(d.Sentences, article.Span{Doc: "t", Start: start, End: i + 1})
			start = i + 2
		}
	}
	d.Sentences = append(d.Sentences, article.Span{Doc: "t", Start: start, End: len(text)})
	return d
}

// qtyDescribe writes a claim as "text unit/category @about".
func qtyDescribe(c article.Claim) string {
	q := c.Quantity
	s := fmt.Sprintf("%s %s/%s", c.Text, q.Unit, q.Category)
	if q.About != "" {
		s += " @" + q.About
	}
	return s
}

func qtyCheck(t *testing.T, in string, want []string) {
	t.Helper()
	var got []string
	for _, c := range findQuantities(qtyDoc(in)) {
		got = append(got, qtyDescribe(c))
	}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("findQuantities(%q)\n got  %q\n want %q", in, got, want)
	}
}

// TestQuantitiesNouns checks the counted noun, its category and the
// phrase the number is about.
func TestQuantitiesNouns(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Russia has moved more than 100,000 troops along its border with Ukraine.",
			[]string{"more than 100,000 troops troop/military personnel @along its border with Ukraine"}},
		{"as many as 150,000 Russian troops are deployed around the borders of the EU.",
			[]string{"as many as 150,000 troop/military personnel @around the borders of the EU"}},
		{"It moved nearly 5,000 troops to Belarus and intends to stay.",
			[]string{"nearly 5,000 troops troop/military personnel @to Belarus"}},
		{"more than 30,000 troops near the border between Belarus and Ukraine … by early February",
			[]string{"more than 30,000 troops troop/military personnel @near the border between Belarus and Ukraine"}},
		{"tens of thousands of soldiers along the Belarusian-Ukrainian border, whom",
			[]string{"tens of thousands of soldiers soldier/military personnel @along the Belarusian-Ukrainian border"}},
		{"about 2,000 US service members", []string{"about 2,000 service member/military personnel"}},
		{"3,000 servicemen", []string{"3,000 servicemen serviceman/military personnel"}},
		{"Some 200 people were killed in Kharkiv.", []string{"Some 200 people person/people @in Kharkiv"}},
		{"12 children", []string{"12 children child/people"}},
		{"five diplomats", []string{"five diplomats diplomat/diplomats and officials"}},
		{"at least 14 dead", []string{"at least 14 dead dead/deaths"}},
		{"400 casualties", []string{"400 casualties casualty/casualties"}},
		{"three main areas", []string{"three area/"}},
		{"$75 million in aid", []string{"$75 million USD/money @in aid"}},
		{"hundreds of millions of dollars in aid", []string{"hundreds of millions of dollars USD/money @in aid"}},
		{"a 12% rise", []string{"12% %/percent"}},
		{"2000 troops", []string{"2000 troops troop/military personnel"}},
		{"30 NATO countries", []string{"30 country/countries"}},
		{"It would send 3,000 more troops to Poland and Romania.", []string{"3,000 troop/military personnel @to Poland and Romania"}},
		{"It put 8,500 troops on heightened alert on Monday.", []string{"8,500 troops troop/military personnel @on heightened alert"}},
		{"It moved 5,000 troops in January.", []string{"5,000 troops troop/military personnel"}},
		{"one of the 27 EU leaders", []string{"27 leader/diplomats and officials"}},
		{"The death toll rose to 300.", []string{"300 death/deaths"}},
		{"The number of refugees reached 2 million.", []string{"2 million refugee/people"}},
		{"More than 1,000 Ukrainian soldiers and 500 civilians have died.", []string{
			"More than 1,000 soldier/military personnel", "500 civilians civilian/people"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { qtyCheck(t, tc.in, tc.want) })
	}
}

// TestQuantitiesNotClaims lists numbers that are not quantity claims.
func TestQuantitiesNotClaims(t *testing.T) {
	for _, in := range []string{
		"In 2014 troops entered Crimea.",
		"since 1991",
		"the 2022 talks",
		"on January 6",
		"on 6 January 2022",
		"on Jan. 6, 2022",
		"at 10 a.m. on Monday",
		"at 5 o'clock",
		"three weeks earlier",
		"a 30-day deadline",
		"two days",
		"under Article 5 of the treaty",
		"No. 10 said",
		"He cited Resolution 2202 again.",
		"the Boeing 737 was grounded",
		"one of the officials",
		"at one point",
		"no one came",
		"a 3-1 win",
		"on 5/17/2018",
		"F-16 jets",
		"the 21st century",
		"the second-most senior official",
		"call 555-1234",
		"the Minsk 2 agreements",
		"COVID-19 cases",
		"G7 leaders",
		"the No. 2 official",
		"the highest in 40 years",
		"a 2-1 decision",
	} {
		t.Run(in, func(t *testing.T) { qtyCheck(t, in, nil) })
	}
}

// TestQuantitiesCategories checks that words for the same thing share a
// category, and lemmas come from plurals.
func TestQuantitiesCategories(t *testing.T) {
	tests := []struct{ word, lemma, category string }{
		{"troops", "troop", "military personnel"},
		{"soldiers", "soldier", "military personnel"},
		{"service members", "service member", "military personnel"},
		{"Marines", "marine", "military personnel"},
		{"people", "person", "people"},
		{"civilians", "civilian", "people"},
		{"refugees", "refugee", "people"},
		{"casualties", "casualty", "casualties"},
		{"fatalities", "fatality", "deaths"},
		{"diplomats", "diplomat", "diplomats and officials"},
		{"tanks", "tank", "military equipment"},
		{"aircraft", "aircraft", "military equipment"},
		{"homes", "home", "buildings"},
		{"cases", "case", "cases"},
		{"votes", "vote", "votes"},
	}
	for _, tc := range tests {
		in := "100 " + tc.word
		cs := findQuantities(qtyDoc(in))
		if len(cs) != 1 || cs[0].Quantity.Unit != tc.lemma || cs[0].Quantity.Category != tc.category {
			var got []string
			for _, c := range cs {
				got = append(got, qtyDescribe(c))
			}
			t.Errorf("findQuantities(%q) = %q, want unit %q category %q", in, got, tc.lemma, tc.category)
		}
	}
}

// TestQuantitiesClaim checks the fields of one claim.
func TestQuantitiesClaim(t *testing.T) {
	d := qtyDoc("Officials said. She spoke of more than 100,000 troops along its border with Ukraine.")
	cs := findQuantities(d)
	if len(cs) != 1 {
		t.Fatalf("findQuantities(%q) = %d claims, want 1", d.Text, len(cs))
	}
	c := cs[0]
	want := article.Span{Doc: "t", Start: 29, End: 53}
	if c.Span != want || c.Text != "more than 100,000 troops" || c.Kind != article.QuantityClaim ||
		c.ID != "t:q29" || c.Sentence != (article.Span{Doc: "t", Start: 16, End: len(d.Text)}) {
		t.Errorf("findQuantities(%q) = %+v, want span %v text %q id t:q29 in the second sentence", d.Text, c, want, "more than 100,000 troops")
	}
	if q := c.Quantity; q.Value != 100000 || q.Low != 100000 || !q.Unbounded() || q.LowInclusive {
		t.Errorf("findQuantities(%q): quantity %+v, want (100000, +Inf) value 100000", d.Text, q)
	}
}

func TestQtyParseNouns(t *testing.T) {
	m := qtyParseNouns("# c\n[a b]\nbus\nperson: people\nservice member\n[c]\nbus\n")
	tests := []struct{ form, lemma, cat string }{
		{"bus", "bus", "a b"}, {"buses", "bus", "a b"}, {"people", "person", "a b"},
		{"person", "person", "a b"}, {"service members", "service member", "a b"},
	}
	for _, tc := range tests {
		if got := m[tc.form]; got.lemma != tc.lemma || got.category != tc.cat {
			t.Errorf("qtyParseNouns: %q = %+v, want %s/%s", tc.form, got, tc.lemma, tc.cat)
		}
	}
	if _, ok := m["persons"]; ok {
		t.Errorf("qtyParseNouns: irregular forms replace the rule, but %q was made", "persons")
	}
}
