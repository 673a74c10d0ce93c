package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// numDescribe writes a Number as "text ~[lo,hi) q=qualifier % USD": "~"
// for approximate, brackets for inclusive bounds.
func numDescribe(n Number) string {
	iv := n.Interval
	var b strings.Builder
	b.WriteString(n.Text + " ")
	if iv.Approximate {
		b.WriteString("~")
	}
	b.WriteString(map[bool]string{true: "[", false: "("}[iv.LowInclusive])
	b.WriteString(numG(iv.Low) + "," + numG(iv.High))
	b.WriteString(map[bool]string{true: "]", false: ")"}[iv.HighInclusive])
	if iv.Qualifier != "" {
		b.WriteString(" q=" + iv.Qualifier)
	}
	if n.Percent {
		b.WriteString(" %")
	}
	if n.Currency != "" {
		b.WriteString(" " + n.Currency)
	}
	return b.String()
}

func numG(v float64) string {
	if math.IsInf(v, 1) {
		return "+Inf"
	}
	if math.IsInf(v, -1) {
		return "-Inf"
	}
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

func numCheck(t *testing.T, in string, want []string) {
	t.Helper()
	var got []string
	for _, n := range Numbers(in) {
		got = append(got, numDescribe(n))
	}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("Numbers(%q)\n got  %q\n want %q", in, got, want)
	}
}

// TestNumbersQualifiers has one case for each qualifier and its reading.
func TestNumbersQualifiers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"more than 100,000", "more than 100,000 (100000,+Inf) q=more than"},
		{"over 500", "over 500 (500,+Inf) q=over"},
		{"above 20", "above 20 (20,+Inf) q=above"},
		{"at least 30", "at least 30 [30,+Inf) q=at least"},
		{"no fewer than 40", "no fewer than 40 [40,+Inf) q=no fewer than"},
		{"as many as 150,000", "as many as 150,000 ~(0,150000] q=as many as"},
		{"up to 700", "up to 700 ~(0,700] q=up to"},
		{"nearly 5,000", "nearly 5,000 ~[4500,5000) q=nearly"},
		{"almost 200", "almost 200 ~[180,200) q=almost"},
		{"about 5,000", "about 5,000 ~[4500,5500] q=about"},
		{"around 300", "around 300 ~[270,330] q=around"},
		{"roughly 1,000", "roughly 1,000 ~[900,1100] q=roughly"},
		{"approximately 60", "approximately 60 ~[54,66] q=approximately"},
		{"some 5,000", "some 5,000 ~[4500,5500] q=some"},
		{"an estimated 2,000", "an estimated 2,000 ~[1800,2200] q=an estimated"},
		{"fewer than 1,000", "fewer than 1,000 [0,1000) q=fewer than"},
		{"less than 10", "less than 10 [0,10) q=less than"},
		{"under 18", "under 18 [0,18) q=under"},
		{"below -5", "below -5 (-Inf,-5) q=below"},
		{"at most 3", "at most 3 [0,3] q=at most"},
		{"no more than 12", "no more than 12 [0,12] q=no more than"},
		{"just over 1,000", "just over 1,000 ~(1000,1100] q=just over"},
		{"exactly 42", "exactly 42 [42,42] q=exactly"},
		{"5,000 or more", "5,000 or more [5000,+Inf) q=or more"},
		{"50 or fewer", "50 or fewer [0,50] q=or fewer"},
		{"100 or so", "100 or so ~[90,110] q=or so"},
		{"between 20 and 30", "between 20 and 30 [20,30] q=between"},
		{"from 200 to 300", "from 200 to 300 [200,300] q=from"},
		{"5 to 10", "5 to 10 [5,10] q=to"},
		{"5,000-10,000", "5,000-10,000 [5000,10000] q=-"},
		{"5,000–10,000", "5,000–10,000 [5000,10000] q=–"},
		{"two or three", "two or three [2,3] q=or"},
		{"1.5 to 2 million", "1.5 to 2 million [1500000,2000000] q=to"},
		{"between 5 and 10 million", "between 5 and 10 million [5000000,10000000] q=between"},
		{"about 5,000 to 10,000", "about 5,000 to 10,000 ~[5000,10000] q=about"},
		{"more than 10 and less than 40", "more than 10 and less than 40 (10,40) q=more than and less than"},
		{"more than 5000 or equal to", "more than 5000 or equal to [5000,+Inf) q=more than or equal"},
		{"10-15%", "10-15% [10,15] q=- %"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { numCheck(t, tc.in, []string{tc.want}) })
	}
}

