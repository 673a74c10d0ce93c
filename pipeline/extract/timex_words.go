package extract

// tmClass is what a word can do in a time expression. Each word has one
// class; the matchers in timex_match.go combine them.
type tmClass uint8

const (
	tmOther     tmClass = iota
	tmNum               // a run of digits, or a number word: val is its value
	tmMonth             // val 1..12
	tmWeekday           // val is a time.Weekday
	tmRelDay            // today, yesterday, tomorrow: val is the day offset
	tmUnit              // day, week, month…: val is a tmUnitKind
	tmSeason            // val is a tmSeasonKind
	tmFew               // few, several, couple: a vague count
	tmArt               // a, an: one
	tmDir               // last, next, this…: val -1, 0, +1
	tmRecent            // recent
	tmEdge              // early, mid, late…: val is a tmEdgeKind
	tmShift             // ago, earlier, later, before, after, hence: val -1 or +1
	tmPrep              // in, on, since, by…: val is a tmPrepKind
	tmThe               // the
	tmPartOfDay         // morning, afternoon, evening, night
	tmPast              // a past-tense cue: said, was, met, delivered…
	tmFuture            // a future cue: will, scheduled, ahead, due…
	tmAnd               // and
	tmFrom              // from (as in "from now")
	tmNow               // now
	tmOf                // of
	tmWhole             // all, full, whole, another: one whole unit
	tmHalf              // half
	tmOld               // old: "70 years old" is an age, not a time
)

type tmUnitKind uint8

const (
	tmDay tmUnitKind = iota + 1
	tmWeek
	tmMonthU
	tmYear
	tmWeekend
	tmFortnight
	tmHour
	tmMinute
	tmSecond
)

// tmSeasons are TIMEX3's season codes, by tmSeason val.
var tmSeasons = [...]string{"", "SP", "SU", "FA", "WI"}

type tmEdgeKind uint8

const (
	tmStart tmEdgeKind = iota + 1
	tmMid
	tmEnd
)

var tmEdgeMods = [...]string{"", "START", "MID", "END"}

type tmPrepKind uint8

const (
	tmIn tmPrepKind = iota + 1
	tmOn
	tmSince
	tmBy
	tmUntil
	tmFor
	tmWithin
	tmDuring
	tmAt
	tmTo
	tmThrough
	tmBetween
)

// tmWord is the class and value of a word; needsCap marks words that
// only count when capitalized or next to a digit ("may", "march"), and
// weak those that need a date next to them even when capitalized: "Sun"
// is a newspaper and "Jan" and "May" are names until a number or a
// preposition says otherwise.
type tmWord struct {
	cls      tmClass
	val      int8
	needsCap bool
	weak     bool
	event    bool // in tmEvents; the only field set for a word not in tmWords
}

// tmWords maps lower-cased words to their role. Generic English: months,
// weekdays, units, and the small closed set of function words that build
// relative expressions and mark tense.
var tmWords = map[string]tmWord{}

