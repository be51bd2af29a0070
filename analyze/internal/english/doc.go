// Package english holds what lastmile knows of English grammar, over
// lower-cased words: word classes (auxiliaries, subjects, question words,
// fillers...) and the question grammar (where a question can start, what a
// question word's phrase is, whether an auxiliary and its subject are
// inverted). The reader's fallback chunker and the questions analyzer share
// it; it knows no transcript.
package english