// TestNumbersNumerals covers numerals in digits and words, and the vague
// ones.
func TestNumbersNumerals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"150,000", "150,000 [150000,150000]"},
		{"1.5 million", "1.5 million [1500000,1500000]"},
		{"5,000", "5,000 [5000,5000]"},
		{"five", "five [5,5]"},
		{"twenty-one", "twenty-one [21,21]"},
		{"three hundred and twelve", "three hundred and twelve [312,312]"},
		{"two thousand and two hundred", "two thousand and two hundred [2200,2200]"},
		{"a dozen", "a dozen [12,12]"},
		{"half a dozen", "half a dozen [6,6]"},
		{"dozens", "dozens ~[24,120)"},
		{"hundreds", "hundreds ~[200,1000)"},
		{"thousands", "thousands ~[2000,10000)"},
		{"tens of thousands", "tens of thousands ~[20000,100000)"},
		{"hundreds of thousands", "hundreds of thousands ~[200000,1000000)"},
		{"tens of millions", "tens of millions ~[20000000,100000000)"},
		{"a few hundred", "a few hundred ~[200,500]"},
		{"several thousand", "several thousand ~[3000,9000]"},
		{"a couple of dozen", "a couple of dozen ~[24,36]"},
		{"half a million", "half a million [500000,500000]"},
		{"two thirds", "two thirds [0.6667,0.6667]"},
		{"one and a half", "one and a half [1.5,1.5]"},
		{"five and a half million", "five and a half million [5500000,5500000]"},
		{"1.2bn", "1.2bn [1200000000,1200000000]"},
		{"10k", "10k [10000,10000]"},
		{"4.8", "4.8 [4.8,4.8]"},
		{"-12", "-12 [-12,-12]"},
		{"minus five", "minus five [-5,-5]"},
		{"1 234 567", "1 234 567 [1234567,1234567]"},
		{"12,34,567", "12,34,567 [1234567,1234567]"},
		{"12%", "12% [12,12] %"},
		{"12 percent", "12 percent [12,12] %"},
		{"12 per cent", "12 per cent [12,12] %"},
		{"3 percentage points", "3 percentage points [3,3] %"},
		{"$75 million", "$75 million [75000000,75000000] USD"},
		{"$75m", "$75m [75000000,75000000] USD"},
		{"€3bn", "€3bn [3000000000,3000000000] EUR"},
		{"£1.2 billion", "£1.2 billion [1200000000,1200000000] GBP"},
		{"20 million dollars", "20 million dollars [20000000,20000000] USD"},
		{"US$5", "US$5 [5,5] USD"},
		{"500 euros", "500 euros [500,500] EUR"},
		{"USD 200", "USD 200 [200,200] USD"},
		{"2 billion pounds", "2 billion pounds [2000000000,2000000000] GBP"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { numCheck(t, tc.in, []string{tc.want}) })
	}
}

// TestNumbersNone lists text with no number in it, as Numbers sees it.
func TestNumbersNone(t *testing.T) {
	for _, in := range []string{
		"F-16", "COVID-19", "the G7 summit", "the 21st century", "May 4th", "the second-most senior",
		"at 10:30", "call 555-1234", "on 2022-01-27", "+1-222-2222-2222", "see http://x.com/a1/2?id=3",
		"www.example.com/2022", "a 10km road", "180ml", "no one knows", "the one you saw",
		"which one", "the 1990s", "5G networks", "a 3D map", "a third time", "thousand", "the first quarter", "one another",
	} {
		t.Run(in, func(t *testing.T) { numCheck(t, in, nil) })
	}
}

