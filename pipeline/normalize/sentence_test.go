package normalize_test

import (
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/pipeline/normalize"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"one", "Russia replied.", []string{"Russia replied."}},
		{"two", "Russia replied. NATO waits.", []string{"Russia replied.", "NATO waits."}},
		{"no final period", "Russia replied. NATO waits", []string{"Russia replied.", "NATO waits"}},
		{"question and exclamation", "Will it work? Nobody knows! Talks go on.",
			[]string{"Will it work?", "Nobody knows!", "Talks go on."}},
		{"paragraphs", "First one.\n\nSecond one", []string{"First one.", "Second one"}},
		{"paragraph without period", "Tense UN meeting\n\nThe council met.", []string{"Tense UN meeting", "The council met."}},

		// Abbreviations.
		{"U.S. before a name", "The U.S. delivered its response. Moscow replied.",
			[]string{"The U.S. delivered its response.", "Moscow replied."}},
		{"U.N. before capital", "They met at a U.N. Security Council meeting on Monday.",
			[]string{"They met at a U.N. Security Council meeting on Monday."}},
		{"U.S. Ambassador", "with U.S. Ambassador Linda Smith saying so.", []string{"with U.S. Ambassador Linda Smith saying so."}},
		{"U.S. ends sentence", "Sanctions came from the U.S. The Kremlin said no.",
			[]string{"Sanctions came from the U.S.", "The Kremlin said no."}},
		{"U.K. possessive", "The U.K.’s response came later. It was firm.",
			[]string{"The U.K.’s response came later.", "It was firm."}},
		{"U.S.'s", "Russia answered the U.S.’s proposal.", []string{"Russia answered the U.S.’s proposal."}},
		{"titles", "Dr. Khan met Gen. Milley and Sen. Warren. Mr. and Mrs. Lee came too.",
			[]string{"Dr. Khan met Gen. Milley and Sen. Warren.", "Mr. and Mrs. Lee came too."}},
		{"Rep. Gov. St.", "Rep. Cole and Gov. Polis visited St. Louis on Monday.",
			[]string{"Rep. Cole and Gov. Polis visited St. Louis on Monday."}},
		{"months before numbers", "It happened on Feb. 3 and Jan. 28. Then it stopped.",
			[]string{"It happened on Feb. 3 and Jan. 28.", "Then it stopped."}},
		{"No.", "He is the No. 2 official. No. 10 agreed.", []string{"He is the No. 2 official.", "No. 10 agreed."}},
		{"Inc. inside", "Acme Inc. Chief Executive Jo Bo said so.", []string{"Acme Inc. Chief Executive Jo Bo said so."}},
		{"Inc. at the end", "He works for Acme Inc. The firm declined to comment.",
			[]string{"He works for Acme Inc.", "The firm declined to comment."}},
		{"Corp. etc.", "Shares of Big Corp. fell, as did oil, gas, etc. But bonds rose.",
			[]string{"Shares of Big Corp. fell, as did oil, gas, etc.", "But bonds rose."}},
		{"a.m. and p.m.", "The call began at 9 a.m. Eastern time and ended at 5 p.m. It went well.",
			[]string{"The call began at 9 a.m. Eastern time and ended at 5 p.m.", "It went well."}},
		{"a.m. then starter", "It began at 9 a.m. The talks lasted hours.",
			[]string{"It began at 9 a.m.", "The talks lasted hours."}},

		// Initials.
		{"middle initial", "John F. Kennedy spoke. Crowds cheered.", []string{"John F. Kennedy spoke.", "Crowds cheered."}},
		{"several initials", "J.R.R. Tolkien wrote it. It sold well.", []string{"J.R.R. Tolkien wrote it.", "It sold well."}},
		{"initials with space", "George R. R. Martin agreed.", []string{"George R. R. Martin agreed."}},

		// Numbers.
		{"decimals", "About 1.5 million people fled. Pi is 3.14 or so.",
			[]string{"About 1.5 million people fled.", "Pi is 3.14 or so."}},
		{"version", "Version 2.0.1 shipped. Users cheered.", []string{"Version 2.0.1 shipped.", "Users cheered."}},
		{"number at the end", "The vote was 84 to 14. It passed.", []string{"The vote was 84 to 14.", "It passed."}},
		{"list item", "1. Ratify the treaty", []string{"1. Ratify the treaty"}},

		// Quotes.
		{"closing quote", "“Stop.” Then he left.", []string{"“Stop.”", "Then he left."}},
		{"said inside quote", "“We are ready,” he said. “Are you?”", []string{"“We are ready,” he said.", "“Are you?”"}},
		{"question in quote then lowercase", "“Is it over?” she asked.", []string{"“Is it over?” she asked."}},
		{"period in quote then lowercase", "a move called a “step.” climbing higher.", []string{"a move called a “step.” climbing higher."}},
		{"straight quotes", `"We will see." He smiled.`, []string{`"We will see."`, "He smiled."}},
		{"quote ends after period", "“Until we agree on key positions”. Then silence.",
			[]string{"“Until we agree on key positions”.", "Then silence."}},
		{"single quotes", "He called it ‘a farce.’ Others agreed.", []string{"He called it ‘a farce.’", "Others agreed."}},
		{"sentence opening with quote", "He left. “Why?” they asked.", []string{"He left.", "“Why?” they asked."}},

		// Ellipses.
		{"ellipsis mid-sentence", "It was smaller than before... but it could grow.",
			[]string{"It was smaller than before... but it could grow."}},
		{"unicode ellipsis mid-sentence", "Troops near the border … by early February.",
			[]string{"Troops near the border … by early February."}},
		{"ellipsis ends sentence", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"ellipsis without space", "an act of aggression…Russian action", []string{"an act of aggression…Russian action"}},

		// Parentheses and lists.
		{"parenthesis", "He left. (He came back later.) Then he slept.",
			[]string{"He left.", "(He came back later.)", "Then he slept."}},
		{"dateline", "KYIV, March 4 (Reuters) - Shipments resumed.", []string{"KYIV, March 4 (Reuters) - Shipments resumed."}},
		{"bullets", "Key points:\n\n• Talks stalled.\n\n• Troops massed.",
			[]string{"Key points:", "• Talks stalled.", "• Troops massed."}},
		{"email and URL", "Write to a.b@example.com. See example.org for more.",
			[]string{"Write to a.b@example.com.", "See example.org for more."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range normalize.Sentences(tc.in) {
				got = append(got, tc.in[r[0]:r[1]])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Sentences(%q) =\n%q\nwant\n%q", tc.in, got, tc.want)
			}
		})
	}
}
