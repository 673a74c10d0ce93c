package reconcile

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/article"
)

func TestQuoteWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"We'll leave it up to Russia,", "we will leave it up to russia"},
		{"“It can’t be,” he said", "it can not be he said"},
		{"the U.N. Charter's open-door policy", "the un charter's open door policy"},
		{"It's 5,000 troops.", "it is 5,000 troops"},
		{"", ""},
	} {
		if got := strings.Join(quoteWords(tc.in), " "); got != tc.want {
			t.Errorf("quoteWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatchTokens(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64 // Dice
	}{
		{"along its border with Ukraine", "around the borders of Ukraine", 1},
		{"along the Belarusian-Ukrainian border", "near the border of Ukraine", 0.8},
		{"to Belarus", "along its border with Ukraine", 0},
		{"the", "of", 0},
		{"Ukraine's border", "the border of Ukraine", 1},
	} {
		a, b := matchTokens(nil, tc.a), matchTokens(nil, tc.b)
		if got := matchDice(a, b); got != tc.want {
			t.Errorf("matchDice(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestVdQuoteAgrees(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"We remain fully committed to dialogue.", "we remain fully committed to Dialogue", true},
		{"fully committed to dialogue", "We remain fully committed to dialogue to address these issues", true},
		{"committed to dialogue fully", "We remain fully committed to dialogue", false},
		{"It would be counterproductive", "It would be unproductive", false},
	} {
		if got := vdQuoteAgrees(quoteWords(tc.a), quoteWords(tc.b)); got != tc.want {
			t.Errorf("vdQuoteAgrees(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestFactMostCommon(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"", " "}, ""},
		{[]string{"phone", "phone call"}, "phone call"},
		{[]string{"phone call", "phone"}, "phone call"},
		{[]string{"b", "a", "b", "a"}, "a"},
		{[]string{"meeting", "phone call", "meeting"}, "meeting"},
	} {
		if got := factMostCommon(tc.in); got != tc.want {
			t.Errorf("factMostCommon(%q) = %q, want %q", tc.in, got, tc.want)
		}
		rev := slices.Clone(tc.in)
		slices.Reverse(rev)
		if got := factMostCommon(rev); got != tc.want {
			t.Errorf("factMostCommon(%q) = %q, want %q", rev, got, tc.want)
		}
	}
}

func TestMatchHash(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		max  int
		same bool
	}{
		{"Border", "border", 0, true},
		{"borders", "border", 6, true},
		{"borders", "border", 0, false},
		{"Ukrainian", "UKRAINE", 6, true},
		{"Ünion", "ünion", 0, true},
		{"abc", "abd", 0, false},
		{"abc", "abc", 6, true},
	} {
		if got := matchHash(tc.a, tc.max) == matchHash(tc.b, tc.max); got != tc.same {
			t.Errorf("matchHash(%q, %d) == matchHash(%q, %d) is %v, want %v", tc.a, tc.max, tc.b, tc.max, got, tc.same)
		}
	}
}

// TestMatchCandidates checks that a large block's inverted index finds
// exactly the pairs that share a feature when no feature is common and,
// when the block is of one article, have the same value.
func TestMatchCandidates(t *testing.T) {
	for _, oneDoc := range []bool{false, true} {
		t.Run(fmt.Sprint("oneDoc=", oneDoc), func(t *testing.T) { testMatchCandidates(t, oneDoc) })
	}
}

func testMatchCandidates(t *testing.T, oneDoc bool) {
	r := rand.New(rand.NewPCG(3, 4))
	var cs []*factClaim
	for i := range 3 * matchSmallBlock {
		cl := &article.Claim{Span: article.Span{Doc: "d" + strconv.Itoa(i)},
			Quantity: &article.Quantity{Value: float64(i % 3), Unit: "troop"}}
		if oneDoc {
			cl.Span.Doc = "d"
		}
		c := &factClaim{Claim: cl, pos: i}
		for range 4 {
			c.context = append(c.context, uint64(r.IntN(4000)))
		}
		slices.Sort(c.context)
		c.context = slices.Compact(c.context)
		cs = append(cs, c)
	}
	type pair struct{ a, b int }
	var got, want []pair
	matchCandidates(cs, func(a, b *factClaim) { got = append(got, pair{a.pos, b.pos}) })
	for i, a := range cs {
		for _, b := range cs[i+1:] {
			if matchCommon(a.context, b.context) > 0 && (!oneDoc || a.pos%3 == b.pos%3) {
				want = append(want, pair{a.pos, b.pos})
			}
		}
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("matchCandidates found %d pairs, want the %d that share a word:\ngot  %v\nwant %v", len(got), len(want), got, want)
	}
}

// TestMatchCandidatesOneArticleDominates checks that a block in which one
// article holds nearly every claim, all of one value and sharing few
// features, is not paired quadratically: each claim meets at most
// matchOneDocMax later claims of its own article per feature, and every
// claim of the other article it shares a feature with.
func TestMatchCandidatesOneArticleDominates(t *testing.T) {
	const n, features = 20000, 20
	var cs []*factClaim
	for i := range n + features {
		doc := "big"
		if i >= n {
			doc = "small"
		}
		cl := &article.Claim{Span: article.Span{Doc: doc, Start: i}, Quantity: &article.Quantity{Value: 5000, Unit: "troop"}}
		cs = append(cs, &factClaim{Claim: cl, pos: i, context: []uint64{uint64(i % features)}})
	}
	var same, cross int
	matchCandidates(cs, func(a, b *factClaim) {
		if a.Span.Doc == b.Span.Doc {
			same++
		} else {
			cross++
		}
	})
	if bound := n * matchOneDocMax; same > bound {
		t.Errorf("%d pairs within the big article, want at most %d (matchOneDocMax a claim)", same, bound)
	}
	if want := n; cross != want { // each big claim meets the small claim of its feature
		t.Errorf("%d pairs across the articles, want %d", cross, want)
	}
}