// TestNumbersChange checks that "from X to Y" after a change verb is two
// values, not a range.
func TestNumbersChange(t *testing.T) {
	numCheck(t, "Inflation rose from 5% to 7.5% last year", []string{"5% [5,5] %", "7.5% [7.5,7.5] %"})
	numCheck(t, "Troop numbers grew sharply from 100,000 to 130,000", []string{"100,000 [100000,100000]", "130,000 [130000,130000]"})
	numCheck(t, "estimates range from 100,000 to 130,000", []string{"from 100,000 to 130,000 [100000,130000] q=from"})
}

// TestNumbersSentence checks offsets and several numbers in one text.
func TestNumbersSentence(t *testing.T) {
	in := "Russia has moved nearly 5,000 troops to Belarus — as many as 30,000 by February — and 12% more tanks."
	want := []string{
		"nearly 5,000 ~[4500,5000) q=nearly",
		"as many as 30,000 ~(0,30000] q=as many as",
		"12% [12,12] %",
	}
	numCheck(t, in, want)
	for _, n := range Numbers(in) {
		if in[n.Start:n.End] != n.Text {
			t.Errorf("Numbers(%q): Text %q is not text[%d:%d] = %q", in, n.Text, n.Start, n.End, in[n.Start:n.End])
		}
	}
}

func ExampleNumbers() {
	s := "Officials said more than 100,000 troops, up from about 70,000, faced tens of thousands of reservists."
	for _, n := range Numbers(s) {
		iv := n.Interval
		fmt.Printf("%q: [%g, %g] approximate=%v qualifier=%q\n", n.Text, iv.Low, iv.High, iv.Approximate, iv.Qualifier)
	}
	// Output:
	// "more than 100,000": [100000, +Inf] approximate=false qualifier="more than"
	// "about 70,000": [63000, 77000] approximate=true qualifier="about"
	// "tens of thousands": [20000, 100000] approximate=true qualifier=""
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"more than 100,000 troops", "between 5 and 10 million", "$75m", "1,234.5e3", "- 10  k",
		"one hundred and three and two thirds", "5/17/2018", "+1-222-2222/2222", "½", "1 234 567",
		"tens of thousands of", "a few hundred thousand", "12,34,567.89", "minus negative one",
		"\xff\xfe1,2,3", "http://a/1", "1.111,11", "3 million and a half", "five and a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, n := range Numbers(s) {
			if n.Start < 0 || n.End > len(s) || n.Start >= n.End {
				t.Fatalf("Numbers(%q): bad span [%d,%d)", s, n.Start, n.End)
			}
			if n.Text != s[n.Start:n.End] {
				t.Fatalf("Numbers(%q): Text %q, want %q", s, n.Text, s[n.Start:n.End])
			}
			if n.Start < prev {
				t.Fatalf("Numbers(%q): out of order at %d", s, n.Start)
			}
			prev = n.Start
			if utf8.ValidString(s) && !utf8.ValidString(n.Text) {
				t.Fatalf("Numbers(%q): span %q splits a rune", s, n.Text)
			}
			if n.Interval.Low > n.Interval.High {
				t.Fatalf("Numbers(%q): %q has Low %g > High %g", s, n.Text, n.Interval.Low, n.Interval.High)
			}
		}
		d := qtyDoc(s)
		for _, c := range findQuantities(d) {
			if !c.Sentence.Contains(c.Span) || c.Span.Start >= c.Span.End || c.Text != s[c.Span.Start:c.Span.End] {
				t.Fatalf("findQuantities(%q): claim %q at %v outside its sentence %v", s, c.Text, c.Span, c.Sentence)
			}
		}
	})
}
