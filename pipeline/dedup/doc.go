// Package dedup groups normalized articles into stories and finds who
// copied whom.
//
// In: the []article.Doc of normalize (Text, Sentences, Source, Published).
// Out: a Result with the Stories, which partition the articles, each with
// its independent voices, and the Relations between articles of a story:
// identical (the same words), near_duplicate (one text with light edits),
// derived (a rewrite: most of the shorter article aligns with the other,
// sentence by sentence, in order) and shares_passages (a statement in
// common), each with a similarity, the aligned passages and, when the
// evidence allows, the original and why.
//
// How: each article gets a one-permutation MinHash signature of its word
// 5-shingles and a set of key terms (capitalized names and figures).
// Candidates come from LSH banding on the signatures and from an inverted
// index on each article's rarest key terms, never from all pairs; two
// articles are one story when they are copies, or when they are published
// close in time and share most of their name weight. Within a story,
// sentences are aligned through an inverted index on word stems and scored
// with a stem overlap and strutil's Sørensen–Dice similarity, which
// survives paraphrase and machine-translation noise. Cheap bounds decide
// most pairs (stem counts, a bigram-set estimate, and an exact copy of
// strutil's coefficient on sorted rune bigrams); strutil scores the pairs
// that align, once per pair of texts, so every similarity reported is its.
// Copies repeat text, and work that depends on bytes alone is done once:
// the features of a text, the key of a sentence within a story, the
// character comparison of a pair of sentence texts.
//
// Bounds: a feed written from a few templates, or a war, puts thousands
// of look-alike articles in one story. In a story of more than 32
// articles, each article is aligned only with its 8 best candidates (the
// articles of the sentences its sentences propose, at most 64 a sentence,
// scored by shared stems) and with the next article of the same text: a
// story of n articles aligns at most 9n pairs of articles, and its work
// grows linearly with n. In a smaller story every pair is aligned, a
// sentence being compared with at most 256 others (the first its probes
// propose, in article order). An article keeps at most 4 relations, the
// strongest, beyond the copy relations that keep its voice connected; so
// a story of n articles has at most n-1 + 2n relations, and its voices
// are those of all the pairs aligned. A story of at most 5 articles keeps
// every relation.
//
// Invariants: every article is in exactly one story and one voice; a
// Relation has A < B and both in one story; every Passage span indexes the
// Text of the article it names; the output is sorted and does not depend
// on Options.Workers or the order of the input.
package dedup
