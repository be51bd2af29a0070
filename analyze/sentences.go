package analyze

import (
	"slices"
	"strings"
	"sync"

	prose "github.com/jdkato/prose/v3/segment"
)

// This is the only file that knows about prose.
//
// prose/v3's segmenter is used rather than v2's: v2 rebuilds its 3.4 MB
// Punkt model for every document (about 16 ms each), v3 loads it once per
// process, is safe for concurrent use, gives the same sentences and reports
// their byte offsets.

var segmenter = sync.OnceValue(func() *prose.Segmenter {
	s, err := prose.New()
	if err != nil {
		// The model is compiled into the binary: failing to load it is a
		// broken build, not bad input.
		panic("lastmile: loading the sentence model: " + err.Error())
	}
	return s
})

// Warm loads the sentence model (about 17 ms) so that a caller can overlap
// the load with other start-up work. Calling it is optional.
func Warm() { segmenter() }

const (
	// proseChunk bounds the text handed to prose at once: its tokenizer
	// holds every token of its input, so a huge turn is fed in pieces cut
	// after sentence-ending punctuation.
	proseChunk = 16 << 10
	// maxSentenceWords is the longest sentence kept whole; longer ones
	// (unpunctuated ASR, run-on speech) are cut by the fallback chunker.
	maxSentenceWords = 40
	// chunkWords is the length at which a fallback chunk is cut at the next
	// soft boundary; maxChunkWords the length at which it is cut anyway.
	chunkWords    = 25
	maxChunkWords = 35
	// minChunkWords is the fewest words a fallback chunk has before the
	// chunker will cut at a discourse marker or question opener.
	minChunkWords = 3
)

// unpunctuatedTurnWords is how many words a turn without any
// sentence-ending punctuation needs before it is marked unpunctuated: a
// short "sounds good" is just a short turn.
const unpunctuatedTurnWords = 6

// segmentText splits one turn's text into sentences (Text, Offset, Words,
// Unpunctuated; Line and Start are the caller's) and reports whether the
// text was unpunctuated: no sentence-ending punctuation at all, and long
// enough that it should have had some.
func segmentText(text string) (sents []Sentence, unpunctuated bool) {
	// The turn's words are found once; each sentence takes its share.
	words, spans := tokenize(text, lowerText(text))
	if !hasTerminal(text) {
		return chunk(nil, text, words, spans, 0, len(text)), len(words) > unpunctuatedTurnWords
	}
	if singleSentence(text) {
		// Most turns are one sentence with its punctuation at the end:
		// prose could only return the whole text, so it is not asked.
		start := leadingSpace(text)
		s := text[start : len(text)-trailingSpace(text)]
		if len(words) > maxSentenceWords {
			return chunk(nil, text, words, spans, start, start+len(s)), false
		}
		return []Sentence{{Text: s, Offset: start, Words: words[:len(words):len(words)], Unpunctuated: !endsTerminal(s)}}, false
	}
	w := 0
	seg := segmenter()
	for base := 0; base < len(text); {
		end := len(text)
		if end-base > proseChunk {
			end = cutAfterTerminal(text, base, base+proseChunk)
		}
		for _, s := range seg.Segment(text[base:end]) {
			start := base + s.Start
			stop := start + len(s.Text)
			for w < len(spans) && spans[w].start < start {
				w++
			}
			first := w
			for w < len(spans) && spans[w].end <= stop {
				w++
			}
			if w-first > maxSentenceWords || w-first > minChunkWords && !endsTerminal(s.Text) {
				// Too long to be one sentence, or a stretch without
				// punctuation in a partly punctuated turn ("i think
				// regarding… sorry go ahead stefan do you want to add
				// something"): the fallback chunker cuts it.
				sents = chunk(sents, text, words[first:w], spans[first:w], start, stop)
				continue
			}
			sents = append(sents, Sentence{Text: s.Text, Offset: start, Words: words[first:w:w], Unpunctuated: !endsTerminal(s.Text)})
		}
		base = end
	}
	return sents, false
}

