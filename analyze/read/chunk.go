package read

import (
	"strings"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The fallback chunker: where unpunctuated speech (ASR output without a
// punctuation model) and run-on sentences are cut into sentences, from the
// words alone. The English grammar it asks is in internal/english.

const (
	// chunkWords is the length at which a fallback chunk is cut at the next
	// soft boundary; maxChunkWords the length at which it is cut anyway.
	chunkWords    = 25
	maxChunkWords = 35
	// minChunkWords is the fewest words a fallback chunk has before the
	// chunker will cut at a discourse marker or question opener.
	minChunkWords = 3
)

// chunk is the fallback for text without sentence punctuation (most ASR
// output without a punctuation model) and for run-on sentences. It cuts
//
//   - before a discourse marker that opens a clause ("so we...", "okay
//     what..."), and before a conjunction that opens a question ("and do
//     you...");
//   - before a question opener ("do you...", "what's your...", "how many
//     people do you...") that cannot belong to the clause before it: not
//     after a subject ("I do, you know"), an auxiliary, "to", or (for a
//     question word) a verb that takes an embedded question ("I know what
//     you mean"); an opener that may be part of the clause before ("...is
//     that the...", "...was it") only after a filler or a response;
//   - after a response ("oh really", "got it", "great") that a question
//     follows, and after a tag ("..., right") before a new clause;
//   - once a chunk has chunkWords words, at the next of those places or at
//     the next conjunction, discourse marker or filler, and at the latest
//     after maxChunkWords words.
//
// A chunk has at least minChunkWords words before it is cut at a marker or
// a weak question opener; a strong opener ("how old is he", "can you")
// needs none, unless all before it is "and um" or the like, which goes
// with the question. Chunks are marked Unpunctuated, except a last chunk
// that ends in punctuation.
func chunk(dst []transcript.Sentence, text string, words []string, spans []wordSpan, start, stop int) []transcript.Sentence {
	if len(words) == 0 {
		s := strings.TrimSpace(text[start:stop])
		if s == "" {
			return dst
		}
		off := start + strings.Index(text[start:stop], s)
		return append(dst, transcript.Sentence{Text: s, Offset: off, Unpunctuated: !english.EndsTerminal(s)})
	}
	from := 0
	emit := func(to int) {
		a := spans[from].start
		if from == 0 {
			a = start + leadingSpace(text[start:stop])
		}
		b := spans[to-1].end
		if to == len(words) {
			b = stop - trailingSpace(text[start:stop])
		}
		s := text[a:b]
		dst = append(dst, transcript.Sentence{Text: s, Offset: a, Words: words[from:to:to], Unpunctuated: !english.EndsTerminal(s)})
		from = to
	}
	for i := 1; i < len(words); i++ {
		n := i - from
		switch {
		case n >= minChunkWords && opensChunk(words, i):
			emit(i)
		case n < minChunkWords && strongOpener(words, i) && !leadsOnly(words[from:i]):
			emit(i)
		case n < minChunkWords && responseOnly(words[from:i]) && followsResponse(words, i):
			emit(i)
		case n >= minChunkWords && afterTag(words, i):
			emit(i)
		case n >= chunkWords && (softBoundary(words, i) || n >= maxChunkWords):
			emit(i)
		}
	}
	emit(len(words))
	return dst
}

// quoteLeads may stand between a verb of saying and the question it
// quotes: "she said now do you...", "he goes well are you...".
var quoteLeads = english.SetOf("now", "well", "oh", "uh", "um", "okay", "hey", "look", "listen")

func leadingSpace(s string) int  { return len(s) - len(strings.TrimLeft(s, " \t\n")) }
func trailingSpace(s string) int { return len(s) - len(strings.TrimRight(s, " \t\n")) }

// opensChunk reports whether words[i] starts a new clause in unpunctuated
// speech.
func opensChunk(words []string, i int) bool {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	prev := words[i-1]
	if english.DiscourseMarkers.Has(w) && (english.ClauseStarts.Has(next) || english.Auxiliaries.Has(next) || english.WhWords.Has(next) || english.WhContractions.Has(next)) {
		// "so we...", "okay what...": but not "so that", "so it's" after
		// "is" ("the reason is so it..."), nor after a question word.
		return !english.WhWords.Has(prev) && !(w == "so" && (next == "that" || english.Auxiliaries.Has(prev) || prev == "not" || prev == "and"))
	}
	if english.Conjunctions.Has(w) {
		// "and do you...", "but what is...", "and then how's...": cut
		// before the conjunction.
		k := i + 1
		for k < len(words)-1 && (english.FillerWords.Has(words[k]) || words[k] == "then") {
			k++
		}
		if k+1 < len(words) && !english.WhWords.Has(prev) && !english.Auxiliaries.Has(prev) {
			if _, ok := english.QuestionOpensAt(words, k); ok {
				return true
			}
		}
		return false
	}
	return questionCut(words, i)
}

// questionCut reports whether a question opener at words[i] can start a
// new chunk after words[i-1] (see chunk).
func questionCut(words []string, i int) bool {
	w, prev := words[i], words[i-1]
	strong, ok := english.QuestionOpensAt(words, i)
	if !ok || english.WhWords.Has(prev) || english.WhContractions.Has(prev) || english.Conjunctions.Has(prev) {
		return false
	}
	if !strong {
		return english.BoundaryWords.Has(prev)
	}
	if english.SubjectWords.Has(prev) && english.Auxiliaries.Has(w) && english.Agrees(w, prev) || english.Auxiliaries.Has(prev) && !english.BeAux.Has(prev) || prev == "to" || prev == "not" || prev == "of" {
		return false // "I do, you know", "can you do you know", "don't have any", "want to have"; not "need it | have you"
	}
	if w == "which" && !english.Inverts(words, i) {
		return false // "...which again can be found": a relative clause
	}
	if english.RelativeWords.Has(w) && !english.BoundaryWords.Has(prev) && !english.FillerWords.Has(prev) && !english.ResponseWords.Has(prev) && !english.DiscourseMarkers.Has(prev) && !english.PersonalPronouns.Has(prev) {
		return false // "a crazy man who's our biggest threat", "people who did the yard": a relative clause
	}
	if english.InversionTriggers.Has(prev) {
		return false // "not only are they", "nor do we live near a lake": inverted statements
	}
	if k := i - 1; english.SayVerbs.Has(prev) || k > 0 && quoteLeads.Has(prev) && english.SayVerbs.Has(words[k-1]) {
		return false // "he goes do you want to dance", "she said now do you...": reported speech
	}
	if i >= 2 && (english.WhWords.Has(w) || english.WhContractions.Has(w)) && (english.ObjectPronouns.Has(prev) || prev == "you") && english.ObjectTakers.Has(words[i-2]) && !(english.AskVerbs.Has(words[i-2]) && english.Inverts(words, i)) {
		return false // "telling me what camping is", "show you how it works": an embedded question
	}
	if (english.WhWords.Has(w) || english.WhContractions.Has(w)) && !english.ComplementTakers.Has(prev) && english.FillerWords.Has(prev) {
		// Past fillers to the word before: "could go to uh | what is it"
		// is embedded like "to what".
		k := i - 1
		for k > 0 && english.FillerWords.Has(words[k]) {
			k--
		}
		if !english.FillerWords.Has(words[k]) && english.ComplementTakers.Has(words[k]) && !english.BoundaryWords.Has(words[k]) {
			return false
		}
	}
	if (english.WhWords.Has(w) || english.WhContractions.Has(w)) && english.ComplementTakers.Has(prev) {
		// "I know what you mean"; but "he asked, what are the..." is
		// quoted: a question word, an auxiliary and a subject after a verb
		// of asking.
		return english.AskVerbs.Has(prev) && english.Inverts(words, i)
	}
	return true
}

// strongOpener reports whether a strong question opener starts at
// words[i] and may be cut before (see questionCut): it needs no
// minChunkWords before it ("that's neat | how old is he").
func strongOpener(words []string, i int) bool {
	strong, ok := english.QuestionOpensAt(words, i)
	return ok && strong && questionCut(words, i)
}

// responseOnly reports whether words are only a response ("yeah", "oh
// really", "okay great", "got it"), which a new clause may follow at once.
func responseOnly(words []string) bool {
	has := false
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case k+1 < len(words) && english.ResponsePairs.Has(w+" "+words[k+1]):
			has = true
			k++
		case english.ResponseWords.Has(w):
			has = true
		case w == "oh" || w == "ah" || w == "well" || w == "um" || w == "uh":
		default:
			return false
		}
	}
	return has
}

