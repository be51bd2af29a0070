package read

import (
	"strings"
	"sync"

	prose "github.com/jdkato/prose/v3/segment"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/transcript"
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

// Segment splits one turn's text into sentences, as the readers do: prose's
// sentences, with the fallback chunker for unpunctuated stretches and
// run-on sentences. It reports whether the text was unpunctuated (no
// sentence-ending punctuation, and long enough to have needed some).
// Sentences have their Text, Offset, Words and Unpunctuated set.
func Segment(text string) ([]transcript.Sentence, bool) { return segmentText(text) }

// segmentText splits one turn's text into sentences (Text, Offset, Words,
// Unpunctuated; Line and Start are the caller's) and reports whether the
// text was unpunctuated: no sentence-ending punctuation at all, and long
// enough that it should have had some.
func segmentText(text string) (sents []transcript.Sentence, unpunctuated bool) {
	// The turn's words are found once; each sentence takes its share.
	words, spans := tokenize(text, transcript.Lower(text))
	if !english.HasTerminal(text) {
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
		return []transcript.Sentence{{Text: s, Offset: start, Words: words[:len(words):len(words)], Unpunctuated: !english.EndsTerminal(s)}}, false
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
			if w-first > maxSentenceWords || w-first > minChunkWords && !english.EndsTerminal(s.Text) {
				// Too long to be one sentence, or a stretch without
				// punctuation in a partly punctuated turn ("i think
				// regarding… sorry go ahead stefan do you want to add
				// something"): the fallback chunker cuts it.
				sents = chunk(sents, text, words[first:w], spans[first:w], start, stop)
				continue
			}
			sents = append(sents, transcript.Sentence{Text: s.Text, Offset: start, Words: words[first:w:w], Unpunctuated: !english.EndsTerminal(s.Text)})
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
	transcript.WordSpans(text, func(start, end int) {
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
func segmentTurn(text string, breaks []int) (sents []transcript.Sentence, unpunctuated bool) {
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
	if english.DiscourseMarkers[w] && (english.ClauseStarts[next] || english.Auxiliaries[next] || english.WhWords[next] || english.WhContractions[next]) {
		// "so we...", "okay what...": but not "so that", "so it's" after
		// "is" ("the reason is so it..."), nor after a question word.
		return !english.WhWords[prev] && !(w == "so" && (next == "that" || english.Auxiliaries[prev] || prev == "not" || prev == "and"))
	}
	if english.Conjunctions[w] {
		// "and do you...", "but what is...", "and then how's...": cut
		// before the conjunction.
		k := i + 1
		for k < len(words)-1 && (english.FillerWords[words[k]] || words[k] == "then") {
			k++
		}
		if k+1 < len(words) && !english.WhWords[prev] && !english.Auxiliaries[prev] {
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
	if !ok || english.WhWords[prev] || english.WhContractions[prev] || english.Conjunctions[prev] {
		return false
	}
	if !strong {
		return english.BoundaryWords[prev]
	}
	if english.SubjectWords[prev] && english.Auxiliaries[w] && english.Agrees(w, prev) || english.Auxiliaries[prev] && !english.BeAux[prev] || prev == "to" || prev == "not" || prev == "of" {
		return false // "I do, you know", "can you do you know", "don't have any", "want to have"; not "need it | have you"
	}
	if w == "which" && !english.Inverts(words, i) {
		return false // "...which again can be found": a relative clause
	}
	if (english.WhWords[w] || english.WhContractions[w]) && english.ComplementTakers[prev] {
		// "I know what you mean"; but "he asked, what are the..." is
		// quoted: a question word, an auxiliary and a subject after a verb
		// of asking.
		return english.AskVerbs[prev] && english.Inverts(words, i)
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
		case k+1 < len(words) && english.ResponsePairs[w+" "+words[k+1]]:
			has = true
			k++
		case english.ResponseWords[w]:
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
	if words[i-1] == "right" && english.AdverbAfterRight[words[i]] {
		return false // "right now", "right there"
	}
	for i < len(words)-1 && (english.DiscourseMarkers[words[i]] || english.Conjunctions[words[i]] || english.FillerWords[words[i]]) {
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
		if !english.DiscourseMarkers[w] && !english.Conjunctions[w] && !english.FillerWords[w] {
			return false
		}
	}
	return true
}

// afterTag reports whether a clause starts at words[i] after a tag that
// ended the previous one ("you made the playoffs right | we lost").
func afterTag(words []string, i int) bool {
	if !english.ClauseStarts[words[i]] || words[i] == "um" || words[i] == "uh" {
		return false
	}
	prev := words[i-1]
	if prev == "right" || prev == "correct" {
		return i >= 2 && !english.AdverbAfterRight[words[i]] && words[i-2] != "all"
	}
	return i >= 2 && english.NegativeAux[words[i-2]] && english.TagPronouns[prev]
}

// softBoundary reports a place to cut a long chunk: before a conjunction,
// a discourse marker, a filler, or a question.
func softBoundary(words []string, i int) bool {
	w := words[i]
	if english.Conjunctions[w] || english.DiscourseMarkers[w] || english.FillerWords[w] || w == "because" || w == "cause" || w == "then" {
		return true
	}
	return questionCut(words, i)
}

// singleSentence reports whether text can only be one sentence: all its
// sentence-ending punctuation is at its end (before closing quotes and
// brackets), where a splitter has nothing to split.
func singleSentence(text string) bool {
	t := english.TrimClosers(text)
	for {
		switch {
		case strings.HasSuffix(t, "."), strings.HasSuffix(t, "?"), strings.HasSuffix(t, "!"):
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "…"):
			t = t[:len(t)-len("…")]
		default:
			return !english.HasTerminal(t)
		}
	}
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
