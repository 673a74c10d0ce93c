// Package extract finds the checkable claims of normalized articles —
// quantities, times and direct quotes with their speakers — and the people,
// organisations and places they name, clustered across articles.
//
// In: []article.Doc from normalize (Text, Sentences, Paragraphs; a Doc with
// only Text is split here). Out: a Result with the claims of every Doc,
// sorted by position, and the entities, sorted by ID. Invariant: every
// Span of a claim, quote part, attribution and entity mention indexes the
// Text of the Doc it names, and output never depends on Options.Workers.
//
// # Quotes
//
// A quote is direct speech in curly (“…”), straight ("…") or angle («…»)
// quotation marks. It may run across paragraphs (a paragraph that leaves a
// quotation open continues it when the next one opens with a quotation
// mark), nest single quotes (“… ‘…’ …”), or be broken by its attribution
// (“A,” she said. “B.” is one Quote with two Parts). The speaker comes
// from the attribution after the quote (“…,” X said / said X / X told
// reporters / according to X) or before it in the same sentence (X said,
// “…” / X: “…”), with the speech verbs of data/speech_verbs.txt. Pronouns
// resolve to the nearest person before the quote whose gender, when a
// title or honorific tells it, fits; titles ("the spokesperson") resolve to
// the nearest person seen with that title, or the nearest description ("a
// State Department spokesperson"), which then is the speaker. Quotes of at
// most three words with no attribution are scare quotes, not claims.
//
// # Entities
//
// Names are runs of capitalized words, split into affiliation, title and
// name ("US | Secretary of State | Antony Blinken"; titles in
// data/title_words.txt); organisations are told by cue words and known
// names (data/entity_orgs.txt) or acronyms, places by a gazetteer of
// countries, capitals, regions and demonyms (data/entity_places.txt). All
// data files are embedded, documented at their top, and meant to be edited.
//
// Run clusters mentions across all its Docs (taken as one story): the
// same place or organisation; full names spelled alike (Jaro-Winkler of
// the names or of their consonant skeletons, so Sergei/Sergey and
// Volodymyr/Vladimir match) and used alike (same document, title, speech
// role or co-mentioned entities); a surname alone with the full name in
// the same document, or the one person of that surname; a garbled surname
// (machine translation) spelled like a known surname and used in the same
// role and company. Spelling alone never merges: John Sullivan is not Jake
// Sullivan, and places match only by name, so Prussia is not Russia.
// Entity IDs are "e:" and the slug of the canonical name, the most
// frequent full spelling.
//
// Clustering is near-linear in the run and does not depend on the order of
// its Docs (mentions are numbered in Doc ID order). Full names are
// compared only within blocks of the same given initial and first three
// surname consonants; each cluster's context (documents, titles, speech,
// co-mentioned entities) is a small sorted set computed once and merged
// as clusters join; a one-word name is attached by context only among at
// most 16 people of that name, and compared for garbling with at most 16
// surnames, those that may be spelled most alike.
//
// # Alias file
//
// Options.Aliases, read by ReadAliases from YAML, corrects the clustering:
//
//	merge:            # force: these names are one entity; first is canonical
//	  - [Antony Blinken, Tony Blinken]
//	separate:         # forbid: never merge these
//	  - [John Sullivan, Jake Sullivan]
//
// Names match case-insensitively, with spaces folded. A name may be in one
// merge group only, and names of one merge group may not be separated.
// testdata/aliases.yaml is a commented example.
package extract