// init fills tmWords. It is long because it is the word list itself.
func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		for _, w := range ws {
			tmWords[w] = tmWord{cls: tmMonth, val: int8(i + 1), needsCap: w == "may" || w == "march" || w == "mar",
				weak: w == "may" || len(w) <= 4 && w != "june" && w != "july"}
		}
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, ws := range days {
		for j, w := range ws {
			tmWords[w] = tmWord{cls: tmWeekday, val: int8(i), needsCap: j > 0, weak: j > 0}
		}
	}
	tmAdd(tmRelDay, 0, "today", "tonight")
	tmAdd(tmRelDay, -1, "yesterday")
	tmAdd(tmRelDay, 1, "tomorrow")
	tmAdd(tmUnit, int8(tmDay), "day", "days")
	tmAdd(tmUnit, int8(tmWeek), "week", "weeks", "wk", "wks")
	tmAdd(tmUnit, int8(tmMonthU), "month", "months")
	tmAdd(tmUnit, int8(tmYear), "year", "years", "yr", "yrs")
	tmAdd(tmUnit, int8(tmWeekend), "weekend", "weekends")
	tmAdd(tmUnit, int8(tmFortnight), "fortnight", "fortnights")
	tmAdd(tmUnit, int8(tmHour), "hour", "hours", "hr", "hrs", "h")
	tmAdd(tmUnit, int8(tmMinute), "minute", "minutes", "min", "mins")
	tmAdd(tmUnit, int8(tmSecond), "second", "seconds", "sec", "secs")
	tmAdd(tmSeason, 1, "spring")
	tmAdd(tmSeason, 2, "summer")
	tmAdd(tmSeason, 3, "fall", "autumn")
	tmAdd(tmSeason, 4, "winter")
	tmAdd(tmFew, 3, "few", "several", "some")
	tmAdd(tmFew, 2, "couple")
	tmAdd(tmArt, 1, "a", "an")
	tmAdd(tmDir, -1, "last", "past", "previous", "prior")
	tmAdd(tmDir, 0, "this", "current")
	tmAdd(tmDir, 1, "next", "coming", "upcoming", "following")
	tmAdd(tmRecent, 0, "recent")
	tmAdd(tmEdge, int8(tmStart), "early", "beginning", "start")
	tmAdd(tmEdge, int8(tmMid), "mid", "middle")
	tmAdd(tmEdge, int8(tmEnd), "late", "end")
	tmAdd(tmShift, -1, "ago", "earlier", "before")
	tmAdd(tmShift, 1, "later", "after", "hence")
	tmAdd(tmThe, 0, "the")
	tmAdd(tmAnd, 0, "and")
	tmAdd(tmFrom, 0, "from")
	tmAdd(tmNow, 0, "now")
	tmAdd(tmOf, 0, "of")
	tmAdd(tmWhole, 0, "all", "full", "whole", "another")
	tmAdd(tmHalf, 0, "half")
	tmAdd(tmOld, 0, "old", "aged")
	tmAdd(tmPartOfDay, 0, "morning", "afternoon", "evening", "night", "overnight")
	preps := []string{"in", "on", "since", "by", "until", "for", "within", "during", "at", "to", "through"}
	for i, w := range preps {
		tmWords[w] = tmWord{cls: tmPrep, val: int8(i + 1)}
	}
	tmWords["till"] = tmWord{cls: tmPrep, val: int8(tmUntil)}
	tmWords["between"] = tmWord{cls: tmPrep, val: int8(tmBetween)}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		tmWords[w] = tmWord{cls: tmNum, val: int8(i)}
	}
	tmAdd(tmNum, 30, "thirty")
	tmAdd(tmNum, 40, "forty")
	tmAdd(tmNum, 50, "fifty")
	tmAdd(tmNum, 60, "sixty")
	tmAdd(tmNum, 90, "ninety")
	tmAdd(tmNum, 100, "hundred")
	tmAdd(tmFuture, 0, "will", "ll", "shall", "scheduled", "schedule", "due", "expected", "expects",
		"slated", "planned", "plans", "planning", "plan", "ahead", "set", "poised",
		"intends", "aims", "going", "would")
	tmAdd(tmPast, 0, "said", "told", "met", "spoke", "was", "were", "had", "did", "went", "came",
		"took", "gave", "made", "left", "held", "sent", "got", "saw", "knew", "thought", "began",
		"wrote", "became", "brought", "kept", "stood", "won", "lost", "led", "paid", "heard", "felt",
		"found", "meant", "struck", "fled", "flew", "fought", "sought", "caught", "threw", "broke",
		"chose", "drove", "rose", "fell", "spent", "built", "sold", "bought", "drew", "shot", "withdrew",
		"has", "have", "been", "ran", "hit", "cut", "put", "read", "let", "quit", "split",
		"written", "given", "taken", "seen", "known", "shown", "spoken", "chosen", "driven", "broken",
		"begun", "done", "gone", "drawn", "grown", "thrown", "stolen", "fallen", "risen", "beaten")
	tmBuildTable()
}

func tmAdd(c tmClass, v int8, words ...string) {
	for _, w := range words {
		tmWords[w] = tmWord{cls: c, val: v}
	}
}