// followsResponse reports whether a question starts at words[i] after a
// response, maybe after a conjunction or a marker ("oh really | do you have
// kids", "got it | so what are you using", "great | tell me about...").
func followsResponse(words []string, i int) bool {
	if words[i-1] == "right" && english.AdverbAfterRight.Has(words[i]) {
		return false // "right now", "right there"
	}
	for i < len(words)-1 && (english.DiscourseMarkers.Has(words[i]) || english.Conjunctions.Has(words[i]) || english.FillerWords.Has(words[i])) {
		i++
	}
	if _, ok := english.QuestionOpensAt(words, i); ok {
		return true
	}
	w, next := words[i], ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	return (w == "tell" || w == "walk" || w == "talk" || w == "help") && (next == "me" || next == "us")
}

// leadsOnly reports whether words are only conjunctions, discourse markers
// and fillers ("and um", "so"), which go with what follows them.
func leadsOnly(words []string) bool {
	for _, w := range words {
		if !english.DiscourseMarkers.Has(w) && !english.Conjunctions.Has(w) && !english.FillerWords.Has(w) {
			return false
		}
	}
	return true
}

// afterTag reports whether a clause starts at words[i] after a tag that
// ended the previous one ("you made the playoffs right | we lost").
func afterTag(words []string, i int) bool {
	if !english.ClauseStarts.Has(words[i]) || words[i] == "um" || words[i] == "uh" {
		return false
	}
	prev := words[i-1]
	if prev == "right" || prev == "correct" {
		return i >= 2 && !english.AdverbAfterRight.Has(words[i]) && words[i-2] != "all"
	}
	return i >= 2 && english.NegativeAux.Has(words[i-2]) && english.TagPronouns.Has(prev)
}

// softBoundary reports a place to cut a long chunk: before a conjunction,
// a discourse marker, a filler, or a question.
func softBoundary(words []string, i int) bool {
	w := words[i]
	if english.Conjunctions.Has(w) || english.DiscourseMarkers.Has(w) || english.FillerWords.Has(w) || w == "because" || w == "cause" || w == "then" {
		return true
	}
	return questionCut(words, i)
}