// wordSpan is where a word is in a turn's text.
type wordSpan struct{ start, end int }

// tokenize returns the words of a turn (in their compared form, see
// Words) and their places in text. lower is lowerText(text).
func tokenize(text, lower string) ([]string, []wordSpan) {
	n := len(text)/4 + 1 // speech has a word every five or six bytes
	words, spans := make([]string, 0, n), make([]wordSpan, 0, n)
	same := len(lower) == len(text)
	curly := strings.Contains(text, "’")
	wordSpans(text, func(start, end int) {
		var w string
		if same {
			w = lower[start:end]
		} else {
			// Lower-casing changed the length ("İ" is longer lower-cased):
			// offsets in text are not offsets in lower.
			w = strings.ToLower(text[start:end])
		}
		if curly && strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		words = append(words, w)
		spans = append(spans, wordSpan{start, end})
	})
	return words, spans
}

// segmentTurn is segmentText for a turn made of utterances that must not
// share a sentence: breaks are the byte offsets in text where an utterance
// starts (a plain-text line whose speaker label restates the speaker of the
// line before). Each utterance is segmented on its own; the turn is
// unpunctuated when every utterance is.
func segmentTurn(text string, breaks []int) (sents []Sentence, unpunctuated bool) {
	if len(breaks) == 0 {
		return segmentText(text)
	}
	unpunctuated = true
	from := 0
	for k := 0; k <= len(breaks); k++ {
		to := len(text)
		if k < len(breaks) {
			to = breaks[k]
		}
		if to <= from {
			continue
		}
		piece, unp := segmentText(text[from:to])
		for _, s := range piece {
			s.Offset += from
			sents = append(sents, s)
		}
		unpunctuated = unpunctuated && unp
		from = to
	}
	return sents, unpunctuated
}

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
func chunk(dst []Sentence, text string, words []string, spans []wordSpan, start, stop int) []Sentence {
	if len(words) == 0 {
		s := strings.TrimSpace(text[start:stop])
		if s == "" {
			return dst
		}
		off := start + strings.Index(text[start:stop], s)
		return append(dst, Sentence{Text: s, Offset: off, Unpunctuated: !endsTerminal(s)})
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
		dst = append(dst, Sentence{Text: s, Offset: a, Words: words[from:to:to], Unpunctuated: !endsTerminal(s)})
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
	if discourseMarkers[w] && (clauseStarts[next] || auxiliaries[next] || whWords[next] || whContractions[next]) {
		// "so we...", "okay what...": but not "so that", "so it's" after
		// "is" ("the reason is so it..."), nor after a question word.
		return !whWords[prev] && !(w == "so" && (next == "that" || auxiliaries[prev] || prev == "not" || prev == "and"))
	}
	if conjunctions[w] {
		// "and do you...", "but what is...", "and then how's...": cut
		// before the conjunction.
		k := i + 1
		for k < len(words)-1 && (fillerWords[words[k]] || words[k] == "then") {
			k++
		}
		if k+1 < len(words) && !whWords[prev] && !auxiliaries[prev] {
			if _, ok := questionOpensAt(words, k); ok {
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
	strong, ok := questionOpensAt(words, i)
	if !ok || whWords[prev] || whContractions[prev] || conjunctions[prev] {
		return false
	}
	if !strong {
		return boundaryWords[prev]
	}
	if subjectWords[prev] && auxiliaries[w] && agrees(w, prev) || auxiliaries[prev] && !beAux[prev] || prev == "to" || prev == "not" || prev == "of" {
		return false // "I do, you know", "can you do you know", "don't have any", "want to have"; not "need it | have you"
	}
	if w == "which" && !inverts(words, i) {
		return false // "...which again can be found": a relative clause
	}
	if (whWords[w] || whContractions[w]) && complementTakers[prev] {
		// "I know what you mean"; but "he asked, what are the..." is
		// quoted: a question word, an auxiliary and a subject after a verb
		// of asking.
		return askVerbs[prev] && inverts(words, i)
	}
	return true
}

// strongOpener reports whether a strong question opener starts at
// words[i] and may be cut before (see questionCut): it needs no
// minChunkWords before it ("that's neat | how old is he").
func strongOpener(words []string, i int) bool {
	strong, ok := questionOpensAt(words, i)
	return ok && strong && questionCut(words, i)
}

// questionOpensAt reports whether a question starts at words[i], and
// whether that is beyond doubt (strong) or only when something before has
// ended a clause (weak):
//
//   - an auxiliary and its subject: strong for do, modals and "have" before
//     a personal pronoun ("do you", "can we", "have you"), weak for forms of
//     "be" and other subjects ("is it", "are the", "would that"); never
//     when the two do not agree ("is you", "have it"), when the subject is
//     followed by another finite verb ("is there are"), nor for a bare tag
//     at the end ("..., isn't it");
//   - a question word and an auxiliary, after up to four words of its
//     phrase and fillers ("what do", "how uh might", "what kind of car do
//     you"), or a question word fused with one ("what's", "how'd"): strong
//     when a subject follows the auxiliary, weak otherwise; never "which
//     is", "who is" without a subject (relative clauses);
//   - "how about", "what about": strong.
func questionOpensAt(words []string, i int) (strong, ok bool) {
	w := words[i]
	at := func(k int) string {
		if k < len(words) {
			return words[k]
		}
		return ""
	}
	switch {
	case auxiliaries[w]:
		subj := at(i + 1)
		if !subjects[subj] || !agrees(w, subj) || finiteVerbs[at(i+2)] {
			return false, false
		}
		if w == "do" && (subj == "it" || subj == "that" || subj == "this") {
			return false, false
		}
		if tagPronouns[subj] && i > 0 && (i+2 >= len(words) || negativeAux[w] && tagFollowers[at(i+2)] || tagEnders[at(i+2)]) {
			return false, false // a tag ending the clause: "..., isn't it", "..., don't you think"
		}
		if (w == "is" || w == "was") && subj == "that" && i+3 < len(words) && (subjects[at(i+2)] || clauseStarts[at(i+2)]) {
			return false, false // "...is that we": a complementizer
		}
		if subj == "there" && (existentials[at(i+2)] || at(i+2) == "be" || at(i+2) == "been") {
			return true, true // "is there a", "will there be"
		}
		if modals[w] {
			return true, true // "will that data", "should the payload"
		}
		return strongAux[w] && (personalPronouns[subj] || indefinites[subj]), true // "does someone", "has anyone"; not "(my husband) did the"
	case (w == "how" || w == "what") && at(i+1) == "about":
		return true, true
	case whWords[w] && at(i+1) == "or" && whWords[at(i+2)]:
		return true, true // "why or why not"
	case whContractions[w]:
		return true, true // "what's your", "how's enrollment"
	case w == "why" && at(i+1) == "not" && !subjects[at(i+2)]:
		return true, true // "why not forecast..."
	case whWords[w]:
		ph := whPhraseAt(words, i)
		if !ph.ok || ph.aux >= len(words) {
			return false, false
		}
		a, subj := words[ph.aux], at(ph.aux+1)
		if (w == "which" || w == "who" || w == "where" || w == "when") && ph.size == 0 && !subjects[subj] {
			return false, false // "which is great", "who has been", "which could be": relative clauses
		}
		if ph.size == 1 && (verbLike(words[i+1]) || pastVerbs[words[i+1]]) && beAux[a] && !subjects[subj] {
			return false, false // "what happens is": a pseudo-cleft
		}
		inverted := subjects[subj] && agrees(a, subj) && !finiteVerbs[at(ph.aux+2)]
		if subjects[subj] && !inverted || subjectContractions[subj] {
			return false, false // "when is it's", "what was they"
		}
		if ph.complex && !inverted {
			return false, false // "what impact covid will have"
		}
		return ph.size > 0 || strongAux[a] || inverted, true
	}
	return false, false
}

// A whPhrase is the phrase a question word opens ("what kind of car",
// "how much of that", "which one"), up to the auxiliary after it.
type whPhrase struct {
	aux     int  // index of the auxiliary after the phrase, or len(words) when the phrase runs to the end
	size    int  // words in the phrase after the question word, fillers not counted
	complex bool // more than a head word and an "of" phrase: needs inversion to be a question
	ok      bool // the phrase can open a question
}

// whPhraseAt reads the phrase of the question word at words[i]. It is not
// a question's phrase when a subject, an article or a subordinator comes
// first ("what we...", "how the market is...", "what if"), when an
// adverb's or adjective's "how" runs into a noun ("how strong shipments
// were"), or "where", "when", "why" take any phrase at all; then ok is
// false.
func whPhraseAt(words []string, i int) whPhrase {
	w := words[i]
	ph := whPhrase{aux: i + 1}
	head := ""
	inOf := 0 // words left in an "of" phrase
	for j := i + 1; j < len(words); j++ {
		x := words[j]
		if auxiliaries[x] {
			ph.aux, ph.ok = j, true
			return ph
		}
		if fillerWords[x] {
			continue
		}
		if personalPronouns[x] || objectPronouns[x] || subjectContractions[x] || whWords[x] || whContractions[x] || x == "to" || x == "if" || x == "it" ||
			ph.size == 0 && (articles[x] || x == "that" || x == "this") {
			return ph // "what we...", "how the market is..."
		}
		switch {
		case w == "where" || w == "when" || w == "why":
			return ph
		case w == "who" && x != "else":
			return ph
		case ph.size == 0:
			head = x
		case x == "of" && inOf == 0:
			inOf = 4
			ph.size++
			continue
		case inOf > 0:
			inOf--
		case w == "how" && head != "much" && head != "many":
			return ph // "how strong shipments were"
		case ph.size >= 4:
			return ph
		default:
			ph.complex = true
		}
		ph.size++
		if ph.size > 6 {
			return ph
		}
	}
	ph.aux, ph.ok = len(words), true
	return ph
}

// inverts reports whether the question word at words[i] is followed by an
// inverted auxiliary and subject ("what are the", "how do you"), not by an
// auxiliary alone ("why don't know").
func inverts(words []string, i int) bool {
	if _, ok := questionOpensAt(words, i); !ok {
		return false
	}
	if whContractions[words[i]] {
		return i+1 < len(words) && (subjects[words[i+1]] || personalPronouns[words[i+1]]) && !wordSearchAt(words, i)
	}
	ph := whPhraseAt(words, i)
	if !ph.ok || ph.aux+1 >= len(words) {
		return false
	}
	a, subj := words[ph.aux], words[ph.aux+1]
	return subjects[subj] && agrees(a, subj)
}

// wordSearchAt reports a speaker searching for a word at words[i], not
// asking: "you know, what's it called, job sharing".
func wordSearchAt(words []string, i int) bool {
	if i >= len(words) {
		return false
	}
	for _, p := range wordSearches[words[i]] {
		if len(words)-i > len(p) && slices.Equal(words[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// agrees reports whether an auxiliary can be inverted with that subject:
// "is you", "have it", "does they" are not questions ("what I do is I...",
// "...and have it changed").
func agrees(aux, subj string) bool {
	switch aux {
	case "do", "don't", "have", "haven't":
		return !singularSubjects[subj]
	case "does", "doesn't", "has", "hasn't", "is", "isn't":
		return !pluralSubjects[subj] && subj != "i"
	case "was", "wasn't":
		return !pluralSubjects[subj]
	case "are", "aren't", "were", "weren't":
		return !singularSubjects[subj] && subj != "i"
	case "am":
		return subj == "i"
	}
	return true
}

// responseOnly reports whether words are only a response ("yeah", "oh
// really", "okay great", "got it"), which a new clause may follow at once.
func responseOnly(words []string) bool {
	has := false
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case k+1 < len(words) && responsePairs[w+" "+words[k+1]]:
			has = true
			k++
		case responseWords[w]:
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
	if words[i-1] == "right" && adverbAfterRight[words[i]] {
		return false // "right now", "right there"
	}
	for i < len(words)-1 && (discourseMarkers[words[i]] || conjunctions[words[i]] || fillerWords[words[i]]) {
		i++
	}
	if _, ok := questionOpensAt(words, i); ok {
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
		if !discourseMarkers[w] && !conjunctions[w] && !fillerWords[w] {
			return false
		}
	}
	return true
}

// afterTag reports whether a clause starts at words[i] after a tag that
// ended the previous one ("you made the playoffs right | we lost").
func afterTag(words []string, i int) bool {
	if !clauseStarts[words[i]] || words[i] == "um" || words[i] == "uh" {
		return false
	}
	prev := words[i-1]
	if prev == "right" || prev == "correct" {
		return i >= 2 && !adverbAfterRight[words[i]] && words[i-2] != "all"
	}
	return i >= 2 && negativeAux[words[i-2]] && tagPronouns[prev]
}

// softBoundary reports a place to cut a long chunk: before a conjunction,
// a discourse marker, a filler, or a question.
func softBoundary(words []string, i int) bool {
	w := words[i]
	if conjunctions[w] || discourseMarkers[w] || fillerWords[w] || w == "because" || w == "cause" || w == "then" {
		return true
	}
	return questionCut(words, i)
}

var (
	discourseMarkers = setOf("so", "okay", "ok", "alright", "anyway", "anyways")
	conjunctions     = setOf("and", "but", "or", "so")
	whWords          = setOf("what", "how", "why", "when", "where", "who", "which", "whose")
	whContractions   = setOf("what's", "how's", "where's", "who's", "why's", "when's", "what're", "how're", "where're", "who're",
		"how'd", "what'd", "where'd", "why'd", "who'd", "when'd", "what'll", "who'll", "where'll", "how'll", "what've", "how've", "who've", "whaddya", "whatcha")
	auxiliaries = setOf("do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has", "had", "may", "might", "must", "am",
		"don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't")
	subjects = setOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "your", "y'all", "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
		"the", "our", "their", "his", "her", "my", "these", "those", "any", "anything", "something", "everything", "people", "ya", "u")
	// personalPronouns make an inverted auxiliary before them a question
	// beyond doubt.
	personalPronouns = setOf("i", "you", "we", "they", "he", "she", "y'all", "ya", "u")
	// subjectWords, before an auxiliary, make it the verb of their clause:
	// "I do", "that was it".
	subjectWords = setOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "which", "who", "what", "people", "everybody", "everyone", "y'all",
		"anyone", "anybody", "someone", "somebody", "nobody", "noone",
		"i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's")
	singularSubjects = setOf("he", "she", "it", "that", "this", "everybody", "everyone", "somebody", "someone", "anybody", "anyone", "everything", "something", "anything", "nobody", "nothing")
	pluralSubjects   = setOf("you", "we", "they", "y'all", "these", "those", "people", "ya", "u")
	strongAux        = setOf("do", "does", "did", "can", "could", "would", "will", "should", "shall", "may", "might", "have", "has", "don't", "doesn't", "didn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "are", "were")
	beAux            = setOf("is", "are", "was", "were", "am", "isn't", "aren't", "wasn't", "weren't")
	negativeAux      = setOf("don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't")
	tagPronouns      = setOf("i", "you", "we", "they", "he", "she", "it", "there", "that", "y'all")
	// tagFollowers may follow a tag at the end of a clause.
	tagFollowers = setOf("think", "agree", "say", "know", "right", "yeah", "um", "uh", "so", "and", "but", "because", "or", "though")
	tagEnders    = setOf("right", "yeah", "um", "uh", "so", "and", "but", "because", "or", "though")
	// finiteVerbs after a would-be inverted subject show that the subject
	// starts a new clause instead: "the problem is there are...".
	finiteVerbs = setOf("is", "are", "was", "were", "am", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "will", "would", "can", "could", "should", "does", "did", "has")
	// boundaryWords end what came before, so that a weak opener after them
	// starts a question: "um is it...", "okay are the...".
	boundaryWords = setOf("yeah", "yes", "okay", "ok", "alright", "right", "well", "oh", "anyway", "so", "sure", "no", "great", "thanks", "mean", "guess", "know")
	// pastVerbs are common irregular verb forms that make "what" or "who"
	// before them the subject of a question ("what made you...").
	pastVerbs = setOf("made", "got", "took", "told", "gave", "kept", "led", "brought", "went", "came", "drove", "sold", "said", "sent",
		"left", "meant", "paid", "put", "set", "won", "lost", "ran", "saw", "felt", "found", "bought", "caught", "taught", "became",
		"began", "broke", "chose", "hit", "let", "held", "drew", "wrote", "spoke", "knew", "thought", "did")
	doSupport   = setOf("do", "does", "did", "don't", "doesn't", "didn't")
	modals      = setOf("can", "could", "would", "will", "should", "shall", "may", "might", "must", "can't", "couldn't", "wouldn't", "won't", "shouldn't")
	indefinites = setOf("anyone", "anybody", "everyone", "everybody", "someone", "somebody")
	// wordSearches, with more words after them, are a speaker looking for
	// a word.
	wordSearches = splitAll("what's it called", "what is it called", "what's that called", "what do you call it",
		"what do they call it", "what do you call them", "what do they call them", "what's the word", "what's his name",
		"what's her name", "what's their name", "what was it called", "what was his name", "what was her name")
	objectPronouns      = setOf("me", "him", "her", "us", "them")
	articles            = setOf("the", "a", "an", "your", "our", "their", "my", "his", "her", "its", "these", "those")
	existentials        = setOf("a", "an", "any", "anything", "anyone", "anybody", "some", "something", "someone", "another", "more", "no")
	subjectContractions = setOf("i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "i've", "you've", "we've", "they've",
		"i'll", "you'll", "we'll", "they'll", "i'd", "you'd", "we'd", "they'd", "he'd", "she'd")
	fillerWords = setOf("um", "uh", "er", "erm", "hm", "hmm", "mm")
	// responseWords are what a listener says before taking the floor.
	responseWords = setOf("yeah", "yes", "yep", "yup", "no", "nope", "okay", "ok", "right", "really", "sure", "uh-huh", "mm-hmm", "um-hmm", "mhm", "huh", "wow", "gotcha",
		"cool", "great", "exactly", "true", "nice", "alright", "fine", "good", "perfect", "awesome", "interesting", "absolutely", "definitely", "totally", "thanks", "gosh",
		"ha", "haha", "heh", "ouch", "whoa", "lucky", "wonderful", "sweet", "correct", "indeed", "certainly", "bummer", "agreed")
	responsePairs    = setOf("got it", "i see", "makes sense", "fair enough", "sounds good", "of course", "all right", "thank you", "i know", "for sure", "no problem", "no worries", "me too", "me neither", "oh okay", "no way", "that's right", "that's true", "that's great", "that's fine")
	adverbAfterRight = setOf("now", "there", "here", "away", "after", "before", "on", "in", "at", "next", "back", "around", "about", "off", "up", "down", "into", "through", "when", "where")
	// clauseStarts are words that begin a clause after a discourse marker.
	clauseStarts = setOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "the", "let's", "i'm", "you're", "we're", "they're", "it's", "that's", "there's",
		"i'll", "we'll", "you'll", "i've", "we've", "you've", "um", "uh", "if", "now", "just", "my", "our", "your")
	// complementTakers are words after which a question word usually starts
	// an embedded clause, not a question ("I know what you mean").
	complementTakers = setOf("know", "see", "wonder", "wondering", "about", "understand", "tell", "ask", "asked", "asks", "asking", "explain", "show", "sure", "remember", "decide", "figure", "out", "matter", "care", "mean", "on", "is", "that's", "exactly", "like", "of", "guess", "idea", "learn", "discuss", "depends", "to", "for", "at", "in", "was", "see", "saw", "forget", "forgot", "realize", "think", "believe", "check", "find", "found", "is", "be", "been", "from", "by", "with", "into", "and")
	// askVerbs may introduce a quoted question: "he asks, what are...".
	askVerbs = setOf("ask", "asked", "asks", "asking", "wonder", "wondering", "wondered", "know", "question")
)

// verbLike reports whether a word looks like a present or past tense verb
// after "who": "who handles", "who decided".
func verbLike(x string) bool {
	if auxiliaries[x] || subjectWords[x] || articles[x] || x == "this" || x == "is" || x == "has" || x == "was" || x == "does" || x == "as" || x == "us" || x == "yes" || x == "plus" || x == "thus" {
		return false
	}
	return len(x) > 3 && (strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") || strings.HasSuffix(x, "ed"))
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// trimClosers trims white space, closing quotes and closing brackets from
// the end of s: what may follow a sentence's final punctuation. (A
// hand-written loop: strings.TrimRight with a non-ASCII cutset is slow, and
// this runs for every sentence.)
func trimClosers(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; c {
		case ' ', '\t', '\n', '"', '\'', ')', ']':
			s = s[:len(s)-1]
			continue
		case 0x9D, 0x99: // the last bytes of ” (E2 80 9D) and ’ (E2 80 99)
			if strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’") {
				s = s[:len(s)-3]
				continue
			}
		}
		return s
	}
	return s
}

// singleSentence reports whether text can only be one sentence: all its
// sentence-ending punctuation is at its end (before closing quotes and
// brackets), where a splitter has nothing to split.
func singleSentence(text string) bool {
	t := trimClosers(text)
	for {
		switch {
		case strings.HasSuffix(t, "."), strings.HasSuffix(t, "?"), strings.HasSuffix(t, "!"):
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "…"):
			t = t[:len(t)-len("…")]
		default:
			return !hasTerminal(t)
		}
	}
}

// hasTerminal reports whether s has any sentence-ending punctuation.
func hasTerminal(s string) bool {
	// An ASCII set keeps ContainsAny on its fast path; "…" is looked for
	// on its own.
	return strings.ContainsAny(s, ".?!") || strings.Contains(s, "…")
}

// endsTerminal reports whether s ends in sentence-ending punctuation,
// possibly followed by closing quotes or brackets.
func endsTerminal(s string) bool {
	s = trimClosers(s)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// cutAfterTerminal returns a cut point in text[from:limit], just after the
// last sentence-ending punctuation followed by a space, or at the last space,
// or at limit (on a rune boundary) when there is neither.
func cutAfterTerminal(text string, from, limit int) int {
	window := text[from:limit]
	for i := len(window) - 2; i > len(window)/2; i-- {
		if (window[i] == '.' || window[i] == '?' || window[i] == '!') && window[i+1] == ' ' {
			return from + i + 1
		}
	}
	if i := strings.LastIndexByte(window, ' '); i > 0 {
		return from + i
	}
	for limit > from && limit < len(text) && text[limit]&0xC0 == 0x80 {
		limit--
	}
	return limit
}
